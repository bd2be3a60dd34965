// Command rung is a terminal career advisor for people in social services:
// a self-assessment that places you on the ladder, a browsable roadmap, and
// interview practice with spaced repetition.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
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
	now        func() time.Time
}

func newEnv() *env {
	return &env{
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		getenv:     os.Getenv,
		isTerminal: stdioIsTerminal,
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

// register adds the global flags to fs. The current values are the defaults,
// so globals given before a command survive the command's own parse.
func (g *globals) register(fs *flag.FlagSet) {
	fs.StringVar(&g.contentDir, "content", g.contentDir, "run on the track in `DIR` instead of a built-in one")
	fs.StringVar(&g.track, "track", g.track, "run on the built-in track `ID` (also RUNG_TRACK; see `rung tracks`)")
	fs.StringVar(&g.dataDir, "data-dir", g.dataDir, "keep progress in `DIR` (default $RUNG_DATA_DIR or $XDG_DATA_HOME/rung)")
	fs.BoolVar(&g.noColor, "no-color", g.noColor, "draw without color (also NO_COLOR=1)")
	fs.BoolVar(&g.accessible, "accessible", g.accessible, "plain prompts for screen readers (also RUNG_ACCESSIBLE=1)")
}

// command is one subcommand.
type command struct {
	name    string
	args    string // argument synopsis for usage
	summary string
	// flags registers the command's own flags; may be nil.
	flags func(fs *flag.FlagSet)
	run   func(e *env, g *globals, args []string) int
}

func commands() []*command {
	return []*command{
		assessCommand(),
		tracksCommand(),
		practiceCommand(),
		rehearseCommand(),
		statsCommand(),
		storiesCommand(),
		contentCommand(),
		versionCommand(),
	}
}

const usageHead = `rung - a career advisor for people in social services

Usage:
  rung [flags]                 open the app (home screen)
  rung <command> [flags]       run a command

Commands:
`

func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		synopsis := c.name + " " + c.args
		if len(synopsis) > 26 { // a long synopsis gets its own line
			fmt.Fprintf(w, "  %s\n  %-26s %s\n", synopsis, "", c.summary)
			continue
		}
		fmt.Fprintf(w, "  %-26s %s\n", synopsis, c.summary)
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs := flag.NewFlagSet("rung", flag.ContinueOnError)
	var g globals
	g.register(fs)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, "\nRun `rung <command> --help` for a command's own flags.\n")
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

func run(args []string, e *env) int {
	var g globals
	fs := flag.NewFlagSet("rung", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	showVersion := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(e.stdout)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "rung: %v\n\n", err)
		usage(e.stderr)
		return exitUsage
	}
	if *showVersion {
		return versionCommand().run(e, &g, nil)
	}
	if err := shiftClock(e); err != nil {
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return exitUsage
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return runApp(e, &g, "")
	}
	name := rest[0]
	if name == "help" {
		if len(rest) > 1 {
			return run([]string{rest[1], "--help"}, e)
		}
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return runCommand(c, e, &g, rest[1:])
		}
	}
	fmt.Fprintf(e.stderr, "rung: unknown command %q; commands: %s\n", name, commandNames())
	return exitUsage
}

func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// runCommand parses a command's flags (its own and the globals, which may come
// after the command name too) and runs it.
func runCommand(c *command, e *env, g *globals, args []string) int {
	fs := flag.NewFlagSet("rung "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	if c.flags != nil {
		c.flags(fs)
	}
	printUsage := func(w io.Writer) {
		fmt.Fprintf(w, "Usage: rung %s %s\n\n%s\n", c.name, c.args, c.summary)
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(e.stdout)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "rung %s: %v\n\n", c.name, err)
		printUsage(e.stderr)
		return exitUsage
	}
	return c.run(e, g, fs.Args())
}

func versionCommand() *command {
	return &command{
		name:    "version",
		summary: "print the version",
		run: func(e *env, _ *globals, _ []string) int {
			fmt.Fprintf(e.stdout, "rung %s\n", version)
			return exitOK
		},
	}
}
