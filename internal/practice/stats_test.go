package practice

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rung-career/rung/internal/srs"
)

func TestHeatRange(t *testing.T) {
	tests := []struct {
		now      time.Time
		from, to string
	}{
		// deckNow is a Sunday: this week began on Monday the 16th.
		{deckNow, "2026-08-31", "2026-11-23"},
		{time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC), "2026-08-31", "2026-11-17"},
		{time.Date(2026, 11, 17, 9, 0, 0, 0, time.UTC), "2026-08-31", "2026-11-18"},
		{time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC), "2026-09-07", "2026-11-24"},
	}
	for _, tt := range tests {
		from, to := HeatRange(tt.now)
		if DayKey(from) != tt.from || DayKey(to) != tt.to || from.Weekday() != time.Monday {
			t.Errorf("HeatRange(%v) = %s..%s, want %s..%s", tt.now, DayKey(from), DayKey(to), tt.from, tt.to)
		}
	}
	// In a zone with daylight saving the days still start at midnight.
	ny, err := time.LoadLocation("America/New_York")
	if err == nil {
		from, _ := HeatRange(time.Date(2026, 11, 22, 12, 0, 0, 0, ny))
		if h, m, _ := from.Clock(); h != 0 || m != 0 || from.Weekday() != time.Monday {
			t.Errorf("New York range starts %v", from)
		}
	}
}

func TestHeatLevelsAndLegend(t *testing.T) {
	tests := []struct{ n, level int }{{0, 0}, {1, 1}, {5, 1}, {6, 2}, {15, 2}, {16, 3}, {30, 3}, {31, 4}, {500, 4}}
	for _, tt := range tests {
		if got := HeatLevel(tt.n); got != tt.level {
			t.Errorf("HeatLevel(%d) = %d, want %d", tt.n, got, tt.level)
		}
	}
	if got, want := HeatLegend(), "· none  ░ 1-5  ▒ 6-15  ▓ 16-30  █ 31+"; got != want {
		t.Errorf("legend %q, want %q", got, want)
	}
}

func TestBuildHeatmap(t *testing.T) {
	counts := map[string]int{
		"2026-11-22": 3,  // today, Sunday: last column, bottom row
		"2026-11-16": 12, // Monday this week
		"2026-08-31": 40, // the first day of the map
		"2026-08-30": 99, // before the map: ignored
	}
	h := BuildHeatmap(counts, deckNow)
	if h.Total != 55 || h.ActiveDays != 3 || h.Today != 3 {
		t.Errorf("total %d, active %d, today %d", h.Total, h.ActiveDays, h.Today)
	}
	if c := h.Cells[6][HeatWeeks-1]; c.Count != 3 || c.Future || DayKey(c.Day) != "2026-11-22" {
		t.Errorf("today's cell %+v", c)
	}
	if c := h.Cells[0][0]; c.Count != 40 || DayKey(c.Day) != "2026-08-31" {
		t.Errorf("first cell %+v", c)
	}
	lines := h.Lines(1)
	if len(lines) != 8 {
		t.Fatalf("%d lines, want a month row and 7 days", len(lines))
	}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 4+2*HeatWeeks {
			t.Errorf("line %q is %d wide", l, n)
		}
	}
	if !strings.HasPrefix(lines[0], "    Sep") || !strings.Contains(lines[0], "Oct") || !strings.Contains(lines[0], "Nov") {
		t.Errorf("month row %q", lines[0])
	}
	if lines[1] != "Mon █ · · · · · · · · · · ▒" {
		t.Errorf("Monday row %q", lines[1])
	}
	if !strings.HasSuffix(lines[7], "· ░") || !strings.HasPrefix(lines[7], "Sun ") {
		t.Errorf("Sunday row %q", lines[7])
	}
	// On a Wednesday the rest of the week is blank, not "no reviews".
	wed := BuildHeatmap(nil, time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC))
	if !wed.Cells[3][HeatWeeks-1].Future || wed.Cells[2][HeatWeeks-1].Future {
		t.Error("Thursday should be in the future on a Wednesday, Wednesday not")
	}
	if l := wed.Lines(2)[5]; !strings.HasPrefix(l, "Fri ··") || strings.Count(l, "··") != HeatWeeks-1 {
		t.Errorf("Friday row on a Wednesday %q", l)
	}
}

func TestStreak(t *testing.T) {
	day := func(d int) string { return DayKey(deckNow.AddDate(0, 0, d)) }
	tests := []struct {
		name   string
		counts map[string]int
		want   int
	}{
		{"none", nil, 0},
		{"today only", map[string]int{day(0): 2}, 1},
		{"through yesterday, not yet today", map[string]int{day(-1): 1, day(-2): 1}, 2},
		{"gap breaks it", map[string]int{day(0): 1, day(-1): 1, day(-3): 5}, 2},
	}
	for _, tt := range tests {
		if got := BuildHeatmap(tt.counts, deckNow).Streak(deckNow); got != tt.want {
			t.Errorf("%s: streak %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestRetention(t *testing.T) {
	since := deckNow.AddDate(0, 0, -RetentionDays)
	rv := func(daysAgo int, before srs.State, r srs.Rating, mode Mode) Reviewed {
		return Reviewed{At: deckNow.AddDate(0, 0, -daysAgo), Rating: r, Before: before, Mode: mode}
	}
	tests := []struct {
		name    string
		reviews []Reviewed
		pct     int
		ok      bool
	}{
		{"no reviews", nil, 0, false},
		{"only learning reviews", []Reviewed{rv(1, srs.New, srs.Again, ModeFlashcard), rv(1, srs.Learning, srs.Good, ModeFlashcard)}, 0, false},
		{"three of four", []Reviewed{
			rv(1, srs.Review, srs.Good, ModeFlashcard), rv(2, srs.Review, srs.Hard, ModeRehearse),
			rv(3, srs.Review, srs.Easy, ModeFlashcard), rv(4, srs.Review, srs.Again, ModeFlashcard),
			rv(40, srs.Review, srs.Again, ModeFlashcard), // too old
			rv(1, srs.Review, srs.Again, ModeCram),       // cram is not a review
			rv(1, srs.Relearning, srs.Again, ModeFlashcard),
		}, 75, true},
	}
	for _, tt := range tests {
		pct, ok := RetentionSince(tt.reviews, since).Percent()
		if pct != tt.pct || ok != tt.ok {
			t.Errorf("%s: %d%% %v, want %d%% %v", tt.name, pct, ok, tt.pct, tt.ok)
		}
	}
}

func TestCountStates(t *testing.T) {
	lib := deckLib(t)
	ss := States{
		"tell-me-about-yourself": {Card: srs.Card{State: srs.Review}},
		"why-social-work":        {Card: srs.Card{State: srs.Learning}},
		"difficult-client":       {Card: srs.Card{State: srs.Relearning}},
		"handling-a-crisis":      {Card: srs.Card{State: srs.Relearning}, Leech: true},
		"a-card-since-removed":   {Card: srs.Card{State: srs.Review}},
	}
	got := CountStates(lib, ss)
	want := StateCounts{New: len(lib.Cards) - 4, Learning: 1, Review: 1, Relearning: 1, Leech: 1}
	if got != want || got.Total() != len(lib.Cards) {
		t.Errorf("CountStates = %+v, want %+v", got, want)
	}
}

func TestSparkline(t *testing.T) {
	if got := Sparkline([]int{0, 50, 100, 120, -5}); got != "▁▄██▁" {
		t.Errorf("Sparkline = %q", got)
	}
	pts := []ReadinessPoint{{Readiness: 20}, {Readiness: 65}}
	if got := Sparkline(Readiness(pts)); got != "▂▅" {
		t.Errorf("Sparkline(Readiness) = %q", got)
	}
}
