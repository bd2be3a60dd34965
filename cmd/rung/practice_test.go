package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/accessible"
)

func TestPracticeNeedsTerminal(t *testing.T) {
	code, _, errs := runWith(t, "", "practice", "--data-dir", t.TempDir())
	if code != exitUsage || !strings.Contains(errs, "needs a terminal") || !strings.Contains(errs, "rung --accessible practice") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	code, _, errs = runWith(t, "", "practice", "extra")
	if code != exitUsage || !strings.Contains(errs, `unexpected argument "extra"`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestStatsEmpty(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errs := runWith(t, "", "stats", "--data-dir", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"No practice or assessments saved yet", dir, "rung practice"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("rung stats created the data folder: %v", err)
	}
}

// TestAccessiblePractice: `rung --accessible practice` runs the flashcards
// as plain prompts from stdin; Enter shows the answer, 1-4 grade, q stops,
// and the grades are in the database, as the app's would be, for rung
// stats and the app to read.
func TestAccessiblePractice(t *testing.T) {
	dir := t.TempDir()
	// Enter: the first deck with work (All questions); then two cards:
	// Enter shows each answer, 3 and 4 grade them; q stops.
	code, out, errs := runWith(t, "\n\n3\n\n4\nq\n", "--data-dir", dir, "--accessible", "practice")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errs, out)
	}
	for _, want := range []string{
		"1) All questions: 0 due, 32 new",
		"Question: Tell me about yourself.\nA strong answer makes 5 key points.\nPress Enter to show the answer",
		"Key points:\n  1. Names your education and training.",
		"Good. Saved; the card comes back in 10m.",
		"Easy. Saved; the card comes back in 8d.",
		"You graded 2 cards: Again 0, Hard 0, Good 1, Easy 1. Every grade is saved.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	states, err := st.CardStates("social-services")
	st.Close()
	if err != nil || len(states) != 2 || states["tell-me-about-yourself"].State != 1 || states["why-social-work"].State != 2 {
		t.Fatalf("saved states %+v, %v", states, err)
	}

	// The next run starts from them: two cards studied today, one of them
	// due again within the learning step; the stats count them.
	_, out, _ = runWith(t, "q\n", "--data-dir", dir, "--accessible", "practice")
	if !strings.Contains(out, "New cards today: 2 of 10.") {
		t.Errorf("the second run does not know today's cards:\n%s", out)
	}
	_, out, _ = runWith(t, "", "--data-dir", dir, "stats")
	if !strings.Contains(out, "2 reviews on 1 day · 2 today") || !strings.Contains(out, "Reviews coming up: 1 in the next 7 days, 2 in the next 30 days") {
		t.Errorf("stats:\n%s", out)
	}

	// RUNG_ACCESSIBLE=1 reaches the same prompts; the end of the input
	// stops them.
	e, buf := testEnv("", map[string]string{"RUNG_ACCESSIBLE": "1"})
	if code := run([]string{"--data-dir", dir, "practice"}, e); code != exitOK || !strings.Contains(buf.String(), "Decks:") {
		t.Errorf("RUNG_ACCESSIBLE=1: exit %d\n%s", code, buf.String())
	}
}

// TestAccessiblePracticeWithoutDatabase: a data folder that cannot be
// used still gives a session, with grades kept in memory, and says so.
func TestAccessiblePracticeWithoutDatabase(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, nil, 0o644)
	code, out, _ := runWith(t, "\n\n3\nq\n", "--data-dir", file, "--accessible", "practice")
	if code != exitOK || !strings.HasPrefix(out, "Your grades will not be saved: ") || !strings.Contains(out, "Good. Saved") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestStatsFigures(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) // runWith's clock
	rec := func(card string, rating int, at time.Time, before, after int) {
		t.Helper()
		_, err := st.RecordReview(store.Review{Track: "social-services", CardID: card, Rating: rating, Mode: "flashcard", ReviewedAt: at,
			Before: store.CardState{State: before}, After: store.CardState{State: after, Reps: 1, Due: at.Add(48 * time.Hour)}})
		if err != nil {
			t.Fatal(err)
		}
	}
	rec("why-social-work", 3, now.Add(-3*24*time.Hour), 0, 2)
	rec("why-social-work", 3, now.Add(-24*time.Hour), 2, 2)
	rec("why-social-work", 1, now.Add(-time.Hour), 2, 3)
	rec("tell-me-about-yourself", 3, now.Add(-2*time.Hour), 0, 1)
	if _, err := st.SaveAssessment(store.Assessment{Track: "social-services", TakenAt: now.AddDate(0, 0, -10), Next: "supervisor", Readiness: 48}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := runWith(t, "", "stats", "--data-dir", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Reviews, last 12 weeks", "Mon", "Sun", "· none  ░ 1-5", "4 reviews on 3 days · 2 today · streak 2 days",
		"Retention, last 30 days: 50% (you remembered 1 of 2", "Cards by state (32 in all)", "New           30",
		"Learning       1", "Relearning     1", "Readiness history  ▄", "2026-11-13   48%  Social Services Supervisor",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes in plain output")
	}
}

// refusing is a review log that cannot save.
type refusing struct{ *progress.Memory }

func (refusing) RecordReview(store.Review) (int64, error) { return 0, errors.New("disk full") }

// TestAccessiblePracticeSaveFails: a grade the store refuses is taken
// back, said, and ends the session with accessible.ErrNotSaved.
func TestAccessiblePracticeSaveFails(t *testing.T) {
	e, _ := testEnv("", nil)
	lib, ok := loadLibrary(e, &globals{})
	if !ok {
		t.Fatal("the built-in track does not load")
	}
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	f := accessible.Flashcards{Lib: lib, Decks: practice.Decks(lib, nil), States: practice.States{},
		Reviews: refusing{progress.NewMemory()}, Scheduler: sched, NewPerDay: 10, Now: e.now}
	var out strings.Builder
	tally, err := accessible.Practice(f, strings.NewReader("\n\n3\n\n3\n"), &out)
	if !errors.Is(err, accessible.ErrNotSaved) || tally.Total() != 0 {
		t.Errorf("err %v, tally %+v", err, tally)
	}
	if !strings.Contains(out.String(), "Could not save that grade, so it was taken back: disk full") || len(f.States) != 0 {
		t.Errorf("states %v\n%s", f.States, out.String())
	}
}

// The plain-prompt flashcards use the practice settings chosen in the app:
// the daily limit of new cards and the retention the schedule aims for
// (a higher retention brings a card back sooner). A setting out of range
// keeps its default and says so.
func TestAccessiblePracticeUsesTheAppsSettings(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{progress.NewPerDayKey: "3", progress.RetentionKey: "0.97"} {
		if err := st.SetSetting(k, v); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	_, out, _ := runWith(t, "\n\n4\nq\n", "--data-dir", dir, "--accessible", "practice")
	if !strings.Contains(out, "New cards today: 0 of 3.") {
		t.Errorf("the daily limit is not the stored 3:\n%s", out)
	}
	if strings.Contains(out, "Easy. Saved; the card comes back in 8d.") || !strings.Contains(out, "Easy. Saved; the card comes back in") {
		t.Errorf("a 97%% retention should bring an Easy card back sooner than 8d:\n%s", out)
	}

	bad := t.TempDir()
	st, err = store.Open(bad)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetSetting(progress.NewPerDayKey, "lots"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, out, _ = runWith(t, "q\n", "--data-dir", bad, "--accessible", "practice")
	if !strings.Contains(out, progress.NewPerDayKey) || !strings.Contains(out, "New cards today: 0 of 10.") {
		t.Errorf("a bad stored setting is not named, or its default not used:\n%s", out)
	}
}
