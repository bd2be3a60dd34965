// Package assess places a person on a track's ladder from their answers: the
// rung they hold, the next rung, how ready they are for it, the gaps and the
// steps that close them, and the road to the top. It is pure: no I/O beyond
// parsing bytes it is given, no terminal.
package assess

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
	"gopkg.in/yaml.v3"
)

// NoRole is the current_role value of a person who holds no rung yet.
const NoRole = "none"

// MaxAnswersSize bounds an answers file; a real one is well under 1 KiB.
const MaxAnswersSize = 64 << 10

// Answers is what a person says about themselves: the answers file, or what
// the questionnaire collected. Given records which keys were answered.
type Answers struct {
	YearsExperience    float64
	Education          string
	EducationField     string
	License            string
	CurrentRole        string // a role id, NoRole, or "" when absent
	SupervisoryYears   float64
	DirectReports      float64
	ManagedBudget      bool
	ProgramDevelopment string
	PolicyKnowledge    int // 1..5; 0 = not rated
	Networking         int // 1..5; 0 = not rated
	Skills             map[string]int
	Given              map[string]bool
}

// Has reports whether key was answered.
func (a Answers) Has(key string) bool { return a.Given[key] }

// Number returns a numeric fact (numbers, scales), 0 when unanswered.
func (a Answers) Number(key string) float64 {
	switch key {
	case "years_experience":
		return a.YearsExperience
	case "supervisory_years":
		return a.SupervisoryYears
	case "direct_reports":
		return a.DirectReports
	case "policy_knowledge":
		return float64(a.PolicyKnowledge)
	case "networking":
		return float64(a.Networking)
	}
	return 0
}

// Text returns an enumerated fact, or "" when unanswered.
func (a Answers) Text(key string) string {
	switch key {
	case "education":
		return a.Education
	case "education_field":
		return a.EducationField
	case "license":
		return a.License
	case "program_development":
		return a.ProgramDevelopment
	case "current_role":
		return a.CurrentRole
	}
	return ""
}

// Set stores one answer by key; the questionnaire uses it. It does not
// validate: values come from the questionnaire's own options.
func (a *Answers) Set(key string, value any) {
	if a.Given == nil {
		a.Given = map[string]bool{}
	}
	a.Given[key] = true
	switch v := value.(type) {
	case float64:
		switch key {
		case "years_experience":
			a.YearsExperience = v
		case "supervisory_years":
			a.SupervisoryYears = v
		case "direct_reports":
			a.DirectReports = v
		}
	case int:
		switch key {
		case "policy_knowledge":
			a.PolicyKnowledge = v
		case "networking":
			a.Networking = v
		}
	case bool:
		if key == "managed_budget" {
			a.ManagedBudget = v
		}
	case string:
		switch key {
		case "education":
			a.Education = v
		case "education_field":
			a.EducationField = v
		case "license":
			a.License = v
		case "program_development":
			a.ProgramDevelopment = v
		case "current_role":
			a.CurrentRole = v
		}
	case map[string]int:
		if key == "skills" {
			a.Skills = v
		}
	}
}

// Unset forgets an answer.
func (a *Answers) Unset(key string) {
	delete(a.Given, key)
	switch key {
	case "years_experience":
		a.YearsExperience = 0
	case "supervisory_years":
		a.SupervisoryYears = 0
	case "direct_reports":
		a.DirectReports = 0
	case "policy_knowledge":
		a.PolicyKnowledge = 0
	case "networking":
		a.Networking = 0
	case "managed_budget":
		a.ManagedBudget = false
	case "education":
		a.Education = ""
	case "education_field":
		a.EducationField = ""
	case "license":
		a.License = ""
	case "program_development":
		a.ProgramDevelopment = ""
	case "current_role":
		a.CurrentRole = ""
	case "skills":
		a.Skills = nil
	}
}

// Clone returns a deep copy.
func (a Answers) Clone() Answers {
	b := a
	if a.Skills != nil {
		b.Skills = make(map[string]int, len(a.Skills))
		for k, v := range a.Skills {
			b.Skills[k] = v
		}
	}
	b.Given = make(map[string]bool, len(a.Given))
	for k, v := range a.Given {
		b.Given[k] = v
	}
	return b
}

// ParseAnswers reads an answers file strictly: unknown keys, wrong types and
// out-of-range values are problems naming the key, the line and what is
// valid. file names the input in messages. On failure the error is a
// *content.Problems.
func ParseAnswers(lib *content.Library, file string, data []byte) (Answers, error) {
	p := answerParser{lib: lib, file: file, probs: &content.Problems{}}
	a := p.parse(data)
	if p.probs.Len() > 0 {
		return Answers{}, p.probs
	}
	return a, nil
}

type answerParser struct {
	lib   *content.Library
	file  string
	probs *content.Problems
}

func (p *answerParser) add(line int, key, hint, format string, args ...any) {
	p.probs.Add(content.Problem{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func (p *answerParser) parse(data []byte) Answers {
	a := Answers{Given: map[string]bool{}}
	if len(data) > MaxAnswersSize {
		p.add(0, "", fmt.Sprintf("an answers file is at most %d KiB", MaxAnswersSize>>10), "the file is too large (%d KiB)", len(data)>>10)
		return a
	}
	if line, col, bad := content.FindControl(data); bad {
		p.add(line, "", "remove it; answers are plain text", "control character at column %d", col)
		return a
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if strings.Contains(err.Error(), "EOF") {
			p.add(1, "", "write one `key: value` per line, as in the README", "the answers file is empty")
			return a
		}
		line, msg := content.YAMLErrorLine(err)
		p.add(line, "", "fix the YAML syntax (check indentation and colons)", "%s", msg)
		return a
	}
	n := &root
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		p.add(1, "", "write one `key: value` per line, as in the README", "the answers file is empty")
		return a
	}
	if n.Kind != yaml.MappingNode {
		p.add(n.Line, "", "a mapping of `key: value` lines, as in the README", "the answers must be a mapping")
		return a
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if prev, dup := seen[k.Value]; dup {
			p.add(k.Line, k.Value, "keep one of them", "key %q appears twice (first on line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line
		fact, ok := content.FactByKey(k.Value)
		if !ok {
			hint := "valid keys: " + strings.Join(content.FactKeys(), ", ")
			if s := content.Nearest(k.Value, content.FactKeys()); s != "" {
				hint = fmt.Sprintf("did you mean %q? %s", s, hint)
			}
			p.add(k.Line, k.Value, hint, "unknown key %q", k.Value)
			continue
		}
		if v.Kind == yaml.AliasNode {
			p.add(v.Line, k.Value, "write the value out", "aliases are not allowed")
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue // `key:` with no value counts as unanswered
		}
		p.value(&a, fact, k.Value, v)
	}
	return a
}

func (p *answerParser) value(a *Answers, fact content.Fact, key string, v *yaml.Node) {
	switch fact.Kind {
	case content.FactNumber:
		f, ok := p.number(v, key, fmt.Sprintf("a number from 0 to %g", fact.Max))
		if !ok {
			return
		}
		if f < 0 || f > fact.Max {
			p.add(v.Line, key, fmt.Sprintf("a number from 0 to %g", fact.Max), "%s is out of range", v.Value)
			return
		}
		if key == "direct_reports" && f != math.Trunc(f) {
			p.add(v.Line, key, "a whole number of people", "%s is not a whole number", v.Value)
			return
		}
		a.Set(key, f)
	case content.FactScale:
		if r, ok := p.rating(v, key); ok {
			a.Set(key, r)
		}
	case content.FactBool:
		if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
			p.add(v.Line, key, "true or false", "%s is not true or false", describe(v))
			return
		}
		a.Set(key, v.Value == "true")
	case content.FactOrdered, content.FactCategory:
		if s, ok := p.enum(v, key, fact.Values); ok {
			a.Set(key, s)
		}
	case content.FactRole:
		valid := append([]string{NoRole}, p.lib.RoleIDs()...)
		if s, ok := p.enum(v, key, valid); ok {
			a.Set(key, s)
		}
	case content.FactSkills:
		p.skills(a, key, v)
	}
}

func describe(v *yaml.Node) string {
	switch v.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(v.Value)
}

func (p *answerParser) number(v *yaml.Node, key, hint string) (float64, bool) {
	if v.Kind != yaml.ScalarNode || (v.Tag != "!!int" && v.Tag != "!!float") {
		p.add(v.Line, key, hint, "%s is not a number", describe(v))
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v.Value, "_", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		p.add(v.Line, key, hint, "%s is not a number", describe(v))
		return 0, false
	}
	return f, true
}

func (p *answerParser) rating(v *yaml.Node, key string) (int, bool) {
	const hint = "a whole number from 1 to 5"
	f, ok := p.number(v, key, hint)
	if !ok {
		return 0, false
	}
	if f != math.Trunc(f) || f < 1 || f > 5 {
		p.add(v.Line, key, hint, "%s is out of range", v.Value)
		return 0, false
	}
	return int(f), true
}

func (p *answerParser) enum(v *yaml.Node, key string, valid []string) (string, bool) {
	hint := "one of: " + strings.Join(valid, ", ")
	if v.Kind != yaml.ScalarNode {
		p.add(v.Line, key, hint, "%s is not one of the values", describe(v))
		return "", false
	}
	if !slices.Contains(valid, v.Value) {
		if s := content.Nearest(v.Value, valid); s != "" {
			hint = fmt.Sprintf("did you mean %q? %s", s, hint)
		}
		p.add(v.Line, key, hint, "%q is not a valid value", v.Value)
		return "", false
	}
	return v.Value, true
}

func (p *answerParser) skills(a *Answers, key string, v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		p.add(v.Line, key, "a mapping of skill id to a 1-5 rating, e.g. `leadership: 3`", "%s is not a mapping", describe(v))
		return
	}
	ids := make([]string, len(p.lib.Skills))
	for i, s := range p.lib.Skills {
		ids[i] = s.ID
	}
	out := map[string]int{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, r := v.Content[i], v.Content[i+1]
		path := key + "." + k.Value
		if _, ok := p.lib.Skill(k.Value); !ok {
			hint := "valid skill ids: " + strings.Join(ids, ", ")
			if s := content.Nearest(k.Value, ids); s != "" {
				hint = fmt.Sprintf("did you mean %q? %s", s, hint)
			}
			p.add(k.Line, path, hint, "unknown skill %q", k.Value)
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.add(k.Line, path, "rate each skill once", "skill %q is rated twice", k.Value)
			continue
		}
		if r.Kind == yaml.ScalarNode && r.Tag == "!!null" {
			continue // listed but not rated
		}
		if n, ok := p.rating(r, path); ok {
			out[k.Value] = n
		}
	}
	a.Set(key, out)
}
