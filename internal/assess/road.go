package assess

import (
	"fmt"
	"math"
	"slices"

	"github.com/rung-career/rung/internal/content"
)

// road estimates each rung from the next one up to the track's goal. A
// rung's estimate from today is the longer of the time to close its own
// required gaps and the estimate of the rung below plus the time people
// usually spend there (typical_years; for the rung held, what is left of it
// after the years already in it). The next rung, when its rules are met, is
// open now; a rung further up whose rules are met on paper still comes, by
// the usual route, after the time on the rung below: people take the rungs
// one at a time, and a panel two rungs up wants that experience. So the
// road never gets shorter as it climbs. Where a required
// answer is missing, the estimate is unknown and says which.
func road(lib *content.Library, a Answers, checks [][]Check, cur int) []Stop {
	goal := lib.RoleIndex(lib.Track.Goal)
	if goal < 0 {
		goal = len(lib.Roles) - 1
	}
	var out []Stop
	prev := Stop{Known: true}
	for i := cur + 1; i <= goal; i++ {
		cs := checks[i]
		st := Stop{Role: lib.Roles[i].ID, Qualified: requiredMet(cs), Readiness: readiness(cs), Gaps: gaps(cs),
			Unanswered: len(unanswered(cs)), Known: true}
		stay, stayKnown, why := stayBelow(lib, a, i, cur)
		switch {
		case st.Qualified && (i == cur+1 || cur < 0 && prev.Months == 0):
			// The next rung, its rules met: open now. Someone who holds no
			// rung yet can start on any rung whose rules they meet (a
			// graduate can start as a case manager).
		case st.Qualified:
			// Its rules are met on paper, but people take the rungs one at a
			// time: the usual route comes after the time on the rung below.
			st.Months, st.Stay = prev.Months+stay, stay
			st.Known = stayKnown && prev.Known
			st.Unknown = prev.Unknown
		default:
			gm, gk, unknown := gapMonths(lib, required(cs))
			st.GapMonths, st.Stay = gm, stay
			st.Months = max(gm, prev.Months+stay)
			st.Known = gk && stayKnown && prev.Known
			st.Unknown = union(prev.Unknown, unknown)
		}
		if !stayKnown && !(st.Qualified && i == cur+1) {
			st.Unknown = union(st.Unknown, []string{why})
		}
		out = append(out, st)
		prev = st
	}
	return out
}

// stayBelow is the usual time, in months, on the rung below rung i before
// moving up to it. For the rung held, it is what is left after the years
// already spent in it: the years in the role, or the rung's stand-in for
// them (years supervising, for a supervisor); when neither is known, the
// whole usual time, and a note says so.
func stayBelow(lib *content.Library, a Answers, i, cur int) (months int, known bool, why string) {
	if i == 0 {
		return 0, true, ""
	}
	below := lib.Roles[i-1]
	rule, ok := lib.RungRule(below.ID)
	if !ok || rule.TypicalYears == nil {
		return 0, false, fmt.Sprintf("the usual time as %s (the track does not give it)", below.ShortName())
	}
	typical := *rule.TypicalYears
	if i-1 == cur {
		if spent, ok := yearsOnRung(lib, a, cur); ok {
			typical = math.Max(0, typical-spent)
		}
	}
	return int(math.Round(typical * 12)), true, ""
}

// yearsOnRung is how long the person has held rung cur: the years in the
// role they gave, or the rung's stand-in for them.
func yearsOnRung(lib *content.Library, a Answers, cur int) (float64, bool) {
	if key := inRoleKey(lib); key != "" && a.Has(key) {
		return a.Number(key), true
	}
	if rule, ok := lib.RungRule(lib.Roles[cur].ID); ok && rule.YearsFrom != "" && a.Has(rule.YearsFrom) {
		return a.Number(rule.YearsFrom), true
	}
	return 0, false
}

func inRoleKey(lib *content.Library) string {
	if f, ok := lib.FactOfKind(content.FactRole); ok {
		return f.InRole
	}
	return ""
}

// gapMonths is the time to close a rung's required gaps: they close in
// parallel, so the longest sets the pace. A gap whose answer is missing
// makes the time unknown; unknown names those answers.
func gapMonths(lib *content.Library, gs []Check) (months int, known bool, unknown []string) {
	known = true
	for _, g := range gs {
		if g.Met {
			continue
		}
		if !g.Answered {
			known = false
			if f, ok := lib.Fact(g.Fact); ok {
				unknown = union(unknown, []string{f.Label})
			}
			continue
		}
		months = max(months, g.Months)
	}
	return months, known, unknown
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
