package progress

import (
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

// States maps stored card states to the scheduler's.
func States(m map[string]store.CardState) practice.States {
	out := make(practice.States, len(m))
	for id, cs := range m {
		out[id] = practice.State{Card: srs.Card{State: srs.State(cs.State), Step: cs.Step, Stability: cs.Stability,
			Difficulty: cs.Difficulty, Due: cs.Due, LastReview: cs.LastReview, Reps: cs.Reps, Lapses: cs.Lapses}, Leech: cs.Leech}
	}
	return out
}

// StoredState maps a scheduled card state back to the store's.
func StoredState(track, id string, s practice.State) store.CardState {
	return store.CardState{Track: track, CardID: id, State: int(s.State), Step: s.Step, Stability: s.Stability,
		Difficulty: s.Difficulty, Due: s.Due, LastReview: s.LastReview, Reps: s.Reps, Lapses: s.Lapses, Leech: s.Leech}
}

// Review is the stored record of one grade: the card's state before and
// after it, and how long the answer took.
func Review(track, id string, r srs.Rating, mode practice.Mode, at time.Time, took time.Duration, before, after practice.State) store.Review {
	return store.Review{Track: track, CardID: id, Rating: int(r), Mode: string(mode), ReviewedAt: at,
		DurationMS: max(0, took.Milliseconds()), Before: StoredState(track, id, before), After: StoredState(track, id, after)}
}

// StartOfDay is midnight of t's day in t's location.
func StartOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// Today is what the practice home shows: every card's state and the study
// day's work so far.
type Today struct {
	States   practice.States
	Reviewed int // reviews this study day
	Fresh    int // cards studied for the first time this study day, in any mode
}

// ReadToday reads the card states and the study day's counts off r. The
// day is the scheduler's study day (practice.DayStart to DayEnd, from 4
// a.m.), so the daily new-card limit and the schedule agree on when a day
// ends. Card flags are not read: Service.Today adds them.
func ReadToday(r Reviews, track string, now time.Time) (Today, error) {
	var t Today
	states, err := r.CardStates(track)
	if err != nil {
		return t, err
	}
	t.States = States(states)
	reviews, err := r.ReviewsSince(track, practice.DayStart(now))
	if err != nil {
		return t, err
	}
	c := practice.CountDay(Reviewed(reviews), now)
	t.Reviewed, t.Fresh = c.Reviewed, c.Fresh
	return t, nil
}

// Reviewed maps stored reviews to what practice counts.
func Reviewed(reviews []store.Review) []practice.Reviewed {
	out := make([]practice.Reviewed, len(reviews))
	for i, r := range reviews {
		out[i] = practice.Reviewed{CardID: r.CardID, At: r.ReviewedAt, Rating: srs.Rating(r.Rating),
			Before: srs.State(r.Before.State), Mode: practice.Mode(r.Mode)}
	}
	return out
}
