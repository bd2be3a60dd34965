package content

import (
	"fmt"
	"regexp"
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
	c.wordClasses(lib)  // validate_flags.go: puts each "@class" in phrases and cues
	c.flagFamilies(lib) // validate_flags.go: resolves each card's families
	c.cardCues(lib)     // validate_cards.go
	spreadFamilies(lib) // validate_flags.go: families marked everywhere
	c.guide(lib)
	c.perspective(lib)
	c.sources(lib)
	if c.facts(lib) {
		c.questionnaire(lib)
		c.requirements(lib)
		c.rungs(lib)
		c.pay(lib)
	}
	c.derived(lib)
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
