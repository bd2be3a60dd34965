package progress

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/stories"
)

// The person's STAR stories, per track. The database keeps them; until it
// opens (or when it cannot), they are kept in memory for the session, as
// reviews are, and copied in when it arrives.

// StoryStore is what the database does for stories; *store.Store
// implements it.
type StoryStore interface {
	Stories(track string) ([]store.Story, error)
	SaveStory(st store.Story) (int64, error)
	ImportStories(track string, list []store.Story) (store.ImportCounts, error)
	DeleteStory(track string, id int64) error
	MarkStoryUsed(track string, id int64, at time.Time) error
}

// ErrTitleTaken means another story of the track already has the title.
var ErrTitleTaken = store.ErrTitleTaken

// ErrNoStory means the track has no story of that id (deleted meanwhile).
var ErrNoStory = store.ErrNoStory

// FromStore maps a stored story to the domain's.
func FromStore(s store.Story) stories.Story {
	return stories.Story{ID: s.ID, Title: s.Title, Situation: s.Situation, Task: s.Task, Action: s.Action,
		Result: s.Result, Skills: slices.Clone(s.Skills), Strength: s.Strength, LastUsed: s.LastUsed}
}

// ToStore maps a story of a track to the store's.
func ToStore(track string, s stories.Story) store.Story {
	return store.Story{ID: s.ID, Track: track, Title: s.Title, Situation: s.Situation, Task: s.Task, Action: s.Action,
		Result: s.Result, Skills: slices.Clone(s.Skills), Strength: s.Strength, LastUsed: s.LastUsed}
}

// storyMemory keeps stories while there is no database. The service's
// lock guards it, so a story saved as the database arrives is either
// copied in or saved there, never lost between the two.
type storyMemory struct {
	tracks map[string][]stories.Story
	nextID int64
}

// withStories runs onDB with the database when there is one, else onMem
// with the memory, under the service's lock.
func (s *Service) withStories(onDB func(Store) error, onMem func(*storyMemory) error) error {
	s.mu.Lock()
	if db := s.db; db != nil {
		s.mu.Unlock()
		return onDB(db)
	}
	defer s.mu.Unlock()
	return onMem(&s.storyMem)
}

// Stories are the track's stories, in the order they were added.
func (s *Service) Stories(track string) ([]stories.Story, error) {
	var out []stories.Story
	err := s.withStories(func(db Store) error {
		rows, err := db.Stories(track)
		for _, r := range rows {
			out = append(out, FromStore(r))
		}
		return err
	}, func(m *storyMemory) error {
		for _, st := range m.tracks[track] {
			out = append(out, cloneStory(st))
		}
		return nil
	})
	return out, err
}

// SaveStory adds a story (ID 0) or updates the one with its ID, and returns
// it as kept, with its ID. When it was last used is MarkStoryUsed's to
// change. Errors: ErrTitleTaken, ErrNoStory. The story should be
// normalized and pass stories.Check.
func (s *Service) SaveStory(track string, st stories.Story) (stories.Story, error) {
	st = cloneStory(st)
	err := s.withStories(func(db Store) error {
		id, err := db.SaveStory(ToStore(track, st))
		if err == nil {
			st.ID = id
		}
		return err
	}, func(m *storyMemory) error {
		return m.save(track, &st)
	})
	return st, err
}

func (m *storyMemory) save(track string, st *stories.Story) error {
	if m.tracks == nil {
		m.tracks = map[string][]stories.Story{}
	}
	list := m.tracks[track]
	at := -1
	for i, o := range list {
		switch {
		case o.ID == st.ID:
			at = i
		case o.Title == st.Title:
			return fmt.Errorf("%w: %q", ErrTitleTaken, st.Title)
		}
	}
	switch {
	case st.ID == 0:
		m.nextID++
		st.ID = m.nextID
		m.tracks[track] = append(list, cloneStory(*st))
	case at < 0:
		return ErrNoStory
	default:
		st.LastUsed = list[at].LastUsed
		list[at] = cloneStory(*st)
	}
	return nil
}

// DeleteStory removes a story of the track; ErrNoStory if there is none.
func (s *Service) DeleteStory(track string, id int64) error {
	return s.withStories(func(db Store) error { return db.DeleteStory(track, id) }, func(m *storyMemory) error {
		list := m.tracks[track]
		i := slices.IndexFunc(list, func(o stories.Story) bool { return o.ID == id })
		if i < 0 {
			return ErrNoStory
		}
		m.tracks[track] = slices.Delete(list, i, i+1)
		return nil
	})
}

// MarkStoryUsed records that a story was told in practice at the time
// given; ErrNoStory if there is no such story.
func (s *Service) MarkStoryUsed(track string, id int64, at time.Time) error {
	return s.withStories(func(db Store) error { return db.MarkStoryUsed(track, id, at) }, func(m *storyMemory) error {
		for i := range m.tracks[track] {
			if st := &m.tracks[track][i]; st.ID == id {
				st.LastUsed = at
				return nil
			}
		}
		return ErrNoStory
	})
}

// attachStories copies the stories kept in memory into db, a track at a
// time (a story whose title the track has in db updates that one); the
// tracks copied are cleared from memory, those that fail are kept there.
// A story new to db keeps when it was last used.
// The caller holds the service's lock.
func (s *Service) attachStories(db StoryStore) error {
	m := &s.storyMem
	var errs []error
	for track, list := range m.tracks {
		rows := make([]store.Story, len(list))
		for i, st := range list {
			rows[i] = ToStore(track, st)
		}
		if _, err := db.ImportStories(track, rows); err != nil {
			errs = append(errs, fmt.Errorf("copying the stories written so far into the database: %w", err))
			continue
		}
		delete(m.tracks, track)
	}
	return errors.Join(errs...)
}

func cloneStory(s stories.Story) stories.Story {
	s.Skills = slices.Clone(s.Skills)
	return s
}
