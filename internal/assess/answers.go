// Package assess places a person on a track's ladder from their answers: the
// rung they hold, the rung they are qualified for, the next rung, how ready
// they are for it, the gaps and the steps that close them, and the road to
// the top. It is pure: no I/O beyond parsing bytes it is given, no terminal.
//
// Answers are values keyed by the facts the track declares (facts.yaml);
// nothing here knows a key by name. The fact's kind says how to read it.
package assess

import (
	"maps"
	"slices"

	"github.com/rung-career/rung/internal/content"
)

// NoRole is the role value of a person who holds no rung yet.
const NoRole = content.NoRole

// Answers is what a person says about themselves: the answers file, or what
// the questionnaire collected, keyed by fact. A key that is absent was not
// answered. The zero value is an empty set of answers, ready to use.
type Answers struct {
	vals map[string]value
}

// value is one answer: a number (numbers and ratings), a text (enumerated
// values, roles, and "true"/"false" for yes/no facts) or skill ratings.
type value struct {
	num    float64
	text   string
	skills map[string]int
}

func (a *Answers) set(key string, v value) {
	if a.vals == nil {
		a.vals = map[string]value{}
	}
	a.vals[key] = v
}

// Has reports whether key was answered.
func (a Answers) Has(key string) bool { _, ok := a.vals[key]; return ok }

// Len is the number of keys answered.
func (a Answers) Len() int { return len(a.vals) }

// Keys lists the answered keys, sorted.
func (a Answers) Keys() []string { return slices.Sorted(maps.Keys(a.vals)) }

// Number returns a number or rating, 0 when unanswered.
func (a Answers) Number(key string) float64 { return a.vals[key].num }

// Text returns an enumerated value or role ("true"/"false" for yes/no
// facts), "" when unanswered.
func (a Answers) Text(key string) string { return a.vals[key].text }

// Bool returns a yes/no answer, false when unanswered.
func (a Answers) Bool(key string) bool { return a.vals[key].text == "true" }

// Ratings returns the skill ratings of a skills fact; nil when unanswered.
// The map is the answers' own: do not change it.
func (a Answers) Ratings(key string) map[string]int { return a.vals[key].skills }

// SetNumber answers a number or rating fact.
func (a *Answers) SetNumber(key string, n float64) { a.set(key, value{num: n}) }

// SetText answers an enumerated or role fact.
func (a *Answers) SetText(key, s string) { a.set(key, value{text: s}) }

// SetBool answers a yes/no fact.
func (a *Answers) SetBool(key string, b bool) {
	s := "false"
	if b {
		s = "true"
	}
	a.set(key, value{text: s})
}

// SetRatings answers a skills fact with a copy of ratings.
func (a *Answers) SetRatings(key string, ratings map[string]int) {
	a.set(key, value{skills: maps.Clone(ratings)})
	if a.vals[key].skills == nil {
		a.vals[key] = value{skills: map[string]int{}}
	}
}

// SetRating rates one skill of a skills fact, answering the fact.
func (a *Answers) SetRating(key, skill string, r int) {
	m := maps.Clone(a.vals[key].skills)
	if m == nil {
		m = map[string]int{}
	}
	m[skill] = r
	a.set(key, value{skills: m})
}

// ClearRating forgets one skill's rating; the skills fact stays answered.
func (a *Answers) ClearRating(key, skill string) {
	if !a.Has(key) {
		return
	}
	m := maps.Clone(a.vals[key].skills)
	delete(m, skill)
	a.set(key, value{skills: m})
}

// Unset forgets an answer.
func (a *Answers) Unset(key string) { delete(a.vals, key) }

// Clone returns a deep copy.
func (a Answers) Clone() Answers {
	b := Answers{vals: make(map[string]value, len(a.vals))}
	for k, v := range a.vals {
		v.skills = maps.Clone(v.skills)
		b.vals[k] = v
	}
	return b
}

// Equal reports whether two sets of answers say the same things.
func (a Answers) Equal(b Answers) bool {
	if len(a.vals) != len(b.vals) {
		return false
	}
	for k, v := range a.vals {
		w, ok := b.vals[k]
		if !ok || v.num != w.num || v.text != w.text || !maps.Equal(v.skills, w.skills) {
			return false
		}
	}
	return true
}

// Holds reports whether a condition holds on the answers. An unanswered
// fact fails every condition.
func (a Answers) Holds(lib *content.Library, c content.Condition) bool {
	f, ok := lib.Fact(c.Fact)
	if !ok || !a.Has(c.Fact) {
		return false
	}
	switch f.Kind {
	case content.FactNumber, content.FactScale:
		return a.Number(c.Fact) >= c.Need-1e-9
	case content.FactBool:
		return a.Bool(c.Fact)
	}
	v := a.Text(c.Fact)
	switch {
	case len(c.OneOf) > 0:
		return slices.Contains(c.OneOf, v)
	case len(c.NoneOf) > 0:
		return !slices.Contains(c.NoneOf, v)
	case f.Kind == content.FactOrdered:
		return float64(f.Rank(v)) >= c.Need
	}
	return false
}

// HoldsAll reports whether every condition holds.
func (a Answers) HoldsAll(lib *content.Library, cs []content.Condition) bool {
	for _, c := range cs {
		if !a.Holds(lib, c) {
			return false
		}
	}
	return true
}

// Shown reports whether a question is asked given the answers so far: its
// show_if conditions all hold.
func Shown(lib *content.Library, q content.Question, a Answers) bool {
	return a.HoldsAll(lib, q.ShowIf)
}

// Effective returns the answers that count: an answer to a question that is
// not shown (a field of study with no degree) is dropped. Questions are
// taken in order, so a dropped answer also hides the questions that depend
// on it. dropped lists the facts dropped.
func Effective(lib *content.Library, a Answers) (eff Answers, dropped []string) {
	eff = a
	if lib.Questionnaire == nil {
		return eff, nil
	}
	cloned := false
	for _, q := range lib.Questionnaire.Questions {
		if len(q.ShowIf) == 0 || !eff.Has(q.Answer) || Shown(lib, q, eff) {
			continue
		}
		if !cloned {
			eff, cloned = a.Clone(), true
		}
		eff.Unset(q.Answer)
		dropped = append(dropped, q.Answer)
	}
	return eff, dropped
}
