//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/rung-career/rung/internal/store"
)

// TestSignalsRestoreTheTerminal sends SIGTERM, SIGHUP and SIGINT to the running app
// (in a pty, once the database is open) and checks that it exits on its own
// rather than being killed, that it leaves the alternate screen and shows the
// cursor again, and that it closed the database (SQLite removes the WAL file
// when the last connection closes; a killed process leaves it behind).
func TestSignalsRestoreTheTerminal(t *testing.T) {
	bin := buildRung(t)
	needPTY(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := returning(t)
			// "32 new" is on home once the store has been read.
			_, run := startIn(t, []string{bin}, "32 new", dir, func(cmd *exec.Cmd, _ *os.File) error {
				return cmd.Process.Signal(sig)
			})
			if ws, ok := run.state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				t.Fatalf("killed by %v instead of exiting", ws.Signal())
			}
			for _, seq := range []string{"\x1b[?1049l", "\x1b[?25h"} { // leave the alternate screen; show the cursor
				if !bytes.Contains(run.out, []byte(seq)) {
					t.Errorf("the terminal was not restored: no %q in the output", seq)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "rung.db-wal")); !os.IsNotExist(err) {
				t.Errorf("rung.db-wal is still there (err %v): the database was not closed", err)
			}
			st, err := store.Open(dir)
			if err != nil {
				t.Fatalf("the database does not reopen: %v", err)
			}
			st.Close()
		})
	}
}

// TestColorsFollowTheTerminal: in a terminal that says it has colors the
// app draws them (internal/termquiet hides the terminal from package init
// only, not from the app), and with NO_COLOR or --no-color it draws none.
func TestColorsFollowTheTerminal(t *testing.T) {
	bin := buildRung(t)
	needPTY(t)
	colored := func(out []byte) bool { return bytes.Contains(out, []byte("\x1b[38;")) }
	_, run := startIn(t, []string{bin}, "Self-assessment", returning(t), nil, "COLORTERM=truecolor")
	if !colored(run.out) {
		t.Errorf("no colors in a truecolor terminal:\n%q", run.out)
	}
	_, run = startIn(t, []string{bin}, "Self-assessment", returning(t), nil, "COLORTERM=truecolor", "NO_COLOR=1")
	if colored(run.out) {
		t.Error("colors drawn with NO_COLOR set")
	}
	_, run = startIn(t, []string{bin, "--no-color"}, "Self-assessment", returning(t), nil, "COLORTERM=truecolor")
	if colored(run.out) {
		t.Error("colors drawn with --no-color")
	}
}
