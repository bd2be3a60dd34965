package mock

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tuitest"
)

// The summary of a mock interview shows the red flags each answer raised,
// and counts them at the top.
func TestSummaryShowsRedFlags(t *testing.T) {
	c := tuitest.Context(t, nil)
	lib := c.Lib()
	m := New(c, nil).(*mockInterview)
	card, ok := lib.Card("prioritizing-caseload")
	if !ok {
		t.Fatal("no card prioritizing-caseload")
	}
	answer := "Honestly I just take things first come, first served. If I fall behind I catch up on my own at the weekend."
	m.result = practice.MockResult{Rung: "case-manager", Answers: []practice.MockAnswer{
		{Card: *card, Answer: answer, Feedback: practice.Analyze(*card, answer)},
	}}
	m.phase = mockSummary
	text := m.summaryText(100)
	for _, want := range []string{"! 2 red flags: see below", "Red flags: 2",
		"! Works in order of arrival or ease, not risk: you wrote “first come, first served”",
		"! Hides it when work slips: you wrote “catch up on my own”", "2 red flags · 0/5 key points"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "Red flags: 2") > strings.Index(text, "Triages by risk") {
		t.Errorf("red flags come after the missed points:\n%s", text)
	}
}
