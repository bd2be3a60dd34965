package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"golang.org/x/term"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/app"
)

func stdioIsTerminal() bool {
	return term.IsTerminal(int(os.Stdin.Fd())) && term.IsTerminal(int(os.Stdout.Fd()))
}

// stdoutWidth is the width of the terminal stdout is, 0 when it is not
// one. It asks the kernel (an ioctl), not the terminal.
func stdoutWidth() int {
	w, _, err := term.GetSize(int(os.Stdout.Fd()))
	if err != nil {
		return 0
	}
	return w
}

// dataDir resolves where progress lives: --data-dir, then RUNG_DATA_DIR,
// then $XDG_DATA_HOME/rung.
func dataDir(e *env, g *globals) (string, error) {
	if g.dataDir != "" {
		return g.dataDir, nil
	}
	return store.DefaultDir(e.getenv)
}

// openStore opens the database for the commands that read or write it
// outside the app.
func openStore(e *env, g *globals) (*store.Store, string, error) {
	dir, err := dataDir(e, g)
	if err != nil {
		return nil, "", err
	}
	s, err := store.Open(dir)
	return s, dir, err
}

func accessibleMode(e *env, g *globals) bool {
	return g.accessible || e.getenv("RUNG_ACCESSIBLE") == "1" || e.getenv("RUNG_ACCESSIBLE") == "true"
}

// runApp opens the app at a screen ("" for home). Nothing slow stands in
// front of the first frame: the embedded track (validated by the tests) loads
// and the database opens in the background. A track given with --content is
// checked first, so its problems print as a list.
func runApp(e *env, g *globals, start string) int {
	var lib *content.Library
	src, err := sourceFor(e, g, g.contentDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return exitUsage
	}
	if g.contentDir != "" || accessibleMode(e, g) {
		var ok bool
		if lib, ok = loadLibrary(e, g); !ok {
			return exitUsage
		}
	}
	if accessibleMode(e, g) {
		return runAccessible(e, g, lib)
	}
	if !e.isTerminal() {
		if start == "practice" {
			fmt.Fprintln(e.stderr, "rung: the app needs a terminal (stdin and stdout are not both one).\n"+
				"  For the flashcards as plain prompts (screen readers, pipes):  rung --accessible practice")
			return exitUsage
		}
		fmt.Fprintln(e.stderr, "rung: the app needs a terminal (stdin and stdout are not both one).\n"+
			"  To place yourself without the app:  rung assess --answers FILE   (see the README for the format)\n"+
			"  For plain question-and-answer prompts (screen readers, pipes):  rung --accessible")
		return exitUsage
	}
	// The built-in track loads from its snapshot while the terminal is
	// asked for its background and the program starts.
	var loadLib func() (*content.Library, error)
	if lib == nil {
		loaded := make(chan error, 1)
		var l *content.Library
		go func() {
			var err error
			l, err = src.load()
			loaded <- err
		}()
		loadLib = func() (*content.Library, error) { err := <-loaded; return l, err }
	}
	dir, dirErr := dataDir(e, g)
	outDir := dir
	if outDir == "" {
		outDir, _ = os.Getwd()
	}
	// The store opens in the background; remember it to close it at exit.
	var (
		mu     sync.Mutex
		opened *store.Store
	)
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		if opened != nil {
			opened.Close()
		}
	}()
	openStore := func() (progress.Store, error) {
		if dirErr != nil {
			return nil, dirErr
		}
		s, err := store.Open(dir)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		opened = s
		return s, nil
	}
	opts := app.Options{Library: lib, Now: e.now, Renderer: appRenderer(e, g), OutDir: outDir, Start: start,
		Version: version, OpenStore: openStore, LoadLibrary: loadLib, Editor: progress.EditorCommand(e.getenv)}
	withTracks(&opts, e, g)
	// A hang-up, terminate or interrupt ends the program cleanly: the
	// terminal is restored and the deferred Close runs, so the database is
	// closed. (In the app ctrl+c is a key, not a signal; SIGINT comes from
	// kill -INT.)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	return exitFor(e, dir, app.Run(ctx, opts, os.Stdin, os.Stdout))
}

// appRenderer is the renderer the app draws with: no colour when asked,
// and the terminal's background asked once, here, before the program owns
// the terminal (package init was kept from asking, see internal/termquiet).
// The default renderer, which the bubbles components draw with, is told
// the same.
func appRenderer(e *env, g *globals) *lipgloss.Renderer {
	renderer := lipgloss.NewRenderer(os.Stdout)
	if g.noColor || e.getenv("NO_COLOR") != "" {
		renderer.SetColorProfile(termenv.Ascii)
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	dark := renderer.HasDarkBackground()
	renderer.SetHasDarkBackground(dark)
	lipgloss.SetHasDarkBackground(dark)
	return renderer
}

// exitFor says how the app ended: a crash writes its report next to the
// person's data (their progress is already safe), any other error is
// printed.
func exitFor(e *env, dir string, err error) int {
	var crash *app.Crash
	switch {
	case errors.As(err, &crash):
		fmt.Fprintf(e.stderr, "rung stopped because of a bug (on the %s screen). Your saved progress is safe.\n", crash.Screen)
		if path, werr := writeCrashReport(dir, crash, e.now()); werr == nil {
			fmt.Fprintf(e.stderr, "A crash report is at %s; please attach it when you report the bug.\n", path)
		} else {
			fmt.Fprintf(e.stderr, "The crash report could not be written (%v):\n%v\n%s\n", werr, crash.Value, crash.Stack)
		}
		return exitError
	case err != nil:
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return exitError
	}
	return exitOK
}
