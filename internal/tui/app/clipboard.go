package app

import (
	"io"
	"sync"

	"github.com/muesli/termenv"
)

// The clipboard is the terminal's: rung asks it to copy text with an OSC 52
// sequence, as gum and the Bubbles text input do. The sequence goes out
// through the program's own output, one write at a time with the
// renderer's frames, so it never lands inside a frame. Terminals that do
// not allow it (tmux without set-clipboard on, some others) ignore it, and
// the screens say it may not work.

// osc52Clipboard copies text by writing OSC 52 to out.
func osc52Clipboard(out io.Writer) func(string) error {
	o := termenv.NewOutput(out)
	return func(text string) error {
		o.Copy(text)
		return nil
	}
}

// lockedWriter writes to w one write at a time.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// terminalFile is what Bubble Tea looks for in its output to size and
// restore the terminal.
type terminalFile interface {
	io.ReadWriteCloser
	Fd() uintptr
}

// lockedFile is a lockedWriter over a terminal, which Bubble Tea still
// sees as one.
type lockedFile struct {
	lockedWriter
	f terminalFile
}

func (l lockedFile) Read(p []byte) (int, error) { return l.f.Read(p) }
func (l lockedFile) Close() error               { return l.f.Close() }
func (l lockedFile) Fd() uintptr                { return l.f.Fd() }

// syncOutput makes out safe to write from the renderer and a command at
// once; a terminal stays a terminal.
func syncOutput(out io.Writer) io.Writer {
	lw := lockedWriter{mu: &sync.Mutex{}, w: out}
	if f, ok := out.(terminalFile); ok {
		return lockedFile{lockedWriter: lw, f: f}
	}
	return lw
}
