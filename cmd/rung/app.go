package main

import (
	"fmt"

	"golang.org/x/term"
)

func stdioIsTerminal() bool {
	return term.IsTerminal(0) && term.IsTerminal(1)
}

// runApp opens the app. Until the interactive screens land it prints an
// overview of the track: the ladder and the steps.
func runApp(e *env, g *globals, _ string) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "%s\n\n%s\n\nThe ladder:\n", lib.Track.Name, lib.Track.Summary)
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		r := lib.Roles[i]
		fmt.Fprintf(e.stdout, "  %d. %-32s %s\n", r.Rung, r.Title, r.Stage)
	}
	fmt.Fprintf(e.stdout, "\nThe steps:\n")
	for _, s := range lib.Steps {
		fmt.Fprintf(e.stdout, "  %2d. %s\n", s.Number, s.Title)
	}
	return exitOK
}
