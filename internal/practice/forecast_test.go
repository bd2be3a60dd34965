package practice

import (
	"slices"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

func TestForecast(t *testing.T) {
	loc := time.UTC
	now := time.Date(2026, 11, 30, 19, 0, 0, 0, loc) // a Monday evening
	review := func(due time.Time) State { return State{Card: srs.Card{State: srs.Review, Due: due}} }
	ss := States{
		"overdue":    review(now.AddDate(0, 0, -3)),
		"tonight":    {Card: srs.Card{State: srs.Learning, Due: now.Add(10 * time.Minute)}},
		"after-2am":  review(time.Date(2026, 12, 1, 2, 0, 0, 0, loc)), // still Monday's study day
		"tomorrow":   review(time.Date(2026, 12, 1, 15, 0, 0, 0, loc)),
		"in-a-week":  review(now.AddDate(0, 0, 7)),
		"far":        review(now.AddDate(0, 0, 60)),
		"leech":      {Card: srs.Card{State: srs.Review, Due: now}, Leech: true},
		"suspended":  {Card: srs.Card{State: srs.Review, Due: now}, Suspended: true},
		"buried":     {Card: srs.Card{State: srs.Review, Due: now}, BuriedUntil: DayEnd(now)},
		"never-seen": {},
	}
	ids := []string{"overdue", "tonight", "after-2am", "tomorrow", "in-a-week", "far", "leech", "suspended", "buried", "never-seen", "unknown"}
	got := Forecast(ss, ids, now, 8)
	want := []int{3, 2, 0, 0, 0, 0, 0, 1}
	if !slices.Equal(got, want) {
		t.Errorf("forecast %v, want %v", got, want)
	}
	if n := ForecastTotal(Forecast(ss, ids, now, 30)); n != 6 {
		t.Errorf("30-day total %d, want 6 (the 60-day card is beyond it)", n)
	}
	if len(Forecast(ss, ids, now, 0)) != 0 {
		t.Error("a zero-day forecast has days")
	}
}

func TestRestingCardsSitOut(t *testing.T) {
	now := time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
	ss := States{
		"due":       {Card: srs.Card{State: srs.Review, Due: now.Add(-time.Hour)}},
		"suspended": {Card: srs.Card{State: srs.Review, Due: now.Add(-time.Hour)}, Suspended: true},
		"buried":    {Card: srs.Card{State: srs.Review, Due: now.Add(-time.Hour)}, BuriedUntil: DayEnd(now)},
		"new-susp":  {Suspended: true},
		"flagged":   {Flagged: true},
	}
	all := Deck{ID: "all", Kind: KindAll, Cards: []string{"due", "suspended", "buried", "new-susp", "flagged", "fresh"}}
	if got := all.Members(ss, now); !slices.Equal(got, []string{"due", "flagged", "fresh"}) {
		t.Errorf("all deck members %v", got)
	}
	due := Deck{ID: "due", Kind: KindDue, Cards: all.Cards}
	if got := due.Members(ss, now); !slices.Equal(got, []string{"due"}) {
		t.Errorf("due deck members %v", got)
	}
	flagged := Deck{ID: "flagged", Kind: KindFlagged, Cards: all.Cards}
	if got := flagged.Members(ss, now); !slices.Equal(got, []string{"flagged"}) {
		t.Errorf("flagged deck members %v", got)
	}
	// Buried until the day ends: back the next study day.
	if got := due.Members(ss, DayEnd(now).Add(time.Minute)); !slices.Equal(got, []string{"due", "buried"}) {
		t.Errorf("next day, due deck members %v", got)
	}
	s := NewSession(all, ss, now, 10, false)
	var shown []string
	for {
		id, ok := s.Next(now)
		if !ok {
			break
		}
		shown = append(shown, id)
		s.Answer(id, srs.Good, State{Card: srs.Card{State: srs.Review, Due: now.AddDate(0, 0, 3)}}, now)
	}
	if !slices.Equal(shown, []string{"due", "flagged", "fresh"}) {
		t.Errorf("session showed %v", shown)
	}
}
