package store

import (
	"fmt"
	"strings"
)

// NewerSchemaError means rung.db was written by a newer rung whose schema this
// one does not know. The file was not changed: an older rung writing to a
// newer schema could lose the newer rung's data.
type NewerSchemaError struct {
	Path  string
	Found int // the file's schema version (PRAGMA user_version)
	Known int // the newest schema version this rung knows
}

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("%s was written by a newer rung (schema %d, this rung knows %d); update rung, or move the file aside to start afresh",
		e.Path, e.Found, e.Known)
}

// CorruptError means rung.db exists but cannot be used: it is not a database,
// is truncated or damaged, or is some other program's database. The file was
// not changed.
type CorruptError struct {
	Path string
	Err  error // what SQLite or the check said
}

func (e *CorruptError) Error() string {
	q := shellQuote(e.Path)
	return fmt.Sprintf("%s is not a usable rung database (%v); it was not changed; move it aside (e.g. mv %s %s) and rung will start a new one; your old file is kept",
		e.Path, e.Err, q, shellQuote(e.Path+".bak"))
}

func (e *CorruptError) Unwrap() error { return e.Err }

// DirError means the data directory (or the database file in it) cannot be
// created or written, e.g. a read-only directory, missing permission, or a
// path through a regular file.
type DirError struct {
	Dir string
	Err error
}

func (e *DirError) Error() string {
	return fmt.Sprintf("cannot use data directory %s: %v; fix its permissions, or use --data-dir DIR or RUNG_DATA_DIR to choose another",
		e.Dir, e.Err)
}

func (e *DirError) Unwrap() error { return e.Err }

// shellQuote quotes p for a POSIX shell when it needs it, so the suggested
// mv command can be pasted even for a path with spaces.
func shellQuote(p string) string {
	safe := func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+:,@%", r)
	}
	if p != "" && strings.IndexFunc(p, func(r rune) bool { return !safe(r) }) < 0 {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
