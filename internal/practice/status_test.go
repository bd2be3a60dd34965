package practice

import (
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

func TestStatus(t *testing.T) {
	now := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	review := srs.Card{State: srs.Review, Due: now.AddDate(0, 0, 3)}
	ss := States{
		"learning":       {Card: srs.Card{State: srs.Learning, Due: now}},
		"review":         {Card: review},
		"relearning":     {Card: srs.Card{State: srs.Relearning, Due: now}},
		"leech":          {Card: review, Leech: true},
		"suspended":      {Card: review, Suspended: true, BuriedUntil: BuryUntil(now)},
		"buried":         {Card: review, BuriedUntil: BuryUntil(now), Leech: true},
		"buried-before":  {Card: review, BuriedUntil: now.Add(-time.Hour)},
		"flagged-unseen": {Flagged: true},
	}
	for id, want := range map[string]Status{
		"never-seen": StatusNew, "flagged-unseen": StatusNew, "learning": StatusLearning, "review": StatusReview,
		"relearning": StatusRelearning, "leech": StatusLeech, "suspended": StatusSuspended, "buried": StatusBuried,
		"buried-before": StatusReview,
	} {
		if got := ss.Status(id, now); got != want {
			t.Errorf("%s: %v, want %v", id, got, want)
		}
	}
	if StatusBuried.String() != "buried" || Status(99).String() != "Status(99)" {
		t.Error("status names")
	}
	if got := BuryUntil(now); !got.Equal(time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)) {
		t.Errorf("bury until %v", got)
	}
	if got := BuryUntil(time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)); !got.Equal(time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)) {
		t.Errorf("buried at 2 a.m. comes back at 4 the same morning: %v", got)
	}
}
