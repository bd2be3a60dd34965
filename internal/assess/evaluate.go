package assess

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// Placement is where a person stands on the ladder and what comes next.
type Placement struct {
	// Current is the id of the rung the person holds, "" for none.
	Current string
	// CurrentSource says how Current was found: "stated" (current_role),
	// "inferred" (from the requirements) or "none".
	CurrentSource string
	// Next is the rung above Current, "" at the top.
	Next string
	// QualifiedFor is the highest rung whose required requirements all hold.
	QualifiedFor string
	// Readiness for Next, 0..100.
	Readiness int
	// Checks explains every requirement of Next: met or not, and why.
	Checks []Check
	// Gaps are the unmet requirements of Next, most important first.
	Gaps []Check
	// Strengths are the met requirements of Next and the skills rated 4 or 5.
	Strengths []string
	// Road is each rung from Next up to the track's goal, with its gaps.
	Road []Stop
	// Salary places a person at a salary-banded rung among its levels.
	Salary *SalaryPlacement
	// UniformRatings is true when every rated skill got the same rating, so
	// the ratings may not tell strengths from gaps.
	UniformRatings bool
	// Notes are plain-language remarks on the result.
	Notes []string
}

// Check is one requirement evaluated against the answers.
type Check struct {
	ID     string
	Label  string
	Role   string
	Kind   string // required or strength
	Weight float64
	Met    bool
	// Credit is the share of the requirement met, 0..1 (partial for numbers
	// and ratings part-way to the threshold).
	Credit float64
	Have   string // what the person reported, in words
	Need   string // what the rung asks, in words
	Reason string // "you reported 3 years; Supervisor asks for 4"
	Steps  []int
	Skills []string
	Months int // rough time to close, when unmet
	Note   string
}

// Stop is one rung on the road to the top.
type Stop struct {
	Role string
	// Qualified is true when every required requirement holds.
	Qualified bool
	Readiness int
	Gaps      []Check
	// Months is a rough time to close this rung's required gaps (to qualify),
	// from today's answers.
	Months int
}

// SalaryPlacement places a person among the salary levels of their rung.
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
	Years     float64
}

// Evaluate places a person on the library's ladder. It is pure: the same
// library and answers always give the same placement.
func Evaluate(lib *content.Library, a Answers) Placement {
	var p Placement
	checksByRole := make(map[string][]Check, len(lib.Roles))
	for _, r := range lib.Roles {
		checksByRole[r.ID] = checkRole(lib, r, a)
	}

	// qualified_for: the highest rung whose required requirements all hold.
	qualified := -1
	for i, r := range lib.Roles {
		if requiredMet(checksByRole[r.ID]) {
			qualified = i
		}
	}
	if qualified >= 0 {
		p.QualifiedFor = lib.Roles[qualified].ID
	}

	// current: stated, or inferred as the highest qualified rung.
	cur := -1
	switch {
	case a.Has("current_role") && a.CurrentRole == NoRole:
		p.CurrentSource = "none"
	case a.Has("current_role") && lib.RoleIndex(a.CurrentRole) >= 0:
		cur = lib.RoleIndex(a.CurrentRole)
		p.CurrentSource = "stated"
	default:
		cur = qualified
		p.CurrentSource = "inferred"
		if cur < 0 {
			p.CurrentSource = "none"
		}
	}
	if cur >= 0 {
		p.Current = lib.Roles[cur].ID
	}
	if cur+1 < len(lib.Roles) {
		next := lib.Roles[cur+1]
		p.Next = next.ID
		p.Checks = checksByRole[next.ID]
		p.Readiness = readiness(p.Checks)
		p.Gaps = gaps(p.Checks)
	}

	// The road: every rung from next up to the goal.
	goal := lib.RoleIndex(lib.Track.Goal)
	if goal < 0 {
		goal = len(lib.Roles) - 1
	}
	for i := cur + 1; i <= goal; i++ {
		r := lib.Roles[i]
		cs := checksByRole[r.ID]
		g := gaps(cs)
		p.Road = append(p.Road, Stop{Role: r.ID, Qualified: requiredMet(cs), Readiness: readiness(cs), Gaps: g, Months: monthsToClose(required(g))})
	}

	p.Strengths = strengths(lib, p.Checks, a)
	p.UniformRatings = uniform(a.Skills)
	if p.UniformRatings {
		p.Notes = append(p.Notes, fmt.Sprintf("You rated every skill %d, so the ratings may not tell your strengths from your gaps; "+
			"try rating each skill against its level descriptions.", firstRating(a.Skills)))
	}
	if cur >= 0 && p.QualifiedFor != "" && lib.RoleIndex(p.QualifiedFor) > cur {
		p.Notes = append(p.Notes, fmt.Sprintf("You already meet every required rule for %s; your readiness for the next rung also counts the strengths it looks for.",
			roleTitle(lib, p.QualifiedFor)))
	}
	if p.CurrentSource == "stated" && !requiredMet(checksByRole[p.Current]) {
		p.Notes = append(p.Notes, fmt.Sprintf("You hold %s without meeting all of its usual requirements; "+
			"that is common, and the gaps below still apply to the next rung.", roleTitle(lib, p.Current)))
	}
	if p.Next != "" && !requiredMet(p.Checks) && p.Readiness == RequiredGapCap {
		p.Notes = append(p.Notes, fmt.Sprintf("Readiness is held at %d%% while a required rule of %s is open.",
			RequiredGapCap, roleTitle(lib, p.Next)))
	}
	p.Salary = placeSalary(lib, p.Current, a)
	return p
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

// RequiredGapCap is the most readiness a person can show for a rung while one
// of its required rules is open: partial credit on everything else must not
// suggest someone is nearly ready for a job they cannot yet be hired into.
const RequiredGapCap = 80

// readiness is the weighted share of a rung's requirements met, with partial
// credit, as a whole percentage, capped at RequiredGapCap while a required
// rule is unmet. A rung with no requirements is 100.
func readiness(cs []Check) int {
	var got, total float64
	for _, c := range cs {
		got += c.Weight * c.Credit
		total += c.Weight
	}
	if total == 0 {
		return 100
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

func allMet(cs []Check) bool {
	for _, c := range cs {
		if !c.Met {
			return false
		}
	}
	return true
}

// gaps are the unmet checks, most important first: required before strength,
// then heavier weight, then the larger shortfall, then file order.
func gaps(cs []Check) []Check {
	var out []Check
	for _, c := range cs {
		if !c.Met {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Kind == content.ReqRequired) != (b.Kind == content.ReqRequired) {
			return a.Kind == content.ReqRequired
		}
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Credit < b.Credit
	})
	return out
}

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

// monthsToClose is a rough estimate: gaps close in parallel, so the longest
// one sets the pace. Years of experience close at their own pace.
func monthsToClose(gs []Check) int {
	m := 0
	for _, g := range gs {
		m = max(m, g.Months)
	}
	return m
}

func checkRole(lib *content.Library, r content.Role, a Answers) []Check {
	reqs := lib.RequirementsFor(r.ID)
	out := make([]Check, 0, len(reqs))
	for _, q := range reqs {
		out = append(out, check(lib, r, q, a))
	}
	return out
}

func check(lib *content.Library, role content.Role, q content.Requirement, a Answers) Check {
	c := Check{ID: q.ID, Label: q.Label, Role: q.Role, Kind: q.Kind, Weight: q.Weight,
		Steps: q.Steps, Skills: q.Skills, Note: q.Note}
	fact, _ := content.FactByKey(q.Fact)
	asks := role.ShortName() + " asks for"
	switch fact.Kind {
	case content.FactNumber, content.FactScale:
		need, _ := strconv.ParseFloat(q.AtLeast, 64)
		have := a.Number(q.Fact)
		c.Met = have >= need
		c.Credit = ratio(have, need)
		c.Need = numberWords(q.Fact, need)
		if !a.Has(q.Fact) {
			c.Have = "not answered"
			c.Reason = fmt.Sprintf("you did not answer this; %s %s", asks, c.Need)
		} else {
			c.Have = numberWords(q.Fact, have)
			c.Reason = fmt.Sprintf("you reported %s; %s %s", c.Have, asks, c.Need)
		}
		if !c.Met && fact.Unit == "years" {
			c.Months = int(math.Ceil((need - have) * 12))
		}
	case content.FactOrdered:
		need := fact.Rank(q.AtLeast)
		have := fact.Rank(a.Text(q.Fact))
		c.Met = have >= need
		c.Credit = ratio(float64(max(have, 0)), float64(need))
		c.Need = valueWords(q.Fact, q.AtLeast) + " or higher"
		if need == len(fact.Values)-1 {
			c.Need = valueWords(q.Fact, q.AtLeast)
		}
		if have < 0 {
			c.Have = "not answered"
			c.Reason = fmt.Sprintf("you did not answer this; %s %s", asks, c.Need)
		} else {
			c.Have = valueWords(q.Fact, a.Text(q.Fact))
			c.Reason = fmt.Sprintf("you reported %s; %s %s", c.Have, asks, c.Need)
		}
	case content.FactCategory:
		have := a.Text(q.Fact)
		c.Met = slices.Contains(q.OneOf, have)
		c.Credit = b2f(c.Met)
		words := make([]string, len(q.OneOf))
		for i, v := range q.OneOf {
			words[i] = valueWords(q.Fact, v)
		}
		c.Need = strings.Join(words, " or ")
		c.Have = valueWords(q.Fact, have)
		if have == "" {
			c.Have = "not answered"
			c.Reason = fmt.Sprintf("you did not answer this; %s %s", asks, c.Need)
		} else {
			c.Reason = fmt.Sprintf("you reported %s; %s %s", c.Have, asks, c.Need)
		}
	case content.FactBool:
		c.Met = q.Fact == "managed_budget" && a.ManagedBudget
		c.Credit = b2f(c.Met)
		c.Need = "yes"
		c.Have = "no"
		if c.Met {
			c.Have = "yes"
		}
		if !a.Has(q.Fact) {
			c.Have = "not answered"
		}
		c.Reason = fmt.Sprintf("you answered %s; %s %s", c.Have, asks, strings.ToLower(q.Label))
	case content.FactSkills:
		need, _ := strconv.ParseFloat(q.AtLeast, 64)
		sum, rated := 0.0, 0
		names := make([]string, len(q.Of))
		for i, id := range q.Of {
			names[i] = lib.SkillName(id)
			if r, ok := a.Skills[id]; ok {
				sum += float64(r)
				rated++
			}
		}
		mean := sum / float64(max(len(q.Of), 1)) // unrated skills count as 0
		c.Met = rated == len(q.Of) && mean >= need-1e-9
		c.Credit = ratio(mean, need)
		c.Need = fmt.Sprintf("an average of %g across %s", need, joinAnd(names))
		switch {
		case rated == 0:
			c.Have = "not rated"
			c.Reason = fmt.Sprintf("you did not rate %s; %s %s", joinAnd(names), asks, c.Need)
		case rated < len(q.Of):
			c.Have = fmt.Sprintf("%d of %d rated", rated, len(q.Of))
			c.Reason = fmt.Sprintf("you rated %d of the %d (%s), and unrated skills count as 0; %s %s",
				rated, len(q.Of), joinAnd(names), asks, c.Need)
		default:
			c.Have = fmt.Sprintf("an average of %s", trimFloat(mean))
			c.Reason = fmt.Sprintf("you rated %s at %s on average; %s %g", joinAnd(names), trimFloat(mean), asks, need)
		}
	}
	if c.Met {
		c.Months = 0
	} else if c.Months == 0 {
		c.Months = q.Months
	}
	return c
}

func ratio(have, need float64) float64 {
	if need <= 0 {
		return 1
	}
	return math.Max(0, math.Min(1, have/need))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func trimFloat(f float64) string {
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
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

func plural(n float64, one, many string) string {
	s := trimFloat(n)
	if n == 1 {
		return s + " " + one
	}
	return s + " " + many
}

// numberWords says a number in the fact's unit.
func numberWords(fact string, n float64) string {
	switch fact {
	case "years_experience":
		return plural(n, "year", "years")
	case "supervisory_years":
		return plural(n, "year", "years") + " supervising"
	case "direct_reports":
		return plural(n, "direct report", "direct reports")
	case "policy_knowledge", "networking":
		return fmt.Sprintf("%s of 5", trimFloat(n))
	}
	return trimFloat(n)
}

var valueNames = map[string]string{
	"education/none": "no degree", "education/associate": "an associate degree", "education/bachelors": "a bachelor's degree",
	"education/masters": "a master's degree", "education/doctorate": "a doctorate",
	"education_field/social_work": "social work", "education_field/related": "a related field", "education_field/other": "another field",
	"license/none": "no license", "license/certified": "a certification", "license/licensed": "a license", "license/clinical": "a clinical license",
	"program_development/none": "no program development", "program_development/contributed": "contributing to a program",
	"program_development/led": "leading a program", "program_development/several": "leading several programs",
}

// valueWords says an enumerated value in words.
func valueWords(fact, v string) string {
	if s, ok := valueNames[fact+"/"+v]; ok {
		return s
	}
	return v
}

func strengths(lib *content.Library, cs []Check, a Answers) []string {
	var out []string
	for _, c := range cs {
		if c.Met {
			if strings.EqualFold(c.Label, c.Have) {
				out = append(out, c.Label)
			} else {
				out = append(out, fmt.Sprintf("%s: %s", c.Label, c.Have))
			}
		}
	}
	if !uniform(a.Skills) {
		for _, s := range lib.Skills {
			if r := a.Skills[s.ID]; r >= 4 {
				out = append(out, fmt.Sprintf("%s: rated %d of 5", s.Name, r))
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

// placeSalary places a person who holds the salary-banded rung among its
// levels by years of experience.
func placeSalary(lib *content.Library, current string, a Answers) *SalaryPlacement {
	s := lib.Salary
	if s == nil || current == "" || s.Role != current || len(s.Levels) == 0 {
		return nil
	}
	idx := 0
	for i, l := range s.Levels {
		if a.YearsExperience >= l.YearsMin {
			idx = i
		}
	}
	l := s.Levels[idx]
	sp := &SalaryPlacement{Level: l.ID, Name: l.Name, Min: l.Min, Max: l.Max, OpenEnded: l.OpenEnded,
		Currency: s.Currency, Period: s.Period, Next: l.Next, Years: a.YearsExperience}
	if idx+1 < len(s.Levels) {
		sp.NextLevel = s.Levels[idx+1].ID
		sp.NextName = s.Levels[idx+1].Name
	}
	return sp
}
