package ladder

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// TestSalaryTableMarksYourLevel: with a placement among the pay levels,
// that level's row starts with ▸ (colour off, the marker is the cue), at a
// width for the table and one for the stacked list.
func TestSalaryTableMarksYourLevel(t *testing.T) {
	l, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	plain := tui.NewStyles(r)
	st := &plain
	sal := l.Salary
	mark := sal.Levels[2]
	for _, w := range []int{90, 30} {
		out := ladderSalary(st, w, sal, mark.ID)
		var marked []string
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "▸ ") {
				marked = append(marked, line)
			}
			if lipgloss.Width(line) > w {
				t.Errorf("width %d: line wider than the room: %q", w, line)
			}
		}
		if len(marked) != 1 || !strings.Contains(marked[0], strings.Fields(mark.Name)[0]) {
			t.Errorf("width %d: marked rows %q, want the one for %q\n%s", w, marked, mark.Name, out)
		}
	}
	if strings.Contains(ladderSalary(st, 90, sal, ""), "▸") {
		t.Error("a marker with no placement")
	}
}
