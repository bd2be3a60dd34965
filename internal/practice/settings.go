package practice

import (
	"fmt"
	"math"

	"github.com/rung-career/rung/internal/srs"
)

// This file holds the practice settings a person can change: how many new
// cards flashcards bring in a day, and the retention the scheduler aims
// for. Their bounds and what each costs are decided here; the app stores
// them and shows them.

// Settings are the person's practice settings.
type Settings struct {
	// NewCardsPerDay is how many never-studied cards flashcards bring in
	// each study day.
	NewCardsPerDay int
	// DesiredRetention is the chance of recalling a card, aimed for on the
	// day it falls due (the scheduler's desired retention).
	DesiredRetention float64
}

// The bounds of the settings, and their defaults (Anki's and FSRS's).
const (
	MinNewPerDay     = 0
	MaxNewPerDay     = 100
	DefaultNewPerDay = 10

	// Below 0.70 a card is forgotten too often for the reviews to teach
	// it; above 0.97 the reviews multiply for little gain (FSRS's own
	// advice bounds the setting about here).
	MinRetentionPercent = 70
	MaxRetentionPercent = 97
	MinRetention        = MinRetentionPercent / 100.0
	MaxRetention        = MaxRetentionPercent / 100.0
	DefaultRetention    = 0.90
	// RetentionStep is what one press changes the retention by.
	RetentionStep = 0.01
)

// DefaultSettings are the settings before a person changes any.
func DefaultSettings() Settings {
	return Settings{NewCardsPerDay: DefaultNewPerDay, DesiredRetention: DefaultRetention}
}

// Validate says what is out of bounds, naming the setting and what would be
// valid; nil when both are within them.
func (s Settings) Validate() error {
	if s.NewCardsPerDay < MinNewPerDay || s.NewCardsPerDay > MaxNewPerDay {
		return fmt.Errorf("new cards per day is %d; it must be a whole number from %d to %d",
			s.NewCardsPerDay, MinNewPerDay, MaxNewPerDay)
	}
	if math.IsNaN(s.DesiredRetention) || s.DesiredRetention < MinRetention-1e-9 || s.DesiredRetention > MaxRetention+1e-9 {
		return fmt.Errorf("desired retention is %v; it must be from %.2f to %.2f (%.2f is usual)",
			s.DesiredRetention, MinRetention, MaxRetention, DefaultRetention)
	}
	return nil
}

// StepNew changes the new cards a day by d, within the bounds.
func (s Settings) StepNew(d int) Settings {
	s.NewCardsPerDay = max(MinNewPerDay, min(MaxNewPerDay, s.NewCardsPerDay+d))
	return s
}

// StepRetention changes the retention by d steps of RetentionStep, within
// the bounds, kept to whole percents.
func (s Settings) StepRetention(d int) Settings {
	pct := s.RetentionPercent() + d
	pct = max(MinRetentionPercent, min(MaxRetentionPercent, pct))
	s.DesiredRetention = float64(pct) / 100
	return s
}

// RetentionPercent is the retention in whole percents (90 for 0.9).
func (s Settings) RetentionPercent() int { return int(math.Round(s.DesiredRetention * 100)) }

// Params are the scheduler's parameters p with these settings' retention.
func (s Settings) Params(p srs.Params) srs.Params {
	p.DesiredRetention = s.DesiredRetention
	return p
}

// TradeoffStability is the memory the retention's trade-off is told with: a
// card that, at the usual 0.90, would come back in a month.
const TradeoffStability = 30

// ComebackDays is how many days a card with a month's memory (stability
// TradeoffStability) waits before it comes back at the given retention:
// 30 at 0.90, about a week at 0.97, three months at 0.80. Fewer days mean
// more reviews for the same cards.
func ComebackDays(p srs.Params, retention float64) (int, error) {
	p.DesiredRetention = retention
	s, err := srs.NewScheduler(p)
	if err != nil {
		return 0, err
	}
	return s.IntervalDays(TradeoffStability), nil
}

// DaysToStart is how many study days it takes to bring in n new cards at
// perDay a day; 0 when n is 0, -1 when perDay is 0 (never).
func DaysToStart(n, perDay int) int {
	switch {
	case n <= 0:
		return 0
	case perDay <= 0:
		return -1
	}
	return (n + perDay - 1) / perDay
}
