package content

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The self-assessment's checks: the facts a track declares, the questions
// that fill them, the requirements and placement rules that read them, and
// pay. Thresholds are parsed here, once, so nothing downstream parses text.

var factKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

var kindForFact = map[FactKind][]string{
	FactNumber:   {KindNumber},
	FactOrdered:  {KindChoice},
	FactCategory: {KindChoice},
	FactBool:     {KindYesNo},
	FactScale:    {KindScale},
	FactSkills:   {KindSkills},
	FactRole:     {KindChoice},
}

func (c checker) sources(lib *Library) {
	for i, s := range lib.Track.Sources {
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			c.at(s.Pos, "url", fmt.Sprintf("track.sources[%d].url", i), "a web address starting with https://", "%q is not a web address", s.URL)
		}
	}
}

// facts checks the facts a track declares and parses their kinds. It
// reports false when the track has answers to check but no facts at all:
// every later check would only repeat that.
func (c checker) facts(lib *Library) bool {
	if len(lib.Facts) == 0 {
		if lib.Questionnaire != nil || len(lib.Requirements) > 0 || len(lib.Rungs) > 0 {
			c.p.add(Problem{Key: "facts", Msg: "the track has a questionnaire or requirements but no `facts:` section",
				Hint: "add a facts.yaml that declares every answers key (see the built-in track: rung content export DIR)"})
			return false
		}
		return true
	}
	seen := map[string]int{}
	kinds := map[FactKind]string{}
	for i := range lib.Facts {
		f := &lib.Facts[i]
		path := fmt.Sprintf("facts[%d]", i)
		if f.Key != "" && !factKeyPattern.MatchString(f.Key) {
			c.at(f.Pos, "key", path+".key", "keys are lower-case words joined by underscores, such as years_in_role", "fact key %q is not well formed", f.Key)
		}
		if prev, dup := seen[f.Key]; dup {
			c.at(f.Pos, "key", path+".key", "declare each fact once", "fact %q is declared twice (first as facts[%d])", f.Key, prev)
		}
		seen[f.Key] = i
		k, ok := ParseFactKind(f.KindName)
		if !ok {
			c.at(f.Pos, "kind", path+".kind", "one of: "+strings.Join(factKindNames[1:], ", "), "unknown fact kind %q", f.KindName)
			continue
		}
		f.Kind = k
		if (k == FactRole || k == FactSkills) && kinds[k] != "" {
			c.at(f.Pos, "kind", path+".kind", "a track has one "+k.Name()+" fact", "fact %q is a second %s fact (the first is %q)", f.Key, k.Name(), kinds[k])
		}
		if kinds[k] == "" {
			kinds[k] = f.Key
		}
		c.factShape(f, path)
	}
	for i := range lib.Facts {
		f := &lib.Facts[i]
		for j, v := range f.Values {
			if g, ok := lib.Fact(v.MonthsFact); v.MonthsFact != "" && (!ok || g.Kind != FactNumber) {
				c.at(v.Pos, "months_fact", fmt.Sprintf("facts[%d].values[%d].months_fact", i, j), "the key of a number fact: "+strings.Join(lib.numberFacts(), ", "),
					"unknown number fact %q", v.MonthsFact)
			}
		}
		if f.InRole != "" {
			if g, ok := lib.Fact(f.InRole); f.Kind != FactRole || !ok || g.Kind != FactNumber {
				c.at(f.Pos, "in_role", fmt.Sprintf("facts[%d].in_role", i), "on the role fact, the key of a number fact: "+strings.Join(lib.numberFacts(), ", "),
					"in_role %q does not name a number fact of a role fact", f.InRole)
			}
		}
		if f.AtMost == "" {
			continue
		}
		g, ok := lib.Fact(f.AtMost)
		switch {
		case !ok:
			c.at(f.Pos, "at_most", fmt.Sprintf("facts[%d].at_most", i), "the key of a number fact: "+strings.Join(lib.numberFacts(), ", "), "unknown fact %q", f.AtMost)
		case g.Kind != FactNumber || f.Kind != FactNumber || g.Key == f.Key:
			c.at(f.Pos, "at_most", fmt.Sprintf("facts[%d].at_most", i), "at_most relates two different number facts", "%q cannot be at most %q", f.Key, f.AtMost)
		}
	}
	return true
}

// factShape checks the keys a fact of its kind takes.
func (c checker) factShape(f *Fact, path string) {
	enumerated := f.Kind == FactOrdered || f.Kind == FactCategory || f.Kind == FactBool
	if f.Kind == FactNumber {
		if f.Max == nil {
			c.at(f.Pos, "max", path+".max", "add `max:` with the largest sensible value", "a number fact needs max")
		}
		if f.Min != nil && *f.Min < 0 {
			c.at(f.Pos, "min", path+".min", "0 or more", "min is %g", *f.Min)
		}
		if f.Min != nil && f.Max != nil && *f.Min > *f.Max {
			c.at(f.Pos, "max", path+".max", "max must be at least min", "max %g is below min %g", *f.Max, *f.Min)
		}
		if f.Assume != nil && (*f.Assume < f.MinValue() || *f.Assume > f.MaxValue()) {
			c.at(f.Pos, "assume", path+".assume", "a value within min and max", "assume %g is out of range", *f.Assume)
		}
	} else {
		for _, k := range []struct {
			key string
			set bool
		}{{"min", f.Min != nil}, {"max", f.Max != nil}, {"whole", f.Whole}, {"unit", f.Unit != ""}, {"at_most", f.AtMost != ""}, {"say_one", f.SayOne != ""}, {"say_many", f.SayMany != ""}, {"assume", f.Assume != nil && f.Kind != FactBool}} {
			if k.set {
				c.at(f.Pos, k.key, path+"."+k.key, "use "+k.key+" with kind number only", "%s does not apply to a %s fact", k.key, f.Kind.Name())
			}
		}
	}
	if f.Kind == FactBool && f.Assume != nil && *f.Assume != 0 && *f.Assume != 1 {
		c.at(f.Pos, "assume", path+".assume", "0 for no or 1 for yes", "assume %g is not a yes/no value", *f.Assume)
	}
	if !enumerated {
		if len(f.Values) > 0 {
			c.at(f.Pos, "values", path+".values", "use values with kinds ordered, category and bool", "values do not apply to a %s fact", f.Kind.Name())
		}
		return
	}
	if f.Kind != FactBool && len(f.Values) < 2 {
		c.at(f.Pos, "values", path+".values", "list at least two values, each with value and says", "a %s fact needs values", f.Kind.Name())
	}
	vals := map[string]bool{}
	for j, v := range f.Values {
		vp := fmt.Sprintf("%s.values[%d]", path, j)
		if vals[v.Value] {
			c.at(v.Pos, "value", vp+".value", "give each value once", "value %q appears twice", v.Value)
		}
		vals[v.Value] = true
		if f.Kind == FactBool && v.Value != "true" && v.Value != "false" {
			c.at(v.Pos, "value", vp+".value", `"true" or "false"`, "%q is not a value of a yes/no fact", v.Value)
		}
		if v.Months < 0 {
			c.at(v.Pos, "months", vp+".months", "0 or more", "months is %d", v.Months)
		}
		if v.Months > 0 && f.Kind != FactOrdered {
			c.at(v.Pos, "months", vp+".months", "months apply to ordered values only", "months on a %s value", f.Kind.Name())
		}
		if v.MonthsFact != "" && f.Kind != FactOrdered {
			c.at(v.Pos, "months_fact", vp+".months_fact", "months_fact applies to ordered values only", "months_fact on a %s value", f.Kind.Name())
		}
	}
}

func (lib *Library) numberFacts() []string {
	var out []string
	for _, f := range lib.Facts {
		if f.Kind == FactNumber {
			out = append(out, f.Key)
		}
	}
	return out
}

// readableFacts are the facts a rule may read (all but the role held).
func (lib *Library) readableFacts() []string {
	var out []string
	for _, f := range lib.Facts {
		if f.Kind != FactRole {
			out = append(out, f.Key)
		}
	}
	return out
}

func (c checker) questionnaire(lib *Library) {
	q := lib.Questionnaire
	if q == nil {
		return
	}
	c.ids("question", len(q.Questions), func(i int) (Pos, string, string) {
		return q.Questions[i].Pos, q.Questions[i].ID, fmt.Sprintf("questionnaire.questions[%d]", i)
	})
	asked := map[string]string{}
	for i := range q.Questions {
		qu := &q.Questions[i]
		path := fmt.Sprintf("questionnaire.questions[%d]", i)
		fact, ok := lib.Fact(qu.Answer)
		if !ok {
			c.at(qu.Pos, "answer", path+".answer", "one of the facts in facts.yaml: "+strings.Join(lib.FactKeys(), ", "), "unknown answer key %q", qu.Answer)
			continue
		}
		for j := range qu.ShowIf {
			cp := fmt.Sprintf("%s.show_if[%d]", path, j)
			if c.condition(lib, &qu.ShowIf[j], cp) {
				if _, before := asked[qu.ShowIf[j].Fact]; !before {
					c.at(qu.ShowIf[j].Pos, "fact", cp+".fact", "show_if may only read answers asked by earlier questions",
						"%q is not asked before question %q", qu.ShowIf[j].Fact, qu.ID)
				}
			}
		}
		if prev, dup := asked[qu.Answer]; dup && fact.Kind != FactSkills {
			c.at(qu.Pos, "answer", path+".answer", "ask for each answer once", "answer %q is already asked by question %q", qu.Answer, prev)
		}
		asked[qu.Answer] = qu.ID
		if fact.Kind == FactUnknown {
			continue // reported with the fact
		}
		if !slices.Contains(kindForFact[fact.Kind], qu.Kind) {
			c.at(qu.Pos, "kind", path+".kind", "for "+qu.Answer+" use kind "+strings.Join(kindForFact[fact.Kind], " or "),
				"kind %q does not fit answer %q", qu.Kind, qu.Answer)
			continue
		}
		c.questionShape(lib, *qu, *fact, path)
	}
}

func (c checker) questionShape(lib *Library, qu Question, fact Fact, path string) {
	switch qu.Kind {
	case KindChoice:
		c.options(lib, qu, fact, path)
	case KindScale:
		if len(qu.Anchors) != 5 {
			c.at(qu.Pos, "anchors", path+".anchors", "give five anchors, for levels 1 to 5", "a scale question has %d anchors", len(qu.Anchors))
		}
	case KindSkills:
		if len(qu.Skills) == 0 {
			c.at(qu.Pos, "skills", path+".skills", "list the skill ids to rate", "a skills question rates no skills")
		}
		for j, id := range qu.Skills {
			c.ref(qu.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "skill", id, lib.skillIdx)
			if s, ok := lib.Skill(id); ok && len(s.Anchors) != 5 {
				c.at(qu.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "add five anchors to the skill in its file",
					"skill %q is rated here but has no level anchors", id)
			}
		}
	}
}

func (c checker) options(lib *Library, qu Question, fact Fact, path string) {
	if len(qu.Options) == 0 {
		c.at(qu.Pos, "options", path+".options", "list the choices with value and label", "a choice question has no options")
		return
	}
	valid := lib.enumValues(fact)
	seen := map[string]bool{}
	for j, o := range qu.Options {
		if !slices.Contains(valid, o.Value) {
			c.at(o.Pos, "value", fmt.Sprintf("%s.options[%d].value", path, j), "one of: "+strings.Join(valid, ", "),
				"%q is not a value of %s", o.Value, qu.Answer)
		}
		if seen[o.Value] {
			c.at(o.Pos, "value", fmt.Sprintf("%s.options[%d].value", path, j), "offer each value once", "value %q appears twice", o.Value)
		}
		seen[o.Value] = true
	}
}

// enumValues are the values an enumerated fact takes; for the role fact,
// none and the track's role ids.
func (lib *Library) enumValues(f Fact) []string {
	switch f.Kind {
	case FactRole:
		return append([]string{NoRole}, lib.RoleIDs()...)
	case FactBool:
		return []string{"true", "false"}
	}
	return f.ValueNames()
}

// condition checks a condition against its fact and parses its threshold
// into Need. It reports whether the condition is usable.
func (c checker) condition(lib *Library, cond *Condition, path string) bool {
	fact, ok := lib.Fact(cond.Fact)
	if !ok {
		c.at(cond.Pos, "fact", path+".fact", "one of the facts in facts.yaml: "+strings.Join(lib.FactKeys(), ", "), "unknown fact %q", cond.Fact)
		return false
	}
	need, ok := c.threshold(lib, *fact, cond.Pos, cond.AtLeast, cond.OneOf, cond.NoneOf, path)
	cond.Need = need
	return ok
}

// threshold checks that at_least / one_of / none_of fit a fact and returns
// at_least parsed: a number, an ordered value's rank, or 1 for "true".
func (c checker) threshold(lib *Library, fact Fact, pos Pos, atLeast string, oneOf, noneOf []string, path string) (float64, bool) {
	lists := len(oneOf) + len(noneOf)
	given := 0
	for _, set := range []bool{atLeast != "", len(oneOf) > 0, len(noneOf) > 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		c.at(pos, "fact", path, "give exactly one of at_least, one_of or none_of", "a rule on %s needs one test", fact.Key)
		return 0, false
	}
	switch fact.Kind {
	case FactSkills:
		c.at(pos, "fact", path+".fact", "rate skills in a requirement with `fact: skills` and `of:`", "%s cannot be tested here", fact.Key)
		return 0, false
	case FactNumber, FactScale:
		if lists > 0 {
			c.at(pos, "one_of", path+".one_of", "use at_least for "+fact.Key, "one_of and none_of apply to values, not numbers")
			return 0, false
		}
		n, err := strconv.ParseFloat(atLeast, 64)
		if err != nil || n < fact.MinValue() || n > fact.MaxValue() {
			c.at(pos, "at_least", path+".at_least", fmt.Sprintf("a number from %s to %s", FormatNumber(fact.MinValue()), FormatNumber(fact.MaxValue())),
				"%q is not a valid threshold for %s", atLeast, fact.Key)
			return 0, false
		}
		return n, true
	case FactBool:
		if atLeast != "true" {
			c.at(pos, "at_least", path+".at_least", "at_least: \"true\"", "%q is not a valid threshold for %s", atLeast, fact.Key)
			return 0, false
		}
		return 1, true
	case FactCategory, FactRole:
		if atLeast != "" {
			c.at(pos, "at_least", path+".at_least", "use one_of or none_of for "+fact.Key, "%s has no order", fact.Key)
			return 0, false
		}
	case FactOrdered:
		if atLeast != "" {
			r := fact.Rank(atLeast)
			if r < 0 {
				c.at(pos, "at_least", path+".at_least", "one of: "+strings.Join(fact.ValueNames(), ", "), "%q is not a value of %s", atLeast, fact.Key)
				return 0, false
			}
			return float64(r), true
		}
	default:
		return 0, false
	}
	valid := lib.enumValues(fact)
	ok := true
	for key, list := range map[string][]string{"one_of": oneOf, "none_of": noneOf} {
		for j, v := range list {
			if !slices.Contains(valid, v) {
				c.at(pos, key, fmt.Sprintf("%s.%s[%d]", path, key, j), "one of: "+strings.Join(valid, ", "), "%q is not a value of %s", v, fact.Key)
				ok = false
			}
		}
	}
	return 0, ok
}

func (c checker) requirements(lib *Library) {
	c.ids("requirement", len(lib.Requirements), func(i int) (Pos, string, string) {
		return lib.Requirements[i].Pos, lib.Requirements[i].ID, fmt.Sprintf("requirements[%d]", i)
	})
	for i := range lib.Requirements {
		r := &lib.Requirements[i]
		path := fmt.Sprintf("requirements[%d]", i)
		c.ref(r.Pos, "role", path+".role", "role", r.Role, lib.roleIdx)
		if r.Kind != ReqRequired && r.Kind != ReqStrength {
			c.at(r.Pos, "kind", path+".kind", "required or strength", "unknown kind %q", r.Kind)
		}
		if r.Weight <= 0 || r.Weight > 100 {
			c.at(r.Pos, "weight", path+".weight", "a number above 0, at most 100", "weight is %g", r.Weight)
		}
		if r.Months < 0 {
			c.at(r.Pos, "months", path+".months", "0 or more", "months is %d", r.Months)
		}
		c.stepRefs(lib, r.Pos, r.Steps, path)
		for j, id := range r.Skills {
			c.ref(r.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "skill", id, lib.skillIdx)
		}
		c.rule(lib, r, path)
		for j := range r.First {
			p := &r.First[j]
			pp := fmt.Sprintf("%s.first[%d]", path, j)
			cond := p.Condition()
			if c.condition(lib, &cond, pp) {
				p.Need = cond.Need
			}
			c.stepRefs(lib, p.Pos, p.Steps, pp)
			if p.Months < 0 {
				c.at(p.Pos, "months", pp+".months", "0 or more", "months is %d", p.Months)
			}
		}
	}
}

func (c checker) stepRefs(lib *Library, pos Pos, steps []int, path string) {
	for j, n := range steps {
		if _, ok := lib.Step(n); !ok {
			c.at(pos, "steps", fmt.Sprintf("%s.steps[%d]", path, j), fmt.Sprintf("a step number from 1 to %d", len(lib.Steps)), "no step %d", n)
		}
	}
}

// rule checks a requirement's test against its fact and parses it.
func (c checker) rule(lib *Library, r *Requirement, path string) {
	fact, ok := lib.Fact(r.Fact)
	if !ok || fact.Kind == FactRole {
		c.at(r.Pos, "fact", path+".fact", "one of: "+strings.Join(lib.readableFacts(), ", "), "unknown fact %q", r.Fact)
		return
	}
	if fact.Kind != FactSkills && len(r.Of) > 0 {
		c.at(r.Pos, "of", path+".of", "use of with a skills fact only", "of does not apply to %s", r.Fact)
	}
	if fact.Kind == FactSkills {
		c.skillsRule(lib, r, path)
	} else if fact.Kind != FactUnknown {
		need, _ := c.threshold(lib, *fact, r.Pos, r.AtLeast, r.OneOf, nil, path)
		r.Need = need
	}
}

func (c checker) skillsRule(lib *Library, r *Requirement, path string) {
	n, err := strconv.ParseFloat(r.AtLeast, 64)
	if err != nil || n < 1 || n > 5 {
		c.at(r.Pos, "at_least", path+".at_least", "a rating from 1 to 5", "%q is not a valid threshold for %s", r.AtLeast, r.Fact)
	}
	r.Need = n
	if len(r.OneOf) > 0 {
		c.at(r.Pos, "one_of", path+".one_of", "use at_least for "+r.Fact, "one_of applies to values, not ratings")
	}
	if len(r.Of) == 0 {
		c.at(r.Pos, "fact", path+".of", "add `of:` with the skill ids whose ratings count", "a skills rule needs of")
	}
	rated := lib.RatedSkills()
	for j, id := range r.Of {
		c.ref(r.Pos, "of", fmt.Sprintf("%s.of[%d]", path, j), "skill", id, lib.skillIdx)
		if lib.Questionnaire != nil && !slices.Contains(rated, id) {
			c.at(r.Pos, "of", fmt.Sprintf("%s.of[%d]", path, j), "add it to the questionnaire's skills block", "skill %q is never rated in the questionnaire", id)
		}
	}
}

// monotone checks that each rung's required rules are at least as strict as
// the rung below, so that qualifying for a rung implies qualifying for every
// rung beneath it (the road's estimates rely on it).
func (c checker) monotone(lib *Library) {
	for i := 1; i < len(lib.Roles); i++ {
		lower, upper := lib.Roles[i-1], lib.Roles[i]
		for _, lr := range lib.RequirementsFor(lower.ID) {
			if lr.Kind != ReqRequired {
				continue
			}
			if rule, ok := lib.RungRule(upper.ID); ok && slices.Contains(rule.Waives, lr.Fact) {
				continue // the rung above is open without it, and says why
			}
			if !c.coveredAbove(lib, lr, lib.RequirementsFor(upper.ID)) {
				c.at(lr.Pos, "kind", "requirements", fmt.Sprintf("add a required rule on %s to %s at least as strict, or make this one a strength", lr.Fact, upper.ID),
					"required rule %q of %s has no equal or stricter required rule on %s", lr.ID, lower.ID, upper.ID)
			}
		}
	}
}

func (c checker) coveredAbove(lib *Library, lr Requirement, upper []Requirement) bool {
	fact, ok := lib.Fact(lr.Fact)
	if !ok {
		return true // reported elsewhere
	}
	for _, ur := range upper {
		if ur.Kind != ReqRequired || ur.Fact != lr.Fact {
			continue
		}
		switch fact.Kind {
		case FactCategory, FactOrdered:
			if lr.AtLeast == "" || ur.AtLeast == "" {
				if len(ur.OneOf) > 0 && subset(ur.OneOf, lr.OneOf) {
					return true
				}
				continue
			}
			if ur.Need >= lr.Need {
				return true
			}
		case FactSkills:
			if ur.Need >= lr.Need && subset(lr.Of, ur.Of) {
				return true
			}
		default:
			if ur.Need >= lr.Need {
				return true
			}
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
