// Package content is the schema of a career track, its strict loader over an
// fs.FS, and the validated, indexed, read-only Library the rest of rung reads.
//
// The package knows nothing about any particular career: the ladder, steps,
// skills, interview deck and questionnaire are all data. It imports no
// terminal, database or UI package.
package content

import "slices"

// Library is a validated track, indexed by id. Treat it as read-only.
type Library struct {
	Track            Track
	Roles            []Role // ordered by rung, lowest first
	Steps            []Step // ordered by number
	SkillCategories  []Category
	Skills           []Skill
	Salary           *Salary
	FAQ              []FAQ
	Specializations  []Specialization
	Responsibilities []Responsibility
	CardCategories   []Category
	// WordClasses name sets of words that phrases and cues use as
	// "@class"; loading puts the words in their place.
	WordClasses []WordClass
	// RedFlagFamilies are the risks shared by cards (schema_cards.go); a
	// loaded card's red flags already carry their family's phrases.
	RedFlagFamilies []RedFlagFamily
	Cards           []Card
	Guide           *Guide
	Perspective     *Perspective
	Questionnaire   *Questionnaire
	Requirements    []Requirement
	Glossary        []GlossaryEntry
	Facts           []Fact     // the answers vocabulary, in the order of the answers file
	Rungs           []RungRule // placement rules by role
	Pay             *Pay
	Files           []string // the YAML files the track was loaded from

	roleIdx     map[string]int
	skillIdx    map[string]int
	cardIdx     map[string]int
	cardCatIdx  map[string]int
	skillCatIdx map[string]int
	reqsByRole  map[string][]int
	factIdx     map[string]int
	rungIdx     map[string]int
}

func (l *Library) index() {
	l.roleIdx = indexBy(l.Roles, func(r Role) string { return r.ID })
	l.skillIdx = indexBy(l.Skills, func(s Skill) string { return s.ID })
	l.cardIdx = indexBy(l.Cards, func(c Card) string { return c.ID })
	l.cardCatIdx = indexBy(l.CardCategories, func(c Category) string { return c.ID })
	l.skillCatIdx = indexBy(l.SkillCategories, func(c Category) string { return c.ID })
	l.factIdx = indexBy(l.Facts, func(f Fact) string { return f.Key })
	l.rungIdx = indexBy(l.Rungs, func(r RungRule) string { return r.Role })
	l.reqsByRole = map[string][]int{}
	for i, r := range l.Requirements {
		l.reqsByRole[r.Role] = append(l.reqsByRole[r.Role], i)
	}
}

func indexBy[T any](items []T, id func(T) string) map[string]int {
	m := make(map[string]int, len(items))
	for i, it := range items {
		if _, dup := m[id(it)]; !dup {
			m[id(it)] = i
		}
	}
	return m
}

// Role returns the role with the given id.
func (l *Library) Role(id string) (*Role, bool) {
	i, ok := l.roleIdx[id]
	if !ok {
		return nil, false
	}
	return &l.Roles[i], true
}

// ShortName is the role's short name for running text, or its title.
func (r Role) ShortName() string {
	if r.Short != "" {
		return r.Short
	}
	return r.Title
}

// RoleIndex is the position of a role on the ladder (0 for the first rung),
// or -1 for an unknown id.
func (l *Library) RoleIndex(id string) int {
	if i, ok := l.roleIdx[id]; ok {
		return i
	}
	return -1
}

// RoleIDs lists role ids from the lowest rung up.
func (l *Library) RoleIDs() []string {
	out := make([]string, len(l.Roles))
	for i, r := range l.Roles {
		out[i] = r.ID
	}
	return out
}

// Step returns the step with the given number.
func (l *Library) Step(n int) (*Step, bool) {
	if n < 1 || n > len(l.Steps) {
		return nil, false
	}
	return &l.Steps[n-1], true
}

// Skill returns the skill with the given id.
func (l *Library) Skill(id string) (*Skill, bool) {
	i, ok := l.skillIdx[id]
	if !ok {
		return nil, false
	}
	return &l.Skills[i], true
}

// SkillName returns a skill's name, or the id when it is unknown.
func (l *Library) SkillName(id string) string {
	if s, ok := l.Skill(id); ok {
		return s.Name
	}
	return id
}

// Card returns the interview card with the given id.
func (l *Library) Card(id string) (*Card, bool) {
	i, ok := l.cardIdx[id]
	if !ok {
		return nil, false
	}
	return &l.Cards[i], true
}

// CardCategory returns the card category with the given id.
func (l *Library) CardCategory(id string) (*Category, bool) {
	i, ok := l.cardCatIdx[id]
	if !ok {
		return nil, false
	}
	return &l.CardCategories[i], true
}

// SkillCategory returns the skill category with the given id.
func (l *Library) SkillCategory(id string) (*Category, bool) {
	i, ok := l.skillCatIdx[id]
	if !ok {
		return nil, false
	}
	return &l.SkillCategories[i], true
}

// RequirementsFor lists a role's requirements in file order.
func (l *Library) RequirementsFor(roleID string) []Requirement {
	idx := l.reqsByRole[roleID]
	out := make([]Requirement, len(idx))
	for i, j := range idx {
		out[i] = l.Requirements[j]
	}
	return out
}

// CardsFor lists the cards that suit a role.
func (l *Library) CardsFor(roleID string) []Card {
	var out []Card
	for _, c := range l.Cards {
		if slices.Contains(c.Rungs, roleID) {
			out = append(out, c)
		}
	}
	return out
}

// RatedSkills lists the skill ids the questionnaire asks people to rate.
func (l *Library) RatedSkills() []string {
	if l.Questionnaire == nil {
		return nil
	}
	var out []string
	for _, q := range l.Questionnaire.Questions {
		if q.Kind == KindSkills {
			out = append(out, q.Skills...)
		}
	}
	return out
}

// Fact returns the fact (facts.yaml) with the given answers key.
func (l *Library) Fact(key string) (*Fact, bool) {
	i, ok := l.factIdx[key]
	if !ok {
		return nil, false
	}
	return &l.Facts[i], true
}

// FactKeys lists the answers keys of the track, in the order of facts.yaml.
func (l *Library) FactKeys() []string {
	out := make([]string, len(l.Facts))
	for i, f := range l.Facts {
		out[i] = f.Key
	}
	return out
}

// FactOfKind returns the first fact of a kind: the role fact (the rung held)
// and the skills fact (the self-ratings) are one per track.
func (l *Library) FactOfKind(k FactKind) (*Fact, bool) {
	for i := range l.Facts {
		if l.Facts[i].Kind == k {
			return &l.Facts[i], true
		}
	}
	return nil, false
}

// RungRule returns the placement rule of a role, if the track gives one.
func (l *Library) RungRule(role string) (*RungRule, bool) {
	i, ok := l.rungIdx[role]
	if !ok {
		return nil, false
	}
	return &l.Rungs[i], true
}

// QuestionFor returns the question that asks for a fact, if any.
func (l *Library) QuestionFor(key string) (*Question, bool) {
	if l.Questionnaire == nil {
		return nil, false
	}
	for i := range l.Questionnaire.Questions {
		if l.Questionnaire.Questions[i].Answer == key {
			return &l.Questionnaire.Questions[i], true
		}
	}
	return nil, false
}

// PayFor returns the pay range of a role, if the track gives one.
func (l *Library) PayFor(role string) (*PayRung, bool) {
	if l.Pay == nil {
		return nil, false
	}
	for i := range l.Pay.Rungs {
		if l.Pay.Rungs[i].Role == role {
			return &l.Pay.Rungs[i], true
		}
	}
	return nil, false
}
