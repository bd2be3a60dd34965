package store

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func sampleStory(title string, strength int) Story {
	return Story{Track: "t", Title: title, Situation: "S\nmore", Task: "T", Action: "A", Result: "R 14",
		Skills: []string{"advocacy", "ethics"}, Strength: strength}
}

func TestStoriesSaveListDelete(t *testing.T) {
	s := newStore(t)
	if got, err := s.Stories("t"); err != nil || len(got) != 0 {
		t.Fatalf("empty store: %v %v", got, err)
	}
	a, b := sampleStory("A", 4), sampleStory("B", 2)
	b.LastUsed = t0
	b.Skills = nil
	var err error
	if a.ID, err = s.SaveStory(a); err != nil {
		t.Fatal(err)
	}
	if b.ID, err = s.SaveStory(b); err != nil {
		t.Fatal(err)
	}
	other := sampleStory("A", 3) // the same title in another track is fine
	other.Track = "other"
	if _, err := s.SaveStory(other); err != nil {
		t.Fatal(err)
	}
	got, err := s.Stories("t")
	b.Skills = []string{} // nil is kept as an empty list
	if err != nil || !reflect.DeepEqual(got, []Story{a, b}) {
		t.Fatalf("Stories = %+v, %v\nwant %+v", got, err, []Story{a, b})
	}
	if one, ok, err := s.Story("t", b.ID); !ok || err != nil || !reflect.DeepEqual(one, b) {
		t.Errorf("Story = %+v %v %v", one, ok, err)
	}
	if _, ok, err := s.Story("other", b.ID); ok || err != nil {
		t.Errorf("Story of another track: %v %v", ok, err)
	}

	// Update: the text changes, last used does not.
	edit := b
	edit.Title, edit.Result, edit.Skills, edit.Strength, edit.LastUsed = "B2", "R 2", []string{"x"}, 5, t0.Add(time.Hour)
	if id, err := s.SaveStory(edit); err != nil || id != b.ID {
		t.Fatalf("update: %d %v", id, err)
	}
	edit.LastUsed = t0
	if one, _, _ := s.Story("t", b.ID); !reflect.DeepEqual(one, edit) {
		t.Errorf("after update %+v, want %+v", one, edit)
	}
	// A taken title, added or renamed to.
	if _, err := s.SaveStory(sampleStory("A", 1)); !errors.Is(err, ErrTitleTaken) {
		t.Errorf("add with a taken title: %v", err)
	}
	edit.Title = "A"
	if _, err := s.SaveStory(edit); !errors.Is(err, ErrTitleTaken) {
		t.Errorf("rename to a taken title: %v", err)
	}
	ghost := sampleStory("G", 3)
	ghost.ID = 999
	if _, err := s.SaveStory(ghost); !errors.Is(err, ErrNoStory) {
		t.Errorf("update of no story: %v", err)
	}

	if err := s.DeleteStory("other", a.ID); !errors.Is(err, ErrNoStory) {
		t.Errorf("delete through another track: %v", err)
	}
	if err := s.DeleteStory("t", a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteStory("t", a.ID); !errors.Is(err, ErrNoStory) {
		t.Errorf("second delete: %v", err)
	}
	// A deleted story's id is never given out again.
	c, _ := s.SaveStory(sampleStory("C", 3))
	if c <= b.ID || c == a.ID {
		t.Errorf("new id %d after deleting %d", c, a.ID)
	}
}

func TestSaveStoryRejectsBadInput(t *testing.T) {
	s := newStore(t)
	for _, st := range []Story{
		{Title: "x", Strength: 3},
		{Track: "t", Strength: 3},
		{Track: "t", Title: "x", Strength: 0},
		{Track: "t", Title: "x", Strength: 6},
	} {
		if _, err := s.SaveStory(st); err == nil {
			t.Errorf("SaveStory(%+v) succeeded", st)
		}
	}
	if _, err := s.ImportStories("t", []Story{sampleStory("A", 3), sampleStory("A", 4)}); !errors.Is(err, ErrTitleTaken) {
		t.Errorf("import with a title twice: %v", err)
	}
	if _, err := s.ImportStories("", []Story{sampleStory("A", 3)}); err == nil {
		t.Error("import to an empty track succeeded")
	}
}

func TestMarkStoryUsed(t *testing.T) {
	s := newStore(t)
	id, _ := s.SaveStory(sampleStory("A", 3))
	at := time.Date(2026, 11, 23, 18, 30, 0, 123456789, time.FixedZone("x", 3600))
	if err := s.MarkStoryUsed("t", id, at); err != nil {
		t.Fatal(err)
	}
	got, _, _ := s.Story("t", id)
	if want := at.Truncate(time.Millisecond).UTC(); !got.LastUsed.Equal(want) || got.LastUsed.Location() != time.UTC {
		t.Errorf("LastUsed = %v, want %v", got.LastUsed, want)
	}
	if err := s.MarkStoryUsed("t", id+1, at); !errors.Is(err, ErrNoStory) {
		t.Errorf("mark no story: %v", err)
	}
	if err := s.MarkStoryUsed("other", id, at); !errors.Is(err, ErrNoStory) {
		t.Errorf("mark through another track: %v", err)
	}
}

func TestImportStories(t *testing.T) {
	s := newStore(t)
	kept := sampleStory("Kept", 3)
	keptID, _ := s.SaveStory(kept)
	_ = s.MarkStoryUsed("t", keptID, t0)
	changed := sampleStory("Changed", 3)
	changedID, _ := s.SaveStory(changed)

	changed.Result = "R 99"
	changed.ID = 12345 // ignored
	fresh := sampleStory("Fresh", 5)
	fresh.Track = "ignored: the track argument wins"
	in := []Story{fresh, kept, changed}
	n, err := s.ImportStories("t", in)
	if err != nil || n != (ImportCounts{Added: 1, Updated: 1, Unchanged: 1}) {
		t.Fatalf("import: %+v %v", n, err)
	}
	first, _ := s.Stories("t")
	if len(first) != 3 || first[0].ID != keptID || !first[0].LastUsed.Equal(t0) ||
		first[1].ID != changedID || first[1].Result != "R 99" || first[2].Title != "Fresh" || first[2].Track != "t" {
		t.Fatalf("after import: %+v", first)
	}
	// Importing the same again changes nothing.
	n, err = s.ImportStories("t", in)
	if err != nil || n != (ImportCounts{Unchanged: 3}) {
		t.Fatalf("second import: %+v %v", n, err)
	}
	if again, _ := s.Stories("t"); !reflect.DeepEqual(again, first) {
		t.Errorf("second import changed the stories:\n%+v\n%+v", again, first)
	}
}

// TestImportStoriesIsOneTransaction: a story the database refuses midway
// leaves nothing of the import behind.
func TestImportStoriesIsOneTransaction(t *testing.T) {
	s := newStore(t)
	if _, err := s.db.Exec(`CREATE TRIGGER no_bad BEFORE INSERT ON stories WHEN NEW.title = 'Bad'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	old, _ := s.SaveStory(sampleStory("Old", 3))
	changed := sampleStory("Old", 5)
	if _, err := s.ImportStories("t", []Story{sampleStory("New", 3), changed, sampleStory("Bad", 3)}); err == nil {
		t.Fatal("import succeeded")
	}
	got, _ := s.Stories("t")
	if len(got) != 1 || got[0].ID != old || got[0].Strength != 3 {
		t.Errorf("a failed import left changes: %+v", got)
	}
}

// TestStoriesMigrationFromSchema1: a file of the first release gets the
// stories table and keeps its data.
func TestStoriesMigrationFromSchema1(t *testing.T) {
	dir := t.TempDir()
	orig := migrations
	t.Cleanup(func() { migrations = orig })
	migrations = orig[:1]
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	must(s.SetSetting("kept", "yes"))
	s.Close()
	migrations = orig
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, ok, _ := s.Setting("kept"); v != "yes" || !ok {
		t.Error("data lost in the migration")
	}
	if _, err := s.SaveStory(sampleStory("A", 3)); err != nil {
		t.Errorf("no stories table after the migration: %v", err)
	}
}
