package app

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// statusLine is the line above the help: what a screen (or the app, from 0)
// said last. It shows while that screen is on top, and clears after a
// while.
type statusLine struct {
	text string
	err  bool
	from int // the screen that said it; 0 for the app itself
	gen  int // counts lines said, so a stale clear leaves a newer line
}

// clearStatusMsg clears the status line if it still shows generation gen.
type clearStatusMsg struct{ gen int }

// say shows a status line, and clears it after a while.
func (m *Model) say(msg tui.StatusMsg) tea.Cmd {
	gen := m.status.gen + 1
	m.status = statusLine{text: content.Sanitize(msg.Text), err: msg.Err, from: msg.From, gen: gen}
	return m.c.Tick(6*time.Second, func(time.Time) tea.Msg { return clearStatusMsg{gen} })
}

// statusShown is the status line, when it belongs on the screen on top.
func (m *Model) statusShown() (string, bool) {
	s := m.status
	if s.text == "" || (s.from != 0 && (len(m.stack) == 0 || m.top().ID() != s.from)) {
		return "", false
	}
	return s.text, s.err
}
