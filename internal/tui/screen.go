// Package tui is what rung's screens share: the Screen interface, the
// Context every screen reads (the track, styles, clock, progress), the
// messages screens send the root (navigate by route, back, status), the
// styles, key maps, layout widths and widgets (menus, documents, panes,
// the answer box, the grade keys).
//
// The root model, which owns navigation, layout, the status line and help,
// is internal/tui/app; each screen is a package of its own under
// internal/tui. Screens talk upward only with messages and never import
// each other or the root. All I/O (database, files) happens in tea.Cmds;
// Update and View only compute.
package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// Screen is one page of the app.
type Screen interface {
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
	View() string
	// SetSize gives the screen the room below the header and above the footer.
	SetSize(w, h int)
	// Title names the screen in the header's breadcrumb.
	Title() string
	// Keys are the screen's own bindings, for the help line.
	Keys() help.KeyMap
	// Capturing is true while a text field has focus: every key but ctrl+c
	// goes to the screen, so q, ? and esc can be typed or handled there.
	Capturing() bool
	// ID identifies the screen instance, to route async results to it.
	ID() int
}

// Refresher is a screen that reloads when it comes back to the top of the
// stack (home re-reads the latest readiness, a list its progress).
type Refresher interface {
	Refresh() tea.Cmd
}

// Unsaved is a screen that holds work leaving would lose: typed text, answers
// not yet kept. Before it goes back from one, the root asks. A screen gets
// this by having the method.
type Unsaved interface {
	// Unsaved says what leaving now would lose ("the answer you typed"), or
	// "" when nothing would be.
	Unsaved() string
}

// EscClaimer is a screen that wants esc for itself right now (to clear a
// filter or close a panel) before esc means back.
type EscClaimer interface {
	ClaimsEsc() bool
}
