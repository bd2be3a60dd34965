package progress

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

var testNow = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

func TestMemoryUndo(t *testing.T) {
	m := NewMemory()
	at := testNow
	rec := func(id string, rating int, after store.CardState) {
		if _, err := m.RecordReview(store.Review{Track: "t", CardID: id, Rating: rating, ReviewedAt: at, After: after}); err != nil {
			t.Fatal(err)
		}
	}
	rec("a", 3, store.CardState{State: 1, Reps: 1})
	rec("a", 3, store.CardState{State: 2, Reps: 2})
	if n, _ := m.NewCardsReviewedOn("t", at, nil); n != 1 {
		t.Errorf("new cards %d", n)
	}
	r, ok, _ := m.UndoLastReview("t")
	if !ok || r.After.Reps != 2 {
		t.Fatalf("undo %+v %v", r, ok)
	}
	states, _ := m.CardStates("t")
	if states["a"].Reps != 0 || states["a"].State != 0 {
		// Before of the undone review was the zero state in this test.
		t.Errorf("state after undo %+v", states["a"])
	}
	m.UndoLastReview("t")
	if states, _ := m.CardStates("t"); len(states) != 0 {
		t.Errorf("states after undoing all %+v", states)
	}
	if n, _ := m.NewCardsReviewedOn("t", at, nil); n != 0 {
		t.Errorf("new cards after undo %d", n)
	}
	counts, _ := m.ReviewCountsByDay("t", at.Add(-time.Hour), at.Add(time.Hour), nil)
	if len(counts) != 0 {
		t.Errorf("counts %v", counts)
	}
}

func TestStatesRoundTrip(t *testing.T) {
	s := practice.State{Card: srs.Card{State: srs.Relearning, Step: 1, Stability: 2.5, Difficulty: 7, Due: testNow,
		LastReview: testNow.Add(-time.Hour), Reps: 9, Lapses: 8}, Leech: true}
	got := States(map[string]store.CardState{"x": StoredState("t", "x", s)})["x"]
	if got != s {
		t.Errorf("round trip %+v, want %+v", got, s)
	}
}

// TestSavedFlag: a store on its way counts as saved (no warning flashes
// while it opens); one that failed does not.
func TestSavedFlag(t *testing.T) {
	s := New(nil, nil, true, "")
	if !s.Saved() || s.Open() {
		t.Errorf("pending store: saved %v, open %v", s.Saved(), s.Open())
	}
	s.Fail(errors.New("read-only"))
	if s.Saved() || s.Err() == nil {
		t.Errorf("failed store: saved %v, err %v", s.Saved(), s.Err())
	}
	if New(nil, nil, false, "").Saved() {
		t.Error("no store counted as saved")
	}
}

// TestAttachCopiesReviews: reviews and ticks kept before the database
// opened: the reviews are copied in, in order, and the rest goes to it.
func TestAttachCopiesReviews(t *testing.T) {
	s := New(nil, nil, true, "")
	for i, id := range []string{"a", "b"} {
		r := store.Review{Track: "t", CardID: id, Rating: 3, ReviewedAt: testNow.Add(time.Duration(i) * time.Minute),
			After: store.CardState{Track: "t", CardID: id, State: 1, Reps: 1}}
		if _, err := s.Reviews().RecordReview(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetTick("t", "step", "act", true, testNow); err != nil {
		t.Fatal(err)
	}
	if ticks, _ := s.Ticks("t"); !ticks["step/act"] {
		t.Errorf("memory ticks %v", ticks)
	}
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := s.Attach(db); err != nil {
		t.Fatal(err)
	}
	if !s.Open() || !s.Saved() {
		t.Error("attached store not open")
	}
	rs, _ := db.ReviewsSince("t", time.Time{})
	if len(rs) != 2 || rs[0].CardID != "a" || rs[1].CardID != "b" {
		t.Errorf("copied reviews %+v", rs)
	}
	if err := s.SetTick("t", "step", "other", true, testNow); err != nil {
		t.Fatal(err)
	}
	if ticks, _ := db.Ticks("t"); !ticks["step/other"] {
		t.Errorf("a tick after attaching did not reach the database: %v", ticks)
	}
}

// TestWriteNewNeverOverwrites: the first free name is taken, earlier files
// stay as they were, and a relative folder gives an absolute path.
func TestWriteNewNeverOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	name := Numbered("plan-2026-11-22", ".md")
	first, err := WriteNew(dir, name, []byte("one"))
	if err != nil || filepath.Base(first) != "plan-2026-11-22.md" {
		t.Fatalf("first %q %v", first, err)
	}
	second, err := WriteNew(dir, name, []byte("two"))
	if err != nil || filepath.Base(second) != "plan-2026-11-22-2.md" {
		t.Fatalf("second %q %v", second, err)
	}
	if b, _ := os.ReadFile(first); string(b) != "one" {
		t.Errorf("the first file now holds %q", b)
	}
	t.Chdir(dir)
	rel, err := WriteNew("", name, []byte("three"))
	if err != nil || !filepath.IsAbs(rel) || filepath.Base(rel) != "plan-2026-11-22-3.md" {
		t.Errorf("current folder: %q %v", rel, err)
	}
	// A folder that is a file is an error, and leaves nothing behind.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteNew(blocker, name, []byte("x")); err == nil {
		t.Error("writing into a file that is not a folder worked")
	}
}

func TestNoteSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Harbor Family Services":              "harbor-family-services",
		"  St. Mary's -- Youth & Family  ":    "st-mary-s-youth-family",
		"":                                    "",
		"../../etc/passwd":                    "etc-passwd",
		"Café Niños":                          "café-niños",
		strings.Repeat("a", 60):               strings.Repeat("a", 40),
		"Department of Children and Families": "department-of-children-and-families",
	} {
		if got := NoteSlug(in); got != want {
			t.Errorf("NoteSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoteParagraphs(t *testing.T) {
	body := "Dear {a},\n\nThank you for meeting with me on {b} about the {c} position at\n{d}. I left.\n\nSincerely,\n{e}\n{f}\n"
	got := NoteParagraphs(body)
	want := []string{"Dear {a},", "Thank you for meeting with me on {b} about the {c} position at {d}. I left.", "Sincerely,\n{e}\n{f}"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("NoteParagraphs = %q, want %q", got, want)
	}
}

// TestGatherEmpty: a fresh database has nothing to show, and says so.
func TestGatherEmpty(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Gather(NewMemory(), lib, testNow)
	if err != nil || !s.Empty() || s.Counts.New != len(lib.Cards) {
		t.Errorf("empty stats %+v %v", s, err)
	}
}

// A track chosen before the database opened is remembered when it does;
// once open, the choice goes straight in.
func TestSetTrackBeforeAndAfterAttach(t *testing.T) {
	s := New(nil, nil, true, t.TempDir())
	if err := s.SetTrack("uk-children"); err != nil {
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
	if v, _, _ := db.Setting(TrackKey); v != "uk-children" {
		t.Errorf("after attach the track setting is %q", v)
	}
	if err := s.SetTrack("social-services"); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := db.Setting(TrackKey); v != "social-services" {
		t.Errorf("with the database open the track setting is %q", v)
	}
}

// Without a database, ticks are kept per track for the session, as the
// database keeps them.
func TestMemoryTicksPerTrack(t *testing.T) {
	s := New(nil, errors.New("no database"), false, t.TempDir())
	if err := s.SetTick("a", "s1", "x", true, testNow); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTick("b", "s1", "y", true, testNow); err != nil {
		t.Fatal(err)
	}
	ta, _ := s.Ticks("a")
	tb, _ := s.Ticks("b")
	if len(ta) != 1 || !ta[TickKey("s1", "x")] || len(tb) != 1 || !tb[TickKey("s1", "y")] {
		t.Errorf("ticks a %v, b %v", ta, tb)
	}
	if err := s.SetTick("a", "s1", "x", false, testNow); err != nil {
		t.Fatal(err)
	}
	if ta, _ := s.Ticks("a"); len(ta) != 0 {
		t.Errorf("untick left %v", ta)
	}
}

func TestNoteMissing(t *testing.T) {
	tpl := &content.Template{Fields: []content.TemplateField{{Key: "name", Label: "Interviewer's name"},
		{Key: "topic", Label: "A topic  you discussed"}, {Key: "contact", Label: "Your contact information"}}}
	for _, c := range []struct {
		values map[string]string
		want   string
	}{
		{map[string]string{}, "[Interviewer's name]|[A topic you discussed]|[Your contact information]"},
		{map[string]string{"name": "Ms. Rivera", "topic": " \t ", "contact": "dana@example.org"}, "[A topic you discussed]"},
		{map[string]string{"name": "a", "topic": "b", "contact": "c"}, ""},
	} {
		got := strings.Join(NoteMissing(tpl, func(k string) string { return c.values[k] }), "|")
		if got != c.want {
			t.Errorf("NoteMissing(%v) = %q, want %q", c.values, got, c.want)
		}
	}
}
