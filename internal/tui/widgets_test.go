package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
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

// TestPlainCursor: a field drawn without colour marks its cursor with "|".
func TestPlainCursor(t *testing.T) {
	for _, c := range []struct {
		value string
		pos   int
		width int
		want  string
	}{
		{"Case Manager", 12, 20, "Case Manager|"},
		{"Case Manager", 4, 20, "Case| Manager"},
		{"", 0, 20, "|"},
		{"abcdefghij", 10, 5, "ghij|"},
		{"abcdefghij", 2, 5, "ab|c…"},
	} {
		if got := PlainCursor(c.value, c.pos, c.width); got != c.want {
			t.Errorf("PlainCursor(%q, %d, %d) = %q, want %q", c.value, c.pos, c.width, got, c.want)
		}
	}
}

func TestUnitFor(t *testing.T) {
	for _, c := range []struct {
		n          float64
		unit, want string
	}{
		{1, "years", "year"}, {2, "years", "years"}, {0, "years", "years"}, {1.5, "years", "years"},
		{1, "people", "person"}, {3, "people", "people"}, {1, "hours", "hour"}, {1, "classes", "class"}, {1, "boxes", "box"},
	} {
		if got := UnitFor(c.n, c.unit); got != c.want {
			t.Errorf("unitFor(%g, %q) = %q, want %q", c.n, c.unit, got, c.want)
		}
	}
}

// TestFitMatchesLipgloss checks Fit's fast path against the lipgloss style
// it stands in for, on odd text (the app's tests check it on every screen).
func TestFitMatchesLipgloss(t *testing.T) {
	slow := func(s string, w, h int) string {
		return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
	}
	check := func(name, s string, w, h int) {
		t.Helper()
		if got, want := Fit(s, w, h), slow(s, w, h); got != want {
			t.Errorf("%s at %dx%d:\n got %q\nwant %q", name, w, h, got, want)
		}
	}
	for _, s := range []string{"", "a", "a\nb", "\n\n", "héllo wörld 日本語", "x\ty", "a\r\nb",
		strings.Repeat("word ", 40), "\x1b[1mbold\x1b[0m\nplain", "\x1b[31mred\nstill red\x1b[0m"} {
		for _, sz := range [][2]int{{10, 3}, {20, 1}, {80, 24}} {
			check(fmt.Sprintf("%q", s), s, sz[0], sz[1])
		}
	}
}

// TestDocViewMatchesViewport checks doc.view's fast path against the
// viewport it stands in for.
func TestDocViewMatchesViewport(t *testing.T) {
	body := strings.Repeat("\x1b[1mHeading\x1b[0m\nsome text, a few words long\n\n• a bullet · 日本語\n", 8)
	for _, text := range []string{"", "one line", body, body + strings.Repeat("x", 90), "tab\there"} {
		for _, sz := range [][2]int{{1, 1}, {20, 5}, {78, 18}, {198, 54}} {
			for _, off := range []int{0, 3, 40} {
				d := NewDoc(func(int) string { return text })
				d.SetSize(sz[0], sz[1])
				d.Viewport.SetYOffset(off)
				if got, want := d.View(), d.Viewport.View(); got != want {
					t.Errorf("%.20q at %dx%d offset %d:\n got %q\nwant %q", text, sz[0], sz[1], off, got, want)
				}
			}
		}
	}
}

func TestGradeBar(t *testing.T) {
	ivl := [4]time.Duration{time.Minute, 6 * time.Minute, 10 * time.Minute, 48 * time.Hour}
	if got := GradeBar(plainStyles(), &ivl, 78); !strings.Contains(got, "1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy 2d") {
		t.Errorf("grade bar %q", got)
	}
}

// TestWrapFitsAtHyphens: a line that breaks after a hyphen still fits the
// width (ansi.Wordwrap alone leaves it one cell over).
func TestWrapFitsAtHyphens(t *testing.T) {
	s := "Interdisciplinary Collaboration at 3: You coordinate with healthcare, law enforcement and education " +
		"professionals on your own so each client gets joined-up services."
	for w := 10; w <= 100; w++ {
		for _, l := range strings.Split(Wrap(s+" A-word-longer-than-ten-cells.", w), "\n") {
			if lw := ansi.StringWidth(l); lw > w {
				t.Fatalf("at %d a line is %d cells: %q", w, lw, l)
			}
		}
	}
}
