package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rung-career/rung/internal/content"
)

// fileNames are the track files a fuzzed file may replace; the first byte of
// the input picks one, so the fuzzer explores every section's decoder.
var fileNames = []string{"track.yaml", "roles.yaml", "steps.yaml", "skills.yaml", "questions.yaml", "assessment.yaml", "extra.yaml"}

// FuzzLoad feeds arbitrary bytes to the loader as one file of an otherwise
// valid track. It must never panic, and a failure must be a *Problems whose
// every line is plain text naming a file.
func FuzzLoad(f *testing.F) {
	cases, _ := os.ReadDir(brokenDir)
	for _, c := range cases {
		files, _ := os.ReadDir(filepath.Join(brokenDir, c.Name()))
		for _, file := range files {
			if file.Name() == "want" {
				continue
			}
			data, _ := os.ReadFile(filepath.Join(brokenDir, c.Name(), file.Name()))
			for i, n := range fileNames {
				if n == file.Name() {
					f.Add(append([]byte{byte(i)}, data...))
				}
			}
		}
	}
	base, _ := os.ReadDir(libraryTrack)
	for _, file := range base {
		data, _ := os.ReadFile(filepath.Join(libraryTrack, file.Name()))
		for i, n := range fileNames {
			if n == file.Name() {
				f.Add(append([]byte{byte(i)}, data...))
			}
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 {
			return
		}
		fsys := fstest.MapFS{}
		entries, _ := os.ReadDir(libraryTrack)
		for _, e := range entries {
			data, _ := os.ReadFile(filepath.Join(libraryTrack, e.Name()))
			fsys[e.Name()] = &fstest.MapFile{Data: data}
		}
		fsys[fileNames[int(in[0])%len(fileNames)]] = &fstest.MapFile{Data: in[1:]}
		lib, err := content.Load(fsys)
		if err == nil {
			if lib == nil || len(lib.Roles) == 0 {
				t.Fatal("no error and no library")
			}
			return
		}
		var probs *content.Problems
		if !errors.As(err, &probs) || probs.Len() == 0 {
			t.Fatalf("error is not a list of problems: %v", err)
		}
		for _, p := range probs.List() {
			s := p.String()
			if p.Msg == "" {
				t.Fatalf("empty message: %q", s)
			}
			if content.Sanitize(s) != s || strings.ContainsRune(s, '\n') {
				t.Fatalf("problem text carries control characters or newlines: %q", s)
			}
		}
	})
}
