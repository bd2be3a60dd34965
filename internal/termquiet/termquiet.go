// Package termquiet keeps package initialization from querying the terminal.
//
// Bubble Tea v1's init calls lipgloss.HasDarkBackground, which, when stdout
// is a terminal, writes OSC 11 and CSI 6n to it and waits (up to 5 s) for the
// answers. That happens in every run of the binary, so `rung version` or
// `rung assess` would ask the terminal questions for a TUI they never draw,
// and hang in a terminal (or a harness) that does not answer.
//
// Go initializes a package after the packages it imports and otherwise in
// the order of import paths (the spec's "Package initialization"). This one
// imports only os, so it is initialized before Bubble Tea, which waits for
// lipgloss, termenv and golang.org/x/sys. Its init sets CI, which makes
// termenv treat stdout as no terminal, so the query is skipped; Restore, the
// first thing main does, puts the environment back. The app asks the
// terminal itself, once, just before its program starts. A test in cmd/rung
// runs the binary in a pseudo-terminal that never answers and fails if a
// query is written, so a change in the order is caught.
package termquiet

import "os"

// set reports whether init set CI (it leaves a CI that was already set).
var set bool

func init() {
	if _, ok := os.LookupEnv("CI"); !ok {
		set = os.Setenv("CI", "1") == nil
	}
}

// Restore undoes what init did to the environment.
func Restore() {
	if set {
		_ = os.Unsetenv("CI")
		set = false
	}
}
