package practice

import (
	"slices"
	"unicode"

	"github.com/sahilm/fuzzy"

	"github.com/rung-career/rung/internal/content"
)

// Match is one card found by Search, with the positions (rune indexes into
// the card's question) of the letters the query matched, so a list can
// highlight them as the bubbles list does.
type Match struct {
	CardID  string
	Indexes []int
}

// Search finds the cards whose question matches query, best first: those
// holding the query as typed (any case) come first, a match at the start
// of a word before one inside a word, earlier before later; then those that
// match fuzzily (the letters in order, not necessarily together, as a fuzzy
// finder does), best scored first. Without the first rule a long question
// holding the very word typed ranks below a short one whose letters merely
// occur in order. An empty query matches every card, in deck order.
func Search(cards []content.Card, query string) []Match {
	if query == "" {
		out := make([]Match, len(cards))
		for i, c := range cards {
			out[i] = Match{CardID: c.ID}
		}
		return out
	}
	type hit struct {
		Match
		inWord bool
		at     int
	}
	var whole []hit
	taken := map[int]bool{}
	q := lowerRunes(query)
	for i, c := range cards {
		at, inWord := find(lowerRunes(c.Question), q)
		if at < 0 {
			continue
		}
		idx := make([]int, len(q))
		for j := range idx {
			idx[j] = at + j
		}
		whole = append(whole, hit{Match{CardID: c.ID, Indexes: idx}, inWord, at})
		taken[i] = true
	}
	slices.SortStableFunc(whole, func(a, b hit) int {
		if a.inWord != b.inWord {
			if a.inWord {
				return 1
			}
			return -1
		}
		return a.at - b.at
	})
	out := make([]Match, 0, len(whole))
	for _, h := range whole {
		out = append(out, h.Match)
	}
	for _, m := range fuzzy.FindFrom(query, questions(cards)) {
		if !taken[m.Index] {
			out = append(out, Match{CardID: cards[m.Index].ID, Indexes: runeIndexes(cards[m.Index].Question, m.MatchedIndexes)})
		}
	}
	return out
}

// lowerRunes is s in lower case, a rune at a time (so rune indexes into it
// are rune indexes into s).
func lowerRunes(s string) []rune {
	r := []rune(s)
	for i, c := range r {
		r[i] = unicode.ToLower(c)
	}
	return r
}

// find is where q first occurs in s, preferring an occurrence at the start
// of a word; inWord says the one found is inside a word. -1 when q does not
// occur.
func find(s, q []rune) (at int, inWord bool) {
	first := -1
	for i := 0; i+len(q) <= len(s); i++ {
		if !slices.Equal(s[i:i+len(q)], q) {
			continue
		}
		if i == 0 || !unicode.IsLetter(s[i-1]) && !unicode.IsDigit(s[i-1]) {
			return i, false
		}
		if first < 0 {
			first = i
		}
	}
	return first, first >= 0
}

// runeIndexes turns the byte offsets fuzzy reports into rune indexes, so a
// question with a "£" or a curly quote before the match is highlighted at
// the right letters.
func runeIndexes(s string, bytes []int) []int {
	out := make([]int, 0, len(bytes))
	r, j := 0, 0
	for off := range s {
		for j < len(bytes) && bytes[j] == off {
			out = append(out, r)
			j++
		}
		r++
	}
	return out
}

type questions []content.Card

func (q questions) String(i int) string { return q[i].Question }
func (q questions) Len() int            { return len(q) }
