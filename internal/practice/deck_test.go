package practice

import (
	"slices"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/srs"
)

// deckNow is the fixed clock of the deck, session and stats tests: a Sunday
// evening.
var deckNow = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

var deckLibrary *content.Library

func deckLib(t testing.TB) *content.Library {
	t.Helper()
	if deckLibrary == nil {
		l, err := content.Load(tracks.Default())
		if err != nil {
			t.Fatal(err)
		}
		deckLibrary = l
	}
	return deckLibrary
}

func newScheduler(t testing.TB) *srs.Scheduler {
	t.Helper()
	s, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func deckByID(t *testing.T, decks []Deck, id string) Deck {
	t.Helper()
	d, ok := FindDeck(decks, id)
	if !ok {
		t.Fatalf("no deck %q", id)
	}
	return d
}

func TestDecksList(t *testing.T) {
	lib := deckLib(t)
	supervisor := &assess.Placement{Current: "case-manager", Next: "supervisor"}
	top := &assess.Placement{Current: "director"}
	tests := []struct {
		name   string
		p      *assess.Placement
		first  string
		hasNxt bool
	}{
		{"no assessment", nil, "due", false},
		{"next rung first", supervisor, "next", true},
		{"at the top", top, "due", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			decks := Decks(lib, tt.p)
			if decks[0].ID != tt.first {
				t.Errorf("first deck %q, want %q", decks[0].ID, tt.first)
			}
			if _, ok := FindDeck(decks, "next"); ok != tt.hasNxt {
				t.Errorf("next deck present = %v, want %v", ok, tt.hasNxt)
			}
			if ids := decks[len(decks)-2].ID + "," + decks[len(decks)-1].ID; ids != "leeches,flagged" {
				t.Errorf("last decks %q, want leeches,flagged", ids)
			}
			seen := map[string]bool{}
			for _, d := range decks {
				if seen[d.ID] {
					t.Errorf("duplicate deck id %q", d.ID)
				}
				seen[d.ID] = true
				if d.Name == "" || d.Desc == "" || len(d.Cards) == 0 {
					t.Errorf("deck %q: empty name, description or cards", d.ID)
				}
			}
			for _, cat := range lib.CardCategories {
				d := deckByID(t, decks, "category/"+cat.ID)
				for _, id := range d.Cards {
					if c, _ := lib.Card(id); c.Category != cat.ID {
						t.Errorf("card %s in deck %s", id, d.ID)
					}
				}
			}
			sup := deckByID(t, decks, "rung/supervisor")
			if want := len(lib.CardsFor("supervisor")); len(sup.Cards) != want {
				t.Errorf("supervisor deck has %d cards, want %d", len(sup.Cards), want)
			}
		})
	}
}

func TestNextRungDeckPutsGapSkillsFirst(t *testing.T) {
	lib := deckLib(t)
	p := &assess.Placement{Current: "case-manager", Next: "supervisor", Gaps: []assess.Check{
		{ID: "lead", Skills: []string{"leadership"}},
		{ID: "mgmt", Skills: []string{"management"}},
	}}
	d, ok := NextRungDeck(lib, p)
	if !ok {
		t.Fatal("no next rung deck")
	}
	if d.Key != "supervisor" || d.Name != "Your next rung: Social Services Supervisor" {
		t.Errorf("deck %q %q", d.Key, d.Name)
	}
	if want := len(lib.CardsFor("supervisor")); len(d.Cards) != want {
		t.Errorf("%d cards, want %d", len(d.Cards), want)
	}
	score := func(id string) int {
		c, _ := lib.Card(id)
		n := 0
		for _, s := range c.Skills {
			if s == "leadership" || s == "management" {
				n++
			}
		}
		return n
	}
	// Cards touching both gap skills come before those touching one, which
	// come before the rest; the focus count is the cards touching any.
	for i := 1; i < len(d.Cards); i++ {
		if score(d.Cards[i]) > score(d.Cards[i-1]) {
			t.Errorf("card %s (score %d) after %s (score %d)", d.Cards[i], score(d.Cards[i]), d.Cards[i-1], score(d.Cards[i-1]))
		}
	}
	if d.Focus == 0 || score(d.Cards[d.Focus-1]) == 0 || score(d.Cards[d.Focus]) != 0 {
		t.Errorf("focus %d does not end the gap-skill cards: %v", d.Focus, d.Cards)
	}
	if d.Cards[0] != "leading-and-developing-staff" && d.Cards[0] != "supervising-a-struggling-worker" {
		t.Errorf("first card %s, want one on both gap skills", d.Cards[0])
	}

	// Without gaps the order is the library's.
	d2, _ := NextRungDeck(lib, &assess.Placement{Next: "supervisor"})
	var want []string
	for _, c := range lib.CardsFor("supervisor") {
		want = append(want, c.ID)
	}
	if !slices.Equal(d2.Cards, want) || d2.Focus != 0 {
		t.Errorf("no gaps: %v, want library order", d2.Cards)
	}
}

func TestDeckCounts(t *testing.T) {
	lib := deckLib(t)
	decks := Decks(lib, nil)
	all := deckByID(t, decks, "all")
	review := func(due time.Time) State {
		return State{Card: srs.Card{State: srs.Review, Stability: 5, Difficulty: 5, Due: due, LastReview: due.Add(-72 * time.Hour), Reps: 3}}
	}
	ss := States{
		"tell-me-about-yourself": review(deckNow.Add(-time.Hour)),     // due
		"why-social-work":        review(deckNow),                     // due exactly now
		"difficult-client":       review(deckNow.Add(48 * time.Hour)), // not due
		"handling-a-crisis":      {Card: review(deckNow.Add(-time.Hour)).Card, Leech: true},
		"mandatory-reporting":    {Card: srs.Card{State: srs.Learning, Step: 1, Due: deckNow.Add(5 * time.Minute), Stability: 1, Difficulty: 5, Reps: 1}},
	}
	n := len(lib.Cards)
	tests := []struct {
		deck string
		want Counts
	}{
		{"all", Counts{Total: n, Due: 2, New: n - 5, Leeches: 1}},
		{"due", Counts{Total: 2, Due: 2}},
		{"leeches", Counts{Total: 1, Leeches: 1}},
		{"category/general", Counts{Total: 5, Due: 2, New: 3}},
		{"category/situational", Counts{Total: 3, New: 2, Leeches: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.deck, func(t *testing.T) {
			if got := deckByID(t, decks, tt.deck).Count(ss, deckNow); got != tt.want {
				t.Errorf("Count = %+v, want %+v", got, tt.want)
			}
		})
	}
	if got := all.Count(States{}, deckNow); got != (Counts{Total: n, New: n}) {
		t.Errorf("no states: %+v", got)
	}
}
