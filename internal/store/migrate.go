package store

import (
	"context"
	"fmt"
)

// migrations[i] takes the schema from version i to i+1; the version lives in
// PRAGMA user_version (0 for a new file). Append only: a migration that has
// shipped is never edited, because files in the wild already ran it.
//
// Times are INTEGER unix milliseconds UTC. Tables are STRICT so a wrong type
// from a bug is an error, not a silently stored string.
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE assessments (
	id           INTEGER PRIMARY KEY,
	track        TEXT    NOT NULL,
	taken_at     INTEGER NOT NULL,
	answers      BLOB    NOT NULL,
	placement    BLOB    NOT NULL,
	current_role TEXT    NOT NULL,
	next_role    TEXT    NOT NULL,
	readiness    INTEGER NOT NULL
) STRICT;
CREATE INDEX assessments_by_track ON assessments (track, taken_at);

-- One row per card that has been reviewed at least once; a card with no row
-- is new. first_reviewed_at serves the daily new-card limit without scanning
-- the review log.
CREATE TABLE card_states (
	track             TEXT    NOT NULL,
	card_id           TEXT    NOT NULL,
	state             INTEGER NOT NULL,
	step              INTEGER NOT NULL,
	stability         REAL    NOT NULL,
	difficulty        REAL    NOT NULL,
	due               INTEGER NOT NULL,
	last_review       INTEGER NOT NULL,
	reps              INTEGER NOT NULL,
	lapses            INTEGER NOT NULL,
	leech             INTEGER NOT NULL,
	first_reviewed_at INTEGER NOT NULL,
	PRIMARY KEY (track, card_id)
) STRICT, WITHOUT ROWID;
-- NextDue and DueCount: leeches are never due, so they are left out of the
-- index, which then also carries card_id (the key) and covers NextDue.
CREATE INDEX card_states_due ON card_states (track, due) WHERE leech = 0;
CREATE INDEX card_states_first ON card_states (track, first_reviewed_at);

-- The review log, kept forever. AUTOINCREMENT so that the id of an undone
-- review is never handed out again. Before and after states are plain
-- columns (b_*, a_*), queryable when a scheduler is refitted.
CREATE TABLE reviews (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	track         TEXT    NOT NULL,
	card_id       TEXT    NOT NULL,
	rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
	mode          TEXT    NOT NULL,
	reviewed_at   INTEGER NOT NULL,
	duration_ms   INTEGER NOT NULL,
	b_state       INTEGER NOT NULL,
	b_step        INTEGER NOT NULL,
	b_stability   REAL    NOT NULL,
	b_difficulty  REAL    NOT NULL,
	b_due         INTEGER NOT NULL,
	b_last_review INTEGER NOT NULL,
	b_reps        INTEGER NOT NULL,
	b_lapses      INTEGER NOT NULL,
	b_leech       INTEGER NOT NULL,
	a_state       INTEGER NOT NULL,
	a_step        INTEGER NOT NULL,
	a_stability   REAL    NOT NULL,
	a_difficulty  REAL    NOT NULL,
	a_due         INTEGER NOT NULL,
	a_last_review INTEGER NOT NULL,
	a_reps        INTEGER NOT NULL,
	a_lapses      INTEGER NOT NULL,
	a_leech       INTEGER NOT NULL
) STRICT;
CREATE INDEX reviews_by_time ON reviews (track, reviewed_at);
-- A card's history: undo asks whether a card has reviews left, and a refit
-- walks each card's reviews in order.
CREATE INDEX reviews_by_card ON reviews (track, card_id, reviewed_at);

CREATE TABLE ticks (
	track     TEXT    NOT NULL,
	step_id   TEXT    NOT NULL,
	action_id TEXT    NOT NULL,
	done      INTEGER NOT NULL,
	at        INTEGER NOT NULL,
	PRIMARY KEY (track, step_id, action_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE settings (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`,
	// 2: what a person sets on a card: suspended (out of every review),
	// buried until a time (out of today's), flagged for practice. A card
	// need not have been reviewed to have a row here.
	`
CREATE TABLE card_flags (
	track        TEXT    NOT NULL,
	card_id      TEXT    NOT NULL,
	suspended    INTEGER NOT NULL DEFAULT 0,
	buried_until INTEGER NOT NULL DEFAULT 0,
	flagged      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (track, card_id)
) STRICT, WITHOUT ROWID;
`,
	// 3: a person's own words and picks in the guide: journal entries
	// written to a reflection prompt, and starred items (questions to ask
	// the interviewer).
	`
CREATE TABLE journal (
	track      TEXT    NOT NULL,
	prompt_id  TEXT    NOT NULL,
	text       TEXT    NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (track, prompt_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE starred (
	track   TEXT    NOT NULL,
	kind    TEXT    NOT NULL,
	item_id TEXT    NOT NULL,
	at      INTEGER NOT NULL,
	PRIMARY KEY (track, kind, item_id)
) STRICT, WITHOUT ROWID;
`,
	// 4: the STAR story bank, per track. A title is unique within its track
	// (importing a story file matches stories by title). AUTOINCREMENT so
	// that the id of a deleted story, which a script may have kept, is
	// never given to another. skills is a JSON array of skill ids in the
	// story's order; last_used is 0 for never.
	`
CREATE TABLE stories (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	track     TEXT    NOT NULL,
	title     TEXT    NOT NULL CHECK (title <> ''),
	situation TEXT    NOT NULL,
	task      TEXT    NOT NULL,
	action    TEXT    NOT NULL,
	result    TEXT    NOT NULL,
	skills    TEXT    NOT NULL CHECK (json_valid(skills)),
	strength  INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
	last_used INTEGER NOT NULL,
	UNIQUE (track, title)
) STRICT;
`,
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// migrate applies the missing migrations, each in its own transaction
// together with the user_version bump, so a crash leaves the file at a whole
// version. The version is read inside the (BEGIN IMMEDIATE) transaction, so
// two rungs opening a new file at once cannot both apply the same step.
func (s *Store) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	switch {
	case v > len(migrations):
		return false, &NewerSchemaError{Path: s.path, Found: v, Known: len(migrations)}
	case v == len(migrations):
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, err)
	}
	// PRAGMA takes no bound parameters; v+1 is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, err)
	}
	return v+1 == len(migrations), nil
}
