package progress

import (
	"fmt"
	"strconv"

	"github.com/rung-career/rung/internal/practice"
)

// The practice settings live in the settings table under these keys (one
// set for every track: they are about the person, not the deck).
const (
	NewPerDayKey = "practice.new_cards_per_day"
	RetentionKey = "practice.desired_retention"
)

// setting reads one stored setting: the database's, or the session's while
// there is none.
func (s *Service) setting(key string) (string, bool, error) {
	if db := s.store(); db != nil {
		return db.Setting(key)
	}
	s.mem.mu.Lock()
	defer s.mem.mu.Unlock()
	v, ok := s.mem.settings[key]
	return v, ok, nil
}

func (s *Service) setSetting(key, value string) error {
	if db := s.store(); db != nil {
		return db.SetSetting(key, value)
	}
	s.mem.mu.Lock()
	defer s.mem.mu.Unlock()
	if s.mem.settings == nil {
		s.mem.settings = map[string]string{}
	}
	s.mem.settings[key] = value
	return nil
}

// PracticeSettings reads the person's practice settings over def (the
// values used where none is stored). A stored value that is not a number
// or out of bounds is left out (def's stands) and the error names it and
// what would be valid.
func (s *Service) PracticeSettings(def practice.Settings) (practice.Settings, error) {
	out := def
	var bad []error
	if v, ok, err := s.setting(NewPerDayKey); err != nil {
		return def, err
	} else if ok {
		n, perr := strconv.Atoi(v)
		try := out
		try.NewCardsPerDay = n
		if verr := try.Validate(); perr != nil || verr != nil {
			bad = append(bad, fmt.Errorf("setting %s is %q; it must be a whole number from %d to %d",
				NewPerDayKey, v, practice.MinNewPerDay, practice.MaxNewPerDay))
		} else {
			out = try
		}
	}
	if v, ok, err := s.setting(RetentionKey); err != nil {
		return def, err
	} else if ok {
		r, perr := strconv.ParseFloat(v, 64)
		try := out
		try.DesiredRetention = r
		if verr := try.Validate(); perr != nil || verr != nil {
			bad = append(bad, fmt.Errorf("setting %s is %q; it must be a number from %.2f to %.2f",
				RetentionKey, v, practice.MinRetention, practice.MaxRetention))
		} else {
			out = try
		}
	}
	if len(bad) > 0 {
		return out, fmt.Errorf("%w (the default is used)", joinErrs(bad))
	}
	return out, nil
}

// SavePracticeSettings keeps the settings, after checking their bounds.
func (s *Service) SavePracticeSettings(set practice.Settings) error {
	if err := set.Validate(); err != nil {
		return err
	}
	if err := s.setSetting(NewPerDayKey, strconv.Itoa(set.NewCardsPerDay)); err != nil {
		return err
	}
	return s.setSetting(RetentionKey, strconv.FormatFloat(set.DesiredRetention, 'f', 2, 64))
}

// joinErrs joins errors with "; " (errors.Join would use new lines, and a
// status line has one).
func joinErrs(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return fmt.Errorf("%w; %w", errs[0], joinErrs(errs[1:]))
}
