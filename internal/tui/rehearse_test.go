package tui

import (
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
)

// openRehearse opens rehearsal of a deck straight from the harness.
func openRehearse(t testing.TB, h *harness, id string) *rehearse {
	t.Helper()
	d, ok := practice.FindDeck(practice.Decks(h.m.c.lib, h.m.c.latest), id)
	if !ok {
		t.Fatalf("no deck %s", id)
	}
	r := newRehearse(h.m.c, h.m.c.progress.Reviews(), d)
	h.push(r)
	return r
}

// rehearseAnswer is a typed STAR answer to "difficult-client" that makes
// some of its points, with a filler and a number.
const rehearseAnswer = "Last year I worked with a father who shouted at me in our first meeting. " +
	"My task was to get him to engage with the case plan. I asked, um, why he was so upset, and we set up weekly calls. " +
	"In the end he came to all 12 sessions."

func TestRehearseFeedback(t *testing.T) {
	h := newHarness(t, 80, 24)
	r := openRehearse(t, h, "category/behavioral")
	if r.card == nil || !r.Capturing() {
		t.Fatalf("rehearse did not open on a question with the box focused")
	}
	h.contains("Rehearse: Behavioral", "question 1 of 3", "answer with a STAR story", "no timer", "ctrl+s submit")
	h.golden("rehearse-80x24")
	// q is typed, not a way out, while the box has focus.
	h.typeText("q")
	if h.m.top() != r || r.box.Value() != "q" {
		t.Fatalf("q left the screen or was not typed: %q", r.box.Value())
	}
	h.keys("backspace")
	// An empty answer is refused.
	h.keys("ctrl+s")
	h.contains("Type an answer first")
	if r.phase != rehearseTyping {
		t.Fatal("an empty answer was submitted")
	}
}

func TestRehearseFeedbackWideAndGrade(t *testing.T) {
	h := newHarness(t, 120, 40)
	r := openRehearse(t, h, "category/behavioral")
	for r.card.ID != "difficult-client" {
		h.keys("esc", "n") // stop typing, skip
	}
	h.clock = testNow.Add(95 * time.Second)
	h.typeText(rehearseAnswer)
	h.contains("50 words · about 0:23 spoken")
	h.keys("ctrl+s")
	if r.phase != rehearseFeedback {
		t.Fatal("no feedback after ctrl+s")
	}
	h.contains("Key points:", "[x]", "[ ]", "said:", "try:", "STAR story: 4 of 4 parts", "Fillers: 1 (um ×1)",
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
	if r.phase != rehearseDone {
		t.Errorf("after grading the last question: phase %v card %v", r.phase, r.card)
	}
	h.contains("Saved Good: that question comes back in 10m.", "That's every question in this deck.", "graded 1")
}

func TestRehearseTimer(t *testing.T) {
	h := newHarness(t, 80, 24)
	r := openRehearse(t, h, "category/legal-ethical")
	h.keys("ctrl+t")
	if !r.timerOn {
		t.Fatal("ctrl+t did not turn the timer on")
	}
	h.contains("2:00 left")
	// Timers are off in tests: time passes on the clock, and the screen reads
	// it at the next message.
	h.clock = testNow.Add(150 * time.Second)
	h.typeText("I keep records locked and share only with consent or when the law requires it.")
	h.contains("time's up +0:30")
	h.keys("ctrl+s")
	h.contains("You took 2:30, 0:30 over the 2:00 timer.")
	// e goes back to the answer, which is kept.
	h.keys("e")
	if r.phase != rehearseTyping || r.box.Value() == "" {
		t.Errorf("edit: phase %v, answer %q", r.phase, r.box.Value())
	}
	h.keys("ctrl+t")
	if r.timerOn {
		t.Error("ctrl+t did not turn the timer off")
	}
}

func TestRehearseStopTypingAndLeave(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.push(newPracticeHome(h.m.c))
	h.keys("j", "j", "r") // All questions, rehearse
	r, ok := h.m.top().(*rehearse)
	if !ok {
		t.Fatalf("r opened %T", h.m.top())
	}
	h.keys("esc")
	if r.Capturing() {
		t.Fatal("esc did not stop typing")
	}
	h.contains("paused: enter to type, n to skip")
	h.keys("enter")
	if !r.Capturing() {
		t.Fatal("enter did not resume typing")
	}
	h.keys("esc", "esc")
	if _, ok := h.m.top().(*practiceHome); !ok {
		t.Errorf("esc twice left %T on top", h.m.top())
	}
}
