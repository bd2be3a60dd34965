package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
)

// trackSource is where a track is read from: the embedded one or a folder.
type trackSource struct {
	fsys    fs.FS
	label   string // how to name its files in messages: a path prefix
	builtin string // the built-in track's id, "" for a folder
}

// chooseTrack says which built-in track to run: --track, else RUNG_TRACK,
// else the one the person chose in the app (read without creating the data
// folder), else the default.
func chooseTrack(e *env, g *globals) (string, error) {
	id, from := g.track, "--track"
	if id == "" {
		id, from = e.getenv("RUNG_TRACK"), "RUNG_TRACK"
	}
	if id == "" {
		id, from = storedTrack(e, g), ""
	}
	if id == "" {
		return tracks.DefaultTrack, nil
	}
	if !tracks.IsBuiltin(id) {
		if from == "" {
			return tracks.DefaultTrack, nil // a choice from an older rung: fall back
		}
		hint := "built-in tracks: " + strings.Join(tracks.IDs(), ", ")
		if s := content.Nearest(id, tracks.IDs()); s != "" {
			hint = fmt.Sprintf("did you mean %q? %s", s, hint)
		}
		return "", fmt.Errorf("%s %q is not a built-in track; %s (or give a folder with --content DIR)", from, id, hint)
	}
	return id, nil
}

// storedTrack is the track chosen in the app, or "" when there is none or
// no database yet.
func storedTrack(e *env, g *globals) string {
	if g.stored == nil {
		v := readStoredTrack(e, g)
		g.stored = &v
	}
	return *g.stored
}

func readStoredTrack(e *env, g *globals) string {
	dir, err := dataDir(e, g)
	if err != nil {
		return ""
	}
	st, ok, err := store.OpenIfExists(dir)
	if err != nil || !ok {
		return ""
	}
	defer st.Close()
	v, _, _ := st.Setting(progress.TrackKey)
	return v
}

// sourceFor is where the track comes from: --content DIR, or a built-in
// track with its snapshot.
func sourceFor(e *env, g *globals, dir string) (trackSource, error) {
	if g.contentDir != "" && g.track != "" {
		return trackSource{}, errors.New("give --content DIR or --track ID, not both")
	}
	if dir == "" {
		id, err := chooseTrack(e, g)
		if err != nil {
			return trackSource{}, err
		}
		fsys, err := tracks.Track(id)
		if err != nil {
			return trackSource{}, err
		}
		return trackSource{fsys: fsys, label: filepath.Join("content", id), builtin: id}, nil
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

// loadLibrary loads the track named by --content, or the built-in track
// chosen, and prints every problem, each prefixed with the track's path, on
// failure.
func loadLibrary(e *env, g *globals) (*content.Library, bool) {
	src, err := sourceFor(e, g, g.contentDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung: %v\n", err)
		return nil, false
	}
	lib, err := src.load()
	if err != nil {
		printProblems(e, src, err)
		return nil, false
	}
	return lib, true
}

// load reads the track: a built-in one from its snapshot (a stale snapshot
// falls back to the YAML), a folder from its YAML.
func (src trackSource) load() (*content.Library, error) {
	if src.builtin != "" {
		return content.LoadSnapshot(src.fsys, tracks.Snapshot(src.builtin))
	}
	return content.Load(src.fsys)
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

func (c *cli) contentCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "content",
		Short: "check a track's YAML, or write a built-in track out to adapt it",
		Long: `A track is a folder of YAML: the rungs, steps, skills, interview cards and
the rest. validate checks one and lists every problem as file:line; export
writes a built-in track out, to adapt it for your agency.`,
		Example: `  rung content validate                 # the built-in track in use
  rung content validate my-track        # a folder
  rung content export my-track          # the track in use, to a new folder
  rung --track uk-children content export uk-track
  rung --content my-track               # then run everything on it`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: c.do(func(cmd *cobra.Command, args []string) int {
			if len(args) == 0 {
				return c.usageErr(cmd, "rung content: say what to do: `rung content validate [DIR]` or `rung content export DIR`")
			}
			return c.usageErr(cmd, "rung content: unknown action %q; valid: validate, export", args[0])
		}),
	}
	dirs := func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "validate [DIR]",
		Short: "check a track's YAML; exit 2 with every problem listed",
		Long: `Check a track: the folder DIR, else --content DIR, else the built-in track
in use. Every problem is listed as file:line: key: what is wrong; what would
be valid, and the exit code is 2; a valid track prints what it holds.`,
		Example: `  rung content validate
  rung content validate my-track
  rung --track uk-children content validate`,
		ValidArgsFunction: dirs,
		RunE:              c.do(func(cmd *cobra.Command, args []string) int { return c.contentValidate(cmd, args) }),
	}, &cobra.Command{
		Use:   "export DIR",
		Short: "write the track in use to a new folder, to adapt it",
		Long: `Write the built-in track in use (or --track ID) out as YAML to DIR, to
adapt it. A file that is already there is never overwritten: nothing is
written and the exit code is 2.`,
		Example: `  rung content export my-track
  rung --track uk-children content export uk-track`,
		ValidArgsFunction: dirs,
		RunE:              c.do(func(cmd *cobra.Command, args []string) int { return c.contentExport(cmd, args) }),
	})
	return cmd
}

func (c *cli) contentValidate(cmd *cobra.Command, args []string) int {
	e, g := c.e, &c.g
	if len(args) > 1 {
		return c.usageErr(cmd, "rung content validate: give at most one folder")
	}
	dir := g.contentDir
	if len(args) == 1 {
		dir = args[0]
	}
	src, err := sourceFor(e, g, dir)
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
	pay := ""
	if lib.Salary != nil {
		pay = fmt.Sprintf("%d salary levels, ", len(lib.Salary.Levels))
	}
	if lib.Pay != nil {
		pay += fmt.Sprintf("pay for %d rungs, ", len(lib.Pay.Rungs))
	}
	return fmt.Sprintf("%d rungs, %d steps, %d skills, %s%d FAQs, %d specializations, "+
		"%d responsibilities, %d interview cards, %d questions to ask, %d questionnaire questions, %d requirements (%d files)",
		len(lib.Roles), len(lib.Steps), len(lib.Skills), pay, len(lib.FAQ), len(lib.Specializations),
		len(lib.Responsibilities), len(lib.Cards), guideQs, qs, reqs, len(lib.Files))
}

func (c *cli) contentExport(cmd *cobra.Command, args []string) int {
	e, g := c.e, &c.g
	if len(args) != 1 {
		return c.usageErr(cmd, "rung content export: give the folder to write the track to, e.g. `rung content export my-track`")
	}
	dir := args[0]
	id, err := chooseTrack(e, g)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung content export: %v\n", err)
		return exitUsage
	}
	names, err := tracks.Files(id)
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
	src, err := tracks.Track(id)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung content export: %v\n", err)
		return exitError
	}
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
	fmt.Fprintf(e.stdout, "wrote the %s track (%d files) to %s\nedit them, check with `rung content validate %s`, then run `rung --content %s`\n",
		id, len(names), dir, dir, dir)
	return exitOK
}
