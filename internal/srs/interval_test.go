package srs

import "testing"

// At the default retention of 0.9 a card comes back when its stability is
// up (R(S, S) = 0.9); aiming higher brings it back sooner, lower later.
func TestIntervalDays(t *testing.T) {
	for _, tc := range []struct {
		retention float64
		stability float64
		want      int
	}{
		{0.9, 30, 30},
		{0.9, 0.2, 1}, // never under a day
		{0.97, 30, 7},
		{0.80, 30, 99},
		{0.70, 30, 279},
		{0.9, 1e9, 36500}, // never over the maximum
	} {
		p := DefaultParams()
		p.DesiredRetention = tc.retention
		s := mustScheduler(t, p)
		if got := s.IntervalDays(tc.stability); got != tc.want {
			t.Errorf("retention %.2f, stability %v: %d days, want %d", tc.retention, tc.stability, got, tc.want)
		}
	}
}
