package content

import (
	"fmt"
	"slices"
	"strings"
)

// Checks of word classes (word_classes), which phrases and cues name as
// "@class", and of red flag families (red_flag_families) and the cards' red
// flags, which they resolve:
//
//   - A word class has a well-formed id, unique among classes, and words,
//     each a word or short phrase with no "|", "...", "@" of its own.
//   - A part of a cue or phrase that is "@id" names a known class; loading
//     puts the class's words there as the part's alternatives, so every
//     check after this one sees the words.
//
//   - A family has a well-formed id, unique among families, a label, a why,
//     at least one phrase (each checked as a card's phrase would be: at most
//     eight words) and a severity of "red" (the default) or "concern".
//   - A card's red flag names a known family (`family:`), or has a label, its
//     phrases and a why of its own; a card names a family once.
//   - A key point's not_with names a red flag of its card, by label or by
//     family id.
//
// Resolving a flag (once the checks pass) gives it its family's phrases
// first, then its own, and the family's label, why, severity and asked
// where it has none of its own; cardCues then checks every phrase against
// the card's question and cues, naming the family of a phrase that came
// from one.

func (c checker) flagFamilies(lib *Library) {
	c.ids("red flag family", len(lib.RedFlagFamilies), func(i int) (Pos, string, string) {
		return lib.RedFlagFamilies[i].Pos, lib.RedFlagFamilies[i].ID, fmt.Sprintf("red_flag_families[%d]", i)
	})
	families := map[string]int{}
	for i, fam := range lib.RedFlagFamilies {
		path := fmt.Sprintf("red_flag_families[%d]", i)
		if _, dup := families[fam.ID]; !dup && fam.ID != "" {
			families[fam.ID] = i
		}
		c.severity(fam.Pos, path, fam.Severity)
		for k, ph := range fam.Phrases {
			c.phraseShape(fam.Pos, "phrases", fmt.Sprintf("%s.phrases[%d]", path, k), ph)
		}
		for k, ph := range fam.Unless {
			c.phraseShape(fam.Pos, "unless", fmt.Sprintf("%s.unless[%d]", path, k), ph)
		}
	}
	for i := range lib.Cards {
		card := &lib.Cards[i]
		path := fmt.Sprintf("cards[%d]", i)
		named := map[string]bool{}
		ok := true
		for j := range card.RedFlags {
			fl := &card.RedFlags[j]
			fpath := fmt.Sprintf("%s.red_flags[%d]", path, j)
			c.severity(fl.Pos, fpath, fl.Severity)
			for k, ph := range fl.Unless {
				c.phraseShape(fl.Pos, "unless", fmt.Sprintf("%s.unless[%d]", fpath, k), ph)
			}
			if fl.Family == "" {
				ok = c.ownFlag(*fl, fpath) && ok
				continue
			}
			if _, known := families[fl.Family]; !known {
				c.ref(fl.Pos, "family", fpath+".family", "red flag family", fl.Family, families)
				ok = false
				continue
			}
			if named[fl.Family] {
				c.at(fl.Pos, "family", fpath+".family", "name each family once on a card; add phrases to that entry instead",
					"card %q names red flag family %q twice", card.ID, fl.Family)
				ok = false
			}
			named[fl.Family] = true
		}
		if ok {
			for j := range card.RedFlags {
				if fl := &card.RedFlags[j]; fl.Family != "" {
					resolveFlag(fl, lib.RedFlagFamilies[families[fl.Family]])
				}
			}
		}
		c.notWith(*card, path)
	}
}

// ownFlag checks a red flag that names no family: label, phrases and why are
// its own.
func (c checker) ownFlag(fl RedFlag, path string) bool {
	ok := true
	for _, f := range []struct {
		key   string
		empty bool
	}{{"label", strings.TrimSpace(fl.Label) == ""}, {"phrases", len(fl.Phrases) == 0}, {"why", strings.TrimSpace(fl.Why) == ""}} {
		if f.empty {
			c.at(fl.Pos, f.key, path+"."+f.key, "add `"+f.key+":` here, or name a shared risk with `family:` (red_flag_families)",
				"red flag has no %s and names no family", f.key)
			ok = false
		}
	}
	return ok
}

func (c checker) severity(pos Pos, path, s string) {
	if s != "" && s != SeverityRed && s != SeverityConcern {
		c.at(pos, "severity", path+".severity", "red (counts the answer against the candidate) or concern (a weakness to probe)",
			"unknown severity %q", s)
	}
}

// phraseShape checks a phrase on its own: not empty, at most
// maxPhraseWords words.
func (c checker) phraseShape(pos Pos, key, path, ph string) {
	switch n := phraseWords(ph); {
	case len(stemWords(ph)) == 0:
		c.at(pos, key, path, "a word or short phrase, such as \"confront the parent\"", "empty phrase")
	case n > maxPhraseWords:
		c.at(pos, key, path, fmt.Sprintf("at most %d words; 2-6 are best", maxPhraseWords), "phrase %q has %d words", ph, n)
	}
}

// spreadFamilies gives every card, after its own flags, each family marked
// everywhere that it does not name: a risk on any question the candidate
// may answer with a story (diagnosing a client, a threat, a secret deal).
// Checked once with the family, it is not checked against each card.
func spreadFamilies(lib *Library) {
	for _, fam := range lib.RedFlagFamilies {
		if !fam.Everywhere || fam.Severity == SeverityConcern {
			continue
		}
		for i := range lib.Cards {
			card := &lib.Cards[i]
			if slices.ContainsFunc(card.RedFlags, func(f RedFlag) bool { return f.Family == fam.ID }) {
				continue
			}
			fl := RedFlag{Family: fam.ID, Everywhere: true}
			resolveFlag(&fl, fam)
			fl.fromFamily = 0
			card.RedFlags = append(card.RedFlags, fl)
		}
	}
}

// resolveFlag gives fl its family's meaning: the family's phrases before
// its own, and its label, why and severity where fl has none.
func resolveFlag(fl *RedFlag, fam RedFlagFamily) {
	fl.fromFamily = len(fam.Phrases)
	fl.Phrases = slices.Concat(fam.Phrases, fl.Phrases)
	fl.Unless = slices.Concat(fam.Unless, fl.Unless)
	if strings.TrimSpace(fl.Label) == "" {
		fl.Label = fam.Label
	}
	if strings.TrimSpace(fl.Why) == "" {
		fl.Why = fam.Why
	}
	if fl.Severity == "" {
		fl.Severity = fam.Severity
	}
	fl.Asked = fl.Asked || fam.Asked
}

// notWith checks that each key point's not_with names a red flag of the
// card, by label or by family.
func (c checker) notWith(card Card, path string) {
	var valid []string
	for _, fl := range card.RedFlags {
		for _, name := range []string{fl.Label, fl.Family} {
			if name != "" && !slices.Contains(valid, name) {
				valid = append(valid, name)
			}
		}
	}
	for j, kp := range card.KeyPoints {
		for k, name := range kp.NotWith {
			if slices.Contains(valid, name) {
				continue
			}
			hint := "name one of the card's red flags, by label or family: " + strings.Join(quoteAll(valid), ", ")
			if len(valid) == 0 {
				hint = "the card has no red flags; add one, or drop not_with"
			} else if s := nearest(name, valid); s != "" {
				hint = fmt.Sprintf("did you mean %q? %s", s, hint)
			}
			c.at(kp.Pos, "not_with", fmt.Sprintf("%s.key_points[%d].not_with[%d]", path, j, k), hint,
				"not_with %q is no red flag of card %q", name, card.ID)
		}
	}
}

func quoteAll(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// wordClasses checks the word classes and puts their words in place of
// "@id" in every family phrase, card phrase and cue.
func (c checker) wordClasses(lib *Library) {
	c.ids("word class", len(lib.WordClasses), func(i int) (Pos, string, string) {
		return lib.WordClasses[i].Pos, lib.WordClasses[i].ID, fmt.Sprintf("word_classes[%d]", i)
	})
	classes := map[string][]string{}
	index := map[string]int{}
	for i, wc := range lib.WordClasses {
		var words []string
		for k, w := range wc.Words {
			if strings.TrimSpace(w) == "" || strings.ContainsAny(w, "|@…") || strings.Contains(w, "...") {
				c.at(wc.Pos, "words", fmt.Sprintf("word_classes[%d].words[%d]", i, k),
					"a word or short phrase, without |, ... or @", "word %q cannot be one of a class's words", w)
				continue
			}
			words = append(words, w)
		}
		if _, dup := classes[wc.ID]; !dup && idPattern.MatchString(wc.ID) {
			classes[wc.ID] = words
			index[wc.ID] = i
		}
	}
	expand := func(pos Pos, key, path string, list []string) {
		for k, s := range list {
			out, unknown := expandClasses(s, classes)
			for _, id := range unknown {
				c.ref(pos, key, fmt.Sprintf("%s[%d]", path, k), "word class", id, index)
			}
			list[k] = out
		}
	}
	for i := range lib.RedFlagFamilies {
		fam := &lib.RedFlagFamilies[i]
		expand(fam.Pos, "phrases", fmt.Sprintf("red_flag_families[%d].phrases", i), fam.Phrases)
		expand(fam.Pos, "unless", fmt.Sprintf("red_flag_families[%d].unless", i), fam.Unless)
	}
	for i := range lib.Cards {
		card := &lib.Cards[i]
		for j := range card.RedFlags {
			fl := &card.RedFlags[j]
			expand(fl.Pos, "phrases", fmt.Sprintf("cards[%d].red_flags[%d].phrases", i, j), fl.Phrases)
			expand(fl.Pos, "unless", fmt.Sprintf("cards[%d].red_flags[%d].unless", i, j), fl.Unless)
		}
		for j := range card.KeyPoints {
			kp := &card.KeyPoints[j]
			expand(kp.Pos, "cues", fmt.Sprintf("cards[%d].key_points[%d].cues", i, j), kp.Cues)
		}
	}
}

// expandClasses puts the words of each class a part's alternative names
// ("@disclose") in its place, and returns the ids of classes not known.
func expandClasses(s string, classes map[string][]string) (string, []string) {
	if !strings.Contains(s, "@") {
		return s, nil
	}
	var unknown []string
	parts := strings.Split(strings.ReplaceAll(s, "…", "..."), "...")
	for i, part := range parts {
		alts := strings.Split(part, "|")
		var out []string
		for _, alt := range alts {
			id, ok := strings.CutPrefix(strings.TrimSpace(alt), "@")
			if !ok {
				out = append(out, strings.TrimSpace(alt))
				continue
			}
			words, known := classes[id]
			if !known {
				unknown = append(unknown, id)
				continue
			}
			for _, w := range words {
				out = append(out, strings.TrimSpace(w))
			}
		}
		parts[i] = strings.Join(out, "|")
	}
	return strings.Join(parts, " ... "), unknown
}
