package practice

import (
	"slices"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

func TestSearch(t *testing.T) {
	cards := []content.Card{
		{ID: "yourself", Question: "Tell me about yourself."},
		{ID: "confidential", Question: "How do you handle confidentiality?"},
		{ID: "caseload", Question: "How would you prioritize a heavy caseload?"},
	}
	if got := Search(cards, ""); len(got) != 3 || got[0].CardID != "yourself" || got[2].CardID != "caseload" {
		t.Fatalf("empty query: %+v", got)
	}
	got := Search(cards, "confid")
	if len(got) != 1 || got[0].CardID != "confidential" {
		t.Fatalf("confid: %+v", got)
	}
	q := []rune(cards[1].Question)
	word := ""
	for _, i := range got[0].Indexes {
		word += string(q[i])
	}
	if word != "confid" {
		t.Errorf("matched letters %q", word)
	}
	// Letters in order, not together.
	if got := Search(cards, "hvycsld"); len(got) != 1 || got[0].CardID != "caseload" {
		t.Errorf("fuzzy: %+v", got)
	}
	if got := Search(cards, "zzz"); len(got) != 0 {
		t.Errorf("no match: %+v", got)
	}
}

// The indexes count letters, not bytes: after a "£" (two bytes) the match
// is still at the letters typed.
func TestSearchIndexesAreRunes(t *testing.T) {
	cards := []content.Card{{ID: "budget", Question: "A £2 million overspend: what would you do?"}}
	got := Search(cards, "overspend")
	if len(got) != 1 {
		t.Fatalf("no match: %+v", got)
	}
	q := []rune(cards[0].Question)
	word := ""
	for _, i := range got[0].Indexes {
		word += string(q[i])
	}
	if word != "overspend" {
		t.Errorf("matched letters %q at %v", word, got[0].Indexes)
	}
}

// A question holding the words typed comes before one whose letters merely
// occur in order, however long it is; a match at the start of a word before
// one inside a word.
func TestSearchWholeFirst(t *testing.T) {
	cards := []content.Card{
		{ID: "inspired", Question: "What inspired you to become a social worker?"},
		{ID: "reporting", Question: "What is your understanding of mandatory reporting?"},
		{ID: "supervised", Question: "Tell us about a time you supervised a worker who was struggling. What did you do?"},
		{ID: "network", Question: "How do you network?"},
	}
	var ids []string
	for _, m := range Search(cards, "Wor") {
		ids = append(ids, m.CardID)
	}
	// "worker" at a word's start in two (the earlier first), "network"
	// inside a word, then the fuzzy one.
	want := []string{"inspired", "supervised", "network", "reporting"}
	if !slices.Equal(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
	got := Search(cards, "worker")
	if len(got) != 2 || !slices.Equal(got[1].Indexes, []int{38, 39, 40, 41, 42, 43}) {
		t.Errorf("whole-word match indexes %+v", got)
	}
}
