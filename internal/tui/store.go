package tui

import (
	"time"

	"github.com/rung-career/rung/internal/store"
)

// Store is the persistence the app uses; *store.Store implements it. The app
// runs without one (a read-only data dir, a corrupt file): it then says so on
// home and keeps everything in memory for the session.
type Store interface {
	SaveAssessment(a store.Assessment) (int64, error)
	Assessments(track string) ([]store.Assessment, error)
	LatestAssessment(track string) (store.Assessment, bool, error)
	CardStates(track string) (map[string]store.CardState, error)
	RecordReview(r store.Review) (int64, error)
	UndoLastReview(track string) (store.Review, bool, error)
	ReviewsSince(track string, since time.Time) ([]store.Review, error)
	ReviewCountsByDay(track string, from, to time.Time, loc *time.Location) (map[string]int, error)
	NewCardsReviewedOn(track string, day time.Time, loc *time.Location) (int, error)
	SetTick(track, stepID, actionID string, done bool, at time.Time) error
	Ticks(track string) (map[string]bool, error)
	Setting(key string) (string, bool, error)
	SetSetting(key, value string) error
}

var _ Store = (*store.Store)(nil)
