package report_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
)

// The placements a practitioner would not sign in the review of twenty
// (see the closing note of the placement issue), each now a case: what the
// person is told must be what a supervisor would put their name to.

func sections(t *testing.T, persona string) (assess.Placement, report.Sections, string) {
	t.Helper()
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("../../testdata/personas", persona+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assess.ParseAnswers(lib, persona, raw)
	if err != nil {
		t.Fatal(err)
	}
	p := assess.Evaluate(lib, a)
	var b strings.Builder
	if err := report.WriteText(&b, lib, p); err != nil {
		t.Fatal(err)
	}
	return p, report.Build(lib, p), b.String()
}

func mustSay(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("does not say %q:\n%s", w, text)
		}
	}
}

func mustNotSay(t *testing.T, text string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(text, b) {
			t.Errorf("says %q:\n%s", b, text)
		}
	}
}

// A clinician of twenty years is not left at "Worker" with nothing to do:
// she is told a clinical post is off this ladder, that she meets every rule
// up to supervisor, and what supervisor still looks for.
func TestVerdictClinicianIsToldWhatSupervisorNeeds(t *testing.T) {
	_, s, text := sections(t, "lcsw-twenty-years-no-supervision")
	mustSay(t, text, "a clinician's post", "On paper you meet every rule Social Services Supervisor requires",
		"Looking further, Social Services Supervisor", "Some experience leading others", "field instructor")
	if s.Further == nil || s.Further.Role != "supervisor" {
		t.Errorf("no further rung to work on: %+v", s.Further)
	}
}

// A director one year in post is placed by her years as a director, and the
// line says so and what pay depends on; the next level's text does not tell
// her to do what she has done.
func TestVerdictNewDirectorPayIsExplained(t *testing.T) {
	_, s, text := sections(t, "director-fifteen-years-new-in-post")
	pay := strings.Join(s.Pay, "\n")
	mustSay(t, pay, "placed by your years in your current role (1 year)", "depends heavily on the region")
	mustNotSay(t, pay, "take on the management of a team", "Build two or more years")
	mustNotSay(t, text, "you did not answer")
}

// A manager with an MPA is not sent first to a social work degree: the
// license is labelled as needed only where a post requires it, weighs
// little, and the master's he holds counts.
func TestVerdictMPAManagerIsNotSentToSocialWorkSchool(t *testing.T) {
	p, _, text := sections(t, "mpa-manager")
	mustSay(t, text, "where the post requires one", "Most director posts do not")
	for _, c := range p.Checks {
		if c.ID == "director-masters" && !c.Met {
			t.Errorf("his MPA does not count as the master's: %s", c.Reason)
		}
	}
	if p.Readiness < 85 {
		t.Errorf("readiness %d: a license few director posts need should not weigh this much", p.Readiness)
	}
}

// Questions left blank are not gaps, carry no steps or times, and do not
// pull readiness down; they are listed to answer.
func TestVerdictBlankAnswersAreNotGaps(t *testing.T) {
	p, _, text := sections(t, "partial-skills")
	for _, g := range p.Gaps {
		if g.ID == "supervisor-license" || g.ID == "supervisor-policy" {
			t.Errorf("unanswered %s is a gap: %s", g.ID, g.Reason)
		}
		if g.ID == "supervisor-leadership" {
			t.Errorf("skills she rated above the bar are a gap: %s", g.Reason)
		}
	}
	mustSay(t, text, "Not answered, so not judged", "  - A social work license")
}

// Director pay is shown only to those it concerns: the person who holds the
// rung, or for whom it is next or open now; not to a student.
func TestVerdictDirectorPayOnlyWhereItConcerns(t *testing.T) {
	for persona, want := range map[string]bool{
		"student-no-degree": false, "case-manager-one-year": false, "frontline-worker-three-years": false,
		"inferred-manager": true, "manager-without-masters": true, "new-director": true,
	} {
		p, _, _ := sections(t, persona)
		if (p.Salary != nil) != want {
			t.Errorf("%s: salary shown %v, want %v", persona, p.Salary != nil, want)
		}
	}
}
