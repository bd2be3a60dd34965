package assess

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// How the rung held was found.
const (
	SourceStated   = "stated"   // the person said (current_role, none included)
	SourceInferred = "inferred" // from held_when evidence, or nothing when none holds
)

// Placement is where a person stands on the ladder and what comes next.
type Placement struct {
	// Current is the id of the rung the person holds, "" for none.
	Current string
	// CurrentSource is SourceStated or SourceInferred.
	CurrentSource string
	// Evidence is what showed an inferred rung ("people report to you"), and
	// EvidenceNote what the track says the answers cannot show.
	Evidence     string
	EvidenceNote string
	// Next is the rung above Current, "" at the top.
	Next string
	// QualifiedFor is the highest rung whose required rules all hold; it may
	// be above or below Current.
	QualifiedFor string
	// Readiness for Next, 0..100.
	Readiness int
	// Checks explains every requirement of Next: met or not, and why.
	Checks []Check
	// Gaps are the unmet requirements of Next, most important first. A
	// requirement whose answer is missing is not a gap: it is Unanswered.
	Gaps []Check
	// Unanswered are the requirements of Next that could not be judged
	// because their answer is missing; they do not count in Readiness.
	Unanswered []Check
	// Assumed names the facts taken at a stated value because they were not
	// answered (years supervising as 0), as labels.
	Assumed []string
	// Unmet are the required rules of the rung held that are not met (a
	// supervisor without the degree supervisors are usually hired with).
	Unmet []Check
	// RungChecks are the checks of every rung, by role id, so a ladder can
	// mark what a person meets on any rung.
	RungChecks map[string][]Check
	// Strengths are the met requirements of Next and the skills rated 4 or 5.
	Strengths []string
	// Road is each rung from Next up to the track's goal.
	Road []Stop
	// Salary places a person among the salary levels of the banded rung.
	Salary *SalaryPlacement
	// Pay is the pay range of the rung held and of the next one, where the
	// track gives one.
	Pay []PayLine
	// UniformRatings is true when every rated skill got the same rating, so
	// the ratings may not tell strengths from gaps.
	UniformRatings bool
	// Notes are plain-language remarks on the result.
	Notes []string
	// Urgent are what the track says to deal with before anything else: a
	// rule of the rung held whose absence is against the law, say.
	Urgent []string
}

// Check is one requirement evaluated against the answers.
type Check struct {
	ID     string
	Label  string
	Role   string
	Fact   string // the fact the rule reads
	Kind   string // required or strength
	Weight float64
	Met    bool
	// Answered is false when the fact the rule reads was not answered (or,
	// for skills, none of its skills was rated).
	Answered bool
	// Credit is the share of the requirement met, 0..1 (partial for numbers
	// and ratings part-way to the threshold).
	Credit float64
	Have   string // what the person reported, in words
	Need   string // what the rung asks, in words
	Reason string // "you reported 3 years in social services; Supervisor requires 4 years ..."
	Steps  []int
	Skills []string
	// Warn says the note belongs among the placement's notes when open.
	Warn bool
	// HeldWithout is the track's word to someone who holds the rung without
	// meeting this rule, if it has one.
	HeldWithout string
	// First are the prerequisites that do not hold yet: they come before
	// this gap can close, and their months are part of Months.
	First []First
	// Months is a rough time to close the gap, when unmet and answered.
	Months int
	Note   string
}

// First is a prerequisite still to meet before a gap can close.
type First struct {
	Label  string
	Steps  []int
	Months int
}

// Stop is one rung on the road to the top.
type Stop struct {
	Role string
	// Qualified is true when every required rule holds: a person could
	// apply for the rung now.
	Qualified bool
	Readiness int
	Gaps      []Check
	// Months is a rough time from today to qualifying for this rung, and to
	// the usual time on the rungs below it; it never decreases up the road.
	// It is meaningful only when Known.
	Months int
	Known  bool
	// GapMonths is the time to close the rung's own required gaps, and Stay
	// the usual time on the rung below still to come; Months is the later
	// of GapMonths and the rung below's estimate plus Stay.
	GapMonths, Stay int
	// Unanswered counts the requirements that could not be judged.
	Unanswered int
	// Unknown names the answers the estimate would need (fact labels).
	Unknown []string
}

// SalaryPlacement places a person among the salary levels of the banded rung.
type SalaryPlacement struct {
	Level     string // level id
	Name      string
	Min, Max  int
	OpenEnded bool
	Currency  string
	Period    string
	NextLevel string // "" at the top
	NextName  string
	Next      string // what moving up takes
	// Held is true for a person who holds the rung, placed by Years; false
	// for anyone else, who is shown the level a newcomer starts at.
	Held bool
	// Years is the value of the salary's years fact, when known.
	Years      float64
	YearsKnown bool
}

// PayLine is a rung's pay range as the track gives it, with its date and source.
type PayLine struct {
	Role     string
	Min, Max int
	Currency string
	Period   string
	AsOf     string
	Source   string
}

// RequiredGapCap is the most readiness a person can show for a rung while one
// of its required rules is open: partial credit on everything else must not
// suggest someone is nearly ready for a job they cannot yet be hired into.
const RequiredGapCap = 80

// Evaluate places a person on the library's ladder. It is pure: the same
// library and answers always give the same placement.
func Evaluate(lib *content.Library, given Answers) Placement {
	a, _ := Effective(lib, given)
	k := known{hidden: hiddenFacts(lib, a), assumed: map[string]bool{}}
	var p Placement
	a, p.Assumed = assume(lib, a, k)
	checks := make([][]Check, len(lib.Roles))
	p.RungChecks = make(map[string][]Check, len(lib.Roles))
	qualified := -1
	for i, r := range lib.Roles {
		checks[i] = checkRole(lib, r, a, k)
		p.RungChecks[r.ID] = checks[i]
		if requiredMet(checks[i]) {
			qualified = i // the highest rung whose required rules all hold
		}
	}
	if qualified >= 0 {
		p.QualifiedFor = lib.Roles[qualified].ID
	}
	cur := p.held(lib, a)
	if cur >= 0 {
		p.Current = lib.Roles[cur].ID
		p.Unmet = required(gaps(checks[cur]))
	}
	if cur+1 < len(lib.Roles) {
		next := lib.Roles[cur+1]
		p.Next = next.ID
		p.Checks = checks[cur+1]
		p.Readiness = readiness(p.Checks)
		p.Gaps = gaps(p.Checks)
		p.Unanswered = unanswered(p.Checks)
	}
	p.Road = road(lib, a, checks, cur)
	p.Strengths = strengths(lib, p.Checks, a)
	p.UniformRatings = uniform(ratings(lib, a))
	p.Salary = placeSalary(lib, p, a)
	p.Pay = payLines(lib, p.Current, p.Next)
	p.Notes = notes(lib, &p, given, a, qualified, cur)
	return p
}

// held finds the rung held: stated, or inferred from held_when evidence as
// the highest rung whose evidence holds. It returns its index or -1.
func (p *Placement) held(lib *content.Library, a Answers) int {
	roleFact, ok := lib.FactOfKind(content.FactRole)
	if ok && a.Has(roleFact.Key) {
		p.CurrentSource = SourceStated
		return lib.RoleIndex(a.Text(roleFact.Key)) // -1 for none
	}
	p.CurrentSource = SourceInferred
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		rule, ok := lib.RungRule(lib.Roles[i].ID)
		if !ok {
			continue
		}
		for _, e := range rule.HeldWhen {
			if a.HoldsAll(lib, e.All) {
				p.Evidence, p.EvidenceNote = e.Label, e.Note
				return i
			}
		}
	}
	return -1
}

func roleTitle(lib *content.Library, id string) string {
	if r, ok := lib.Role(id); ok {
		return r.Title
	}
	return id
}

func requiredMet(cs []Check) bool {
	for _, c := range cs {
		if c.Kind == content.ReqRequired && !c.Met {
			return false
		}
	}
	return true
}

// readiness is the weighted share of a rung's requirements met, with partial
// credit, as a whole percentage, capped at RequiredGapCap while a required
// rule is unmet. Requirements whose answers are missing are left out: they
// are not shortfalls, and Unanswered lists them. A rung with no requirements
// is 100; one whose requirements are all unanswered is 0.
func readiness(cs []Check) int {
	var got, total float64
	answered := 0
	for _, c := range cs {
		if !c.Answered {
			continue
		}
		answered++
		got += c.Weight * c.Credit
		total += c.Weight
	}
	if len(cs) == 0 {
		return 100
	}
	if answered == 0 || total == 0 {
		return 0
	}
	r := int(math.Floor(100*got/total + 1e-9))
	if r == 100 && !allMet(cs) {
		r = 99 // never claim complete readiness with a gap open
	}
	if !requiredMet(cs) {
		r = min(r, RequiredGapCap)
	}
	return max(0, min(100, r))
}

// unanswered are the checks whose answers are missing, in file order.
func unanswered(cs []Check) []Check {
	var out []Check
	for _, c := range cs {
		if !c.Answered {
			out = append(out, c)
		}
	}
	return out
}

// assume fills the facts that declare a value to assume when not answered
// (years supervising: 0), so estimates can go on, and says which.
func assume(lib *content.Library, a Answers, k known) (Answers, []string) {
	var said []string
	cloned := false
	for _, f := range lib.Facts {
		if f.Assume == nil || a.Has(f.Key) || k.hidden[f.Key] {
			continue
		}
		k.assumed[f.Key] = true
		if !cloned {
			a, cloned = a.Clone(), true
		}
		if f.Kind == content.FactBool {
			a.SetBool(f.Key, *f.Assume != 0)
		} else {
			a.SetNumber(f.Key, *f.Assume)
		}
		said = append(said, f.Label)
	}
	return a, said
}

func allMet(cs []Check) bool {
	for _, c := range cs {
		if !c.Met {
			return false
		}
	}
	return true
}

// gaps are the unmet checks, most important first: required before strength,
// then those that can be worked on now before those waiting on something
// else, then heavier weight, then the larger shortfall, then file order.
func gaps(cs []Check) []Check {
	var out []Check
	for _, c := range cs {
		if !c.Met && c.Answered {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Kind == content.ReqRequired) != (b.Kind == content.ReqRequired) {
			return a.Kind == content.ReqRequired
		}
		if (len(a.First) == 0) != (len(b.First) == 0) {
			return len(a.First) == 0 // what comes first is worked on first
		}
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Credit < b.Credit
	})
	return out
}

// SortGaps orders unmet checks as Placement.Gaps are: most important first.
func SortGaps(cs []Check) []Check { return gaps(cs) }

// required keeps the required checks: the ones that stand between a person
// and qualifying for a rung.
func required(cs []Check) []Check {
	var out []Check
	for _, c := range cs {
		if c.Kind == content.ReqRequired {
			out = append(out, c)
		}
	}
	return out
}

func checkRole(lib *content.Library, r content.Role, a Answers, k known) []Check {
	reqs := lib.RequirementsFor(r.ID)
	out := make([]Check, 0, len(reqs))
	for _, q := range reqs {
		out = append(out, check(lib, r, q, a, k))
	}
	return out
}

// hiddenFacts are the facts whose questions earlier answers leave unasked:
// an answer given fails a show_if condition (no degree, so no field of
// study). A condition on an unanswered fact decides nothing.
func hiddenFacts(lib *content.Library, a Answers) map[string]bool {
	out := map[string]bool{}
	if lib.Questionnaire == nil {
		return out
	}
	for _, q := range lib.Questionnaire.Questions {
		for _, c := range q.ShowIf {
			if a.Has(c.Fact) && !a.Holds(lib, c) {
				out[q.Answer] = true
			}
		}
	}
	return out
}

func ratings(lib *content.Library, a Answers) map[string]int {
	if f, ok := lib.FactOfKind(content.FactSkills); ok {
		return a.Ratings(f.Key)
	}
	return nil
}

func strengths(lib *content.Library, cs []Check, a Answers) []string {
	var out []string
	for _, c := range cs {
		if !c.Met {
			continue
		}
		if strings.EqualFold(c.Label, c.Have) || c.Have == "" || strings.HasPrefix(c.Need, c.Have) {
			out = append(out, c.Label)
		} else {
			out = append(out, fmt.Sprintf("%s (you have %s)", c.Label, c.Have))
		}
	}
	r := ratings(lib, a)
	if !uniform(r) {
		for _, s := range lib.Skills {
			if n := r[s.ID]; n >= 4 {
				out = append(out, fmt.Sprintf("%s: rated %d of 5", s.Name, n))
			}
		}
	}
	return out
}

func uniform(skills map[string]int) bool {
	if len(skills) < 3 {
		return false
	}
	first := -1
	for _, r := range skills {
		if first < 0 {
			first = r
		} else if r != first {
			return false
		}
	}
	return true
}

func firstRating(skills map[string]int) int {
	for _, r := range skills {
		return r
	}
	return 0
}

// placeSalary places a person among the banded rung's salary levels: a
// holder by the salary's years fact (years in the role); someone for whom
// the rung is next, or who could apply for it, at the level a newcomer
// starts at. Anyone further away sees nothing: a director's pay is not news
// to a student.
func placeSalary(lib *content.Library, p Placement, a Answers) *SalaryPlacement {
	s := lib.Salary
	if s == nil || len(s.Levels) == 0 {
		return nil
	}
	held := p.Current == s.Role
	if !held && p.Next != s.Role && lib.RoleIndex(p.QualifiedFor) < lib.RoleIndex(s.Role) {
		return nil
	}
	idx := 0
	sp := &SalaryPlacement{Currency: s.Currency, Period: s.Period, Held: held}
	if sp.Held && s.YearsFact != "" && a.Has(s.YearsFact) {
		sp.Years, sp.YearsKnown = a.Number(s.YearsFact), true
		for i, l := range s.Levels {
			if sp.Years >= l.YearsMin {
				idx = i
			}
		}
	}
	l := s.Levels[idx]
	sp.Level, sp.Name, sp.Min, sp.Max, sp.OpenEnded, sp.Next = l.ID, l.Name, l.Min, l.Max, l.OpenEnded, l.Next
	if idx+1 < len(s.Levels) {
		sp.NextLevel = s.Levels[idx+1].ID
		sp.NextName = s.Levels[idx+1].Name
	}
	return sp
}

func payLines(lib *content.Library, roles ...string) []PayLine {
	var out []PayLine
	for _, id := range roles {
		if r, ok := lib.PayFor(id); ok && id != "" {
			out = append(out, PayLine{Role: id, Min: r.Min, Max: r.Max, Currency: lib.Pay.Currency,
				Period: lib.Pay.Period, AsOf: r.AsOf, Source: r.Source})
		}
	}
	return out
}
