package practice

import (
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

// CountDay counts a study day's reviews and its new cards, whatever mode
// started them; the day runs from 4 a.m. to 4 a.m.
func TestCountDay(t *testing.T) {
	now := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return time.Date(2026, 11, 22, h, m, 0, 0, time.UTC) }
	rv := func(id string, when time.Time, before srs.State, mode Mode) Reviewed {
		return Reviewed{CardID: id, At: when, Before: before, Mode: mode}
	}
	for _, tc := range []struct {
		name    string
		now     time.Time
		reviews []Reviewed
		want    DayCount
	}{
		{"nothing", now, nil, DayCount{}},
		{"flashcards only", now, []Reviewed{
			rv("a", at(9, 0), srs.New, ModeFlashcard),
			rv("a", at(9, 1), srs.Learning, ModeFlashcard), // the same card again: one new card
			rv("b", at(9, 2), srs.New, ModeFlashcard),
		}, DayCount{Reviewed: 3, Fresh: 2}},
		{"rehearsal starts a card too", now, []Reviewed{
			rv("a", at(9, 0), srs.New, ModeFlashcard),
			rv("c", at(10, 0), srs.New, ModeRehearse),
			rv("d", at(11, 0), srs.Review, ModeRehearse),
		}, DayCount{Reviewed: 3, Fresh: 2}},
		{"cram changes nothing", now, []Reviewed{
			rv("e", at(12, 0), srs.New, ModeCram),
		}, DayCount{}},
		{"before 4 a.m. is yesterday's", now, []Reviewed{
			rv("f", at(3, 59), srs.New, ModeFlashcard),
			rv("g", at(4, 0), srs.New, ModeFlashcard),
		}, DayCount{Reviewed: 1, Fresh: 1}},
		{"after midnight is still the evening's", at(1, 30), []Reviewed{
			rv("h", time.Date(2026, 11, 21, 23, 0, 0, 0, time.UTC), srs.New, ModeFlashcard),
			rv("i", at(1, 0), srs.New, ModeFlashcard),
			rv("j", time.Date(2026, 11, 21, 3, 0, 0, 0, time.UTC), srs.New, ModeFlashcard), // the day before
		}, DayCount{Reviewed: 2, Fresh: 2}},
	} {
		if got := CountDay(tc.reviews, tc.now); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestNewLeft(t *testing.T) {
	for _, tc := range []struct{ limit, fresh, want int }{
		{10, 0, 10}, {10, 4, 6}, {10, 10, 0}, {10, 11, 0}, {0, 0, 0}, {5, 8, 0},
	} {
		if got := NewLeft(tc.limit, tc.fresh); got != tc.want {
			t.Errorf("NewLeft(%d, %d) = %d, want %d", tc.limit, tc.fresh, got, tc.want)
		}
	}
}

func TestDayStart(t *testing.T) {
	for _, tc := range []struct{ at, want time.Time }{
		{time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC), time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)},
		{time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC), time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)},
		{time.Date(2026, 11, 22, 3, 59, 0, 0, time.UTC), time.Date(2026, 11, 21, 4, 0, 0, 0, time.UTC)},
	} {
		if got := DayStart(tc.at); !got.Equal(tc.want) {
			t.Errorf("DayStart(%v) = %v, want %v", tc.at, got, tc.want)
		}
	}
}
