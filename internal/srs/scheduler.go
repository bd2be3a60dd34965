package srs

import (
	"math"
	"time"
)

const day = 24 * time.Hour

// Scheduler schedules cards with FSRS-6. It holds no clock and no mutable state
// (apart from the fuzz source set by WithRand), so one Scheduler may serve many
// goroutines once configured.
type Scheduler struct {
	p         Params
	w         [21]float64
	shortTerm bool
	rnd       func() float64 // nil: deterministic per card

	// Constants derived from the weights.
	decay     float64 // -w20
	factor    float64 // 0.9^(1/decay) - 1
	d0Easy    float64 // unclamped D0(Easy), the mean-reversion target
	expW8     float64 // e^w8
	expW17W18 float64 // e^(w17*w18)
}

// NewScheduler checks p and returns a scheduler for it. The step slices are
// copied, so later changes to p do not affect the scheduler.
func NewScheduler(p Params) (*Scheduler, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	p.LearningSteps = append([]time.Duration(nil), p.LearningSteps...)
	p.RelearningSteps = append([]time.Duration(nil), p.RelearningSteps...)
	s := &Scheduler{p: p, w: p.W, shortTerm: p.EnableShortTerm}
	s.decay = -p.W[20]
	s.factor = math.Pow(0.9, 1/s.decay) - 1
	s.d0Easy = s.initDifficulty(Easy)
	s.expW8 = math.Exp(p.W[8])
	s.expW17W18 = math.Exp(p.W[17] * p.W[18])
	return s, nil
}

// Params returns the scheduler's parameters (with copies of the step slices).
func (s *Scheduler) Params() Params {
	p := s.p
	p.LearningSteps = append([]time.Duration(nil), p.LearningSteps...)
	p.RelearningSteps = append([]time.Duration(nil), p.RelearningSteps...)
	return p
}

// WithRand sets the source of randomness for fuzz (a func returning [0,1)) and
// returns s. nil restores the default: a deterministic generator seeded from
// the card's Reps and Due, so the same review gives the same interval. Set it
// before sharing the scheduler between goroutines; the function itself must be
// safe for concurrent use if the scheduler is shared.
func (s *Scheduler) WithRand(r func() float64) *Scheduler {
	s.rnd = r
	return s
}

// Review applies a rating at now and returns the new card state and a log entry.
// It panics if r is not a valid rating (use ParseRating on user input).
func (s *Scheduler) Review(c Card, r Rating, now time.Time) (Card, ReviewLog) {
	if !r.Valid() {
		panic("srs: Review with invalid rating " + r.String())
	}
	if !c.State.Valid() {
		c.State = New
	}
	log := ReviewLog{Rating: r, State: c.State, Due: c.Due, Review: now}

	var mem Memory
	if c.isNew() {
		mem = s.NextMemory(nil, 0, r)
	} else {
		log.ElapsedDays = wholeDays(now.Sub(c.LastReview))
		mem = s.NextMemory(&Memory{Stability: c.Stability, Difficulty: c.Difficulty}, float64(log.ElapsedDays), r)
	}

	next := c
	next.Stability, next.Difficulty = mem.Stability, mem.Difficulty
	next.LastReview = now
	next.Reps++

	var wait time.Duration
	switch c.State {
	case New:
		next, wait = s.steps(c, next, Learning, 0, s.p.LearningSteps, r)
	case Learning:
		next, wait = s.steps(c, next, Learning, c.Step, s.p.LearningSteps, r)
	case Relearning:
		next, wait = s.steps(c, next, Relearning, c.Step, s.p.RelearningSteps, r)
	case Review:
		if r == Again {
			next.Lapses++
			if len(s.p.RelearningSteps) > 0 {
				next.State, next.Step = Relearning, 0
				wait = s.p.RelearningSteps[0]
				break
			}
		}
		next, wait = s.toReview(c, next)
	}

	next.Due = now.Add(wait)
	log.Stability, log.Difficulty = next.Stability, next.Difficulty
	log.ScheduledDays = wholeDays(wait)
	return next, log
}

// steps moves a card in Learning or Relearning through its steps. c is the card
// before the review, next the card with its new memory state.
func (s *Scheduler) steps(c, next Card, state State, step int, steps []time.Duration, r Rating) (Card, time.Duration) {
	step = max(step, 0)
	if len(steps) == 0 || (step >= len(steps) && r != Again) {
		return s.toReview(c, next)
	}
	next.State = state
	switch r {
	case Again:
		next.Step = 0
		return next, steps[0]
	case Hard:
		next.Step = step
		switch {
		case step == 0 && len(steps) == 1:
			return next, steps[0] * 3 / 2
		case step == 0:
			return next, (steps[0] + steps[1]) / 2
		default:
			return next, steps[step]
		}
	case Good:
		if step+1 >= len(steps) {
			return s.toReview(c, next)
		}
		next.Step = step + 1
		return next, steps[step+1]
	default: // Easy
		return s.toReview(c, next)
	}
}

// toReview puts the card in Review with an interval of whole days from its new
// stability, fuzzed if enabled.
func (s *Scheduler) toReview(c, next Card) (Card, time.Duration) {
	days := s.interval(next.Stability)
	if s.p.EnableFuzz {
		days = s.fuzz(days, c)
	}
	next.State, next.Step = Review, 0
	return next, time.Duration(days) * day
}

// fuzzRanges: the fuzz range around an interval grows by factor per day of the
// interval that falls between start and end.
var fuzzRanges = [...]struct{ start, end, factor float64 }{
	{2.5, 7, 0.15},
	{7, 20, 0.10},
	{20, math.Inf(1), 0.05},
}

// FuzzRange returns the range [lo, hi] a fuzzed review interval of days is
// drawn from, as the reference implementations compute it: delta = 1 day plus
// 15% of the part of the interval between 2.5 and 7 days, 10% between 7 and 20,
// 5% above 20; lo = max(2, round(days-delta)), hi = min(round(days+delta), max).
// Intervals under 2.5 days are not fuzzed (lo = hi = days).
func (s *Scheduler) FuzzRange(days int) (lo, hi int) {
	ivl := float64(days)
	if ivl < 2.5 {
		return days, days
	}
	delta := 1.0
	for _, r := range fuzzRanges {
		delta += r.factor * math.Max(math.Min(ivl, r.end)-r.start, 0)
	}
	lo = max(2, int(math.Round(ivl-delta)))
	hi = min(int(math.Round(ivl+delta)), s.p.MaximumInterval)
	lo = min(lo, hi)
	return lo, hi
}

// fuzz draws an interval uniformly from FuzzRange(days).
func (s *Scheduler) fuzz(days int, c Card) int {
	lo, hi := s.FuzzRange(days)
	if lo == hi {
		return lo
	}
	var u float64
	if s.rnd != nil {
		u = s.rnd()
	} else {
		u = cardRand(c)
	}
	if !(u >= 0) { // also catches NaN
		u = 0
	}
	d := lo + int(math.Floor(u*float64(hi-lo+1)))
	return min(max(d, lo), hi)
}

// cardRand is the default fuzz source: a number in [0,1) that depends only on
// the card's Reps and Due (splitmix64 of them).
func cardRand(c Card) float64 {
	x := uint64(c.Due.Unix())*0x9E3779B97F4A7C15 ^ uint64(c.Due.Nanosecond()) ^ uint64(c.Reps)<<40
	x ^= uint64(c.Reps) * 0xD1B54A32D192ED03
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	x ^= x >> 31
	return float64(x>>11) / (1 << 53)
}

// Preview returns the card after each of the four ratings at now (for showing
// "Good: 3d" on buttons); index Rating-1.
func (s *Scheduler) Preview(c Card, now time.Time) [4]Card {
	var out [4]Card
	for i, r := range allRatings {
		out[i], _ = s.Review(c, r, now)
	}
	return out
}

// Retrievability is the probability of recalling the card at now (0..1), with
// the elapsed time counted in whole days as in the reviews; 0 for a new card.
func (s *Scheduler) Retrievability(c Card, now time.Time) float64 {
	if !c.State.Valid() || c.isNew() {
		return 0
	}
	return s.forgettingCurve(float64(wholeDays(now.Sub(c.LastReview))), c.Stability)
}

// wholeDays is the number of whole days in d (floor), and 0 for d < 0.
func wholeDays(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int(d / day)
}
