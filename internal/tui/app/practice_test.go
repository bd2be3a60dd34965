package app

import (
	"errors"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

// withNewPerDay sets the daily new-card limit.
func withNewPerDay(n int) harnessOpt { return func(o *Options) { o.NewCardsPerDay = n } }

// supervisorPlacement is a placement one rung below supervisor, with gaps in
// leadership and management.
func supervisorPlacement() *assess.Placement {
	return &assess.Placement{Current: "case-manager", CurrentSource: "stated", Next: "supervisor", Readiness: 62,
		Gaps: []assess.Check{{ID: "lead", Label: "Leadership", Skills: []string{"leadership", "management"}}}}
}

// seedReview records one review of a card in the harness store at at, from
// the card's stored state, as the flashcards would.
func seedReview(t testing.TB, h *harness, id string, r srs.Rating, at time.Time) practice.State {
	t.Helper()
	track := h.m.c.Lib().Track.ID
	m, err := h.store.CardStates(track)
	if err != nil {
		t.Fatal(err)
	}
	before := progress.States(m)[id]
	after := practice.Grade(h.m.c.Scheduler(), before, r, at)
	if _, err := h.store.RecordReview(progress.Review(track, id, r, practice.ModeFlashcard, at, 8*time.Second, before, after)); err != nil {
		t.Fatal(err)
	}
	return after
}

// seedHistory gives the harness store some weeks of reviews (the general
// deck studied most evenings) and two saved assessments.
func seedHistory(t testing.TB, h *harness) {
	t.Helper()
	ids := []string{"tell-me-about-yourself", "why-social-work", "strengths-and-weaknesses", "what-inspired-you",
		"working-with-diverse-populations", "challenging-case", "difficult-client", "handling-a-crisis"}
	start := testNow.AddDate(0, 0, -60)
	for d := 0; d <= 60; d++ {
		if d%7 == 3 || d%11 == 5 {
			continue // some days off
		}
		at := start.AddDate(0, 0, d).Add(-time.Hour)
		for i, id := range ids {
			if i > d/6+1 {
				break
			}
			rating := srs.Good
			if (d+i)%5 == 0 {
				rating = srs.Again
			}
			for rep := 0; rep < 1+(d%4); rep++ {
				seedReview(t, h, id, rating, at.Add(time.Duration(i*10+rep)*time.Minute))
			}
		}
	}
	for _, a := range []struct {
		daysAgo, readiness int
	}{{50, 35}, {20, 51}, {2, 62}} {
		if _, err := h.store.SaveAssessment(store.Assessment{Track: h.m.c.Lib().Track.ID, TakenAt: testNow.AddDate(0, 0, -a.daysAgo),
			Current: "case-manager", Next: "supervisor", Readiness: a.readiness}); err != nil {
			t.Fatal(err)
		}
	}
}

// openPractice opens the practice home from home, with a placement known.
func openPractice(t testing.TB, w, hgt int, opts ...harnessOpt) *harness {
	t.Helper()
	h := newHarness(t, w, hgt, opts...)
	h.m.c.SetLatest(*supervisorPlacement(), testNow)
	h.open(tui.RoutePractice, nil)
	return h
}

func TestPracticeHomeLists(t *testing.T) {
	t.Parallel()
	h := openPractice(t, 80, 24)
	h.contains("Today: 0 reviewed · 0 of 10 new cards · 0 due now", "> Your next rung: Social Services Supervisor",
		"Due now", "All questions", "Leeches", "enter flashcards")
	// A review shows up in today's progress and the deck counts when the
	// home comes back.
	seedReview(t, h, "tell-me-about-yourself", srs.Good, testNow.Add(-time.Hour))
	h.send(tui.BackMsg{})
	h.open(tui.RoutePractice, nil)
	h.contains("Today: 1 reviewed · 1 of 10 new cards")
	h.golden("practice-80x24")

	// The mock interview, the stories, stats, the card browser and the
	// settings are rows of the list, and most are keys too.
	h.keys("G")
	h.contains("> Settings", "10 new · 90%", "enter open")
	h.keys("k")
	h.contains("> Browse cards", "enter browse")
	h.keys("k")
	h.contains("> Statistics", "enter open")
	h.keys("k")
	h.contains("> My stories")
	h.keys("k", "enter")
	h.contains("Mock interview", "Start the interview")
}

func TestPracticeHomeWide(t *testing.T) {
	t.Parallel()
	h := openPractice(t, 120, 40)
	seedHistory(t, h)
	h.send(tui.BackMsg{})
	h.open(tui.RoutePractice, nil)
	h.contains("Ways to study", "the first")
	h.golden("practice-120x40")
}

func TestPracticeHomeWithoutStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(errors.New("disk is read-only")))
	h.open(tui.RoutePractice, nil)
	h.contains("Progress isn't saved this session (disk is read-only)")
	// Study in memory: the grade is kept while in practice.
	h.contains("> All questions") // nothing is due: the cursor skips Due now
	h.keys("enter", "space", "3")
	h.keys("esc")
	h.contains("Today: 1 reviewed · 1 of 10 new cards")
}

func TestPracticeStartsFromOptions(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withStart("practice"))
	h.contains("Practice", "All questions")
}
