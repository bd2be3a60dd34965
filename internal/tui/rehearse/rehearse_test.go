package rehearse

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
	"github.com/rung-career/rung/internal/tuitest"
)

// unsafeAbuseAnswer is a typed answer to "suspected-child-abuse" that a
// panel would fail: it raises three red flags.
const unsafeAbuseAnswer = "I'd talk to the parents first to hear their side, and I'd ask the child in detail " +
	"what happened. I'd want to investigate it myself before deciding whether to report, so I'd wait until I had proof."

// feedbackOn is a rehearsal screen showing the feedback on answer to card id.
func feedbackOn(t *testing.T, id, answer string) *rehearse {
	t.Helper()
	c := tuitest.Context(t, nil)
	lib := c.Lib()
	card, ok := lib.Card(id)
	if !ok {
		t.Fatalf("no card %s", id)
	}
	s := New(c, practice.Deck{}).(*rehearse)
	s.card, s.answer, s.fb, s.phase = card, answer, practice.Analyze(*card, answer), rehearseFeedback
	return s
}

// Red flags come first, before the key points; the card's "how to answer"
// and example answer come after the feedback, side by side when wide.
func TestRedFlagsFirstThenExample(t *testing.T) {
	r := feedbackOn(t, "suspected-child-abuse", unsafeAbuseAnswer)
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
		if sameLine != (width >= tui.TextBeside) {
			t.Errorf("width %d: how and example side by side = %v", width, sameLine)
		}
		for _, l := range strings.Split(text, "\n") {
			if lipgloss.Width(l) > width {
				t.Errorf("width %d: line %d wide: %q", width, lipgloss.Width(l), l)
			}
		}
	}
}

// pointDetail says why a key point was or was not made, in that order of
// precedence: made, contradicted, only listed, what to add, what to try.
func TestPointDetail(t *testing.T) {
	for _, tc := range []struct {
		p    practice.PointResult
		want string
	}{
		{practice.PointResult{Covered: true, Matched: []string{"safety plan", "risk"}}, "said: “safety plan”, “risk”"},
		{practice.PointResult{Against: []string{"in detail"}, Say: "x"}, "you said: “in detail”"},
		{practice.PointResult{Listed: []string{"supervision"}}, "only in a list: “supervision”"},
		{practice.PointResult{Say: "that you would report the same day", Missing: []string{"report"}}, "add: that you would report the same day"},
		{practice.PointResult{Negated: true, Missing: []string{"investigate"}}, "say what you would not do: investigate"},
		{practice.PointResult{Missing: []string{"a", "b"}}, "try: a, b"},
		{practice.PointResult{}, ""},
	} {
		if got := pointDetail(tc.p); got != tc.want {
			t.Errorf("pointDetail(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}

// After the red flags it raised, the feedback lists the card's other red
// flags for the person to check their answer against: the reading catches
// only some wordings, and says so.
func TestSelfCheckAfterTheFeedback(t *testing.T) {
	r := feedbackOn(t, "suspected-child-abuse", unsafeAbuseAnswer)
	for _, width := range []int{80, 200} {
		text := r.feedbackText(width)
		check := strings.Index(text, "Check it yourself")
		if check < 0 || !strings.Contains(text, "rung recognises only some of the ways these are said") {
			t.Fatalf("width %d: no self-check:\n%s", width, text)
		}
		rest := text[check:]
		if !strings.Contains(rest, "• Promises the child secrecy") {
			t.Errorf("width %d: the self-check lacks a flag the answer did not raise:\n%s", width, rest)
		}
		for _, raised := range r.fb.RedFlags {
			if strings.Contains(rest[:strings.Index(rest, "How to answer")], raised.Label) {
				t.Errorf("width %d: %q was raised yet is listed to check", width, raised.Label)
			}
		}
	}
}
