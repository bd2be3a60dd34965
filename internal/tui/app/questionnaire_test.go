package app

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/progress"
)

// answerAll answers the shipped questionnaire as a case manager with three
// years, a BSW and middling skills, ending on the review page.
func answerAll(h *harness) {
	h.keys("enter")               // home: Self-assessment
	h.keys("3", "enter")          // current role: Case Manager
	h.typeText("3").keys("enter") // years
	h.keys("3", "enter")          // education: bachelor's
	h.keys("1", "enter")          // field: social work
	h.keys("1", "enter")          // license: none
	h.keys("enter")               // supervisory years: skip
	h.keys("enter")               // direct reports: skip
	h.keys("n", "enter")          // budget: no
	h.keys("2", "enter")          // programs: contributed
	h.keys("3", "enter")          // policy: 3
	h.keys("2", "enter")          // networking: 2
	h.typeText("342334434234433") // fifteen skills, one key each
	h.keys("enter")               // to the review page
}

func TestQuestionnaireEndToEnd(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	answerAll(h)
	h.contains("Review your answers", "Current role", "Case Manager", "3 years", "15 of 15 rated")
	h.golden("questionnaire-review-80x24")
	h.keys("s")
	h.contains("Results", "you are here", "Ready for Social Services Supervisor")
	// The assessment is in the store, and the draft is cleared.
	saved, ok, err := h.store.LatestAssessment(lib(t).Track.ID)
	if err != nil || !ok {
		t.Fatalf("no saved assessment: %v", err)
	}
	if saved.Current != "case-manager" || saved.Next != "supervisor" {
		t.Errorf("saved %s -> %s", saved.Current, saved.Next)
	}
	a, err := assess.ParseAnswers(lib(t), "saved", saved.Answers)
	if err != nil || a.YearsExperience != 3 || a.Skills["leadership"] != 3 || len(a.Skills) != 15 {
		t.Errorf("saved answers: %v %+v", err, a)
	}
	if d, _, _ := h.store.Setting(progress.DraftKey); d != "" {
		t.Errorf("draft not cleared: %q", d)
	}
	h.golden("results-80x24")
	// Back home: the readiness shows.
	h.keys("esc")
	h.contains("My results", "You are a Case Manager", "ready for Supervisor")
}

func TestQuestionnaireBackAndForthKeepsAnswers(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "4", "enter") // Supervisor
	h.typeText("7").keys("enter")
	h.keys("shift+tab") // back to years
	h.contains("Question 2 of 12", "7_")
	h.keys("shift+tab") // back to role
	h.contains("(*) 4. Supervisor")
	h.keys("enter", "enter") // forward twice
	h.contains("Question 3 of 12")
	h.keys("shift+tab")
	h.contains("Question 2 of 12", "7_") // the years are kept
}

func TestQuestionnaireRejectsOutOfRangeNumber(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "enter")
	h.typeText("75").keys("enter")
	h.contains("Question 2 of 12", "Enter a number from 0 to 60")
	h.keys("backspace", "backspace").typeText("6").keys("enter")
	h.contains("Question 3 of 12")
}

func TestQuestionnaireDraftSurvivesLeaving(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "5", "enter") // Manager
	h.typeText("12").keys("enter")
	h.keys("esc") // leave half-way
	h.contains("Self-assessment")
	h.keys("enter") // come back
	h.contains("Picked up your unfinished answers", "(*) 5. Manager")
	h.keys("enter")
	h.contains("Question 2 of 12", "12_")
}

func TestQuestionnaireSkillsGrid(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter")
	for i := 0; i < 11; i++ {
		h.keys("enter")
	}
	h.contains("Question 12 of 12", "Leadership", "0 of 15 rated")
	h.keys("4", "right", "right") // leadership 4, communication 1 then 2
	h.contains("Leadership", "[4]", "2 of 15 rated")
	h.keys("up")
	h.contains("Leadership at 4:")
	h.golden("questionnaire-skills-80x24")
	h.keys("0")
	h.contains("1 of 15 rated")
}

func TestQuestionnaireGoldens(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := newHarness(t, size[0], size[1])
		name := func(s string) string { return fmt.Sprintf("%s-%dx%d", s, size[0], size[1]) }
		h.golden(name("home"))
		h.keys("enter")
		h.golden(name("questionnaire-choice"))
		h.keys("3", "enter")
		h.golden(name("questionnaire-number"))
	}
	h := newHarness(t, 120, 40)
	answerAll(h)
	h.keys("s")
	h.golden("results-120x40")
}

func TestResultsSavePlanNeverOverwrites(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	answerAll(h)
	h.keys("s") // submit
	h.keys("s") // save plan
	h.keys("s") // save again
	entries, err := os.ReadDir(h.out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	got := strings.Join(names, ",")
	if got != "development-plan-2026-11-22-2.md,development-plan-2026-11-22.md" {
		t.Fatalf("files: %s", got)
	}
	data, _ := os.ReadFile(h.out + "/development-plan-2026-11-22.md")
	if !strings.Contains(string(data), "# Personal development plan") || !strings.Contains(string(data), "- [ ] ") {
		t.Errorf("plan:\n%s", data)
	}
	h.contains("Saved your development plan to")
}

func TestResultsOpenStepOfAGap(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	answerAll(h)
	h.keys("s", "enter") // the cursor starts on the most important gap: years -> step 2
	if h.m.top().Title() == "Results" {
		t.Fatalf("enter did not open a step")
	}
}

func TestAppWithoutStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(errors.New("/data/rung.db is not a database; it was not changed")))
	h.contains("Progress is not being saved this session", "not a database")
	answerAll(h)
	h.keys("s")
	h.contains("you are here")
	h.keys("esc")
	h.contains("My results")
}

func TestTooSmallAndResize(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 40, 10)
	h.contains("terminal too small (need 60x16)", "this one is 40x10")
	h.golden("too-small-40x10")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.contains("Self-assessment")
	h.keys("enter")
	h.send(tea.WindowSizeMsg{Width: 200, Height: 60})
	h.contains("Question 1 of 12")
	checkSize(t, h.view(), 200, 60)
}

func TestCtrlCQuitsFromAnywhere(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "enter") // into a number question
	_, cmd := h.m.Update(keyMsg("ctrl+c"))
	if cmd == nil || cmd() == nil {
		t.Fatal("ctrl+c did not quit")
	}
	if h.m.View() != "" {
		t.Error("the view is not cleared on quit")
	}
}
