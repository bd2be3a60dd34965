package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
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
	track := h.m.c.lib.Track.ID
	m, err := h.store.CardStates(track)
	if err != nil {
		t.Fatal(err)
	}
	before := practiceStates(m)[id]
	after := practice.Grade(h.m.c.sched, before, r, at)
	if _, err := h.store.RecordReview(gradeReview(track, id, r, practice.ModeFlashcard, at, 8*time.Second, before, after)); err != nil {
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
		if _, err := h.store.SaveAssessment(store.Assessment{Track: h.m.c.lib.Track.ID, TakenAt: testNow.AddDate(0, 0, -a.daysAgo),
			Current: "case-manager", Next: "supervisor", Readiness: a.readiness}); err != nil {
			t.Fatal(err)
		}
	}
}

// openPractice opens the practice home from home, with a placement known.
func openPractice(t testing.TB, w, hgt int, opts ...harnessOpt) *harness {
	t.Helper()
	h := newHarness(t, w, hgt, opts...)
	h.m.c.latest = supervisorPlacement()
	h.push(newPracticeHome(h.m.c))
	return h
}

func TestPracticeHomeLists(t *testing.T) {
	h := openPractice(t, 80, 24)
	h.contains("Today: 0 reviewed · 0 of 10 new cards · 0 due now", "> Your next rung: Social Services Supervisor",
		"Due now", "All questions", "Leeches", "enter flashcards")
	// A review shows up in today's progress and the deck counts when the
	// home comes back.
	seedReview(t, h, "tell-me-about-yourself", srs.Good, testNow.Add(-time.Hour))
	h.send(BackMsg{})
	h.push(newPracticeHome(h.m.c))
	h.contains("Today: 1 reviewed · 1 of 10 new cards")
	h.golden("practice-80x24")

	// The mock interview and stats are rows of the list, and keys.
	h.keys("G")
	h.contains("> Statistics", "enter open")
	h.keys("k", "enter")
	h.contains("Mock interview", "Start the interview")
}

func TestPracticeHomeWide(t *testing.T) {
	h := openPractice(t, 120, 40)
	seedHistory(t, h)
	h.send(BackMsg{})
	h.push(newPracticeHome(h.m.c))
	h.contains("Ways to study", "the first")
	h.golden("practice-120x40")
}

func TestPracticeHomeWithoutStore(t *testing.T) {
	h := newHarness(t, 80, 24, withoutStore(errors.New("disk is read-only")))
	h.push(newPracticeHome(h.m.c))
	h.contains("Progress isn't saved this session (disk is read-only)")
	// Study in memory: the grade is kept while in practice.
	h.contains("> All questions") // nothing is due: the cursor skips Due now
	h.keys("enter", "space", "3")
	h.keys("esc")
	h.contains("Today: 1 reviewed · 1 of 10 new cards")
}

func TestPracticeStartsFromOptions(t *testing.T) {
	h := newHarness(t, 80, 24, withStart("practice"))
	h.contains("Practice", "All questions")
}

func TestMemPracticeUndo(t *testing.T) {
	m := newMemPractice()
	at := testNow
	rec := func(id string, rating int, after store.CardState) {
		if _, err := m.RecordReview(store.Review{Track: "t", CardID: id, Rating: rating, ReviewedAt: at, After: after}); err != nil {
			t.Fatal(err)
		}
	}
	rec("a", 3, store.CardState{State: 1, Reps: 1})
	rec("a", 3, store.CardState{State: 2, Reps: 2})
	if n, _ := m.NewCardsReviewedOn("t", at, nil); n != 1 {
		t.Errorf("new cards %d", n)
	}
	r, ok, _ := m.UndoLastReview("t")
	if !ok || r.After.Reps != 2 {
		t.Fatalf("undo %+v %v", r, ok)
	}
	states, _ := m.CardStates("t")
	if states["a"].Reps != 0 || states["a"].State != 0 {
		// Before of the undone review was the zero state in this test.
		t.Errorf("state after undo %+v", states["a"])
	}
	m.UndoLastReview("t")
	if states, _ := m.CardStates("t"); len(states) != 0 {
		t.Errorf("states after undoing all %+v", states)
	}
	if n, _ := m.NewCardsReviewedOn("t", at, nil); n != 0 {
		t.Errorf("new cards after undo %d", n)
	}
	counts, _ := m.ReviewCountsByDay("t", at.Add(-time.Hour), at.Add(time.Hour), nil)
	if len(counts) != 0 {
		t.Errorf("counts %v", counts)
	}
}

func TestPracticeStatesRoundTrip(t *testing.T) {
	s := practice.State{Card: srs.Card{State: srs.Relearning, Step: 1, Stability: 2.5, Difficulty: 7, Due: testNow,
		LastReview: testNow.Add(-time.Hour), Reps: 9, Lapses: 8}, Leech: true}
	got := practiceStates(map[string]store.CardState{"x": storedState("t", "x", s)})["x"]
	if got != s {
		t.Errorf("round trip %+v, want %+v", got, s)
	}
	if !strings.Contains(GradeBar(&newHarness(t, 80, 24).m.c.st, &[4]time.Duration{time.Minute, 6 * time.Minute, 10 * time.Minute, 48 * time.Hour}, 78),
		"1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy 2d") {
		t.Error("grade bar")
	}
}
