package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
)

// Wrap word-wraps plain text to width, keeping paragraphs, after stripping
// anything that could drive the terminal (content is validated, but typed
// answers and file names are not).
func Wrap(text string, width int) string {
	if width < 10 {
		width = 10
	}
	return ansi.Wordwrap(content.Sanitize(text), width, "")
}

// Clean collapses runs of whitespace (folded YAML, user input) to one space.
func Clean(s string) string { return strings.Join(strings.Fields(content.Sanitize(s)), " ") }

// Truncate cuts a single line to width cells with an ellipsis.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// Bar draws a progress Bar: filled cells in the accent colour, and also a
// different glyph, so it reads without colour.
func Bar(st *Styles, pct, width int) string {
	if width < 3 {
		width = 3
	}
	pct = max(0, min(100, pct))
	filled := (pct*width + 50) / 100
	return st.BarFull.Render(strings.Repeat("█", filled)) + st.BarEmpty.Render(strings.Repeat("░", width-filled))
}

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
	nav    NavKeys
	// TwoLine draws the description under the title; otherwise beside it.
	TwoLine bool
	// WrapDesc lets a description under its title wrap onto a second line
	// when it does not fit in one, rather than being cut.
	WrapDesc bool
	// width is the width last drawn at (for the rows a wrapped item takes).
	width int
}

func NewMenu(items []Item, twoLine bool) Menu {
	return Menu{Items: items, nav: NewNavKeys(), TwoLine: twoLine}
}

func (m *Menu) RowHeight() int {
	if m.TwoLine {
		return 2
	}
	return 1
}

// itemHeight is the rows item i takes at the last drawn width.
func (m *Menu) itemHeight(i int) int {
	if m.TwoLine && m.WrapDesc && m.width > 0 && lipgloss.Width(m.Items[i].Desc) > m.width-4 {
		return 3
	}
	return m.RowHeight()
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

// Update moves the cursor; it reports whether the key was used.
func (m *Menu) Update(msg tea.KeyMsg, height int) bool {
	n := len(m.Items)
	if n == 0 {
		return false
	}
	page := max(1, height/m.RowHeight()-1)
	switch {
	case key.Matches(msg, m.nav.Up):
		m.Cursor = (m.Cursor - 1 + n) % n
	case key.Matches(msg, m.nav.Down):
		m.Cursor = (m.Cursor + 1) % n
	case key.Matches(msg, m.nav.PageUp):
		m.Cursor = max(0, m.Cursor-page)
	case key.Matches(msg, m.nav.PageDown):
		m.Cursor = min(n-1, m.Cursor+page)
	case key.Matches(msg, m.nav.Top):
		m.Cursor = 0
	case key.Matches(msg, m.nav.Bottom):
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
			desc := []string{it.Desc}
			if m.itemHeight(i) == 3 {
				desc = strings.SplitN(Wrap(it.Desc, width-4), "\n", 2)
			}
			for _, d := range desc {
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

// Doc is a scrollable document rendered once per width: build is called
// only when the width changes (or the content is marked stale), never per
// frame.
type Doc struct {
	Viewport viewport.Model
	build    func(width int) string
	builtW   int
	stale    bool
	hasData  bool
	// lines and longest mirror the viewport's content, so view can draw the
	// visible lines with fit instead of the viewport's slower lipgloss pass.
	lines   []string
	longest int
	gen     int // counts renders, to key memo
	memo    struct {
		key [5]int
		out string
	}
}

func NewDoc(build func(width int) string) Doc {
	vp := viewport.New(0, 0)
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	return Doc{Viewport: vp, build: build, stale: true}
}

func (d *Doc) SetSize(w, h int) {
	d.Viewport.Width, d.Viewport.Height = max(1, w), max(1, h)
	if w != d.builtW || d.stale {
		d.render()
	}
}

func (d *Doc) render() {
	if d.build == nil || d.Viewport.Width < 1 {
		return
	}
	off := d.Viewport.YOffset
	content := d.build(d.Viewport.Width)
	d.Viewport.SetContent(content)
	d.lines = strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n")
	d.longest = 0
	for _, l := range d.lines {
		d.longest = max(d.longest, ansi.StringWidth(l))
	}
	d.Viewport.SetYOffset(off)
	d.builtW = d.Viewport.Width
	d.gen++
	d.stale = false
	d.hasData = true
}

// Invalidate re-renders with new content at the current width.
func (d *Doc) Invalidate() {
	d.stale = true
	d.render()
}

func (d *Doc) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	d.Viewport, cmd = d.Viewport.Update(msg)
	return cmd
}

// View draws the visible lines as the viewport would (it cuts lines wider
// than itself, so those still go through it).
func (d *Doc) View() string {
	w, h := d.Viewport.Width, d.Viewport.Height
	if w < 1 || h < 1 || d.longest > w || d.Viewport.YOffset > len(d.lines) {
		return d.Viewport.View()
	}
	top := max(0, d.Viewport.YOffset)
	bottom := min(top+h, len(d.lines))
	return Fit(strings.Join(d.lines[top:bottom], "\n"), w, h)
}

// Cached returns what draw drew last time while the text, its scroll
// position, the viewport's size and w are unchanged: a panel round a
// document costs a frame nothing until it moves.
func (d *Doc) Cached(w int, draw func() string) string {
	k := [5]int{d.gen, d.Viewport.YOffset, d.Viewport.Width, d.Viewport.Height, w}
	if d.memo.key != k || d.gen == 0 {
		d.memo.key, d.memo.out = k, draw()
	}
	return d.memo.out
}

// ScrollHint says where in a long document the view is.
func (d *Doc) ScrollHint(st *Styles) string {
	if d.Viewport.TotalLineCount() <= d.Viewport.Height {
		return ""
	}
	return st.Faint.Render(fmt.Sprintf("%d%%", int(d.Viewport.ScrollPercent()*100)))
}

// docKeys are the scrolling keys of a document, for help.
func docKeys() []key.Binding {
	n := NewNavKeys()
	return []key.Binding{
		key.NewBinding(key.WithKeys("up", "k", "down", "j"), key.WithHelp("↑↓/jk", "scroll")),
		n.PageDown, n.PageUp,
	}
}

// Section renders a heading followed by wrapped paragraphs.
func Section(st *Styles, width int, heading, body string) string {
	var b strings.Builder
	if heading != "" {
		b.WriteString(st.Section.Render(heading))
		b.WriteString("\n")
	}
	for i, para := range Paragraphs(body) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(Wrap(para, width))
	}
	return b.String()
}

// Paragraphs splits prose on blank lines and joins the lines of each.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if t := Clean(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Bullets renders a list with hanging indents.
func Bullets(st *Styles, width int, marker string, items []string) string {
	var b strings.Builder
	mw := lipgloss.Width(marker) + 1
	for i, it := range items {
		lines := strings.Split(Wrap(Clean(it), width-mw), "\n")
		for j, l := range lines {
			if j == 0 {
				b.WriteString(st.Accent.Render(marker) + " " + l)
			} else {
				b.WriteString(strings.Repeat(" ", mw) + l)
			}
			if j < len(lines)-1 {
				b.WriteString("\n")
			}
		}
		if i < len(items)-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Fit pads s to exactly w x h so screens never leave stale cells.
// It is drawn every frame, so lines that already Fit are padded directly,
// measured once; lipgloss (which wraps, pads and truncates in several
// passes) draws only text with a tab, a carriage return or a wide line.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 || strings.ContainsAny(s, "\t\r") {
		return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
	}
	lines := strings.SplitN(s, "\n", h+1)
	lines = lines[:min(len(lines), h)]
	blank := strings.Repeat(" ", w)
	var b strings.Builder
	b.Grow(len(s) + w*h + h)
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		if lw > w || !closed(l) { // lipgloss wraps the line, or closes its style
			return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		b.WriteString(blank[:w-lw])
	}
	for range h - len(lines) {
		b.WriteByte('\n')
		b.WriteString(blank)
	}
	return b.String()
}

// closed reports whether a line leaves no style or link open at its end:
// its last control sequence, if any, is a full reset.
func closed(l string) bool {
	i := strings.LastIndexByte(l, '\x1b')
	if i < 0 {
		return true
	}
	return strings.HasPrefix(l[i:], "\x1b[0m") || strings.HasPrefix(l[i:], "\x1b[m")
}

// Count is "1 word" or "3 words".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
