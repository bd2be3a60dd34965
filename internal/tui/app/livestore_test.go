package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// TestReviewsBeforeTheDatabaseOpens: `rung practice` draws before the
// database has opened, so the first grades go to memory; when it opens, they
// are copied in and later grades go straight to it. None is lost.
func TestReviewsBeforeTheDatabaseOpens(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withStart("practice"), withoutStore(nil))
	h.keys("enter", "space", "3", "space", "3")
	h.contains("2 learning")
	if got, _ := h.store.CardStates(h.m.c.Lib().Track.ID); len(got) != 0 {
		t.Fatalf("the database has %d card states before it was attached", len(got))
	}

	// What the background open command does once the file is open.
	h.send(storeOpenedMsg{s: h.store, copyErr: h.m.c.Progress().Attach(h.store)})
	track := h.m.c.Lib().Track.ID
	states, err := h.store.CardStates(track)
	if err != nil || len(states) != 2 {
		t.Fatalf("after attach: %d card states (%v), want the 2 graded", len(states), err)
	}
	h.contains("2 learning")
	if v := h.view(); strings.Contains(v, "isn't saved") {
		t.Errorf("still says progress isn't saved:\n%s", v)
	}

	h.keys("space", "3")
	revs, err := h.store.ReviewsSince(track, testNow.Add(-time.Hour))
	if err != nil || len(revs) != 3 {
		t.Fatalf("%d reviews in the log (%v), want 3", len(revs), err)
	}
	// Undo reaches the database too.
	h.keys("u")
	if revs, _ = h.store.ReviewsSince(track, testNow.Add(-time.Hour)); len(revs) != 2 {
		t.Errorf("after undo: %d reviews, want 2", len(revs))
	}
}

// TestPracticeHearsOfTheSavedPlacement: with `rung practice`, Practice may
// load before home has read the saved placement; when home reads it, every
// screen hears, and Practice adds the next rung's deck.
func TestPracticeHearsOfTheSavedPlacement(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withStart("practice"))
	if strings.Contains(h.view(), "Your next rung") {
		t.Fatalf("a next-rung deck with no placement:\n%s", h.view())
	}
	saveRatings(t, h, map[string]int{"leadership": 2})
	h.run(h.m.stack[0].Init()) // home reads the placement after Practice loaded
	h.contains("> Your next rung: Social Services Supervisor")
	// Once the person has moved, the cursor is theirs: it stays on its deck.
	h.keys("down", "down")
	h.contains("> All questions")
	h.send(tui.AssessedMsg{Placement: *h.m.c.Latest(), At: testNow})
	h.contains("> All questions")
}

// TestDraftWhenTheDatabaseOpensLate: the questionnaire opened before the
// database had; when it opens, the unfinished answers come back.
func TestDraftWhenTheDatabaseOpensLate(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(nil))
	if err := h.store.SetSetting(progress.DraftKey("social-services"), `{"current_role":"case-manager","years_experience":7}`); err != nil {
		t.Fatal(err)
	}
	h.keys("enter") // Self-assessment
	h.contains("Question 1 of")
	h.send(storeOpenedMsg{s: h.store, copyErr: h.m.c.Progress().Attach(h.store)})
	// It opens on the first question without an answer: years in the role.
	h.contains("How many whole years have you been in that role?", "Picked up your unfinished answers")
	h.keys("shift+tab")
	h.contains("(*) 3. Case Manager")
}
