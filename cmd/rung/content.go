package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// trackSource is where a track is read from: the embedded one or a folder.
type trackSource struct {
	fsys  fs.FS
	label string // how to name its files in messages: a path prefix
}

func sourceFor(dir string) (trackSource, error) {
	if dir == "" {
		return trackSource{fsys: tracks.Default(), label: filepath.Join("content", tracks.DefaultTrack)}, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return trackSource{}, fmt.Errorf("%s: no such folder; give the folder that holds the track's .yaml files", dir)
		}
		return trackSource{}, fmt.Errorf("%s: %w", dir, err)
	}
	if !st.IsDir() {
		return trackSource{}, fmt.Errorf("%s: is a file, not a folder; give the folder that holds the track's .yaml files", dir)
	}
	return trackSource{fsys: os.DirFS(dir), label: dir}, nil
}

// loadLibrary loads the track named by --content (or the embedded one) and
// prints every problem, each prefixed with the track's path, on failure.
func loadLibrary(e *env, g *globals) (*content.Library, bool) {
	src, err := sourceFor(g.contentDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return nil, false
	}
	load := content.Load
	if g.contentDir == "" { // the built-in track has a snapshot (stale: the YAML)
		load = func(fsys fs.FS) (*content.Library, error) {
			return content.LoadSnapshot(fsys, tracks.DefaultSnapshot())
		}
	}
	lib, err := load(src.fsys)
	if err != nil {
		printProblems(e, src, err)
		return nil, false
	}
	return lib, true
}

func printProblems(e *env, src trackSource, err error) {
	var probs *content.Problems
	if !errors.As(err, &probs) {
		fmt.Fprintf(e.stderr, "rung: %s: %v\n", src.label, err)
		return
	}
	list := probs.List()
	for _, p := range list {
		if p.File != "" {
			p.File = filepath.Join(src.label, p.File)
		} else {
			p.File = src.label
		}
		fmt.Fprintln(e.stderr, p.String())
	}
	noun := "problems"
	if len(list) == 1 {
		noun = "problem"
	}
	fmt.Fprintf(e.stderr, "%s: %d %s; nothing was run\n", src.label, len(list), noun)
}

func contentCommand() *command {
	return &command{
		name:    "content",
		args:    "validate [DIR] | export DIR",
		summary: "check a track's YAML, or write the built-in track out to adapt it",
		run: func(e *env, g *globals, args []string) int {
			if len(args) == 0 {
				fmt.Fprintln(e.stderr, "rung content: say what to do: `rung content validate [DIR]` or `rung content export DIR`")
				return exitUsage
			}
			switch args[0] {
			case "validate":
				return contentValidate(e, g, args[1:])
			case "export":
				return contentExport(e, args[1:])
			}
			fmt.Fprintf(e.stderr, "rung content: unknown action %q; valid: validate, export\n", args[0])
			return exitUsage
		},
	}
}

func contentValidate(e *env, g *globals, args []string) int {
	if len(args) > 1 {
		fmt.Fprintln(e.stderr, "rung content validate: give at most one folder")
		return exitUsage
	}
	dir := g.contentDir
	if len(args) == 1 {
		dir = args[0]
	}
	src, err := sourceFor(dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return exitUsage
	}
	lib, err := content.Load(src.fsys)
	if err != nil {
		printProblems(e, src, err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "%s: valid track %q: %s\n", src.label, lib.Track.Name, summarize(lib))
	return exitOK
}

// summarize counts what a track holds.
func summarize(lib *content.Library) string {
	guideQs := 0
	if lib.Guide != nil {
		for _, a := range lib.Guide.AskAreas {
			guideQs += len(a.Questions)
		}
	}
	reqs := len(lib.Requirements)
	qs := 0
	if lib.Questionnaire != nil {
		qs = len(lib.Questionnaire.Questions)
	}
	salary := 0
	if lib.Salary != nil {
		salary = len(lib.Salary.Levels)
	}
	return fmt.Sprintf("%d rungs, %d steps, %d skills, %d salary levels, %d FAQs, %d specializations, "+
		"%d responsibilities, %d interview cards, %d questions to ask, %d questionnaire questions, %d requirements (%d files)",
		len(lib.Roles), len(lib.Steps), len(lib.Skills), salary, len(lib.FAQ), len(lib.Specializations),
		len(lib.Responsibilities), len(lib.Cards), guideQs, qs, reqs, len(lib.Files))
}

func contentExport(e *env, args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "rung content export: give the folder to write the track to, e.g. `rung content export my-track`")
		return exitUsage
	}
	dir := args[0]
	names, err := tracks.Files(tracks.DefaultTrack)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung content export: %v\n", err)
		return exitError
	}
	// Never overwrite: an agency's edited track is precious.
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			fmt.Fprintf(e.stderr, "rung content export: %s already exists; nothing was written (choose an empty folder)\n", filepath.Join(dir, n))
			return exitUsage
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "rung content export: cannot create %s: %v\n", dir, err)
		return exitError
	}
	src := tracks.Default()
	for _, n := range names {
		data, err := fs.ReadFile(src, n)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, n), data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "rung content export: %s: %v\n", filepath.Join(dir, n), err)
			return exitError
		}
	}
	fmt.Fprintf(e.stdout, "wrote %d files to %s\nedit them, check with `rung content validate %s`, then run `rung --content %s`\n",
		len(names), dir, dir, dir)
	return exitOK
}
