package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/store"
)

const (
	goodStories   = "../../testdata/stories/good.md"
	brokenStories = "../../testdata/stories/broken"
)

// listJSON is `rung stories list --format json`, decoded strictly enough
// to see every field.
type listJSON struct {
	Stories []struct {
		ID        int64    `json:"id"`
		Title     string   `json:"title"`
		Skills    []string `json:"skills"`
		Strength  int      `json:"strength"`
		Situation string   `json:"situation"`
		Task      string   `json:"task"`
		Action    string   `json:"action"`
		Result    string   `json:"result"`
		LastUsed  *string  `json:"last_used"`
	} `json:"stories"`
}

func listStories(t *testing.T, dir string) (listJSON, string) {
	t.Helper()
	code, out, errs := runWith(t, "", "--data-dir", dir, "stories", "list", "--format", "json")
	if code != exitOK || errs != "" {
		t.Fatalf("list: exit %d, stderr %q", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var v listJSON
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("list JSON: %v\n%s", err, out)
	}
	return v, out
}

func TestStoriesImportListCoverage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errs := runWith(t, "", "stories", "import", goodStories, "--data-dir", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("import: exit %d, stderr %q", code, errs)
	}
	want := "Imported 3 stories from " + goodStories + " into the social-services track: 3 added, 0 updated, 0 unchanged (data folder: " + dir + ").\n" +
		"Note: the result of \"Led my team through a new case system: \\\"no one left behind\\\"\" has no number in it; panels want a measurable outcome.\n"
	if out != want {
		t.Errorf("import said:\n%s\nwant\n%s", out, want)
	}
	// Twice: nothing changes.
	_, out, _ = runWith(t, "", "--data-dir", dir, "stories", "import", goodStories)
	if !strings.Contains(out, "0 added, 0 updated, 3 unchanged") {
		t.Errorf("second import: %s", out)
	}

	v, _ := listStories(t, dir)
	if len(v.Stories) != 3 {
		t.Fatalf("%d stories", len(v.Stories))
	}
	s := v.Stories[0]
	if s.ID != 1 || s.Title != "Kept a family housed after an eviction notice" || !reflect.DeepEqual(s.Skills, []string{"crisis-intervention", "advocacy"}) ||
		s.Strength != 4 || !strings.HasPrefix(s.Situation, "A mother of three") || !strings.HasPrefix(s.Action, "- Called the landlord") ||
		!strings.HasSuffix(s.Result, "14 months later.") || s.LastUsed != nil {
		t.Errorf("first story: %+v", s)
	}
	if !strings.Contains(v.Stories[2].Situation, "\n\teach waited") {
		t.Errorf("a tab at the start of a line was not kept: %q", v.Stories[2].Situation)
	}

	code, out, errs = runWith(t, "", "--data-dir", dir, "stories", "coverage", "--format", "json")
	if code != exitOK || errs != "" {
		t.Fatalf("coverage: exit %d, stderr %q", code, errs)
	}
	var c struct {
		Skills []struct {
			ID      string  `json:"id"`
			Stories []int64 `json:"stories"`
		} `json:"skills"`
		Uncovered []string `json:"uncovered"`
		Weak      []string `json:"weak"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Skills) != 18 || c.Skills[0].ID != "leadership" || !reflect.DeepEqual(c.Skills[0].Stories, []int64{2}) ||
		len(c.Uncovered) != 18-8 || !reflect.DeepEqual(c.Weak, []string{"leadership", "communication", "organizational-skills"}) {
		t.Errorf("coverage: %+v", c)
	}
	for _, u := range c.Uncovered {
		if u == "advocacy" || u == "ethics" {
			t.Errorf("%s has a story but is listed as uncovered", u)
		}
	}

	_, out, _ = runWith(t, "", "--data-dir", dir, "stories", "list")
	golden(t, "stories-list", strings.ReplaceAll(out, dir, "DATA"))
	_, out, _ = runWith(t, "", "--data-dir", dir, "stories", "coverage")
	golden(t, "stories-coverage", strings.ReplaceAll(out, dir, "DATA"))
}

// TestStoriesReadOnlyCommandsCreateNothing: with no data folder, list,
// coverage and export say there are no stories and create nothing.
func TestStoriesReadOnlyCommandsCreateNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "none")
	for _, c := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"stories", "list"}, exitOK, "No stories yet in the social-services track (data folder: " + dir + ").", ""},
		{[]string{"stories", "coverage"}, exitOK, "No stories yet in the social-services track", ""},
		{[]string{"stories", "list", "--format", "json"}, exitOK, "{\n  \"stories\": []\n}\n", ""},
		{[]string{"stories", "coverage", "--format", "json"}, exitOK, "\"uncovered\": [\n    \"leadership\",", ""},
		{[]string{"stories", "export", filepath.Join(t.TempDir(), "out.md")}, exitError, "",
			"rung stories export: no stories yet in the social-services track (data folder: " + dir + "); nothing was written\n"},
	} {
		code, out, errs := runWith(t, "", append([]string{"--data-dir", dir}, c.args...)...)
		if code != c.code || !strings.Contains(out, c.out) || errs != c.err {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %q", c.args, code, out, errs)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Fatalf("%v created the data folder", c.args)
		}
	}
}

func TestStoriesExportNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	runWith(t, "", "--data-dir", dir, "stories", "import", goodStories)
	path := filepath.Join(t.TempDir(), "mine.md")
	os.WriteFile(path, []byte("precious"), 0o600)
	code, out, errs := runWith(t, "", "--data-dir", dir, "stories", "export", path)
	want := "rung stories export: " + path + " already exists; nothing was written (give a new file name, or move the old file aside first)\n"
	if code != exitUsage || out != "" || errs != want {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if data, _ := os.ReadFile(path); string(data) != "precious" {
		t.Errorf("the existing file was changed: %q", data)
	}
	// To stdout.
	code, out, errs = runWith(t, "", "--data-dir", dir, "stories", "export", "-")
	if code != exitOK || errs != "" || !strings.HasPrefix(out, "## Kept a family housed") {
		t.Errorf("export -: exit %d, stderr %q, stdout %q", code, errs, out)
	}
}

// TestStoriesRoundTrip: import, export, re-import gives the same stories,
// every field; exporting again gives the same file byte for byte; and
// importing the export back into the first database changes nothing, not
// even when a story was last used.
func TestStoriesRoundTrip(t *testing.T) {
	first, second := t.TempDir(), t.TempDir()
	runWith(t, "", "--data-dir", first, "stories", "import", goodStories)
	st, err := store.Open(first)
	if err != nil {
		t.Fatal(err)
	}
	used := time.Date(2026, 11, 20, 9, 15, 0, 0, time.UTC)
	if err := st.MarkStoryUsed("social-services", 2, used); err != nil {
		t.Fatal(err)
	}
	st.Close()
	before, beforeText := listStories(t, first)
	if before.Stories[1].LastUsed == nil || *before.Stories[1].LastUsed != "2026-11-20T09:15:00Z" {
		t.Fatalf("last_used = %v", before.Stories[1].LastUsed)
	}

	out := filepath.Join(t.TempDir(), "export.md")
	if code, _, errs := runWith(t, "", "--data-dir", first, "stories", "export", out); code != exitOK || errs != "" {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	if code, msg, errs := runWith(t, "", "--data-dir", second, "stories", "import", out); code != exitOK || errs != "" ||
		!strings.Contains(msg, "3 added, 0 updated, 0 unchanged") {
		t.Fatalf("re-import: exit %d, %s%s", code, msg, errs)
	}
	after, _ := listStories(t, second)
	before.Stories[1].LastUsed = nil // the file does not carry when a story was used
	if !reflect.DeepEqual(after, before) {
		t.Errorf("re-imported stories differ:\n%+v\n%+v", after, before)
	}
	out2 := filepath.Join(t.TempDir(), "again.md")
	runWith(t, "", "--data-dir", second, "stories", "export", out2)
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(out2)
	if string(a) != string(b) || len(a) == 0 {
		t.Errorf("the second export differs:\n%s\n---\n%s", a, b)
	}

	// Back into the first database: nothing changes, last used included.
	_, msg, _ := runWith(t, "", "--data-dir", first, "stories", "import", out)
	if !strings.Contains(msg, "0 added, 0 updated, 3 unchanged") {
		t.Errorf("import of the export: %s", msg)
	}
	if _, again := listStories(t, first); again != beforeText {
		t.Errorf("importing the export changed the stories:\n%s\n%s", again, beforeText)
	}
}
