package app

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// openSkills goes from home to the skills list with keys.
func openSkills(t *testing.T, h *harness) {
	t.Helper()
	h.keys("G") // the last entries of home: skills sits above guide, perspective, reference
	for range 10 {
		if strings.Contains(h.view(), "> Skills") {
			h.keys("enter")
			h.contains("Skills  18 skills")
			return
		}
		h.keys("k")
	}
	t.Fatalf("no Skills entry on home:\n%s", h.view())
}

// saveRatings stores an assessment with the given skill ratings.
func saveRatings(t *testing.T, h *harness, skills map[string]int) {
	t.Helper()
	l := h.m.c.Lib()
	var a assess.Answers
	a.SetText("current_role", "case-manager")
	a.SetNumber("years_experience", 3)
	a.SetRatings("skills", skills)
	p := assess.Evaluate(l, a)
	if _, err := h.store.SaveAssessment(progress.Record(l, a, p, testNow.Add(-48*time.Hour))); err != nil {
		t.Fatal(err)
	}
}

func TestSkillsListsAllByCategory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openSkills(t, h)
	h.contains("> Leadership", "Essential director skills", "Press / to filter")
	h.golden("skills-80x24")
	// The practitioner group is labeled where it starts.
	h.keys("G")
	h.contains("> Organizational Skills", "Critical Thinking", "Social worker competencies", "18/18")
}

func TestSkillsFilter(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openSkills(t, h)
	top := h.m.top()
	h.keys("/")
	if !top.Capturing() {
		t.Fatal("the filter does not capture keys after /")
	}
	h.typeText("cris")
	h.contains("Filter: cris_", "> Crisis Intervention", "2 of 18 skills")
	if strings.Contains(h.view(), "Leadership") {
		t.Errorf("Leadership still listed under the filter cris:\n%s", h.view())
	}
	h.golden("skills-filter-80x24")

	// q and ? are typed into the filter, not taken by the root.
	h.typeText("q?")
	h.contains("Filter: crisq?_", "0 of 18 skills", `No skill matches "crisq?"`)
	h.keys("backspace", "backspace")
	h.contains("2 of 18 skills")

	// esc clears the filter and leaves it, without leaving the screen.
	h.keys("esc")
	if top.Capturing() {
		t.Fatal("still capturing after esc")
	}
	if h.m.top() != top {
		t.Fatal("esc in the filter left the screen")
	}
	h.contains("18 skills", "Press / to filter")
}

func TestSkillsFilterMatchesIDAndDescriptionCaseInsensitively(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openSkills(t, h)
	h.keys("/").typeText("LEGISLATION-POL") // the id legislation-policy
	h.contains("1 of 18 skills", "> Legislation and Policy Understanding")
	h.keys("esc", "/").typeText("stress management") // in Resilience's description
	h.contains("> Resilience")
}

func TestSkillsFilterAcceptThenOpen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openSkills(t, h)
	top := h.m.top()
	h.keys("/").typeText("crisis int").keys("enter")
	if top.Capturing() {
		t.Fatal("enter did not leave the filter")
	}
	h.contains("Filter: crisis int", "1 of 18 skills", "x clear")
	h.keys("enter") // opens the skill
	h.contains("Skills › Crisis Intervention", "What each level looks like")
	h.keys("esc") // back to the filtered list
	h.contains("1 of 18 skills")
	h.keys("x")
	h.contains("18 skills", "> Crisis Intervention") // the selection is kept
}

func TestSkillsWideShowsDetailBeside(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	openSkills(t, h)
	h.contains("> Leadership", "│ Leadership", "What each level looks like")
	h.golden("skills-120x40")
	h.keys("j")
	h.contains("│ Communication")
}

func TestSkillDetail(t *testing.T) {
	t.Parallel()
	l := lib(t)
	sk, ok := l.Skill("crisis-intervention")
	if !ok {
		t.Fatal("no crisis-intervention skill")
	}
	var steps []string
	for _, s := range l.Steps {
		if slices.Contains(s.Skills, sk.ID) {
			steps = append(steps, fmt.Sprintf("Step %d: ", s.Number))
		}
	}
	if len(steps) == 0 {
		t.Fatal("no step builds crisis-intervention: pick another skill")
	}
	h := newHarness(t, 80, 24)
	h.open(tui.RouteSkill, sk.ID)
	h.contains("Crisis Intervention", "Essential director skills", "What each level looks like",
		"1  You know the agency's emergency", "5  You lead agency-wide crisis",
		"Take the self-assessment to see your own level")
	h.golden("skill-80x24")

	h.keys("G")
	want := append(slices.Clone(steps), "Steps that build it", "Rungs that ask for it", "Interview questions that show it",
		"Director of Social Services: Crisis leadership", "How would you handle a crisis situation?")
	h.contains(want...)
	h.keys("g")
	h.contains("What each level looks like")

	h = newHarness(t, 120, 40)
	h.open(tui.RouteSkill, sk.ID)
	h.golden("skill-120x40")
}

func TestSkillDetailMarksOwnRating(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	saveRatings(t, h, map[string]int{"crisis-intervention": 3})
	h.open(tui.RouteSkill, "crisis-intervention")
	h.contains("> 3  You handle abuse", "  2  You respond",
		"> marks your own rating: 3 of 5, from your assessment of Nov 20, 2026.")

	// A skill the assessment did not rate says so.
	h.open(tui.RouteSkill, "ethics")
	h.contains("Your last assessment has no rating for this skill.")

	// The list beside shows the rating too.
	h.keys("esc", "esc")
	openSkills(t, h)
	h.keys("/").typeText("crisis").keys("enter")
	h.contains("│ > 3  You handle abuse")
}

func TestSkillsWithoutStoreSaySo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40, withoutStore(errors.New("read-only")))
	openSkills(t, h)
	h.contains("Your own rating can't be shown")
	h.keys("enter")
	h.contains("Skills › Leadership", "Your own rating can't be shown")
}

func TestSkillsSecondTrack(t *testing.T) {
	t.Parallel()
	l, err := content.Load(os.DirFS("../../../testdata/tracks/library"))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 80, 24, withLibrary(l))
	h.open(tui.RouteSkills, nil)
	h.contains("Skills  2 skills", "> Catalog", "Core skills", "Leadership")
	h.keys("enter")
	h.contains("Steps that build it", "Step 1: Earn a library degree")
	if v := h.view(); strings.Contains(v, "Rungs that ask for it") || strings.Contains(v, "Interview questions") {
		t.Errorf("empty sections are shown:\n%s", v)
	}
	h.keys("esc", "j", "enter", "G")
	h.contains("Step 2: Lead a team", "Branch Manager: Leadership", "Why do you want to work in a library?")
}
