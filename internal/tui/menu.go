package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Item is one row of a menu.
type Item struct {
	Title string
	Desc  string // shown under or beside the title
	Badge string // right-aligned, e.g. "3 due" or "4/6"
	Dim   bool
}

// Menu is a vertical list with a cursor. The selected row has a "> "
// marker as well as the selection style, so it shows without colour.
type Menu struct {
	Items  []Item
	Cursor int
	offset int
	// TwoLine draws the description under the title; otherwise beside it.
	TwoLine bool
	// WrapDesc lets a description under its title wrap rather than be
	// cut: onto a second line, and the selected item's in full (up to
	// MaxDescLines), so what it says can always be read.
	WrapDesc bool
	// width is the width last drawn at (for the rows a wrapped item takes).
	width int
}

// NewMenu lists items, each on one line or (twoLine) with its description
// under its title.
func NewMenu(items []Item, twoLine bool) Menu {
	return Menu{Items: items, TwoLine: twoLine}
}

// RowHeight is the lines an item takes, before any wrapping.
func (m *Menu) RowHeight() int {
	if m.TwoLine {
		return 2
	}
	return 1
}

// MaxDescLines caps the lines a selected item's wrapped description takes.
const MaxDescLines = 6

// itemHeight is the rows item i takes at the last drawn width.
func (m *Menu) itemHeight(i int) int {
	return 1 + len(m.descLines(i))
}

// descLines are the lines of item i's description under its title (none
// for one-line menus): one, cut to fit, unless WrapDesc wraps it.
func (m *Menu) descLines(i int) []string {
	if !m.TwoLine {
		return nil
	}
	d := m.Items[i].Desc
	if !m.WrapDesc || m.width <= 0 || lipgloss.Width(d) <= m.width-4 {
		return []string{d}
	}
	lines := strings.Split(Wrap(d, m.width-4), "\n")
	limit := 2
	if i == m.Cursor {
		limit = MaxDescLines
	}
	if len(lines) > limit {
		// The last line shown carries the rest, cut with an ellipsis.
		lines = append(lines[:limit-1], strings.Join(lines[limit-1:], " "))
	}
	return lines
}

// fits reports whether items [from, to) fit in height rows; it stops
// counting at the first item past it, so a long menu costs only what shows.
func (m *Menu) fits(from, to, height int) bool {
	n := 0
	for i := from; i < to; i++ {
		if n += m.itemHeight(i); n > height {
			return false
		}
	}
	return true
}

// Update moves the cursor by the screen's own nav keys (so what it matches
// is what the screen's help lists); height is the rows the menu is shown
// in, for a page. It reports whether the key was one of them.
func (m *Menu) Update(msg tea.KeyMsg, nav NavKeys, height int) bool {
	n := len(m.Items)
	if n == 0 {
		return false
	}
	page := max(1, height/m.RowHeight()-1)
	switch {
	case key.Matches(msg, nav.Up):
		m.Cursor = (m.Cursor - 1 + n) % n
	case key.Matches(msg, nav.Down):
		m.Cursor = (m.Cursor + 1) % n
	case key.Matches(msg, nav.PageUp):
		m.Cursor = max(0, m.Cursor-page)
	case key.Matches(msg, nav.PageDown):
		m.Cursor = min(n-1, m.Cursor+page)
	case key.Matches(msg, nav.Top):
		m.Cursor = 0
	case key.Matches(msg, nav.Bottom):
		m.Cursor = n - 1
	default:
		return false
	}
	return true
}

// Click selects the row at y (relative to the menu's top); it reports
// whether a row was hit.
func (m *Menu) Click(y int) bool {
	if y < 0 {
		return false
	}
	for i := m.offset; i < len(m.Items); i++ {
		if y -= m.itemHeight(i); y < 0 {
			m.Cursor = i
			return true
		}
	}
	return false
}

// View draws the items that fit in height rows around the cursor, and
// where the cursor is when not all fit.
func (m *Menu) View(st *Styles, width, height int) string {
	if len(m.Items) == 0 || height <= 0 {
		return ""
	}
	m.width = width
	// The window of items (height is theirs; the "3/12" position, shown
	// when not every item fits, goes below): the cursor in it, no room left
	// empty below.
	if m.Cursor < m.offset {
		m.offset = m.Cursor
	}
	if !m.fits(m.offset, m.Cursor+1, height) {
		// The cursor went below the window: it becomes the last item shown.
		m.offset = m.Cursor
		for m.offset > 0 && m.fits(m.offset-1, m.Cursor+1, height) {
			m.offset--
		}
	}
	for m.offset > 0 && m.fits(m.offset-1, len(m.Items), height) {
		m.offset--
	}
	end, used := m.offset, 0
	for end < len(m.Items) && (end == m.offset || used+m.itemHeight(end) <= height) {
		used += m.itemHeight(end)
		end++
	}
	var b strings.Builder
	for i := m.offset; i < end; i++ {
		it := m.Items[i]
		sel := i == m.Cursor
		marker := "  "
		if sel {
			marker = "> "
		}
		badge := ""
		if it.Badge != "" {
			badge = " " + it.Badge
		}
		titleW := width - 2 - lipgloss.Width(badge)
		title := it.Title
		if !m.TwoLine && it.Desc != "" {
			title += "  " + st.Muted.Render(it.Desc)
		}
		title = Truncate(title, titleW)
		pad := max(0, titleW-lipgloss.Width(title))
		line := marker + title + strings.Repeat(" ", pad) + st.Muted.Render(badge)
		switch {
		case sel:
			line = st.Selected.Render(marker+ansi.Strip(title)+strings.Repeat(" ", pad)) + st.Muted.Render(badge)
		case it.Dim:
			line = st.Faint.Render(marker + ansi.Strip(title) + strings.Repeat(" ", pad) + badge)
		}
		b.WriteString(line)
		if m.TwoLine {
			for _, d := range m.descLines(i) {
				b.WriteString("\n    ")
				b.WriteString(st.Muted.Render(Truncate(strings.ReplaceAll(d, "\n", " "), width-4)))
			}
		}
		if i < end-1 {
			b.WriteString("\n")
		}
	}
	if end-m.offset < len(m.Items) {
		b.WriteString("\n" + st.Faint.Render(fmt.Sprintf("  %d/%d", m.Cursor+1, len(m.Items))))
	}
	return b.String()
}
