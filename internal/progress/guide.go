package progress

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/store"
)

// StarAsk is the kind of starred item a question to ask the interviewer
// is, under its content.AskArea.QuestionIDs id.
const StarAsk = "ask"

// GuideTickPrefix starts the step id under which the ticks of a guide
// topic's to-dos are kept in the ticks table, beside the roadmap's: a
// roadmap step's id is kebab-case and never has it.
const GuideTickPrefix = "guide:"

// GuideTickStep is the step id of a guide topic's to-dos (negotiation's
// strategies): "guide:" and the topic's id. Its actions are the topic's
// content.GuideTopic.TipIDs.
func GuideTickStep(topicID string) string { return GuideTickPrefix + topicID }

// RoadmapTicks keeps the ticks of the roadmap's steps only (not the
// guide's to-dos), for what counts the roadmap's progress.
func RoadmapTicks(lib *content.Library, ticks map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range lib.Steps {
		for _, a := range s.Actions {
			if k := TickKey(s.ID, a.ID); ticks[k] {
				out[k] = true
			}
		}
	}
	return out
}

// JournalEntry is what a person wrote to one reflection prompt.
type JournalEntry = store.JournalEntry

// guideMemory keeps stars and journal entries for the session while there
// is no database. Its maps are made on first use; Service.mu guards them.
type guideMemory struct {
	starred map[string][]string                // by track and kind
	journal map[string]map[string]JournalEntry // by track, then prompt id
}

// Starred lists the ids of a track's starred items of a kind, in the order
// they were starred; without a database, those starred this session.
func (s *Service) Starred(track, kind string) ([]string, error) {
	if db := s.store(); db != nil {
		return db.Starred(track, kind)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.guide.starred[track+"\x00"+kind]), nil
}

// SetStarred stars an item, or takes its star off.
func (s *Service) SetStarred(track, kind, itemID string, on bool, at time.Time) error {
	if db := s.store(); db != nil {
		return db.SetStarred(track, kind, itemID, on, at)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.guide.starred == nil {
		s.guide.starred = map[string][]string{}
	}
	k := track + "\x00" + kind
	ids := slices.DeleteFunc(s.guide.starred[k], func(id string) bool { return id == itemID })
	if on {
		ids = append(ids, itemID)
	}
	s.guide.starred[k] = ids
	return nil
}

// Journal returns the track's journal entries by prompt id; without a
// database, those written this session.
func (s *Service) Journal(track string) (map[string]JournalEntry, error) {
	if db := s.store(); db != nil {
		return db.Journal(track)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]JournalEntry{}
	for k, e := range s.guide.journal[track] {
		out[k] = e
	}
	return out, nil
}

// SetJournal keeps what was written to a prompt; empty text (or only
// spaces) removes the entry.
func (s *Service) SetJournal(track, promptID, text string, at time.Time) error {
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	if db := s.store(); db != nil {
		return db.SetJournal(track, promptID, text, at)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.guide.journal == nil {
		s.guide.journal = map[string]map[string]JournalEntry{}
	}
	if s.guide.journal[track] == nil {
		s.guide.journal[track] = map[string]JournalEntry{}
	}
	if text == "" {
		delete(s.guide.journal[track], promptID)
	} else {
		s.guide.journal[track][promptID] = JournalEntry{PromptID: promptID, Text: text, UpdatedAt: at}
	}
	return nil
}

// A reflection prompt holds many journal entries, one for each time the
// person comes back to it: an entry is kept under its prompt's id, "#", and
// the time it was begun in unix milliseconds. (The journal table's
// prompt_id column holds that whole id; an id without "#" is an entry kept
// under the prompt's id alone.)

// JournalEntryID is the id of a prompt's entry begun at begun.
func JournalEntryID(promptID string, begun time.Time) string {
	return promptID + "#" + strconv.FormatInt(begun.UnixMilli(), 10)
}

// JournalPrompt splits an entry's id into its prompt's id and the time
// the entry was begun (zero when the id has none).
func JournalPrompt(entryID string) (promptID string, begun time.Time) {
	i := strings.LastIndexByte(entryID, '#')
	if i < 0 {
		return entryID, time.Time{}
	}
	ms, err := strconv.ParseInt(entryID[i+1:], 10, 64)
	if err != nil {
		return entryID, time.Time{}
	}
	return entryID[:i], time.UnixMilli(ms).UTC()
}

// JournalBegun is when an entry was begun: the time in its id, or when it
// was last written for an id without one.
func JournalBegun(e JournalEntry) time.Time {
	if _, at := JournalPrompt(e.PromptID); !at.IsZero() {
		return at
	}
	return e.UpdatedAt
}

// PromptEntries are a prompt's entries, newest first (by when each was
// begun; by id when two were begun at once).
func PromptEntries(all map[string]JournalEntry, promptID string) []JournalEntry {
	var out []JournalEntry
	for id, e := range all {
		if p, _ := JournalPrompt(id); p == promptID {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b JournalEntry) int {
		if c := JournalBegun(b).Compare(JournalBegun(a)); c != 0 {
			return c
		}
		return strings.Compare(b.PromptID, a.PromptID)
	})
	return out
}

// SaveAskList writes the starred questions to ask as a printable Markdown
// list in the output folder, never over another file, and returns where.
func (s *Service) SaveAskList(lib *content.Library, starred []string, at time.Time) (string, error) {
	text, n := report.AskList(lib, starred, at)
	if n == 0 {
		return "", fmt.Errorf("none of the %d starred questions is in the %s track's guide", len(starred), lib.Track.Name)
	}
	return WriteNew(s.outDir, Numbered("questions-to-ask-"+at.Format(time.DateOnly), ".md"), []byte(text))
}
