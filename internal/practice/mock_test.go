package practice

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

func TestDefaultMockRung(t *testing.T) {
	lib := deckLib(t)
	tests := []struct {
		name string
		p    *assess.Placement
		want string
	}{
		{"no assessment: the first rung", nil, "social-services-worker"},
		{"the next rung", &assess.Placement{Current: "case-manager", Next: "supervisor"}, "supervisor"},
		{"at the top: the current rung", &assess.Placement{Current: "director"}, "director"},
	}
	for _, tt := range tests {
		if got := DefaultMockRung(lib, tt.p); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := MockRungs(lib); len(got) != len(lib.Roles) {
		t.Errorf("MockRungs = %v", got)
	}
}

func TestPickMock(t *testing.T) {
	lib := deckLib(t)
	for _, rung := range MockRungs(lib) {
		for _, n := range MockSizes {
			for seed := uint64(0); seed < 20; seed++ {
				cards := PickMock(lib, rung, n, seed)
				avail := len(lib.CardsFor(rung))
				if len(cards) != min(n, avail) {
					t.Fatalf("%s n=%d seed=%d: %d cards", rung, n, seed, len(cards))
				}
				seen := map[string]bool{}
				cats := map[string]int{}
				for _, c := range cards {
					if seen[c.ID] {
						t.Fatalf("%s: %s picked twice", rung, c.ID)
					}
					seen[c.ID] = true
					cats[c.Category]++
					if !slices.Contains(c.Rungs, rung) {
						t.Fatalf("%s: %s does not suit the rung", rung, c.ID)
					}
				}
				// Spread across categories: no category twice before every
				// category with cards for the rung has had one.
				ncat := 0
				for _, cat := range lib.CardCategories {
					for _, c := range lib.CardsFor(rung) {
						if c.Category == cat.ID {
							ncat++
							break
						}
					}
				}
				if len(cards) <= ncat && len(cats) != len(cards) {
					t.Fatalf("%s n=%d: categories %v repeat before all are used", rung, n, cats)
				}
			}
		}
	}
	a := PickMock(lib, "supervisor", 6, 42)
	b := PickMock(lib, "supervisor", 6, 42)
	if !slices.EqualFunc(a, b, func(x, y content.Card) bool { return x.ID == y.ID }) {
		t.Error("same seed, different interview")
	}
	if a[0].Category != "general" {
		t.Errorf("interview opens with %s, want general", a[0].Category)
	}
	if PickMock(lib, "no-such-rung", 6, 1) != nil || PickMock(lib, "supervisor", 0, 1) != nil {
		t.Error("picked cards for nothing")
	}
}

func TestMockTotals(t *testing.T) {
	lib := deckLib(t)
	c1, _ := lib.Card("tell-me-about-yourself")
	c2, _ := lib.Card("difficult-client")
	r := MockResult{Rung: "supervisor", At: deckNow, Limit: 2 * time.Minute, Answers: []MockAnswer{
		{Card: *c1, Answer: c1.Example, Elapsed: 90 * time.Second, Feedback: Analyze(*c1, c1.Example)},
		{Card: *c2, Answer: "", Elapsed: 150 * time.Second, Feedback: Analyze(*c2, "")},
	}}
	got := r.Totals()
	f1 := r.Answers[0].Feedback
	want := MockTotals{Questions: 2, Answered: 1, Covered: f1.Covered, Points: len(c1.KeyPoints) + len(c2.KeyPoints),
		Words: f1.Words, Time: 240 * time.Second, Over: 1}
	if got != want {
		t.Errorf("Totals = %+v, want %+v", got, want)
	}
	if r.Over(0) || !r.Over(1) {
		t.Error("Over")
	}
	if p := got.Percent(); p <= 0 || p >= 100 {
		t.Errorf("Percent = %d", p)
	}
	r.Limit = 0
	if r.Over(1) || r.Totals().Over != 0 {
		t.Error("no limit, yet over it")
	}
}

func TestMockMissed(t *testing.T) {
	card := func(id string) content.Card { return content.Card{ID: id} }
	points := func(made, of int) []PointResult {
		out := make([]PointResult, of)
		for i := range made {
			out[i].Covered = true
		}
		return out
	}
	r := MockResult{Answers: []MockAnswer{
		{Card: card("blank"), Feedback: Feedback{KeyPoints: points(0, 5)}},
		{Card: card("strong"), Feedback: Feedback{Words: 180, Covered: 5, KeyPoints: points(5, 6)}},
		{Card: card("half"), Feedback: Feedback{Words: 120, Covered: 3, KeyPoints: points(3, 6)}},
		{Card: card("thin"), Feedback: Feedback{Words: 90, Covered: 2, KeyPoints: points(2, 5)}},
		{Card: card("unsafe"), Feedback: Feedback{Words: 150, Covered: 5, KeyPoints: points(5, 6), RedFlags: []FlagResult{{}}}},
	}}
	var ids []string
	for _, c := range r.Missed() {
		ids = append(ids, c.ID)
	}
	if got := strings.Join(ids, ","); got != "blank,thin,unsafe" {
		t.Errorf("missed %s, want blank,thin,unsafe (half the points is not missed)", got)
	}
}
