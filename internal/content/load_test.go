package content_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

var update = flag.Bool("update", false, "rewrite the want files of the broken-pack corpus")

const (
	libraryTrack = "../../testdata/tracks/library"
	brokenDir    = "../../testdata/broken"
)

func TestShippedTrackCounts(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatalf("the shipped track does not load:\n%v", err)
	}
	guideQs := 0
	if lib.Guide != nil {
		for _, a := range lib.Guide.AskAreas {
			guideQs += len(a.Questions)
		}
	}
	director, _ := lib.Role("director")
	checks := []struct {
		what      string
		got, want int
		atLeast   bool
	}{
		{"rungs", len(lib.Roles), 5, false},
		{"steps", len(lib.Steps), 11, false},
		{"skills", len(lib.Skills), 18, false},
		{"salary levels", len(lib.Salary.Levels), 5, false},
		{"FAQs", len(lib.FAQ), 5, false},
		{"specializations", len(lib.Specializations), 7, false},
		{"social-worker responsibilities", len(lib.Responsibilities), 6, false},
		{"director responsibility areas", len(director.Responsibilities), 12, false},
		{"interview cards", len(lib.Cards), 23, true},
		{"questions to ask", guideQs, 16, false},
	}
	for _, c := range checks {
		if (c.atLeast && c.got < c.want) || (!c.atLeast && c.got != c.want) {
			t.Errorf("%s: got %d, want %d", c.what, c.got, c.want)
		}
	}
	wantIDs := []string{"social-services-worker", "case-manager", "supervisor", "manager", "director"}
	if got := strings.Join(lib.RoleIDs(), ","); got != strings.Join(wantIDs, ",") {
		t.Errorf("role ids in rung order: got %s", got)
	}
	stages := []string{"The Foundation", "The Ascent", "Reaching New Heights", "Beyond the Horizon", "Pinnacle of Success"}
	for i, r := range lib.Roles {
		if r.Stage != stages[i] {
			t.Errorf("role %s: stage %q, want %q", r.ID, r.Stage, stages[i])
		}
		if len(r.Focus) != 3 {
			t.Errorf("role %s: %d focus areas, want 3", r.ID, len(r.Focus))
		}
	}
	for _, c := range lib.Cards {
		if n := len(c.KeyPoints); n < 3 || n > 6 {
			t.Errorf("card %s: %d key points, want 3-6", c.ID, n)
		}
	}
	perCategory := map[string]int{}
	for _, c := range lib.Cards {
		perCategory[c.Category]++
	}
	for cat, min := range map[string]int{"general": 3, "behavioral": 3, "situational": 3, "legal-ethical": 2,
		"assessment-intervention": 2, "collaboration": 2, "leadership": 6} {
		if perCategory[cat] < min {
			t.Errorf("category %s: %d cards, want at least %d", cat, perCategory[cat], min)
		}
	}
	levels := []struct{ min, max int }{{50000, 70000}, {70000, 90000}, {90000, 120000}, {100000, 140000}, {120000, 170000}}
	for i, l := range lib.Salary.Levels {
		if l.Min != levels[i].min || l.Max != levels[i].max {
			t.Errorf("salary level %d: %d-%d, want %d-%d", i+1, l.Min, l.Max, levels[i].min, levels[i].max)
		}
	}
}

func TestSecondTrackLoads(t *testing.T) {
	lib, err := content.Load(os.DirFS(libraryTrack))
	if err != nil {
		t.Fatalf("the library track does not load:\n%v", err)
	}
	if lib.Track.ID != "public-libraries" || len(lib.Roles) != 3 || len(lib.Cards) != 2 {
		t.Fatalf("unexpected track: %s, %d roles, %d cards", lib.Track.ID, len(lib.Roles), len(lib.Cards))
	}
	if got := len(lib.RequirementsFor("branch-manager")); got != 3 {
		t.Errorf("branch-manager requirements: got %d, want 3", got)
	}
}

// overlay builds a track from the library track with a broken pack's files
// laid over it; a file named _delete lists base files to drop.
func overlay(t testing.TB, caseDir string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	read := func(dir string) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || e.Name() == "want" {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			fsys[e.Name()] = &fstest.MapFile{Data: data}
		}
	}
	read(libraryTrack)
	read(caseDir)
	if del, ok := fsys["_delete"]; ok {
		for _, name := range strings.Fields(string(del.Data)) {
			delete(fsys, name)
		}
		delete(fsys, "_delete")
	}
	return fsys
}

// TestBrokenPacks loads every pack of testdata/broken and compares the exact
// problems with the pack's want file. Run with -update to rewrite them (then
// read the diff: every message must name file, line, key and what is valid).
func TestBrokenPacks(t *testing.T) {
	cases, err := os.ReadDir(brokenDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 30 {
		t.Errorf("only %d broken packs; the corpus should hold at least 30", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join(brokenDir, c.Name())
			start := time.Now()
			_, err := content.Load(overlay(t, dir))
			elapsed := time.Since(start)
			var probs *content.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("want problems, got %v", err)
			}
			got := probs.Error() + "\n"
			wantFile := filepath.Join(dir, "want")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("no want file (run go test -run TestBrokenPacks -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("problems differ\n got:\n%s\nwant:\n%s", got, want)
			}
			// Not a timing assertion on a healthy run: a guard against a
			// pathological input (alias bomb, deep nesting) hanging the loader.
			if elapsed > 10*time.Second {
				t.Errorf("took %v", elapsed)
			}
		})
	}
}

func TestFileSizeLimit(t *testing.T) {
	fsys := overlay(t, filepath.Join(brokenDir, "comments-only"))
	big := make([]byte, content.MaxFileSize+1)
	for i := range big {
		big[i] = '#'
	}
	fsys["faq.yaml"] = &fstest.MapFile{Data: big}
	_, err := content.Load(fsys)
	if err == nil || !strings.Contains(err.Error(), "faq.yaml: file is too large (1024 KiB); files may be at most 1024 KiB") {
		t.Fatalf("want a size problem naming faq.yaml, got:\n%v", err)
	}
}

func TestTotalSizeAndFileCountLimits(t *testing.T) {
	fsys := fstest.MapFS{}
	chunk := make([]byte, content.MaxFileSize-10)
	for i := range chunk {
		chunk[i] = '#'
	}
	for i := 0; i < 10; i++ {
		fsys[string(rune('a'+i))+".yaml"] = &fstest.MapFile{Data: chunk}
	}
	_, err := content.Load(fsys)
	if err == nil || !strings.Contains(err.Error(), "a track may be at most 8 MiB in all") {
		t.Fatalf("want a total-size problem, got:\n%v", err)
	}
	many := fstest.MapFS{}
	for i := 0; i <= content.MaxFiles; i++ {
		many[filepath.Join(".", strings.Repeat("x", i+1)+".yaml")] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	_, err = content.Load(many)
	if err == nil || !strings.Contains(err.Error(), "at most 64") {
		t.Fatalf("want a file-count problem, got:\n%v", err)
	}
}

func TestNoYAMLFiles(t *testing.T) {
	_, err := content.Load(fstest.MapFS{"README.md": &fstest.MapFile{Data: []byte("hi")}})
	if err == nil || !strings.Contains(err.Error(), "no .yaml files in the track folder") {
		t.Fatalf("got %v", err)
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	fsys := tracks.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
