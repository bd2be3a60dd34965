package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Assessment is one completed self-assessment: the answers and the placement
// computed from them, as JSON, so that the store does not depend on the
// assess package's types. Current, Next and Readiness repeat the placement
// so a history list does not have to decode every blob.
type Assessment struct {
	ID        int64
	Track     string // track id
	TakenAt   time.Time
	Answers   []byte // JSON
	Placement []byte // JSON
	Current   string // role id or ""
	Next      string // role id or ""
	Readiness int
}

// SaveAssessment stores a new assessment (a.ID is ignored) and returns its id.
// Answers and Placement must be valid JSON or empty.
func (s *Store) SaveAssessment(a Assessment) (int64, error) {
	if a.Track == "" {
		return 0, errors.New("store: save assessment: empty track")
	}
	for _, b := range []struct {
		name string
		v    []byte
	}{{"answers", a.Answers}, {"placement", a.Placement}} {
		if len(b.v) > 0 && !json.Valid(b.v) {
			return 0, fmt.Errorf("store: save assessment: %s is not valid JSON", b.name)
		}
	}
	res, err := s.db.ExecContext(context.Background(),
		`INSERT INTO assessments (track, taken_at, answers, placement, current_role, next_role, readiness)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`,
		a.Track, ms(a.TakenAt), nonNil(a.Answers), nonNil(a.Placement), a.Current, a.Next, a.Readiness)
	if err != nil {
		return 0, s.wrap("save assessment", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, s.wrap("save assessment", err)
	}
	return id, nil
}

// Assessments returns the track's assessments, oldest first.
func (s *Store) Assessments(track string) ([]Assessment, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT `+assessmentCols+` FROM assessments WHERE track = ? ORDER BY taken_at, id`, track)
	if err != nil {
		return nil, s.wrap("list assessments", err)
	}
	defer rows.Close()
	var out []Assessment
	for rows.Next() {
		a, err := scanAssessment(rows)
		if err != nil {
			return nil, s.wrap("list assessments", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("list assessments", err)
	}
	return out, nil
}

// LatestAssessment returns the track's most recent assessment (by TakenAt,
// then by id), false if there is none.
func (s *Store) LatestAssessment(track string) (Assessment, bool, error) {
	row := s.db.QueryRowContext(context.Background(),
		`SELECT `+assessmentCols+` FROM assessments WHERE track = ? ORDER BY taken_at DESC, id DESC LIMIT 1`, track)
	a, err := scanAssessment(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Assessment{}, false, nil
	}
	if err != nil {
		return Assessment{}, false, s.wrap("latest assessment", err)
	}
	return a, true, nil
}

const assessmentCols = `id, track, taken_at, answers, placement, current_role, next_role, readiness`

func scanAssessment(r scanner) (Assessment, error) {
	var a Assessment
	var at int64
	err := r.Scan(&a.ID, &a.Track, &at, &a.Answers, &a.Placement, &a.Current, &a.Next, &a.Readiness)
	a.TakenAt = fromMS(at)
	return a, err
}

// scanner is *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// nonNil stores a nil slice as an empty blob: the columns are NOT NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
