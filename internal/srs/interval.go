package srs

// IntervalDays is the review interval, in whole days (at least 1, at most
// the maximum interval), that the scheduler gives a card of the given
// stability in days: how long it waits for the recall probability to fall
// to the desired retention. A settings screen shows it to make the
// retention's trade-off concrete.
func (s *Scheduler) IntervalDays(stability float64) int {
	return s.interval(clampStability(stability))
}
