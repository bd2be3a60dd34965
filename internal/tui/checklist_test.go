package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// testChecklist has items of one, two and three lines at width 30, two
// of them under headings.
func testChecklist() Checklist {
	long := "a line that wraps onto a second one here"
	longer := "a line long enough to wrap onto a second and then a third line"
	c := NewChecklist([]CheckItem{
		{Head: "First group", Text: "one"},
		{Text: long},
		{Text: longer, On: true},
		{Head: "Second group", HeadNote: "why it matters", Text: "two", Note: "what it tells you"},
		{Text: long},
		{Text: "last"},
	}, true)
	c.SetSize(30, 5)
	return c
}

// TestChecklistScrollsWithoutGaps walks the cursor down and back up at
// every height: the rows are always full while lines are hidden, the
// selected item's text always shows, all of it (with its heading) when it
// fits, and the view starts on an item where that keeps all this.
func TestChecklistScrollsWithoutGaps(t *testing.T) {
	st := plainStyles()
	base := testChecklist()
	total := base.Lines()
	for h := 1; h <= total+1; h++ {
		c := testChecklist()
		c.SetSize(30, h)
		path := []int{0, 1, 2, 3, 4, 5, 4, 3, 2, 1, 0, 5, 0}
		for _, cur := range path {
			c.Cursor = cur
			v := c.View(st)
			rows := strings.Split(v, "\n")
			if len(rows) != h {
				t.Fatalf("h=%d cursor %d: %d rows", h, cur, len(rows))
			}
			if total >= h && c.off > total-h {
				t.Errorf("h=%d cursor %d: rows left empty below the last item (off %d of %d lines):\n%s", h, cur, c.off, total, v)
			}
			if total < h && c.off != 0 {
				t.Errorf("h=%d cursor %d: everything fits, yet the view starts at line %d", h, cur, c.off)
			}
			bs, ts, be := c.block(cur)
			if ts < c.off || ts >= c.off+h {
				t.Errorf("h=%d cursor %d: the selected item's text is out of view:\n%s", h, cur, v)
			}
			if be-ts <= h && be > c.off+h {
				t.Errorf("h=%d cursor %d: the selected item is cut though it fits:\n%s", h, cur, v)
			}
			if be-bs <= h && bs < c.off && (cur == 0 || cur == 3) {
				t.Errorf("h=%d cursor %d: the heading is hidden though it fits with the item:\n%s", h, cur, v)
			}
			if !strings.Contains(v, "> ") {
				t.Errorf("h=%d cursor %d: no marker on the selected item:\n%s", h, cur, v)
			}
		}
	}
}

// TestChecklistDraws: the boxes, a heading, a note, the arrows that say
// more is hidden, and a click's item.
func TestChecklistDraws(t *testing.T) {
	st := plainStyles()
	c := testChecklist()
	c.SetSize(30, 40)
	v := ansi.Strip(c.View(st))
	for _, want := range []string{"First group\n> [ ] one" + strings.Repeat(" ", 21) + "\n  [ ] a line", "  [x] a line long",
		"\n\nSecond group\nwhy it matters\n  [ ] two\n      what it tells you\n"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	if c.Position() != "" || c.Scrolls() {
		t.Errorf("everything fits, yet position %q", c.Position())
	}
	for y, want := range map[int]int{1: 0, 2: 1, 3: 1, 4: 2, 10: 3, 11: 3} {
		if i, ok := c.At(y); !ok || i != want {
			t.Errorf("row %d is item %d (%v), want %d", y, i, ok, want)
		}
	}
	for _, y := range []int{0, 7, 8, 9, 39, -1} {
		if i, ok := c.At(y); ok {
			t.Errorf("row %d is item %d, want none", y, i)
		}
	}

	c.SetSize(30, 4)
	c.Cursor = 5
	v = ansi.Strip(c.View(st))
	if rows := strings.Split(v, "\n"); !strings.HasPrefix(rows[0], "↑") || !strings.HasPrefix(rows[3], "> [ ] last") {
		t.Errorf("at the end: no arrow up, or the last item not last:\n%s", v)
	}
	c.Cursor = 0
	v = ansi.Strip(c.View(st))
	if rows := strings.Split(v, "\n"); !strings.HasPrefix(rows[3], "↓") || rows[0] != "First group" {
		t.Errorf("at the top: no arrow down, or no heading:\n%s", v)
	}
	if c.Position() != "1/6" {
		t.Errorf("position %q", c.Position())
	}
	// Stars instead of boxes; on items not muted.
	c.Boxes = [2]string{"☆", "★"}
	c.SetSize(30, 40)
	if v := ansi.Strip(c.View(st)); !strings.Contains(v, "  ★ a line long") || !strings.Contains(v, "> ☆ one") {
		t.Errorf("stars:\n%s", v)
	}
}
