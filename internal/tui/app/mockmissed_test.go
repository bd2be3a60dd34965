package app

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// An empty answer asks before the question is skipped: enter, y or ctrl+s
// again skip it; esc or n go back to typing.
func TestMockEmptyAnswerAsksFirst(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteMock, nil)
	h.keys("enter")
	ask := "Nothing typed for this question: enter or y skips it, esc goes back to typing."
	h.keys("ctrl+s")
	h.contains("Question 1 of 6", ask, "enter/y skip question", "esc back to typing")
	if h.typing() {
		t.Fatal("the box still takes keys while asking")
	}
	h.golden("mock-skip-80x24")
	h.keys("esc")
	h.onTop(tui.RouteMock)
	if !h.typing() || strings.Contains(h.view(), ask) {
		t.Fatalf("esc did not go back to typing:\n%s", h.view())
	}
	h.typeText("   ") // only spaces: still nothing
	h.keys("ctrl+s")
	h.contains(ask)
	h.keys("n")
	h.contains("Question 1 of 6")
	for i, skip := range []string{"y", "enter", "ctrl+s"} {
		h.keys("ctrl+s")
		h.contains(ask)
		h.keys(skip)
		h.contains("Question " + string(rune('2'+i)) + " of 6")
	}
	// Paused, then submitted empty: the same question, and esc types on.
	h.keys("esc", "ctrl+s")
	h.contains(ask)
	h.keys("esc")
	if !h.typing() {
		t.Fatal("esc after a paused empty submit did not go back to typing")
	}
	// An answer with words goes straight on.
	h.typeText("I would listen first.")
	h.keys("ctrl+s")
	h.contains("Question 5 of 6")
}

// The paused line keeps its keys in view at 80 columns and at the smallest
// size.
func TestMockPausedHintFits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		w, h int
		want string
	}{
		{80, 24, "0 words · paused, the clock runs: enter to go on, q to leave without saving"},
		{60, 16, "0 words · paused: enter goes on, q leaves unsaved"},
		{120, 40, "0 words · paused (the clock still runs): enter to go on, q to leave without saving"},
	} {
		h := newHarness(t, tc.w, tc.h, inMemory())
		h.open(tui.RouteMock, nil)
		h.keys("enter", "esc")
		h.contains(tc.want)
	}
}

// The summary offers the missed questions again: as flashcards (flagged,
// so the Flagged for practice deck holds them) and as a short mock of just
// those.
func TestMockMissedRetryAndFlag(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RoutePractice, nil)
	h.keys("m", "down", "left", "enter") // four questions
	var asked []*content.Card
	for range 4 {
		asked = append(asked, h.cardShown())
		h.keys("ctrl+s")
		if len(asked) < 4 {
			h.keys("y")
		}
	}
	// The golden is taken before the transcript is written: its path (a
	// temporary folder) differs from run to run.
	_, save := h.m.Update(keyMsg("y"))
	h.contains("Mock interview done", "r retry the 4 missed", "f add missed to flashcards")
	h.says("Missed: 4 of 4 a panel would mark these down", "(no answer)",
		"r to retry just these in a short mock, f to add them to your flashcards (the Flagged for practice deck).")
	h.golden("mock-missed-80x24")
	h.run(save)
	h.says("Transcript saved to: " + h.out) // whole, not cut at the edge

	h.keys("f")
	h.contains("Added 4 questions to Flagged for practice")
	h.says("In your flashcards: the Flagged for practice deck on the Practice screen holds them.")
	if strings.Contains(h.view(), "f add missed") {
		t.Error("f is still offered after the questions were added")
	}
	flags, err := h.store.CardFlags(h.m.c.Lib().Track.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range asked {
		if !flags[c.ID].Flagged {
			t.Errorf("%s is not flagged", c.ID)
		}
	}

	// r: a new mock of the four, in the order asked.
	h.keys("r")
	h.contains("Question 1 of 4", "Retrying the 4 questions you missed.")
	for i, c := range asked {
		if !h.showsCard(c.ID) {
			t.Fatalf("retry question %d is not %s:\n%s", i+1, c.ID, h.view())
		}
		h.typeText(c.Example)
		h.keys("ctrl+s")
	}
	h.contains("Mock interview done")

	// The flagged deck holds them.
	h.keys("q", "y")
	h.onTop(tui.RoutePractice)
	h.contains("Flagged for practice                                         0 due ·   4 new")
}
