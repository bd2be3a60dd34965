package report

import (
	"fmt"
	"strings"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// Sections is a placement said in words, built once: the results screen, the
// text report and the Markdown plan all render these, so they never say
// different things.
type Sections struct {
	Track string
	// Held says the rung held and how it was found, in one sentence.
	Held   string
	Ladder []LadderRow
	// Qualified says the highest rung whose required rules are met.
	Qualified string
	// Next is the next rung's readiness, requirements and gaps; nil at the top.
	Next *NextRung
	// Road is each rung up to the goal; Goal is the goal's title.
	Road []RoadStop
	Goal string
	// Pay says the pay level or range, one line each, with Dated lines for
	// figures that carry a year and a source.
	Pay       []string
	Strengths []string
	Notes     []string
}

// LadderRow is one rung of the ladder, top first, with its markers.
type LadderRow struct {
	Rung      int
	Title     string
	Held      bool
	Next      bool
	Qualified bool // within the rungs whose required rules are met
	Mark      string
}

// NextRung is the next rung: readiness, what it asks for and what is open.
type NextRung struct {
	Role      string
	Title     string
	Readiness int
	Checks    []CheckLine
	Gaps      []GapLine
}

// CheckLine is one requirement, met or not.
type CheckLine struct {
	ID     string
	Met    bool
	Label  string
	Kind   string // required or strength
	Reason string
}

// GapLine is an unmet requirement with what closes it.
type GapLine struct {
	ID       string
	Label    string
	Kind     string
	Reason   string // what was reported and what the rung asks, in words
	First    []string
	Steps    []StepRef
	Skills   []string // skill names
	Duration string   // "about a year", "" when not known
	Note     string
}

// StepRef names a step by number and title.
type StepRef struct {
	Number int
	Title  string
}

// RoadStop is a rung on the road: readiness, a plain status and the gaps.
type RoadStop struct {
	Role      string
	Title     string
	Readiness int
	Qualified bool
	// Status says how far away the rung is: "you could apply now",
	// "about 3 years", or what the estimate is missing. Never "now" beside
	// a required gap.
	Status string
	Gaps   []GapLine
}

// Build says a placement in words.
func Build(lib *content.Library, p assess.Placement) Sections {
	s := Sections{Track: lib.Track.Name, Held: heldSentence(lib, p), Goal: title(lib, lib.Track.Goal),
		Strengths: p.Strengths, Notes: p.Notes}
	qualified := lib.RoleIndex(p.QualifiedFor)
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		r := lib.Roles[i]
		row := LadderRow{Rung: r.Rung, Title: r.Title, Held: r.ID == p.Current, Next: r.ID == p.Next, Qualified: i <= qualified}
		switch {
		case row.Held:
			row.Mark = "<- you hold this"
		case row.Next:
			row.Mark = fmt.Sprintf("<- next (%d%% ready)", p.Readiness)
		}
		s.Ladder = append(s.Ladder, row)
	}
	if p.QualifiedFor != "" {
		s.Qualified = "You meet every required rule up to " + title(lib, p.QualifiedFor) + "."
	} else {
		s.Qualified = "You do not yet meet the required rules of any rung."
	}
	if p.Next != "" {
		n := &NextRung{Role: p.Next, Title: title(lib, p.Next), Readiness: p.Readiness}
		for _, c := range p.Checks {
			n.Checks = append(n.Checks, CheckLine{ID: c.ID, Met: c.Met, Label: c.Label, Kind: c.Kind, Reason: c.Reason})
		}
		for _, g := range p.Gaps {
			n.Gaps = append(n.Gaps, gapLine(lib, g))
		}
		s.Next = n
	}
	for _, st := range p.Road {
		rs := RoadStop{Role: st.Role, Title: title(lib, st.Role), Readiness: st.Readiness, Qualified: st.Qualified, Status: status(st)}
		for _, g := range st.Gaps {
			rs.Gaps = append(rs.Gaps, gapLine(lib, g))
		}
		s.Road = append(s.Road, rs)
	}
	s.Pay = payLines(lib, p)
	return s
}

func heldSentence(lib *content.Library, p assess.Placement) string {
	switch {
	case p.Current != "" && p.CurrentSource == assess.SourceStated:
		return fmt.Sprintf("You hold %s (you said so).", title(lib, p.Current))
	case p.Current != "":
		return fmt.Sprintf("You hold %s, as far as your answers show: %s.", title(lib, p.Current), p.Evidence)
	case p.CurrentSource == assess.SourceStated:
		return "You hold no rung yet (you said so)."
	}
	return "Your answers do not show which rung you hold."
}

func gapLine(lib *content.Library, c assess.Check) GapLine {
	g := GapLine{ID: c.ID, Label: c.Label, Kind: c.Kind, Reason: c.Reason, Note: oneLine(c.Note)}
	for _, f := range c.First {
		g.First = append(g.First, f.Label)
		g.Steps = appendSteps(lib, g.Steps, f.Steps)
	}
	g.Steps = appendSteps(lib, g.Steps, c.Steps)
	for _, id := range c.Skills {
		g.Skills = append(g.Skills, lib.SkillName(id))
	}
	if c.Answered && c.Months > 0 {
		g.Duration = Duration(c.Months)
	}
	return g
}

func appendSteps(lib *content.Library, out []StepRef, nums []int) []StepRef {
	for _, n := range nums {
		s, ok := lib.Step(n)
		if !ok {
			continue
		}
		dup := false
		for _, r := range out {
			dup = dup || r.Number == n
		}
		if !dup {
			out = append(out, StepRef{Number: n, Title: s.Title})
		}
	}
	return out
}

// status says how far away a rung on the road is.
func status(st assess.Stop) string {
	strengths := 0
	for _, g := range st.Gaps {
		if g.Kind != content.ReqRequired {
			strengths++
		}
	}
	switch {
	case st.Qualified && len(st.Gaps) == 0:
		return "ready: you meet everything it asks"
	case st.Qualified:
		return "you could apply now; " + count(strengths, "strength", "strengths") + " to build"
	case !st.Known:
		return "not estimated: answer " + quoteList(st.Unknown)
	}
	return Duration(max(st.Months, 1)) + "; " + count(len(st.Gaps), "gap", "gaps") + " open"
}

func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", strings.ToLower(s))
	}
	switch len(q) {
	case 0:
		return "the missing questions"
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// payLines says the pay level of the banded rung and the pay ranges of the
// rungs held and next, each with its date and source.
func payLines(lib *content.Library, p assess.Placement) []string {
	var out []string
	if s := p.Salary; s != nil {
		band := fmt.Sprintf("%s a %s", Money(s.Currency, s.Min, s.Max, s.OpenEnded), s.Period)
		role := title(lib, lib.Salary.Role)
		switch {
		case s.Held && s.YearsKnown:
			out = append(out, fmt.Sprintf("Your pay level: %s, %s (placed by your %s in the job).", s.Name, band, yearsWords(s.Years)))
		case s.Held:
			out = append(out, fmt.Sprintf("Your pay level: %s, %s (the first level; say how long you have been in the job to place it).", s.Name, band))
		default:
			out = append(out, fmt.Sprintf("As a new %s you would start at %s: %s.", role, s.Name, band))
		}
		if s.Held && s.NextName != "" {
			line := "Next level: " + s.NextName + "."
			if s.Next != "" {
				line += " " + oneLine(s.Next)
			}
			out = append(out, line)
		}
	}
	for _, l := range p.Pay {
		which := "next rung"
		if l.Role == p.Current {
			which = "your rung"
		}
		out = append(out, fmt.Sprintf("%s (%s): %s a %s, as of %s (%s).", title(lib, l.Role), which,
			Money(l.Currency, l.Min, l.Max, false), l.Period, l.AsOf, oneLine(l.Source)))
	}
	if len(p.Pay) > 0 && lib.Pay != nil {
		out = append(out, oneLine(lib.Pay.Note))
	}
	return out
}

func yearsWords(y float64) string {
	if y == 1 {
		return "1 year"
	}
	return content.FormatNumber(y) + " years"
}
