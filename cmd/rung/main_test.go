package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/app"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runWith runs the command line with the given stdin and a fixed clock.
func runWith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:      strings.NewReader(stdin),
		stdout:     &out,
		stderr:     &errb,
		getenv:     func(string) string { return "" },
		isTerminal: func() bool { return false },
		now:        func() time.Time { return time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) },
	}
	code = run(args, e)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", "cli", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("missing golden file (go test ./cmd/rung -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from its golden file\n--- got ---\n%s", name, got)
	}
}

const persona = "../../testdata/personas/case-manager-three-years.yaml"

func TestAssessFormats(t *testing.T) {
	for _, f := range []string{"text", "json", "markdown"} {
		t.Run(f, func(t *testing.T) {
			code, out, errs := runWith(t, "", "assess", "--answers", persona, "--format", f)
			if code != exitOK || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			golden(t, "assess-"+f, out)
		})
	}
}

func TestAssessJSONInterface(t *testing.T) {
	data, _ := os.ReadFile(persona)
	code, out, _ := runWith(t, string(data), "assess", "--answers", "-", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var v struct {
		Current      *string `json:"current"`
		Next         *string `json:"next"`
		QualifiedFor *string `json:"qualified_for"`
		Readiness    *int    `json:"readiness"`
		Gaps         []struct {
			Requirement string   `json:"requirement"`
			Have        string   `json:"have"`
			Need        string   `json:"need"`
			Steps       []int    `json:"steps"`
			Skills      []string `json:"skills"`
		} `json:"gaps"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Current == nil || *v.Current != "case-manager" || v.Next == nil || *v.Next != "supervisor" ||
		v.QualifiedFor == nil || v.Readiness == nil || len(v.Gaps) == 0 || len(v.Gaps[0].Steps) == 0 {
		t.Fatalf("unexpected JSON: %s", out)
	}
	// At the top, next is null.
	_, out, _ = runWith(t, "current_role: director\n", "assess", "--answers", "-", "--format", "json")
	if !strings.Contains(out, `"next": null`) {
		t.Errorf("next is not null at the top:\n%s", out)
	}
}

func TestAssessErrors(t *testing.T) {
	cases := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"no answers flag", "", []string{"assess"}, "--answers FILE is required"},
		{"missing file", "", []string{"assess", "--answers", "nope.yaml"}, "nope.yaml: no such file"},
		{"folder", "", []string{"assess", "--answers", "."}, ".: is a folder"},
		{"bad format", "", []string{"assess", "--answers", persona, "--format", "pdf"}, `unknown --format "pdf"; valid: text, json, markdown`},
		{"bad answers", "education: phd\nnetworking: 7\n", []string{"assess", "--answers", "-"},
			"stdin:1: education: \"phd\" is not a valid value; one of: none, associate, bachelors, masters, doctorate\nstdin:2: networking: 7 is out of range; a whole number from 1 to 5\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := runWith(t, c.stdin, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q does not contain %q", errs, c.want)
			}
		})
	}
}

func TestContentValidate(t *testing.T) {
	code, out, _ := runWith(t, "", "content", "validate")
	if code != exitOK || !strings.Contains(out, "valid track \"Social Services\"") {
		t.Fatalf("embedded track: exit %d, %s", code, out)
	}
	code, out, _ = runWith(t, "", "content", "validate", "../../testdata/tracks/library")
	if code != exitOK || !strings.Contains(out, "Public Libraries") {
		t.Fatalf("library track: exit %d, %s", code, out)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "roles.yaml"), []byte("roles:\n  - id: x\n    rung: two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runWith(t, "", "content", "validate", dir)
	want := filepath.Join(dir, "roles.yaml") + ":3: roles[0].rung: expected a whole number"
	if code != exitUsage || !strings.Contains(errs, want) {
		t.Fatalf("broken track: exit %d, stderr %s", code, errs)
	}
	file := filepath.Join(dir, "roles.yaml")
	code, _, errs = runWith(t, "", "content", "validate", file)
	if code != exitUsage || !strings.Contains(errs, "is a file, not a folder") {
		t.Fatalf("a file as track: exit %d, %s", code, errs)
	}
	code, _, errs = runWith(t, "", "--content", file, "assess", "--answers", persona)
	if code != exitUsage || !strings.Contains(errs, "is a file, not a folder") {
		t.Fatalf("--content FILE: exit %d, %s", code, errs)
	}
}

func TestContentExport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my-track")
	code, out, errs := runWith(t, "", "content", "export", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "wrote ") {
		t.Errorf("stdout: %s", out)
	}
	code, _, _ = runWith(t, "", "content", "validate", dir)
	if code != exitOK {
		t.Errorf("the exported track does not validate")
	}
	// A second export must not overwrite the agency's edits.
	if err := os.WriteFile(filepath.Join(dir, "faq.yaml"), []byte("# edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runWith(t, "", "content", "export", dir)
	if code != exitUsage || !strings.Contains(errs, "already exists; nothing was written") {
		t.Errorf("second export: exit %d, %s", code, errs)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "faq.yaml")); string(data) != "# edited\n" {
		t.Error("the edited file was overwritten")
	}
}

func TestCrashReport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	c := &app.Crash{Value: "boom\x1b]52;c;eHg=\x07", Screen: "Flashcards", Stack: []byte("goroutine 1 [running]:\nmain.main()")}
	now := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	path, err := writeCrashReport(dir, c, now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "crash-20261122-183000.txt" {
		t.Errorf("path %s", path)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{"version: " + version, "screen:  Flashcards", "panic:   boom]52;c;eHg=", "goroutine 1 [running]"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("report lacks %q:\n%s", want, data)
		}
	}
	if strings.ContainsRune(string(data), 0x1b) {
		t.Error("an escape sequence reached the report")
	}
	if _, err := writeCrashReport(dir, c, now); err == nil {
		t.Error("a second report at the same second overwrote the first")
	}
}

func TestNoTerminal(t *testing.T) {
	code, _, errs := runWith(t, "")
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{"needs a terminal", "rung assess --answers FILE", "rung --accessible"} {
		if !strings.Contains(errs, want) {
			t.Errorf("message lacks %q: %s", want, errs)
		}
	}
}

func TestAssessSave(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runWith(t, "", "--data-dir", dir, "assess", "--answers", persona, "--format", "json", "--save")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("stdout is not the JSON placement alone: %v\n%s", err, out)
	}
	if !strings.HasPrefix(errs, "Saved to "+dir) {
		t.Errorf("stderr %q does not say where it was saved", errs)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, ok, err := st.LatestAssessment("social-services")
	if err != nil || !ok {
		t.Fatalf("no saved assessment: ok=%v err=%v", ok, err)
	}
	if a.Current != v["current"] || a.Next != v["next"] {
		t.Errorf("saved %s -> %s, printed %v -> %v", a.Current, a.Next, v["current"], v["next"])
	}

	// A data dir that cannot be used: the placement still prints, the
	// failure to save is named, and the exit code says it.
	file := filepath.Join(dir, "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runWith(t, "", "--data-dir", file, "assess", "--answers", persona, "--save")
	if code != exitError || !strings.Contains(out, "Case Manager") || !strings.Contains(errs, "not saved") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestRungNow(t *testing.T) {
	var out, errb bytes.Buffer
	env := func(now string) *env {
		out.Reset()
		errb.Reset()
		return &env{
			stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
			getenv: func(k string) string {
				if k == "RUNG_NOW" {
					return now
				}
				return ""
			},
			isTerminal: func() bool { return false },
			now:        func() time.Time { return time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) },
		}
	}
	e := env("2027-01-04T09:00:00Z")
	if code := run([]string{"version"}, e); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if got := e.now(); !got.Equal(time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("RUNG_NOW clock reads %v", got)
	}
	e = env("next tuesday")
	if code := run([]string{"version"}, e); code != exitUsage || !strings.Contains(errb.String(), "RFC 3339") {
		t.Errorf("bad RUNG_NOW: exit %d, stderr %q", code, errb.String())
	}
}

// TestAccessibleMode answers the plain prompts from stdin; the placement is
// printed as text and saved.
func TestAccessibleMode(t *testing.T) {
	dir := t.TempDir()
	// A worker: two years in the role and the field, an associate degree in a
	// related field, a certification, ..., every skill 3, then Enter on the
	// review to submit.
	answers := strings.Repeat("2\n", 9) + "y\n2\n3\n3\n" + strings.Repeat("3\n", 15) + "\n"
	code, out, errs := runWith(t, answers, "--data-dir", dir, "--accessible")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"Question 1 of 13", "Review your answers:", "where you stand", "<- you hold this", "Saved to " + dir} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, ok, err := st.LatestAssessment("social-services"); !ok || err != nil {
		t.Errorf("not saved: ok=%v err=%v", ok, err)
	}
}

// TestTracksAndTrackChoice: `rung tracks` lists the built-in tracks and marks
// the one chosen; --track and RUNG_TRACK choose; an unknown id exits 2 with
// the valid ones; reading never creates the data folder.
func TestTracksAndTrackChoice(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "not-yet")
	code, out, errs := runWith(t, "", "--data-dir", dir, "tracks", "--format", "json")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Tracks []struct {
			ID, Name, Country string
			Rungs             []struct{ ID, Title string }
			Selected          bool
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Tracks) == 0 {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if first := got.Tracks[0]; first.ID != "social-services" || !first.Selected || first.Country != "United States" || len(first.Rungs) != 5 {
		t.Errorf("first track %+v", first)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("listing tracks created the data folder: %v", err)
	}
	code, _, errs = runWith(t, "", "--data-dir", dir, "--track", "nowhere", "tracks")
	if code != exitUsage || !strings.Contains(errs, `--track "nowhere" is not a built-in track; built-in tracks: social-services`) {
		t.Errorf("unknown track: exit %d, %q", code, errs)
	}
	code, _, errs = runWith(t, "", "--track", "social-services", "--content", "x", "assess", "--answers", persona)
	if code != exitUsage || !strings.Contains(errs, "not both") {
		t.Errorf("both --content and --track: exit %d, %q", code, errs)
	}
}

// TestExportEveryBuiltinTrack: each built-in track exports and the export
// validates (the round trip an agency makes before adapting a track).
func TestExportEveryBuiltinTrack(t *testing.T) {
	for _, id := range []string{"social-services", "uk-children"} {
		dir := filepath.Join(t.TempDir(), id)
		if code, out, errs := runWith(t, "", "--track", id, "content", "export", dir); code != exitOK || !strings.Contains(out, "wrote the "+id+" track") {
			t.Fatalf("%s: export exit %d: %s %s", id, code, out, errs)
		}
		if code, out, errs := runWith(t, "", "content", "validate", dir); code != exitOK || !strings.Contains(out, "valid track") {
			t.Fatalf("%s: validate exit %d: %s %s", id, code, out, errs)
		}
	}
	code, _, errs := runWith(t, "", "--data-dir", t.TempDir(), "--track", "uk-children", "assess", "--answers", persona)
	if code != exitUsage || !strings.Contains(errs, `unknown key "education"`) || !strings.Contains(errs, "valid keys of the uk-children track") {
		t.Errorf("a US answers file on the UK track: exit %d, %q", code, errs)
	}
}
