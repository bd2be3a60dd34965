package practice

import (
	"time"

	"github.com/rung-career/rung/internal/srs"
)

// DayStart is when the study day holding t began: the last DayRollover
// o'clock at or before t, in t's location. With DayEnd it bounds "today"
// for the daily counts, as it does for the schedule: reviews at 1 a.m.
// still count towards the evening before.
func DayStart(t time.Time) time.Time { return DayEnd(t).AddDate(0, 0, -1) }

// DayCount is a study day's work so far.
type DayCount struct {
	Reviewed int // reviews recorded
	Fresh    int // cards studied for the first time, in any mode
}

// CountDay counts the work of the study day holding now from reviews (any
// may be outside it; they are skipped). A card's first review, the one made
// while it was new, counts it as a new card of that day, whether it was
// graded in flashcards or in rehearsal: either way it joins the schedule,
// and the daily limit of new cards is about that. Cram grades change
// nothing and are never counted.
func CountDay(reviews []Reviewed, now time.Time) DayCount {
	from, to := DayStart(now), DayEnd(now)
	var c DayCount
	fresh := map[string]bool{}
	for _, r := range reviews {
		if r.Mode == ModeCram || r.At.Before(from) || !r.At.Before(to) {
			continue
		}
		c.Reviewed++
		if r.Before == srs.New && !fresh[r.CardID] {
			fresh[r.CardID] = true
			c.Fresh++
		}
	}
	return c
}

// NewLeft is how many new cards the day's limit still allows after fresh
// were started: never below zero, even when rehearsal or a lowered limit
// has taken the day past it.
func NewLeft(limit, fresh int) int { return max(0, limit-fresh) }
