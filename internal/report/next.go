package report

import (
	"fmt"
	"slices"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// What a next action points at.
const (
	NextAssess = "assess" // take the self-assessment
	NextStep   = "step"   // tick an action of a roadmap step
	NextCards  = "cards"  // review the flashcards due
	NextNone   = ""       // nothing to suggest
)

// NextAction is the one thing to do next, for home and the roadmap: the
// first unticked action of a step that closes the top gap, else the cards
// due, else the self-assessment when there is none.
type NextAction struct {
	Kind   string
	Text   string // "Step 5: Ask your manager to walk you through your program's budget"
	Step   int    // for NextStep
	Action string // the action id, for NextStep
	Gap    string // for NextStep: the label of the gap (or of its prerequisite) the step closes
}

// Next decides the next action from the latest placement (nil when the
// person has not assessed themselves), the roadmap's ticked actions (keyed
// "stepID/actionID") and the number of cards due now. The gaps are taken
// most important first, and a gap's prerequisites before the gap; when
// every action of their steps is ticked, the cards due come next.
func Next(lib *content.Library, p *assess.Placement, ticks map[string]bool, due int) NextAction {
	if p != nil {
		for _, gs := range gapSteps(p) {
			st, ok := lib.Step(gs.step)
			if !ok {
				continue
			}
			for _, a := range st.Actions {
				if !ticks[st.ID+"/"+a.ID] {
					return NextAction{Kind: NextStep, Step: gs.step, Action: a.ID, Gap: gs.label,
						Text: fmt.Sprintf("Step %d: %s", gs.step, oneLine(a.Text))}
				}
			}
		}
	}
	switch {
	case due == 1:
		return NextAction{Kind: NextCards, Text: "Review the 1 interview card due"}
	case due > 1:
		return NextAction{Kind: NextCards, Text: fmt.Sprintf("Review the %d interview cards due", due)}
	case p == nil:
		return NextAction{Kind: NextAssess, Text: "Take the self-assessment to see where you stand"}
	}
	return NextAction{}
}

// gapStep is a step that closes a gap, with the gap's label.
type gapStep struct {
	step  int
	label string
}

// gapSteps are the steps that close the placement's gaps, in the order to
// take them: gap by gap, most important first, a gap's prerequisites'
// steps before its own. A step may come more than once.
func gapSteps(p *assess.Placement) []gapStep {
	var out []gapStep
	for _, g := range p.Gaps {
		for _, f := range g.First {
			for _, n := range f.Steps {
				out = append(out, gapStep{n, oneLine(f.Label)})
			}
		}
		for _, n := range g.Steps {
			out = append(out, gapStep{n, oneLine(g.Label)})
		}
	}
	return out
}

// GapSteps maps each step that closes one of the placement's gaps (or a
// prerequisite of one) to the labels of the gaps it closes, in the order
// of the gaps; nil without a placement.
func GapSteps(p *assess.Placement) map[int][]string {
	if p == nil {
		return nil
	}
	out := map[int][]string{}
	for _, gs := range gapSteps(p) {
		if !slices.Contains(out[gs.step], gs.label) {
			out[gs.step] = append(out[gs.step], gs.label)
		}
	}
	return out
}
