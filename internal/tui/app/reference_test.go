package app

import (
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// openReference goes from home to the FAQ and reference with keys.
func openReference(t *testing.T, h *harness) {
	t.Helper()
	h.keys("G", "k") // the last entry is Switch track
	h.contains("> FAQ and reference")
	h.keys("enter")
	h.contains("› FAQ and reference")
}

func TestReferenceTabs(t *testing.T) {
	t.Parallel()
	l := lib(t)
	h := newHarness(t, 80, 24)
	openReference(t, h)
	h.contains("[ FAQ ]", "  Specializations  ", "> "+l.FAQ[0].Question, "At a minimum")
	h.golden("reference-80x24")

	h.keys("j")
	h.contains("> "+l.FAQ[1].Question, "Expect to need several years")

	h.keys("tab")
	h.contains("[ Specializations ]", "  FAQ  ", "> Clinical Social Work", "Where they work")
	h.keys("j")
	h.contains("> School Social Work", "School social workers")
	h.keys("right")
	h.contains("[ Core duties ]", "> Assessment and Evaluation")
	h.keys("tab")                                 // wraps round
	h.contains("[ FAQ ]", "> "+l.FAQ[1].Question) // each tab keeps its place
	h.keys("shift+tab")
	h.contains("[ Core duties ]")
	h.keys("left")
	h.contains("[ Specializations ]", "> School Social Work")

	h = newHarness(t, 120, 40)
	openReference(t, h)
	h.contains("[ FAQ ]", "│ What education do you need", "At a minimum")
	h.golden("reference-120x40")
}

func TestReferenceHidesEmptyTabs(t *testing.T) {
	t.Parallel()
	l := *lib(t)
	l.Specializations = nil
	h := newHarness(t, 80, 24, withLibrary(&l))
	h.open(tui.RouteReference, nil)
	if strings.Contains(h.view(), "Specializations") {
		t.Errorf("an empty tab is shown:\n%s", h.view())
	}
	h.keys("tab")
	h.contains("[ Core duties ]")
	h.keys("tab")
	h.contains("[ FAQ ]")

	// A track with none of it says so.
	l2, err := content.Load(os.DirFS("../../../testdata/tracks/library"))
	if err != nil {
		t.Fatal(err)
	}
	h = newHarness(t, 80, 24, withLibrary(l2))
	if strings.Contains(h.view(), "FAQ and reference") {
		t.Errorf("home offers reference material the track lacks:\n%s", h.view())
	}
	h.open(tui.RouteReference, nil)
	h.contains("This track has no FAQ or reference material yet.")
	h.keys("tab", "j")
	h.contains("This track has no FAQ or reference material yet.")
}

// TestBrowseScreensFit opens every browsing screen at the smallest, the
// usual and a large size: nothing may overflow the terminal.
func TestBrowseScreensFit(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{60, 16}, {80, 24}, {109, 30}, {110, 30}, {200, 60}} {
		for _, s := range []struct {
			name  string
			route tui.Route
			arg   any
			keys  []string
		}{
			{"skills", tui.RouteSkills, nil, []string{"G"}},
			{"skills-filter", tui.RouteSkills, nil, []string{"/", "c", "o"}},
			{"skill", tui.RouteSkill, "leadership", []string{"G"}},
			{"perspective", tui.RoutePerspective, nil, []string{"G"}},
			{"insight", tui.RouteInsight, 5, []string{"G"}},
			{"reference", tui.RouteReference, nil, []string{"tab", "G", "pgdown"}},
		} {
			h := newHarness(t, size[0], size[1])
			h.open(s.route, s.arg)
			checkSize(t, h.view(), size[0], size[1])
			h.keys(s.keys...)
			v := h.view()
			checkSize(t, v, size[0], size[1])
			if !strings.Contains(v, "> ") && s.name != "skill" && s.name != "insight" {
				t.Errorf("%s at %dx%d shows no selection:\n%s", s.name, size[0], size[1], v)
			}
		}
	}
}

func TestBrowseScreensMouse(t *testing.T) {
	t.Parallel()
	click := func(x, y int) tea.MouseMsg {
		// Screen coordinates: the root takes off the header line and the margin.
		return tea.MouseMsg{X: x + 1, Y: y + 1, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}
	}
	h := newHarness(t, 80, 24)
	h.open(tui.RouteReference, nil)
	h.send(click(12, 0)) // the second tab
	h.contains("[ Specializations ]")
	h.send(click(4, 4)) // the third row of the list
	h.contains("> Healthcare Social Work")

	h = newHarness(t, 80, 24)
	h.open(tui.RouteSkills, nil)
	h.send(click(4, 4)) // the second skill
	h.contains("> Communication ")
	h.send(click(4, 4)) // a second click opens it
	h.contains("Skills › Communication")
}
