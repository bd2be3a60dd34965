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
func notes(lib *content.Library, p Placement, a Answers, qualified, cur int) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	roleFact, _ := lib.FactOfKind(content.FactRole)
	switch {
	case p.CurrentSource == SourceInferred && cur >= 0:
		add("You did not say which rung you hold, so rung takes it from your answers: %s, which is the work of a %s. "+
			"If you hold a higher rung, say so (%s) and the advice will follow it.", p.Evidence, lib.Roles[cur].Title, factLabel(roleFact))
	case p.CurrentSource == SourceInferred:
		add("You did not say which rung you hold, and nothing in your answers shows one, so the road starts at the first rung. "+
			"If you hold one, say so (%s).", factLabel(roleFact))
	}
	if cur >= 0 && len(p.Unmet) > 0 {
		labels := make([]string, len(p.Unmet))
		for i, c := range p.Unmet {
			labels[i] = lowerFirst(c.Label)
		}
		add("You hold %s without %s, which the track lists as required for it. Many people do; an employer hiring from outside "+
			"may still ask for it, and the rungs above ask for it too.", lib.Roles[cur].Title, joinAnd(labels))
	}
	if qualified > cur && qualified >= 0 {
		q := lib.Roles[qualified]
		if qualified == cur+1 {
			add("You could apply for %s now: you meet every rule it requires. Readiness also counts the strengths it looks for.", q.Title)
		} else {
			add("You could apply for %s now: you meet every rule it requires, and those of every rung below it.", q.Title)
		}
	}
	if r := ratings(lib, a); uniform(r) {
		add("You rated every skill %d, so the ratings may not tell your strengths from your gaps; "+
			"try rating each skill against its level descriptions.", firstRating(r))
	}
	if p.Next != "" && !requiredMet(p.Checks) && p.Readiness == RequiredGapCap {
		add("Readiness is held at %d%% while a rule %s requires is open.", RequiredGapCap, roleTitle(lib, p.Next))
	}
	out = append(out, ignoredNotes(lib, a)...)
	if key := inRoleKey(lib); key != "" && cur >= 0 && len(p.Road) > 0 && !p.Road[0].Qualified && !a.Has(key) {
		if f, ok := lib.Fact(key); ok {
			add("The road does not count the time people usually spend as %s before moving up; answer %q to include it.",
				lib.Roles[cur].ShortName(), f.Label)
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

// ignoredNotes says which answers did not count, and why.
func ignoredNotes(lib *content.Library, given Answers) []string {
	_, dropped := Effective(lib, given)
	var out []string
	for _, key := range dropped {
		q, ok := lib.QuestionFor(key)
		f, ok2 := lib.Fact(key)
		if !ok || !ok2 {
			continue
		}
		var when []string
		for _, c := range q.ShowIf {
			when = append(when, ConditionWords(lib, c))
		}
		out = append(out, fmt.Sprintf("Your answer for %q does not count: it applies only when %s.", strings.ToLower(f.Label), joinAnd(when)))
	}
	return out
}

// ConditionWords says a condition in words: "highest degree is an
// associate degree or higher".
func ConditionWords(lib *content.Library, c content.Condition) string {
	f, ok := lib.Fact(c.Fact)
	if !ok {
		return c.Fact
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
		return label + " is " + say(c.OneOf)
	case len(c.NoneOf) > 0:
		return label + " is not " + say(c.NoneOf)
	case f.Kind == content.FactBool:
		return label + " is yes"
	case f.Kind == content.FactOrdered:
		return label + " is " + f.Says(c.AtLeast) + " or higher"
	}
	return label + " is at least " + c.AtLeast
}
