// Package tuitest helps the screen packages' own tests: a context on the
// shipped track with colour off, a fixed clock and progress in memory, so
// a test can build a screen directly and read what it draws.
package tuitest

import (
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// Now is the fixed clock of a test context.
var Now = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

var (
	shipped     *content.Library
	shippedErr  error
	shippedOnce sync.Once
)

// Library is the shipped default track, loaded from its YAML once.
func Library(t testing.TB) *content.Library {
	t.Helper()
	shippedOnce.Do(func() { shipped, shippedErr = content.Load(tracks.Default()) })
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped
}

// Context is a context on lib (the shipped track when nil): no colour,
// the clock stopped at Now, no database, files written to a temp folder.
func Context(t testing.TB, lib *content.Library) *tui.Context {
	t.Helper()
	if lib == nil {
		lib = Library(t)
	}
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	return tui.NewContext(tui.ContextOptions{Library: lib, Progress: progress.New(nil, nil, false, t.TempDir()),
		Now: func() time.Time { return Now }, Styles: tui.NewStyles(r), NoTicks: true})
}
