package app

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/tui"
)

// TestHomeNextAction: home says the one thing to do next, and n does it:
// the self-assessment at first, then the first unticked action of the step
// that closes the top gap, which the step opens on.
func TestHomeNextAction(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.contains("→ Next: Take the self-assessment to see where you stand", "n next action")
	h.keys("n")
	h.onTop(tui.RouteAssess)
	h.keys("esc")

	// The case manager's top gap is a license: step 4.
	h.place(placementFor(t, caseManagerAnswers))
	st, _ := h.m.c.Lib().Step(4)
	h.contains("→ Next: Step 4: Look up your state board's licensure requirements")
	h.golden("home-next-80x24")
	// Ticking that action moves the line on to the next one.
	if err := h.store.SetTick(h.m.c.Lib().Track.ID, st.ID, st.Actions[0].ID, true, testNow); err != nil {
		t.Fatal(err)
	}
	h.open(tui.RouteLadder, nil).keys("esc") // home re-reads its progress when it comes back
	second := strings.Fields(st.Actions[1].Text)
	h.contains("→ Next: Step 4: " + strings.Join(second[:3], " "))
	h.keys("n")
	h.onTop(tui.RouteStep)
	h.contains("4. Obtain licensure", "> [ ] "+strings.Join(second[:3], " "))

	wide := newHarness(t, 200, 60)
	wide.place(placementFor(t, caseManagerAnswers))
	wide.golden("home-next-200x60")
}

// TestHomeNextWithoutStore: without a database the line still comes, from
// what the session keeps.
func TestHomeNextWithoutStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, inMemory())
	h.contains("→ Next: Take the self-assessment")
	h.place(placementFor(t, caseManagerAnswers))
	h.contains("→ Next: Step 4: ")
	if strings.Count(h.view(), "→ Next") != 1 {
		t.Errorf("the line shows more than once:\n%s", h.view())
	}
}
