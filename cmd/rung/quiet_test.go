//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestCommandsDoNotQueryTheTerminal runs the commands that draw no TUI with
// their output a terminal that never answers, and checks that they write no
// terminal query (OSC 11 background, CSI 6n cursor position): Bubble Tea's
// package init would otherwise ask, and wait up to 5 s for an answer that
// never comes (see internal/termquiet). The check is on the bytes written,
// not on time. The app itself, which does ask, is covered by the startup
// test, whose terminal answers.
func TestCommandsDoNotQueryTheTerminal(t *testing.T) {
	bin := buildRung(t)
	needPTY(t)
	env := []string{"TERM=xterm-256color", "RUNG_DATA_DIR=" + t.TempDir(), "HOME=" + t.TempDir()}
	for _, kv := range os.Environ() { // not CI: with CI set termenv never asks
		if k, _, _ := strings.Cut(kv, "="); k == "PATH" {
			env = append(env, kv)
		}
	}
	for _, args := range [][]string{
		{"version"},
		{"--help"},
		{"assess", "--answers", persona},
		{"content", "validate"},
		{"stats"},
		{"stats", "--format", "json"},
		{"completion", "bash"},
		{"help", "stories"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd := exec.Command(bin, args...)
			cmd.Env = env
			ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
			if err != nil {
				t.Fatal(err)
			}
			defer ptmx.Close()
			var out bytes.Buffer
			_, err = io.Copy(&out, ptmx) // until the child exits (EIO on Linux)
			var pathErr *os.PathError
			if err != nil && !errors.As(err, &pathErr) {
				t.Fatal(err)
			}
			if err := cmd.Wait(); err != nil {
				t.Fatalf("%v\n%s", err, out.Bytes())
			}
			for _, q := range []string{"\x1b]11;?", "\x1b]10;?", "\x1b[6n", "\x1b[c"} {
				if bytes.Contains(out.Bytes(), []byte(q)) {
					t.Errorf("wrote the terminal query %q:\n%q", q, out.Bytes())
				}
			}
			if out.Len() == 0 {
				t.Error("wrote nothing")
			}
		})
	}
}
