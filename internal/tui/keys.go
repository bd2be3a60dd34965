package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// NavKeys move a cursor through a list or scroll a document. Every
// screen's key map embeds them, so the keys it matches and the keys its
// help lists are the same bindings.
type NavKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

// NewNavKeys are the usual keys: arrows and vi letters, pages, ends.
func NewNavKeys() NavKeys {
	return NavKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
	}
}

// NewScrollKeys are the nav keys worded for a document: they scroll it.
func NewScrollKeys() NavKeys {
	n := NewNavKeys()
	n.Up.SetHelp("↑/k", "scroll up")
	n.Down.SetHelp("↓/j", "scroll down")
	n.Bottom.SetHelp("G", "end")
	return n
}

// SetEnabled turns all six on or off (a list too short to move in, a
// document that fits).
func (n *NavKeys) SetEnabled(on bool) {
	for _, b := range []*key.Binding{&n.Up, &n.Down, &n.PageUp, &n.PageDown, &n.Top, &n.Bottom} {
		b.SetEnabled(on)
	}
}

// Bindings are the six, in the order help lists them.
func (n NavKeys) Bindings() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.PageUp, n.PageDown, n.Top, n.Bottom}
}

// Scroll moves a document's viewport: by a page always, and by a line or to
// an end when the document has the focus (otherwise those keys move the
// list beside it). It reports whether msg was one of its keys.
func (n NavKeys) Scroll(d *Doc, msg tea.KeyMsg, focused bool) bool {
	vp := &d.Viewport
	switch {
	case key.Matches(msg, n.PageDown):
		vp.PageDown()
	case key.Matches(msg, n.PageUp):
		vp.PageUp()
	case focused && key.Matches(msg, n.Up):
		vp.ScrollUp(1)
	case focused && key.Matches(msg, n.Down):
		vp.ScrollDown(1)
	case focused && key.Matches(msg, n.Top):
		vp.GotoTop()
	case focused && key.Matches(msg, n.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// DocKeys are the keys of a screen that is one document: they scroll it.
type DocKeys struct{ NavKeys }

// NewDocKeys are the scroll keys of a one-document screen.
func NewDocKeys() DocKeys { return DocKeys{NewScrollKeys()} }

// ShortHelp is the help line.
func (k DocKeys) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.PageDown} }

// FullHelp is the help shown by ?.
func (k DocKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.Bindings()} }

// SetTyping words Up and Down for a list with a filter that takes text:
// while typing, letters are text, so only the arrows (and ctrl+p, ctrl+n)
// move; otherwise j and k move too.
func (n *NavKeys) SetTyping(typing bool) {
	if typing {
		n.Up.SetKeys("up", "ctrl+p")
		n.Up.SetHelp("↑", "up")
		n.Down.SetKeys("down", "ctrl+n")
		n.Down.SetHelp("↓", "down")
		return
	}
	n.Up.SetKeys("up", "k")
	n.Up.SetHelp("↑/k", "up")
	n.Down.SetKeys("down", "j")
	n.Down.SetHelp("↓/j", "down")
}
