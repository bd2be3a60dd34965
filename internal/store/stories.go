package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	sqlite3 "modernc.org/sqlite/lib"
)

// Story is one of the person's STAR stories, as plain fields (the UI maps
// it to and from stories.Story).
type Story struct {
	ID                              int64
	Track                           string
	Title                           string
	Situation, Task, Action, Result string
	Skills                          []string // skill ids, in the story's order
	Strength                        int      // 1..5
	LastUsed                        time.Time
}

// ErrNoStory means no story of the track has the id given.
var ErrNoStory = errors.New("no such story")

// ErrTitleTaken means another story of the track already has the title.
var ErrTitleTaken = errors.New("another story already has this title")

// ImportCounts says what an import did.
type ImportCounts struct {
	Added, Updated, Unchanged int
}

const storyCols = `id, track, title, situation, task, action, result, skills, strength, last_used`

// Stories returns the track's stories, oldest first (in the order they
// were added).
func (s *Store) Stories(track string) ([]Story, error) {
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT `+storyCols+` FROM stories WHERE track = ? ORDER BY id`, track)
	if err != nil {
		return nil, s.wrap("stories", err)
	}
	defer rows.Close()
	var out []Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, s.wrap("stories", err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("stories", err)
	}
	return out, nil
}

// Story returns one story of the track by id; false if there is none.
func (s *Store) Story(track string, id int64) (Story, bool, error) {
	st, err := scanStory(s.db.QueryRowContext(context.Background(),
		`SELECT `+storyCols+` FROM stories WHERE track = ? AND id = ?`, track, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Story{}, false, nil
	}
	if err != nil {
		return Story{}, false, s.wrap("story", err)
	}
	return st, true, nil
}

func scanStory(sc scanner) (Story, error) {
	var st Story
	var skills string
	var used int64
	if err := sc.Scan(&st.ID, &st.Track, &st.Title, &st.Situation, &st.Task, &st.Action, &st.Result,
		&skills, &st.Strength, &used); err != nil {
		return Story{}, err
	}
	if err := json.Unmarshal([]byte(skills), &st.Skills); err != nil {
		return Story{}, fmt.Errorf("story %d: skills: %w", st.ID, err)
	}
	st.LastUsed = fromMS(used)
	return st, nil
}

// SaveStory adds a story (ID 0) or updates the one with st.ID, and returns
// its id. An update changes the title, the parts, the skills and the
// strength; when the story was last used is MarkStoryUsed's to change (a
// new story starts with st.LastUsed). Errors: ErrTitleTaken when another
// story of the track has the title, ErrNoStory when st.ID is not a story
// of the track.
func (s *Store) SaveStory(st Story) (int64, error) {
	if err := validStory(st); err != nil {
		return 0, fmt.Errorf("store: save story: %w", err)
	}
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, s.wrap("save story", err)
	}
	defer func() { _ = tx.Rollback() }()
	id := st.ID
	if id == 0 {
		id, err = insertStory(ctx, tx, st)
	} else {
		err = updateStory(ctx, tx, id, st)
	}
	if err != nil {
		return 0, s.wrapStory("save story", st.Title, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, s.wrap("save story", err)
	}
	return id, nil
}

// ImportStories adds the stories in one transaction: all of them or, on an
// error, none. A story whose title the track already has updates that
// story (its id and when it was last used are kept), so importing the same
// stories twice changes nothing. The stories' ID fields are ignored.
func (s *Store) ImportStories(track string, list []Story) (ImportCounts, error) {
	var n ImportCounts
	titles := map[string]bool{}
	for _, st := range list {
		st.Track = track
		if err := validStory(st); err != nil {
			return n, fmt.Errorf("store: import stories: %w", err)
		}
		if titles[st.Title] {
			return n, fmt.Errorf("store: import stories: %w: %q is given twice", ErrTitleTaken, st.Title)
		}
		titles[st.Title] = true
	}
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return n, s.wrap("import stories", err)
	}
	defer func() { _ = tx.Rollback() }()
	for _, st := range list {
		st.Track = track
		old, err := scanStory(tx.QueryRowContext(ctx,
			`SELECT `+storyCols+` FROM stories WHERE track = ? AND title = ?`, track, st.Title))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = insertStory(ctx, tx, st)
			n.Added++
		case err != nil:
		case sameStoryText(old, st):
			n.Unchanged++
		default:
			err = updateStory(ctx, tx, old.ID, st)
			n.Updated++
		}
		if err != nil {
			return ImportCounts{}, s.wrapStory("import stories", st.Title, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportCounts{}, s.wrap("import stories", err)
	}
	return n, nil
}

// DeleteStory removes a story of the track; ErrNoStory if there is none.
func (s *Store) DeleteStory(track string, id int64) error {
	res, err := s.db.ExecContext(context.Background(), `DELETE FROM stories WHERE track = ? AND id = ?`, track, id)
	return s.oneStory("delete story", res, err)
}

// MarkStoryUsed records that a story was used (told in rehearsal or a mock
// interview) at the time given; ErrNoStory if there is no such story.
func (s *Store) MarkStoryUsed(track string, id int64, at time.Time) error {
	res, err := s.db.ExecContext(context.Background(),
		`UPDATE stories SET last_used = ? WHERE track = ? AND id = ?`, ms(at), track, id)
	return s.oneStory("mark story used", res, err)
}

// oneStory turns the result of a statement on one story into an error:
// ErrNoStory when it touched none.
func (s *Store) oneStory(op string, res sql.Result, err error) error {
	if err != nil {
		return s.wrap(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return s.wrap(op, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: %w", op, ErrNoStory)
	}
	return nil
}

func validStory(st Story) error {
	switch {
	case st.Track == "":
		return errors.New("empty track")
	case st.Title == "":
		return errors.New("empty title")
	case st.Strength < 1 || st.Strength > 5:
		return fmt.Errorf("strength %d is not from 1 to 5", st.Strength)
	}
	return nil
}

func sameStoryText(a, b Story) bool {
	return slices.Equal(a.Skills, b.Skills) && a.Title == b.Title && a.Situation == b.Situation && a.Task == b.Task && a.Action == b.Action &&
		a.Result == b.Result && a.Strength == b.Strength
}

func skillsJSON(skills []string) string {
	if skills == nil {
		skills = []string{}
	}
	b, _ := json.Marshal(skills) // a []string always marshals
	return string(b)
}

func insertStory(ctx context.Context, tx *sql.Tx, st Story) (int64, error) {
	res, err := tx.ExecContext(ctx,
		`INSERT INTO stories (track, title, situation, task, action, result, skills, strength, last_used)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		st.Track, st.Title, st.Situation, st.Task, st.Action, st.Result, skillsJSON(st.Skills), st.Strength, ms(st.LastUsed))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func updateStory(ctx context.Context, tx *sql.Tx, id int64, st Story) error {
	res, err := tx.ExecContext(ctx,
		`UPDATE stories SET title = ?, situation = ?, task = ?, action = ?, result = ?, skills = ?, strength = ?
		 WHERE track = ? AND id = ?`,
		st.Title, st.Situation, st.Task, st.Action, st.Result, skillsJSON(st.Skills), st.Strength, st.Track, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err == nil {
			err = ErrNoStory
		}
		return err
	}
	return nil
}

// wrapStory is wrap, with a taken title said as ErrTitleTaken.
func (s *Store) wrapStory(op, title string, err error) error {
	if errors.Is(err, ErrNoStory) {
		return fmt.Errorf("store: %s: %w", op, err)
	}
	if sqliteCode(err) == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		return fmt.Errorf("store: %s: %w: %q", op, ErrTitleTaken, title)
	}
	return s.wrap(op, err)
}
