package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// WriteText writes the placement for a terminal: a small ladder with the rung
// held and the next, readiness, every requirement of the next rung, the gaps
// with their steps, the road to the top, pay and notes.
func WriteText(w io.Writer, lib *content.Library, p assess.Placement) error {
	s := Build(lib, p)
	ew := &errWriter{w: w}
	ew.printf("%s: where you stand\n\n", s.Track)
	width := 0
	for _, r := range s.Ladder {
		width = max(width, len(r.Title))
	}
	for _, r := range s.Ladder {
		ew.printf("%s\n", strings.TrimRight(fmt.Sprintf("  %d  %-*s  %s", r.Rung, width, r.Title, r.Mark), " "))
	}
	ew.printf("\n%s\n", s.Held)
	for _, u := range s.Urgent {
		ew.printf("\nCheck first: %s\n", u)
	}
	if len(s.Urgent) > 0 {
		ew.printf("\nWhat follows assumes you have put that right first.\n")
	}
	ew.printf("\n%s\n", s.Qualified)
	if n := s.Next; n == nil {
		ew.printf("\nYou are at the top of the ladder.\n")
	} else {
		ew.printf("\nReadiness for %s: %d%% %s%s\n", n.Title, n.Readiness, Bar(n.Readiness, 20), judgedOn(n))
		writeRungText(ew, n, "Gaps, most important first:")
	}
	if f := s.Further; f != nil {
		ew.printf("\nYou meet everything %s asks for. Looking further, %s:\n", s.Next.Title, f.Title)
		writeRungText(ew, f, "Its gaps, most important first:")
	}
	if len(s.Road) > 0 {
		ew.printf("\nThe road to %s (rough, from today's answers; each rung adds the usual time on the one below):\n", s.Goal)
		rw := 0
		for _, st := range s.Road {
			rw = max(rw, len(st.Title))
		}
		for _, st := range s.Road {
			ew.printf("  %-*s  %s\n", rw, st.Title, st.Status)
		}
	}
	if len(s.Pay) > 0 {
		ew.printf("\nPay:\n")
		for _, l := range s.Pay {
			ew.printf("  %s\n", l)
		}
	}
	for _, n := range s.Notes {
		ew.printf("\nNote: %s\n", n)
	}
	return ew.err
}

// writeRungText writes what a rung asks for, its gaps and what could not be
// judged.
func writeRungText(ew *errWriter, n *NextRung, gapsHead string) {
	ew.printf("\nWhat %s asks for:\n", n.Title)
	for _, c := range n.Checks {
		mark := "[x]"
		switch {
		case !c.Answered:
			mark = "[?]"
		case !c.Met:
			mark = "[ ]"
		}
		ew.printf("  %s %s (%s): %s\n", mark, c.Label, KindWords(c.Kind), c.Reason)
	}
	if len(n.Gaps) > 0 {
		ew.printf("\n%s\n", gapsHead)
		for i, g := range n.Gaps {
			writeGapText(ew, i+1, g)
		}
	}
	if len(n.Unanswered) > 0 {
		ew.printf("\nNot answered, so not judged (answer these to include them):\n")
		for _, c := range n.Unanswered {
			ew.printf("  - %s\n", c.Label)
		}
	}
}

func writeGapText(ew *errWriter, n int, g GapLine) {
	ew.printf("  %d. %s (%s)\n", n, g.Label, KindWords(g.Kind))
	ew.printf("     %s\n", capitalize(g.Reason)+".")
	if len(g.First) > 0 {
		ew.printf("     first: %s\n", strings.Join(g.First, "; "))
	}
	if len(g.Steps) > 0 {
		ew.printf("     steps: %s\n", stepRefs(g.Steps))
	}
	if len(g.Skills) > 0 {
		ew.printf("     skills: %s\n", strings.Join(g.Skills, ", "))
	}
	if g.Duration != "" {
		ew.printf("     rough time to close: %s\n", g.Duration)
	}
	if g.Note != "" {
		ew.printf("     %s\n", g.Note)
	}
}

func stepRefs(steps []StepRef) string {
	parts := make([]string, len(steps))
	for i, s := range steps {
		parts[i] = fmt.Sprintf("%d (%s)", s.Number, s.Title)
	}
	return strings.Join(parts, ", ")
}

// Plan is the Markdown personal development plan: where you stand,
// strengths, what the next rung asks, each gap with its steps and their
// actions, every rung on the road with its gaps, and pay. name may be empty;
// now dates the plan.
func Plan(lib *content.Library, p assess.Placement, name string, now time.Time) string {
	s := Build(lib, p)
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	heading := "Personal development plan"
	if name != "" {
		heading += ": " + name
	}
	pf("# %s\n\n", heading)
	pf("*%s track, %s. Made with rung from a self-assessment; the thresholds are the track's, "+
		"and an employer's own job description always wins.*\n\n", s.Track, now.Format("January 2, 2006"))

	pf("## Where I stand\n\n%s\n\n", s.Held)
	for _, u := range s.Urgent {
		pf("**Check first:** %s\n\n", u)
	}
	pf("%s\n\n", s.Qualified)
	if s.Next != nil {
		pf("Next rung: **%s**, %d%% ready.\n\n", s.Next.Title, s.Next.Readiness)
	} else {
		pf("I am at the top of the ladder.\n\n")
	}
	for _, n := range s.Notes {
		pf("> %s\n\n", n)
	}
	if len(s.Strengths) > 0 {
		pf("## Strengths\n\n")
		for _, st := range s.Strengths {
			pf("- %s\n", st)
		}
		pf("\n")
	}
	if n := s.Next; n != nil {
		pf("## What %s asks for\n\n", n.Title)
		for _, c := range n.Checks {
			mark := "met"
			if !c.Met {
				mark = "**open**"
			}
			if !c.Answered {
				mark = "not answered"
			}
			pf("- %s (%s): %s. %s.\n", c.Label, KindWords(c.Kind), mark, capitalize(c.Reason))
		}
		pf("\n")
		seen := map[int]bool{}
		if len(n.Gaps) > 0 {
			pf("## Gaps and the steps that close them\n\n")
			for i, g := range n.Gaps {
				planGap(&b, lib, fmt.Sprintf("### %d. %s", i+1, g.Label), g, seen)
			}
		}
		if len(n.Unanswered) > 0 {
			pf("## Not answered\n\nThese could not be judged; answer them for a fuller plan.\n\n")
			for _, c := range n.Unanswered {
				pf("- %s\n", c.Label)
			}
			pf("\n")
		}
		if f := s.Further; f != nil && len(f.Gaps) > 0 {
			pf("## Looking further: %s\n\nI meet everything %s asks for; these are the gaps for %s.\n\n", f.Title, n.Title, f.Title)
			for i, g := range f.Gaps {
				planGap(&b, lib, fmt.Sprintf("### %d. %s", i+1, g.Label), g, seen)
			}
		}
	}
	planRoad(&b, s)
	if len(s.Pay) > 0 {
		pf("## Pay\n\n")
		for _, l := range s.Pay {
			pf("- %s\n", l)
		}
		pf("\n")
	} else if lib.Salary != nil && len(lib.Salary.Levels) > 0 {
		first, last := lib.Salary.Levels[0], lib.Salary.Levels[len(lib.Salary.Levels)-1]
		pf("## Pay at the top\n\n%s pay runs from %s (%s) to %s (%s) a %s.\n\n", title(lib, lib.Salary.Role),
			Money(lib.Salary.Currency, first.Min, first.Max, first.OpenEnded), first.Name,
			Money(lib.Salary.Currency, last.Min, last.Max, last.OpenEnded), last.Name, lib.Salary.Period)
	}
	return b.String()
}

// planRoad writes the road: a table of how far each rung is, then the open
// gaps of every rung beyond the next.
func planRoad(b *strings.Builder, s Sections) {
	if len(s.Road) == 0 {
		return
	}
	pf := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	pf("## The road to %s\n\n", s.Goal)
	pf("Rough, from today's answers; each rung adds the usual time on the one below.\n\n")
	pf("| Rung | How far |\n|---|---|\n")
	for _, st := range s.Road {
		pf("| %s | %s |\n", st.Title, st.Status)
	}
	pf("\n")
	for _, st := range s.Road {
		if s.Next != nil && st.Role == s.Next.Role || len(st.Gaps) == 0 {
			continue
		}
		pf("### %s: open gaps\n\n", st.Title)
		for _, g := range st.Gaps {
			pf("- **%s** (%s). %s.", g.Label, KindWords(g.Kind), capitalize(g.Reason))
			if len(g.Steps) > 0 {
				pf(" Steps: %s.", stepRefs(g.Steps))
			}
			pf("\n")
		}
		pf("\n")
	}
}

// planGap writes one gap of the next rung with its steps and their actions;
// a step already written is referred to instead of repeated.
func planGap(b *strings.Builder, lib *content.Library, heading string, g GapLine, seen map[int]bool) {
	pf := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	pf("%s\n\n%s.", heading, capitalize(g.Reason))
	if g.Duration != "" {
		pf(" Rough time to close: %s.", g.Duration)
	}
	pf("\n\n")
	if g.Note != "" {
		pf("*%s*\n\n", g.Note)
	}
	for _, ref := range g.Steps {
		st, ok := lib.Step(ref.Number)
		if !ok {
			continue
		}
		if seen[ref.Number] {
			pf("Step %d, %s: see above.\n\n", ref.Number, st.Title)
			continue
		}
		seen[ref.Number] = true
		pf("**Step %d: %s.** %s\n\n", ref.Number, st.Title, oneLine(st.Summary))
		for _, a := range st.Actions {
			pf("- [ ] %s\n", oneLine(a.Text))
		}
		pf("\n")
	}
	if len(g.Skills) > 0 {
		pf("Skills to build: %s.\n\n", strings.Join(g.Skills, ", "))
	}
}

// judgedOn says how much of a rung readiness was judged on, when answers
// are missing: "(judged on 4 of 7; 3 not answered)".
func judgedOn(n *NextRung) string {
	if len(n.Unanswered) == 0 {
		return ""
	}
	return fmt.Sprintf(" (judged on %d of %d; %d not answered)", len(n.Checks)-len(n.Unanswered), len(n.Checks), len(n.Unanswered))
}
