package report_test

import (
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
)

// TestNextAction: the next action from a placement, the roadmap's ticks
// and the cards due.
func TestNextAction(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	step := func(n int) *content.Step {
		st, ok := lib.Step(n)
		if !ok {
			t.Fatalf("no step %d", n)
		}
		return st
	}
	// all ticks every action of the steps given.
	all := func(ns ...int) map[string]bool {
		out := map[string]bool{}
		for _, n := range ns {
			for _, a := range step(n).Actions {
				out[step(n).ID+"/"+a.ID] = true
			}
		}
		return out
	}
	placed := func(persona string) *assess.Placement { p, _, _ := sections(t, persona); return &p }
	oneYear := placed("case-manager-one-year") // top gap: years in the field, step 2
	mpa := placed("mpa-manager")               // the license gap waits on a social work degree (step 3)
	top := placed("new-director")              // at the top: no gaps
	if len(top.Gaps) != 0 {
		t.Fatalf("new-director has gaps: %+v", top.Gaps)
	}
	s2 := step(2)
	for _, c := range []struct {
		name   string
		p      *assess.Placement
		ticks  map[string]bool
		due    int
		kind   string
		step   int
		action string
		text   string // the start of the text
	}{
		{"nothing known", nil, nil, 0, report.NextAssess, 0, "", "Take the self-assessment"},
		{"cards before the assessment", nil, nil, 3, report.NextCards, 0, "", "Review the 3 interview cards due"},
		{"one card", nil, nil, 1, report.NextCards, 0, "", "Review the 1 interview card due"},
		{"top gap's step first", oneYear, nil, 5, report.NextStep, 2, s2.Actions[0].ID, "Step 2: " + strings.Fields(s2.Actions[0].Text)[0]},
		{"a tick moves on", oneYear, map[string]bool{s2.ID + "/" + s2.Actions[0].ID: true}, 5, report.NextStep, 2, s2.Actions[1].ID, "Step 2: "},
		{"a prerequisite first", mpa, nil, 0, report.NextStep, 3, step(3).Actions[0].ID, "Step 3: "},
		{"every gap's steps ticked: the cards", oneYear, all(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 2, report.NextCards, 0, "", "Review the 2"},
		{"every step ticked, nothing due", oneYear, all(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0, report.NextNone, 0, "", ""},
		{"at the top, nothing due", top, nil, 0, report.NextNone, 0, "", ""},
		{"at the top, cards due", top, nil, 4, report.NextCards, 0, "", "Review the 4"},
	} {
		n := report.Next(lib, c.p, c.ticks, c.due)
		if n.Kind != c.kind || n.Step != c.step || n.Action != c.action || !strings.HasPrefix(n.Text, c.text) {
			t.Errorf("%s: got %+v, want kind %q step %d action %q text %q…", c.name, n, c.kind, c.step, c.action, c.text)
		}
		if n.Kind == report.NextStep && n.Gap == "" {
			t.Errorf("%s: no gap named: %+v", c.name, n)
		}
		if c.text == "" && n.Text != "" {
			t.Errorf("%s: text %q, want none", c.name, n.Text)
		}
	}
}

// TestGapSteps: the steps that close a placement's gaps, each with the
// gaps it closes.
func TestGapSteps(t *testing.T) {
	if report.GapSteps(nil) != nil {
		t.Error("GapSteps(nil) is not nil")
	}
	for _, c := range []struct {
		name string
		p    assess.Placement
		want map[int]string // step: labels joined by "|"
	}{
		{"no gaps", assess.Placement{}, map[int]string{}},
		{"steps of two gaps, one shared",
			assess.Placement{Gaps: []assess.Check{{Label: "Years", Steps: []int{2, 8}}, {Label: "Skills", Steps: []int{8, 9}}}},
			map[int]string{2: "Years", 8: "Years|Skills", 9: "Skills"}},
		{"a prerequisite's steps",
			assess.Placement{Gaps: []assess.Check{{Label: "License", Steps: []int{5},
				First: []assess.First{{Label: "A social work degree", Steps: []int{3}}}}}},
			map[int]string{3: "A social work degree", 5: "License"}},
		{"a label said twice counts once",
			assess.Placement{Gaps: []assess.Check{{Label: "Years", Steps: []int{2, 2}}}},
			map[int]string{2: "Years"}},
	} {
		got := report.GapSteps(&c.p)
		if len(got) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
			continue
		}
		for n, labels := range c.want {
			if g := strings.Join(got[n], "|"); g != labels {
				t.Errorf("%s: step %d closes %q, want %q", c.name, n, g, labels)
			}
		}
	}
}
