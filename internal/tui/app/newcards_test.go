package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// Once the answer shows, space and enter grade the card Good, as in Anki;
// on the front they show the answer.
func TestFlashcardsSpaceAndEnterGradeGood(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openDeck(t, h, "all", false)
	for _, k := range []string{"space", "enter"} {
		card := h.front()
		h.keys(k)
		h.contains("Why they ask", "space good", "1-4 grade")
		h.keys(k)
		if next := h.front(); next.ID == card.ID {
			t.Fatalf("%s on the back did not grade %s", k, card.ID)
		}
		rs := reviewsOf(t, h)
		if last := rs[len(rs)-1]; last.CardID != card.ID || last.Rating != int(srs.Good) {
			t.Errorf("%s graded %s %d, want %s Good", k, last.CardID, last.Rating, card.ID)
		}
	}
	if n := len(reviewsOf(t, h)); n != 2 {
		t.Errorf("%d reviews, want 2", n)
	}
}

// The study day's count of new cards stays right through any mix of
// flashcards, cram and rehearsal: cram counts nothing, a card first
// rehearsed counts as started, flashcards stop at the limit, rehearsal
// past it says so instead of "4 of 3", and the day ends at 4 a.m.
func TestNewCardCountAcrossModes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withNewPerDay(3))
	h.open(tui.RoutePractice, nil)
	gradeShown := func(keys ...string) {
		t.Helper()
		h.front()
		h.keys(keys...)
	}
	rehearseOne := func() {
		t.Helper()
		openRehearse(t, h, "category/leadership")
		h.typeText("I set clear goals with my team and checked back each week.")
		h.keys("ctrl+s", "4") // Easy: into review, not back in ten minutes
		h.send(tui.BackMsg{})
	}
	for _, step := range []struct {
		name string
		do   func()
		want string
	}{
		{"flashcards start two", func() {
			openDeck(t, h, "all", false)
			gradeShown("space", "4")
			gradeShown("space", "4")
			h.send(tui.BackMsg{})
		}, "Today: 2 reviewed · 2 of 3 new cards"},
		{"cram counts nothing", func() {
			openDeck(t, h, "all", true)
			for range 3 {
				gradeShown("space", "3")
			}
			h.send(tui.BackMsg{})
		}, "Today: 2 reviewed · 2 of 3 new cards"},
		{"a rehearsed new card is started", rehearseOne, "Today: 3 reviewed · 3 of 3 new cards (limit reached)"},
		{"flashcards offer no more new cards", func() {
			openDeck(t, h, "all", false)
			h.contains("0 learning · 0 due · 0 new", "Nothing to study in this deck right now.", "Today: 3 of 3 new cards (limit reached).")
			h.send(tui.BackMsg{})
		}, "Today: 3 reviewed · 3 of 3 new cards (limit reached)"},
		{"rehearsal past the limit", rehearseOne, "Today: 4 reviewed · 4 new cards (limit 3 reached)"},
		{"after midnight is still today", func() {
			h.clock = time.Date(2026, 11, 23, 1, 0, 0, 0, time.UTC)
			h.send(tui.BackMsg{})
			h.open(tui.RoutePractice, nil)
		}, "Today: 4 reviewed · 4 new cards (limit 3 reached)"},
		{"a new study day at 4 a.m.", func() {
			h.clock = time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)
			h.send(tui.BackMsg{})
			h.open(tui.RoutePractice, nil)
		}, "Today: 0 reviewed · 0 of 3 new cards"},
	} {
		step.do()
		h.onTop(tui.RoutePractice)
		if !strings.Contains(h.view(), step.want) {
			t.Fatalf("%s: the practice home lacks %q:\n%s", step.name, step.want, h.view())
		}
	}
}

// The cram header is never cut at 80 columns: whatever the card, its
// details and the cram note wrap onto another line instead.
func TestCramHeaderFits80(t *testing.T) {
	t.Parallel()
	for _, deck := range []string{"all", "rung/social-services-worker"} {
		h := newHarness(t, 80, 24, inMemory())
		openDeck(t, h, deck, true)
		for i := 0; i < 40 && strings.Contains(h.view(), "space show answer"); i++ {
			head := strings.Join(strings.Split(h.view(), "\n")[:4], "\n")
			if strings.Contains(head, "…") || !strings.Contains(flat(head), "cram: grades aren't saved and change no schedule") {
				t.Fatalf("%s: cram header cut:\n%s", deck, head)
			}
			h.keys("space", "3")
		}
	}
}
