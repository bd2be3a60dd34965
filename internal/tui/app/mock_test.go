package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

func TestMockSetup(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.m.c.SetLatest(*supervisorPlacement(), testNow)
	h.open(tui.RoutePractice, nil)
	h.keys("m")
	h.onTop(tui.RouteMock)
	h.contains("> Rung         ‹ Social Services Supervisor (your next rung) ›", "Questions    ‹ 6 ›", "Time limit   ‹ none ›")
	h.golden("mock-80x24")
	// Change the rung, the number of questions and the limit.
	h.keys("right")
	h.contains("‹ Social Services Manager ›")
	h.keys("down", "right", "right", "down", "right")
	h.contains("‹ 4 ›", "‹ 2:00 a question ›", "doesn't cut you off")
	h.keys("enter")
	h.contains("Question 1 of 4", "0:00 of 2:00", "Social Services Manager interview")
}

func TestMockRunSavesTranscript(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	h.m.c.SetLatest(*supervisorPlacement(), testNow)
	h.open(tui.RouteMock, nil)
	h.contains("‹ Social Services Supervisor (your next rung) ›")
	h.keys("down", "down", "right") // a 2:00 limit
	h.keys("enter")
	h.contains("Question 1 of 6", "Social Services Supervisor interview · General") // the default 6, general first
	first := h.cardShown()
	if first == nil {
		t.Fatalf("no question shown:\n%s", h.view())
	}
	for i := range 6 {
		h.contains("Question " + string(rune('1'+i)) + " of 6")
		switch i {
		case 0:
			h.clock = h.clock.Add(70 * time.Second)
			h.typeText(first.Example) // a model answer
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
		if i < 5 {
			h.keys("ctrl+s")
		}
		if i == 3 {
			h.contains("Nothing typed for this question: enter or y skips it, esc goes back to typing.")
			h.keys("enter")
		}
	}
	// The last answer: the golden is taken before the transcript is written,
	// as its path (a temporary folder) differs from run to run.
	_, save := h.m.Update(keyMsg("ctrl+s"))
	h.contains("Mock interview done: Social Services Supervisor", "5 of 6 answered", "1 over the 2:00 limit",
		"What each answer raised and missed", "Saving the transcript…")
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
	for _, want := range []string{"# Mock interview: Social Services Supervisor", "## 1. " + tui.Clean(first.Question),
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
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RoutePractice, nil)
	h.keys("m", "enter")
	h.typeText("q?") // typed, not quit or help
	h.onTop(tui.RouteMock)
	h.contains("q?", "1 word")
	h.keys("esc")
	h.contains("1 word · paused, the clock runs: enter to go on, q to leave without saving")
	h.keys("enter")
	if !h.typing() {
		t.Fatal("enter did not resume")
	}
	// Leaving asks first: the interview so far would be lost.
	h.keys("esc", "q")
	h.onTop(tui.RouteMock)
	h.contains("Leave and lose the interview so far?", "y leave", "n/esc stay")
	h.keys("n")
	h.onTop(tui.RouteMock)
	if strings.Contains(h.view(), "Leave and lose") {
		t.Fatal("n did not take the question away")
	}
	h.keys("q", "y")
	h.onTop(tui.RoutePractice)
	files, _ := filepath.Glob(filepath.Join(h.out, "*.md"))
	if len(files) != 0 {
		t.Errorf("leaving early saved %v", files)
	}
}
