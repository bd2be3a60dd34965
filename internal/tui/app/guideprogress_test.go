package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// The guide as something to act on: questions starred and printed,
// negotiation's to-dos ticked, reflection prompts written about.

func (h *harness) starred() []string {
	h.t.Helper()
	ids, err := h.store.Starred(h.m.c.Lib().Track.ID, progress.StarAsk)
	if err != nil {
		h.t.Fatal(err)
	}
	return ids
}

// TestAskStarsAndPrints: space and s star a question (kept per track, and
// read back next time), e writes the starred ones as Markdown to print,
// never over an earlier list, and shows where in full.
func TestAskStarsAndPrints(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteGuidePage, 1)
	h.contains("0 starred", "> ☆ Can you describe the team dynamics", "tells you: How well the team works",
		"space/s star")
	if strings.Contains(h.view(), "e save list") {
		t.Error("help offers a list to save with nothing starred")
	}
	h.keys("space", "j", "j", "s")
	h.contains("2 starred", "★ Can you describe the team dynamics", "> ★ How does the organization handle conflict")
	h.golden("ask-80x24")
	areas := h.m.c.Lib().Guide.AskAreas
	ids := areas[0].QuestionIDs()
	if got := strings.Join(h.starred(), " "); got != ids[0]+" "+ids[2] {
		t.Errorf("kept %q, want the first and third", got)
	}
	h.keys("s") // and off again
	if got := h.starred(); len(got) != 1 {
		t.Errorf("unstarring kept %v", got)
	}

	h.keys("e")
	path := filepath.Join(h.out, "questions-to-ask-2026-11-22.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the list was not written: %v", err)
	}
	for _, want := range []string{"# Questions to ask the interviewer", "## " + areas[0].Name,
		"1. **Can you describe the team dynamics within the department?**", "*What it tells you:*"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the list lacks %q:\n%s", want, data)
		}
	}
	h.containsWrapped("Saved the list to " + path)
	h.keys("e")
	if _, err := os.Stat(filepath.Join(h.out, "questions-to-ask-2026-11-22-2.md")); err != nil {
		t.Errorf("a second list did not go beside the first: %v", err)
	}

	// Read back in a new visit.
	h.keys("esc")
	h.open(tui.RouteGuidePage, 1)
	h.contains("1 starred", "★ Can you describe the team dynamics")

	wide := newHarness(t, 200, 60)
	wide.open(tui.RouteGuidePage, 1)
	wide.keys("space", "j", "j", "s")
	wide.golden("ask-200x60")
}

// TestAskSaveError: a list that cannot be written says why.
func TestAskSaveError(t *testing.T) {
	t.Parallel()
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 80, 24, withOutDir(blocker), inMemory())
	h.open(tui.RouteGuidePage, 1)
	h.contains("stars last until you quit")
	h.keys("s", "e")
	if !h.m.status.err || !strings.HasPrefix(h.m.status.text, "Could not save the list: ") {
		t.Errorf("status %q", h.m.status.text)
	}
	h.contains("1 starred") // kept in memory
}

// TestNegotiationTicks: negotiation's to-dos tick like a roadmap step's,
// are kept apart from the roadmap's count, and the page opens where the
// person left off.
func TestNegotiationTicks(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteGuidePage, 5)
	h.contains("▸ To do · 0 of 11 done", "Research the market", "> [ ] Look up the role", "space/x tick")
	h.keys("space", "j", "x")
	h.contains("2 of 11 done", "[x] Look up the role", "> [x] Compare figures")
	h.golden("negotiation-80x24")
	strat := h.m.c.Lib().Guide.Negotiation.Strategies[0]
	tips := strat.TipIDs()
	got := h.ticks()
	for _, id := range tips[:2] {
		if !got[progress.TickKey(progress.GuideTickStep(strat.ID), id)] {
			t.Errorf("tick %s not kept: %v", id, got)
		}
	}
	h.keys("x") // untick
	if len(h.ticks()) != 1 {
		t.Errorf("untick not kept: %v", h.ticks())
	}
	// The roadmap does not count them.
	h.keys("esc")
	h.open(tui.RouteRoadmap, nil)
	h.contains("0 of 60 actions done")
	h.keys("esc")
	// Opened again, the cursor is on the first to-do not done.
	h.open(tui.RouteGuidePage, 5)
	h.contains("1 of 11 done", "> [ ] Compare figures")
	// tab reads the advice; space there pages it, and ticks nothing.
	h.keys("tab", "space")
	h.contains("▸ The advice")
	if len(h.ticks()) != 1 {
		t.Errorf("space ticked while the advice had focus: %v", h.ticks())
	}

	wide := newHarness(t, 200, 60)
	wide.open(tui.RouteGuidePage, 5)
	wide.keys("space", "j", "x")
	wide.golden("negotiation-200x60")
}

// TestStepPicksUp: a step opens on its first action not yet ticked.
func TestStepPicksUp(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	st, _ := h.m.c.Lib().Step(2)
	for _, a := range st.Actions[:2] {
		if err := h.store.SetTick(h.m.c.Lib().Track.ID, st.ID, a.ID, true, testNow); err != nil {
			t.Fatal(err)
		}
	}
	h.open(tui.RouteStep, 2)
	h.contains("> [ ] Ask to cross-train")
}

// TestRoadmapMarksGaps: with a placement, the steps that close its gaps say
// so in the list, the preview and the step.
func TestRoadmapMarksGaps(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		h := newHarness(t, sz[0], sz[1])
		h.open(tui.RouteRoadmap, nil)
		if strings.Contains(h.view(), "your gap") {
			t.Fatalf("gaps marked with no placement:\n%s", h.view())
		}
		h.place(placementFor(t, caseManagerAnswers))
		h.keys("j")
		h.contains("2. Gain relevant work experience", "your gap · 0/6", "Closes your gap: Some experience leading others")
		if strings.Contains(h.row1("1. Earn a bachelor's degree"), "your gap") {
			t.Error("step 1 is marked, though the case manager has the degree")
		}
		h.golden("roadmap-gaps-" + sizeName(sz))
		h.keys("enter")
		h.containsWrapped("Your self-assessment found a gap this step closes: Some experience leading others.")
	}
}

// row1 is the first line of the view holding s.
func (h *harness) row1(s string) string { return strings.Split(h.view(), "\n")[h.row(s)] }

func sizeName(sz [2]int) string { return fmt.Sprintf("%dx%d", sz[0], sz[1]) }

// containsWrapped fails unless the view holds s, wrapped anywhere: every
// space and line break aside.
func (h *harness) containsWrapped(s string) {
	h.t.Helper()
	squeeze := func(x string) string { return strings.Join(strings.Fields(x), "") }
	if !strings.Contains(squeeze(h.view()), squeeze(s)) {
		h.t.Fatalf("view lacks %q, even wrapped:\n%s", s, h.view())
	}
}
