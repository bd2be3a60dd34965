package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoriesBrokenFiles imports every file of testdata/stories/broken on
// top of good stories: each is refused whole with exit 2 and exactly the
// messages in its .want file (run with -update to rewrite them, then read
// them), and nothing stored changes.
func TestStoriesBrokenFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(brokenStories, "*.md"))
	if err != nil || len(files) < 8 {
		t.Fatalf("%d broken story files (%v); the corpus needs at least 8", len(files), err)
	}
	dir := t.TempDir()
	runWith(t, "", "--data-dir", dir, "stories", "import", goodStories)
	_, before := listStories(t, dir)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			code, out, errs := runWith(t, "", "--data-dir", dir, "stories", "import", file)
			errs = strings.ReplaceAll(errs, brokenStories+string(filepath.Separator), "")
			if code != exitUsage || out != "" {
				t.Errorf("exit %d, stdout %q", code, out)
			}
			wantFile := filepath.Join(brokenStories, name+".want")
			if *update {
				if err := os.WriteFile(wantFile, []byte(errs), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("no .want file (go test ./cmd/rung -run TestStoriesBrokenFiles -update): %v", err)
			}
			if errs != string(want) {
				t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
			}
			if strings.ContainsRune(errs, 0x1b) || strings.ContainsRune(errs, 0x07) || strings.Contains(errs, "\xe9") {
				t.Errorf("an escape or a raw byte of the file reached the terminal: %q", errs)
			}
			if _, after := listStories(t, dir); after != before {
				t.Errorf("a refused file changed the stories:\n%s", after)
			}
		})
	}
}

func TestStoriesUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"stories"}, "rung stories: say what to do: rung stories import FILE | export FILE | list | coverage\n"},
		{[]string{"stories", "publish"}, `rung stories: unknown action "publish"; valid: import, export, list, coverage`},
		{[]string{"stories", "import"}, "rung stories import: give one file, e.g. `rung stories import stories.md` (- for stdin)"},
		{[]string{"stories", "export", "a.md", "b.md"}, "rung stories export: give one file"},
		{[]string{"stories", "list", "extra"}, `rung stories list: unexpected argument "extra"`},
		{[]string{"stories", "list", "--format", "yaml"}, `rung stories list: unknown --format "yaml"; valid: text, json`},
		{[]string{"stories", "--format", "csv", "coverage"}, `rung stories coverage: unknown --format "csv"; valid: text, json`},
		{[]string{"stories", "export", "x.md", "--format", "json"}, "rung stories export: --format is for list and coverage"},
		{[]string{"stories", "list", "--colour"}, "rung stories list: unknown flag: --colour\nRun `rung stories list --help` for usage and examples.\n"},
		{[]string{"stories", "import", "no-such.md"}, "rung stories import: no-such.md: no such file; give the path of a Markdown story file"},
		{[]string{"stories", "import", "."}, "rung stories import: .: is a folder"},
	} {
		code, out, errs := runWith(t, "", append([]string{"--data-dir", t.TempDir()}, c.args...)...)
		if code != exitUsage || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errs, c.want)
		}
	}
	code, out, _ := runWith(t, "", "stories", "list", "--help")
	if code != exitOK || !strings.Contains(out, "Usage:\n  rung stories list [flags]") || !strings.Contains(out, "--format FORMAT") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

// TestStoriesImportStdin reads the story file from stdin with -, and a
// broken one is named "stdin".
func TestStoriesImportStdin(t *testing.T) {
	data, _ := os.ReadFile(goodStories)
	dir := t.TempDir()
	code, out, errs := runWith(t, string(data), "--data-dir", dir, "stories", "import", "-")
	if code != exitOK || errs != "" || !strings.Contains(out, "Imported 3 stories from stdin") {
		t.Errorf("exit %d, %s%s", code, out, errs)
	}
	code, _, errs = runWith(t, "## x\n", "--data-dir", dir, "stories", "import", "-")
	if code != exitUsage || !strings.HasPrefix(errs, "stdin:1: skills: story \"x\" has no Skills line") ||
		!strings.HasSuffix(errs, "stdin: 6 problems; nothing was imported\n") {
		t.Errorf("exit %d, %s", code, errs)
	}
}

// TestStoriesREADMEExample imports the story of the README's example, so
// the documented format cannot drift from what the parser takes.
func TestStoriesREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```markdown\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("the README has no ```markdown example")
	}
	code, out, errs := runWith(t, example, "--data-dir", t.TempDir(), "stories", "import", "-")
	if code != exitOK || !strings.Contains(out, "Imported 1 story from stdin") {
		t.Errorf("the README's example does not import: exit %d\n%s%s", code, out, errs)
	}
}
