package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
)

// caseManagerAnswers is a case manager with three years in the field: the
// supervisor rung is next, with its years still short.
const caseManagerAnswers = `current_role: case-manager
years_experience: 3
education: bachelors
education_field: social_work
license: none
supervisory_years: 0
direct_reports: 0
managed_budget: false
program_development: contributed
policy_knowledge: 3
networking: 2
skills:
  leadership: 2
  communication: 4
  ethics: 3
`

func placementFor(t *testing.T, answers string) assess.Placement {
	t.Helper()
	a, err := assess.ParseAnswers(lib(t), "answers.yaml", []byte(answers))
	if err != nil {
		t.Fatal(err)
	}
	return assess.Evaluate(lib(t), a)
}

func openLadder(t *testing.T, w, h int, opts ...harnessOpt) (*harness, *ladder) {
	t.Helper()
	hs := newHarness(t, w, h, opts...)
	hs.push(newLadder(hs.m.c))
	l, ok := hs.m.top().(*ladder)
	if !ok {
		t.Fatalf("top screen is %T, not the ladder", hs.m.top())
	}
	return hs, l
}

// flat joins wrapped text back into one line, to match sentences.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// lineWith returns the first line of the view holding s.
func lineWith(t *testing.T, view, s string) string {
	t.Helper()
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line holds %q:\n%s", s, view)
	return ""
}

func TestLadderNavigation(t *testing.T) {
	h, l := openLadder(t, 80, 24)
	if l.cursor != 0 {
		t.Fatalf("cursor starts on rung %d, want the lowest", l.cursor+1)
	}
	if got := lineWith(t, h.view(), "Social Services Worker"); !strings.Contains(got, "> ╟") {
		t.Errorf("the lowest rung is not selected: %q", got)
	}
	h.keys("k") // up the ladder
	if l.cursor != 1 {
		t.Fatalf("after k the cursor is on rung %d, want 2", l.cursor+1)
	}
	h.contains("Rung 2 of 5 · The Ascent")
	h.keys("up", "up", "up", "up") // stops at the top
	if l.cursor != 4 {
		t.Fatalf("cursor on rung %d, want the top rung", l.cursor+1)
	}
	h.contains("Director of Social Services", "Rung 5 of 5")
	h.keys("j")
	if l.cursor != 3 {
		t.Fatalf("after j the cursor is on rung %d, want 4", l.cursor+1)
	}
	h.keys("G")
	if l.cursor != 0 {
		t.Fatalf("G goes to rung %d, want the bottom", l.cursor+1)
	}
	h.keys("g")
	if l.cursor != 4 {
		t.Fatalf("g goes to rung %d, want the top", l.cursor+1)
	}

	// pgdn scrolls the detail without moving the cursor; so do j/k once
	// tab has moved the focus to the detail.
	h.keys("pgdown")
	if l.detail.Viewport.YOffset == 0 || l.cursor != 4 {
		t.Fatalf("pgdn: offset %d, cursor %d", l.detail.Viewport.YOffset, l.cursor)
	}
	h.keys("pgup", "tab")
	h.contains("▸ Details")
	h.keys("j", "j")
	if l.detail.Viewport.YOffset != 2 || l.cursor != 4 {
		t.Fatalf("j with the detail focused: offset %d, cursor %d", l.detail.Viewport.YOffset, l.cursor)
	}
	h.keys("tab", "j")
	if l.cursor != 3 {
		t.Fatalf("tab back: j moves to rung %d, want 4", l.cursor+1)
	}
	if l.detail.Viewport.YOffset != 0 {
		t.Errorf("a new rung's detail starts at its top, offset %d", l.detail.Viewport.YOffset)
	}

	// A click on a rung selects it (row 1 of the terminal is the header).
	h.send(tea.MouseMsg{X: 10, Y: 1, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	if l.cursor != 4 {
		t.Fatalf("a click on the top rung selects rung %d", l.cursor+1)
	}

	// The mouse wheel scrolls the detail.
	h.send(tea.MouseMsg{X: 10, Y: 12, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if l.detail.Viewport.YOffset == 0 {
		t.Error("the wheel did not scroll the detail")
	}
}

func TestLadderDetail(t *testing.T) {
	_, l := openLadder(t, 120, 40)
	l.cursor = 4
	d := flat(l.buildDetail(70))
	for _, want := range []string{
		"Years in social services (required): at least 8 years · steps 2, 10",
		"A master's degree (required)",
		"$50,000 - $70,000", "$120,000 - $170,000+", "0-2 years",
		"Areas of responsibility", "Crisis Management", "Work environment",
		"Strategic Planning",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("director detail lacks %q", want)
		}
	}
	l.cursor = 1
	d = flat(l.buildDetail(70))
	if !strings.Contains(d, "Years in social services (required): at least 2 years") {
		t.Errorf("case manager detail lacks its years:\n%s", d)
	}
	if strings.Contains(d, "Pay levels") || strings.Contains(d, "Areas of responsibility") {
		t.Errorf("only the director has pay levels and areas:\n%s", d)
	}
}

func TestLadderYouAreHere(t *testing.T) {
	h, l := openLadder(t, 80, 24)
	if strings.Contains(h.view(), "you are here") {
		t.Fatal("a marker before any assessment")
	}
	h.send(AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
	v := h.view()
	if got := lineWith(t, v, "Social Services Case Manager"); !strings.Contains(got, "◀ you are here") {
		t.Errorf("case manager rung lacks the marker: %q", got)
	}
	if got := lineWith(t, v, "Social Services Supervisor"); !strings.Contains(got, "◀ next") {
		t.Errorf("supervisor rung lacks the next marker: %q", got)
	}
	if l.cursor != 1 {
		t.Errorf("after assessing the cursor is on rung %d, want the person's (2)", l.cursor+1)
	}
	h.contains("◀ You are here")
	h.keys("k")
	h.contains("◀ Your next rung · ")
	if d := flat(l.buildDetail(76)); !strings.Contains(d, "✗ Years in social services (required): at least 4 years · step 2 · you have 3 years") {
		t.Errorf("the next rung's open requirement is not marked:\n%s", d)
	}

	// A ladder opened after the assessment starts on the person's rung.
	h.push(newLadder(h.m.c))
	if l2 := h.m.top().(*ladder); l2.cursor != 1 {
		t.Errorf("a new ladder starts on rung %d, want 2", l2.cursor+1)
	}
}

func TestLadderGolden(t *testing.T) {
	h, _ := openLadder(t, 80, 24)
	h.golden("ladder-80x24")

	// The director, scrolled to the pay levels.
	h, l := openLadder(t, 120, 40)
	h.keys("g")
	for i := 0; i < 20 && !strings.Contains(h.view(), "Pay levels"); i++ {
		h.keys("pgdown")
	}
	for i := 0; i < 40 && !strings.HasPrefix(strings.TrimSpace(strings.SplitN(l.detail.View(), "\n", 2)[0]), "Pay levels"); i++ {
		l.detail.Viewport.ScrollDown(1)
	}
	h.golden("ladder-120x40")

	h, _ = openLadder(t, 80, 24)
	h.send(AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
	h.keys("k")
	h.golden("ladder-assessed-80x24")
}

func TestLadderSizes(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {99, 30}, {100, 20}, {120, 40}, {200, 60}} {
		h, _ := openLadder(t, sz[0], sz[1])
		h.send(AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
		for _, k := range []string{"g", "pgdown", "tab", "G"} {
			h.keys(k)
			checkSize(t, h.view(), sz[0], sz[1])
		}
	}
}

// TestSalaryTableMarksYourLevel: with a placement among the pay levels,
// that level's row starts with ▸ (colour off, the marker is the cue), at a
// width for the table and one for the stacked list.
func TestSalaryTableMarksYourLevel(t *testing.T) {
	l := lib(t)
	st := plainStyles()
	sal := l.Salary
	mark := sal.Levels[2]
	for _, w := range []int{90, 30} {
		out := ladderSalary(st, w, sal, mark.ID)
		var marked []string
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "▸ ") {
				marked = append(marked, line)
			}
			if lipgloss.Width(line) > w {
				t.Errorf("width %d: line wider than the room: %q", w, line)
			}
		}
		if len(marked) != 1 || !strings.Contains(marked[0], strings.Fields(mark.Name)[0]) {
			t.Errorf("width %d: marked rows %q, want the one for %q\n%s", w, marked, mark.Name, out)
		}
	}
	if strings.Contains(ladderSalary(st, 90, sal, ""), "▸") {
		t.Error("a marker with no placement")
	}
}
