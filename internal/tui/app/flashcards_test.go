package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

// openDeck opens a deck's flashcards (or cram) straight from the harness.
func openDeck(t testing.TB, h *harness, id string, cram bool) {
	t.Helper()
	d, ok := practice.FindDeck(practice.Decks(h.m.c.Lib(), h.m.c.Latest()), id)
	if !ok {
		t.Fatalf("no deck %s", id)
	}
	r := tui.RouteFlashcards
	if cram {
		r = tui.RouteCram
	}
	h.open(r, d)
}

// front is the card on show, front side up: its question shows and the
// answer does not yet.
func (h *harness) front() *content.Card {
	h.t.Helper()
	c := h.cardShown()
	if c == nil || !strings.Contains(h.view(), "space show answer") {
		h.t.Fatalf("no card front up:\n%s", h.view())
	}
	return c
}

func storedStates(t testing.TB, h *harness) map[string]store.CardState {
	t.Helper()
	m, err := h.store.CardStates(h.m.c.Lib().Track.ID)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func reviewsOf(t testing.TB, h *harness) []store.Review {
	t.Helper()
	rs, err := h.store.ReviewsSince(h.m.c.Lib().Track.ID, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestFlashcardsFrontAndBack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.m.c.SetLatest(*supervisorPlacement(), testNow)
	h.open(tui.RoutePractice, nil)
	h.keys("enter") // the next rung's deck
	h.contains("Your next rung: Social Services Supervisor", "0 learning · 0 due · 10 new", "new card",
		"press space to see what a", "A strong answer makes", "space show answer")
	h.golden("flashcard-front-80x24")
	h.keys("space")
	h.contains("Why they ask", "1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy 8d", "1-4 grade")
	h.golden("flashcard-back-80x24")
}

func TestFlashcardsBackWide(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	seedReview(t, h, "difficult-client", srs.Good, testNow.Add(-3*24*time.Hour))
	seedReview(t, h, "difficult-client", srs.Good, testNow.Add(-3*24*time.Hour+10*time.Minute))
	openDeck(t, h, "category/behavioral", false)
	h.keys("space")
	h.contains("Example answer (STAR)", "Key points", "review, seen 2 times")
	h.golden("flashcard-back-120x40")
}

func TestFlashcardsGradeAndUndo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openDeck(t, h, "category/legal-ethical", false)
	first := h.front().ID
	h.keys("space", "3")
	rs := reviewsOf(t, h)
	if len(rs) != 1 || rs[0].CardID != first || rs[0].Rating != 3 || rs[0].Mode != "flashcard" || rs[0].Before.Reps != 0 {
		t.Fatalf("reviews after one Good: %+v", rs)
	}
	if st := storedStates(t, h)[first]; st.State != int(srs.Learning) || !st.Due.Equal(testNow.Add(10*time.Minute)) {
		t.Errorf("state after Good: %+v", st)
	}
	if next := h.front(); next.ID == first {
		t.Fatalf("after grading, the next card is %s again", next.ID)
	}
	h.contains("u undo grade")
	h.keys("u")
	if rs := reviewsOf(t, h); len(rs) != 0 {
		t.Errorf("undo left %d reviews", len(rs))
	}
	if _, ok := storedStates(t, h)[first]; ok {
		t.Error("undo of a first review left a card state")
	}
	if back := h.front(); back.ID != first {
		t.Errorf("after undo the card shown is %s, want %s's front", back.ID, first)
	}
	h.contains("Took back Good")

	// Undo restores a card that had a state to exactly that state.
	h.keys("space", "4")
	before := storedStates(t, h)[first]
	h.keys("space", "1") // the other card: new, Again
	h.keys("u")
	if got := storedStates(t, h)[first]; got != before {
		t.Errorf("undoing the second grade changed the first card: %+v, want %+v", got, before)
	}
	if len(reviewsOf(t, h)) != 1 {
		t.Errorf("after undo %d reviews, want 1", len(reviewsOf(t, h)))
	}
}

func TestFlashcardsNewCardLimit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withNewPerDay(3))
	// One new card was already started today, in an earlier sitting.
	seedReview(t, h, "tell-me-about-yourself", srs.Easy, testNow.Add(-2*time.Hour))
	openDeck(t, h, "all", false)
	h.contains("0 learning · 0 due · 2 new")
	seen := map[string]bool{}
	for i := 0; i < 20 && strings.Contains(h.view(), "space show answer"); i++ {
		seen[h.front().ID] = true
		h.keys("space", "4") // Easy: straight to review, no learning steps
	}
	if len(seen) != 2 {
		t.Errorf("studied %d new cards, want 2 (a limit of 3, one used)", len(seen))
	}
	if !strings.Contains(h.flat(), "Today: 3 of 3 new cards (limit reached). 29 more in this deck wait for the coming days.") {
		t.Errorf("the end does not say the limit is reached:\n%s", h.view())
	}
	if n, _ := h.store.NewCardsReviewedOn(h.m.c.Lib().Track.ID, testNow, time.UTC); n != 3 {
		t.Errorf("store counts %d new cards today", n)
	}
	// A new sitting the same day offers no new cards.
	h.send(tui.BackMsg{})
	openDeck(t, h, "all", false)
	h.contains("Nothing to study in this deck right now.", "Today: 3 of 3 new cards (limit reached).")
}

func TestFlashcardsLeechAfterEightLapses(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	const id = "mandatory-reporting"
	at := testNow.Add(-60 * 24 * time.Hour)
	// Learn the card, then forget it seven times over, relearning each time.
	seedReview(t, h, id, srs.Easy, at)
	for i := 0; i < 7; i++ {
		at = at.Add(6 * 24 * time.Hour)
		seedReview(t, h, id, srs.Again, at)
		seedReview(t, h, id, srs.Good, at.Add(10*time.Minute))
	}
	st := storedStates(t, h)[id]
	if st.Lapses != 7 || st.Leech || st.State != int(srs.Review) {
		t.Fatalf("seeded state %+v", st)
	}
	// It is due now; the eighth lapse makes it a leech.
	h.clock = st.Due.Add(time.Hour)
	openDeck(t, h, "category/legal-ethical", false)
	if c := h.front(); c.ID != id {
		t.Fatalf("first card %s, want the due %s", c.ID, id)
	}
	h.keys("space", "1")
	st = storedStates(t, h)[id]
	if !st.Leech || st.Lapses != 8 {
		t.Fatalf("after the eighth lapse: %+v", st)
	}
	h.contains("Now a leech after 8 lapses")
	// It is not due anywhere now, and the leech deck has it.
	if n, _ := h.store.DueCount(h.m.c.Lib().Track.ID, h.clock.Add(30*24*time.Hour)); n != 0 {
		t.Errorf("a leech counts as due: %d", n)
	}
	h.send(tui.BackMsg{})
	h.open(tui.RoutePractice, nil)
	h.contains("Leeches", "  1 cards")
	openDeck(t, h, "leeches", false)
	if c := h.front(); c.ID != id {
		t.Fatalf("leech deck shows %s", c.ID)
	}
	h.contains("leech, 8 lapses")
	// Good releases it back into the daily reviews.
	h.keys("space", "3")
	if st := storedStates(t, h)[id]; st.Leech {
		t.Errorf("a leech graded Good is still a leech: %+v", st)
	}
}

func TestFlashcardsCramChangesNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedReview(t, h, "ensuring-confidentiality", srs.Easy, testNow.Add(-24*time.Hour))
	before := storedStates(t, h)
	nReviews := len(reviewsOf(t, h))
	openDeck(t, h, "category/legal-ethical", true)
	h.contains("Cram: Legal and ethical", "2 to go", "cram: grades aren't saved")
	h.keys("space")
	h.contains("1 Again   2 Hard   3 Good   4 Easy")
	h.keys("1") // Again: it comes round again at the end
	h.keys("space", "3", "space", "4")
	if c := h.cardShown(); c != nil {
		t.Fatalf("cram still showing %s", c.ID)
	}
	h.contains("You graded 3 cards: Again 1 · Hard 0 · Good 1 · Easy 1.", "Cram grades aren't saved")
	after := storedStates(t, h)
	if len(after) != len(before) || after["ensuring-confidentiality"] != before["ensuring-confidentiality"] {
		t.Errorf("cram changed card states: %+v -> %+v", before, after)
	}
	if n := len(reviewsOf(t, h)); n != nReviews {
		t.Errorf("cram recorded %d reviews", n-nReviews)
	}
	// Undo works in cram too, in memory.
	h.keys("u")
	if h.cardShown() == nil {
		t.Error("undo in cram did not bring the card back")
	}
}

func TestFlashcardsNoStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(nil))
	openDeck(t, h, "category/legal-ethical", false)
	mem := h.m.c.Progress().Reviews()
	h.contains("progress isn't saved this session")
	first := h.front().ID
	h.keys("space", "4")
	if st, _ := mem.CardStates(""); st[first].State != int(srs.Review) {
		t.Errorf("memory state %+v", st[first])
	}
	h.keys("u")
	if st, _ := mem.CardStates(""); len(st) != 0 {
		t.Errorf("memory undo left %+v", st)
	}
}
