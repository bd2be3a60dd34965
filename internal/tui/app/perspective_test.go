package app

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// openPerspective goes from home to the leadership perspective with keys.
func openPerspective(t *testing.T, h *harness) {
	t.Helper()
	h.keys("G")
	for range 10 {
		if strings.Contains(h.view(), "> Leadership perspective") {
			h.keys("enter")
			h.contains("› Leadership perspective")
			return
		}
		h.keys("k")
	}
	t.Fatalf("no Leadership perspective entry on home:\n%s", h.view())
}

func TestPerspectiveList(t *testing.T) {
	t.Parallel()
	p := lib(t).Perspective
	h := newHarness(t, 80, 24)
	openPerspective(t, h)
	h.contains("Leading at the top", "Source: ", "> The balcony and the dancefloor",
		"The authorizing environment", "A director has to keep moving")
	h.golden("perspective-80x24")
	h.keys("G")
	h.contains("> " + p.Insights[len(p.Insights)-1].Title)

	h = newHarness(t, 120, 40)
	openPerspective(t, h)
	h.contains("> The balcony and the dancefloor", "│ The balcony and the dancefloor", "Questions to reflect on")
	h.golden("perspective-120x40")
	h.keys("j")
	h.contains("│ The authorizing environment")
}

func TestInsightShowsPromptsAndSkills(t *testing.T) {
	t.Parallel()
	in := lib(t).Perspective.Insights[0]
	h := newHarness(t, 80, 24)
	openPerspective(t, h)
	h.keys("enter")
	h.contains("› The balcony and", "The balcony and the dancefloor", "1 of 6", "The image comes from")
	h.golden("insight-80x24")
	h.keys("G")
	h.contains("Questions to reflect on", "Related skills", "Leadership · Management")
	for i := range in.Prompts {
		h.contains(fmt.Sprintf("%d. ", i+1))
	}
	h.contains(strings.Fields(in.Prompts[len(in.Prompts)-1])[0])

	// n and p step through the insights.
	h.keys("n")
	h.contains("The authorizing environment", "2 of 6")
	h.keys("p", "p")
	h.contains("The balcony and the dancefloor", "1 of 6")
	h.keys("esc")
	h.contains("> The balcony and the dancefloor")
}

func TestPerspectiveMissing(t *testing.T) {
	t.Parallel()
	l, err := content.Load(os.DirFS("../../../testdata/tracks/library"))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 80, 24, withLibrary(l))
	if strings.Contains(h.view(), "Leadership perspective") {
		t.Errorf("home offers a perspective the track lacks:\n%s", h.view())
	}
	h.open(tui.RoutePerspective, nil)
	h.contains("This track has no leadership perspective yet.")
	h.keys("j", "enter") // nothing to open, nothing breaks
	h.contains("This track has no leadership perspective yet.")
}
