package store

import (
	"context"
	"errors"
	"time"
)

// JournalEntry is what a person wrote to one reflection prompt.
type JournalEntry struct {
	PromptID  string
	Text      string
	UpdatedAt time.Time
}

// Journal returns the track's journal entries, keyed by prompt id.
func (s *Store) Journal(track string) (map[string]JournalEntry, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT prompt_id, text, updated_at FROM journal WHERE track = ?`, track)
	if err != nil {
		return nil, s.wrap("journal", err)
	}
	defer rows.Close()
	out := map[string]JournalEntry{}
	for rows.Next() {
		var e JournalEntry
		var at int64
		if err := rows.Scan(&e.PromptID, &e.Text, &at); err != nil {
			return nil, s.wrap("journal", err)
		}
		e.UpdatedAt = fromMS(at)
		out[e.PromptID] = e
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("journal", err)
	}
	return out, nil
}

// SetJournal keeps what was written to a prompt; empty text removes the
// entry.
func (s *Store) SetJournal(track, promptID, text string, at time.Time) error {
	if track == "" || promptID == "" {
		return errors.New("store: journal: empty track or prompt id")
	}
	var err error
	if text == "" {
		_, err = s.db.ExecContext(context.Background(), `DELETE FROM journal WHERE track = ? AND prompt_id = ?`, track, promptID)
	} else {
		_, err = s.db.ExecContext(context.Background(),
			`INSERT INTO journal (track, prompt_id, text, updated_at) VALUES (?, ?, ?, ?)
			 ON CONFLICT (track, prompt_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
			track, promptID, text, ms(at))
	}
	return s.wrap("journal", err)
}

// Starred returns the ids of the track's starred items of a kind (such as
// "ask": questions to ask the interviewer), in the order they were starred.
func (s *Store) Starred(track, kind string) ([]string, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT item_id FROM starred WHERE track = ? AND kind = ? ORDER BY at, item_id`, track, kind)
	if err != nil {
		return nil, s.wrap("starred", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.wrap("starred", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("starred", err)
	}
	return out, nil
}

// SetStarred stars an item, or takes the star off.
func (s *Store) SetStarred(track, kind, itemID string, on bool, at time.Time) error {
	if track == "" || kind == "" || itemID == "" {
		return errors.New("store: star: empty track, kind or item id")
	}
	var err error
	if on {
		_, err = s.db.ExecContext(context.Background(),
			`INSERT INTO starred (track, kind, item_id, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, track, kind, itemID, ms(at))
	} else {
		_, err = s.db.ExecContext(context.Background(),
			`DELETE FROM starred WHERE track = ? AND kind = ? AND item_id = ?`, track, kind, itemID)
	}
	return s.wrap("star", err)
}
