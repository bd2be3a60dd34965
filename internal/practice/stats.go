package practice

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/srs"
)

// This file computes the practice statistics: the review heatmap, retention,
// cards by state and readiness history. The Stats screen and `rung stats`
// both show these figures, so they are computed (and drawn as plain text)
// here, once.

// HeatWeeks is how many weeks the heatmap covers.
const HeatWeeks = 12

// HeatCell is one day of the heatmap.
type HeatCell struct {
	Day    time.Time // midnight, in the clock's location
	Count  int
	Future bool // after today: drawn blank
}

// Heatmap is reviews per day for the last HeatWeeks weeks: 7 rows (Monday
// first) by HeatWeeks columns (weeks, oldest first; the last is this week).
type Heatmap struct {
	Cells      [7][HeatWeeks]HeatCell
	From, To   time.Time // [From, To): Monday of the first week to tomorrow
	Total      int       // reviews in the range
	ActiveDays int       // days with at least one review
	Today      int       // reviews today
}

// HeatRange is the span the heatmap covers at now: from Monday 00:00 of the
// week HeatWeeks-1 weeks before this one, to the start of tomorrow, in now's
// location. Pass it to the store's per-day counts.
func HeatRange(now time.Time) (from, to time.Time) {
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	back := (int(today.Weekday()) + 6) % 7 // days since Monday
	from = time.Date(y, m, d-back-7*(HeatWeeks-1), 0, 0, 0, 0, now.Location())
	to = time.Date(y, m, d+1, 0, 0, 0, 0, now.Location())
	return from, to
}

// DayKey is how per-day counts are keyed: "2006-01-02" in the clock's
// location (as the store's ReviewCountsByDay keys them).
func DayKey(t time.Time) string { return t.Format(time.DateOnly) }

// BuildHeatmap lays out per-day review counts (keyed by DayKey) at now.
func BuildHeatmap(counts map[string]int, now time.Time) Heatmap {
	from, to := HeatRange(now)
	h := Heatmap{From: from, To: to}
	todayKey := DayKey(now)
	for w := 0; w < HeatWeeks; w++ {
		for d := 0; d < 7; d++ {
			y, m, dd := from.Date()
			day := time.Date(y, m, dd+7*w+d, 0, 0, 0, 0, from.Location())
			c := HeatCell{Day: day, Future: !day.Before(to)}
			if !c.Future {
				c.Count = counts[DayKey(day)]
				h.Total += c.Count
				if c.Count > 0 {
					h.ActiveDays++
				}
				if DayKey(day) == todayKey {
					h.Today = c.Count
				}
			}
			h.Cells[d][w] = c
		}
	}
	return h
}

// Heat levels: 0 is a day without reviews; 1-4 shade by count.
var heatBounds = [...]int{1, 6, 16, 31} // lowest count of levels 1..4

// HeatGlyphs draw the levels 0..4; a day still to come is a space. Distinct
// glyphs, so the map reads without colour.
var HeatGlyphs = [...]string{"·", "░", "▒", "▓", "█"}

// HeatLevel is the shade of a day with n reviews, 0..4.
func HeatLevel(n int) int {
	l := 0
	for i, b := range heatBounds {
		if n >= b {
			l = i + 1
		}
	}
	return l
}

// HeatLegend explains the glyphs: "· none  ░ 1-5  ▒ 6-15  ▓ 16-30  █ 31+".
func HeatLegend() string {
	parts := []string{HeatGlyphs[0] + " none"}
	for i, b := range heatBounds {
		if i+1 < len(heatBounds) {
			parts = append(parts, fmt.Sprintf("%s %d-%d", HeatGlyphs[i+1], b, heatBounds[i+1]-1))
		} else {
			parts = append(parts, fmt.Sprintf("%s %d+", HeatGlyphs[i+1], b))
		}
	}
	return strings.Join(parts, "  ")
}

var dayLabels = [7]string{"Mon", "", "Wed", "", "Fri", "", "Sun"}

// Lines draws the heatmap as plain text: a row of month names, then one row
// per weekday, each cell a glyph repeated cell times and a space. With
// cell 1 the map is 4 + 2*HeatWeeks columns wide.
func (h Heatmap) Lines(cell int) []string {
	cell = max(1, cell)
	step := cell + 1
	width := 4 + step*HeatWeeks
	months := []rune(strings.Repeat(" ", width))
	lastMonth := time.Month(0)
	free := 4 // first column a month name may start at
	for w := 0; w < HeatWeeks; w++ {
		// The week that holds the 1st of a month names it (its Sunday is in
		// that month); so does the first week.
		m := h.Cells[6][w].Day.Month()
		if m == lastMonth {
			continue
		}
		lastMonth = m
		col := 4 + step*w
		name := []rune(m.String()[:3])
		if col < free || col+len(name) > width {
			continue
		}
		copy(months[col:], name)
		free = col + len(name) + 1
	}
	lines := []string{strings.TrimRight(string(months), " ")}
	for d := 0; d < 7; d++ {
		var b strings.Builder
		fmt.Fprintf(&b, "%-3s ", dayLabels[d])
		for w := 0; w < HeatWeeks; w++ {
			c := h.Cells[d][w]
			g := " "
			if !c.Future {
				g = HeatGlyphs[HeatLevel(c.Count)]
			}
			b.WriteString(strings.Repeat(g, cell))
			if w < HeatWeeks-1 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return lines
}

// Streak is the number of days in a row, ending today (or yesterday, when
// today has no reviews yet), with at least one review, within the heatmap.
func (h Heatmap) Streak(now time.Time) int {
	var days []HeatCell
	for w := 0; w < HeatWeeks; w++ {
		for d := 0; d < 7; d++ {
			if c := h.Cells[d][w]; !c.Future {
				days = append(days, c)
			}
		}
	}
	n := 0
	for i := len(days) - 1; i >= 0; i-- {
		if days[i].Count == 0 {
			if i == len(days)-1 && DayKey(days[i].Day) == DayKey(now) {
				continue // today is not over yet
			}
			break
		}
		n++
	}
	return n
}

// Reviewed is one review, as the statistics need it.
type Reviewed struct {
	CardID string
	At     time.Time
	Rating srs.Rating
	Before srs.State // the card's state before the review
	Mode   Mode
}

// RetentionDays is the window retention is measured over.
const RetentionDays = 30

// Retention is the share of reviews of cards in Review state that were not
// Again: how often a card due for review was remembered.
type Retention struct {
	Reviews int // reviews of cards in Review state in the window
	Passed  int // of which not Again
}

// Percent is the retention in percent, false when there were no reviews.
func (r Retention) Percent() (int, bool) {
	if r.Reviews == 0 {
		return 0, false
	}
	return (r.Passed*100 + r.Reviews/2) / r.Reviews, true
}

// RetentionSince measures retention over the reviews made at or after
// since (the caller passes now minus RetentionDays days). Cram grades are
// not reviews and are skipped.
func RetentionSince(reviews []Reviewed, since time.Time) Retention {
	var r Retention
	for _, rv := range reviews {
		if rv.At.Before(since) || rv.Before != srs.Review || rv.Mode == ModeCram {
			continue
		}
		r.Reviews++
		if rv.Rating != srs.Again {
			r.Passed++
		}
	}
	return r
}

// StateCounts count a track's cards by state. A leech is counted as a leech
// only, so the five add up to the number of cards.
type StateCounts struct {
	New, Learning, Review, Relearning, Leech int
}

// Total is the number of cards counted.
func (c StateCounts) Total() int { return c.New + c.Learning + c.Review + c.Relearning + c.Leech }

// CountStates counts the library's cards by state (states of cards the
// library no longer has are ignored).
func CountStates(lib *content.Library, ss States) StateCounts {
	var c StateCounts
	for _, card := range lib.Cards {
		st, ok := ss[card.ID]
		switch {
		case !ok || st.State == srs.New:
			c.New++
		case st.Leech:
			c.Leech++
		case st.State == srs.Learning:
			c.Learning++
		case st.State == srs.Review:
			c.Review++
		case st.State == srs.Relearning:
			c.Relearning++
		}
	}
	return c
}

// ReadinessPoint is one saved assessment: when, the rung it aimed at and how
// ready it found the person.
type ReadinessPoint struct {
	At        time.Time
	Next      string // role id, "" at the top
	Readiness int
}

var sparkGlyphs = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws readiness values (0..100) as one glyph each, low to high.
func Sparkline(values []int) string {
	var b strings.Builder
	for _, v := range values {
		v = max(0, min(100, v))
		b.WriteRune(sparkGlyphs[v*(len(sparkGlyphs)-1)/100])
	}
	return b.String()
}

// Readiness lists the readiness values of the points, oldest first.
func Readiness(points []ReadinessPoint) []int {
	out := make([]int, len(points))
	for i, p := range points {
		out[i] = p.Readiness
	}
	return out
}
