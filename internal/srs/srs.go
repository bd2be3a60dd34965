// Package srs is an FSRS-6 spaced-repetition scheduler.
//
// It is pure: nothing here reads the clock, the disk or global state. Every
// function that needs the time takes it as an argument (the clock is injected),
// and the only randomness (interval fuzz, off by default) comes from a source the
// caller may set with WithRand; by default it is a deterministic function of the
// card, so the same review always gives the same result.
//
// The formulas and the scheduling rules follow the FSRS-6 reference
// implementations (py-fsrs, go-fsrs, ts-fsrs, fsrs-rs) and are checked against
// numbers from their unit tests in testdata/srs/vectors.json.
package srs

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rating is the answer the learner gives to a card.
type Rating int

// The four ratings, numbered as in FSRS.
const (
	Again Rating = 1 // forgot
	Hard  Rating = 2 // recalled with serious difficulty
	Good  Rating = 3 // recalled after some hesitation
	Easy  Rating = 4 // recalled at once
)

// allRatings lists the four ratings in order.
var allRatings = [4]Rating{Again, Hard, Good, Easy}

var ratingNames = [...]string{"", "Again", "Hard", "Good", "Easy"}

// Valid reports whether r is one of Again, Hard, Good, Easy.
func (r Rating) Valid() bool { return r >= Again && r <= Easy }

// String returns "Again", "Hard", "Good" or "Easy" ("Rating(N)" otherwise).
func (r Rating) String() string {
	if r.Valid() {
		return ratingNames[r]
	}
	return "Rating(" + strconv.Itoa(int(r)) + ")"
}

// ParseRating reads a rating from its name (any case: "again", "Good") or its
// number ("1" to "4").
func ParseRating(s string) (Rating, error) {
	t := strings.TrimSpace(s)
	for r := Again; r <= Easy; r++ {
		if strings.EqualFold(t, ratingNames[r]) || t == strconv.Itoa(int(r)) {
			return r, nil
		}
	}
	return 0, fmt.Errorf("srs: unknown rating %q (want again, hard, good, easy or 1-4)", s)
}

// State is where a card is in its life.
type State int

// The card states. A new card has never been reviewed; Learning and Relearning
// walk through short (minute) steps; Review schedules whole days.
const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

var stateNames = [...]string{"New", "Learning", "Review", "Relearning"}

// Valid reports whether s is one of the four states.
func (s State) Valid() bool { return s >= New && s <= Relearning }

// String returns "New", "Learning", "Review" or "Relearning" ("State(N)" otherwise).
func (s State) String() string {
	if s.Valid() {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// ParseState reads a state from its name (any case) or its number ("0" to "3").
func ParseState(str string) (State, error) {
	t := strings.TrimSpace(str)
	for s := New; s <= Relearning; s++ {
		if strings.EqualFold(t, stateNames[s]) || t == strconv.Itoa(int(s)) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("srs: unknown card state %q (want new, learning, review, relearning or 0-3)", str)
}

// Card is the scheduling state of one flashcard.
type Card struct {
	State      State
	Step       int       // learning/relearning step index
	Stability  float64   // days; 0 for a new card
	Difficulty float64   // 1..10; 0 for a new card
	Due        time.Time // when the card should next be shown
	LastReview time.Time // zero for a new card
	Reps       int       // reviews so far
	Lapses     int       // times forgotten from Review (Again in Review state)
}

// NewCard returns a card that has never been reviewed, due at now.
func NewCard(now time.Time) Card {
	return Card{State: New, Due: now}
}

// isNew reports whether the card has no memory state yet (never reviewed, or
// a stored card whose memory state was lost), so its next review starts it.
func (c Card) isNew() bool {
	return c.State == New || c.Stability <= 0 || c.Difficulty <= 0
}

// ReviewLog records one review.
type ReviewLog struct {
	Rating        Rating
	State         State     // state BEFORE the review
	Due           time.Time // due BEFORE the review
	Stability     float64   // after
	Difficulty    float64   // after
	ElapsedDays   int       // whole days since last review (0 for new)
	ScheduledDays int       // whole days between review and new due
	Review        time.Time // when the review happened
}
