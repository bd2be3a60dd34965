package practice

import (
	"slices"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

func TestMissReason(t *testing.T) {
	points := func(made, of int) []PointResult {
		out := make([]PointResult, of)
		for i := range made {
			out[i].Covered = true
		}
		return out
	}
	for _, tc := range []struct {
		name string
		fb   Feedback
		want string
	}{
		{"blank", Feedback{KeyPoints: points(0, 5)}, "no answer"},
		{"strong", Feedback{Words: 180, Covered: 5, KeyPoints: points(5, 6)}, ""},
		{"half", Feedback{Words: 120, Covered: 3, KeyPoints: points(3, 6)}, ""},
		{"thin", Feedback{Words: 90, Covered: 2, KeyPoints: points(2, 5)}, "2 of 5 key points"},
		{"one flag", Feedback{Words: 150, Covered: 5, KeyPoints: points(5, 6), RedFlags: []FlagResult{{}}}, "a red flag"},
		{"two flags", Feedback{Words: 150, Covered: 1, KeyPoints: points(1, 6), RedFlags: []FlagResult{{}, {}}}, "2 red flags"},
	} {
		a := MockAnswer{Card: content.Card{ID: tc.name}, Feedback: tc.fb}
		if got := a.MissReason(); got != tc.want || a.IsMissed() != (tc.want != "") {
			t.Errorf("%s: %q (missed %v), want %q", tc.name, got, a.IsMissed(), tc.want)
		}
	}
	r := MockResult{Answers: []MockAnswer{
		{Feedback: Feedback{Words: 100, Covered: 4, KeyPoints: points(4, 5)}},
		{Feedback: Feedback{KeyPoints: points(0, 5)}},
		{Feedback: Feedback{Words: 100, Covered: 4, KeyPoints: points(4, 5)}},
		{Feedback: Feedback{Words: 10, Covered: 0, KeyPoints: points(0, 5)}},
	}}
	if got := r.MissedAnswers(); !slices.Equal(got, []int{1, 3}) {
		t.Errorf("missed answers %v, want [1 3]", got)
	}
}
