package progress

import (
	"time"

	"github.com/rung-career/rung/internal/store"
)

// Store is the database progress is kept in; *store.Store implements it.
type Store interface {
	Reviews
	StoryStore
	SaveAssessment(a store.Assessment) (int64, error)
	LatestAssessment(track string) (store.Assessment, bool, error)
	SetTick(track, stepID, actionID string, done bool, at time.Time) error
	Ticks(track string) (map[string]bool, error)
	Setting(key string) (string, bool, error)
	SetSetting(key, value string) error
	Guide
}

// Guide is what the person keeps of the guide and the perspective: starred
// questions and journal entries.
type Guide interface {
	Starred(track, kind string) ([]string, error)
	SetStarred(track, kind, itemID string, on bool, at time.Time) error
	Journal(track string) (map[string]store.JournalEntry, error)
	SetJournal(track, promptID, text string, at time.Time) error
}

// Reviews is what practice reads and writes: card states, the review log
// and the readiness history. The database keeps them; Memory stands in
// for it when there is none.
type Reviews interface {
	CardStates(track string) (map[string]store.CardState, error)
	RecordReview(r store.Review) (int64, error)
	UndoLastReview(track string) (store.Review, bool, error)
	ReviewsSince(track string, since time.Time) ([]store.Review, error)
	ReviewCountsByDay(track string, from, to time.Time, loc *time.Location) (map[string]int, error)
	NewCardsReviewedOn(track string, day time.Time, loc *time.Location) (int, error)
	Assessments(track string) ([]store.Assessment, error)
}

var (
	_ Store   = (*store.Store)(nil)
	_ Reviews = (*Memory)(nil)
	_ Reviews = (*Live)(nil)
)
