package assess

import (
	"fmt"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// notes are the plain-language remarks that explain a placement: how the
// rung held was found, formal rules the person works without, rungs they
// could apply for now, answers that did not count and estimates that are
// only a lower bound.
func notes(lib *content.Library, p *Placement, a Answers, eff Answers, qualified, cur int) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	roleFact, _ := lib.FactOfKind(content.FactRole)
	switch {
	case p.CurrentSource == SourceInferred && cur >= 0:
		add("You did not say which rung you hold, so it is taken from your answers: %s, which is the work of a %s. "+
			"If you hold a higher rung, say so (%s) and the advice will follow it.", p.Evidence, lib.Roles[cur].Title, factLabel(roleFact))
		if p.EvidenceNote != "" {
			out = append(out, strings.Join(strings.Fields(p.EvidenceNote), " "))
		}
	case p.CurrentSource == SourceInferred:
		add("You did not say which rung you hold, and nothing in your answers shows one, so the road starts at the first rung. "+
			"If you hold one, say so (%s).", factLabel(roleFact))
	}
	if cur >= 0 && len(p.Unmet) > 0 {
		var labels []string
		for _, c := range p.Unmet {
			if c.HeldWithout != "" && len(c.First) == 0 {
				p.Urgent = append(p.Urgent, strings.Join(strings.Fields(c.HeldWithout), " "))
				continue
			}
			labels = append(labels, lowerFirst(c.Label))
		}
		if len(labels) > 0 {
			add("You hold %s without %s, which this ladder counts as required for it. Many people do; an employer hiring from outside "+
				"may still ask for it, and the rungs above ask for it too.", lib.Roles[cur].Title, joinAnd(labels))
		}
	}
	if qualified > cur && qualified >= 0 {
		q := lib.Roles[qualified]
		rule, _ := lib.RungRule(q.ID)
		switch {
		case qualified == cur+1 && rule != nil && rule.Route != "":
			add("You meet every rule %s requires. %s", q.Title, strings.Join(strings.Fields(rule.Route), " "))
		case qualified == cur+1:
			add("You could apply for %s now: you meet every rule it requires. Readiness also counts the strengths it looks for that you answered.", q.Title)
		case cur < 0:
			add("You could apply for %s now: you meet every rule it requires, so you can start there rather than on the first rung.", q.Title)
		default:
			add("On paper you meet every rule %s requires. Most people move up one rung at a time, and a panel two rungs up "+
				"wants the experience of the rung between, so the road below shows the usual route.", q.Title)
		}
	}
	for _, g := range p.Gaps {
		if g.Warn && g.Note != "" {
			out = append(out, strings.Join(strings.Fields(g.Note), " "))
		}
	}
	// An unrated skill the track warns about still gets its word (what a
	// panel will probe); an unanswered question does not (its note may
	// presume the answer).
	for _, g := range p.Unanswered {
		if f, ok := lib.Fact(g.Fact); ok && f.Kind == content.FactSkills && g.Warn && g.Note != "" {
			out = append(out, strings.Join(strings.Fields(g.Note), " "))
		}
	}
	switch len(p.Assumed) {
	case 0:
	case 1:
		add("You did not answer %s, so it is taken as none for the estimates; answer it for a closer reading.", quoteLabels(p.Assumed))
	default:
		add("You did not answer %s, so they are taken as none for the estimates; answer them for a closer reading.", quoteLabels(p.Assumed))
	}
	switch n := len(p.Unanswered); {
	case n == 1 && p.Next != "":
		add("One thing %s asks for could not be judged because its answer is missing; it is listed as not answered and left out of readiness.", roleTitle(lib, p.Next))
	case n > 1 && p.Next != "":
		add("%d of the things %s asks for could not be judged because their answers are missing; they are listed as not answered and left out of readiness.",
			n, roleTitle(lib, p.Next))
	}
	if r := ratings(lib, a); uniform(r) {
		add("You rated every skill %d, so the ratings may not tell your strengths from your gaps; "+
			"try rating each skill against its level descriptions.", firstRating(r))
	}
	if p.Next != "" && !requiredMet(p.Checks) && p.Readiness == RequiredGapCap {
		add("Readiness is held at %d%% while a rule %s requires is open.", RequiredGapCap, roleTitle(lib, p.Next))
	}
	out = append(out, ignoredNotes(lib, a)...)
	if cur >= 0 && len(p.Road) > 0 && !p.Road[0].Qualified {
		if _, ok := yearsOnRung(lib, eff, cur); !ok {
			if f, ok := lib.Fact(inRoleKey(lib)); ok {
				add("The road counts the whole usual time as %s, because you did not say how long you have held it; answer %q to count only what is left.",
					lib.Roles[cur].ShortName(), f.Label)
			}
		}
	}
	if s := p.Salary; s != nil && s.Held && !s.YearsKnown && lib.Salary.YearsFact != "" {
		if f, ok := lib.Fact(lib.Salary.YearsFact); ok {
			add("Your pay level is the first one because rung does not know how long you have been in the job; answer %q to place it.", f.Label)
		}
	}
	return out
}

func factLabel(f *content.Fact) string {
	if f == nil {
		return "your current role"
	}
	return strings.ToLower(f.Label)
}

// ignoredNotes says which answers did not count, and why: only those that
// would have counted for something (a field of study with no degree; not
// "not registered" from a student, which changes nothing).
func ignoredNotes(lib *content.Library, given Answers) []string {
	_, dropped := Effective(lib, given)
	var out []string
	for _, key := range dropped {
		q, ok := lib.QuestionFor(key)
		f, ok2 := lib.Fact(key)
		if !ok || !ok2 || lowest(*f, given, key) {
			continue
		}
		var when []string
		for _, c := range q.ShowIf {
			when = append(when, ConditionWords(lib, c))
		}
		out = append(out, fmt.Sprintf("Your answer for %q does not count: it applies only %s.", strings.ToLower(f.Label), joinAnd(when)))
	}
	return out
}

// lowest reports whether an answer is the least a fact can say: no, 0, or
// the first of its ordered values.
func lowest(f content.Fact, a Answers, key string) bool {
	switch f.Kind {
	case content.FactBool:
		return !a.Bool(key)
	case content.FactNumber:
		return a.Number(key) <= f.MinValue()
	case content.FactOrdered:
		return f.Rank(a.Text(key)) <= 0
	}
	return false
}

// ConditionWords says when a condition holds, to follow "it applies only":
// "with an associate degree or higher", "when current role is not none",
// "when people you supervise now is 1 or more".
func ConditionWords(lib *content.Library, c content.Condition) string {
	f, ok := lib.Fact(c.Fact)
	if !ok {
		return "when " + c.Fact + " is answered"
	}
	label := strings.ToLower(f.Label)
	say := func(vs []string) string {
		w := make([]string, len(vs))
		for i, v := range vs {
			w[i] = f.Says(v)
			if f.Kind == content.FactRole {
				w[i] = roleTitle(lib, v)
				if v == NoRole {
					w[i] = "none"
				}
			}
		}
		return orList(w)
	}
	switch {
	case len(c.OneOf) > 0:
		return "when " + label + " is " + say(c.OneOf)
	case len(c.NoneOf) > 0:
		return "when " + label + " is not " + say(c.NoneOf)
	case f.Kind == content.FactBool:
		return "with " + f.Says("true")
	case f.Kind == content.FactOrdered:
		if !f.HasHigher(c.AtLeast) {
			return "with " + f.Says(c.AtLeast)
		}
		return "with " + f.Says(c.AtLeast) + " or higher"
	}
	return "when " + label + " is " + c.AtLeast + " or more"
}

func quoteLabels(labels []string) string {
	q := make([]string, len(labels))
	for i, l := range labels {
		q[i] = fmt.Sprintf("%q", strings.ToLower(l))
	}
	return joinAnd(q)
}
