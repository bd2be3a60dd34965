package progress

import (
	"fmt"
	"sync"
	"time"

	"github.com/rung-career/rung/internal/store"
)

// Live is the review log of the whole program. The database opens in the
// background, after the first frame, so `rung practice` can draw before
// it is there: until then (or for good, when it cannot be opened) reviews
// go to memory, and when it arrives, attach copies them in before anything
// else is written, so no grade is lost to that race.
type Live struct {
	mu      sync.Mutex
	mem     *Memory
	db      Reviews // nil until attached
	pending bool    // a database is on its way
}

func newLive(db Reviews, pending bool) *Live {
	return &Live{mem: NewMemory(), db: db, pending: pending && db == nil}
}

// attach makes db the store, after copying in the reviews kept in memory so
// far, in the order they were made. It is I/O: run it in a command.
func (l *Live) attach(db Reviews) error {
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
func (l *Live) failed() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending = false
}

// saved reports whether reviews are (or are about to be) kept on disk.
func (l *Live) saved() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.db != nil || l.pending
}

// with runs f on the current store, holding the lock so that attach cannot
// slip between a read and a write.
func with[T any](l *Live, f func(Reviews) (T, error)) (T, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil {
		return f(l.db)
	}
	return f(l.mem)
}

// CardStates is the state of every card reviewed so far.
func (l *Live) CardStates(track string) (map[string]store.CardState, error) {
	return with(l, func(s Reviews) (map[string]store.CardState, error) { return s.CardStates(track) })
}

// RecordReview keeps a review and the card's state after it.
func (l *Live) RecordReview(r store.Review) (int64, error) {
	return with(l, func(s Reviews) (int64, error) { return s.RecordReview(r) })
}

// undone is UndoLastReview's result, as one value for with.
type undone struct {
	r  store.Review
	ok bool
}

// UndoLastReview takes back the latest review of the track.
func (l *Live) UndoLastReview(track string) (store.Review, bool, error) {
	u, err := with(l, func(s Reviews) (undone, error) {
		r, ok, err := s.UndoLastReview(track)
		return undone{r, ok}, err
	})
	return u.r, u.ok, err
}

// ReviewsSince lists the reviews made at or after since.
func (l *Live) ReviewsSince(track string, since time.Time) ([]store.Review, error) {
	return with(l, func(s Reviews) ([]store.Review, error) { return s.ReviewsSince(track, since) })
}

// ReviewCountsByDay counts the reviews of each day in [from, to).
func (l *Live) ReviewCountsByDay(track string, from, to time.Time, loc *time.Location) (map[string]int, error) {
	return with(l, func(s Reviews) (map[string]int, error) { return s.ReviewCountsByDay(track, from, to, loc) })
}

// NewCardsReviewedOn counts the cards first reviewed on day.
func (l *Live) NewCardsReviewedOn(track string, day time.Time, loc *time.Location) (int, error) {
	return with(l, func(s Reviews) (int, error) { return s.NewCardsReviewedOn(track, day, loc) })
}

// Assessments lists the saved assessments, oldest first.
func (l *Live) Assessments(track string) ([]store.Assessment, error) {
	return with(l, func(s Reviews) ([]store.Assessment, error) { return s.Assessments(track) })
}
