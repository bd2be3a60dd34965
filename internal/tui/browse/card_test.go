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

// A match past the end of the room shows: the start of the question gives
// way to "…".
func TestWindow(t *testing.T) {
	q := "At month six your placements budget is forecast to overspend by £2 million."
	idx := []int{51, 52, 53, 54, 55, 56, 57, 58, 59} // "overspend"
	text, match := window(q, idx, 40)
	got := ""
	for _, i := range match {
		got += string([]rune(text)[i])
	}
	if got != "overspend" || []rune(text)[0] != '…' || match[len(match)-1] >= 40 {
		t.Errorf("window %q %v: matched %q", text, match, got)
	}
	if text, match := window(q, []int{0, 1}, 40); text != q || match[1] != 1 {
		t.Errorf("a match in view moved: %q %v", text, match)
	}
	if text, _ := window("short", []int{4}, 40); text != "short" {
		t.Errorf("a short question moved: %q", text)
	}
}
