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
		out[i] = Match{CardID: cards[m.Index].ID, Indexes: m.MatchedIndexes}
	}
	return out
}

type questions []content.Card

func (q questions) String(i int) string { return q[i].Question }
func (q questions) Len() int            { return len(q) }
