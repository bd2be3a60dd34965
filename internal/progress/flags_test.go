package progress

import (
	"strings"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

// services are a service on a database and one in memory: what a person
// sets on a card, and their settings, behave the same in both.
func services(t *testing.T) map[string]*Service {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return map[string]*Service{"database": New(db, nil, false, ""), "memory": New(nil, nil, false, "")}
}

// grade records one review of card id of track "t" at at, from its
// current state.
func grade(t *testing.T, s *Service, id string, r srs.Rating, mode practice.Mode, at time.Time) {
	t.Helper()
	gradeOn(t, s, "t", id, r, mode, at)
}

func gradeOn(t *testing.T, s *Service, track, id string, r srs.Rating, mode practice.Mode, at time.Time) {
	t.Helper()
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Reviews().CardStates(track)
	if err != nil {
		t.Fatal(err)
	}
	before := States(m)[id]
	after := practice.Grade(sched, before, r, at)
	if _, err := s.Reviews().RecordReview(Review(track, id, r, mode, at, time.Second, before, after)); err != nil {
		t.Fatal(err)
	}
}

func TestFlagsMergeIntoStates(t *testing.T) {
	for name, s := range services(t) {
		grade(t, s, "a", srs.Good, practice.ModeFlashcard, testNow.Add(-time.Hour))
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		must(s.SetSuspended("t", "a", true))
		must(s.SetFlagged("t", "b", true)) // never reviewed: a new card with a flag
		must(s.Bury("t", "c", practice.DayEnd(testNow)))
		ss, err := s.States("t")
		must(err)
		if !ss["a"].Suspended || ss["a"].State != srs.Learning || !ss["b"].Flagged || !ss.IsNew("b") ||
			!ss["c"].BuriedUntil.Equal(practice.DayEnd(testNow)) || !ss.IsResting("c", testNow) {
			t.Errorf("%s: states %+v", name, ss)
		}
		today, err := s.Today("t", testNow)
		must(err)
		if !today.States["a"].Suspended || today.Fresh != 1 || today.Reviewed != 1 {
			t.Errorf("%s: today %+v", name, today)
		}
		must(s.SetSuspended("t", "a", false))
		must(s.Bury("t", "c", time.Time{}))
		ss, _ = s.States("t")
		if ss["a"].Suspended || ss.IsResting("c", testNow) || !ss["b"].Flagged {
			t.Errorf("%s: after clearing %+v", name, ss)
		}
	}
}

// The study day's new cards count every card started in it, by
// flashcards or rehearsal, never cram, and the day begins at 4 a.m.
func TestTodayMixedModes(t *testing.T) {
	for name, s := range services(t) {
		day := practice.DayStart(testNow)
		grade(t, s, "yesterday", srs.Good, practice.ModeFlashcard, day.Add(-time.Minute))
		grade(t, s, "a", srs.Again, practice.ModeFlashcard, day.Add(time.Hour))
		grade(t, s, "a", srs.Good, practice.ModeFlashcard, day.Add(time.Hour+time.Minute))
		grade(t, s, "b", srs.Good, practice.ModeRehearse, day.Add(2*time.Hour))
		grade(t, s, "yesterday", srs.Good, practice.ModeRehearse, day.Add(3*time.Hour))
		today, err := s.Today("t", testNow)
		if err != nil {
			t.Fatal(err)
		}
		if today.Fresh != 2 || today.Reviewed != 4 {
			t.Errorf("%s: fresh %d reviewed %d, want 2 and 4", name, today.Fresh, today.Reviewed)
		}
		// Undoing a first review makes the card new again, and uncounted.
		if _, _, err := s.Reviews().UndoLastReview("t"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Reviews().UndoLastReview("t"); err != nil {
			t.Fatal(err)
		}
		if today, _ := s.Today("t", testNow); today.Fresh != 1 || today.Reviewed != 2 {
			t.Errorf("%s: after undo fresh %d reviewed %d, want 1 and 2", name, today.Fresh, today.Reviewed)
		}
	}
}

func TestCardHistory(t *testing.T) {
	for name, s := range services(t) {
		grade(t, s, "a", srs.Good, practice.ModeFlashcard, testNow.Add(-48*time.Hour))
		grade(t, s, "b", srs.Good, practice.ModeFlashcard, testNow.Add(-47*time.Hour))
		grade(t, s, "a", srs.Easy, practice.ModeRehearse, testNow.Add(-time.Hour))
		h, err := s.CardHistory("t", "a")
		if err != nil || len(h) != 2 || h[0].Rating != srs.Good || h[1].Mode != practice.ModeRehearse ||
			h[0].Before != srs.New || h[0].After != srs.Learning || h[0].Interval != 10*time.Minute || h[0].Took != time.Second {
			t.Errorf("%s: history %+v %v", name, h, err)
		}
	}
}

func TestPracticeSettings(t *testing.T) {
	def := practice.DefaultSettings()
	for name, s := range services(t) {
		got, err := s.PracticeSettings(def)
		if err != nil || got != def {
			t.Errorf("%s: nothing stored: %+v %v", name, got, err)
		}
		want := practice.Settings{NewCardsPerDay: 25, DesiredRetention: 0.85}
		if err := s.SavePracticeSettings(want); err != nil {
			t.Fatal(err)
		}
		if got, err := s.PracticeSettings(def); err != nil || got != want {
			t.Errorf("%s: round trip %+v %v", name, got, err)
		}
		if err := s.SavePracticeSettings(practice.Settings{NewCardsPerDay: 500, DesiredRetention: 0.9}); err == nil {
			t.Errorf("%s: 500 new cards a day saved", name)
		}
		// A value spoiled by hand: the default stands and the error says
		// which setting and what is valid.
		if err := s.setSetting(RetentionKey, "lots"); err != nil {
			t.Fatal(err)
		}
		got, err = s.PracticeSettings(def)
		if got.DesiredRetention != 0.9 || got.NewCardsPerDay != 25 || err == nil ||
			!strings.Contains(err.Error(), `practice.desired_retention is "lots"; it must be a number from 0.70 to 0.97`) {
			t.Errorf("%s: spoiled retention: %+v %v", name, got, err)
		}
	}
}

// The forecast of the statistics leaves suspended cards out and counts a
// buried one from the day it comes back.
func TestGatherForecast(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{lib.Cards[0].ID, lib.Cards[1].ID, lib.Cards[2].ID}
	track := lib.Track.ID
	for name, s := range services(t) {
		for _, id := range ids {
			gradeOn(t, s, track, id, srs.Easy, practice.ModeFlashcard, testNow.Add(-30*24*time.Hour)) // due well before now
		}
		st, err := s.Gather(lib, testNow)
		if err != nil || len(st.Forecast) != ForecastDays || st.Forecast[0] != 3 {
			t.Errorf("%s: forecast %v %v, want 3 today", name, st.Forecast, err)
		}
		if err := s.SetSuspended(track, ids[0], true); err != nil {
			t.Fatal(err)
		}
		if err := s.Bury(track, ids[1], practice.DayEnd(testNow)); err != nil {
			t.Fatal(err)
		}
		st, err = s.Gather(lib, testNow)
		if err != nil || st.Forecast[0] != 1 || st.Forecast[1] != 1 || practice.ForecastTotal(st.Forecast) != 2 {
			t.Errorf("%s: forecast with one suspended and one buried %v %v", name, st.Forecast, err)
		}
	}
}
