package progress

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/stories"
)

func testStory(title string, strength int, skills ...string) stories.Story {
	return stories.Story{Title: title, Situation: "s", Task: "t", Action: "a", Result: "r 3", Skills: skills, Strength: strength}
}

// storyBackends are the two places stories are kept: memory (no database)
// and the database.
func storyBackends(t *testing.T) map[string]*Service {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return map[string]*Service{"memory": New(nil, errors.New("no database"), false, ""), "database": New(db, nil, false, "")}
}

// TestStoriesKept: add, update, mark used and delete behave the same in
// memory and in the database, per track, with the same errors.
func TestStoriesKept(t *testing.T) {
	for name, s := range storyBackends(t) {
		t.Run(name, func(t *testing.T) {
			a, err := s.SaveStory("t", testStory("A", 4, "x"))
			if err != nil || a.ID == 0 {
				t.Fatalf("add: %+v %v", a, err)
			}
			b, err := s.SaveStory("t", testStory("B", 2, "y"))
			if err != nil || b.ID == a.ID {
				t.Fatalf("add b: %+v %v", b, err)
			}
			if _, err := s.SaveStory("t", testStory("A", 1, "y")); !errors.Is(err, ErrTitleTaken) {
				t.Errorf("a taken title: %v", err)
			}
			if _, err := s.SaveStory("other", testStory("A", 1, "y")); err != nil {
				t.Errorf("the same title in another track: %v", err)
			}
			if err := s.MarkStoryUsed("t", a.ID, testNow); err != nil {
				t.Fatal(err)
			}
			a.Result = "changed"
			if _, err := s.SaveStory("t", a); err != nil {
				t.Fatal(err)
			}
			list, err := s.Stories("t")
			if err != nil || len(list) != 2 {
				t.Fatalf("list %+v %v", list, err)
			}
			if got := list[0]; got.Result != "changed" || !got.LastUsed.Equal(testNow) || got.Title != "A" {
				t.Errorf("updated story %+v: the update keeps when it was last used", got)
			}
			if err := s.DeleteStory("t", b.ID); err != nil {
				t.Fatal(err)
			}
			if err := s.DeleteStory("t", b.ID); !errors.Is(err, ErrNoStory) {
				t.Errorf("deleting twice: %v", err)
			}
			if err := s.MarkStoryUsed("t", b.ID, testNow); !errors.Is(err, ErrNoStory) {
				t.Errorf("marking a deleted story: %v", err)
			}
			b.Title = "B2"
			if _, err := s.SaveStory("t", b); !errors.Is(err, ErrNoStory) {
				t.Errorf("updating a deleted story: %v", err)
			}
			if list, _ := s.Stories("t"); len(list) != 1 {
				t.Errorf("after delete %+v", list)
			}
		})
	}
}

// TestAttachCopiesStories: stories written before the database opened are
// copied in, with when they were last used.
func TestAttachCopiesStories(t *testing.T) {
	s := New(nil, nil, true, "")
	a, err := s.SaveStory("t", testStory("A", 4, "x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkStoryUsed("t", a.ID, testNow); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := s.Attach(db); err != nil {
		t.Fatal(err)
	}
	rows, _ := db.Stories("t")
	if len(rows) != 1 || rows[0].Title != "A" || !rows[0].LastUsed.Equal(testNow) {
		t.Errorf("copied stories %+v", rows)
	}
	if list, _ := s.Stories("t"); len(list) != 1 {
		t.Errorf("stories after attaching %+v", list)
	}
}

// TestEditRoundTrip: the editor gets a file of the name given holding the
// text, the text comes back as the editor left it, and the folder is gone.
func TestEditRoundTrip(t *testing.T) {
	cp, err := exec.LookPath("cp")
	if err != nil || runtime.GOOS == "windows" {
		t.Skip("no cp to stand in for an editor")
	}
	edited := filepath.Join(t.TempDir(), "edited.md")
	if err := os.WriteFile(edited, []byte("## New\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := New(nil, nil, false, "")
	s.SetEditor([]string{cp, edited})
	e, err := s.NewEdit("my-story.md", "## Old\n")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(e.Path()); string(b) != "## Old\n" || e.Name() != "my-story.md" {
		t.Errorf("file %s holds %q", e.Name(), b)
	}
	if err := e.Command().Run(); err != nil {
		t.Fatal(err)
	}
	text, err := e.Finish()
	if err != nil || text != "## New\n" {
		t.Errorf("read back %q %v", text, err)
	}
	if _, err := os.Stat(filepath.Dir(e.Path())); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the edit's folder is still there: %v", err)
	}
	if _, err := s.NewEdit("../x.md", ""); err == nil {
		t.Error("a name with a folder in it was taken")
	}
}

func TestEditorCommand(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"VISUAL": "code --wait", "EDITOR": "nano"}, "code --wait"},
		{map[string]string{"VISUAL": "  ", "EDITOR": "nano -R"}, "nano -R"},
	} {
		if got := strings.Join(EditorCommand(env(c.env)), " "); got != c.want {
			t.Errorf("EditorCommand(%v) = %q, want %q", c.env, got, c.want)
		}
	}
	if got := EditorCommand(env(nil)); len(got) != 1 {
		t.Errorf("default editor %q", got)
	}
}
