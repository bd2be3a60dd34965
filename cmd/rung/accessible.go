package main

import (
	"errors"
	"fmt"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui/accessible"
)

// runAccessible runs the self-assessment as plain prompts and prints the
// placement as text, then saves it when the store can be opened.
func runAccessible(e *env, g *globals, lib *content.Library) int {
	a, err := accessible.Ask(lib, e.stdin, e.stdout)
	if errors.Is(err, accessible.ErrInputEnded) {
		fmt.Fprintln(e.stdout, "\n\nThe input ended before you submitted; placing you on the answers given.")
	} else if err != nil {
		return outputDone(e, err)
	}
	p := assess.Evaluate(lib, a)
	fmt.Fprintln(e.stdout)
	if err := report.WriteText(e.stdout, lib, p); err != nil {
		return outputDone(e, err)
	}
	path, err := storeAssessment(e, g, lib, a, p)
	if err != nil {
		fmt.Fprintf(e.stdout, "\nYour answers were not saved: %v\n", err)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "\nSaved to %s.\n", path)
	return exitOK
}
