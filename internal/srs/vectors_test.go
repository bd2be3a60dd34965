package srs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// shippedVectors is the reference vector file, relative to this package.
const shippedVectors = "../../testdata/srs/vectors.json"

// vectorsEnv names more vector files (same format), separated by the OS path
// list separator, to replay after the shipped ones.
const vectorsEnv = "RUNG_SRS_VECTORS"

const vectorFormat = "rung-fsrs-vectors/1"

type vectorFile struct {
	Format  *string           `json:"format"`
	Vectors []json.RawMessage `json:"vectors"`
}

type vectorMemory struct {
	Stability  *float64 `json:"stability"`
	Difficulty *float64 `json:"difficulty"`
}

type vector struct {
	ID              string    `json:"id"`
	Kind            string    `json:"kind"`
	Params          []float64 `json:"params"`
	EnableShortTerm *bool     `json:"enable_short_term"`

	// Scheduler settings (intervals, final_state); defaults when absent.
	DesiredRetention       *float64   `json:"desired_retention"`
	MaximumIntervalDays    *int       `json:"maximum_interval_days"`
	LearningStepsSeconds   *[]float64 `json:"learning_steps_seconds"`
	RelearningStepsSeconds *[]float64 `json:"relearning_steps_seconds"`

	StartUTC             string          `json:"start_utc"`
	Ratings              []int           `json:"ratings"`
	ExpectedIntervalDays []int           `json:"expected_interval_days"`
	ReviewOffsetsDays    []float64       `json:"review_offsets_days"`
	ElapsedDays          json.RawMessage `json:"elapsed_days"` // list (memory_state) or number (step)
	FromState            json.RawMessage `json:"from_state"`   // null: a new card
	Rating               int             `json:"rating"`
	Expected             *vectorMemory   `json:"expected"`
	Tolerance            *float64        `json:"tolerance"`
}

func TestReferenceVectors(t *testing.T) {
	files := []string{shippedVectors}
	if env := os.Getenv(vectorsEnv); env != "" {
		for _, p := range filepath.SplitList(env) {
			if p != "" {
				files = append(files, p)
			}
		}
	}
	counts := map[string]int{}
	for _, path := range files {
		vs, err := loadVectors(path)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, v := range vs {
			counts[v.Kind]++
			t.Run(v.ID, func(t *testing.T) {
				t.Logf("%s: %s", path, v.Kind)
				runVector(t, v)
			})
		}
	}
	t.Logf("vectors by kind: %v", counts)
}

func loadVectors(path string) ([]vector, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("vector file: %w", err)
	}
	var f vectorFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a vector file: %w", path, err)
	}
	if f.Format == nil || *f.Format != vectorFormat {
		got := "(missing)"
		if f.Format != nil {
			got = fmt.Sprintf("%q", *f.Format)
		}
		return nil, fmt.Errorf("%s: format is %s, want %q", path, got, vectorFormat)
	}
	if len(f.Vectors) == 0 {
		return nil, fmt.Errorf("%s: no vectors", path)
	}
	seen := map[string]bool{}
	out := make([]vector, 0, len(f.Vectors))
	for i, raw := range f.Vectors {
		var v vector
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("%s: vector %d: %w", path, i, err)
		}
		if v.ID == "" {
			return nil, fmt.Errorf("%s: vector %d has no id", path, i)
		}
		if seen[v.ID] {
			return nil, fmt.Errorf("%s: duplicate vector id %q", path, v.ID)
		}
		seen[v.ID] = true
		out = append(out, v)
	}
	return out, nil
}

// vectorScheduler builds the scheduler a vector describes.
func vectorScheduler(t *testing.T, v vector) *Scheduler {
	t.Helper()
	if len(v.Params) != 21 {
		t.Fatalf("params has %d numbers, want 21", len(v.Params))
	}
	if v.EnableShortTerm == nil {
		t.Fatalf("enable_short_term missing")
	}
	p := DefaultParams()
	copy(p.W[:], v.Params)
	p.EnableShortTerm = *v.EnableShortTerm
	if v.DesiredRetention != nil {
		p.DesiredRetention = *v.DesiredRetention
	}
	if v.MaximumIntervalDays != nil {
		p.MaximumInterval = *v.MaximumIntervalDays
	}
	if v.LearningStepsSeconds != nil {
		p.LearningSteps = secondsToDurations(*v.LearningStepsSeconds)
	}
	if v.RelearningStepsSeconds != nil {
		p.RelearningSteps = secondsToDurations(*v.RelearningStepsSeconds)
	}
	s, err := NewScheduler(p)
	if err != nil {
		t.Fatalf("NewScheduler: %v", err)
	}
	return s
}

func secondsToDurations(secs []float64) []time.Duration {
	out := make([]time.Duration, len(secs))
	for i, s := range secs {
		out[i] = time.Duration(math.Round(s * float64(time.Second)))
	}
	return out
}

func vectorRatings(t *testing.T, v vector) []Rating {
	t.Helper()
	if len(v.Ratings) == 0 {
		t.Fatalf("no ratings")
	}
	out := make([]Rating, len(v.Ratings))
	for i, r := range v.Ratings {
		out[i] = Rating(r)
		if !out[i].Valid() {
			t.Fatalf("rating %d is %d, want 1-4", i, r)
		}
	}
	return out
}

func vectorStart(t *testing.T, v vector) time.Time {
	t.Helper()
	start, err := time.Parse(time.RFC3339, v.StartUTC)
	if err != nil {
		t.Fatalf("start_utc: %v", err)
	}
	return start.UTC()
}

func runVector(t *testing.T, v vector) {
	switch v.Kind {
	case "intervals":
		runIntervals(t, v)
	case "final_state":
		runFinalState(t, v)
	case "memory_state":
		runMemoryState(t, v)
	case "step":
		runStep(t, v)
	default:
		t.Fatalf("unknown vector kind %q (want intervals, final_state, memory_state or step)", v.Kind)
	}
}

func runIntervals(t *testing.T, v vector) {
	s := vectorScheduler(t, v)
	ratings := vectorRatings(t, v)
	if len(v.ExpectedIntervalDays) != len(ratings) {
		t.Fatalf("%d ratings but %d expected intervals", len(ratings), len(v.ExpectedIntervalDays))
	}
	now := vectorStart(t, v)
	c := NewCard(now)
	got := make([]int, len(ratings))
	for i, r := range ratings {
		var log ReviewLog
		c, log = s.Review(c, r, now)
		got[i] = wholeDays(c.Due.Sub(now))
		if log.ScheduledDays != got[i] {
			t.Errorf("review %d: log.ScheduledDays %d, due-review %d days", i, log.ScheduledDays, got[i])
		}
		now = c.Due
	}
	for i := range got {
		if got[i] != v.ExpectedIntervalDays[i] {
			t.Fatalf("intervals %v, want %v (first difference at review %d)", got, v.ExpectedIntervalDays, i)
		}
	}
}

func runFinalState(t *testing.T, v vector) {
	s := vectorScheduler(t, v)
	ratings := vectorRatings(t, v)
	if len(v.ReviewOffsetsDays) != len(ratings) {
		t.Fatalf("%d ratings but %d review offsets", len(ratings), len(v.ReviewOffsetsDays))
	}
	start := vectorStart(t, v)
	c := NewCard(start)
	for i, r := range ratings {
		at := start.Add(time.Duration(math.Round(v.ReviewOffsetsDays[i] * float64(day))))
		c, _ = s.Review(c, r, at)
	}
	checkMemory(t, v, Memory{Stability: c.Stability, Difficulty: c.Difficulty})
}

func runMemoryState(t *testing.T, v vector) {
	s := vectorScheduler(t, v)
	ratings := vectorRatings(t, v)
	var elapsed []float64
	if err := json.Unmarshal(v.ElapsedDays, &elapsed); err != nil {
		t.Fatalf("elapsed_days must be a list of numbers: %v", err)
	}
	if len(elapsed) != len(ratings) {
		t.Fatalf("%d ratings but %d elapsed_days", len(ratings), len(elapsed))
	}
	var m *Memory
	for i, r := range ratings {
		next := s.NextMemory(m, elapsed[i], r)
		m = &next
	}
	checkMemory(t, v, *m)
}

func runStep(t *testing.T, v vector) {
	s := vectorScheduler(t, v)
	var elapsed float64
	if err := json.Unmarshal(v.ElapsedDays, &elapsed); err != nil {
		t.Fatalf("elapsed_days must be a number: %v", err)
	}
	r := Rating(v.Rating)
	if !r.Valid() {
		t.Fatalf("rating is %d, want 1-4", v.Rating)
	}
	var from *Memory
	switch raw := bytes.TrimSpace(v.FromState); {
	case len(raw) == 0:
		t.Fatalf("from_state missing (null for a new card)")
	case bytes.Equal(raw, []byte("null")):
	default:
		var fm vectorMemory
		if err := json.Unmarshal(raw, &fm); err != nil {
			t.Fatalf("from_state: %v", err)
		}
		if fm.Stability == nil || fm.Difficulty == nil {
			t.Fatalf("from_state needs stability and difficulty")
		}
		from = &Memory{Stability: *fm.Stability, Difficulty: *fm.Difficulty}
	}
	checkMemory(t, v, s.NextMemory(from, elapsed, r))
}

func checkMemory(t *testing.T, v vector, got Memory) {
	t.Helper()
	if v.Expected == nil || v.Expected.Stability == nil || v.Expected.Difficulty == nil {
		t.Fatalf("expected.stability and expected.difficulty are required")
	}
	if v.Tolerance == nil || !(*v.Tolerance > 0) {
		t.Fatalf("tolerance missing or not > 0")
	}
	tol := *v.Tolerance
	if d := math.Abs(got.Stability - *v.Expected.Stability); !(d <= tol) {
		t.Errorf("stability %.7f, want %.7f (off by %.3g, tolerance %g)", got.Stability, *v.Expected.Stability, d, tol)
	}
	if d := math.Abs(got.Difficulty - *v.Expected.Difficulty); !(d <= tol) {
		t.Errorf("difficulty %.7f, want %.7f (off by %.3g, tolerance %g)", got.Difficulty, *v.Expected.Difficulty, d, tol)
	}
}
