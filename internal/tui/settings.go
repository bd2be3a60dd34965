package tui

import (
	"fmt"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
)

// SettingsChangedMsg says the practice settings changed (the settings
// screen has saved them, or the root has read them back): the root applies
// them to the context, then every screen hears of it.
type SettingsChangedMsg struct{ Settings practice.Settings }

// PracticeSettings are the practice settings in force: the daily limit of
// new cards and the scheduler's desired retention.
func (c *Context) PracticeSettings() practice.Settings {
	s := practice.Settings{NewCardsPerDay: c.newPerDay, DesiredRetention: practice.DefaultRetention}
	if c.sched != nil {
		s.DesiredRetention = c.sched.Params().DesiredRetention
	}
	return s
}

// SetPracticeSettings puts new practice settings in force: the daily limit
// and a scheduler aiming at the new retention. Only the root calls it (on
// a SettingsChangedMsg); settings out of bounds change nothing.
func (c *Context) SetPracticeSettings(s practice.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	p := srs.DefaultParams()
	if c.sched != nil {
		p = c.sched.Params()
	}
	sched, err := srs.NewScheduler(s.Params(p))
	if err != nil {
		return err
	}
	c.newPerDay, c.sched = s.NewCardsPerDay, sched
	return nil
}

// NewCardsToday says how the study day's new cards stand against the
// daily limit: "4 of 10 new cards", "10 of 10 new cards (limit reached)",
// or, when rehearsal or a lowered limit has taken the day past it, "12 new
// cards (limit 10 reached)" rather than "12 of 10".
func NewCardsToday(fresh, limit int) string {
	switch {
	case limit <= 0:
		return Count(fresh, "new card", "new cards") + " (new cards are off)"
	case fresh < limit:
		return fmt.Sprintf("%d of %d new cards", fresh, limit)
	case fresh == limit:
		return fmt.Sprintf("%d of %d new cards (limit reached)", fresh, limit)
	}
	return fmt.Sprintf("%s (limit %d reached)", Count(fresh, "new card", "new cards"), limit)
}
