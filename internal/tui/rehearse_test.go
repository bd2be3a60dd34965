package tui

import (
	"strings"
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
	r := newRehearse(h.m.c, h.m.c.store, d)
	h.send(pushMsg{r})
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
	h.send(pushMsg{newPracticeHome(h.m.c)})
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

// unsafeAbuseAnswer is a typed answer to "suspected-child-abuse" that a panel
// would fail: it raises three red flags.
const unsafeAbuseAnswer = "I'd talk to the parents first to hear their side, and I'd ask the child in detail " +
	"what happened. I'd want to investigate it myself before deciding whether to report, so I'd wait until I had proof."

// Red flags come first, before the key points; the card's "how to answer"
// and example answer come after the feedback, side by side when wide.
func TestRehearseRedFlagsFirstThenExample(t *testing.T) {
	h := newHarness(t, 80, 24)
	r := openRehearse(t, h, "category/situational")
	for r.card.ID != "suspected-child-abuse" {
		h.keys("esc", "n")
	}
	h.typeText(unsafeAbuseAnswer)
	h.keys("ctrl+s")
	h.contains("3 red flags · 0/6 key points", "Red flags: 3", "Confronts the suspected abuser: you wrote")
	h.golden("rehearse-flags-80x24")

	for _, width := range []int{80, 200} {
		text := r.feedbackText(width)
		at := func(s string) int {
			i := strings.Index(text, s)
			if i < 0 {
				t.Fatalf("width %d: no %q in the feedback:\n%s", width, s, text)
			}
			return i
		}
		flags, points, how, example := at("Red flags: 3"), at("Key points: 0 of 6 made"), at("How to answer"), at("Example answer")
		if !(flags < points && points < how && how <= example) {
			t.Errorf("width %d: red flags %d, key points %d, how %d, example %d: out of order", width, flags, points, how, example)
		}
		at("you wrote “wait until I had proof”")
		at("you said: “in detail”")
		// Red flag findings are not listed twice.
		if strings.Count(text, "Waits for proof before reporting") != 1 {
			t.Errorf("width %d: a red flag shown more than once:\n%s", width, text)
		}
		// Wide: "how to answer" and the example share a line.
		sameLine := false
		for _, l := range strings.Split(text, "\n") {
			if strings.Contains(l, "How to answer") && strings.Contains(l, "Example answer") {
				sameLine = true
			}
		}
		if sameLine != (width >= 100) {
			t.Errorf("width %d: how and example side by side = %v", width, sameLine)
		}
	}
}
