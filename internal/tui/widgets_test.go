package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestMenuWrapsDescriptions: with wrapDesc, a description too wide for one
// line takes two; the window keeps the cursor in view, and a click lands
// on the item drawn at that row.
func TestMenuWrapsDescriptions(t *testing.T) {
	st := plainStyles()
	long := "you reported a bachelor's degree; Supervisor asks for a master's degree or higher"
	m := NewMenu([]Item{
		{Title: "one", Desc: "short"},
		{Title: "two", Desc: long},
		{Title: "three", Desc: "short"},
		{Title: "four", Desc: long},
	}, true)
	m.WrapDesc = true

	v := m.View(st, 50, 20)
	if !strings.Contains(v, "master's degree or higher") || strings.Contains(v, "…") {
		t.Errorf("the long description was cut, not wrapped:\n%s", v)
	}
	if got := lipgloss.Height(v); got != 2+3+2+3 {
		t.Errorf("height %d, want 10 (rows of 2, 3, 2 and 3 lines):\n%s", got, v)
	}
	for y, want := range map[int]int{0: 0, 1: 0, 2: 1, 4: 1, 5: 2, 7: 3, 9: 3} {
		m.Cursor = -1
		if !m.Click(y) || m.Cursor != want {
			t.Errorf("click at row %d selected %d, want %d", y, m.Cursor, want)
		}
	}
	if m.Click(10) {
		t.Error("a click below the last item selected something")
	}

	// In 6 rows, the last item (3 rows) is shown with the one before it.
	m.Cursor = 3
	v = m.View(st, 50, 6)
	if !strings.Contains(v, "> four") || !strings.Contains(v, "4/4") || strings.Contains(v, "one") {
		t.Errorf("window at the end:\n%s", v)
	}
	// At a width where everything fits, rows are two lines again.
	m.Cursor = 0
	if got := lipgloss.Height(m.View(st, 120, 20)); got != 8 {
		t.Errorf("height %d at 120 wide, want 8", got)
	}
}

// TestMenuLongList: a jump to the end of a long list shows the end, with
// the window full.
func TestMenuLongList(t *testing.T) {
	st := plainStyles()
	m := NewMenu(manyItems(10000), true)
	m.Cursor = len(m.Items) - 1
	v := m.View(st, 60, 20)
	if !strings.Contains(v, "> item 10000") || !strings.Contains(v, "item 9991") || strings.Contains(v, "item 9990 ") ||
		!strings.Contains(v, "10000/10000") {
		t.Errorf("the end of a long list:\n%s", v)
	}
	m.Cursor = 0
	if v := m.View(st, 60, 20); !strings.Contains(v, "> item 1 ") {
		t.Errorf("back to the top:\n%s", v)
	}
}

func BenchmarkMenuView10000(b *testing.B) {
	st := plainStyles()
	m := NewMenu(manyItems(10000), true)
	m.WrapDesc = true
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Cursor = (i * 997) % len(m.Items) // jumps, as pgdn and G do
		_ = m.View(st, 60, 40)
	}
}

// plainStyles are the styles with color off, as the goldens draw them.
func plainStyles() *Styles {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	st := NewStyles(r)
	return &st
}

// manyItems is a long list: "item 1" to "item n", each with a description.
func manyItems(n int) []Item {
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{Title: fmt.Sprintf("item %d", i+1), Desc: "a description"}
	}
	return items
}
