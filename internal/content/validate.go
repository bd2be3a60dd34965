package content

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Question kinds.
const (
	KindChoice = "choice"
	KindNumber = "number"
	KindScale  = "scale"
	KindYesNo  = "yesno"
	KindSkills = "skills"
)

// Card methods.
const (
	MethodSTAR   = "star"
	MethodDirect = "direct"
)

// Requirement kinds.
const (
	ReqRequired = "required"
	ReqStrength = "strength"
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

const idHint = "ids are lower-case words joined by hyphens, such as case-manager"

// checker collects validation problems with positions.
type checker struct {
	p *Problems
}

func (c checker) at(pos Pos, key, path, hint, format string, args ...any) {
	c.p.add(Problem{File: pos.File, Line: pos.KeyLine(key), Key: path, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// ids checks a list of ids: well formed and unique.
func (c checker) ids(kind string, n int, item func(i int) (Pos, string, string)) {
	seen := map[string]Pos{}
	for i := 0; i < n; i++ {
		pos, id, path := item(i)
		if id == "" {
			continue // reported as missing by the decoder
		}
		if !idPattern.MatchString(id) {
			c.at(pos, "id", path+".id", idHint, "%s id %q is not well formed", kind, id)
		}
		if prev, dup := seen[id]; dup {
			c.at(pos, "id", path+".id", "give each "+kind+" its own id",
				"duplicate %s id %q (first at %s:%d)", kind, id, prev.File, prev.KeyLine("id"))
			continue
		}
		seen[id] = pos
	}
}

// ref checks that id is one of valid.
func (c checker) ref(pos Pos, key, path, kind, id string, valid map[string]int) {
	if _, ok := valid[id]; ok {
		return
	}
	hint := "valid " + kind + " ids: " + strings.Join(sortedKeys(valid), ", ")
	if len(valid) == 0 {
		hint = "the track defines no " + kind + "s"
	} else if s := nearest(id, sortedKeys(valid)); s != "" {
		hint = fmt.Sprintf("did you mean %q? %s", s, hint)
	}
	c.at(pos, key, path, hint, "unknown %s %q", kind, id)
}

func validate(lib *Library, p *Problems) {
	c := checker{p}
	lib.index()
	c.track(lib)
	c.roles(lib)
	c.steps(lib)
	c.skills(lib)
	c.salary(lib)
	c.simpleIDs(lib)
	c.cards(lib)
	c.cardCues(lib) // validate_cards.go
	c.guide(lib)
	c.perspective(lib)
	c.questionnaire(lib)
	c.requirements(lib)
}

func (c checker) track(lib *Library) {
	t := lib.Track
	if t.ID != "" && !idPattern.MatchString(t.ID) {
		c.at(t.Pos, "id", "track.id", idHint, "track id %q is not well formed", t.ID)
	}
	if t.Goal != "" {
		c.ref(t.Pos, "goal", "track.goal", "role", t.Goal, lib.roleIdx)
	}
}

func (c checker) roles(lib *Library) {
	c.ids("role", len(lib.Roles), func(i int) (Pos, string, string) {
		return lib.Roles[i].Pos, lib.Roles[i].ID, fmt.Sprintf("roles[%d]", i)
	})
	// Rungs are listed in order, lowest first, and are contiguous 1..N.
	for i, r := range lib.Roles {
		if r.Rung != i+1 {
			c.at(r.Pos, "rung", fmt.Sprintf("roles[%d].rung", i),
				fmt.Sprintf("list roles from the lowest rung up, numbered 1..%d without gaps", len(lib.Roles)),
				"role %q has rung %d but is number %d in the list", r.ID, r.Rung, i+1)
		}
		for j, a := range r.Responsibilities {
			if !idPattern.MatchString(a.ID) {
				c.at(a.Pos, "id", fmt.Sprintf("roles[%d].responsibilities[%d].id", i, j), idHint, "id %q is not well formed", a.ID)
			}
		}
	}
}

func (c checker) steps(lib *Library) {
	c.ids("step", len(lib.Steps), func(i int) (Pos, string, string) {
		return lib.Steps[i].Pos, lib.Steps[i].ID, fmt.Sprintf("steps[%d]", i)
	})
	for i, s := range lib.Steps {
		path := fmt.Sprintf("steps[%d]", i)
		if s.Number != i+1 {
			c.at(s.Pos, "number", path+".number",
				fmt.Sprintf("number steps 1..%d in the order they are listed", len(lib.Steps)),
				"step %q has number %d but is number %d in the list", s.ID, s.Number, i+1)
		}
		c.ids("action", len(s.Actions), func(j int) (Pos, string, string) {
			return s.Actions[j].Pos, s.Actions[j].ID, fmt.Sprintf("%s.actions[%d]", path, j)
		})
		for j, id := range s.Skills {
			c.ref(s.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "skill", id, lib.skillIdx)
		}
	}
}

func (c checker) skills(lib *Library) {
	c.ids("skill category", len(lib.SkillCategories), func(i int) (Pos, string, string) {
		return lib.SkillCategories[i].Pos, lib.SkillCategories[i].ID, fmt.Sprintf("skill_categories[%d]", i)
	})
	c.ids("skill", len(lib.Skills), func(i int) (Pos, string, string) {
		return lib.Skills[i].Pos, lib.Skills[i].ID, fmt.Sprintf("skills[%d]", i)
	})
	for i, s := range lib.Skills {
		path := fmt.Sprintf("skills[%d]", i)
		c.ref(s.Pos, "category", path+".category", "skill category", s.Category, lib.skillCatIdx)
		if len(s.Anchors) != 0 && len(s.Anchors) != 5 {
			c.at(s.Pos, "anchors", path+".anchors", "give exactly five anchors, for levels 1 to 5",
				"skill %q has %d anchors", s.ID, len(s.Anchors))
		}
	}
}

func (c checker) salary(lib *Library) {
	s := lib.Salary
	if s == nil {
		return
	}
	c.ref(s.Pos, "role", "salary.role", "role", s.Role, lib.roleIdx)
	c.ids("salary level", len(s.Levels), func(i int) (Pos, string, string) {
		return s.Levels[i].Pos, s.Levels[i].ID, fmt.Sprintf("salary.levels[%d]", i)
	})
	for i, l := range s.Levels {
		path := fmt.Sprintf("salary.levels[%d]", i)
		if l.Min < 0 {
			c.at(l.Pos, "min", path+".min", "a yearly amount of 0 or more", "min is %d", l.Min)
		}
		if l.Min > l.Max {
			c.at(l.Pos, "max", path+".max", "max must be at least min", "max %d is below min %d", l.Max, l.Min)
		}
		if l.YearsMin < 0 {
			c.at(l.Pos, "years_min", path+".years_min", "0 or more years", "years_min is %g", l.YearsMin)
		}
		if i > 0 && l.YearsMin < s.Levels[i-1].YearsMin {
			c.at(l.Pos, "years_min", path+".years_min", "list levels from the least experienced up",
				"years_min %g is below the previous level's %g", l.YearsMin, s.Levels[i-1].YearsMin)
		}
	}
}

// simpleIDs checks the id lists that nothing else refers to.
func (c checker) simpleIDs(lib *Library) {
	c.ids("faq", len(lib.FAQ), func(i int) (Pos, string, string) {
		return lib.FAQ[i].Pos, lib.FAQ[i].ID, fmt.Sprintf("faq[%d]", i)
	})
	c.ids("specialization", len(lib.Specializations), func(i int) (Pos, string, string) {
		return lib.Specializations[i].Pos, lib.Specializations[i].ID, fmt.Sprintf("specializations[%d]", i)
	})
	c.ids("responsibility", len(lib.Responsibilities), func(i int) (Pos, string, string) {
		return lib.Responsibilities[i].Pos, lib.Responsibilities[i].ID, fmt.Sprintf("responsibilities[%d]", i)
	})
}

func (c checker) cards(lib *Library) {
	c.ids("card category", len(lib.CardCategories), func(i int) (Pos, string, string) {
		return lib.CardCategories[i].Pos, lib.CardCategories[i].ID, fmt.Sprintf("card_categories[%d]", i)
	})
	c.ids("card", len(lib.Cards), func(i int) (Pos, string, string) {
		return lib.Cards[i].Pos, lib.Cards[i].ID, fmt.Sprintf("cards[%d]", i)
	})
	for i, card := range lib.Cards {
		path := fmt.Sprintf("cards[%d]", i)
		c.ref(card.Pos, "category", path+".category", "card category", card.Category, lib.cardCatIdx)
		if card.Method != "" && card.Method != MethodSTAR && card.Method != MethodDirect {
			c.at(card.Pos, "method", path+".method", "star or direct", "unknown method %q", card.Method)
		}
		for j, id := range card.Rungs {
			c.ref(card.Pos, "rungs", fmt.Sprintf("%s.rungs[%d]", path, j), "role", id, lib.roleIdx)
		}
		for j, id := range card.Skills {
			c.ref(card.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "skill", id, lib.skillIdx)
		}
		if len(card.KeyPoints) > 8 {
			c.at(card.Pos, "key_points", path+".key_points", "at most 8 key points", "%d key points", len(card.KeyPoints))
		}
		for j, kp := range card.KeyPoints {
			for k, cue := range kp.Cues {
				if strings.TrimSpace(cue) == "" {
					c.at(kp.Pos, "cues", fmt.Sprintf("%s.key_points[%d].cues[%d]", path, j, k), "a word or short phrase", "empty cue")
				}
			}
		}
	}
}

var placeholder = regexp.MustCompile(`\{([a-z_]+)\}`)

func (c checker) guide(lib *Library) {
	g := lib.Guide
	if g == nil {
		return
	}
	t := g.FollowUp.Template
	fields := map[string]int{}
	for _, f := range t.Fields {
		fields[f.Key] = 1
	}
	used := map[string]bool{}
	for _, part := range []struct{ key, text string }{{"subject", t.Subject}, {"body", t.Body}} {
		for _, m := range placeholder.FindAllStringSubmatch(part.text, -1) {
			used[m[1]] = true
			if _, ok := fields[m[1]]; !ok {
				c.at(t.Pos, part.key, "guide.follow_up.template."+part.key,
					"add it to fields, or use one of: "+strings.Join(sortedKeys(fields), ", "),
					"placeholder {%s} has no field", m[1])
			}
		}
	}
	for i, f := range t.Fields {
		if !used[f.Key] {
			c.at(f.Pos, "key", fmt.Sprintf("guide.follow_up.template.fields[%d].key", i),
				"use it in the subject or body, or remove the field", "field %q is not used in the template", f.Key)
		}
	}
}

func (c checker) perspective(lib *Library) {
	p := lib.Perspective
	if p == nil {
		return
	}
	c.ids("insight", len(p.Insights), func(i int) (Pos, string, string) {
		return p.Insights[i].Pos, p.Insights[i].ID, fmt.Sprintf("perspective.insights[%d]", i)
	})
	for i, in := range p.Insights {
		for j, id := range in.Skills {
			c.ref(in.Pos, "skills", fmt.Sprintf("perspective.insights[%d].skills[%d]", i, j), "skill", id, lib.skillIdx)
		}
	}
}

var kindForFact = map[FactKind][]string{
	FactNumber:   {KindNumber},
	FactOrdered:  {KindChoice},
	FactCategory: {KindChoice},
	FactBool:     {KindYesNo},
	FactScale:    {KindScale},
	FactSkills:   {KindSkills},
	FactRole:     {KindChoice},
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
	for i, qu := range q.Questions {
		path := fmt.Sprintf("questionnaire.questions[%d]", i)
		fact, ok := FactByKey(qu.Answer)
		if !ok {
			c.at(qu.Pos, "answer", path+".answer", "one of: "+strings.Join(FactKeys(), ", "), "unknown answer key %q", qu.Answer)
			continue
		}
		if prev, dup := asked[qu.Answer]; dup && fact.Kind != FactSkills {
			c.at(qu.Pos, "answer", path+".answer", "ask for each answer once", "answer %q is already asked by question %q", qu.Answer, prev)
		}
		asked[qu.Answer] = qu.ID
		if !slices.Contains(kindForFact[fact.Kind], qu.Kind) {
			c.at(qu.Pos, "kind", path+".kind", "for "+qu.Answer+" use kind "+strings.Join(kindForFact[fact.Kind], " or "),
				"kind %q does not fit answer %q", qu.Kind, qu.Answer)
			continue
		}
		switch qu.Kind {
		case KindChoice:
			c.options(lib, qu, fact, path)
		case KindScale:
			if len(qu.Anchors) != 5 {
				c.at(qu.Pos, "anchors", path+".anchors", "give five anchors, for levels 1 to 5", "a scale question has %d anchors", len(qu.Anchors))
			}
		case KindNumber:
			if qu.Min != nil && qu.Max != nil && *qu.Min > *qu.Max {
				c.at(qu.Pos, "max", path+".max", "max must be at least min", "max %g is below min %g", *qu.Max, *qu.Min)
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
}

func (c checker) options(lib *Library, qu Question, fact Fact, path string) {
	if len(qu.Options) == 0 {
		c.at(qu.Pos, "options", path+".options", "list the choices with value and label", "a choice question has no options")
		return
	}
	valid := fact.Values
	if fact.Kind == FactRole {
		valid = append([]string{"none"}, lib.RoleIDs()...)
	}
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

func (c checker) requirements(lib *Library) {
	c.ids("requirement", len(lib.Requirements), func(i int) (Pos, string, string) {
		return lib.Requirements[i].Pos, lib.Requirements[i].ID, fmt.Sprintf("requirements[%d]", i)
	})
	for i, r := range lib.Requirements {
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
		for j, n := range r.Steps {
			if _, ok := lib.Step(n); !ok {
				c.at(r.Pos, "steps", fmt.Sprintf("%s.steps[%d]", path, j), fmt.Sprintf("a step number from 1 to %d", len(lib.Steps)), "no step %d", n)
			}
		}
		for j, id := range r.Skills {
			c.ref(r.Pos, "skills", fmt.Sprintf("%s.skills[%d]", path, j), "skill", id, lib.skillIdx)
		}
		c.threshold(lib, r, path)
	}
}

// threshold checks that a requirement's at_least / one_of / of fit its fact.
func (c checker) threshold(lib *Library, r Requirement, path string) {
	fact, ok := FactByKey(r.Fact)
	if !ok || fact.Kind == FactRole {
		c.at(r.Pos, "fact", path+".fact", "one of: "+strings.Join(readableFacts(), ", "), "unknown fact %q", r.Fact)
		return
	}
	needAtLeast := fact.Kind != FactCategory
	if needAtLeast && r.AtLeast == "" {
		c.at(r.Pos, "fact", path+".at_least", "add `at_least:` with the threshold", "a %s rule needs at_least", fact.Kind)
		return
	}
	if !needAtLeast && len(r.OneOf) == 0 {
		c.at(r.Pos, "fact", path+".one_of", "add `one_of:` with the accepted values: "+strings.Join(fact.Values, ", "), "a %s rule needs one_of", r.Fact)
		return
	}
	if len(r.OneOf) > 0 && needAtLeast {
		c.at(r.Pos, "one_of", path+".one_of", "use at_least for "+r.Fact, "one_of applies to unordered facts only")
	}
	switch fact.Kind {
	case FactNumber:
		n, err := strconv.ParseFloat(r.AtLeast, 64)
		if err != nil || n < 0 || n > fact.Max {
			c.at(r.Pos, "at_least", path+".at_least", fmt.Sprintf("a number from 0 to %g", fact.Max), "%q is not a valid threshold for %s", r.AtLeast, r.Fact)
		}
	case FactScale, FactSkills:
		n, err := strconv.ParseFloat(r.AtLeast, 64)
		if err != nil || n < 1 || n > 5 {
			c.at(r.Pos, "at_least", path+".at_least", "a rating from 1 to 5", "%q is not a valid threshold for %s", r.AtLeast, r.Fact)
		}
		if fact.Kind == FactSkills {
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
	case FactBool:
		if r.AtLeast != "true" {
			c.at(r.Pos, "at_least", path+".at_least", "true", "%q is not a valid threshold for %s", r.AtLeast, r.Fact)
		}
	case FactOrdered:
		if fact.Rank(r.AtLeast) < 0 {
			c.at(r.Pos, "at_least", path+".at_least", "one of: "+strings.Join(fact.Values, ", "), "%q is not a value of %s", r.AtLeast, r.Fact)
		}
	case FactCategory:
		for j, v := range r.OneOf {
			if !slices.Contains(fact.Values, v) {
				c.at(r.Pos, "one_of", fmt.Sprintf("%s.one_of[%d]", path, j), "one of: "+strings.Join(fact.Values, ", "), "%q is not a value of %s", v, r.Fact)
			}
		}
	}
	if fact.Kind != FactSkills && len(r.Of) > 0 {
		c.at(r.Pos, "of", path+".of", "use of with fact: skills only", "of does not apply to %s", r.Fact)
	}
}

func readableFacts() []string {
	var out []string
	for _, f := range Facts {
		if f.Kind != FactRole {
			out = append(out, f.Key)
		}
	}
	return out
}
