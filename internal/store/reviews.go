package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"
)

// CardState is the scheduler's state of one card, as plain fields (the UI
// maps it to and from srs.Card). A card that has never been reviewed has no
// stored state.
type CardState struct {
	Track, CardID         string
	State                 int // 0 new, 1 learning, 2 review, 3 relearning
	Step                  int
	Stability, Difficulty float64
	Due, LastReview       time.Time // LastReview is zero for never
	Reps, Lapses          int
	Leech                 bool
}

// Review is one rating of one card, with the card's state before and after,
// so the review can be undone and the scheduler refitted from the log.
type Review struct {
	ID            int64
	Track, CardID string
	Rating        int    // 1 again, 2 hard, 3 good, 4 easy
	Mode          string // "flashcard", "rehearse", "mock", "cram"
	ReviewedAt    time.Time
	DurationMS    int64
	Before        CardState // state before, restored by undo
	After         CardState // state after, stored as the card's state
}

// The columns of a CardState, in scan order. The same nine appear in the
// review log prefixed b_ and a_.
const stateCols = `state, step, stability, difficulty, due, last_review, reps, lapses, leech`

func stateArgs(c CardState) []any {
	return []any{c.State, c.Step, c.Stability, c.Difficulty, ms(c.Due), ms(c.LastReview), c.Reps, c.Lapses, c.Leech}
}

// stateDest returns scan destinations for the nine state columns; call fix
// after Scan to convert the times.
func stateDest(c *CardState) (dest []any, fix func()) {
	var due, last int64
	return []any{&c.State, &c.Step, &c.Stability, &c.Difficulty, &due, &last, &c.Reps, &c.Lapses, &c.Leech},
		func() { c.Due, c.LastReview = fromMS(due), fromMS(last) }
}

// CardStates returns the stored state of every reviewed card of the track,
// keyed by card id.
func (s *Store) CardStates(track string) (map[string]CardState, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT card_id, `+stateCols+` FROM card_states WHERE track = ?`, track)
	if err != nil {
		return nil, s.wrap("card states", err)
	}
	defer rows.Close()
	out := map[string]CardState{}
	for rows.Next() {
		c := CardState{Track: track}
		dest, fix := stateDest(&c)
		if err := rows.Scan(append([]any{&c.CardID}, dest...)...); err != nil {
			return nil, s.wrap("card states", err)
		}
		fix()
		out[c.CardID] = c
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("card states", err)
	}
	return out, nil
}

// RecordReview appends r to the review log and makes r.After the card's
// state, in one transaction: either both are saved or neither is. r.ID and
// the Track/CardID fields of Before and After are ignored (r's own are
// used). It returns the new review's id; ids are never reused.
func (s *Store) RecordReview(r Review) (int64, error) {
	if err := validReview(r); err != nil {
		return 0, err
	}
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, s.wrap("record review", err)
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	id, err := recordReviewTx(ctx, tx, r)
	if err != nil {
		return 0, s.wrap("record review", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, s.wrap("record review", err)
	}
	return id, nil
}

func validReview(r Review) error {
	switch {
	case r.Track == "":
		return errors.New("store: record review: empty track")
	case r.CardID == "":
		return errors.New("store: record review: empty card id")
	case r.Rating < 1 || r.Rating > 4:
		return fmt.Errorf("store: record review: rating %d is not 1..4", r.Rating)
	}
	return nil
}

const insertReview = `INSERT INTO reviews (track, card_id, rating, mode, reviewed_at, duration_ms,
	b_state, b_step, b_stability, b_difficulty, b_due, b_last_review, b_reps, b_lapses, b_leech,
	a_state, a_step, a_stability, a_difficulty, a_due, a_last_review, a_reps, a_lapses, a_leech)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// upsertState keeps the earliest first_reviewed_at, so the first review stays
// the first even if reviews arrive out of time order.
const upsertState = `INSERT INTO card_states (track, card_id, ` + stateCols + `, first_reviewed_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (track, card_id) DO UPDATE SET
		state = excluded.state, step = excluded.step,
		stability = excluded.stability, difficulty = excluded.difficulty,
		due = excluded.due, last_review = excluded.last_review,
		reps = excluded.reps, lapses = excluded.lapses, leech = excluded.leech,
		first_reviewed_at = min(first_reviewed_at, excluded.first_reviewed_at)`

func recordReviewTx(ctx context.Context, tx *sql.Tx, r Review) (int64, error) {
	args := []any{r.Track, r.CardID, r.Rating, r.Mode, ms(r.ReviewedAt), r.DurationMS}
	args = append(args, stateArgs(r.Before)...)
	args = append(args, stateArgs(r.After)...)
	res, err := tx.ExecContext(ctx, insertReview, args...)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := putState(ctx, tx, r.Track, r.CardID, r.After, ms(r.ReviewedAt)); err != nil {
		return 0, err
	}
	return id, nil
}

func putState(ctx context.Context, tx *sql.Tx, track, card string, c CardState, first int64) error {
	args := append([]any{track, card}, stateArgs(c)...)
	_, err := tx.ExecContext(ctx, upsertState, append(args, first)...)
	return err
}

const reviewCols = `id, track, card_id, rating, mode, reviewed_at, duration_ms,
	b_state, b_step, b_stability, b_difficulty, b_due, b_last_review, b_reps, b_lapses, b_leech,
	a_state, a_step, a_stability, a_difficulty, a_due, a_last_review, a_reps, a_lapses, a_leech`

// The hot queries, named so that TestQueriesUseIndexes checks the very SQL
// that runs. "leech = 0" is spelled out so the partial index applies.
const (
	qNextDue = `SELECT card_id FROM card_states
		WHERE track = ? AND leech = 0 AND due <= ? ORDER BY due, card_id LIMIT 1`
	qDueCount = `SELECT count(*) FROM card_states WHERE track = ? AND leech = 0 AND due <= ?`
	qNewCards = `SELECT count(*) FROM card_states
		WHERE track = ? AND first_reviewed_at >= ? AND first_reviewed_at < ?`
	qReviewSpan = `SELECT min(reviewed_at), max(reviewed_at) FROM reviews
		WHERE track = ? AND reviewed_at >= ? AND reviewed_at < ?`
	// ?2 is a JSON array of [key, start, end] per day.
	qDayCounts = `WITH d (k, lo, hi) AS MATERIALIZED (
			SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?2))
		SELECT k, (SELECT count(*) FROM reviews WHERE track = ?1 AND reviewed_at >= lo AND reviewed_at < hi)
		FROM d`
	qReviewsSince = `SELECT ` + reviewCols + ` FROM reviews
		WHERE track = ? AND reviewed_at >= ? ORDER BY reviewed_at, id`
	qFirstReview = `SELECT min(reviewed_at) FROM reviews WHERE track = ? AND card_id = ?`
	qCardReviews = `SELECT ` + reviewCols + ` FROM reviews
		WHERE track = ? AND card_id = ? ORDER BY reviewed_at, id`
	// The last recorded review: walk the table backwards by id and stop at
	// the first row of the track, which for the track being practiced is
	// the first row. Left to itself the planner picks reviews_by_time and
	// sorts every review of the track to find one.
	qLastReview = `SELECT ` + reviewCols + ` FROM reviews NOT INDEXED
		WHERE track = ? ORDER BY id DESC LIMIT 1`
)

func scanReview(sc scanner) (Review, error) {
	var r Review
	var at int64
	bDest, bFix := stateDest(&r.Before)
	aDest, aFix := stateDest(&r.After)
	dest := []any{&r.ID, &r.Track, &r.CardID, &r.Rating, &r.Mode, &at, &r.DurationMS}
	dest = append(append(dest, bDest...), aDest...)
	if err := sc.Scan(dest...); err != nil {
		return Review{}, err
	}
	bFix()
	aFix()
	r.ReviewedAt = fromMS(at)
	r.Before.Track, r.Before.CardID = r.Track, r.CardID
	r.After.Track, r.After.CardID = r.Track, r.CardID
	return r, nil
}

// UndoLastReview undoes the track's last recorded review (the highest id, so
// the one the person just made, whatever the clocks said): the log row is
// deleted and the card's state restored to the review's Before, in one
// transaction. If that was the card's only review, the card's state row is
// removed instead, since a card had no stored state before its first review
// (CardStates then no longer lists it: it is new again). It returns the
// undone review, false if the track has none.
func (s *Store) UndoLastReview(track string) (Review, bool, error) {
	return s.UndoLastReviewSince(track, time.Time{})
}

// UndoLastReviewSince is UndoLastReview limited to a review made at or after
// since (e.g. the start of the current session), so an undo key cannot reach
// back into an earlier day. A zero since means no limit.
func (s *Store) UndoLastReviewSince(track string, since time.Time) (Review, bool, error) {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	r, err := scanReview(tx.QueryRowContext(ctx, qLastReview, track))
	if errors.Is(err, sql.ErrNoRows) {
		return Review{}, false, nil
	}
	if err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	if !since.IsZero() && r.ReviewedAt.Before(since) {
		return Review{}, false, nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM reviews WHERE id = ?`, r.ID); err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	var first sql.NullInt64
	if err := tx.QueryRowContext(ctx, qFirstReview, r.Track, r.CardID).Scan(&first); err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	if first.Valid {
		// Restore Before, and first_reviewed_at from what is left of the log.
		if _, err := tx.ExecContext(ctx, `DELETE FROM card_states WHERE track = ? AND card_id = ?`, r.Track, r.CardID); err != nil {
			return Review{}, false, s.wrap("undo review", err)
		}
		err = putState(ctx, tx, r.Track, r.CardID, r.Before, first.Int64)
	} else {
		_, err = tx.ExecContext(ctx, `DELETE FROM card_states WHERE track = ? AND card_id = ?`, r.Track, r.CardID)
	}
	if err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	if err := tx.Commit(); err != nil {
		return Review{}, false, s.wrap("undo review", err)
	}
	return r, true, nil
}

// ReviewsSince returns the track's reviews made at or after since, oldest
// first (zero since: all of them).
func (s *Store) ReviewsSince(track string, since time.Time) ([]Review, error) {
	from := int64(math.MinInt64)
	if !since.IsZero() {
		from = since.UnixMilli()
	}
	rows, err := s.db.QueryContext(context.Background(), qReviewsSince, track, from)
	if err != nil {
		return nil, s.wrap("reviews since", err)
	}
	defer rows.Close()
	var out []Review
	for rows.Next() {
		r, err := scanReview(rows)
		if err != nil {
			return nil, s.wrap("reviews since", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("reviews since", err)
	}
	return out, nil
}

// ReviewCountsByDay counts the track's reviews made in [from, to) per
// calendar day in loc (nil means UTC), keyed "2006-01-02". Days without
// reviews are absent.
//
// SQLite knows nothing of Go's time zones and their daylight-saving rules,
// so the day boundaries are computed here and the counting is done by SQLite
// on the (track, reviewed_at) index, one range per day: a year's heat map
// then costs a few milliseconds instead of pulling 100,000 rows into Go.
func (s *Store) ReviewCountsByDay(track string, from, to time.Time, loc *time.Location) (map[string]int, error) {
	if loc == nil {
		loc = time.UTC
	}
	out := map[string]int{}
	lo, hi := from.UnixMilli(), to.UnixMilli()
	if lo >= hi {
		return out, nil
	}
	ctx := context.Background()
	// Only the days between the first and last review in range can count
	// anything; this keeps a "since forever" range from making 700,000 days.
	var first, last sql.NullInt64
	if err := s.db.QueryRowContext(ctx, qReviewSpan, track, lo, hi).Scan(&first, &last); err != nil {
		return nil, s.wrap("review counts", err)
	}
	if !first.Valid {
		return out, nil
	}
	var days [][3]any // key, start ms, end ms
	for cur := time.UnixMilli(first.Int64); ; {
		y, m, d := cur.In(loc).Date()
		next := midnight(y, m, d+1, loc)
		days = append(days, [3]any{time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly),
			cur.UnixMilli(), min(next.UnixMilli(), last.Int64+1)})
		if next.UnixMilli() > last.Int64 {
			break
		}
		cur = next
	}
	js, err := json.Marshal(days)
	if err != nil {
		return nil, fmt.Errorf("store: review counts: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, qDayCounts, track, string(js))
	if err != nil {
		return nil, s.wrap("review counts", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key string
		var n int
		if err := rows.Scan(&key, &n); err != nil {
			return nil, s.wrap("review counts", err)
		}
		if n > 0 {
			out[key] = n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("review counts", err)
	}
	return out, nil
}

// NextDue returns the id of the card due earliest, at or before now, leeches
// excluded (ties: the smaller card id), false if no card is due.
func (s *Store) NextDue(track string, now time.Time) (string, bool, error) {
	var id string
	err := s.db.QueryRowContext(context.Background(), qNextDue, track, now.UnixMilli()).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, s.wrap("next due", err)
	}
	return id, true, nil
}

// DueCount counts the track's cards due at or before now, leeches excluded.
func (s *Store) DueCount(track string, now time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(context.Background(), qDueCount, track, now.UnixMilli()).Scan(&n)
	if err != nil {
		return 0, s.wrap("due count", err)
	}
	return n, nil
}

// NewCardsReviewedOn counts the track's cards whose first review fell on the
// calendar day of day in loc (nil means UTC), for a daily new-card limit.
// An undone first review no longer counts.
func (s *Store) NewCardsReviewedOn(track string, day time.Time, loc *time.Location) (int, error) {
	start, end := dayBounds(day, loc)
	var n int
	err := s.db.QueryRowContext(context.Background(), qNewCards, track, start.UnixMilli(), end.UnixMilli()).Scan(&n)
	if err != nil {
		return 0, s.wrap("new cards reviewed", err)
	}
	return n, nil
}

// dayBounds returns the first instants of t's calendar day in loc and of
// the next day (23 or 25 hours later around a DST change).
func dayBounds(t time.Time, loc *time.Location) (time.Time, time.Time) {
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := t.In(loc).Date()
	return midnight(y, m, d, loc), midnight(y, m, d+1, loc)
}

// midnight returns the first instant of the calendar day y-m-d (normalised,
// so d may overflow) in loc. Where a DST change skips midnight itself (some
// zones, e.g. America/Santiago, change at 00:00) time.Date may answer with
// an instant late on the day before; the day then really starts at the
// change, which is as far ahead as that instant is short of midnight.
func midnight(y int, m time.Month, d int, loc *time.Location) time.Time {
	y, m, d = time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	if ty, tm, td := t.Date(); ty != y || tm != m || td != d {
		hh, mm, ss := t.Clock()
		t = t.Add(24*time.Hour - time.Duration(hh*3600+mm*60+ss)*time.Second)
	}
	return t
}
