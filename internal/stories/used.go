package stories

import (
	"strings"
	"unicode"

	"github.com/rung-career/rung/internal/content"
)

// Use says how much of a story an answer told: whether it reached the
// story's result, and which of the result's numbers it kept. A panel
// remembers the outcome and its figure; an answer that tells the situation
// and stops has thrown the story's best part away.
type Use struct {
	// Result is true when the answer carries the result: most of its
	// content words (stemmed), or every number of it.
	Result bool
	// Numbers are the result's amounts the answer kept; Missed, those it
	// left out.
	Numbers, Missed []string
}

// UsedIn reads an answer against the story it was meant to tell.
func UsedIn(s Story, answer string) Use {
	var u Use
	have := stemSet(answer)
	nums := amounts(s.Result)
	for _, n := range nums {
		if have[n] {
			u.Numbers = append(u.Numbers, n)
		} else {
			u.Missed = append(u.Missed, n)
		}
	}
	words := contentStems(s.Result)
	found := 0
	for _, w := range words {
		if have[w] {
			found++
		}
	}
	u.Result = len(words) > 0 && found*2 >= len(words) || len(nums) > 0 && len(u.Missed) == 0
	return u
}

// amounts are the numbers a text states, as words (digits kept whole:
// "40%" is "40", "1,200" is "1,200").
func amounts(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words(text) {
		if (strings.IndexFunc(w, unicode.IsDigit) >= 0 || numberWords[w]) && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// words splits text into lower-case words, keeping digits with the commas
// and points between them.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' && r != '.' && r != '\''
	})
}

func stemSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(text) {
		w = strings.Trim(w, ",.'")
		out[w] = true
		out[content.Stem(w)] = true
	}
	return out
}

// contentStems are the stems of a text's words that carry meaning (not
// "the", "and", "we").
func contentStems(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words(text) {
		w = strings.Trim(w, ",.'")
		if len(w) < 4 || stopWords[w] || numberWords[w] || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			continue // amounts are read on their own
		}
		st := content.Stem(w)
		if !seen[st] {
			seen[st] = true
			out = append(out, st)
		}
	}
	return out
}

var stopWords = map[string]bool{"that": true, "this": true, "with": true, "were": true, "they": true, "their": true,
	"them": true, "have": true, "from": true, "into": true, "which": true, "when": true, "than": true, "then": true,
	"also": true, "after": true, "about": true, "there": true, "because": true, "would": true, "could": true}
