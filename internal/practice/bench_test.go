package practice

import (
	"slices"
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// BenchmarkAnalyze300Words analyses a 300-word answer, built from its own
// example, for the shipped card with the most cues.
func BenchmarkAnalyze300Words(b *testing.B) {
	lib := shippedLibrary(b)
	var card content.Card
	most := -1
	for _, c := range lib.Cards {
		n := 0
		for _, kp := range c.KeyPoints {
			n += len(kp.Cues)
		}
		if n > most {
			card, most = c, n
		}
	}
	words := strings.Fields(card.Example)
	for len(words) < 300 {
		words = append(words, words...)
	}
	answer := strings.Join(words[:300], " ")
	if f := Analyze(card, answer); f.Words < 290 {
		b.Fatalf("answer has %d words", f.Words)
	}
	b.ReportAllocs()
	for b.Loop() {
		Analyze(card, answer)
	}
}

// BenchmarkAnalyze300WordsFlags analyses a 300-word answer for the card of
// either track with the most red flag phrases once families and word
// classes are put in place, built from unsafe answers of the panel rounds
// so the phrases' first words are found and their parts tried.
func BenchmarkAnalyze300WordsFlags(b *testing.B) {
	var cards []content.Card
	for _, id := range tracks.IDs() {
		fsys, err := tracks.Track(id)
		if err != nil {
			b.Fatal(err)
		}
		lib, err := content.Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		cards = append(cards, lib.Cards...)
	}
	var card content.Card
	most := -1
	for _, c := range cards {
		n := 0
		for _, fl := range c.RedFlags {
			for _, ph := range fl.Phrases {
				n += strings.Count(ph, "|") + 1
			}
		}
		if n > most {
			card, most = c, n
		}
	}
	var words []string
	for _, c := range readPanel(b) {
		if c.Verdict != "yes" && len(c.RedFlags)+len(c.FlagOn) > 0 {
			words = append(words, strings.Fields(c.Answer)...)
		}
	}
	for len(words) < 300 {
		words = append(words, words...)
	}
	answer := strings.Join(words[:300], " ")
	b.ReportMetric(float64(most), "alternatives")
	b.ReportAllocs()
	for b.Loop() {
		Analyze(card, answer)
	}
}

// BenchmarkAnalyze300WordsCold is the same with the stem cache emptied before
// every analysis: the first analysis of words never seen.
func BenchmarkAnalyze300WordsCold(b *testing.B) {
	lib := shippedLibrary(b)
	card := lib.Cards[0]
	for _, c := range lib.Cards {
		if len(c.KeyPoints) > len(card.KeyPoints) {
			card = c
		}
	}
	words := strings.Fields(card.Example)
	for len(words) < 300 {
		words = append(words, words...)
	}
	answer := strings.Join(words[:300], " ")
	b.ReportAllocs()
	for b.Loop() {
		stems.Clear()
		stemsN.Store(0)
		Analyze(card, answer)
	}
}

func FuzzAnalyze(f *testing.F) {
	lib := shippedLibrary(f)
	for i, c := range lib.Cards {
		f.Add(uint8(i), c.Example)
	}
	f.Add(uint8(0), "")
	f.Add(uint8(1), "um \x1b[31mlike\x1b[0m, you know \u202e $ % 911 I’m we'd \xff\xfe 78-year-old 9 out of the")
	// The negation, red flag and list paths (clause.go, points.go).
	f.Add(uint8(len(lib.Cards)+2), "I wouldn't confront the parent, and I'd never wait until I had proof; instead of investigating myself I'd report.")
	f.Add(uint8(len(lib.Cards)+2), "Risk doesn't come into it. Not only do I not, not never fail to; whether or not. No later than 24 hours")
	f.Add(uint8(len(lib.Cards)+2), "- confront\n- in detail\n\n1. report, hotline, cps, supervisor.\n2) e.g. Dr. Lee, U.S. - no")
	f.Add(uint8(len(lib.Cards)+2), "if they don't I'd leave them alone, rather than, instead of, neither nor, refuse to refrain from")
	for _, cf := range readCorpus(f, corpusDirs["social-services"]) {
		for i, a := range cf.Answers {
			if i < 2 {
				f.Add(uint8(slices.IndexFunc(lib.Cards, func(c content.Card) bool { return c.ID == cf.Card })), a.Text)
			}
		}
	}
	// The England deck too: its cards carry phrases in parts with
	// alternatives ("promise ... not tell|secret").
	fsys, err := tracks.Track("uk-children")
	if err != nil {
		f.Fatal(err)
	}
	uk, err := content.Load(fsys)
	if err != nil {
		f.Fatal(err)
	}
	cards := slices.Concat(lib.Cards, uk.Cards, []content.Card{starCard, directCard, abuseCard, round2Card})
	// The paths the panel reviews added: if-clauses, concessive clauses,
	// typed STAR labels, phrases across modals and everyday equals; then
	// phrases in parts, labels, harm verbs, leaving before, quoted
	// questions, asides after a dash, hedges, citations.
	for _, c := range slices.Concat(readPanel(f), readCases(f, heldOutFiles[0]), readCases(f, heldOutFiles[1]), readCases(f, heldOutFiles[2])) {
		deck := lib.Cards
		if c.Track == "uk-children" {
			deck = uk.Cards
		}
		i := slices.IndexFunc(deck, func(k content.Card) bool { return k.ID == c.Card })
		if c.Track == "uk-children" {
			i += len(lib.Cards)
		}
		f.Add(uint8(i), c.Answer)
	}
	r2 := uint8(len(cards) - 1)
	f.Add(r2, "I'd promise her - honestly - that I won't tell; 'did he hit you?' I left before the final report, from 24 hours to 10 days.")
	f.Add(r2, "A strengths-based, trauma-informed approach: getting the police involved can damage trust... I'd find out whether some support | helps.")
	f.Add(r2, "Part 2 where, 42 CFR, about twelve my mom. Actually, I think I'd probably, maybe, perhaps - not sure?! \"Why?\" she said")
	// Round 3: whose words (questions, others' words and decisions, habits
	// left), dismissals, narrowing, chance, elliptical refusals, names that
	// hold numbers.
	f.Add(r2, "Why would I? Is it across the board or not? Her mother told me to keep it between us, and I said so I don't. "+
		"I used to push through, but now: only consent for HIV, if it came up; a bit heavy-handed, so I'd skip those. "+
		"Ward 7, Covid-19, the two of us, one or two, Year 6, Profile 2, wanted an answer, the law says, decided to")
	f.Add(uint8(0), "so I usually don't. so I'd leave that for now? Is? why would we")
	f.Fuzz(func(t *testing.T, idx uint8, answer string) {
		card := cards[int(idx)%len(cards)]
		checkInvariants(t, card, Analyze(card, answer))
	})
}
