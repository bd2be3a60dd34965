package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/store"
)

// guideServices are a service on a database and one without: stars and
// journal entries behave the same in both.
func guideServices(t *testing.T) map[string]*Service {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return map[string]*Service{"database": New(db, nil, false, ""), "memory": New(nil, nil, false, "")}
}

func TestStarred(t *testing.T) {
	for name, s := range guideServices(t) {
		for i, id := range []string{"a/one", "b/two", "a/three"} {
			if err := s.SetStarred("t", StarAsk, id, true, testNow.Add(time.Duration(i)*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.SetStarred("t", StarAsk, "b/two", false, testNow); err != nil {
			t.Fatal(err)
		}
		if err := s.SetStarred("other", StarAsk, "c/four", true, testNow); err != nil {
			t.Fatal(err)
		}
		got, err := s.Starred("t", StarAsk)
		if err != nil || strings.Join(got, " ") != "a/one a/three" {
			t.Errorf("%s: starred %v %v", name, got, err)
		}
	}
}

func TestJournal(t *testing.T) {
	for name, s := range guideServices(t) {
		day := func(d int) time.Time { return testNow.AddDate(0, 0, d) }
		a1, a2 := JournalEntryID("x/a", day(-2)), JournalEntryID("x/a", day(-1))
		gone := JournalEntryID("x/a", day(0))
		for _, e := range []JournalEntry{{PromptID: a1, Text: "first", UpdatedAt: day(-2)},
			{PromptID: a2, Text: "second", UpdatedAt: day(-1)}, {PromptID: gone, Text: "gone", UpdatedAt: day(0)},
			{PromptID: "x/b", Text: "another prompt's", UpdatedAt: day(0)}} {
			if err := s.SetJournal("t", e.PromptID, e.Text, e.UpdatedAt); err != nil {
				t.Fatal(err)
			}
		}
		// Spaces only take the entry out; a new text replaces the old, and
		// the entry keeps the day it was begun.
		if err := s.SetJournal("t", gone, "  \n ", day(0)); err != nil {
			t.Fatal(err)
		}
		if err := s.SetJournal("t", a1, "first, again", day(1)); err != nil {
			t.Fatal(err)
		}
		j, err := s.Journal("t")
		if err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, e := range PromptEntries(j, "x/a") {
			order = append(order, e.Text+"@"+JournalBegun(e).Format(time.DateOnly))
		}
		if got, want := strings.Join(order, " "), "second@2026-11-21 first, again@2026-11-20"; got != want {
			t.Errorf("%s: journal %q, want %q", name, got, want)
		}
		if es := PromptEntries(j, "x/b"); len(es) != 1 || !JournalBegun(es[0]).Equal(day(0)) {
			t.Errorf("%s: an entry kept under the prompt's id alone: %+v", name, es)
		}
		if j, _ := s.Journal("other"); len(j) != 0 {
			t.Errorf("%s: another track's journal %v", name, j)
		}
	}
}

func TestJournalPrompt(t *testing.T) {
	at := time.Date(2026, 11, 22, 18, 30, 0, 123e6, time.UTC)
	id := JournalEntryID("balcony/when-did-you", at)
	if p, got := JournalPrompt(id); p != "balcony/when-did-you" || !got.Equal(at) {
		t.Errorf("JournalPrompt(%q) = %q, %v", id, p, got)
	}
	for _, bad := range []string{"balcony/x", "balcony/x#", "balcony/x#soon"} {
		if p, got := JournalPrompt(bad); p != bad || !got.IsZero() {
			t.Errorf("JournalPrompt(%q) = %q, %v", bad, p, got)
		}
	}
}

// TestOverviewCountsRoadmapTicks: the guide's to-dos share the ticks table
// but not the roadmap's count; the overview works without a database.
func TestOverviewCountsRoadmapTicks(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	st := lib.Steps[0]
	for name, s := range guideServices(t) {
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(s.SetTick(lib.Track.ID, st.ID, st.Actions[0].ID, true, testNow))
		must(s.SetTick(lib.Track.ID, GuideTickStep("research-market"), "look-up-pay", true, testNow))
		o, err := s.ReadOverview(lib, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if o.Ticks != 1 || len(o.Done) != 1 || !o.Done[TickKey(st.ID, st.Actions[0].ID)] || o.Fresh != len(lib.Cards) {
			t.Errorf("%s: overview %+v", name, o)
		}
	}
}

func TestSaveAskList(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := New(nil, nil, false, dir)
	ids := lib.Guide.AskAreas[0].QuestionIDs()
	path, err := s.SaveAskList(lib, ids[:1], testNow)
	if err != nil || path != filepath.Join(dir, "questions-to-ask-2026-11-22.md") {
		t.Fatalf("saved %q %v", path, err)
	}
	again, err := s.SaveAskList(lib, ids, testNow)
	if err != nil || filepath.Base(again) != "questions-to-ask-2026-11-22-2.md" {
		t.Fatalf("second list %q %v", again, err)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), lib.Guide.AskAreas[0].Questions[0].Text) {
		t.Errorf("the list lacks its question:\n%s", b)
	}
	if _, err := s.SaveAskList(lib, []string{"gone/x"}, testNow); err == nil || !strings.Contains(err.Error(), "none of the 1 starred") {
		t.Errorf("a list of gone questions: %v", err)
	}
}
