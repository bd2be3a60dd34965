package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// SetTick marks (done) or unmarks one action of a roadmap step. An unticked
// action keeps its row, with the time it was unticked.
func (s *Store) SetTick(track, stepID, actionID string, done bool, at time.Time) error {
	if track == "" || stepID == "" || actionID == "" {
		return errors.New("store: set tick: empty track, step or action id")
	}
	_, err := s.db.ExecContext(context.Background(),
		`INSERT INTO ticks (track, step_id, action_id, done, at) VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT (track, step_id, action_id) DO UPDATE SET done = excluded.done, at = excluded.at`,
		track, stepID, actionID, done, ms(at))
	return s.wrap("set tick", err)
}

// Ticks returns the track's ticked actions, keyed "stepID/actionID", all
// true: unticked ones are left out, so len is the number done.
func (s *Store) Ticks(track string) (map[string]bool, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT step_id, action_id FROM ticks WHERE track = ? AND done = 1`, track)
	if err != nil {
		return nil, s.wrap("ticks", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var step, action string
		if err := rows.Scan(&step, &action); err != nil {
			return nil, s.wrap("ticks", err)
		}
		out[step+"/"+action] = true
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("ticks", err)
	}
	return out, nil
}

// Setting returns the value stored under key, false if none is.
func (s *Store) Setting(key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(context.Background(), `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, s.wrap("setting "+key, err)
	}
	return v, true, nil
}

// SetSetting stores value under key, replacing any earlier value.
func (s *Store) SetSetting(key, value string) error {
	if key == "" {
		return errors.New("store: set setting: empty key")
	}
	_, err := s.db.ExecContext(context.Background(),
		`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		key, value)
	return s.wrap("set setting "+key, err)
}
