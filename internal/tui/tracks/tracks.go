// Package tracks is the track chooser: the ladders rung knows, the one
// running marked. rung asks with it on the first run, and home opens it to
// switch. Each track keeps its own progress, so switching loses nothing.
package tracks

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/tui"
)

// listedMsg brings the built-in tracks, read in the background.
type listedMsg struct {
	to   int
	list []tui.TrackChoice
	err  error
}

func (m listedMsg) Target() int { return m.to }

type keyMap struct {
	tui.NavKeys
	Choose key.Binding
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Choose, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.Bindings(), {k.Choose}} }

type model struct {
	tui.Base
	first  bool // asked on the first run
	list   []tui.TrackChoice
	err    error
	loaded bool
	menu   tui.Menu
	keys   keyMap
}

// New makes the chooser (tui.RouteTracks); its argument is true when rung
// asks on its first run.
func New(c *tui.Context, arg any) tui.Screen {
	first, _ := arg.(bool)
	m := &model{Base: tui.NewBase(c), first: first}
	m.keys = keyMap{NavKeys: tui.NewNavKeys(),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose"))}
	m.syncKeys()
	return m
}

func (m *model) Title() string {
	if m.first {
		return "Choose your track"
	}
	return "Switch track"
}

func (m *model) Init() tea.Cmd {
	c, id := m.Context, m.ID()
	return func() tea.Msg {
		list, err := c.Tracks()
		return listedMsg{to: id, list: list, err: err}
	}
}

// SetSize keeps the chooser to a reading width: its entries are sentences.
func (m *model) SetSize(w, h int) { m.Base.SetSize(tui.Reading(w), h) }

func (m *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case listedMsg:
		m.loaded, m.list, m.err = true, msg.list, msg.err
		m.build()
	case tea.KeyMsg:
		m.syncKeys()
		if m.menu.Update(msg, m.keys.NavKeys, m.menuHeight()) {
			return m, nil
		}
		if key.Matches(msg, m.keys.Choose) && len(m.list) > 0 {
			id := m.list[m.menu.Cursor].ID
			return m, func() tea.Msg { return tui.SwitchTrackMsg{ID: id} }
		}
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft && m.menu.Click(msg.Y-m.menuTop()) {
			id := m.list[m.menu.Cursor].ID
			return m, func() tea.Msg { return tui.SwitchTrackMsg{ID: id} }
		}
	}
	return m, nil
}

// build lists the tracks, the cursor on the one running.
func (m *model) build() {
	running := m.Lib().Track.ID
	items := make([]tui.Item, len(m.list))
	for i, t := range m.list {
		it := tui.Item{Title: tui.Clean(t.Name), Desc: rungsLine(t)}
		if t.ID == running {
			it.Badge = "running now"
			m.menu.Cursor = i
		}
		items[i] = it
	}
	cur := m.menu.Cursor
	m.menu = tui.NewMenu(items, true)
	m.menu.WrapDesc = true
	m.menu.Cursor = min(cur, max(0, len(items)-1))
	m.syncKeys()
}

// rungsLine is where the track is and its ladder, lowest rung first.
func rungsLine(t tui.TrackChoice) string {
	s := fmt.Sprintf("%d rungs", len(t.Rungs))
	if len(t.Rungs) > 0 {
		s += ": " + strings.Join(t.Rungs, " → ")
	}
	if t.Country != "" {
		s = tui.Clean(t.Country) + " · " + s
	}
	return tui.Clean(s)
}

func (m *model) intro() string {
	st := m.Styles()
	title := "Switch track"
	text := "Each track is a ladder of its own, with its own questions, steps and interview cards. " +
		"Your progress is kept per track, so you can switch back at any time."
	if m.first {
		title = "Which ladder fits you?"
		text = "rung knows more than one career ladder. Choose the one you are climbing; " +
			"you can switch later from home, and each track keeps its own progress. Esc decides later."
	}
	return st.Title.Render(tui.Wrap(title, m.Width)) + "\n" + st.Muted.Render(tui.Wrap(text, m.Width))
}

// summary is the selected track's own description.
func (m *model) summary() string {
	if len(m.list) == 0 {
		return ""
	}
	return m.Styles().Text.Render(tui.Wrap(tui.Clean(m.list[m.menu.Cursor].Summary), m.Width))
}

func (m *model) menuTop() int { return lipgloss.Height(m.intro()) + 1 }

func (m *model) menuHeight() int {
	return max(2, m.Height-m.menuTop()-lipgloss.Height(m.summary())-1)
}

func (m *model) View() string {
	st := m.Styles()
	switch {
	case !m.loaded:
		return m.intro() + "\n\n" + st.Muted.Render("Reading the tracks…")
	case m.err != nil:
		return m.intro() + "\n\n" + st.Bad.Render(tui.Wrap("Could not read the tracks: "+m.err.Error(), m.Width))
	case len(m.list) == 0:
		return m.intro() + "\n\n" + st.Muted.Render(tui.Wrap("This rung runs a track from a folder; switching is off.", m.Width))
	}
	out := m.intro() + "\n\n" + m.menu.View(st, m.Width, m.menuHeight())
	if s := m.summary(); s != "" && lipgloss.Height(out)+1+lipgloss.Height(s) <= m.Height {
		out += "\n\n" + s
	}
	return out
}

func (m *model) syncKeys() {
	m.keys.NavKeys.SetEnabled(len(m.list) > 1)
	m.keys.Choose.SetEnabled(len(m.list) > 0)
}

// Keys are the chooser's keys.
func (m *model) Keys() help.KeyMap {
	m.syncKeys()
	return m.keys
}
