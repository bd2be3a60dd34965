package progress

import (
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
)

// Stats are the practice statistics: reviews per day for the last weeks,
// retention over the last days, cards by state and readiness over the
// saved assessments. The Stats screen and `rung stats` both show these,
// gathered here.
type Stats struct {
	Heat      practice.Heatmap
	Retention practice.Retention
	Counts    practice.StateCounts
	Points    []practice.ReadinessPoint
	Seen      int // cards with a stored state
}

// Empty reports whether there is nothing yet to show: no card studied, no
// review, no assessment.
func (s Stats) Empty() bool { return s.Seen == 0 && s.Heat.Total == 0 && len(s.Points) == 0 }

// Gather reads the statistics of lib's track off r, as of now.
func Gather(r Reviews, lib *content.Library, now time.Time) (Stats, error) {
	var s Stats
	track := lib.Track.ID
	from, to := practice.HeatRange(now)
	days, err := r.ReviewCountsByDay(track, from, to, now.Location())
	if err != nil {
		return s, err
	}
	since := now.AddDate(0, 0, -practice.RetentionDays)
	reviews, err := r.ReviewsSince(track, since)
	if err != nil {
		return s, err
	}
	states, err := r.CardStates(track)
	if err != nil {
		return s, err
	}
	as, err := r.Assessments(track)
	if err != nil {
		return s, err
	}
	s.Heat = practice.BuildHeatmap(days, now)
	rv := make([]practice.Reviewed, len(reviews))
	for i, r := range reviews {
		rv[i] = practice.Reviewed{At: r.ReviewedAt, Rating: srs.Rating(r.Rating), Before: srs.State(r.Before.State), Mode: practice.Mode(r.Mode)}
	}
	s.Retention = practice.RetentionSince(rv, since)
	s.Seen = len(states)
	s.Counts = practice.CountStates(lib, States(states))
	s.Points = make([]practice.ReadinessPoint, len(as))
	for i, a := range as {
		s.Points[i] = practice.ReadinessPoint{At: a.TakenAt, Next: a.Next, Readiness: a.Readiness}
	}
	return s, nil
}
