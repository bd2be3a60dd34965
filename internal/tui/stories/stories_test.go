package stories

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

var testNow = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// newList is the stories list on one story kept in memory, 80x24.
func newList(t *testing.T) (*list, stories.Story) {
	t.Helper()
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	pr := progress.New(nil, errors.New("no database in this test"), false, t.TempDir())
	c := tui.NewContext(tui.ContextOptions{Library: lib, Progress: pr, Now: func() time.Time { return testNow },
		Styles: tui.NewStyles(r), NoTicks: true})
	s, err := pr.SaveStory(lib.Track.ID, stories.Story{Title: "Kept a family housed", Skills: []string{"advocacy"}, Strength: 4,
		Situation: "A notice.", Task: "Keep them housed.", Action: "Called the landlord.", Result: "Housed 14 months later."})
	if err != nil {
		t.Fatal(err)
	}
	l := New(c, nil).(*list)
	l.SetSize(78, 20)
	list, _ := pr.Stories(lib.Track.ID)
	l.Update(tui.StoriesLoadedMsg{To: l.ID(), Stories: list})
	return l, s
}

func keyRunes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestEditReadBack: an edit is read back as a story file of one story:
// unchanged says so; a bad one is kept with its problems at file:line, as
// unsaved work, until dropped; two stories are refused; a good one saves
// over the story edited.
func TestEditReadBack(t *testing.T) {
	l, s := newList(t)
	text := stories.Format([]stories.Story{s})
	job := editJob{id: s.ID, title: s.Title, text: text}

	if cmd := l.parseEdit(job, "kept.md", text); cmd == nil || l.edit.failed != nil {
		t.Error("an unchanged edit is not said to be unchanged")
	}

	bad := strings.Replace(text, "Strength: 4", "Strength: 9", 1)
	l.parseEdit(job, "kept.md", bad)
	if l.edit.failed == nil || l.edit.failed.text != bad || l.Unsaved() == "" {
		t.Fatalf("a bad edit is not kept: %+v", l.edit.failed)
	}
	if v := ansi.Strip(l.View()); !strings.Contains(v, `kept.md:3: strength: "9" is out of range`) {
		t.Errorf("the problem is not shown at file:line:\n%s", v)
	}
	l.Update(keyRunes("x"))
	if l.edit.failed != nil || l.Unsaved() != "" {
		t.Error("x did not drop the edit")
	}

	l.parseEdit(job, "kept.md", text+"\n"+strings.Replace(text, "Kept a family housed", "Another", 1))
	if l.edit.failed == nil || !strings.Contains(l.edit.failed.problems[0], "the file holds 2 stories") {
		t.Errorf("two stories: %+v", l.edit.failed)
	}
	l.edit.failed = nil

	good := strings.Replace(text, "14 months", "16 months", 1)
	cmd := l.parseEdit(job, "kept.md", good)
	msg, ok := cmd().(editSavedMsg)
	if !ok || msg.err != nil || msg.story.ID != s.ID || msg.story.Result != "Housed 16 months later." {
		t.Fatalf("saved %+v", msg)
	}
	l.Update(msg)
	if l.edit.failed != nil || l.edit.waiting {
		t.Error("a saved edit left the list waiting or failed")
	}
}
