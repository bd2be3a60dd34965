package app

import (
	"context"
	"errors"
	"io"

	tea "github.com/charmbracelet/bubbletea"
)

// Run starts the app full screen and blocks until the person quits or ctx
// ends (cmd/rung cancels it on SIGHUP, SIGTERM and SIGINT). The terminal is
// restored on every way out. A panic comes back as a *Crash.
//
// Bubble Tea's own signal handler is off: it handles SIGTERM too, and when
// both saw one, its send of a quit message could block for ever after the
// context had already stopped the program, and the program then waited for
// it: rung hung instead of exiting. The context is the one way in.
func Run(ctx context.Context, o Options, in io.Reader, out io.Writer) error {
	// The clipboard writes to the terminal between frames, never inside one.
	out = syncOutput(out)
	if o.Clipboard == nil {
		o.Clipboard = osc52Clipboard(out)
	}
	m, err := New(o)
	if err != nil {
		return err
	}
	// 120 frames a second (Bubble Tea's most; 60 by default) halves the wait
	// from a keystroke to its frame: 6 ms median, 9 ms p90 instead of 10 and
	// 16 (issue 7's budget is 16 ms). An idle frame that has not changed
	// costs nothing measurable.
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(),
		tea.WithInput(in), tea.WithOutput(out), tea.WithContext(ctx), tea.WithFPS(120),
		tea.WithoutSignalHandler())
	m.quit = p.Quit
	_, err = p.Run()
	if m.Crash != nil {
		return m.Crash
	}
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil // a hang-up or terminate signal: a normal, quiet exit
	}
	return err
}
