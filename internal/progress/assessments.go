package progress

import (
	"encoding/json"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/stories"
)

// DraftKey is the setting that keeps a track's unfinished answers, so
// leaving the questionnaire half-way loses nothing, and switching tracks
// keeps each track's own.
func DraftKey(track string) string { return "assess.draft/" + track }

// legacyDraftKey is where rung kept the draft before there were tracks to
// choose from; only the first track's answers can be there.
const legacyDraftKey, legacyDraftTrack = "assess.draft", "social-services"

// Record is what the store keeps of an assessment: the answers in the
// answers-file format (so a later rung can read and place them again) and
// the placement as its public JSON.
func Record(lib *content.Library, a assess.Answers, p assess.Placement, at time.Time) store.Assessment {
	pj, _ := json.Marshal(report.ToJSON(lib, a, p)) // plain structs: cannot fail
	return store.Assessment{
		Track: lib.Track.ID, TakenAt: at, Answers: a.JSON(lib), Placement: pj,
		Current: p.Current, Next: p.Next, Readiness: p.Readiness,
	}
}

// SaveAssessment keeps a placement and clears the draft its answers came
// from. Without a database it does nothing.
func (s *Service) SaveAssessment(lib *content.Library, a assess.Answers, p assess.Placement, at time.Time) error {
	db := s.store()
	if db == nil {
		return nil
	}
	if _, err := db.SaveAssessment(Record(lib, a, p, at)); err != nil {
		return err
	}
	if err := db.SetSetting(DraftKey(lib.Track.ID), ""); err != nil {
		return err
	}
	if lib.Track.ID == legacyDraftTrack {
		return db.SetSetting(legacyDraftKey, "")
	}
	return nil
}

// Saved is an assessment read back: its answers and when it was taken.
type Saved struct {
	Answers assess.Answers
	At      time.Time
}

// Latest reads back the latest saved assessment of lib's track; false when
// there is none (or no database). Answers that no longer parse (an older
// rung, an edited track) are an error.
func (s *Service) Latest(lib *content.Library) (Saved, bool, error) {
	saved, ok, err, parseErr := s.latest(lib)
	if err == nil {
		err = parseErr
	}
	return saved, ok && err == nil, err
}

// latest reads back the latest assessment; err is the database's, parseErr
// says its answers no longer parse.
func (s *Service) latest(lib *content.Library) (saved Saved, ok bool, err, parseErr error) {
	db := s.store()
	if db == nil {
		return Saved{}, false, nil, nil
	}
	a, ok, err := db.LatestAssessment(lib.Track.ID)
	if err != nil || !ok {
		return Saved{}, false, err, nil
	}
	ans, err := assess.ParseAnswers(lib, "saved assessment", a.Answers)
	if err != nil {
		return Saved{}, false, nil, err
	}
	return Saved{Answers: ans, At: a.TakenAt}, true, nil, nil
}

// Draft is the answers to start the questionnaire from: the unfinished
// ones (draft true), or else the latest assessment's. False when there are
// neither.
func (s *Service) Draft(lib *content.Library) (a assess.Answers, draft, ok bool) {
	db := s.store()
	if db == nil {
		return a, false, false
	}
	keys := []string{DraftKey(lib.Track.ID)}
	if lib.Track.ID == legacyDraftTrack {
		keys = append(keys, legacyDraftKey)
	}
	for _, k := range keys {
		if d, found, err := db.Setting(k); err == nil && found && d != "" {
			if a, err := assess.ParseAnswers(lib, "draft", []byte(d)); err == nil {
				return a, true, true
			}
		}
	}
	if saved, found, err, _ := s.latest(lib); err == nil && found {
		return saved.Answers, false, true
	}
	return a, false, false
}

// SaveDraft keeps unfinished answers. Without a database it does nothing.
func (s *Service) SaveDraft(lib *content.Library, a assess.Answers) error {
	db := s.store()
	if db == nil {
		return nil
	}
	return db.SetSetting(DraftKey(lib.Track.ID), string(a.JSON(lib)))
}

// Overview is what home shows of the person's progress.
type Overview struct {
	Latest *Saved // the latest assessment, if any
	Due    int    // cards due now
	Fresh  int    // cards never reviewed
	Ticks  int    // roadmap checklist actions done
	// Done are the roadmap's ticked actions, keyed by TickKey (the guide's
	// to-dos left out), for report.Next.
	Done map[string]bool
	// Stories is how many STAR stories the person has; Uncovered, how
	// many of the track's skills none of them shows.
	Stories, Uncovered int
}

// ReadOverview reads home's figures off the database; without one, off
// what this session keeps in memory (no assessment is kept there).
func (s *Service) ReadOverview(lib *content.Library, now time.Time) (Overview, error) {
	var o Overview
	track := lib.Track.ID
	// Answers that no longer parse count as no assessment here.
	latest, ok, err, _ := s.latest(lib)
	if err != nil {
		return o, err
	}
	if ok {
		o.Latest = &latest
	}
	states, err := s.live.CardStates(track)
	if err != nil {
		return o, err
	}
	// Due as the practice decks count it (a card in review is due from the
	// start of its study day).
	ss := States(states)
	for _, card := range lib.Cards {
		switch {
		case ss.IsNew(card.ID):
			o.Fresh++
		case ss.IsDue(card.ID, now):
			o.Due++
		}
	}
	ticks, err := s.Ticks(track)
	if err != nil {
		return o, err
	}
	o.Done = RoadmapTicks(lib, ticks)
	o.Ticks = len(o.Done)
	list, err := s.Stories(track)
	if err != nil {
		return o, err
	}
	o.Stories = len(list)
	o.Uncovered = len(stories.Cover(SkillIDs(lib), list).Uncovered)
	return o, nil
}

// SkillIDs are the ids of the track's skills, in its order: the skills a
// story can show.
func SkillIDs(lib *content.Library) []string {
	ids := make([]string, len(lib.Skills))
	for i, sk := range lib.Skills {
		ids[i] = sk.ID
	}
	return ids
}
