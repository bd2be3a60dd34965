package assess

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// check evaluates one requirement against the answers and says, in plain
// words, what was reported, what the rung asks and how long closing the gap
// usually takes.
func check(lib *content.Library, role content.Role, q content.Requirement, a Answers) Check {
	c := Check{ID: q.ID, Label: q.Label, Role: q.Role, Fact: q.Fact, Kind: q.Kind, Weight: q.Weight,
		Steps: q.Steps, Skills: q.Skills, Note: q.Note}
	fact, ok := lib.Fact(q.Fact)
	if !ok {
		return c
	}
	c.Answered = a.Has(q.Fact)
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
		if need < len(fact.Values)-1 {
			c.Need += " or higher"
		}
		c.Have = fact.Says(a.Text(q.Fact))
		c.Months = fact.MonthsBetween(a.Text(q.Fact), q.AtLeast)
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
		checkSkills(q, a.Ratings(q.Fact), &c)
	}
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
	case fact.Kind == content.FactSkills:
		c.Reason = fmt.Sprintf("%s; %s %s", skillsSaid(lib, q, c), verb, c.Need)
	default:
		c.Reason = fmt.Sprintf("you reported %s; %s %s", c.Have, verb, c.Need)
	}
	if c.Met {
		c.Months = 0
		return c
	}
	c.Months = max(c.Months, 0)
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

// checkSkills reads a skills rule: the mean rating of its skills. Unrated
// skills are "not rated", never 0 in what is said; credit grows with every
// rating added, so rating one more skill never lowers readiness.
func checkSkills(q content.Requirement, r map[string]int, c *Check) {
	sum, rated := 0.0, 0
	for _, id := range q.Of {
		if n, ok := r[id]; ok {
			sum += float64(n)
			rated++
		}
	}
	n := max(len(q.Of), 1)
	c.Answered = rated > 0
	c.Met = rated == len(q.Of) && sum/float64(n) >= q.Need-1e-9
	c.Credit = ratio(sum/float64(n), q.Need)
	c.Need = fmt.Sprintf("an average of %s", content.FormatNumber(q.Need))
	c.Months = q.Months
	switch {
	case rated == 0:
		c.Have = "not rated"
	case rated < len(q.Of):
		c.Have = fmt.Sprintf("%s on average for the %d rated; %d not rated", content.FormatNumber(sum/float64(rated)), rated, len(q.Of)-rated)
	default:
		c.Have = fmt.Sprintf("an average of %s", content.FormatNumber(sum/float64(rated)))
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
