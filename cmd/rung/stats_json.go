package main

import (
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
)

// statsJSON is `rung stats --format json` (documented in the README).
type statsJSON struct {
	Track     string          `json:"track"`
	DataDir   string          `json:"data_dir"`
	Reviews   reviewsJSON     `json:"reviews"`
	Retention retentionJSON   `json:"retention"`
	Cards     cardCountsJSON  `json:"cards"`
	Readiness []readinessJSON `json:"readiness"`
	Forecast  forecastJSON    `json:"forecast"`
}

type reviewsJSON struct {
	Weeks      int            `json:"weeks"`
	Total      int            `json:"total"`
	ActiveDays int            `json:"active_days"`
	Today      int            `json:"today"`
	Streak     int            `json:"streak"`
	Days       map[string]int `json:"days"` // reviews per day with any, keyed YYYY-MM-DD
}

type retentionJSON struct {
	Days    int  `json:"days"`
	Reviews int  `json:"reviews"`
	Passed  int  `json:"passed"`
	Percent *int `json:"percent"` // null until measured
}

type cardCountsJSON struct {
	Total      int `json:"total"`
	New        int `json:"new"`
	Learning   int `json:"learning"`
	Review     int `json:"review"`
	Relearning int `json:"relearning"`
	Leech      int `json:"leech"`
}

type readinessJSON struct {
	TakenAt   string  `json:"taken_at"` // RFC 3339, UTC
	Next      *string `json:"next"`     // role id, null at the top
	Readiness int     `json:"readiness"`
}

// forecastJSON is the reviews coming up: Days[0] is today (with everything
// already due), Days[1] tomorrow, and so on.
type forecastJSON struct {
	Next7Days  int   `json:"next_7_days"`
	Next30Days int   `json:"next_30_days"`
	Days       []int `json:"days"`
}

func statsJSONOf(lib *content.Library, r statsRead, now time.Time) statsJSON {
	f := r.Stats
	out := statsJSON{Track: lib.Track.ID, DataDir: r.Dir, Readiness: []readinessJSON{}}
	out.Reviews = reviewsJSON{Weeks: practice.HeatWeeks, Total: f.Heat.Total, ActiveDays: f.Heat.ActiveDays,
		Today: f.Heat.Today, Streak: f.Heat.Streak(now), Days: map[string]int{}}
	for _, week := range f.Heat.Cells {
		for _, cell := range week {
			if cell.Count > 0 && !cell.Future {
				out.Reviews.Days[practice.DayKey(cell.Day)] = cell.Count
			}
		}
	}
	out.Retention = retentionJSON{Days: practice.RetentionDays, Reviews: f.Retention.Reviews, Passed: f.Retention.Passed}
	if pct, ok := f.Retention.Percent(); ok {
		out.Retention.Percent = &pct
	}
	c := f.Counts
	out.Cards = cardCountsJSON{Total: c.Total(), New: c.New, Learning: c.Learning, Review: c.Review, Relearning: c.Relearning, Leech: c.Leech}
	for _, p := range f.Points {
		j := readinessJSON{TakenAt: p.At.UTC().Format(time.RFC3339), Readiness: p.Readiness}
		if p.Next != "" {
			next := p.Next
			j.Next = &next
		}
		out.Readiness = append(out.Readiness, j)
	}
	out.Forecast = forecastJSON{Next7Days: practice.ForecastTotal(r.Forecast[:min(7, len(r.Forecast))]),
		Next30Days: practice.ForecastTotal(r.Forecast), Days: r.Forecast}
	return out
}
