package assess

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// known is what Evaluate knows about answers beyond their values: the facts
// whose questions are not asked, and those taken at an assumed value.
type known struct {
	hidden, assumed map[string]bool
}

// check evaluates one requirement against the answers and says, in plain
// words, what was reported, what the rung asks and how long closing the gap
// usually takes.
//
// A fact whose question is not asked, because an earlier answer makes it
// meaningless (no registration question before qualifying), is known not to
// be met: it counts as answered at its lowest, not as unknown.
func check(lib *content.Library, role content.Role, q content.Requirement, a Answers, k known) Check {
	c := Check{ID: q.ID, Label: q.Label, Role: q.Role, Fact: q.Fact, Kind: q.Kind, Weight: q.Weight,
		Steps: q.Steps, Skills: q.Skills, Note: q.Note, HeldWithout: q.HeldWithout, Warn: q.Warn}
	fact, ok := lib.Fact(q.Fact)
	if !ok {
		return c
	}
	c.Answered = a.Has(q.Fact) || k.hidden[q.Fact]
	measure(*fact, q, a, &c)
	verb := role.ShortName() + " looks for"
	if q.Kind == content.ReqRequired {
		verb = role.ShortName() + " requires"
	}
	switch {
	case !c.Answered && fact.Kind == content.FactSkills:
		c.Have = "not rated"
		c.Reason = fmt.Sprintf("you did not rate %s; %s %s", skillsSaid(lib, q, c), verb, c.Need)
	case !c.Answered:
		c.Have = "not answered"
		c.Reason = fmt.Sprintf("you did not answer %q; %s %s", strings.ToLower(fact.Label), verb, c.Need)
	case k.hidden[q.Fact] && fact.Kind != content.FactSkills:
		c.Have = "not yet"
		c.Reason = fmt.Sprintf("not yet; %s %s", verb, c.Need)
	case k.assumed[q.Fact]:
		c.Have += " (not answered, so taken as that)"
		c.Reason = fmt.Sprintf("you did not answer %q, so it is taken as %s; %s %s", strings.ToLower(fact.Label), assumedWords(*fact, a), verb, c.Need)
	case fact.Kind == content.FactSkills:
		c.Reason = fmt.Sprintf("%s; %s %s", skillsSaid(lib, q, c), verb, c.Need)
	default:
		c.Reason = fmt.Sprintf("you reported %s; %s %s", c.Have, verb, c.Need)
	}
	if q.Estimate && !c.Met && c.Answered {
		c.Reason += " (our estimate, not a rule: read each job's own requirements)"
	}
	if c.Met {
		c.Months = 0
		return c
	}
	c.Months = max(c.Months, 0)
	if !c.Answered {
		c.Months = 0
		return c
	}
	for _, pre := range q.First {
		if a.Holds(lib, pre.Condition()) {
			continue
		}
		c.First = append(c.First, First{Label: pre.Label, Steps: pre.Steps, Months: pre.Months})
		c.Months += pre.Months
	}
	if len(c.First) > 0 {
		labels := make([]string, len(c.First))
		for i, f := range c.First {
			labels[i] = f.Label
		}
		c.Reason += "; first you need " + joinAnd(labels)
	}
	if !c.Answered {
		c.Months = 0
	}
	return c
}

// measure reads the answer a requirement's fact holds against its
// threshold: met or not, the credit, the words for what was reported and
// what is asked, and the usual time to close the gap.
func measure(fact content.Fact, q content.Requirement, a Answers, c *Check) {
	switch fact.Kind {
	case content.FactNumber, content.FactScale:
		have := a.Number(q.Fact)
		c.Met = c.Answered && have >= q.Need-1e-9
		c.Credit = ratio(have, q.Need)
		c.Need = fact.SayNumber(q.Need)
		c.Have = fact.SayNumber(have)
		c.Months = q.Months
		if fact.IsDuration() {
			c.Months = int(math.Ceil((q.Need - have) * 12))
		}
	case content.FactOrdered:
		have, need := fact.Rank(a.Text(q.Fact)), int(q.Need)
		c.Met = c.Answered && have >= need
		c.Credit = ratio(float64(max(have, 0)), float64(need))
		c.Need = fact.Says(q.AtLeast)
		if fact.HasHigher(q.AtLeast) {
			c.Need += " or higher"
		}
		c.Have = fact.Says(a.Text(q.Fact))
		c.Months = fact.MonthsBetween(a.Text(q.Fact), q.AtLeast, func(key string) (float64, bool) { return a.Number(key), a.Has(key) })
		if c.Months == 0 {
			c.Months = q.Months
		}
	case content.FactCategory:
		have := a.Text(q.Fact)
		c.Met = slices.Contains(q.OneOf, have)
		c.Credit = b2f(c.Met)
		words := make([]string, len(q.OneOf))
		for i, v := range q.OneOf {
			words[i] = fact.Says(v)
		}
		c.Need = orList(words)
		c.Have = fact.Says(have)
		c.Months = q.Months
	case content.FactBool:
		c.Met = a.Bool(q.Fact)
		c.Credit = b2f(c.Met)
		c.Need = lowerFirst(q.Label)
		c.Have = fact.Says(fmt.Sprint(c.Met))
		c.Months = q.Months
	case content.FactSkills:
		checkSkills(q, a.Ratings(q.Fact), c)
	}
}

// skillsSaid says what was rated of a skills rule's skills.
func skillsSaid(lib *content.Library, q content.Requirement, c Check) string {
	names := make([]string, len(q.Of))
	for i, id := range q.Of {
		names[i] = lib.SkillName(id)
	}
	if !c.Answered {
		return joinAnd(names)
	}
	return fmt.Sprintf("you rated %s: %s", joinAnd(names), c.Have)
}

// checkSkills reads a skills rule: the mean rating of the skills rated.
// Unrated skills are "not rated", never 0: a rule with none rated is not
// answered, and one with some rated is judged on those, saying how many
// were not rated. Raising a rating never lowers readiness.
func checkSkills(q content.Requirement, r map[string]int, c *Check) {
	sum, rated := 0.0, 0
	var unrated []string
	for _, id := range q.Of {
		if n, ok := r[id]; ok {
			sum += float64(n)
			rated++
		} else {
			unrated = append(unrated, id)
		}
	}
	c.Answered = rated > 0
	mean := sum / float64(max(rated, 1))
	c.Met = rated > 0 && mean >= q.Need-1e-9
	c.Credit = ratio(mean, q.Need)
	c.Need = fmt.Sprintf("an average of %s", content.FormatNumber(q.Need))
	c.Months = q.Months
	switch {
	case rated == 0:
		c.Have = "not rated"
	case rated < len(q.Of):
		c.Have = fmt.Sprintf("an average of %s for the %d you rated (%d not rated)", content.FormatNumber(mean), rated, len(unrated))
	default:
		c.Have = fmt.Sprintf("an average of %s", content.FormatNumber(mean))
	}
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

func joinAnd(items []string) string { return joinWith(items, "and") }

func orList(items []string) string { return joinWith(items, "or") }

func joinWith(items []string, word string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + word + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + word + " " + items[len(items)-1]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// assumedWords says the value a fact was taken at: "0 years supervising
// staff", or "no" for a yes/no fact.
func assumedWords(f content.Fact, a Answers) string {
	if f.Kind == content.FactBool {
		return "no"
	}
	return f.SayNumber(a.Number(f.Key))
}
