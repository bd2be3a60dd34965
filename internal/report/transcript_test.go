package report

import (
	"strings"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
)

func TestTranscriptName(t *testing.T) {
	at := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	tests := []struct {
		rung string
		n    int
		want string
	}{
		{"supervisor", 1, "mock-interview-supervisor-2026-11-22.md"},
		{"supervisor", 2, "mock-interview-supervisor-2026-11-22-2.md"},
		{"Case Manager/../x", 1, "mock-interview-case-manager----x-2026-11-22.md"},
		{"", 1, "mock-interview-rung-2026-11-22.md"},
	}
	for _, tt := range tests {
		if got := TranscriptName(tt.rung, at, tt.n); got != tt.want {
			t.Errorf("TranscriptName(%q, %d) = %q, want %q", tt.rung, tt.n, got, tt.want)
		}
	}
}

func TestTranscript(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	c1, _ := lib.Card("tell-me-about-yourself")
	c2, _ := lib.Card("difficult-client")
	typed := "I have\x1b[31m four years in child welfare.\n\nI carried 20 families."
	r := practice.MockResult{Rung: "supervisor", At: at, Limit: 2 * time.Minute, Answers: []practice.MockAnswer{
		{Card: *c1, Answer: c1.Example, Elapsed: 95 * time.Second, Feedback: practice.Analyze(*c1, c1.Example)},
		{Card: *c2, Answer: typed, Elapsed: 130 * time.Second, Feedback: practice.Analyze(*c2, typed)},
	}}
	md := Transcript(lib, r)
	for _, want := range []string{
		"# Mock interview: Social Services Supervisor\n",
		"| Date | Sunday, November 22, 2026 |",
		"| Rung | Social Services Supervisor |",
		"| Questions | 2 (2 answered) |",
		"| Time | 3:45 in all; limit 2:00 a question, 1 over |",
		"## 1. Tell me about yourself.\n",
		"*General · took 1:35 · " + r.Answers[0].Feedback.Summary() + "*",
		"## 2. " + oneLine(c2.Question),
		"took 2:10 (over the limit)",
		"> I have[31m four years in child welfare.\n>\n> I carried 20 families.",
		"**Key points missed**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("transcript lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "\x1b") {
		t.Error("escape character in the transcript")
	}
	// Every missed point of the second answer is listed.
	for _, p := range r.Answers[1].Feedback.KeyPoints {
		if !p.Covered && !strings.Contains(md, "- "+p.Point) {
			t.Errorf("missed point %q not listed", p.Point)
		}
	}

	empty := practice.MockResult{Rung: "supervisor", At: at, Answers: []practice.MockAnswer{
		{Card: *c1, Feedback: practice.Analyze(*c1, "")},
	}}
	md = Transcript(lib, empty)
	for _, want := range []string{"> *(no answer)*", "| Questions | 1 (0 answered) |", "| Time | 0:00 in all |"} {
		if !strings.Contains(md, want) {
			t.Errorf("empty transcript lacks %q:\n%s", want, md)
		}
	}
}
