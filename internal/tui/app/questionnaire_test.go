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
	h.typeText("2").keys("enter") // years in the role
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
	if err != nil || a.Number("years_experience") != 3 || a.Number("years_in_role") != 2 || a.Ratings("skills")["leadership"] != 3 || len(a.Ratings("skills")) != 15 {
		t.Errorf("saved answers: %v %+v", err, a)
	}
	if d, _, _ := h.store.Setting(progress.DraftKey("social-services")); d != "" {
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
	h.typeText("7").keys("enter") // years in the role
	h.keys("shift+tab")           // back to years in the role
	h.contains("Question 2 of 13", "7_")
	h.keys("shift+tab") // back to role
	h.contains("(*) 4. Supervisor")
	h.keys("enter", "enter") // forward twice
	h.contains("Question 3 of 13")
	h.keys("shift+tab")
	h.contains("Question 2 of 13", "7_") // the years in the role are kept
}

func TestQuestionnaireRejectsOutOfRangeNumber(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "enter") // the role skipped: years in the role is not asked
	h.contains("Question 2 of 12", "How many years have you worked")
	h.typeText("75").keys("enter")
	h.contains("Question 2 of 12", "75 is out of range. Enter a number from 0 to 60")
	h.keys("backspace", "backspace").typeText("6").keys("enter")
	h.contains("Question 3 of 12")
}

func TestQuestionnaireDraftSurvivesLeaving(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter", "5", "enter") // Manager
	h.typeText("2").keys("enter") // years in the role
	h.typeText("12").keys("enter")
	h.keys("esc") // leave half-way
	h.contains("Self-assessment")
	h.keys("enter") // come back
	h.contains("Picked up your unfinished answers")
	// It opens on the first question not yet answered: the degree.
	h.contains("What is the highest degree")
	d := draft(t, h)
	if d.Text("current_role") != "manager" || d.Number("years_experience") != 12 {
		t.Errorf("draft not restored: %s", d.YAML(lib(t)))
	}
}

func TestQuestionnaireSkillsGrid(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.keys("enter")
	for i := 0; i < 10; i++ {
		h.keys("enter") // skips: no role, no degree, so two questions are not asked
	}
	h.contains("Question 11 of 11", "Leadership", "0 of 15 rated")
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
	h.contains("Question 1 of 13")
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

// TestQuestionnaireEnterSkipsNeverPicks: Enter on a question with no answer
// leaves it unanswered; it never records the first option.
func TestQuestionnaireEnterSkipsNeverPicks(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("enter") // Self-assessment
	if strings.Contains(h.view(), "> ( ) 1.") {
		t.Fatalf("an option is highlighted before any key:\n%s", h.view())
	}
	h.keys("enter") // skip the role
	if d := draft(t, h); d.Has("current_role") {
		t.Fatalf("Enter recorded %q", d.Text("current_role"))
	}
	for range 7 {
		h.keys("enter") // years, degree, credential, supervising, reports, budget, programs
	}
	h.contains("How well do you know the policies")
	if d := draft(t, h); d.Has("managed_budget") || d.Has("education") || d.Has("program_development") {
		t.Fatalf("skipped questions were answered: %s", d.YAML(lib(t)))
	}
	h.keys("shift+tab", "shift+tab") // back to the budget
	h.contains("Have you owned a budget", "( ) 1. Yes", "( ) 2. No")
}

// TestQuestionnaireShowIf: no degree, no question about its field; the
// field answered before the degree was changed to none does not count.
func TestQuestionnaireShowIf(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("enter", "enter", "enter") // skip role and years
	h.contains("Question 3 of 12", "What is the highest degree")
	h.keys("3", "enter") // a bachelor's: the field is asked
	h.contains("Question 4 of 12", "What field is that degree in")
	h.keys("1", "enter", "shift+tab", "shift+tab")
	h.contains("What is the highest degree")
	h.keys("1", "enter") // no degree: straight on to the credential
	h.contains("Question 4 of 11", "Which professional credential")
	p := assess.Evaluate(lib(t), draft(t, h))
	for _, c := range p.RungChecks["case-manager"] {
		if c.Fact == "education_field" && c.Met {
			t.Errorf("a field of study counts with no degree: %s", c.Reason)
		}
	}
}

// TestQuestionnaireNumbersAsTheAnswersFile: whole numbers where the answers
// file wants them, and years in the role never above years in the field.
func TestQuestionnaireNumbersAsTheAnswersFile(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("enter", "4", "enter") // Supervisor
	h.typeText("5").keys("enter") // years in the role
	h.typeText("3").keys("enter") // years in the field: fewer
	h.contains("That is less than the 5 you gave for \"Years in your current role\".")
	h.keys("backspace").typeText("9").keys("enter")
	h.contains("What is the highest degree")
	h.keys("3", "enter", "1", "enter", "1", "enter")
	h.typeText("2").keys("enter") // supervising
	h.contains("How many people report to you")
	h.typeText("2.5").keys("enter")
	h.contains("2.5 is not a whole number. Enter a whole number from 0 to 100000")
	h.keys("backspace", "backspace").keys("enter")
	h.contains("Have you owned a budget")
}

// TestQuestionnaireReviewChangeReturns: Enter on a review row opens the
// question; Enter there brings you back to the review, on the same row.
func TestQuestionnaireReviewChangeReturns(t *testing.T) {
	h := newHarness(t, 80, 24)
	answerAll(h)
	h.contains("Review your answers")
	for range 10 {
		h.keys("up") // from Submit to "Highest degree"
	}
	h.contains("> Highest degree")
	h.keys("enter")
	h.contains("What is the highest degree")
	h.keys("4", "enter") // a master's
	h.contains("Review your answers", "> Highest degree", "Master's degree")
}

// draft reads the questionnaire's unfinished answers as saved.
func draft(t *testing.T, h *harness) assess.Answers {
	t.Helper()
	raw, _, err := h.store.Setting(progress.DraftKey("social-services"))
	if err != nil {
		t.Fatal(err)
	}
	if raw == "" {
		return assess.Answers{}
	}
	a, err := assess.ParseAnswers(lib(t), "draft", []byte(raw))
	if err != nil {
		t.Fatalf("draft %q: %v", raw, err)
	}
	return a
}
