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
	// Further is the first rung beyond Next with gaps, when Next has none:
	// someone ready for the next rung still sees what to work on.
	Further *NextRung
	// Road is each rung up to the goal; Goal is the goal's title.
	Road []RoadStop
	Goal string
	// Pay says the pay level or range, one line each, with Dated lines for
	// figures that carry a year and a source.
	Pay       []string
	Strengths []string
	Notes     []string
	// Urgent are what to deal with before anything else (practicing
	// unregistered), said right after where you stand.
	Urgent []string
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
	// Unanswered are requirements that could not be judged: no steps, no
	// time, just the question to answer.
	Unanswered []CheckLine
}

// CheckLine is one requirement, met or not.
type CheckLine struct {
	ID       string
	Met      bool
	Answered bool
	Label    string
	Kind     string // required or strength
	Reason   string
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
		Strengths: p.Strengths, Notes: p.Notes, Urgent: p.Urgent}
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		r := lib.Roles[i]
		row := LadderRow{Rung: r.Rung, Title: r.Title, Held: r.ID == p.Current, Next: r.ID == p.Next, Qualified: requiredMet(p.RungChecks[r.ID])}
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
		for i := 0; i < lib.RoleIndex(p.QualifiedFor); i++ {
			if !requiredMet(p.RungChecks[lib.Roles[i].ID]) {
				s.Qualified = "You meet every rule " + title(lib, p.QualifiedFor) + " requires, though not every rule of the rungs below it."
				break
			}
		}
	} else {
		s.Qualified = "You do not yet meet the required rules of any rung."
	}
	if p.Next != "" {
		s.Next = rungSection(lib, p.Next, p.Readiness, p.Checks)
		if len(s.Next.Gaps) == 0 && len(s.Next.Unanswered) < len(s.Next.Checks) && len(p.Road) > 1 {
			// The rung after the next, never further: the one to work on.
			st := p.Road[1]
			if len(st.Gaps) > 0 || st.Unanswered > 0 {
				s.Further = rungSection(lib, st.Role, st.Readiness, p.RungChecks[st.Role])
			}
		}
	}
	for _, st := range p.Road {
		rs := RoadStop{Role: st.Role, Title: title(lib, st.Role), Readiness: st.Readiness, Qualified: st.Qualified,
			Status: status(lib, st, st.Role == p.Next)}
		for _, g := range st.Gaps {
			rs.Gaps = append(rs.Gaps, gapLine(lib, g))
		}
		s.Road = append(s.Road, rs)
	}
	s.Pay = payLines(lib, p)
	return s
}

// rungSection says one rung's requirements: each check, the gaps most
// important first, and what could not be judged.
func rungSection(lib *content.Library, role string, readiness int, checks []assess.Check) *NextRung {
	n := &NextRung{Role: role, Title: title(lib, role), Readiness: readiness}
	var open []assess.Check
	for _, c := range checks {
		line := CheckLine{ID: c.ID, Met: c.Met, Answered: c.Answered, Label: c.Label, Kind: c.Kind, Reason: c.Reason}
		n.Checks = append(n.Checks, line)
		switch {
		case !c.Answered:
			n.Unanswered = append(n.Unanswered, line)
		case !c.Met:
			open = append(open, c)
		}
	}
	for _, g := range assess.SortGaps(open) {
		n.Gaps = append(n.Gaps, gapLine(lib, g))
	}
	return n
}

func heldSentence(lib *content.Library, p assess.Placement) string {
	switch {
	case p.Current != "" && p.CurrentSource == assess.SourceStated:
		return fmt.Sprintf("You hold %s, as you said.", title(lib, p.Current))
	case p.Current != "":
		return fmt.Sprintf("You hold %s, as far as your answers show: %s.", title(lib, p.Current), p.Evidence)
	case p.CurrentSource == assess.SourceStated:
		return "You hold no rung yet, as you said."
	}
	return "Your answers do not show which rung you hold."
}

func gapLine(lib *content.Library, c assess.Check) GapLine {
	g := GapLine{ID: c.ID, Label: c.Label, Kind: c.Kind, Reason: c.Reason, Note: oneLine(c.Note)}
	if c.Warn {
		g.Note = "" // said among the notes, where it cannot be missed
	}
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

// status says how far away a rung on the road is, and why: the required
// rules still open, by name, or the usual time on the rung below when that
// sets the pace. Only the next rung is ever "ready"; a rung further up whose
// rules are met is met "on paper", with the usual route's time.
func status(lib *content.Library, st assess.Stop, next bool) string {
	var req, strengths []string
	for _, g := range st.Gaps {
		if g.Kind == content.ReqRequired {
			req = append(req, lowerFirst(g.Label))
		} else {
			strengths = append(strengths, lowerFirst(g.Label))
		}
	}
	unrated := ""
	if st.Unanswered > 0 {
		unrated = fmt.Sprintf("; %s it looks for not answered", count(st.Unanswered, "thing", "things"))
		if st.Qualified && next && len(st.Gaps) == 0 {
			unrated = fmt.Sprintf("; %s it looks for not answered yet", count(st.Unanswered, "thing", "things"))
		}
	}
	below := ""
	if i := lib.RoleIndex(st.Role); i > 0 {
		below = lib.Roles[i-1].ShortName()
	}
	switch {
	case !st.Known:
		return "not estimated: answer " + quoteList(st.Unknown)
	case st.Qualified && next && len(st.Gaps) == 0 && st.Unanswered == 0:
		return "ready: you meet everything it asks"
	case st.Qualified && next && len(strengths) == 0:
		return "you could apply now" + unrated
	case st.Qualified && next:
		return "you could apply now; " + count(len(strengths), "strength", "strengths") + " it looks for still to build" + unrated
	case st.Qualified:
		return fmt.Sprintf("you meet its rules on paper now; by the usual route %s, after the time as %s", Duration(max(st.Months, 1)), below)
	case len(req) == 0 || st.Stay > 0 && st.Months > st.GapMonths:
		d := Duration(max(st.Months, 1)) + ", the usual time as " + below + " first"
		if len(req) > 0 {
			d += fmt.Sprintf(" (its own rules: %s)", Duration(max(st.GapMonths, 1)))
		}
		return d
	}
	return Duration(max(st.Months, 1)) + "; needs " + joinAnd(req)
}

func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " and " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// KindWords says a requirement's kind for people: "required" or "looked for".
func KindWords(kind string) string {
	if kind == content.ReqRequired {
		return "required"
	}
	return "looked for"
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
// rungs held and next, each with its date and source, and what they depend on.
func payLines(lib *content.Library, p assess.Placement) []string {
	var out []string
	if s := p.Salary; s != nil {
		band := fmt.Sprintf("%s a %s", Money(s.Currency, s.Min, s.Max, s.OpenEnded), s.Period)
		role := title(lib, lib.Salary.Role)
		years := ""
		if f, ok := lib.Fact(lib.Salary.YearsFact); ok {
			years = strings.ToLower(f.Label)
		}
		switch {
		case s.Held && s.YearsKnown:
			out = append(out, fmt.Sprintf("Your pay level: %s, %s, placed by your %s (%s).", s.Name, band, years, yearsWords(s.Years)))
		case s.Held:
			out = append(out, fmt.Sprintf("Your pay level: %s, %s: the first level, because %s was not answered.", s.Name, band, years))
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
		if lib.Salary.Note != "" {
			out = append(out, oneLine(lib.Salary.Note))
		}
	}
	if lib.Pay == nil {
		return out
	}
	for _, role := range []string{p.Current, p.Next} {
		if role == "" {
			continue
		}
		which := "next rung"
		if role == p.Current {
			which = "your rung"
		}
		l, ok := lib.PayFor(role)
		if !ok {
			out = append(out, fmt.Sprintf("%s (%s): no public figure in this track's sources.", title(lib, role), which))
			continue
		}
		out = append(out, fmt.Sprintf("%s (%s): %s a %s, as of %s (%s).", title(lib, role), which,
			Money(lib.Pay.Currency, l.Min, l.Max, false), lib.Pay.Period, l.AsOf, oneLine(l.Source)))
	}
	if p.Current != "" || p.Next != "" {
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

func requiredMet(cs []assess.Check) bool {
	for _, c := range cs {
		if c.Kind == content.ReqRequired && !c.Met {
			return false
		}
	}
	return true
}
