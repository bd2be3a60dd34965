package app

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

func openRoadmap(t *testing.T, w, h int, opts ...harnessOpt) *harness {
	t.Helper()
	hs := newHarness(t, w, h, opts...)
	hs.open(tui.RouteRoadmap, nil)
	return hs
}

func (h *harness) ticks() map[string]bool {
	h.t.Helper()
	t, err := h.store.Ticks(h.m.c.Lib().Track.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return t
}

func TestRoadmapOpensFromHome(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	for i := 0; i < 10 && !strings.Contains(h.view(), "> Roadmap"); i++ {
		h.keys("j")
	}
	h.keys("enter")
	h.onTop(tui.RouteRoadmap)
	h.contains("The road to Director of Social Services", "0 of 60 actions done", "1. Earn a bachelor's degree")
}

func TestRoadmapTicksPersist(t *testing.T) {
	t.Parallel()
	h := openRoadmap(t, 80, 24)
	h.keys("j", "enter")
	h.onTop(tui.RouteStep)
	if got := h.top().Title(); got != "Step 2" {
		t.Fatalf("opened %s, want Step 2", got)
	}
	h.contains("2. Gain relevant work experience", "Checklist", "0 of 6 done", "> [ ] ")
	h.keys("space", "j", "x")
	h.contains("2 of 6 done", "[x]")
	got := h.ticks()
	for _, k := range []string{"work-experience/apply-entry-level", "work-experience/volunteer-special-project"} {
		if !got[k] {
			t.Errorf("tick %s not saved: %v", k, got)
		}
	}
	h.keys("x") // untick the second again
	if got := h.ticks(); len(got) != 1 || got["work-experience/volunteer-special-project"] {
		t.Errorf("untick not saved: %v", got)
	}
	h.keys("esc")
	h.onTop(tui.RouteRoadmap)
	h.contains("1 of 60 actions done", "1/6")
}

func TestRoadmapReadsSavedTicks(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	track := h.m.c.Lib().Track.ID
	for _, a := range []string{"pick-a-major", "map-coursework", "choose-field-placement", "keep-placement-contacts", "decide-on-masters"} {
		if err := h.store.SetTick(track, "bachelors-degree", a, true, testNow); err != nil {
			t.Fatal(err)
		}
	}
	h.open(tui.RouteRoadmap, nil)
	h.contains("5 of 60 actions done", "1 of 11 steps complete", "✓ 5/5")
}

func TestRoadmapTicksInMemory(t *testing.T) {
	t.Parallel()
	h := openRoadmap(t, 80, 24, withoutStore(errors.New("x")))
	h.contains("Progress isn't being saved")
	h.keys("enter")
	h.contains("Progress isn't being saved")
	h.keys("space")
	h.contains("1 of 5 done", "> [x]")
	h.keys("esc")
	h.contains("1 of 60 actions done", "1/5")
	h.keys("enter")
	h.contains("1 of 5 done") // the same session's ticks, on reopening
}

func TestStepDetailFocus(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteStep, 1)
	h.keys("tab")
	h.contains("▸ About this step")
	before := h.view()
	h.keys("j", "j", "space") // scroll, then page down: no tick while reading
	if h.view() == before {
		t.Error("j and space did not scroll the text")
	}
	h.contains("> [ ] Choose a major") // the cursor stays on the first action
	if len(h.ticks()) != 0 {
		t.Errorf("space ticked an action while the text had focus: %v", h.ticks())
	}
	h.keys("tab", "j", "j", "x")
	h.contains("▸ Checklist")
	if !h.ticks()["bachelors-degree/choose-field-placement"] {
		t.Errorf("x on the third action: %v", h.ticks())
	}
	h.keys("G", "enter")
	if !h.ticks()["bachelors-degree/decide-on-masters"] {
		t.Errorf("enter on the last action: %v", h.ticks())
	}
}

// TestStepDetailScrollsWithoutGaps: at the last action the checklist's
// rows are full (none left blank under it while actions above are hidden),
// the last action shows whole, and an arrow says more is above.
func TestStepDetailScrollsWithoutGaps(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteStep, 1)
	h.contains("> [ ] Choose a major")
	h.keys("G")
	lines := strings.Split(h.view(), "\n")
	top, about := h.row("Checklist"), h.row("About this step")
	if got := strings.TrimSpace(lines[about-2]); !strings.HasSuffix(got, "way.") {
		t.Errorf("the checklist does not end on the last action's last line: %q\n%s", got, h.view())
	}
	if strings.TrimSpace(lines[about-1]) != "" {
		t.Errorf("no blank line between the panes:\n%s", h.view())
	}
	if !strings.HasPrefix(strings.TrimSpace(lines[top+1]), "↑") {
		t.Errorf("no arrow says actions are hidden above: %q", lines[top+1])
	}
	h.contains("> [ ] Before your final year", "5/5")

	// A click on an action selects it; a second click ticks it.
	y := h.row("[ ] Ask for a field placement")
	click := tea.MouseMsg{X: 10, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}
	h.send(click)
	h.contains("> [ ] Ask for a field placement")
	h.send(tea.MouseMsg{X: 10, Y: h.row("> [ ] Ask for a field placement"), Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	if !h.ticks()["bachelors-degree/choose-field-placement"] || len(h.ticks()) != 1 {
		t.Errorf("a click on the selected action did not tick it: %v", h.ticks())
	}
}

func TestStepDetailSaveError(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteStep, 1)
	h.store.Close() // every write now fails
	h.keys("space")
	h.contains("Could not save that tick", "0 of 5 done", "> [ ]")
}

func TestStepDetailUnknownStep(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteStep, 99)
	h.keys("space", "j", "tab")
	h.contains("This track has no step 99.")
}

func TestRoadmapGolden(t *testing.T) {
	t.Parallel()
	h := openRoadmap(t, 80, 24)
	h.keys("enter", "space", "j", "space", "esc", "j", "j")
	h.golden("roadmap-80x24")

	h = openRoadmap(t, 120, 40)
	h.keys("enter", "space", "esc")
	h.golden("roadmap-120x40")

	h = openRoadmap(t, 80, 24)
	h.keys("enter", "j", "space")
	h.golden("step-80x24")

	h = openRoadmap(t, 120, 40)
	h.keys("j", "j", "enter", "space", "j")
	h.golden("step-120x40")
}

func TestRoadmapSizes(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {109, 30}, {110, 20}, {130, 40}, {200, 60}} {
		h := openRoadmap(t, sz[0], sz[1], withoutStore(errors.New("x")))
		checkSize(t, h.view(), sz[0], sz[1])
		for _, k := range []string{"G", "enter", "G", "space", "tab", "pgdown", "tab"} {
			h.keys(k)
			checkSize(t, h.view(), sz[0], sz[1])
		}
	}
}
