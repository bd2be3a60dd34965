package practice

import (
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

// Search finds the cards whose question matches query fuzzily (the letters
// in order, not necessarily together, as a fuzzy finder does), best first.
// An empty query matches every card, in deck order.
func Search(cards []content.Card, query string) []Match {
	if query == "" {
		out := make([]Match, len(cards))
		for i, c := range cards {
			out[i] = Match{CardID: c.ID}
		}
		return out
	}
	found := fuzzy.FindFrom(query, questions(cards))
	out := make([]Match, len(found))
	for i, m := range found {
		out[i] = Match{CardID: cards[m.Index].ID, Indexes: runeIndexes(cards[m.Index].Question, m.MatchedIndexes)}
	}
	return out
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
