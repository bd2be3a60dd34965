package app

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// settingsLoadedMsg carries the practice settings read from progress.
type settingsLoadedMsg struct {
	s   practice.Settings
	err error
}

// loadSettings reads the stored practice settings over the ones in force
// (the options' defaults), once there is a store to read them from (or for
// good, in memory).
func (m *Model) loadSettings() tea.Cmd {
	pr, def := m.c.Progress(), m.c.PracticeSettings()
	return func() tea.Msg {
		s, err := pr.PracticeSettings(def)
		return settingsLoadedMsg{s: s, err: err}
	}
}

// settingsLoaded puts the stored settings in force and tells the screens;
// a spoiled stored value is said in the status line.
func (m *Model) settingsLoaded(msg settingsLoadedMsg) tea.Cmd {
	cmd := m.applySettings(tui.SettingsChangedMsg{Settings: msg.s})
	if msg.err != nil {
		err := msg.err
		return tea.Batch(cmd, func() tea.Msg {
			return tui.StatusMsg{Text: "Practice settings: " + err.Error(), Err: true}
		})
	}
	return cmd
}

// applySettings puts settings in force in the context, then tells every
// screen (the practice home re-counts what it can offer).
func (m *Model) applySettings(msg tui.SettingsChangedMsg) tea.Cmd {
	if msg.Settings == m.c.PracticeSettings() {
		return nil
	}
	if err := m.c.SetPracticeSettings(msg.Settings); err != nil {
		return func() tea.Msg { return tui.StatusMsg{Text: "Practice settings: " + err.Error(), Err: true} }
	}
	return m.broadcast(msg)
}
