package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/stories"
)

const storiesArgs = "import FILE | export FILE | list | coverage"

func (c *cli) storiesCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "your STAR interview stories: import, export, list, coverage",
		Long: `Your STAR interview stories, kept in your progress, per track. A story file
is Markdown, one "## Title" per story (the format is in the README).
list and coverage only read: with no data folder yet they say there are
no stories and create nothing. With --accessible and no action, rung lists,
adds and exports your stories as plain prompts.`,
		Example: `  rung stories import stories.md
  rung stories export stories.md
  rung stories list
  rung stories coverage --format json
  rung --accessible stories`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: c.do(func(cmd *cobra.Command, args []string) int {
			if len(args) == 0 {
				if accessibleMode(c.e, &c.g) {
					return runAccessibleStories(c.e, &c.g)
				}
				return c.usageErr(cmd, "rung stories: say what to do: rung stories %s\n"+
					"  (or `rung --accessible stories` to list, add and export them with plain prompts)", storiesArgs)
			}
			return c.usageErr(cmd, "rung stories: unknown action %q; valid: import, export, list, coverage", args[0])
		}),
	}
	formatFlag(cmd, cmd.PersistentFlags(), &format, "`FORMAT` of list, coverage: text or json", "text", "json")
	markdown := func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"md", "markdown"}, cobra.ShellCompDirectiveFilterFileExt
	}
	file := func(action, dash string, do func(e *env, g *globals, path string) int) func(*cobra.Command, []string) int {
		return func(cmd *cobra.Command, args []string) int {
			if format != "text" {
				return c.usageErr(cmd, "rung stories %s: --format is for list and coverage; the story file is always Markdown", action)
			}
			if len(args) != 1 {
				return c.usageErr(cmd, "rung stories %s: give one file, e.g. `rung stories %s stories.md` (- for %s)", action, action, dash)
			}
			return do(c.e, &c.g, args[0])
		}
	}
	show := func(action string) func(*cobra.Command, []string) int {
		return func(cmd *cobra.Command, args []string) int {
			if code, ok := c.noArgs(cmd, args, ""); !ok {
				return code
			}
			if code, ok := c.checkFormat(cmd, format, "text", "json"); !ok {
				return code
			}
			return storiesShow(c.e, &c.g, action, format)
		}
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "import FILE",
		Short: "add the stories of a Markdown story file (- for stdin)",
		Long: `Add the stories of a Markdown story file (- for stdin). A story whose title
you already have is updated, so importing twice changes nothing. A file
with any bad story is refused whole, every problem listed as file:line
(exit 2).`,
		Example: `  rung stories import stories.md
  pbpaste | rung stories import -`,
		ValidArgsFunction: markdown,
		RunE:              c.do(file("import", "stdin", storiesImport)),
	}, &cobra.Command{
		Use:   "export FILE",
		Short: "write your stories to a new Markdown file (- for stdout)",
		Long: `Write your stories to a new Markdown file (- for stdout), in the format
import reads. A file that already exists is never overwritten (exit 2);
with no stories yet nothing is written (exit 1).`,
		Example: `  rung stories export stories.md
  rung stories export - | less`,
		ValidArgsFunction: markdown,
		RunE:              c.do(file("export", "stdout", storiesExport)),
	}, &cobra.Command{
		Use:   "list",
		Short: "your stories, with their skills, strength and last use",
		Example: `  rung stories list
  rung stories list --format json`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE:              c.do(show("list")),
	}, &cobra.Command{
		Use:   "coverage",
		Short: "which skills have a story, which none, which only weak ones",
		Long: `Which skills of the track have a story, which have none, and which rest
only on weak ones (strength 2 or less).`,
		Example: `  rung stories coverage
  rung stories coverage --format json`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE:              c.do(show("coverage")),
	})
	return cmd
}

// readStories returns the track's stories without creating anything: when
// there is no database yet there are no stories.
func readStories(e *env, g *globals, track string) ([]stories.Story, string, error) {
	dir, err := dataDir(e, g)
	if err != nil {
		return nil, "", err
	}
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); errors.Is(err, fs.ErrNotExist) {
		return nil, dir, nil
	}
	st, err := store.Open(dir)
	if err != nil {
		return nil, dir, err
	}
	defer st.Close()
	rows, err := st.Stories(track)
	if err != nil {
		return nil, dir, err
	}
	out := make([]stories.Story, len(rows))
	for i, r := range rows {
		out[i] = progress.FromStore(r)
	}
	return out, dir, nil
}

func storiesImport(e *env, g *globals, path string) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	label, data, err := readStoryFile(e, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung stories import: %v\n", err)
		return exitUsage
	}
	list, err := stories.Parse(label, data, progress.SkillIDs(lib))
	if err != nil {
		var probs *content.Problems
		if !errors.As(err, &probs) {
			fmt.Fprintf(e.stderr, "rung stories import: %v\n", err)
			return exitUsage
		}
		for _, p := range probs.List() {
			fmt.Fprintln(e.stderr, p.String())
		}
		fmt.Fprintf(e.stderr, "%s: %s; nothing was imported\n", label, count(probs.Len(), "problem", "problems"))
		return exitUsage
	}
	st, dir, err := openStore(e, g)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung stories import: %v\n", err)
		return exitError
	}
	defer st.Close()
	rows := make([]store.Story, len(list))
	for i, s := range list {
		rows[i] = progress.ToStore(lib.Track.ID, s)
	}
	n, err := st.ImportStories(lib.Track.ID, rows)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung stories import: nothing was imported: %v\n", err)
		return exitError
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Imported %s from %s into the %s track: %d added, %d updated, %d unchanged (data folder: %s).\n",
		count(len(list), "story", "stories"), content.Sanitize(label), lib.Track.ID, n.Added, n.Updated, n.Unchanged, dir)
	for _, s := range list {
		if !s.Measurable() {
			fmt.Fprintf(&b, "Note: the result of %q has no number in it; panels want a measurable outcome.\n", s.Title)
		}
	}
	_, err = io.WriteString(e.stdout, b.String())
	return outputDone(e, err)
}

// readStoryFile reads a story file, or stdin for "-", up to one byte past
// the size a story file may have (the parser says it is too large).
func readStoryFile(e *env, path string) (string, []byte, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, stories.MaxFileSize+1))
		return "stdin", data, err
	}
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil, fmt.Errorf("%s: no such file; give the path of a Markdown story file (the format is in the README)", path)
		}
		return "", nil, err
	}
	if st.IsDir() {
		return "", nil, fmt.Errorf("%s: is a folder; give the path of a Markdown story file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, stories.MaxFileSize+1))
	return path, data, err
}

func storiesExport(e *env, g *globals, path string) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	list, dir, err := readStories(e, g, lib.Track.ID)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung stories export: %v\n", err)
		return exitError
	}
	if len(list) == 0 {
		fmt.Fprintf(e.stderr, "rung stories export: no stories yet in the %s track (data folder: %s); nothing was written\n", lib.Track.ID, dir)
		return exitError
	}
	warnStale(e, lib, list)
	text := stories.Format(list)
	if path == "-" {
		return outputDone(e, writeString(e.stdout, text))
	}
	if code := writeNewFile(e, path, text); code != exitOK {
		return code
	}
	fmt.Fprintf(e.stdout, "Wrote %s to %s.\n", count(len(list), "story", "stories"), path)
	return exitOK
}

func writeString(w io.Writer, s string) error {
	_, err := io.WriteString(w, s)
	return err
}

// writeNewFile writes text to a file that must not exist yet, and says
// what went wrong on stderr.
func writeNewFile(e *env, path, text string) int {
	err := createNew(path, text)
	switch {
	case errors.Is(err, fs.ErrExist):
		fmt.Fprintf(e.stderr, "rung stories export: %s already exists; nothing was written (give a new file name, or move the old file aside first)\n", path)
		return exitUsage
	case err != nil:
		fmt.Fprintf(e.stderr, "rung stories export: %v\n", err)
		return exitError
	}
	return exitOK
}

// createNew writes text to a new file: an existing file is never
// overwritten (O_EXCL, so not even one made a moment ago), and a file left
// half written is removed. The error wraps fs.ErrExist when path exists.
func createNew(path, text string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("writing %s: %w; nothing was kept", path, err)
	}
	return nil
}

// warnStale says which stories name skills the track no longer has: the
// file is written, but importing it back would refuse them.
func warnStale(e *env, lib *content.Library, list []stories.Story) {
	for _, s := range list {
		var gone []string
		for _, id := range s.Skills {
			if _, ok := lib.Skill(id); !ok {
				gone = append(gone, id)
			}
		}
		if len(gone) > 0 {
			fmt.Fprintf(e.stderr, "Note: %q names skills the %s track does not have (%s); fix them before importing the file again.\n",
				content.Sanitize(s.Title), lib.Track.ID, content.Sanitize(strings.Join(gone, ", ")))
		}
	}
}

func storiesShow(e *env, g *globals, action, format string) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	list, dir, err := readStories(e, g, lib.Track.ID)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung stories %s: %v\n", action, err)
		return exitError
	}
	switch {
	case action == "list" && format == "json":
		err = writeStoriesJSON(e.stdout, list)
	case action == "list":
		err = writeString(e.stdout, storiesText(lib, list, dir, e.now().Location()))
	case format == "json":
		err = writeCoverageJSON(e.stdout, stories.Cover(progress.SkillIDs(lib), list))
	default:
		err = writeString(e.stdout, coverageText(lib, list, dir))
	}
	return outputDone(e, err)
}

// storyJSON is one story in `rung stories list --format json`.
type storyJSON struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Skills    []string `json:"skills"`
	Strength  int      `json:"strength"`
	Situation string   `json:"situation"`
	Task      string   `json:"task"`
	Action    string   `json:"action"`
	Result    string   `json:"result"`
	LastUsed  *string  `json:"last_used"` // RFC 3339 UTC, null for never
}

func writeStoriesJSON(w io.Writer, list []stories.Story) error {
	out := struct {
		Stories []storyJSON `json:"stories"`
	}{Stories: []storyJSON{}}
	for _, s := range list {
		j := storyJSON{ID: s.ID, Title: s.Title, Skills: s.Skills, Strength: s.Strength,
			Situation: s.Situation, Task: s.Task, Action: s.Action, Result: s.Result}
		if j.Skills == nil {
			j.Skills = []string{}
		}
		if !s.LastUsed.IsZero() {
			t := s.LastUsed.UTC().Format(time.RFC3339)
			j.LastUsed = &t
		}
		out.Stories = append(out.Stories, j)
	}
	return writeJSON(w, out)
}

func writeCoverageJSON(w io.Writer, c stories.Coverage) error {
	type skillJSON struct {
		ID      string  `json:"id"`
		Stories []int64 `json:"stories"`
	}
	out := struct {
		Skills    []skillJSON `json:"skills"`
		Uncovered []string    `json:"uncovered"`
		Weak      []string    `json:"weak"`
	}{Skills: []skillJSON{}, Uncovered: nonNilStrings(c.Uncovered), Weak: nonNilStrings(c.Weak)}
	for _, s := range c.Skills {
		out.Skills = append(out.Skills, skillJSON{ID: s.Skill, Stories: s.Stories})
	}
	return writeJSON(w, out)
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
