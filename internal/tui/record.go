package tui

import (
	"encoding/json"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/store"
)

// AssessmentRecord is what the store keeps of an assessment: the answers in
// the answers-file format (so they can be re-read and re-placed by a later
// rung) and the placement as its public JSON.
func AssessmentRecord(lib *content.Library, a assess.Answers, p assess.Placement, at time.Time) store.Assessment {
	pj, _ := json.Marshal(report.ToJSON(lib, a, p)) // plain structs: cannot fail
	return store.Assessment{
		Track: lib.Track.ID, TakenAt: at, Answers: a.JSON(lib), Placement: pj,
		Current: p.Current, Next: p.Next, Readiness: p.Readiness,
	}
}
