package browse

import (
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
)

func TestDueText(t *testing.T) {
	now := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	review := func(due time.Time) practice.State { return practice.State{Card: srs.Card{State: srs.Review, Due: due}} }
	ss := practice.States{
		"overdue":   review(now.AddDate(0, 0, -2)),
		"later":     review(now.AddDate(0, 0, 3)),
		"learning":  {Card: srs.Card{State: srs.Learning, Due: now.Add(10 * time.Minute)}},
		"suspended": {Card: review(now).Card, Suspended: true},
		"buried":    {Card: review(now).Card, BuriedUntil: practice.BuryUntil(now)},
		"leech":     {Card: review(now.AddDate(0, 0, -1)).Card, Leech: true},
	}
	for id, want := range map[string]string{
		"never": "", "overdue": "due now", "later": "in 2d", "learning": "in 10m", "suspended": "",
		"buried": "tomorrow", "leech": "due now",
	} {
		if got := dueText(ss, id, now); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
}

func TestBackAt(t *testing.T) {
	evening := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	night := time.Date(2026, 11, 23, 1, 30, 0, 0, time.UTC)
	if got := backAt(practice.BuryUntil(evening), evening); got != "tomorrow at 4:00 am" {
		t.Errorf("buried in the evening: %q", got)
	}
	if got := backAt(practice.BuryUntil(night), night); got != "at 4:00 am" {
		t.Errorf("buried after midnight: %q", got)
	}
}
