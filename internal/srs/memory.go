package srs

import "math"

// Memory is the FSRS memory state of a card: how long it is remembered
// (Stability, in days, the time for recall probability to fall to 90%) and how
// hard it is (Difficulty, 1..10).
type Memory struct {
	Stability  float64
	Difficulty float64
}

// NextMemory applies one review to a memory state: prev is the state before the
// review (nil for a card never reviewed), elapsedDays the time since the last
// review in days, r the rating. This is the FSRS-6 recurrence alone, with no
// scheduling. The scheduler passes whole days, as the reference implementations
// do; less than one day counts as a same-day review.
func (s *Scheduler) NextMemory(prev *Memory, elapsedDays float64, r Rating) Memory {
	if !r.Valid() {
		panic("srs: NextMemory with invalid rating " + r.String())
	}
	if prev == nil {
		return Memory{
			Stability:  clampStability(s.w[r-1]),
			Difficulty: clampDifficulty(s.initDifficulty(r)),
		}
	}
	S, D := prev.Stability, prev.Difficulty
	var newS float64
	switch {
	case elapsedDays < 1 && s.shortTerm:
		newS = s.shortTermStability(S, r)
	case r == Again:
		newS = s.forgetStability(D, S, s.forgettingCurve(math.Max(elapsedDays, 0), S))
	default:
		newS = s.recallStability(D, S, s.forgettingCurve(math.Max(elapsedDays, 0), S), r)
	}
	return Memory{Stability: clampStability(newS), Difficulty: s.nextDifficulty(D, r)}
}

// forgettingCurve is R(t, S) = (1 + FACTOR*t/S)^DECAY.
func (s *Scheduler) forgettingCurve(t, S float64) float64 {
	return math.Pow(1+s.factor*t/S, s.decay)
}

// rawInterval is I(r, S) = S/FACTOR * (r^(1/DECAY) - 1), in fractional days.
func (s *Scheduler) rawInterval(S float64) float64 {
	return S / s.factor * (math.Pow(s.p.DesiredRetention, 1/s.decay) - 1)
}

// interval is the next review interval in whole days for stability S.
func (s *Scheduler) interval(S float64) int {
	i := math.Round(s.rawInterval(S))
	i = math.Max(i, 1)
	i = math.Min(i, float64(s.p.MaximumInterval))
	return int(i)
}

// initDifficulty is D0(G) = w4 - e^(w5*(G-1)) + 1, unclamped.
func (s *Scheduler) initDifficulty(r Rating) float64 {
	return s.w[4] - math.Exp(s.w[5]*float64(r-1)) + 1
}

// nextDifficulty applies linear damping, then mean reversion towards the
// unclamped D0(Easy), then clamps to [1, 10].
func (s *Scheduler) nextDifficulty(D float64, r Rating) float64 {
	delta := -s.w[6] * float64(r-3)
	damped := D + delta*(10-D)/9
	reverted := s.w[7]*s.d0Easy + (1-s.w[7])*damped
	return clampDifficulty(reverted)
}

// recallStability is the stability after a successful recall (Hard, Good, Easy).
func (s *Scheduler) recallStability(D, S, R float64, r Rating) float64 {
	mult := 1.0
	switch r {
	case Hard:
		mult = s.w[15]
	case Easy:
		mult = s.w[16]
	}
	return S * (1 + s.expW8*(11-D)*math.Pow(S, -s.w[9])*(math.Exp(s.w[10]*(1-R))-1)*mult)
}

// forgetStability is the stability after forgetting (Again).
func (s *Scheduler) forgetStability(D, S, R float64) float64 {
	long := s.w[11] * math.Pow(D, -s.w[12]) * (math.Pow(S+1, s.w[13]) - 1) * math.Exp(s.w[14]*(1-R))
	short := S
	if s.shortTerm {
		short = S / s.expW17W18
	}
	return math.Min(long, short)
}

// shortTermStability is the stability after a same-day review.
func (s *Scheduler) shortTermStability(S float64, r Rating) float64 {
	inc := math.Exp(s.w[17]*(float64(r)-3+s.w[18])) * math.Pow(S, -s.w[19])
	if r >= Hard {
		inc = math.Max(inc, 1)
	}
	return S * inc
}

func clampStability(S float64) float64 {
	return math.Min(math.Max(S, MinStability), MaxStability)
}

func clampDifficulty(D float64) float64 {
	return math.Min(math.Max(D, MinDifficulty), MaxDifficulty)
}
