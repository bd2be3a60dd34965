package practice

import "fmt"

// IsMissed reports whether a panel would mark the answer down: no answer,
// a red flag raised, or fewer than MissedShare of the key points made.
func (a MockAnswer) IsMissed() bool {
	f := a.Feedback
	points := len(f.KeyPoints)
	short := points > 0 && float64(f.Covered) < MissedShare*float64(points)
	return f.Words == 0 || len(f.RedFlags) > 0 || short
}

// MissReason says in a few words why a missed answer counts as missed ("no
// answer", "a red flag", "2 of 5 key points"); "" for one that is not.
func (a MockAnswer) MissReason() string {
	f := a.Feedback
	switch {
	case !a.IsMissed():
		return ""
	case f.Words == 0:
		return "no answer"
	case len(f.RedFlags) == 1:
		return "a red flag"
	case len(f.RedFlags) > 1:
		return fmt.Sprintf("%d red flags", len(f.RedFlags))
	}
	return fmt.Sprintf("%d of %d key points", f.Covered, len(f.KeyPoints))
}

// MissedAnswers are the indexes of the missed answers, in the order asked.
func (r MockResult) MissedAnswers() []int {
	var out []int
	for i, a := range r.Answers {
		if a.IsMissed() {
			out = append(out, i)
		}
	}
	return out
}
