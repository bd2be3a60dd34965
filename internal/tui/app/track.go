package app

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

// switchTrack runs rung on the built-in track id, remembering the choice.
// With that track already running it only remembers it and closes the
// chooser.
func (m *Model) switchTrack(id string) tea.Cmd {
	lib := m.c.Lib()
	if lib != nil && lib.Track.ID == id {
		return tea.Sequence(m.back(), m.rememberTrack(id), m.sayApp("rung opens on "+lib.Track.Name+" from now on."))
	}
	load := m.loadTrack
	if load == nil {
		return m.sayAppErr("Switching tracks is off: rung is running a track from a folder.")
	}
	return func() tea.Msg { lib, err := load(id); return trackLoadedMsg{lib: lib, err: err} }
}

// trackLoaded starts over on the new track: home alone on the stack, no
// placement until home reads the track's own, the choice remembered.
func (m *Model) trackLoaded(msg trackLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return m.sayAppErr("Could not open that track: " + msg.err.Error())
	}
	m.c.SetLibrary(msg.lib)
	m.c.ClearLatest()
	m.start = ""
	m.openScreens()
	m.layout()
	cmds := []tea.Cmd{m.rememberTrack(msg.lib.Track.ID),
		m.sayApp("Switched to " + msg.lib.Track.Name + ". Progress is kept per track.")}
	for _, s := range m.stack {
		cmds = append(cmds, s.Init())
	}
	return tea.Batch(cmds...)
}

// rememberTrack keeps the choice for the next run.
func (m *Model) rememberTrack(id string) tea.Cmd {
	pr := m.c.Progress()
	return func() tea.Msg {
		if err := pr.SetTrack(id); err != nil {
			return tui.StatusMsg{Text: "Could not remember the track for next time: " + err.Error(), Err: true}
		}
		return nil
	}
}

// sayApp and sayAppErr are the app's own status lines, shown on any screen.
func (m *Model) sayApp(text string) tea.Cmd {
	return func() tea.Msg { return tui.StatusMsg{Text: text} }
}

func (m *Model) sayAppErr(text string) tea.Cmd {
	return func() tea.Msg { return tui.StatusMsg{Text: text, Err: true} }
}
