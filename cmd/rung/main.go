// Command rung is a terminal career advisor for people in social services:
// a self-assessment that places you on the ladder, a browsable roadmap, and
// interview practice with spaced repetition.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rung-career/rung/internal/termquiet"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // something failed at run time (disk, database)
	exitUsage = 2 // bad input: flags, answers, content
)

func main() {
	termquiet.Restore() // see internal/termquiet: no terminal query at init
	// A reader that goes away (`rung assess ... | head -1`) would otherwise
	// kill rung with SIGPIPE (exit status 141). Asked for, the signal goes to
	// this unread channel instead and the write fails with EPIPE, which the
	// commands take as the reader having had enough: a quiet exit 0.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], newEnv()))
}

// env is everything a command touches outside itself, so tests can drive run.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// isTerminal reports whether both stdin and stdout are terminals.
	isTerminal func() bool
	// width is the width of the terminal stdout is, 0 when it is none (nil
	// in tests: none).
	width func() int
	now   func() time.Time
}

func newEnv() *env {
	return &env{
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		getenv:     os.Getenv,
		isTerminal: stdioIsTerminal,
		width:      stdoutWidth,
		now:        time.Now,
	}
}

// globals are the flags every command accepts.
type globals struct {
	contentDir string
	track      string
	dataDir    string
	noColor    bool
	accessible bool
	// stored is the track remembered in the database, read once (nil
	// until read).
	stored *string
}

// shiftClock honors RUNG_NOW (an RFC 3339 time such as
// 2026-11-30T19:00:00Z): the clock starts there and runs on, so a person can
// see what the scheduler does tomorrow or next week without waiting for it.
func shiftClock(e *env) error {
	v := e.getenv("RUNG_NOW")
	if v == "" {
		return nil
	}
	at, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return fmt.Errorf("RUNG_NOW=%q is not a time; use RFC 3339, such as 2026-11-30T19:00:00Z", v)
	}
	real := e.now
	start := real()
	e.now = func() time.Time { return at.Add(real().Sub(start)) }
	return nil
}

// run runs the command line and returns the exit code. Every command sets
// its own code; an error from the parser itself (an unknown flag or command,
// a flag without its value) is a usage error: it is printed with the
// hint to the command's usage on stderr, exit 2.
func run(args []string, e *env) int {
	c := &cli{e: e, code: exitOK}
	root := c.root()
	root.SetArgs(longFlags(root, args))
	cmd, err := root.ExecuteC()
	if errors.Is(err, errHandled) {
		return c.code
	}
	if errors.Is(err, syscall.EPIPE) { // a completion script into a closed pipe
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %v\n%s\n", cmd.CommandPath(), err, usageHint(cmd))
		return exitUsage
	}
	return c.code
}
