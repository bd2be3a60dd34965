package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

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

// NewDoc is a document whose text build makes for a width. Its viewport
// takes no keys of its own (the screen's NavKeys scroll it, so help lists
// every key that does); the mouse wheel scrolls it.
func NewDoc(build func(width int) string) Doc {
	vp := viewport.New(0, 0)
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	vp.KeyMap = viewport.KeyMap{}
	return Doc{Viewport: vp, build: build, stale: true}
}

// Scrolls reports whether the document is longer than its view.
func (d *Doc) Scrolls() bool { return d.Viewport.TotalLineCount() > d.Viewport.Height }

// SetSize sizes the document, rendering it again only when its width
// changed.
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

// Update passes a message (the mouse wheel) to the viewport.
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

// MoreHint says that a document continues below, in words and an arrow
// (no colour needed); nothing when all of it shows or it is at the end.
func MoreHint(st *Styles, d *Doc) string {
	if d.Viewport.TotalLineCount() <= d.Viewport.Height || d.Viewport.AtBottom() {
		return ""
	}
	return st.Faint.Render(fmt.Sprintf("↓ more (%d%%)", int(d.Viewport.ScrollPercent()*100)))
}
