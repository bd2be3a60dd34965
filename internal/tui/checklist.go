package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// CheckItem is one entry of a checklist.
type CheckItem struct {
	// Head, when set, is a heading drawn above the item (the first of a
	// group), and HeadNote a line of explanation under it; neither can be
	// selected.
	Head, HeadNote string
	Text           string // the item, wrapped
	Note           string // under the text, muted and wrapped (what a question tells you)
	On             bool   // ticked, or starred
}

// Checklist is a list of items to tick or star: "> [x] text", one item
// selected. It scrolls by lines, keeping the selected item (and its
// heading) in view, starting the view on an item where it can, and never
// leaving rows empty below the last item while items above are hidden.
// The roadmap's steps, negotiation's to-dos and the questions to ask all
// draw with it.
type Checklist struct {
	Items  []CheckItem
	Cursor int
	// Focused highlights the selected item; without focus (the text beside
	// it has it) the "> " marker alone shows it.
	Focused bool
	// Boxes are the marks of an item off and on: "[ ]" and "[x]" by default.
	Boxes [2]string
	// MuteOn draws the text of items that are on muted (done), rather than
	// as the rest.
	MuteOn bool
	// SelectedNote shows an item's note only while it is selected (a long
	// list then shows more items).
	SelectedNote bool

	width, height int
	off           int // the first line shown
	lines         []ckLine
	builtW        int
	builtCursor   int // the cursor the lines were built for, with SelectedNote
}

// ckLine is one drawn line of a checklist, before styling.
type ckLine struct {
	item int
	kind ckKind
	text string
	n    int // the line's number within its item's text
}

type ckKind int

const (
	ckBlank ckKind = iota // above a heading
	ckHead
	ckHeadNote
	ckText
	ckNote
)

// NewChecklist is a checklist of items with the usual boxes.
func NewChecklist(items []CheckItem, muteOn bool) Checklist {
	return Checklist{Items: items, Boxes: [2]string{"[ ]", "[x]"}, MuteOn: muteOn, Focused: true}
}

// SetItems replaces the items (after a tick, or a load), keeping the cursor
// where it was as far as it can.
func (c *Checklist) SetItems(items []CheckItem) {
	c.Items = items
	c.Cursor = max(0, min(c.Cursor, len(items)-1))
	c.builtW = 0
}

// SetSize gives the checklist its width and the rows it is shown in.
func (c *Checklist) SetSize(w, h int) {
	if w != c.width {
		c.builtW = 0
	}
	c.width, c.height = max(1, w), max(1, h)
}

// Height is the rows the checklist is shown in.
func (c *Checklist) Height() int { return c.height }

// indent is the width of the marker and the box, before an item's text.
func (c *Checklist) indent() int {
	return 2 + max(lipgloss.Width(c.Boxes[0]), lipgloss.Width(c.Boxes[1])) + 1
}

// build wraps every item at the current width, once per width or change of
// items.
func (c *Checklist) build() {
	if c.builtW == c.width && c.lines != nil && (!c.SelectedNote || c.builtCursor == c.Cursor) {
		return
	}
	c.builtW, c.builtCursor = c.width, c.Cursor
	c.lines = c.lines[:0]
	tw := max(10, c.width-c.indent())
	for i, it := range c.Items {
		if it.Head != "" {
			if len(c.lines) > 0 {
				c.lines = append(c.lines, ckLine{item: i, kind: ckBlank})
			}
			for _, l := range strings.Split(Wrap(Clean(it.Head), max(10, c.width)), "\n") {
				c.lines = append(c.lines, ckLine{item: i, kind: ckHead, text: l})
			}
			if it.HeadNote != "" {
				for _, l := range strings.Split(Wrap(Clean(it.HeadNote), max(10, c.width)), "\n") {
					c.lines = append(c.lines, ckLine{item: i, kind: ckHeadNote, text: l})
				}
			}
		}
		for n, l := range strings.Split(Wrap(Clean(it.Text), tw), "\n") {
			c.lines = append(c.lines, ckLine{item: i, kind: ckText, text: l, n: n})
		}
		if it.Note != "" && (!c.SelectedNote || i == c.Cursor) {
			for _, l := range strings.Split(Wrap(Clean(it.Note), tw), "\n") {
				c.lines = append(c.lines, ckLine{item: i, kind: ckNote, text: l})
			}
		}
	}
}

// AllLines is the number of lines every item takes at width w with every
// note shown.
func (c *Checklist) AllLines(w int) int {
	full := *c
	full.lines, full.SelectedNote = nil, false
	full.SetSize(w, 1)
	return full.Lines()
}

// Lines is the number of lines every item takes at the current width.
func (c *Checklist) Lines() int {
	c.build()
	return len(c.lines)
}

// Scrolls reports whether not every line fits.
func (c *Checklist) Scrolls() bool { return c.Lines() > c.height }

// block is where item i's lines start (its heading included), where its
// text starts, and where its lines end.
func (c *Checklist) block(i int) (start, text, end int) {
	start, text, end = -1, -1, -1
	for n, l := range c.lines {
		if l.item != i {
			if start >= 0 {
				break
			}
			continue
		}
		if start < 0 {
			start = n
			if l.kind == ckBlank {
				start++
			}
		}
		if text < 0 && l.kind == ckText {
			text = n
		}
		end = n + 1
	}
	return start, text, end
}

// scroll moves the view to keep the selected item in it: all of the
// item's lines when they fit (its heading too, when that fits), else from
// its text. It starts the view at an item (or its heading) when that
// keeps the selected item in view and fills the rows, and never leaves
// rows empty while lines above are hidden.
func (c *Checklist) scroll() {
	c.build()
	total, h := len(c.lines), c.height
	if total <= h || len(c.Items) == 0 {
		c.off = 0
		return
	}
	c.Cursor = max(0, min(c.Cursor, len(c.Items)-1))
	bs, ts, be := c.block(c.Cursor)
	if be-bs > h {
		bs = ts // the heading does not fit with the item: the item counts
	}
	if be > c.off+h {
		c.off = be - h
	}
	if bs < c.off {
		c.off = bs
	}
	c.off = max(0, min(c.off, total-h))
	if ts < c.off {
		c.off = ts // an item taller than the view shows from its text
	}
	if c.atStart(c.off) {
		return
	}
	// An item's start above the view that still shows the selected item's
	// end shows more; failing that, one below it that keeps the rows full.
	for b := c.off - 1; b >= 0 && be <= b+h; b-- {
		if c.atStart(b) {
			c.off = b
			return
		}
	}
	for b := c.off + 1; b <= min(ts, total-h); b++ {
		if c.atStart(b) {
			c.off = b
			return
		}
	}
}

// atStart reports whether line n starts an item or its heading.
func (c *Checklist) atStart(n int) bool {
	if n <= 0 {
		return true
	}
	l, prev := c.lines[n], c.lines[n-1]
	switch l.kind {
	case ckHead:
		return prev.kind != ckHead
	case ckText:
		return l.n == 0 && prev.kind != ckHead && prev.kind != ckHeadNote
	}
	return false
}

// FirstOff is the first item that is off (not ticked), or 0 when all are
// on: where to pick up a checklist.
func (c *Checklist) FirstOff() int {
	for i, it := range c.Items {
		if !it.On {
			return i
		}
	}
	return 0
}

// Move moves the selection by d items, stopping at the ends.
func (c *Checklist) Move(d int) {
	c.Cursor = max(0, min(len(c.Items)-1, c.Cursor+d))
}

// PageSize is how many items a page key moves by: about a screenful.
func (c *Checklist) PageSize() int {
	c.build()
	if len(c.Items) == 0 {
		return 1
	}
	return max(1, c.height*len(c.Items)/max(1, len(c.lines))-1)
}

// Nav moves the selection by the screen's nav keys: up, down and the ends,
// and the page keys too when pages is true (otherwise they scroll text
// beside it). It reports whether the key was one of them.
func (c *Checklist) Nav(msg tea.KeyMsg, nav NavKeys, pages bool) bool {
	switch {
	case key.Matches(msg, nav.Up):
		c.Move(-1)
	case key.Matches(msg, nav.Down):
		c.Move(1)
	case key.Matches(msg, nav.Top):
		c.Cursor = 0
	case key.Matches(msg, nav.Bottom):
		c.Cursor = max(0, len(c.Items)-1)
	case pages && key.Matches(msg, nav.PageUp):
		c.Move(-c.PageSize())
	case pages && key.Matches(msg, nav.PageDown):
		c.Move(c.PageSize())
	default:
		return false
	}
	return true
}

// At is the item drawn at row y of the checklist (0 is its first row), if
// any: a heading or a blank row is no item.
func (c *Checklist) At(y int) (int, bool) {
	c.scroll()
	n := c.off + y
	if y < 0 || y >= c.height || n >= len(c.lines) {
		return 0, false
	}
	if l := c.lines[n]; l.kind == ckText || l.kind == ckNote {
		return l.item, true
	}
	return 0, false
}

// Position says which item is selected, "3/11", when not all lines show.
func (c *Checklist) Position() string {
	if !c.Scrolls() || len(c.Items) == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", c.Cursor+1, len(c.Items))
}

// View draws the lines in view, exactly the checklist's height (padded
// with empty rows only when every line shows).
func (c *Checklist) View(st *Styles) string {
	c.scroll()
	if len(c.lines) == 0 {
		return strings.TrimSuffix(strings.Repeat("\n", c.height), "\n")
	}
	ind := strings.Repeat(" ", c.indent())
	end := min(len(c.lines), c.off+c.height)
	out := make([]string, 0, c.height)
	for _, l := range c.lines[c.off:end] {
		it := c.Items[l.item]
		sel := l.item == c.Cursor
		switch l.kind {
		case ckBlank:
			out = append(out, "")
		case ckHead:
			out = append(out, st.Section.Render(l.text))
		case ckHeadNote:
			out = append(out, st.Muted.Render(l.text))
		case ckText, ckNote:
			out = append(out, c.itemLine(st, l, it, sel, ind))
		}
	}
	for len(out) < c.height {
		out = append(out, "")
	}
	// Lines hidden above or below are shown by an arrow in the margin,
	// where a row has room for one: no row is given up to say so.
	if c.off > 0 {
		out[0] = arrow(st, out[0], "↑")
	}
	if end < len(c.lines) {
		out[len(out)-1] = arrow(st, out[len(out)-1], "↓")
	}
	return strings.Join(out, "\n")
}

// arrow puts a faint arrow in a row's first cell when it is blank.
func arrow(st *Styles, row, a string) string {
	if row == "" {
		return st.Faint.Render(a)
	}
	if strings.HasPrefix(row, "  ") {
		return st.Faint.Render(a) + row[1:]
	}
	return row
}

// itemLine draws one line of an item's text or note.
func (c *Checklist) itemLine(st *Styles, l ckLine, it CheckItem, sel bool, ind string) string {
	box := c.Boxes[0]
	if it.On {
		box = c.Boxes[1]
	}
	box += strings.Repeat(" ", c.indent()-2-lipgloss.Width(box)-1)
	marker := "  "
	if sel {
		marker = "> "
	}
	prefix := ind
	if l.kind == ckText && l.n == 0 {
		prefix = marker + box + " "
	}
	if sel && c.Focused {
		plain := prefix + l.text
		return st.Selected.Render(plain + strings.Repeat(" ", max(0, c.width-lipgloss.Width(plain))))
	}
	text := st.Text.Render(l.text)
	switch {
	case l.kind == ckNote:
		text = st.Muted.Render(l.text)
	case it.On && c.MuteOn:
		text = st.Muted.Render(l.text)
	}
	if l.kind != ckText || l.n > 0 {
		return prefix + text
	}
	boxStyle := st.Accent
	if it.On {
		boxStyle = st.Good
	}
	return marker + boxStyle.Render(box) + " " + text
}

// CheckKeys are the keys of a checklist beside a text (a roadmap step,
// negotiation's to-dos): move and tick in the list, tab to the text (where
// the arrows scroll it) and back, and the page keys scroll the text.
type CheckKeys struct {
	NavKeys
	Toggle, Focus key.Binding
}

// NewCheckKeys are a checklist's keys.
func NewCheckKeys() CheckKeys {
	return CheckKeys{
		NavKeys: NavKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
			Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
			PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "text up")),
			PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn", "text down")),
		},
		Toggle: key.NewBinding(key.WithKeys(" ", "x", "enter"), key.WithHelp("space/x", "tick")),
		Focus:  key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "read the text")),
	}
}

// ShortHelp is the help line.
func (k CheckKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Toggle, k.Focus, k.PageDown, k.Up, k.Down}
}

// FullHelp is the help shown by ?.
func (k CheckKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Toggle, k.Focus, k.PageDown, k.PageUp}}
}

// Sync words the keys for where the focus is: the checklist (space ticks)
// or the text (the arrows scroll it, and space pages it). on says there is
// anything at all; scrolls, that the text is longer than its view.
func (k *CheckKeys) Sync(textFocus, on, items, scrolls bool) {
	k.NavKeys.SetEnabled(on)
	k.Focus.SetEnabled(on)
	k.PageDown.SetEnabled(on && scrolls)
	k.PageUp.SetEnabled(on && scrolls)
	k.Toggle.SetEnabled(on && !textFocus && items)
	if textFocus {
		k.PageDown.SetKeys("pgdown", "ctrl+d", " ")
		k.Up.SetHelp("↑/k", "scroll up")
		k.Down.SetHelp("↓/j", "scroll down")
		k.Top.SetHelp("g", "top of text")
		k.Bottom.SetHelp("G", "end of text")
		k.Focus.SetHelp("tab", "back to the checklist")
		return
	}
	k.PageDown.SetKeys("pgdown", "ctrl+d") // space ticks
	k.Up.SetHelp("↑/k", "up")
	k.Down.SetHelp("↓/j", "down")
	k.Top.SetHelp("g", "first")
	k.Bottom.SetHelp("G", "last")
	k.Focus.SetHelp("tab", "read the text")
}
