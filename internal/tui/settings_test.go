package tui

import (
	"testing"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
)

func TestNewCardsToday(t *testing.T) {
	for _, tc := range []struct {
		fresh, limit int
		want         string
	}{
		{0, 10, "0 of 10 new cards"},
		{4, 10, "4 of 10 new cards"},
		{10, 10, "10 of 10 new cards (limit reached)"},
		{11, 10, "11 new cards (limit 10 reached)"},
		{1, 0, "1 new card (new cards are off)"},
	} {
		if got := NewCardsToday(tc.fresh, tc.limit); got != tc.want {
			t.Errorf("NewCardsToday(%d, %d) = %q, want %q", tc.fresh, tc.limit, got, tc.want)
		}
	}
}

func TestSetPracticeSettings(t *testing.T) {
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	c := NewContext(ContextOptions{Scheduler: sched, NewCardsPerDay: 10})
	if got := c.PracticeSettings(); got != practice.DefaultSettings() {
		t.Errorf("start %+v", got)
	}
	want := practice.Settings{NewCardsPerDay: 3, DesiredRetention: 0.8}
	if err := c.SetPracticeSettings(want); err != nil {
		t.Fatal(err)
	}
	if c.PracticeSettings() != want || c.NewCardsPerDay() != 3 || c.Scheduler().Params().DesiredRetention != 0.8 {
		t.Errorf("after %+v", c.PracticeSettings())
	}
	if err := c.SetPracticeSettings(practice.Settings{NewCardsPerDay: -2, DesiredRetention: 0.9}); err == nil || c.NewCardsPerDay() != 3 {
		t.Errorf("bad settings took: %v %d", err, c.NewCardsPerDay())
	}
}
