package practice

import (
	"fmt"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

// Status is where a card stands, in one word, as a card browser lists it.
// What the person set on a card comes first: a suspended card is
// "suspended" whatever its schedule, a buried one "buried" until it comes
// back; then a leech; then the scheduler's state.
type Status int

// The statuses, in the order a browser's filter offers them.
const (
	StatusNew Status = iota
	StatusLearning
	StatusReview
	StatusRelearning
	StatusLeech
	StatusSuspended
	StatusBuried
)

var statusNames = [...]string{"new", "learning", "review", "relearning", "leech", "suspended", "buried"}

func (s Status) String() string {
	if s >= 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Status is card id's status at now.
func (ss States) Status(id string, now time.Time) Status {
	st := ss[id]
	switch {
	case st.Suspended:
		return StatusSuspended
	case st.BuriedUntil.After(now):
		return StatusBuried
	case st.Leech:
		return StatusLeech
	case ss.IsNew(id):
		return StatusNew
	case st.State == srs.Learning:
		return StatusLearning
	case st.State == srs.Relearning:
		return StatusRelearning
	}
	return StatusReview
}

// BuryUntil is when a card buried at now comes back: the start of the next
// study day (4 a.m.), as Anki's "bury until tomorrow".
func BuryUntil(now time.Time) time.Time { return DayEnd(now) }
