package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
)

func TestMockSetup(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.m.c.latest = supervisorPlacement()
	h.push(newPracticeHome(h.m.c))
	h.keys("m")
	m, ok := h.m.top().(*mockInterview)
	if !ok {
		t.Fatalf("m opened %T", h.m.top())
	}
	h.contains("> Rung         ‹ Social Services Supervisor (your next rung) ›", "Questions    ‹ 6 ›", "Time limit   ‹ none ›")
	h.golden("mock-80x24")
	// Change the rung, the number of questions and the limit.
	h.keys("right")
	h.contains("‹ Social Services Manager ›")
	h.keys("down", "right", "right", "down", "right")
	h.contains("‹ 4 ›", "‹ 2:00 a question ›", "doesn't cut you off")
	h.keys("enter")
	if m.phase != mockAsking || len(m.cards) != 4 || m.result.Rung != "manager" {
		t.Fatalf("started: phase %v, %d cards, rung %q", m.phase, len(m.cards), m.result.Rung)
	}
	h.contains("Question 1 of 4", "0:00 of 2:00", "Social Services Manager interview")
}

func TestMockRunSavesTranscript(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.m.c.latest = supervisorPlacement()
	m := newMockInterview(h.m.c)
	h.push(m)
	for m.rungID() != "supervisor" {
		h.keys("right")
	}
	h.keys("down", "down", "right") // a 2:00 limit
	h.keys("enter")
	if len(m.cards) != 6 {
		t.Fatalf("%d questions, want the default 6", len(m.cards))
	}
	if m.cards[0].Category != "general" {
		t.Errorf("the interview opens with %s", m.cards[0].Category)
	}
	for i := range m.cards {
		h.contains("Question " + string(rune('1'+i)) + " of 6")
		switch i {
		case 0:
			h.clock = h.clock.Add(70 * time.Second)
			h.typeText(m.cards[0].Example) // a model answer
			h.contains("1:10 of 2:00")
		case 1:
			h.clock = h.clock.Add(150 * time.Second)
			h.typeText("I would, um, call my supervisor and write it all down.")
			h.contains("2:30 over 2:00")
		case 3:
			// Skipped: no answer.
		default:
			h.clock = h.clock.Add(40 * time.Second)
			h.typeText("I listened first, then I set clear goals with the family and checked back each week.")
		}
		if i < len(m.cards)-1 {
			h.keys("ctrl+s")
		}
	}
	// The last answer: the golden is taken before the transcript is written,
	// as its path (a temporary folder) differs from run to run.
	_, save := h.m.Update(keyMsg("ctrl+s"))
	if m.phase != mockSummary {
		t.Fatalf("phase %v after the last answer", m.phase)
	}
	h.contains("Mock interview done: Social Services Supervisor", "5 of 6 answered", "1 over the 2:00 limit",
		"What each answer missed", "Saving the transcript…")
	h.golden("mock-summary-120x40")
	h.run(save)
	h.contains("Transcript saved to:", h.out)

	// The transcript is in the output folder, and a second run the same day
	// does not overwrite it.
	files, _ := filepath.Glob(filepath.Join(h.out, "mock-interview-supervisor-*.md"))
	if len(files) != 1 || filepath.Base(files[0]) != "mock-interview-supervisor-2026-11-22.md" {
		t.Fatalf("transcripts %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, want := range []string{"# Mock interview: Social Services Supervisor", "## 1. " + Clean(m.cards[0].Question),
		"> *(no answer)*", "took 2:30 (over the limit)", "**Key points missed**"} {
		if !strings.Contains(md, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	if !strings.Contains(h.view(), "Transcript saved to "+files[0][:20]) {
		t.Errorf("status does not give the path:\n%s", h.view())
	}
	path2, err := progress.WriteNew(h.out, func(n int) string { return report.TranscriptName("supervisor", testNow, n) }, []byte("second"))
	if err != nil || filepath.Base(path2) != "mock-interview-supervisor-2026-11-22-2.md" {
		t.Fatalf("second transcript %q %v", path2, err)
	}
	if again, _ := os.ReadFile(files[0]); string(again) != md {
		t.Error("the first transcript was overwritten")
	}
}

func TestMockPauseAndLeave(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.push(newPracticeHome(h.m.c))
	h.keys("m", "enter")
	m := h.m.top().(*mockInterview)
	h.typeText("q?") // typed, not quit or help
	if m.box.Value() != "q?" {
		t.Fatalf("box holds %q", m.box.Value())
	}
	h.keys("esc")
	h.contains("paused (the clock still runs)")
	h.keys("enter")
	if !m.Capturing() {
		t.Fatal("enter did not resume")
	}
	h.keys("esc", "q")
	if _, ok := h.m.top().(*practiceHome); !ok {
		t.Errorf("q while paused left %T on top", h.m.top())
	}
	files, _ := filepath.Glob(filepath.Join(h.out, "*.md"))
	if len(files) != 0 {
		t.Errorf("leaving early saved %v", files)
	}
}
