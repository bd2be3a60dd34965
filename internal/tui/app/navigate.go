package app

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

// open builds the screen of a route, from the route table.
func (m *Model) open(r tui.Route, arg any) tui.Screen {
	mk, ok := routes[r]
	if !ok {
		panic(fmt.Sprintf("no screen for the route %s", r))
	}
	return mk(m.c, arg)
}

// navigate opens a route's screen on top of the stack, or in place of the
// screen on top.
func (m *Model) navigate(msg tui.NavigateMsg) tea.Cmd {
	s := m.open(msg.Route, msg.Arg)
	if msg.Replace {
		m.stack[len(m.stack)-1], m.trail[len(m.trail)-1] = s, msg.Route
	} else {
		m.stack, m.trail = append(m.stack, s), append(m.trail, msg.Route)
	}
	m.layout()
	return s.Init()
}

// back goes back one screen, after asking first when the screen on top has
// work that leaving would lose.
func (m *Model) back() tea.Cmd {
	if len(m.stack) == 1 {
		return nil
	}
	if u, ok := m.top().(tui.Unsaved); ok {
		if what := u.Unsaved(); what != "" {
			m.leaving = what
			m.layout()
			return nil
		}
	}
	return m.leave()
}

// answerLeave takes the answer to "leave and lose it?": y leaves, n or esc
// stays; any other key asks again.
func (m *Model) answerLeave(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Leave):
		m.leaving = ""
		return m.leave()
	case key.Matches(msg, m.keys.Stay):
		m.leaving = ""
		m.layout()
	}
	return nil
}

// leave pops the screen on top, and lets the one under it refresh.
func (m *Model) leave() tea.Cmd {
	m.stack, m.trail = m.stack[:len(m.stack)-1], m.trail[:len(m.trail)-1]
	m.layout()
	if r, ok := m.top().(tui.Refresher); ok {
		return r.Refresh()
	}
	return nil
}
