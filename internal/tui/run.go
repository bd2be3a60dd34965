package tui

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"
)

// Run starts the app full screen and blocks until the person quits. The
// terminal is restored on every exit path, a panic included (Bubble Tea
// recovers it, restores the terminal and returns it as an error).
func Run(o Options, in io.Reader, out io.Writer) error {
	m, err := New(o)
	if err != nil {
		return err
	}
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out))
	_, err = p.Run()
	return err
}
