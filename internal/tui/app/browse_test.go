package app

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

// seedBrowse gives the store cards in every state the browser names.
func seedBrowse(t testing.TB, h *harness) {
	t.Helper()
	seedReview(t, h, "tell-me-about-yourself", srs.Easy, testNow.AddDate(0, 0, -20))  // due, overdue
	seedReview(t, h, "why-social-work", srs.Good, testNow.Add(-3*time.Minute))        // learning
	seedReview(t, h, "strengths-and-weaknesses", srs.Easy, testNow.AddDate(0, 0, -2)) // review, in days
	seedReview(t, h, "strengths-and-weaknesses", srs.Good, testNow.Add(-time.Hour))
	track := h.m.c.Lib().Track.ID
	for _, err := range []error{
		h.store.SetFlagged(track, "what-inspired-you", true),
		h.store.SetSuspended(track, "challenging-case", true),
		h.store.Bury(track, "difficult-client", practice.BuryUntil(testNow)),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func flagsOf(t testing.TB, h *harness, id string) store.CardFlags {
	t.Helper()
	f, err := h.store.CardFlags(h.m.c.Lib().Track.ID)
	if err != nil {
		t.Fatal(err)
	}
	return f[id]
}

func TestBrowse80(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedBrowse(t, h)
	h.open(tui.RoutePractice, nil)
	h.keys("b")
	h.onTop(tui.RouteBrowse)
	h.contains("Cards  32 cards · 1 due · 27 new · 1 flagged · 1 suspended · 1 buried", "showing all cards",
		"Tell me about yourself.", "review     due now", "learning", "suspended", "buried     tomorrow", "⚑ What inspired you")
	h.golden("browse-80x24")

	// Search as you type: the best match first, its letters marked (in
	// brackets without colour).
	h.keys("/")
	h.typeText("confid")
	h.contains("Search: confid_", ">   How do you ensure [confid]entiality?")
	h.golden("browse-search-80x24")
	h.keys("enter")
	h.contains("Search: confid  / edit · x clear")

	// Suspend, bury and flag the card under the cursor, and take each back.
	id := "ensuring-confidentiality"
	h.keys("s")
	if !flagsOf(t, h, id).Suspended {
		t.Fatal("s did not suspend")
	}
	h.contains("suspended", "Suspended: the card sits out every review", "s unsuspend")
	h.keys("s", "b")
	if f := flagsOf(t, h, id); f.Suspended || !f.BuriedUntil.Equal(time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)) {
		t.Fatalf("after unsuspend and bury: %+v", f)
	}
	h.contains("Buried: the card comes back tomorrow at 4:00 am.", "b unbury")
	h.keys("b", "f")
	if f := flagsOf(t, h, id); !f.BuriedUntil.IsZero() || !f.Flagged {
		t.Fatalf("after unbury and flag: %+v", f)
	}
	h.contains("⚑ How do you ensure", "Flagged: the card is in the Flagged for practice deck.")

	// esc clears the search before it goes back; the card stays selected.
	h.keys("esc")
	h.onTop(tui.RouteBrowse)
	h.contains("/ to search the questions", "> ⚑ How do you ensure confidentiality?")
	h.keys("esc")
	h.onTop(tui.RoutePractice)
	h.contains("Flagged for practice                                         0 due ·   2 new")
}

func TestBrowseFilters(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedBrowse(t, h)
	h.open(tui.RouteBrowse, nil)
	for _, step := range []struct {
		showing string
		want    []string
		count   int
	}{
		{"due now", []string{"Tell me about yourself."}, 1},
		{"new", []string{"How do you ensure confidentiality?"}, 27},
		{"flagged", []string{"What inspired you to become a social worker?"}, 1},
		{"suspended", []string{"Describe a challenging case you handled."}, 1},
		{"buried", []string{"Give an example of how you worked with a difficult cl…"}, 1},
		{"leeches", []string{"No cards to show as leeches. Press tab to show others."}, 0},
		{"all cards", []string{"Tell me about yourself."}, 32},
	} {
		h.keys("tab")
		h.contains(append([]string{"showing " + step.showing}, step.want...)...)
		rows := 0
		for _, c := range h.m.c.Lib().Cards {
			if q := []rune(c.Question); strings.Contains(h.view(), string(q[:min(30, len(q))])) {
				rows++
			}
		}
		if step.count <= 16 && rows != step.count {
			t.Errorf("showing %s: %d rows, want %d:\n%s", step.showing, rows, step.count, h.view())
		}
	}
}

func TestBrowseWideAndCard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 200, 60)
	seedBrowse(t, h)
	h.open(tui.RouteBrowse, nil)
	h.keys("j", "j") // strengths and weaknesses: two reviews
	h.contains("What are your strengths and weaknesses?", "In review, due", "Review history", "Nov 22, 2026 5:30 pm  Good   flashcard")
	h.golden("browse-200x60")

	// enter opens the card's page: the history newest first.
	h.keys("enter")
	h.onTop(tui.RouteCard)
	v := h.view()
	if a, b := strings.Index(v, "Nov 22, 2026 5:30 pm"), strings.Index(v, "Nov 20, 2026 6:30 pm"); a < 0 || b < 0 || a > b {
		t.Errorf("history not newest first:\n%s", v)
	}
	h.golden("card-200x60")
	h.keys("f")
	h.contains("Flagged for practice: in the Flagged deck (f to unflag).", "f unflag")
	h.keys("esc")
	h.onTop(tui.RouteBrowse)
	h.contains("⚑ What are your strengths") // the browser re-read the flags

	n := newHarness(t, 80, 24)
	seedBrowse(t, n)
	n.open(tui.RouteCard, "strengths-and-weaknesses")
	n.contains("In review, due", "Seen 2 times, forgotten 0 times", "When                  Grade  Mode       Next in")
	n.golden("card-80x24")
}

// A buried card sits out the day's reviews and is back when the next study
// day begins at 4 a.m.; a suspended one stays out until unsuspended.
func TestBuriedComesBackTomorrow(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedReview(t, h, "tell-me-about-yourself", srs.Easy, testNow.AddDate(0, 0, -20))
	seedReview(t, h, "why-social-work", srs.Easy, testNow.AddDate(0, 0, -20))
	h.open(tui.RouteBrowse, nil)
	h.keys("b", "j", "s") // bury the first, suspend the second
	h.send(tui.BackMsg{})
	openDeck(t, h, "due", false)
	h.contains("Nothing is due right now.")
	h.send(tui.BackMsg{})

	h.clock = time.Date(2026, 11, 23, 3, 59, 0, 0, time.UTC)
	openDeck(t, h, "due", false)
	h.contains("Nothing is due right now.")
	h.send(tui.BackMsg{})

	h.clock = time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)
	openDeck(t, h, "due", false)
	h.contains("0 learning · 1 due · 0 new")
	if c := h.front(); c.ID != "tell-me-about-yourself" {
		t.Errorf("%s is up, want the buried card back", c.ID)
	}
}

// A card suspended in the browser sits out flashcards, cram and rehearsal.
func TestSuspendedSitsOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteBrowse, nil)
	h.keys("s") // the first card of the deck
	h.contains("Suspended: the card sits out every review")
	h.send(tui.BackMsg{})
	for _, cram := range []bool{false, true} {
		openDeck(t, h, "category/general", cram)
		if c := h.front(); c.ID == "tell-me-about-yourself" {
			t.Errorf("cram %v: the suspended card is up", cram)
		}
		h.send(tui.BackMsg{})
	}
	openRehearse(t, h, "category/general")
	h.contains("question 1 of 4")
	if h.showsCard("tell-me-about-yourself") {
		t.Error("rehearsal asks the suspended card")
	}
}

// A terminal made wide finds the selected card's history beside the list.
func TestBrowseWidened(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedBrowse(t, h)
	h.open(tui.RouteBrowse, nil)
	h.keys("j", "j")
	h.send(tea.WindowSizeMsg{Width: 200, Height: 60})
	h.contains("Review history", "Nov 22, 2026 5:30 pm  Good   flashcard")
}
