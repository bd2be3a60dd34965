package app

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/tui"
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

func openLadder(t *testing.T, w, h int, opts ...harnessOpt) *harness {
	t.Helper()
	hs := newHarness(t, w, h, opts...)
	hs.open(tui.RouteLadder, nil)
	return hs
}

// rungSelected is the title of the rung the ladder's cursor is on (the
// rung drawn with the "> " marker), or "".
func (h *harness) rungSelected() string {
	h.t.Helper()
	for _, l := range strings.Split(h.view(), "\n") {
		if i := strings.Index(l, "> ╟─ "); i >= 0 {
			for _, r := range h.m.c.Lib().Roles {
				if strings.Contains(l, r.Title) {
					return r.Title
				}
			}
		}
	}
	return ""
}

// detailTop is the first line of the ladder's detail pane: it changes as
// the detail scrolls.
func (h *harness) detailTop() string {
	h.t.Helper()
	lines := strings.Split(h.view(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "Details") && i+1 < len(lines) {
			next := lines[i+1]
			if _, right, ok := strings.Cut(next, "│ "); ok { // beside the ladder
				next = right
			}
			return strings.TrimSpace(next)
		}
	}
	h.t.Fatalf("no detail pane:\n%s", h.view())
	return ""
}

// ladderDetail is the whole detail of the rung titled rung, flattened: read
// at 80 columns on a terminal tall enough to show all of it below the
// ladder.
func ladderDetail(t *testing.T, p *assess.Placement, rung string) string {
	t.Helper()
	h := newHarness(t, 80, 300)
	if p != nil {
		h.place(*p)
	}
	h.open(tui.RouteLadder, nil)
	for range 5 {
		if h.rungSelected() == rung {
			break
		}
		h.keys("k")
	}
	if got := h.rungSelected(); got != rung {
		t.Fatalf("no rung %q on the ladder (the cursor is on %q)", rung, got)
	}
	_, detail, _ := strings.Cut(h.view(), "Details")
	return flat(detail)
}

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
	t.Parallel()
	h := openLadder(t, 80, 24)
	rung := func(want string) {
		t.Helper()
		if got := h.rungSelected(); got != want {
			t.Fatalf("the cursor is on %q, want %q:\n%s", got, want, h.view())
		}
	}
	const worker, caseManager, manager, director = "Social Services Worker", "Social Services Case Manager",
		"Social Services Manager", "Director of Social Services"
	rung(worker) // the lowest rung
	h.keys("k")  // up the ladder
	rung(caseManager)
	h.contains("Rung 2 of 5 · The Ascent")
	h.keys("up", "up", "up", "up") // stops at the top
	rung(director)
	h.contains("Rung 5 of 5")
	h.keys("j")
	rung(manager)
	h.keys("G")
	rung(worker)
	h.keys("g")
	rung(director)

	// pgdn scrolls the detail without moving the cursor; so do j/k once
	// tab has moved the focus to the detail.
	top := h.detailTop()
	h.keys("pgdown")
	if h.detailTop() == top {
		t.Fatal("pgdn did not scroll the detail")
	}
	rung(director)
	h.keys("pgup", "tab")
	h.contains("▸ Details")
	if h.detailTop() != top {
		t.Fatal("pgup did not scroll back")
	}
	h.keys("j", "j")
	if h.detailTop() == top {
		t.Fatal("j with the detail focused did not scroll it")
	}
	rung(director)
	h.keys("tab", "j")
	rung(manager)
	if got := h.detailTop(); !strings.Contains(got, manager) {
		t.Errorf("a new rung's detail starts at its top (its title), not %q", got)
	}

	// A click on a rung selects it (row 1 of the terminal is the header).
	h.send(tea.MouseMsg{X: 10, Y: 1, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	rung(director)

	// The mouse wheel scrolls the detail.
	top = h.detailTop()
	h.send(tea.MouseMsg{X: 10, Y: 12, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if h.detailTop() == top {
		t.Error("the wheel did not scroll the detail")
	}
}

func TestLadderDetail(t *testing.T) {
	t.Parallel()
	d := ladderDetail(t, nil, "Director of Social Services")
	for _, want := range []string{
		"Years in social services (required): at least 8 years in social services · step 2",
		"A master's degree (looked for)",
		"$50,000 - $70,000", "$120,000 - $170,000+", "0-2 years",
		"Areas of responsibility", "Crisis Management", "Work environment",
		"Strategic Planning",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("director detail lacks %q", want)
		}
	}
	d = ladderDetail(t, nil, "Social Services Case Manager")
	if !strings.Contains(d, "Years in social services (looked for): at least 1 year in social services") {
		t.Errorf("case manager detail lacks its years:\n%s", d)
	}
	if strings.Contains(d, "Pay levels") || strings.Contains(d, "Areas of responsibility") {
		t.Errorf("only the director has pay levels and areas:\n%s", d)
	}
}

func TestLadderYouAreHere(t *testing.T) {
	t.Parallel()
	h := openLadder(t, 80, 24)
	if strings.Contains(h.view(), "you are here") {
		t.Fatal("a marker before any assessment")
	}
	h.send(tui.AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
	v := h.view()
	if got := lineWith(t, v, "Social Services Case Manager"); !strings.Contains(got, "◀ you are here") {
		t.Errorf("case manager rung lacks the marker: %q", got)
	}
	if got := lineWith(t, v, "Social Services Supervisor"); !strings.Contains(got, "◀ next") {
		t.Errorf("supervisor rung lacks the next marker: %q", got)
	}
	if got := h.rungSelected(); got != "Social Services Case Manager" {
		t.Errorf("after assessing the cursor is on %q, want the person's rung", got)
	}
	h.contains("◀ You are here")
	h.keys("k")
	h.contains("◀ Your next rung · ")
	p := placementFor(t, caseManagerAnswers)
	if d := ladderDetail(t, &p, "Social Services Supervisor"); !strings.Contains(d, "✗ A social work license (some posts require one) (looked for): a social work license or higher · step 4 · no credential") {
		t.Errorf("the next rung's open requirement is not marked:\n%s", d)
	}

	// A ladder opened after the assessment starts on the person's rung.
	h.open(tui.RouteLadder, nil)
	if got := h.rungSelected(); got != "Social Services Case Manager" {
		t.Errorf("a new ladder starts on %q, want the person's rung", got)
	}
}

func TestLadderGolden(t *testing.T) {
	t.Parallel()
	h := openLadder(t, 80, 24)
	h.golden("ladder-80x24")

	// The director, scrolled to the pay levels (scrolled with the detail
	// focused, drawn with the ladder focused again).
	h = openLadder(t, 120, 40)
	h.keys("g", "tab")
	for i := 0; i < 200 && !strings.HasPrefix(h.detailTop(), "Pay levels"); i++ {
		h.keys("j")
	}
	h.keys("tab")
	h.golden("ladder-120x40")

	h = openLadder(t, 80, 24)
	h.send(tui.AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
	h.keys("k")
	h.golden("ladder-assessed-80x24")
}

func TestLadderSizes(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {99, 30}, {100, 20}, {120, 40}, {200, 60}} {
		h := openLadder(t, sz[0], sz[1])
		h.send(tui.AssessedMsg{Placement: placementFor(t, caseManagerAnswers), At: testNow})
		for _, k := range []string{"g", "pgdown", "tab", "G"} {
			h.keys(k)
			checkSize(t, h.view(), sz[0], sz[1])
		}
	}
}
