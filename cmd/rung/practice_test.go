package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/store"
)

func TestPracticeNeedsTerminal(t *testing.T) {
	code, _, errs := runWith(t, "", "practice", "--data-dir", t.TempDir())
	if code != exitUsage || !strings.Contains(errs, "needs a terminal") {
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
