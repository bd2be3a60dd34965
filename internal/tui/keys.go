package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// NavKeys move a cursor through a list or scroll a document; screens embed
// them in their own key maps.
type NavKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Open     key.Binding
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
		Open:     key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
	}
}

// KeyMap is a help.KeyMap built from plain binding lists, so each screen can
// assemble the keys it offers right now (disabled bindings drop out of the
// help automatically: help never lies).
type KeyMap struct {
	Short []key.Binding
	Full  [][]key.Binding
}

// ShortHelp is the help line.
func (k KeyMap) ShortHelp() []key.Binding { return k.Short }

// FullHelp is the help shown by ?.
func (k KeyMap) FullHelp() [][]key.Binding { return k.Full }

// Scroll moves a document's viewport: by a page always, and by a line or to
// an end when the document has the focus (otherwise those keys move the
// list beside it). It reports whether msg was one of its keys.
func (n NavKeys) Scroll(vp *viewport.Model, msg tea.KeyMsg, focused bool) bool {
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
