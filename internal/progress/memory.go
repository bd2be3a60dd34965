package progress

import (
	"maps"
	"sync"
	"time"

	"github.com/rung-career/rung/internal/store"
)

// Memory keeps reviews in memory when there is no database, so practice
// still works for the session (and undo, the new-card limit and the
// statistics with it). Commands call it from other goroutines: hence the
// lock.
type Memory struct {
	mu      sync.Mutex
	states  map[string]store.CardState
	first   map[string]time.Time // first review of each card
	reviews []store.Review
	nextID  int64
}

// NewMemory is an empty review log.
func NewMemory() *Memory {
	return &Memory{states: map[string]store.CardState{}, first: map[string]time.Time{}}
}

// CardStates is the state of every card reviewed so far.
func (m *Memory) CardStates(string) (map[string]store.CardState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.states), nil
}

// RecordReview keeps a review and the card's state after it.
func (m *Memory) RecordReview(r store.Review) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nextID++
	r.ID = m.nextID
	m.reviews = append(m.reviews, r)
	m.states[r.CardID] = r.After
	if f, ok := m.first[r.CardID]; !ok || r.ReviewedAt.Before(f) {
		m.first[r.CardID] = r.ReviewedAt
	}
	return r.ID, nil
}

// UndoLastReview takes back the latest review, and the state it made.
func (m *Memory) UndoLastReview(string) (store.Review, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.reviews) == 0 {
		return store.Review{}, false, nil
	}
	r := m.reviews[len(m.reviews)-1]
	m.reviews = m.reviews[:len(m.reviews)-1]
	delete(m.states, r.CardID)
	delete(m.first, r.CardID)
	for _, o := range m.reviews {
		if o.CardID == r.CardID {
			m.states[r.CardID] = r.Before
			if f, ok := m.first[r.CardID]; !ok || o.ReviewedAt.Before(f) {
				m.first[r.CardID] = o.ReviewedAt
			}
		}
	}
	return r, true, nil
}

// ReviewsSince lists the reviews made at or after since.
func (m *Memory) ReviewsSince(_ string, since time.Time) ([]store.Review, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.Review
	for _, r := range m.reviews {
		if !r.ReviewedAt.Before(since) {
			out = append(out, r)
		}
	}
	return out, nil
}

// ReviewCountsByDay counts the reviews of each day in [from, to), by date
// in loc.
func (m *Memory) ReviewCountsByDay(_ string, from, to time.Time, loc *time.Location) (map[string]int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if loc == nil {
		loc = time.UTC
	}
	out := map[string]int{}
	for _, r := range m.reviews {
		if !r.ReviewedAt.Before(from) && r.ReviewedAt.Before(to) {
			out[r.ReviewedAt.In(loc).Format(time.DateOnly)]++
		}
	}
	return out, nil
}

// NewCardsReviewedOn counts the cards first reviewed on day, in loc.
func (m *Memory) NewCardsReviewedOn(_ string, day time.Time, loc *time.Location) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if loc == nil {
		loc = time.UTC
	}
	key := day.In(loc).Format(time.DateOnly)
	n := 0
	for _, f := range m.first {
		if f.In(loc).Format(time.DateOnly) == key {
			n++
		}
	}
	return n, nil
}

// Assessments is empty: without a database no assessment is kept.
func (m *Memory) Assessments(string) ([]store.Assessment, error) { return nil, nil }
