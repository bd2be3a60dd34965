// Package progress is what rung keeps of a person's work, between the app
// and the database: reviews, checklist ticks, assessments and their draft,
// remembered settings, and the files it writes (plans, transcripts, notes).
//
// The database may open late (after the first frame) or not at all (a
// read-only folder, a damaged file). Until it opens, reviews and ticks are
// kept in memory for the session, and reviews are copied in when it
// arrives. Everything here may block: the app calls it in tea.Cmds, never
// in Update or View. `rung stats` and the Stats screen gather their
// figures here, in one place.
package progress

import (
	"errors"
	"strings"
	"sync"
	"time"
)

// Service is the progress of one program run.
type Service struct {
	mu     sync.Mutex
	db     Store // nil until it opens, or for good
	dbErr  error // why there is no database
	live   *Live
	ticks  map[string]bool // ticks kept in memory while there is no database, keyed track + "\x00" + TickKey
	track  string          // a track chosen before the database opened, to write when it does
	mem    local           // flags and settings kept in memory while there is no database
	guide  guideMemory     // stars and journal entries, likewise
	outDir string
	// storyMem keeps stories while there is no database.
	storyMem storyMemory
	// editor is the command that opens a file for editing; nil: the
	// environment's ($VISUAL, $EDITOR).
	editor []string
}

// New starts the service on db (nil when there is none: dbErr says why).
// pending says a database is being opened, to Attach when it is. outDir
// is where plans, transcripts and notes are written.
func New(db Store, dbErr error, pending bool, outDir string) *Service {
	var r Reviews
	if db != nil {
		r = db
	}
	return &Service{db: db, dbErr: dbErr, live: newLive(r, pending), ticks: map[string]bool{}, outDir: outDir}
}

// Attach makes db, opened late, the store of everything from now on. The
// reviews and stories made before it opened are copied in first; if that
// fails they stay in memory (and the error says so), while the rest is
// kept in db.
func (s *Service) Attach(db Store) error {
	err := s.live.attach(db)
	s.mu.Lock()
	s.db, s.dbErr = db, nil
	track := s.track
	s.mu.Unlock()
	if track != "" {
		if terr := db.SetSetting(TrackKey, track); err == nil {
			err = terr
		}
	}
	return errors.Join(err, s.attachStories(db))
}

// TrackKey is the setting that remembers the built-in track a person
// chose in the app; `rung` reads it when neither --track nor RUNG_TRACK
// names one.
const TrackKey = "track"

// SetTrack remembers the built-in track chosen in the app. Chosen before
// the database opened, it is written when it does.
func (s *Service) SetTrack(id string) error {
	if db := s.store(); db != nil {
		return db.SetSetting(TrackKey, id)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.track = id
	return nil
}

// Fail says the database could not be opened: everything stays in memory.
func (s *Service) Fail(err error) {
	s.live.failed()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dbErr = err
}

// store is the database, nil while there is none.
func (s *Service) store() Store {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.db
}

// Open reports whether the database is open.
func (s *Service) Open() bool { return s.store() != nil }

// Err says why there is no database, nil when there is one (or it is still
// opening).
func (s *Service) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dbErr
}

// Saved reports whether reviews are kept on disk (or are about to be: the
// database is opening), so no warning flashes while it opens.
func (s *Service) Saved() bool { return s.live.saved() }

// Reviews is the review log practice uses: the database, or memory.
func (s *Service) Reviews() Reviews { return s.live }

// OutDir is where plans, transcripts and notes are written.
func (s *Service) OutDir() string { return s.outDir }

// Ticks are the ticked checklist actions of a track, keyed
// "stepID/actionID"; without a database, those ticked this session.
func (s *Service) Ticks(track string) (map[string]bool, error) {
	if db := s.store(); db != nil {
		return db.Ticks(track)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]bool{}
	for k := range s.ticks {
		if t, tick, ok := strings.Cut(k, "\x00"); ok && t == track {
			out[tick] = true
		}
	}
	return out, nil
}

// SetTick ticks or unticks a checklist action.
func (s *Service) SetTick(track, stepID, actionID string, done bool, at time.Time) error {
	if db := s.store(); db != nil {
		return db.SetTick(track, stepID, actionID, done, at)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if k := track + "\x00" + TickKey(stepID, actionID); done {
		s.ticks[k] = true
	} else {
		delete(s.ticks, k)
	}
	return nil
}

// TickKey is how a checklist action's tick is keyed.
func TickKey(stepID, actionID string) string { return stepID + "/" + actionID }
