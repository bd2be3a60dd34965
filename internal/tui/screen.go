// Package tui is rung's terminal interface: one root model that owns
// navigation, layout, the status line and help, and one file per screen.
// Screens talk upward only with messages; they never call each other. All
// I/O (database, files) happens in tea.Cmds; Update and View only compute.
package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/srs"
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
	Keys() keyMap
	// Capturing is true while a text field has focus: every key but ctrl+c
	// goes to the screen, so q, ? and esc can be typed or handled there.
	Capturing() bool
	// ID identifies the screen instance, to route async results to it.
	ID() int
}

// refresher is a screen that reloads when it comes back to the top of the
// stack (home re-reads the latest readiness, a list its progress).
type refresher interface {
	Refresh() tea.Cmd
}

// escClaimer is a screen that wants esc for itself right now (to clear a
// filter or close a panel) before esc means back.
type escClaimer interface {
	ClaimsEsc() bool
}

// ctx is what every screen shares: the library, the store, the clock, the
// styles and the latest assessment. It lives for the whole program.
type ctx struct {
	lib       *content.Library
	store     Store // nil when progress cannot be saved
	storeErr  error // why the store is missing, shown on home
	now       func() time.Time
	st        Styles
	outDir    string // where plans, notes and transcripts are written
	sched     *srs.Scheduler
	nextID    int
	latest    *assess.Placement // the latest saved placement, if any
	latestAt  time.Time
	newPerDay int // daily limit of new cards
	// practice keeps reviews: in memory until the database opens, then there.
	practice *liveStore
	// noTicks turns timers off (tests drive time by hand, never sleep).
	noTicks bool
}

// tick schedules msg after d, unless timers are off.
func (c *ctx) tick(d time.Duration, msg func(time.Time) tea.Msg) tea.Cmd {
	if c.noTicks {
		return nil
	}
	return tea.Tick(d, msg)
}

func (c *ctx) id() int {
	c.nextID++
	return c.nextID
}

// base carries what every screen needs; screens embed it.
type base struct {
	c    *ctx
	id   int
	w, h int
}

func newBase(c *ctx) base { return base{c: c, id: c.id()} }

func (b *base) ID() int               { return b.id }
func (b *base) SetSize(w, h int)      { b.w, b.h = w, h }
func (b *base) Capturing() bool       { return false }
func (b *base) Init() tea.Cmd         { return nil }
func (b *base) st() *Styles           { return &b.c.st }
func (b *base) lib() *content.Library { return b.c.lib }

// Messages screens send upward.
type (
	// pushMsg opens a screen on top of the current one.
	pushMsg struct{ s Screen }
	// popMsg goes back one screen.
	popMsg struct{}
	// replaceMsg swaps the current screen for another (questionnaire -> results).
	replaceMsg struct{ s Screen }
	// statusMsg shows a line in the status bar.
	statusMsg struct {
		text string
		err  bool
	}
	// assessedMsg announces a new placement, so home and the ladder show it.
	assessedMsg struct {
		p  assess.Placement
		at time.Time
	}
	// clearStatusMsg clears the status line if it still shows generation gen.
	clearStatusMsg struct{ gen int }
)

// addressed is a message for one screen; the root drops it when that screen
// is gone (a stale async result).
type addressed interface {
	target() int
}

func push(s Screen) tea.Cmd { return func() tea.Msg { return pushMsg{s} } }
func pop() tea.Msg          { return popMsg{} }
func replace(s Screen) tea.Cmd {
	return func() tea.Msg { return replaceMsg{s} }
}
func status(text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text} }
}
func statusErr(text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text, err: true} }
}
