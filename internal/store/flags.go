package store

import (
	"context"
	"errors"
	"time"
)

// CardFlags is what a person has set on one card, apart from its schedule.
type CardFlags struct {
	Suspended   bool
	BuriedUntil time.Time // zero when not buried
	Flagged     bool
}

// CardFlags returns the flags of every card of the track that has any,
// keyed by card id.
func (s *Store) CardFlags(track string) (map[string]CardFlags, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT card_id, suspended, buried_until, flagged FROM card_flags WHERE track = ?`, track)
	if err != nil {
		return nil, s.wrap("card flags", err)
	}
	defer rows.Close()
	out := map[string]CardFlags{}
	for rows.Next() {
		var id string
		var f CardFlags
		var until int64
		if err := rows.Scan(&id, &f.Suspended, &until, &f.Flagged); err != nil {
			return nil, s.wrap("card flags", err)
		}
		if until != 0 {
			f.BuriedUntil = fromMS(until)
		}
		out[id] = f
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("card flags", err)
	}
	return out, nil
}

// SetSuspended suspends a card (out of every review until unsuspended) or
// brings it back.
func (s *Store) SetSuspended(track, cardID string, on bool) error {
	return s.setFlag("suspend card", track, cardID, "suspended", b2i(on))
}

// Bury keeps a card out of reviews until the given time (the start of the
// next study day, say); a zero time unburies it.
func (s *Store) Bury(track, cardID string, until time.Time) error {
	v := int64(0)
	if !until.IsZero() {
		v = ms(until)
	}
	return s.setFlag("bury card", track, cardID, "buried_until", v)
}

// SetFlagged flags a card for practice, or clears the flag.
func (s *Store) SetFlagged(track, cardID string, on bool) error {
	return s.setFlag("flag card", track, cardID, "flagged", b2i(on))
}

// setFlag sets one column of a card's flags; col is one of this file's own
// column names, never input.
func (s *Store) setFlag(op, track, cardID, col string, v int64) error {
	if track == "" || cardID == "" {
		return errors.New("store: " + op + ": empty track or card id")
	}
	_, err := s.db.ExecContext(context.Background(),
		`INSERT INTO card_flags (track, card_id, `+col+`) VALUES (?, ?, ?)
		 ON CONFLICT (track, card_id) DO UPDATE SET `+col+` = excluded.`+col, track, cardID, v)
	return s.wrap(op, err)
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// CardReviews returns every review of one card, oldest first: its history.
func (s *Store) CardReviews(track, cardID string) ([]Review, error) {
	rows, err := s.db.QueryContext(context.Background(), qCardReviews, track, cardID)
	if err != nil {
		return nil, s.wrap("card reviews", err)
	}
	defer rows.Close()
	var out []Review
	for rows.Next() {
		r, err := scanReview(rows)
		if err != nil {
			return nil, s.wrap("card reviews", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("card reviews", err)
	}
	return out, nil
}
