package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// t0 is the fixed clock of the tests: the store has no clock of its own.
var t0 = mustTime("2025-03-01T12:00:00Z")

func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenCreatesDirAndSchema(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o700 {
		t.Errorf("dir mode = %v, want 0700", fi.Mode().Perm())
	}
	if want := filepath.Join(dir, FileName); s.Path() != want {
		t.Errorf("Path() = %q, want %q", s.Path(), want)
	}
	// No probe file left behind.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".rung-probe") {
			t.Errorf("probe file %s left in the data dir", e.Name())
		}
	}

	// Every pooled connection must carry the pragmas, not just the first:
	// hold three connections at once so the pool has to open new ones.
	ctx := context.Background()
	var conns []*sql.Conn
	for range 3 {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		for pragma, want := range map[string]string{
			"journal_mode": "wal", "busy_timeout": "5000", "foreign_keys": "1",
			"synchronous": "2", "user_version": itoa(len(migrations)),
		} {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("conn %d: PRAGMA %s = %s, want %s", i, pragma, got, want)
			}
		}
		c.Close()
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("theme", "dark"); err != nil {
		t.Fatal(err)
	}
	id, err := s.RecordReview(review("t", "c1", 3, t0))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Close checkpoints: the data is in rung.db itself, no -wal left.
	if _, err := os.Stat(filepath.Join(dir, FileName+"-wal")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("-wal still there after Close: %v", err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, ok, err := s.Setting("theme"); err != nil || !ok || v != "dark" {
		t.Errorf("Setting after reopen = %q %v %v", v, ok, err)
	}
	rs, err := s.ReviewsSince("t", t0.AddDate(0, 0, -1))
	if err != nil || len(rs) != 1 || rs[0].ID != id {
		t.Errorf("reviews after reopen = %+v, %v", rs, err)
	}
}

func TestMigrationsFromEmptyFile(t *testing.T) {
	// A zero-byte rung.db (e.g. a crash while it was being created) holds no
	// data, so it is migrated like a new file.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
		t.Fatalf("user_version = %d, %v; want %d", v, err, SchemaVersion())
	}
	for _, table := range []string{"assessments", "card_states", "reviews", "ticks", "settings"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: count %d, %v", table, n, err)
		}
	}
}

func TestMigrationsConcurrentOpen(t *testing.T) {
	// Two rungs starting at once on a new file: the version is read inside
	// BEGIN IMMEDIATE, so the schema is created once and neither fails.
	dir := t.TempDir()
	errs := make(chan error, 4)
	stores := make(chan *Store, 4)
	for range 4 {
		go func() {
			s, err := Open(dir)
			errs <- err
			stores <- s
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
		if s := <-stores; s != nil {
			defer s.Close()
		}
	}
}

// corruptCases builds unusable files; each is checked to be left untouched.
func corruptCases(t *testing.T) map[string][]byte {
	valid := validDBBytes(t, 300)
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	// A header with the right magic but garbage after it.
	magicGarbage := append([]byte(sqliteMagic), random[:8192]...)
	return map[string][]byte{
		"random bytes":       random,
		"text file":          []byte("# my notes\nthis is not a database\n"),
		"truncated database": valid[:len(valid)/2],
		"magic then garbage": magicGarbage,
		"tiny":               []byte("SQLite"),
	}
}

func TestOpenCorruptFileLeavesItAlone(t *testing.T) {
	for name, content := range corruptCases(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded on an unusable file")
			}
			var ce *CorruptError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %T %v, want *CorruptError", err, err)
			}
			if ce.Path != path {
				t.Errorf("Path = %q, want %q", ce.Path, path)
			}
			msg := err.Error()
			for _, want := range []string{path, "was not changed", "mv " + path + " " + path + ".bak", "your old file is kept"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, content) {
				t.Errorf("file changed by a failed Open (%d bytes -> %d)", len(content), len(got))
			}
			// And a second attempt says the same: nothing was "repaired".
			if _, err := Open(dir); !errors.As(err, &ce) {
				t.Errorf("second Open: %v", err)
			}
		})
	}
}

func TestOpenForeignSQLiteDatabase(t *testing.T) {
	// Someone else's SQLite file where rung.db should be: not migrated into.
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE recipes (name TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	_, err = Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "not a rung one") {
		t.Fatalf("err = %v, want *CorruptError saying not a rung database", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("foreign database changed by Open")
	}
}

func TestOpenNewerSchemaLeavesItAlone(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordReview(review("t", "c1", 3, t0)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	var ne *NewerSchemaError
	if !errors.As(err, &ne) {
		t.Fatalf("err = %T %v, want *NewerSchemaError", err, err)
	}
	if ne.Path != path || ne.Found != 999 || ne.Known != SchemaVersion() {
		t.Errorf("err = %+v", ne)
	}
	want := path + " was written by a newer rung (schema 999, this rung knows " + itoa(SchemaVersion()) +
		"); update rung, or move the file aside to start afresh"
	if err.Error() != want {
		t.Errorf("message:\n got %q\nwant %q", err.Error(), want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("newer-schema file changed by Open")
	}
}

func TestOpenUnwritableDir(t *testing.T) {
	// A path through a regular file fails for everyone, root included.
	t.Run("parent is a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "notadir")
		if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(file, "rung")
		_, err := Open(dir)
		checkDirError(t, err, dir)
	})
	t.Run("dir is a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "notadir")
		if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := Open(file)
		checkDirError(t, err, file)
	})
	t.Run("read-only dir", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("directory permission bits are not enforced on windows")
		}
		if os.Geteuid() == 0 {
			t.Skip("root ignores permissions; covered by the regular-file cases")
		}
		dir := filepath.Join(t.TempDir(), "ro")
		if err := os.Mkdir(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		_, err := Open(dir)
		checkDirError(t, err, dir)
		_, err = Open(filepath.Join(dir, "sub"))
		checkDirError(t, err, filepath.Join(dir, "sub"))
	})
	t.Run("read-only database file", func(t *testing.T) {
		if runtime.GOOS == "windows" || os.Geteuid() == 0 {
			t.Skip("needs enforced permissions")
		}
		dir := t.TempDir()
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		path := filepath.Join(dir, FileName)
		must(os.Chmod(path, 0o400))
		_, err = Open(dir)
		checkDirError(t, err, dir)
	})
}

func checkDirError(t *testing.T, err error, dir string) {
	t.Helper()
	var de *DirError
	if !errors.As(err, &de) {
		t.Fatalf("err = %T %v, want *DirError", err, err)
	}
	for _, want := range []string{dir, "--data-dir DIR or RUNG_DATA_DIR"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err.Error(), want)
		}
	}
}

func TestDiskFull(t *testing.T) {
	s := newStore(t)
	// One connection, so the page limit set below holds for every statement.
	s.db.SetMaxOpenConns(1)
	a := Assessment{Track: "t", TakenAt: t0, Answers: []byte(`{"a":1}`), Placement: []byte(`{}`), Current: "case-manager"}
	id, err := s.SaveAssessment(a)
	if err != nil {
		t.Fatal(err)
	}
	rid, err := s.RecordReview(review("t", "c1", 3, t0))
	if err != nil {
		t.Fatal(err)
	}
	// Cap the file at its current size: the next write that needs a new
	// page fails with SQLITE_FULL, as on a full disk.
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA max_page_count = " + itoa(pages)); err != nil {
		t.Fatal(err)
	}
	big := []byte(`"` + strings.Repeat("x", 1<<20) + `"`)
	_, err = s.SaveAssessment(Assessment{Track: "t", TakenAt: t0, Answers: big, Placement: []byte(`{}`)})
	if err == nil {
		t.Fatal("write past max_page_count succeeded")
	}
	if !strings.Contains(err.Error(), "full") || !strings.Contains(err.Error(), "save assessment") {
		t.Errorf("error lacks context: %v", err)
	}
	// A review that does not fit: neither the log row nor the state lands.
	var errs int
	for i := range 200 {
		r := review("t", "card-"+itoa(i)+strings.Repeat("-", 500), 3, t0)
		if _, err := s.RecordReview(r); err != nil {
			errs++
			if !strings.Contains(err.Error(), "record review") {
				t.Errorf("error lacks context: %v", err)
			}
		}
	}
	if errs == 0 {
		t.Fatal("no review write failed under the page cap")
	}
	var nReviews, nStates int
	s.db.QueryRow("SELECT count(*) FROM reviews").Scan(&nReviews)
	s.db.QueryRow("SELECT count(*) FROM card_states").Scan(&nStates)
	if nReviews != nStates {
		t.Errorf("reviews %d != card states %d: a failed review was half written", nReviews, nStates)
	}

	// Earlier data intact, and the store works again once there is room.
	got, ok, err := s.LatestAssessment("t")
	if err != nil || !ok || got.ID != id || string(got.Answers) != `{"a":1}` {
		t.Errorf("LatestAssessment after full = %+v %v %v", got, ok, err)
	}
	rs, err := s.ReviewsSince("t", t0)
	if err != nil || len(rs) == 0 || rs[0].ID != rid {
		t.Errorf("reviews after full = %v, %v", len(rs), err)
	}
	if _, err := s.db.Exec("PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAssessment(Assessment{Track: "t", TakenAt: t0, Answers: big}); err != nil {
		t.Errorf("write after space freed: %v", err)
	}
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
}

func TestDefaultDir(t *testing.T) {
	home := "/home/ann"
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"RUNG_DATA_DIR": "/data/r", "XDG_DATA_HOME": "/x", "HOME": home}, "/data/r"},
		{map[string]string{"XDG_DATA_HOME": "/x", "HOME": home}, filepath.Join("/x", "rung")},
		{map[string]string{"XDG_DATA_HOME": "relative", "HOME": home}, filepath.Join(home, ".local", "share", "rung")},
		{map[string]string{"HOME": home}, filepath.Join(home, ".local", "share", "rung")},
	}
	if runtime.GOOS != "linux" {
		t.Skip("the HOME fallback differs off Linux")
	}
	for _, c := range cases {
		got, err := DefaultDir(func(k string) string { return c.env[k] })
		if err != nil || got != c.want {
			t.Errorf("DefaultDir(%v) = %q, %v; want %q", c.env, got, err, c.want)
		}
	}
	if _, err := DefaultDir(func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "RUNG_DATA_DIR") {
		t.Errorf("no HOME: err = %v", err)
	}
}

func TestDSNEscapesPath(t *testing.T) {
	// A data dir with URI syntax characters in its name must still work.
	dir := filepath.Join(t.TempDir(), "my data?#%20 dir")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("k", "v"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Errorf("database not at the escaped path: %v", err)
	}
}

// validDBBytes returns the bytes of a closed, valid rung.db holding n reviews.
func validDBBytes(t *testing.T, n int) []byte {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := s.RecordReview(review("t", "card-"+itoa(i%50), 1+i%4, t0.Add(secs(i)))); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMigrationUpgradeAndRollback(t *testing.T) {
	// Simulate the next release: a file at this schema with data, then a
	// migration that fails halfway (rolled back whole, file still usable by
	// this version), then one that works.
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	must(s.SetSetting("kept", "yes"))
	s.Close()

	orig := migrations
	t.Cleanup(func() { migrations = orig })
	migrations = append(orig[:len(orig):len(orig)],
		`CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);`)
	next := len(orig) + 1
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "migrate to schema "+itoa(next)) {
		t.Fatalf("failing migration: err = %v", err)
	}
	migrations = orig
	s, err = Open(dir)
	if err != nil {
		t.Fatalf("after a failed migration the file must still open at the current schema: %v", err)
	}
	var n int
	s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").Scan(&n)
	if n != 0 {
		t.Error("a failed migration left a table behind")
	}
	s.Close()

	migrations = append(orig[:len(orig):len(orig)], `ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''`)
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != next {
		t.Errorf("user_version = %d, want %d", v, next)
	}
	if val, ok, err := s.Setting("kept"); val != "yes" || !ok || err != nil {
		t.Errorf("data lost in migration: %q %v %v", val, ok, err)
	}
}
