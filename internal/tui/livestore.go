package tui

import (
	"fmt"
	"sync"
	"time"

	"github.com/rung-career/rung/internal/store"
)

// liveStore is the practice store of the whole program. The database opens
// in the background, after the first frame, so `rung practice` can draw
// before it is there: until then (or for good, when it cannot be opened)
// reviews go to memory, and when it arrives, attach copies them in before
// anything else is written, so no grade is lost to that race.
type liveStore struct {
	mu      sync.Mutex
	mem     *memPractice
	db      practiceStore // nil until attached
	pending bool          // a database is on its way
}

func newLiveStore(db practiceStore, pending bool) *liveStore {
	return &liveStore{mem: newMemPractice(), db: db, pending: pending && db == nil}
}

// attach makes db the store, after copying in the reviews kept in memory so
// far, in the order they were made. It is I/O: run it in a command.
func (l *liveStore) attach(db practiceStore) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending = false
	l.mem.mu.Lock()
	kept := l.mem.reviews
	l.mem.mu.Unlock()
	for i, r := range kept {
		if _, err := db.RecordReview(r); err != nil {
			// Keep the memory: the session goes on unsaved rather than
			// saving half of what was done.
			return fmt.Errorf("copying review %d of %d into the database: %w", i+1, len(kept), err)
		}
	}
	l.db = db
	return nil
}

// failed says the database will not come: memory it is.
func (l *liveStore) failed() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending = false
}

// saved reports whether reviews are (or are about to be) kept on disk.
func (l *liveStore) saved() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.db != nil || l.pending
}

// with runs f on the current store, holding the lock so that attach cannot
// slip between a read and a write.
func with[T any](l *liveStore, f func(practiceStore) (T, error)) (T, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil {
		return f(l.db)
	}
	return f(l.mem)
}

func (l *liveStore) CardStates(track string) (map[string]store.CardState, error) {
	return with(l, func(s practiceStore) (map[string]store.CardState, error) { return s.CardStates(track) })
}

func (l *liveStore) RecordReview(r store.Review) (int64, error) {
	return with(l, func(s practiceStore) (int64, error) { return s.RecordReview(r) })
}

// undone is UndoLastReview's result, as one value for with.
type undone struct {
	r  store.Review
	ok bool
}

func (l *liveStore) UndoLastReview(track string) (store.Review, bool, error) {
	u, err := with(l, func(s practiceStore) (undone, error) {
		r, ok, err := s.UndoLastReview(track)
		return undone{r, ok}, err
	})
	return u.r, u.ok, err
}

func (l *liveStore) ReviewsSince(track string, since time.Time) ([]store.Review, error) {
	return with(l, func(s practiceStore) ([]store.Review, error) { return s.ReviewsSince(track, since) })
}

func (l *liveStore) ReviewCountsByDay(track string, from, to time.Time, loc *time.Location) (map[string]int, error) {
	return with(l, func(s practiceStore) (map[string]int, error) { return s.ReviewCountsByDay(track, from, to, loc) })
}

func (l *liveStore) NewCardsReviewedOn(track string, day time.Time, loc *time.Location) (int, error) {
	return with(l, func(s practiceStore) (int, error) { return s.NewCardsReviewedOn(track, day, loc) })
}

func (l *liveStore) Assessments(track string) ([]store.Assessment, error) {
	return with(l, func(s practiceStore) ([]store.Assessment, error) { return s.Assessments(track) })
}

// isSaved reports whether a practice store keeps reviews on disk.
func isSaved(ps practiceStore) bool {
	switch s := ps.(type) {
	case *liveStore:
		return s.saved()
	case *memPractice:
		return false
	}
	return true
}
