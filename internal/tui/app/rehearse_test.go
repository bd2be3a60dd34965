package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// openRehearse opens rehearsal of a deck straight from the harness.
func openRehearse(t testing.TB, h *harness, id string) {
	t.Helper()
	d, ok := practice.FindDeck(practice.Decks(h.m.c.Lib(), h.m.c.Latest()), id)
	if !ok {
		t.Fatalf("no deck %s", id)
	}
	h.open(tui.RouteRehearse, d)
}

// typing reports whether the screen on top has a text field in focus,
// taking every key.
func (h *harness) typing() bool { return h.top().Capturing() }

// rehearseAnswer is a typed STAR answer to "difficult-client" that makes
// some of its points, with a filler and a number.
const rehearseAnswer = "Last year I worked with a father who shouted at me in our first meeting. " +
	"My task was to get him to engage with the case plan. I asked, um, why he was so upset, and we set up weekly calls. " +
	"In the end he came to all 12 sessions."

func TestRehearseFeedback(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openRehearse(t, h, "category/behavioral")
	if h.cardShown() == nil || !h.typing() {
		t.Fatalf("rehearse did not open on a question with the box focused")
	}
	h.contains("Rehearse: Behavioral", "question 1 of 3", "answer with a STAR story", "no timer", "ctrl+s submit")
	h.golden("rehearse-80x24")
	// q is typed, not a way out, while the box has focus.
	h.typeText("q")
	h.onTop(tui.RouteRehearse)
	h.contains("1 word ·") // the q, typed
	h.keys("backspace")
	// An empty answer is refused.
	h.keys("ctrl+s")
	h.contains("Type an answer first")
	if !h.typing() || strings.Contains(h.view(), "Key points:") {
		t.Fatal("an empty answer was submitted")
	}
}

func TestRehearseFeedbackWideAndGrade(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	openRehearse(t, h, "category/behavioral")
	for i := 0; i < 5 && !h.showsCard("difficult-client"); i++ {
		h.keys("esc", "n") // stop typing, skip
	}
	h.clock = testNow.Add(95 * time.Second)
	h.typeText(rehearseAnswer)
	h.contains("50 words · about 0:23 spoken")
	h.keys("ctrl+s")
	if !strings.Contains(h.view(), "Key points:") {
		t.Fatalf("no feedback after ctrl+s:\n%s", h.view())
	}
	h.contains("Key points:", "[x]", "[ ]", "said:", "add:", "STAR story: 4 of 4 parts", "Fillers: 1 (um ×1)",
		"Numbers: yes", "I vs we:", "What the feedback found", "You took 1:35", "1 Again 1m")
	h.golden("rehearse-feedback-120x40")

	// Grading records a rehearse review with the time taken, and moves on.
	h.keys("3")
	rs := reviewsOf(t, h)
	if len(rs) != 1 || rs[0].CardID != "difficult-client" || rs[0].Mode != "rehearse" || rs[0].Rating != 3 ||
		rs[0].DurationMS != 95000 {
		t.Fatalf("reviews %+v", rs)
	}
	// It was the deck's last question.
	if c := h.cardShown(); c != nil {
		t.Errorf("after grading the last question, %s shows", c.ID)
	}
	h.contains("Saved Good: that question comes back in 10m.", "That's every question in this deck.", "graded 1")
}

func TestRehearseTimer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openRehearse(t, h, "category/legal-ethical")
	h.keys("ctrl+t")
	h.contains("2:00 left") // the timer is on
	// Timers are off in tests: time passes on the clock, and the screen reads
	// it at the next message.
	h.clock = testNow.Add(150 * time.Second)
	h.typeText("I keep records locked and share only with consent or when the law requires it.")
	h.contains("time's up +0:30")
	h.keys("ctrl+s")
	h.contains("You took 2:30, 0:30 over the 2:00 timer.")
	// e goes back to the answer, which is kept.
	h.keys("e")
	if !h.typing() || !strings.Contains(h.view(), "I keep records locked") {
		t.Errorf("edit did not go back to the answer, kept:\n%s", h.view())
	}
	h.keys("ctrl+t")
	h.contains("no timer")
}

func TestRehearseStopTypingAndLeave(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RoutePractice, nil)
	h.keys("j", "j", "r") // All questions, rehearse
	h.onTop(tui.RouteRehearse)
	h.keys("esc")
	if h.typing() {
		t.Fatal("esc did not stop typing")
	}
	h.contains("paused: enter to type, n to skip")
	h.keys("enter")
	if !h.typing() {
		t.Fatal("enter did not resume typing")
	}
	h.keys("esc", "esc")
	h.onTop(tui.RoutePractice)
}

// An answer a panel would fail shows its red flags first, on the screen
// as the person sees it.
func TestRehearseRedFlagsOnScreen(t *testing.T) {
	h := newHarness(t, 80, 24)
	openRehearse(t, h, "category/situational")
	for i := 0; !h.showsCard("suspected-child-abuse"); i++ {
		if i > 50 {
			t.Fatal("never reached suspected-child-abuse")
		}
		h.keys("esc", "n")
	}
	h.typeText("I'd talk to the parents first to hear their side, and I'd ask the child in detail " +
		"what happened. I'd want to investigate it myself before deciding whether to report, so I'd wait until I had proof.")
	h.keys("ctrl+s")
	h.contains("3 red flags · 0/6 key points", "Red flags: 3", "Confronts the suspected abuser: you wrote")
	h.golden("rehearse-flags-80x24")
}
