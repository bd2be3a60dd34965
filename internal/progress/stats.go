package progress

import (
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/store"
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
	// Forecast is the reviews falling due on each of the next ForecastDays
	// study days, today first (practice.Forecast): suspended cards left
	// out, buried ones from the day they come back.
	Forecast []int
}

// ForecastDays is how far ahead Stats forecasts the reviews.
const ForecastDays = 30

// flagReader is a review log that also keeps card flags (the database, or
// the service's own view of its memory).
type flagReader interface {
	CardFlags(track string) (map[string]store.CardFlags, error)
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
	s.Retention = practice.RetentionSince(Reviewed(reviews), since)
	s.Seen = len(states)
	ss := States(states)
	s.Counts = practice.CountStates(lib, ss)
	if fr, ok := r.(flagReader); ok {
		flags, err := fr.CardFlags(track)
		if err != nil {
			return s, err
		}
		ss = WithFlags(ss, flags)
	}
	ids := make([]string, len(lib.Cards))
	for i, c := range lib.Cards {
		ids[i] = c.ID
	}
	s.Forecast = practice.Forecast(ss, ids, now, ForecastDays)
	s.Points = make([]practice.ReadinessPoint, len(as))
	for i, a := range as {
		s.Points[i] = practice.ReadinessPoint{At: a.TakenAt, Next: a.Next, Readiness: a.Readiness}
	}
	return s, nil
}
