package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
)

// Messages screens send upward. A screen never makes another screen: it
// names a route and the root looks the screen up in its route table.
type (
	// NavigateMsg opens the screen of a route on top of the current one, or
	// in its place.
	NavigateMsg struct {
		Route Route
		// Arg is what the screen opens on; each route says what it takes.
		Arg any
		// Replace swaps the current screen for the new one (the
		// questionnaire for its results), so back skips it.
		Replace bool
	}
	// BackMsg goes back one screen.
	BackMsg struct{}
	// StatusMsg shows a line in the status bar while the screen that said
	// it is on top. From 0 is the app's own, shown on any screen.
	StatusMsg struct {
		From int
		Text string
		Err  bool
	}
	// AssessedMsg announces a new placement, so home, the ladder and
	// practice show it.
	AssessedMsg struct {
		Placement assess.Placement
		At        time.Time
	}
	// AssessmentSavedMsg reports that the latest placement was saved, or
	// why not.
	AssessmentSavedMsg struct{ Err error }
	// TickMsg drives a clock on screen To; Gen drops the ticks of a timer
	// since replaced.
	TickMsg struct{ To, Gen int }
)

// Target routes a tick to its screen.
func (m TickMsg) Target() int { return m.To }

// Addressed is a message for one screen, by its ID; the root drops it when
// that screen is gone (a stale async result).
type Addressed interface {
	Target() int
}

// Navigate opens the screen of route r on arg.
func Navigate(r Route, arg any) tea.Cmd {
	return func() tea.Msg { return NavigateMsg{Route: r, Arg: arg} }
}

// Replace opens the screen of route r on arg in place of the current one.
func Replace(r Route, arg any) tea.Cmd {
	return func() tea.Msg { return NavigateMsg{Route: r, Arg: arg, Replace: true} }
}

// Back goes back one screen; it is a tea.Cmd.
func Back() tea.Msg { return BackMsg{} }

// Status says text in the status bar while this screen is on top.
func (b *Base) Status(text string) tea.Cmd {
	id := b.id
	return func() tea.Msg { return StatusMsg{From: id, Text: text} }
}

// StatusErr says what went wrong, in the status bar, while this screen is
// on top.
func (b *Base) StatusErr(text string) tea.Cmd {
	id := b.id
	return func() tea.Msg { return StatusMsg{From: id, Text: text, Err: true} }
}
