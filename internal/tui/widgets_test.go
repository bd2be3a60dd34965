package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestMenuWrapsDescriptions: with wrapDesc, a description too wide for one
// line takes two; the window keeps the cursor in view, and a click lands
// on the item drawn at that row.
func TestMenuWrapsDescriptions(t *testing.T) {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	st := NewStyles(r)
	long := "you reported a bachelor's degree; Supervisor asks for a master's degree or higher"
	m := newMenu([]item{
		{title: "one", desc: "short"},
		{title: "two", desc: long},
		{title: "three", desc: "short"},
		{title: "four", desc: long},
	}, true)
	m.wrapDesc = true

	v := m.view(&st, 50, 20)
	if !strings.Contains(v, "master's degree or higher") || strings.Contains(v, "…") {
		t.Errorf("the long description was cut, not wrapped:\n%s", v)
	}
	if got := lipgloss.Height(v); got != 2+3+2+3 {
		t.Errorf("height %d, want 10 (rows of 2, 3, 2 and 3 lines):\n%s", got, v)
	}
	for y, want := range map[int]int{0: 0, 1: 0, 2: 1, 4: 1, 5: 2, 7: 3, 9: 3} {
		m.cursor = -1
		if !m.click(y) || m.cursor != want {
			t.Errorf("click at row %d selected %d, want %d", y, m.cursor, want)
		}
	}
	if m.click(10) {
		t.Error("a click below the last item selected something")
	}

	// In 6 rows, the last item (3 rows) is shown with the one before it.
	m.cursor = 3
	v = m.view(&st, 50, 6)
	if !strings.Contains(v, "> four") || !strings.Contains(v, "4/4") || strings.Contains(v, "one") {
		t.Errorf("window at the end:\n%s", v)
	}
	// At a width where everything fits, rows are two lines again.
	m.cursor = 0
	if got := lipgloss.Height(m.view(&st, 120, 20)); got != 8 {
		t.Errorf("height %d at 120 wide, want 8", got)
	}
}
