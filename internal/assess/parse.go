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

// MaxAnswersSize bounds an answers file; a real one is well under 1 KiB.
const MaxAnswersSize = 64 << 10

// ParseAnswers reads an answers file strictly against the track's facts:
// unknown keys (a key of another track among them), wrong types and
// out-of-range values are problems naming the key, the line and what is
// valid. file names the input in messages. On failure the error is a
// *content.Problems.
func ParseAnswers(lib *content.Library, file string, data []byte) (Answers, error) {
	p := answerParser{lib: lib, file: file, probs: &content.Problems{}, lines: map[string]int{}}
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
	lines map[string]int // the line of each key, for checks across keys
}

func (p *answerParser) add(line int, key, hint, format string, args ...any) {
	p.probs.Add(content.Problem{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func (p *answerParser) parse(data []byte) Answers {
	var a Answers
	if len(data) > MaxAnswersSize {
		p.add(0, "", fmt.Sprintf("an answers file is at most %d KiB", MaxAnswersSize>>10), "the file is too large (%d KiB)", len(data)>>10)
		return a
	}
	if line, col, bad := content.FindControl(data); bad {
		p.add(line, "", "remove it; answers are plain text", "control character at column %d", col)
		return a
	}
	n, ok := p.root(data)
	if !ok {
		return a
	}
	keys := p.lib.FactKeys()
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if prev, dup := p.lines[k.Value]; dup {
			p.add(k.Line, k.Value, "keep one of them", "key %q appears twice (first on line %d)", k.Value, prev)
			continue
		}
		p.lines[k.Value] = k.Line
		fact, ok := p.lib.Fact(k.Value)
		if !ok {
			hint := fmt.Sprintf("valid keys of the %s track: %s", p.lib.Track.ID, strings.Join(keys, ", "))
			if s := content.Nearest(k.Value, keys); s != "" {
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
		p.value(&a, *fact, v)
	}
	p.relations(a)
	return a
}

// root decodes the document and returns its top mapping.
func (p *answerParser) root(data []byte) (*yaml.Node, bool) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if strings.Contains(err.Error(), "EOF") {
			p.add(1, "", "write one `key: value` per line, as in the README", "the answers file is empty")
			return nil, false
		}
		line, msg := content.YAMLErrorLine(err)
		p.add(line, "", "fix the YAML syntax (check indentation and colons)", "%s", msg)
		return nil, false
	}
	n := &root
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		p.add(1, "", "write one `key: value` per line, as in the README", "the answers file is empty")
		return nil, false
	}
	if n.Kind != yaml.MappingNode {
		p.add(n.Line, "", "a mapping of `key: value` lines, as in the README", "the answers must be a mapping")
		return nil, false
	}
	return n, true
}

// relations checks rules between keys: a number that may not exceed another.
func (p *answerParser) relations(a Answers) {
	for _, f := range p.lib.Facts {
		if f.AtMost == "" || !a.Has(f.Key) || !a.Has(f.AtMost) {
			continue
		}
		if a.Number(f.Key) > a.Number(f.AtMost)+1e-9 {
			most := content.FormatNumber(a.Number(f.AtMost))
			p.add(p.lines[f.Key], f.Key, fmt.Sprintf("at most %s, the %s given for %s", most, most, f.AtMost),
				"%s is more than %s", content.FormatNumber(a.Number(f.Key)), f.AtMost)
		}
	}
}

func (p *answerParser) value(a *Answers, fact content.Fact, v *yaml.Node) {
	key := fact.Key
	switch fact.Kind {
	case content.FactNumber:
		hint := NumberHint(fact)
		f, ok := p.number(v, key, hint)
		if !ok {
			return
		}
		if err := CheckNumber(fact, f); err != "" {
			p.add(v.Line, key, hint, "%s %s", v.Value, err)
			return
		}
		a.SetNumber(key, f)
	case content.FactScale:
		if r, ok := p.rating(v, key); ok {
			a.SetNumber(key, float64(r))
		}
	case content.FactBool:
		if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
			p.add(v.Line, key, "true or false", "%s is not true or false", describe(v))
			return
		}
		a.SetBool(key, v.Value == "true")
	case content.FactOrdered, content.FactCategory:
		if s, ok := p.enum(v, key, fact.ValueNames()); ok {
			a.SetText(key, s)
		}
	case content.FactRole:
		if s, ok := p.enum(v, key, append([]string{NoRole}, p.lib.RoleIDs()...)); ok {
			a.SetText(key, s)
		}
	case content.FactSkills:
		p.skills(a, key, v)
	}
}

// NumberHint says what a number fact accepts.
func NumberHint(f content.Fact) string {
	what := "a number"
	if f.Whole {
		what = "a whole number"
	}
	return fmt.Sprintf("%s from %s to %s", what, content.FormatNumber(f.MinValue()), content.FormatNumber(f.MaxValue()))
}

// CheckNumber says what is wrong with n as a value of a number fact, or "".
// The questionnaire and the answers file share it, so they accept the same.
func CheckNumber(f content.Fact, n float64) string {
	switch {
	case math.IsNaN(n) || math.IsInf(n, 0):
		return "is not a number"
	case n < f.MinValue() || n > f.MaxValue():
		return "is out of range"
	case f.Whole && n != math.Trunc(n):
		return "is not a whole number"
	}
	return ""
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
	seen := map[string]bool{}
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
		if seen[k.Value] {
			p.add(k.Line, path, "rate each skill once", "skill %q is rated twice", k.Value)
			continue
		}
		seen[k.Value] = true
		if r.Kind == yaml.ScalarNode && r.Tag == "!!null" {
			continue // listed but not rated
		}
		if n, ok := p.rating(r, path); ok {
			out[k.Value] = n
		}
	}
	a.SetRatings(key, out)
}
