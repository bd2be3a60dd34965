package report

import (
	"fmt"

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
}

// Next decides the next action from the latest placement (nil when the
// person has not assessed themselves), the roadmap's ticked actions (keyed
// "stepID/actionID") and the number of cards due now.
func Next(lib *content.Library, p *assess.Placement, ticks map[string]bool, due int) NextAction {
	if p != nil {
		for _, g := range p.Gaps {
			steps := g.Steps
			for _, f := range g.First {
				steps = append(append([]int{}, f.Steps...), steps...)
			}
			for _, n := range steps {
				st, ok := lib.Step(n)
				if !ok {
					continue
				}
				for _, a := range st.Actions {
					if !ticks[st.ID+"/"+a.ID] {
						return NextAction{Kind: NextStep, Step: n, Action: a.ID,
							Text: fmt.Sprintf("Step %d: %s", n, oneLine(a.Text))}
					}
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
