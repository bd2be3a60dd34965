package srs

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// DefaultWeights returns the FSRS-6 default parameters w0..w20.
func DefaultWeights() [21]float64 { return defaultWeights }

var defaultWeights = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
	1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

// Limits of the memory state.
const (
	MinStability  = 0.001
	MaxStability  = 36500.0
	MinDifficulty = 1.0
	MaxDifficulty = 10.0
)

// Params configures a Scheduler.
type Params struct {
	W                [21]float64     // FSRS-6 weights w0..w20
	DesiredRetention float64         // probability of recall aimed for at the due date; default 0.9
	MaximumInterval  int             // days; default 36500
	LearningSteps    []time.Duration // default 1m, 10m; empty: a new card goes straight to Review
	RelearningSteps  []time.Duration // default 10m; empty: a lapse stays in Review
	EnableShortTerm  bool            // same-day (short-term) stability; default true
	EnableFuzz       bool            // spread review intervals a little; default false
}

// DefaultParams returns the FSRS-6 defaults. The step slices are fresh on every
// call, so the caller may change them.
func DefaultParams() Params {
	return Params{
		W:                defaultWeights,
		DesiredRetention: 0.9,
		MaximumInterval:  36500,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		EnableShortTerm:  true,
		EnableFuzz:       false,
	}
}

// Validate reports every problem with p, joined, or nil.
func (p Params) Validate() error {
	var errs []error
	for i, w := range p.W {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			errs = append(errs, fmt.Errorf("srs: weight w%d is %v; all 21 weights must be finite numbers", i, w))
		}
	}
	for i := 0; i < 4; i++ {
		if p.W[i] <= 0 {
			errs = append(errs, fmt.Errorf("srs: weight w%d (initial stability for %v) is %v; it must be > 0", i, Rating(i+1), p.W[i]))
		}
	}
	if p.W[20] <= 0 {
		errs = append(errs, fmt.Errorf("srs: weight w20 (decay) is %v; it must be > 0", p.W[20]))
	}
	if math.IsNaN(p.DesiredRetention) || p.DesiredRetention <= 0 || p.DesiredRetention >= 1 {
		errs = append(errs, fmt.Errorf("srs: desired retention is %v; it must be between 0 and 1, exclusive (0.9 is usual)", p.DesiredRetention))
	}
	if p.MaximumInterval < 1 {
		errs = append(errs, fmt.Errorf("srs: maximum interval is %d days; it must be at least 1 (36500 is usual)", p.MaximumInterval))
	}
	for i, d := range p.LearningSteps {
		if d <= 0 {
			errs = append(errs, fmt.Errorf("srs: learning step %d is %v; every step must be > 0", i+1, d))
		}
	}
	for i, d := range p.RelearningSteps {
		if d <= 0 {
			errs = append(errs, fmt.Errorf("srs: relearning step %d is %v; every step must be > 0", i+1, d))
		}
	}
	return errors.Join(errs...)
}
