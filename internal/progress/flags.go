package progress

import (
	"sync"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

// This file keeps what a person sets on a card apart from its schedule
// (suspended, buried until a time, flagged for practice), merges it into
// the card states practice reads, and reads a card's history. Without a
// database the flags are kept in memory for the session, as ticks are.

// Flags is where the flags are kept; *store.Store implements it.
type Flags interface {
	CardFlags(track string) (map[string]store.CardFlags, error)
	SetSuspended(track, cardID string, on bool) error
	Bury(track, cardID string, until time.Time) error
	SetFlagged(track, cardID string, on bool) error
}

// History reads a card's reviews; *store.Store implements it.
type History interface {
	CardReviews(track, cardID string) ([]store.Review, error)
}

var (
	_ Flags   = (*store.Store)(nil)
	_ History = (*store.Store)(nil)
)

// local is what the service keeps in memory while there is no database:
// card flags and settings.
type local struct {
	mu       sync.Mutex
	flags    map[string]map[string]store.CardFlags // track, card id
	settings map[string]string
}

func (l *local) flagsOf(track string) map[string]store.CardFlags {
	if l.flags == nil {
		l.flags = map[string]map[string]store.CardFlags{}
	}
	if l.flags[track] == nil {
		l.flags[track] = map[string]store.CardFlags{}
	}
	return l.flags[track]
}

// update changes one card's flags in memory.
func (l *local) update(track, cardID string, f func(*store.CardFlags)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := l.flagsOf(track)
	cf := m[cardID]
	f(&cf)
	m[cardID] = cf
}

// flagStore is the database's flags, nil when there is no database (or it
// keeps none).
func (s *Service) flagStore() Flags {
	f, _ := s.store().(Flags)
	return f
}

// CardFlags are the flags of every card of the track that has any.
func (s *Service) CardFlags(track string) (map[string]store.CardFlags, error) {
	if db := s.flagStore(); db != nil {
		return db.CardFlags(track)
	}
	s.mem.mu.Lock()
	defer s.mem.mu.Unlock()
	out := map[string]store.CardFlags{}
	for id, f := range s.mem.flagsOf(track) {
		out[id] = f
	}
	return out, nil
}

// SetSuspended suspends a card (out of every review until unsuspended), or
// brings it back.
func (s *Service) SetSuspended(track, cardID string, on bool) error {
	if db := s.flagStore(); db != nil {
		return db.SetSuspended(track, cardID, on)
	}
	s.mem.update(track, cardID, func(f *store.CardFlags) { f.Suspended = on })
	return nil
}

// Bury keeps a card out of reviews until the given time (the start of the
// next study day); a zero time unburies it.
func (s *Service) Bury(track, cardID string, until time.Time) error {
	if db := s.flagStore(); db != nil {
		return db.Bury(track, cardID, until)
	}
	s.mem.update(track, cardID, func(f *store.CardFlags) { f.BuriedUntil = until })
	return nil
}

// SetFlagged flags a card for practice (the Flagged deck holds it), or
// clears the flag.
func (s *Service) SetFlagged(track, cardID string, on bool) error {
	if db := s.flagStore(); db != nil {
		return db.SetFlagged(track, cardID, on)
	}
	s.mem.update(track, cardID, func(f *store.CardFlags) { f.Flagged = on })
	return nil
}

// WithFlags sets the flags on the card states (a card with flags but no
// review yet gets a new card's state with them).
func WithFlags(ss practice.States, flags map[string]store.CardFlags) practice.States {
	for id, f := range flags {
		st := ss[id]
		st.Suspended, st.BuriedUntil, st.Flagged = f.Suspended, f.BuriedUntil, f.Flagged
		ss[id] = st
	}
	return ss
}

// States are the track's card states with the person's flags: what every
// deck, session and count reads.
func (s *Service) States(track string) (practice.States, error) {
	m, err := s.live.CardStates(track)
	if err != nil {
		return nil, err
	}
	flags, err := s.CardFlags(track)
	if err != nil {
		return nil, err
	}
	return WithFlags(States(m), flags), nil
}

// Today reads the card states (with their flags) and the study day's work
// so far, for the practice home and a flashcard session.
func (s *Service) Today(track string, now time.Time) (Today, error) {
	t, err := ReadToday(s.live, track, now)
	if err != nil {
		return t, err
	}
	flags, err := s.CardFlags(track)
	if err != nil {
		return t, err
	}
	t.States = WithFlags(t.States, flags)
	return t, nil
}

// HistoryEntry is one review of a card as its history lists it.
type HistoryEntry struct {
	At       time.Time
	Rating   srs.Rating
	Mode     practice.Mode
	Before   srs.State // the card's state before the review
	After    srs.State // and after it
	Interval time.Duration
	Took     time.Duration // from the question shown to the grade
}

// CardHistory is every review of one card, oldest first: when, the grade,
// the mode, and the wait it set until the card was next due.
func (s *Service) CardHistory(track, cardID string) ([]HistoryEntry, error) {
	var reviews []store.Review
	if h, ok := s.store().(History); ok {
		var err error
		if reviews, err = h.CardReviews(track, cardID); err != nil {
			return nil, err
		}
	} else {
		all, err := s.live.ReviewsSince(track, time.Time{})
		if err != nil {
			return nil, err
		}
		for _, r := range all {
			if r.CardID == cardID {
				reviews = append(reviews, r)
			}
		}
	}
	out := make([]HistoryEntry, len(reviews))
	for i, r := range reviews {
		out[i] = HistoryEntry{At: r.ReviewedAt, Rating: srs.Rating(r.Rating), Mode: practice.Mode(r.Mode),
			Before: srs.State(r.Before.State), After: srs.State(r.After.State), Interval: r.After.Due.Sub(r.ReviewedAt),
			Took: time.Duration(r.DurationMS) * time.Millisecond}
	}
	return out, nil
}

// flagged is a review log that also reads the service's flags, so Gather
// sees suspended and buried cards.
type flagged struct {
	Reviews
	s *Service
}

func (f flagged) CardFlags(track string) (map[string]store.CardFlags, error) {
	return f.s.CardFlags(track)
}

// Gather reads the statistics of lib's track as of now, the flags included.
func (s *Service) Gather(lib *content.Library, now time.Time) (Stats, error) {
	return Gather(flagged{s.live, s}, lib, now)
}
