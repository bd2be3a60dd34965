// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
)

// This file is the typed-answer feedback analyser. It reads an answer the way
// a patient interviewer with the card's crib sheet would: which of the key
// points did it make, does a story have a beginning, middle and end, how long
// would it take to say, does it have numbers, does it say "I" or hide behind
// "we", and how many filler words it leans on. Every observation becomes a
// Finding that says what was seen and why it matters; there is no single
// opaque score. The rules are simple word and phrase matching, explained
// where they are defined - no statistics, no model - so the result is
// deterministic and the same answer always gets the same feedback.

// WordsPerMinute is the speaking pace used to turn words into time: a calm
// interview pace, a little slower than conversation.
const WordsPerMinute = 130

// Length thresholds, in words. IdealMin-IdealMax words is one to two
// minutes at WordsPerMinute, the usual target for an interview answer.
const (
	ShortWords = 60  // below this an answer is too short to show much
	IdealMin   = 130 // one minute
	IdealMax   = 260 // two minutes
	LongWords  = 400 // above this (about three minutes) it is long
)

// FillerRate is the number of fillers per 100 words above which fillers are a
// warning rather than a tip.
const FillerRate = 2

// Feedback is the analysis of one typed answer to one card.
type Feedback struct {
	Words        int
	SpeakingTime time.Duration // at WordsPerMinute, rounded to the second
	RedFlags     []FlagResult  // red flags the answer raised, in the card's order
	// Concerns are weaknesses a panel would probe (a card's red flags of
	// severity concern: working every evening to keep up), in the card's
	// order: shown as fixes, they do not count the answer against the
	// candidate, but keep it from being called strong.
	Concerns []FlagResult
	// RuledOut are red flags the answer ruled out in so many words ("I
	// would never confront the parent"), in the card's order; Phrase quotes
	// the words with their negation.
	RuledOut  []FlagResult
	KeyPoints []PointResult // one per card key point, in order
	Covered   int           // key points covered
	// Listed is true when most of the answer is a list of words rather than
	// sentences; words in a list make no point (see clause.go).
	Listed  bool
	STAR    *STARResult // nil unless card.Method == "star"
	Fillers []Count     // filler words and phrases found, in a fixed order, with counts
	Hedges  []Count     // hedges ("probably", "I think"), in a fixed order, with counts
	// Labels are the approaches the answer names as labels
	// ("strengths-based", "child-centred"), as written, each once.
	Labels           []string
	Quantified       bool       // has numbers, percentages, amounts or counted durations
	QuantityExamples []string   // what made it quantified (up to 3)
	IWe              *IWeResult // nil unless method star
	Findings         []Finding  // every observation, each explained
	// unchecked is how many of the card's red flags the answer did not
	// raise: the reading cannot rule them out (SelfCheck), so praise says
	// so.
	unchecked int
	// general is true when the answer states stances rather than specifics
	// (general.go).
	general bool
}

// PointResult says whether the answer made one key point.
type PointResult struct {
	Point string
	// Negated marks a "does not" point, made by its cues negated ("I would
	// not confront the parent").
	Negated bool
	Covered bool
	Matched []string // the answer's words that made the point, as the candidate wrote them
	Cues    []string // the card's cues behind Matched
	Missing []string // a few cues to try, when not covered
	// Against quotes where the answer touched the point the wrong way round:
	// a cue negated ("don't use a calendar"), or for a "does not" point, the
	// thing done ("I would confront the parent"). At most two.
	Against []string
	// Listed are cues found only in a list of words, not in a sentence.
	Listed []string
	// Labels are cues found only naming an approach ("strengths-based"),
	// quoted as written with the label's suffix: a label is not something
	// done.
	Labels []string
	// Say is the card's one sentence on what to add, when not covered and
	// the card gives one (then Missing is empty: the feedback coaches the
	// substance, not words to use).
	Say string
}

// FlagResult is a red flag an answer raised.
type FlagResult struct {
	Label  string // what the answer did, in a few words ("Confronts the suspected abuser")
	Family string // the red flag family it is one of (content.RedFlagFamily), or ""
	Phrase string // the answer's own words that raised it, as written
	Why    string // why a panel counts it against the answer
}

// STARResult says which parts of a Situation-Task-Action-Result story showed.
type STARResult struct {
	Situation, Task, Action, Result STARPart
}

// Present counts the parts that showed.
func (s STARResult) Present() int {
	n := 0
	for _, p := range s.parts() {
		if p.part.Present {
			n++
		}
	}
	return n
}

// part returns the part named "situation", "task", "action" or "result".
func (s STARResult) part(name string) STARPart {
	for _, p := range s.parts() {
		if p.name == name {
			return p.part
		}
	}
	return STARPart{}
}

type namedPart struct {
	name string
	part STARPart
}

func (s STARResult) parts() []namedPart {
	return []namedPart{{"situation", s.Situation}, {"task", s.Task}, {"action", s.Action}, {"result", s.Result}}
}

// STARPart is one part of a STAR story.
type STARPart struct {
	Present  bool
	Evidence string // the answer's words that showed it, as written: "When I", "my task was", "As a result"
}

// IWeResult counts first-person singular and plural words.
type IWeResult struct {
	I, We int
}

// Count is a filler word or phrase and how often it occurred.
type Count struct {
	Word string
	N    int
}

// Level grades a Finding.
type Level int

// The levels of a Finding.
const (
	Good Level = iota // something the answer does well
	Tip               // worth improving
	Warn              // a real weakness
)

func (l Level) String() string {
	switch l {
	case Good:
		return "good"
	case Tip:
		return "tip"
	case Warn:
		return "warn"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Finding is one observation about an answer.
type Finding struct {
	Level Level
	// Topic is one of "red flags", "key points", "concerns", "structure",
	// "length", "numbers", "ownership", "fillers".
	Topic string
	// Message is one plain sentence saying what was seen and why it matters.
	Message string
}

// The topics of findings, in the order Analyze reports them.
const (
	TopicRedFlags  = "red flags"
	TopicKeyPoints = "key points"
	TopicConcerns  = "concerns"
	TopicStructure = "structure"
	TopicLength    = "length"
	TopicNumbers   = "numbers"
	TopicOwnership = "ownership"
	TopicFillers   = "fillers"
)

// Analyze gives feedback on a typed answer to a card. Pure and deterministic.
func Analyze(card content.Card, answer string) Feedback {
	a := newAnswer(answer)
	toks := a.toks
	f := Feedback{Words: a.words}
	f.SpeakingTime = speakingTime(a.words)

	flags := a.redFlags(card.RedFlags)
	f.RedFlags, f.Concerns, f.RuledOut = flags.red, flags.concerns, flags.ruledOut
	flagged := flags.spans
	f.KeyPoints, f.Covered = a.keyPoints(card.KeyPoints, flags)
	f.Listed = a.listed()
	f.Labels = a.labels()

	star := isStar(card)
	if star {
		s := a.star(f.KeyPoints, flagged)
		f.STAR = &s
		f.IWe = &IWeResult{}
		f.IWe.I, f.IWe.We = a.iWe()
	}
	f.Fillers = a.fillers()
	f.Hedges = a.hedges()
	f.QuantityExamples, f.Quantified = quantities(a.src, toks, a.negatedToken())
	f.unchecked = len(SelfCheck(card, f))
	f.general = !f.Listed && a.staysGeneral()

	f.Findings = findings(f, star)
	return f
}

// negatedToken reports, for a token, whether its first word is in a
// negated clause.
func (a *answer) negatedToken() func(ti int) bool {
	first := make([]int, len(a.toks))
	for i := range first {
		first[i] = -1
	}
	for j := len(a.tok) - 1; j >= 0; j-- {
		first[a.tok[j]] = j
	}
	return func(ti int) bool {
		j := first[ti]
		return j >= 0 && a.scope[j].neg
	}
}

// Summary is one line, like "3/5 key points · STAR 3/4 · 142 words (~1:05) · 2 fillers",
// led by the red flags when there are any ("1 red flag · 2/6 key points ..."),
// with the concerns after the points ("4/5 key points · 1 concern · ...").
func (f Feedback) Summary() string {
	var parts []string
	if n := len(f.RedFlags); n > 0 {
		parts = append(parts, plural(n, "red flag", "red flags"))
	}
	parts = append(parts, fmt.Sprintf("%d/%d key points", f.Covered, len(f.KeyPoints)))
	if n := len(f.Concerns); n > 0 {
		parts = append(parts, plural(n, "concern", "concerns"))
	}
	if f.STAR != nil {
		parts = append(parts, fmt.Sprintf("STAR %d/4", f.STAR.Present()))
	}
	parts = append(parts, fmt.Sprintf("%s (~%s)", plural(f.Words, "word", "words"), clock(f.SpeakingTime)))
	if n := totalFillers(f.Fillers); n == 0 {
		parts = append(parts, "no fillers")
	} else {
		parts = append(parts, plural(n, "filler", "fillers"))
	}
	return strings.Join(parts, " · ")
}

func isStar(card content.Card) bool {
	return strings.EqualFold(strings.TrimSpace(card.Method), "star")
}

// speakingTime is words at WordsPerMinute, rounded to the nearest second.
func speakingTime(words int) time.Duration {
	secs := (words*60*2 + WordsPerMinute) / (2 * WordsPerMinute)
	return time.Duration(secs) * time.Second
}

// clock formats a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggestCues picks the first n usable cues, in the card's order (the
// author's order is the best guess at which are most telling).
func suggestCues(cues []string, n int) []string {
	var out []string
	for _, c := range cues {
		if len(out) == n {
			break
		}
		if c = clean(c); c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// SelfCheckNote says why the feedback lists what fails an answer even when
// it raised no red flag: the reading catches some wordings only (a blind
// test of unsafe answers in new words caught 4 in 10), so the person reads
// their answer against the list themselves.
const SelfCheckNote = "rung recognises only some of the ways these are said. " +
	"Read your answer against them: a panel fails an answer that does any of them."

// SelfCheck are the card's red flags (not its concerns) that the answer did
// not raise, each once, in the card's order, then the deck's families
// checked on every card (a false record, a secret deal, a breach of
// confidentiality are unsafe whatever the question): what the person
// should check their answer against themselves.
func SelfCheck(c content.Card, f Feedback) []content.RedFlag {
	seen := map[string]bool{}
	for _, r := range f.RedFlags {
		seen[r.Label] = true
	}
	var out []content.RedFlag
	for _, fl := range c.RedFlags {
		if fl.IsConcern() || fl.Label == "" || seen[fl.Label] {
			continue
		}
		seen[fl.Label] = true
		out = append(out, fl)
	}
	return out
}
