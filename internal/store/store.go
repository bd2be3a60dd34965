// Package store keeps rung's state in one SQLite file, rung.db, in the data
// directory: assessments, the spaced-repetition card states, the review log
// (every review ever made, so a scheduler can be refitted later), the roadmap
// checklist, the person's STAR stories and small settings.
//
// The person's file comes first. Open never deletes, truncates or rewrites a
// file it cannot use: a damaged file, a file that is not a database, or one
// written by a newer rung is reported with a typed error (*CorruptError,
// *NewerSchemaError) that names the file and says what to do, and the file is
// left byte for byte as it was. It is inspected read-only before any
// read-write connection touches it, because even opening a database for
// writing can change it (switching the journal to WAL rewrites the header).
//
// The store has no clock: every method that needs a time is given one, and
// times are stored as UTC unix milliseconds (sortable, compact, exact), so
// sub-millisecond precision is dropped and the zero time.Time is stored as 0.
//
// It does not import the scheduler (internal/srs) on purpose: card state is
// kept as plain fields and the UI maps between the two, so either can change
// without the other.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the name of the database file inside the data directory.
const FileName = "rung.db"

// Store is an open rung database. It is safe for concurrent use by multiple
// goroutines, and several Stores (in one process or several) may have the
// same file open at once: SQLite's locking serializes the writers.
type Store struct {
	db   *sql.DB
	path string
}

// Pragmas, set in the DSN so that every pooled connection gets them, not
// only the first one (database/sql opens connections behind our back).
//
//   - busy_timeout(5000): a second rung (or a second connection of this one)
//     that finds the database locked waits up to 5 s instead of failing at
//     once with "database is locked".
//   - journal_mode(WAL): readers never block the writer and a commit is one
//     append to the -wal file, so a killed process cannot corrupt the file.
//   - synchronous(FULL): with WAL, NORMAL is already durable against a killed
//     process (the committed frames are in the OS's cache) and only an OS
//     crash or power loss could lose the last transactions. FULL also syncs
//     the WAL on every commit, so a review the person was told was saved
//     survives that too. The cost is one fsync per review, which is nothing
//     at the pace a person reviews cards.
//   - foreign_keys(ON): off by default in SQLite; on so that any future
//     REFERENCES in a migration is enforced.
//
// _txlock=immediate makes every BeginTx a BEGIN IMMEDIATE: the write lock is
// taken when the transaction starts, so busy_timeout applies to it. With the
// default deferred transactions, a transaction that reads and then writes can
// fail with SQLITE_BUSY at once (a WAL snapshot cannot be upgraded), which is
// exactly the "database is locked" error two concurrent rungs would hit.
const rwParams = "_pragma=busy_timeout(5000)" +
	"&_pragma=journal_mode(WAL)" +
	"&_pragma=synchronous(FULL)" +
	"&_pragma=foreign_keys(ON)" +
	"&_txlock=immediate"

// The read-only inspection connection sets no journal mode: it must not
// write to a file it has not yet judged.
const roParams = "mode=ro&_pragma=busy_timeout(5000)"

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// Open opens (creating if needed) rung.db in dir, creating dir with mode
// 0700 if it is missing, and brings the schema up to date.
//
// Errors: *DirError when dir cannot be created or written; *CorruptError when
// rung.db exists but is not a usable database; *NewerSchemaError when it was
// written by a newer rung. In all three cases an existing file is not changed.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, &DirError{Dir: dir, Err: errors.New("no data directory given")}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, &DirError{Dir: dir, Err: err}
	}
	if err := prepareDir(abs); err != nil {
		return nil, err
	}
	path := filepath.Join(abs, FileName)
	if err := inspect(path); err != nil {
		return nil, err
	}

	db, err := sql.Open("sqlite", dsn(path, rwParams))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, classifyOpen(path, err)
	}
	return s, nil
}

// OpenIfExists opens rung.db in dir only when it is already there: a command
// that only reads must never create the data folder or the database. It
// reports false, with no error, when there is no database yet.
func OpenIfExists(dir string) (*Store, bool, error) {
	if dir == "" {
		return nil, false, nil
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	s, err := Open(dir)
	if err != nil {
		return nil, false, err
	}
	return s, true, nil
}

// Close closes the database. The last connection to close checkpoints the
// WAL into rung.db and removes the -wal file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

// Path is the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// DefaultDir returns the data directory when none was given on the command
// line: $RUNG_DATA_DIR, else $XDG_DATA_HOME/rung, else
// $HOME/.local/share/rung. getenv is os.Getenv in production and a map in
// tests.
//
// As the XDG spec asks, a relative XDG_DATA_HOME is ignored. On macOS and
// Windows, where XDG is not the convention, the last fallback is the
// platform's own place (~/Library/Application Support/rung,
// %LocalAppData%\rung); XDG_DATA_HOME is still honored there if set.
func DefaultDir(getenv func(string) string) (string, error) {
	if d := getenv("RUNG_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "rung"), nil
	}
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "rung"), nil
		}
		if d := getenv("USERPROFILE"); d != "" {
			return filepath.Join(d, "AppData", "Local", "rung"), nil
		}
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", "rung"), nil
		}
	default:
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", "rung"), nil
		}
	}
	return "", errors.New("cannot find a data directory: HOME is not set; use --data-dir DIR or RUNG_DATA_DIR to choose one")
}

// prepareDir creates dir if needed and proves it is writable. SQLite needs to
// create the -wal and -shm files beside rung.db, and its own error for a
// directory it cannot write to ("unable to open database file") names
// neither the directory nor the cure, so we check first.
func prepareDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &DirError{Dir: dir, Err: err}
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return &DirError{Dir: dir, Err: err}
	}
	if !fi.IsDir() {
		return &DirError{Dir: dir, Err: errors.New("not a directory")}
	}
	f, err := os.CreateTemp(dir, ".rung-probe-*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the probe's own random name would only confuse
		}
		return &DirError{Dir: dir, Err: fmt.Errorf("cannot create files there: %w", err)}
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

// inspect judges an existing rung.db without writing to it: first by its
// header in Go (a file that is not SQLite never reaches SQLite at all), then
// through a read-only connection (schema version, then PRAGMA quick_check).
// A missing or empty file is fine: SQLite starts a new database in it.
func inspect(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &DirError{Dir: filepath.Dir(path), Err: err}
	}
	if !fi.Mode().IsRegular() {
		return &CorruptError{Path: path, Err: errors.New("not a regular file")}
	}
	if fi.Size() == 0 {
		return nil
	}
	// O_RDWR only to learn whether we may write it; nothing is written.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return &DirError{Dir: filepath.Dir(path), Err: err}
	}
	var hdr [100]byte
	n, err := io.ReadFull(f, hdr[:])
	f.Close()
	switch {
	case !strings.HasPrefix(string(hdr[:n]), sqliteMagic):
		return &CorruptError{Path: path, Err: errors.New("file is not a database")}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &CorruptError{Path: path, Err: errors.New("file is truncated")}
	case err != nil:
		return &CorruptError{Path: path, Err: err}
	}

	// From here SQLite reads the file, read-only. For a WAL-mode file it
	// may create the companion rung.db-wal and rung.db-shm (empty) in order
	// to read it; rung.db itself is not written. Those companions are not
	// removed on failure: another process may be using them.

	db, err := sql.Open("sqlite", dsn(path, roParams))
	if err != nil {
		return fmt.Errorf("store: inspect %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()

	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return classifyOpen(path, err)
	}
	if version > len(migrations) {
		return &NewerSchemaError{Path: path, Found: version, Known: len(migrations)}
	}
	if version == 0 {
		// A valid SQLite file that rung never migrated but that has tables is
		// someone else's database: migrating it would add our tables to it.
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return classifyOpen(path, err)
		}
		if n > 0 {
			return &CorruptError{Path: path, Err: errors.New("it is an SQLite database but not a rung one")}
		}
	}
	if err := quickCheck(ctx, db); err != nil {
		return classifyOpen(path, err)
	}
	return nil
}

// quickCheck runs PRAGMA quick_check (O(N), unlike integrity_check it does
// not cross-check indexes against tables) and turns its report into an error.
func quickCheck(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return err
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return err
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return &checkError{msgs: msgs}
}

// checkError is a failed quick_check; classifyOpen turns it into a
// *CorruptError.
type checkError struct{ msgs []string }

func (e *checkError) Error() string {
	return "integrity check failed: " + strings.Join(e.msgs, "; ")
}

// classifyOpen maps errors met while opening to the typed errors: SQLite's
// "not a database" and "malformed" codes, and a failed quick_check, mean the
// file is damaged; the rest are returned with the path for context.
func classifyOpen(path string, err error) error {
	var ce *CorruptError
	var ne *NewerSchemaError
	var de *DirError
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.As(err, &de) {
		return err
	}
	var chk *checkError
	if errors.As(err, &chk) {
		return &CorruptError{Path: path, Err: err}
	}
	switch sqliteCode(err) & 0xff {
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return &CorruptError{Path: path, Err: err}
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return &DirError{Dir: filepath.Dir(path), Err: err}
	}
	if sqliteCode(err)&0xff == sqlite3.SQLITE_FULL {
		return fmt.Errorf("store: open %s: %w (the disk is full: free some space and try again)", path, err)
	}
	return fmt.Errorf("store: open %s: %w", path, err)
}

// sqliteCode is the (extended) SQLite result code in err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// wrap adds the operation to an error from the database, and for a full disk
// says so in words, since "database or disk is full" from deep inside a
// review is easy to misread as rung's fault.
func (s *Store) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if sqliteCode(err)&0xff == sqlite3.SQLITE_FULL {
		return fmt.Errorf("store: %s: %w (the disk holding %s is full: free some space and try again; nothing was saved by this step, earlier data is intact)", op, err, s.path)
	}
	return fmt.Errorf("store: %s: %w", op, err)
}

// dsn builds a file: URI for path, so that any byte in the path survives
// (SQLite reads ?, # and % in a URI as syntax) and the query carries both
// SQLite's own parameters (mode) and the driver's (_pragma, _txlock).
func dsn(path, params string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:/C:/...
	}
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	return "file:" + p + "?" + params
}

// ms converts a time to stored UTC unix milliseconds; the zero time is 0.
func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMS is the inverse of ms; 0 gives the zero time.
func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}
