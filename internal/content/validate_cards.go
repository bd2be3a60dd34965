package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Checks of what an interview card says an answer must (and must not) hold:
// its cues and its red flags.
//
//   - A cue or phrase may be written in parts ("promise ... not tell": the
//     parts in order, in one sentence) and a part may offer alternatives
//     ("told the team|let the team know"); each alternative of each part is
//     a run of words, checked below as a cue or phrase of its own would be.
//   - A cue may not repeat words of its card's question: every answer that
//     echoes the question ("how do I manage stress? ...") would get the
//     point for free. Cue and question are compared word by word after
//     stemming, so "weakness" is refused on "What are your strengths and
//     weaknesses?". A one-part cue is refused when any alternative repeats
//     the question; a cue in parts only when every part does. A red flag
//     phrase may not either: every answer that echoes the question would
//     raise it.
//   - A key point's say: (what to add when an answer misses it) is one
//     sentence of at most maxSay characters.
//   - A red flag needs at least one phrase, each at most eight words (the
//     longest alternative of each part, added up).
//   - A red flag phrase may not also be a cue of a point the card wants made
//     (negated points aside): the same words would then earn a point and
//     raise a flag at once.
//   - Every card of a category that says `min_red_flags` (where a wrong
//     answer can hurt someone) carries at least that many red flags
//     (concerns aside: severity: concern).

// maxSay is the longest say: sentence of a key point (what to add when an
// answer misses it): one sentence, shown under the point.
const maxSay = 240

// maxPhraseWords is the longest red flag phrase; a longer one would almost
// never be said word for word.
const maxPhraseWords = 8

func (c checker) cardCues(lib *Library) {
	for i, card := range lib.Cards {
		path := fmt.Sprintf("cards[%d]", i)
		question := stemWords(card.Question)
		plainCues := map[string]int{} // stems of cues of plain points -> point index
		for j, kp := range card.KeyPoints {
			for k, cue := range kp.Cues {
				s := stemWords(cue)
				if len(s) == 0 {
					continue // empty cues are reported by cards()
				}
				if !kp.Negated {
					plainCues[strings.Join(s, " ")] = j
				}
				if repeats(question, cue) {
					c.at(kp.Pos, "cues", fmt.Sprintf("%s.key_points[%d].cues[%d]", path, j, k),
						"use words a good answer says that the question does not, or every answer that repeats the question gets the point",
						"cue %q repeats the card's question", cue)
				}
			}
			if n := len([]rune(kp.Say)); n > maxSay {
				c.at(kp.Pos, "say", fmt.Sprintf("%s.key_points[%d].say", path, j),
					fmt.Sprintf("one sentence of what to add, at most %d characters", maxSay), "say has %d characters", n)
			}
		}
		red := 0
		for j, fl := range card.RedFlags {
			if !fl.IsConcern() {
				red++
			}
			fpath := fmt.Sprintf("%s.red_flags[%d]", path, j)
			for k, ph := range fl.Phrases {
				// A family's phrase was checked on its own with the family;
				// here only against this card, and named by its family.
				ppath, which := fmt.Sprintf("%s.phrases[%d]", fpath, k-fl.fromFamily), fmt.Sprintf("phrase %q", ph)
				if k < fl.fromFamily {
					ppath, which = fpath+".family", fmt.Sprintf("phrase %q of family %q", ph, fl.Family)
				}
				s := stemWords(ph)
				switch n := phraseWords(ph); {
				case k < fl.fromFamily && len(s) == 0 || k < fl.fromFamily && n > maxPhraseWords:
				case len(s) == 0:
					c.at(fl.Pos, "phrases", ppath, "a word or short phrase, such as \"confront the parent\"", "empty phrase")
				case n > maxPhraseWords:
					c.at(fl.Pos, "phrases", ppath, fmt.Sprintf("at most %d words; 2-6 are best", maxPhraseWords), "phrase %q has %d words", ph, n)
				case repeats(question, ph):
					c.at(fl.Pos, keyOf(k < fl.fromFamily), ppath, "use words of the unsafe answer that the question does not hold",
						"%s repeats the card's question, so every answer that echoes it would raise the flag", which)
				default:
					if p, ok := plainCues[strings.Join(s, " ")]; ok {
						c.at(fl.Pos, keyOf(k < fl.fromFamily), ppath, "drop it from one of the two",
							"%s is also a cue of key point %d, so the same words would make the point and raise the flag", which, p+1)
					}
				}
			}
		}
		for j := range lib.Cards[i].RedFlags {
			lib.Cards[i].RedFlags[j].fromFamily = 0 // checked: a loaded library is the same however it was loaded
		}
		if cat, ok := lib.CardCategory(card.Category); ok && red < cat.MinRedFlags {
			c.at(card.Pos, "red_flags", path+".red_flags",
				fmt.Sprintf("add at least %d red flags (label, phrases, why; or a family): things a panel counts against an answer", cat.MinRedFlags),
				"card %q in category %q has %s", card.ID, card.Category, countOf(red, "red flag", "red flags"))
		}
	}
}

// keyOf is the key a phrase's problem points at: the flag's family: line
// for a phrase that came from its family, else its phrases: line.
func keyOf(family bool) string {
	if family {
		return "family"
	}
	return "phrases"
}

// stemWords splits text into lower-case words (letters and digits, with an
// apostrophe inside a word kept for Stem to drop) and stems each (stem.go).
func stemWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'")
		if w != "" {
			out = append(out, Stem(w))
		}
	}
	return out
}

// phraseParts splits a cue or phrase into its parts ("...") and each part
// into its alternatives ("|"), each as stemmed words; empty ones are left
// out.
func phraseParts(s string) [][][]string {
	var out [][][]string
	for _, part := range strings.Split(strings.ReplaceAll(s, "…", "..."), "...") {
		var alts [][]string
		for _, alt := range strings.Split(part, "|") {
			if w := stemWords(alt); len(w) > 0 {
				alts = append(alts, w)
			}
		}
		if len(alts) > 0 {
			out = append(out, alts)
		}
	}
	return out
}

// phraseWords is how many words a phrase can match: the longest
// alternative of each part, added up.
func phraseWords(s string) int {
	n := 0
	for _, alts := range phraseParts(s) {
		longest := 0
		for _, alt := range alts {
			longest = max(longest, len(alt))
		}
		n += longest
	}
	return n
}

// repeats reports whether a cue or phrase can be made by repeating the
// question: one part, any of whose alternatives is in the question, or
// parts that all are.
func repeats(question []string, s string) bool {
	parts := phraseParts(s)
	all := len(parts) > 0
	for _, alts := range parts {
		some := false
		for _, alt := range alts {
			some = some || containsRun(question, alt)
		}
		if len(parts) == 1 {
			return some
		}
		all = all && some
	}
	return all
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
