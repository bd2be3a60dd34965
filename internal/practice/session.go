package practice

import (
	"slices"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

// This file holds the review rules: grading a card (the scheduler plus the
// leech rule), the intervals shown on the grade buttons, and a study
// session's queue.

// LeechLapses is how many lapses (Again on a card in review) make a card a
// leech. As in Anki, a card that keeps lapsing is marked again every
// LeechLapses/2 lapses after that (8, 12, 16, ...).
const LeechLapses = 8

// LearnAhead is how far ahead a session shows a learning card once nothing
// else is left, so a sitting can finish instead of waiting ten minutes (as
// Anki's "learn ahead limit").
const LearnAhead = 20 * time.Minute

// Mode names how a card was studied; it is stored with each review.
type Mode string

// The study modes.
const (
	ModeFlashcard Mode = "flashcard"
	ModeRehearse  Mode = "rehearse"
	ModeMock      Mode = "mock"
	// ModeCram goes through a deck without scheduling: grades change no
	// card state and are not recorded (they would count as reviews, and a
	// crammed new card would stop being new).
	ModeCram Mode = "cram"
)

// Grade applies a rating to a card at now: the scheduler's review, then the
// leech rule. A card becomes a leech when a lapse brings it to LeechLapses
// lapses (or LeechLapses/2 more after that); a leech graded Good or Easy is
// released back into the daily reviews, since it has been relearned. What
// the person set on the card (suspended, buried, flagged) stays as it was.
func Grade(s *srs.Scheduler, before State, r srs.Rating, now time.Time) State {
	c := before.Card
	if c.State == srs.New {
		c = srs.NewCard(now)
	}
	after, _ := s.Review(c, r, now)
	out := before
	out.Card = after
	switch {
	case after.Lapses > before.Lapses && IsLeechLapse(after.Lapses):
		out.Leech = true
	case before.Leech && r >= srs.Good:
		out.Leech = false
	}
	return out
}

// IsLeechLapse reports whether reaching n lapses marks a card a leech.
func IsLeechLapse(n int) bool {
	return n >= LeechLapses && (n-LeechLapses)%(LeechLapses/2) == 0
}

// Intervals are the waits until the card is next due after each rating, for
// the grade buttons ("1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy 8d").
func Intervals(s *srs.Scheduler, st State, now time.Time) [4]time.Duration {
	c := st.Card
	if c.State == srs.New {
		c = srs.NewCard(now)
	}
	var out [4]time.Duration
	for i, next := range s.Preview(c, now) {
		out[i] = next.Due.Sub(now)
	}
	return out
}

// Tally counts the grades given in a session.
type Tally struct {
	Again, Hard, Good, Easy int
}

// Add counts one grade.
func (t *Tally) Add(r srs.Rating) {
	switch r {
	case srs.Again:
		t.Again++
	case srs.Hard:
		t.Hard++
	case srs.Good:
		t.Good++
	case srs.Easy:
		t.Easy++
	}
}

// Total is the number of grades.
func (t Tally) Total() int { return t.Again + t.Hard + t.Good + t.Easy }

// entry is a card waiting in a session queue.
type entry struct {
	id  string
	due time.Time
}

// Session is one sitting with a deck: which card comes next, and what has
// been done. It holds no card states of its own (the caller keeps them and
// passes the new state to Answer) and reads no clock.
//
// In a review session the order is Anki's: learning cards whose step is due,
// then review cards due (most overdue first), then new cards in deck order
// up to the day's remaining new-card limit; a card still in learning after
// its grade comes back when its step is due, or early (within LearnAhead)
// once nothing else is left. A cram session goes through the deck's cards
// in order, changes nothing, and puts a card graded Again back at the end.
type Session struct {
	Deck Deck
	Cram bool

	learning []entry // learning and relearning cards, by due
	review   []entry // review cards due, by due
	fresh    []entry // new cards, in deck order
	newLeft  int
	newShown int
	reviewed int
	tally    Tally
	history  []sessionSnap
	// front is a card to show before any other (the one an undo brought back).
	front string
}

// sessionSnap is a session before one answer, for Undo.
type sessionSnap struct {
	id                      string
	learning, review, fresh []entry
	newLeft, newShown, done int
	tally                   Tally
}

// NewSession starts a review session (cram false) or a cram session with a
// deck. newLimit is how many new cards may still be introduced today; cram
// sessions ignore it and show every card of the deck.
func NewSession(d Deck, ss States, now time.Time, newLimit int, cram bool) *Session {
	s := &Session{Deck: d, Cram: cram, newLeft: max(0, newLimit)}
	members := d.Members(ss, now)
	if cram {
		for _, id := range members {
			s.review = append(s.review, entry{id: id})
		}
		return s
	}
	for _, id := range members {
		st := ss[id]
		switch {
		case d.Kind == KindLeeches:
			// The leech deck shows every leech, due or not.
			s.review = append(s.review, entry{id, st.Due})
		case st.Leech:
		case ss.IsNew(id):
			if d.Kind != KindDue && len(s.fresh) < s.newLeft {
				s.fresh = append(s.fresh, entry{id: id})
			}
		case st.State == srs.Learning || st.State == srs.Relearning:
			if !st.Due.After(now.Add(LearnAhead)) {
				s.learning = append(s.learning, entry{id, st.Due})
			}
		case ss.IsDue(id, now):
			s.review = append(s.review, entry{id, st.Due})
		}
	}
	byDue := func(a, b entry) int { return a.due.Compare(b.due) }
	slices.SortStableFunc(s.learning, byDue)
	slices.SortStableFunc(s.review, byDue)
	return s
}

// Next is the card to show at now, false when the session is over.
func (s *Session) Next(now time.Time) (string, bool) {
	if s.front != "" && (index(s.learning, s.front) >= 0 || index(s.review, s.front) >= 0 || index(s.fresh, s.front) >= 0) {
		return s.front, true
	}
	if len(s.learning) > 0 && !s.learning[0].due.After(now) {
		return s.learning[0].id, true
	}
	if len(s.review) > 0 {
		return s.review[0].id, true
	}
	if len(s.fresh) > 0 {
		return s.fresh[0].id, true
	}
	if len(s.learning) > 0 && !s.learning[0].due.After(now.Add(LearnAhead)) {
		return s.learning[0].id, true
	}
	return "", false
}

// Answer records that card id was graded r at now and now has the state
// after (ignored in a cram session), and takes it off the queue; a card
// still learning comes back when due.
func (s *Session) Answer(id string, r srs.Rating, after State, now time.Time) {
	s.history = append(s.history, sessionSnap{id: id, learning: slices.Clone(s.learning), review: slices.Clone(s.review),
		fresh: slices.Clone(s.fresh), newLeft: s.newLeft, newShown: s.newShown, done: s.reviewed, tally: s.tally})
	s.front = ""
	s.reviewed++
	s.tally.Add(r)
	if s.Cram {
		s.review = remove(s.review, id)
		if r == srs.Again {
			s.review = append(s.review, entry{id: id})
		}
		return
	}
	if i := index(s.fresh, id); i >= 0 {
		s.fresh = slices.Delete(s.fresh, i, i+1)
		s.newLeft--
		s.newShown++
	}
	s.learning = remove(s.learning, id)
	s.review = remove(s.review, id)
	if !after.Leech && (after.State == srs.Learning || after.State == srs.Relearning) &&
		!after.Due.After(now.Add(LearnAhead)) {
		e := entry{id, after.Due}
		i, _ := slices.BinarySearchFunc(s.learning, e, func(a, b entry) int {
			if a.due.After(b.due) {
				return 1
			}
			return -1 // equal dues keep their order: the new one goes last
		})
		s.learning = slices.Insert(s.learning, i, e)
	}
}

// Undo takes back the last Answer and returns the card it was for, false if
// there is none. The session is as it was before that answer, and the card
// comes next.
func (s *Session) Undo() (string, bool) {
	if len(s.history) == 0 {
		return "", false
	}
	h := s.history[len(s.history)-1]
	s.history = s.history[:len(s.history)-1]
	s.learning, s.review, s.fresh = h.learning, h.review, h.fresh
	s.newLeft, s.newShown, s.reviewed, s.tally = h.newLeft, h.newShown, h.done, h.tally
	s.front = h.id
	return h.id, true
}

// CanUndo reports whether there is an answer to take back.
func (s *Session) CanUndo() bool { return len(s.history) > 0 }

// Left counts the cards still waiting: learning, due reviews and new.
func (s *Session) Left() (learning, review, fresh int) {
	return len(s.learning), len(s.review), len(s.fresh)
}

// Reviewed is the number of answers given in the session.
func (s *Session) Reviewed() int { return s.reviewed }

// Tally counts the session's grades.
func (s *Session) Tally() Tally { return s.tally }

// NewShown is how many new cards the session has introduced.
func (s *Session) NewShown() int { return s.newShown }

// NewLeft is how many more new cards the day's limit allows.
func (s *Session) NewLeft() int { return s.newLeft }

// IsFresh reports whether card id is waiting as a new card.
func (s *Session) IsFresh(id string) bool { return index(s.fresh, id) >= 0 }

func index(es []entry, id string) int {
	return slices.IndexFunc(es, func(e entry) bool { return e.id == id })
}

func remove(es []entry, id string) []entry {
	if i := index(es, id); i >= 0 {
		return slices.Delete(slices.Clone(es), i, i+1)
	}
	return es
}

// NextDue is the earliest time after now at which a card of the deck falls
// due (leeches excluded), false when none is scheduled.
func NextDue(d Deck, ss States, now time.Time) (time.Time, bool) {
	var best time.Time
	for _, id := range d.Cards {
		st, ok := ss[id]
		if !ok || st.State == srs.New || st.Leech {
			continue
		}
		at := st.AvailableAt()
		if !at.After(now) {
			continue
		}
		if best.IsZero() || at.Before(best) {
			best = at
		}
	}
	return best, !best.IsZero()
}

// RehearseOrder is the order to rehearse a deck's cards in: due cards
// first (most overdue first), then new cards in deck order, then the rest by
// how soon they fall due, so rehearsal always has a question to offer.
// Leeches come last, except in the leech deck.
func RehearseOrder(d Deck, ss States, now time.Time) []string {
	members := d.Members(ss, now)
	rank := func(id string) int {
		switch {
		case ss.IsLeech(id) && d.Kind != KindLeeches:
			return 3
		case ss.IsDue(id, now):
			return 0
		case ss.IsNew(id):
			return 1
		}
		return 2
	}
	out := slices.Clone(members)
	slices.SortStableFunc(out, func(a, b string) int {
		ra, rb := rank(a), rank(b)
		if ra != rb {
			return ra - rb
		}
		if ra == 1 {
			return 0
		}
		return ss[a].Due.Compare(ss[b].Due)
	})
	return out
}
