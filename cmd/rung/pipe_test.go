package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// built is the rung binary the tests of the real program share: built once
// per test binary, removed by TestMain.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// buildRung builds the rung binary into a temporary folder (once): the
// closed-pipe behavior and the terminal queries at start are the operating
// system's, the Go runtime's and package initialization's, so they are
// checked on the real program, not through run().
func buildRung(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	// go test puts its own go first on the PATH.
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build rung with")
	}
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "rung-test-"); built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "rung")
		if out, err := exec.Command(goTool, "build", "-o", built.bin, ".").CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// TestClosedPipe runs rung with its stdout a pipe whose reader has gone
// away, as in `rung assess --answers me.yaml | head -1`, and checks that it
// exits quietly.
//
// What "quietly" means here: exit status 0, nothing on stderr, no panic.
// Left to itself, a Go program that writes to a closed pipe on stdout is
// killed by SIGPIPE, as cat is; shells take that as normal, but a script
// that checks the status (set -o pipefail, PIPESTATUS) sees 141 and a caller
// using exec sees "signal: broken pipe". So main asks for SIGPIPE
// (signal.Notify), the write fails with EPIPE instead, and the commands treat
// EPIPE on their output as the reader having had enough: exit 0.
//
// Two ways for the reader to go: before rung writes anything (the read end
// is closed before the start, so the very first write fails: the case that
// must not depend on timing), and after the first line, like head -1 (the
// output of most commands fits the pipe's buffer, so this mostly shows that
// a reader that leaves early changes nothing).
func TestClosedPipe(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGPIPE and EPIPE are POSIX; Windows reports a closed pipe otherwise")
	}
	bin := buildRung(t)
	persona := filepath.Join("..", "..", "testdata", "personas", "manager-ready-for-director.yaml")
	cases := []struct {
		name string
		args []string
	}{
		{"assess text", []string{"assess", "--answers", persona, "--format", "text"}},
		{"assess json", []string{"assess", "--answers", persona, "--format", "json"}},
		{"assess markdown", []string{"assess", "--answers", persona, "--format", "markdown"}},
		{"assess save", []string{"assess", "--answers", persona, "--save"}},
		{"stats", []string{"stats"}},
		{"content validate", []string{"content", "validate"}},
		{"content export", []string{"content", "export", "EXPORT"}},
		{"help", []string{"--help"}},
		{"assess help", []string{"assess", "--help"}},
		{"version", []string{"version"}},
	}
	for _, c := range cases {
		for _, when := range []string{"before", "after-first-line"} {
			t.Run(c.name+"/"+when, func(t *testing.T) {
				dir := t.TempDir()
				args := []string{"--data-dir", filepath.Join(dir, "data")}
				for _, a := range c.args {
					args = append(args, strings.ReplaceAll(a, "EXPORT", filepath.Join(dir, "export")))
				}
				first, stderr, err := runClosedPipe(t, bin, args, when == "before")
				if err != nil {
					var exit *exec.ExitError
					if errors.As(err, &exit) {
						t.Fatalf("rung %s: %v (status %s), stderr:\n%s", strings.Join(c.args, " "), err, exit.ProcessState, stderr)
					}
					t.Fatal(err)
				}
				if when == "after-first-line" && first == "" {
					t.Error("no first line read")
				}
				// Only what the command says on stderr when all goes well.
				if stderr != "" && !(c.name == "assess save" && strings.HasPrefix(stderr, "Saved to ")) {
					t.Errorf("rung %s wrote to stderr:\n%s", strings.Join(c.args, " "), stderr)
				}
			})
		}
	}
}

// runClosedPipe runs bin with stdout a pipe. With closeFirst the read end
// is closed before the start; otherwise one line is read, then it is
// closed. It returns that line, stderr and Wait's error.
func runClosedPipe(t *testing.T, bin string, args []string, closeFirst bool) (first, stderr string, err error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = w, &errb
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if closeFirst {
		r.Close()
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close() // the child has its own copy
	if !closeFirst {
		first, _ = bufio.NewReader(r).ReadString('\n')
		r.Close()
	}
	err = cmd.Wait()
	return first, errb.String(), err
}
