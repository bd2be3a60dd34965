package content

import (
	"math"
	"strconv"
	"strings"
)

// FactKind says what sort of value an answer holds.
type FactKind int

// The kinds of fact an answer can hold. The zero value is no kind, so a fact
// whose kind did not parse is never mistaken for a number.
const (
	FactUnknown  FactKind = iota
	FactNumber            // a count >= 0, such as years
	FactOrdered           // one of an ordered list of values
	FactCategory          // one of an unordered list of values
	FactBool              // true or false
	FactScale             // a 1..5 self-rating
	FactSkills            // 1..5 self-ratings keyed by skill id
	FactRole              // a role id of the track, or none
)

// factKindNames are the kinds as written in facts.yaml.
var factKindNames = []string{"", "number", "ordered", "category", "bool", "scale", "skills", "role"}

// ParseFactKind reads a kind as written in facts.yaml.
func ParseFactKind(s string) (FactKind, bool) {
	for i, n := range factKindNames {
		if i > 0 && n == s {
			return FactKind(i), true
		}
	}
	return FactUnknown, false
}

// Name is the kind as written in facts.yaml.
func (k FactKind) Name() string {
	if k > FactUnknown && int(k) < len(factKindNames) {
		return factKindNames[k]
	}
	return "unknown"
}

func (k FactKind) String() string {
	switch k {
	case FactBool:
		return "yes/no"
	case FactScale:
		return "1-5 scale"
	case FactSkills:
		return "skill ratings"
	}
	return k.Name()
}

// NoRole is the value of a role fact for a person who holds no rung yet.
const NoRole = "none"

// Fact is one key of the answers a person gives, declared by the track in
// facts.yaml: the vocabulary that the questionnaire fills, the answers file
// holds and requirements read. Go knows the kinds, never the keys.
type Fact struct {
	Pos `yaml:"-"`
	// Key is the answers-file key, snake_case.
	Key      string `yaml:"key,required"`
	KindName string `yaml:"kind,required"`
	// Label names the answer in a few words ("Years in social services").
	Label string `yaml:"label,required"`
	Help  string `yaml:"help"`
	// Min and Max bound a number (Max is required for numbers).
	Min *float64 `yaml:"min"`
	Max *float64 `yaml:"max"`
	// Whole numbers only (a count of people).
	Whole bool `yaml:"whole"`
	// Unit: "years" marks a duration, which closes at its own pace.
	Unit string `yaml:"unit"`
	// AtMost names another number fact this one may not exceed.
	AtMost string `yaml:"at_most"`
	// Assume is the value taken when the fact is not answered, so that
	// estimates can go on (years supervising: 0); the placement says so.
	Assume *float64 `yaml:"assume"`
	// SayOne and SayMany say a number in a sentence; {n} is the number.
	SayOne  string `yaml:"say_one"`
	SayMany string `yaml:"say_many"`
	// Values of an ordered (lowest first), category or yes/no fact.
	Values []FactValue `yaml:"values"`
	// InRole, on the role fact, names the number fact that counts the years
	// spent in the role held: the road counts what is left of the rung's
	// usual time from it.
	InRole string `yaml:"in_role"`

	// Kind is KindName, parsed when the track is validated.
	Kind FactKind `yaml:"-"`
}

// FactValue is one value an enumerated fact can take.
type FactValue struct {
	Pos   `yaml:"-"`
	Value string `yaml:"value,required"`
	// Says the value in running text ("a bachelor's degree").
	Says string `yaml:"says"`
	// Months is the usual time to reach this value from the one below it
	// (ordered facts), so a gap of several values adds up.
	Months int `yaml:"months"`
	// MonthsFact names a number fact that, when answered, says how many
	// months are left to reach this value from the one below (a student's
	// months to qualifying): it takes the place of Months.
	MonthsFact string `yaml:"months_fact"`
}

// Rank is the position of value among an ordered fact's values, or -1.
func (f Fact) Rank(value string) int {
	for i, v := range f.Values {
		if v.Value == value {
			return i
		}
	}
	return -1
}

// HasHigher reports whether an ordered fact has a further level above
// value: one that takes time to reach (months), not merely another way of
// meeting it (a pre-2012 qualification that counts as a completed ASYE).
func (f Fact) HasHigher(value string) bool {
	for i := f.Rank(value) + 1; i > 0 && i < len(f.Values); i++ {
		if f.Values[i].Months > 0 || f.Values[i].MonthsFact != "" {
			return true
		}
	}
	return false
}

// ValueNames lists the fact's values as written in answers.
func (f Fact) ValueNames() []string {
	out := make([]string, len(f.Values))
	for i, v := range f.Values {
		out[i] = v.Value
	}
	return out
}

// Says says a value of an enumerated fact in words, or the value itself.
func (f Fact) Says(value string) string {
	for _, v := range f.Values {
		if v.Value == value && v.Says != "" {
			return v.Says
		}
	}
	return value
}

// MonthsBetween is the usual time to go from value have to value need of an
// ordered fact: the months of every value above have up to need. left
// answers a value's MonthsFact for the step from have to the value just
// above it (nil, or false, when not answered).
func (f Fact) MonthsBetween(have, need string, left func(key string) (float64, bool)) int {
	h, n := f.Rank(have), f.Rank(need)
	m := 0
	for i := max(h, 0) + 1; i <= n && i < len(f.Values); i++ {
		v := f.Values[i]
		if i == h+1 && v.MonthsFact != "" && left != nil {
			if months, ok := left(v.MonthsFact); ok {
				m += int(months)
				continue
			}
		}
		m += v.Months
	}
	return m
}

// MaxValue is the largest number the fact takes.
func (f Fact) MaxValue() float64 {
	switch {
	case f.Kind == FactScale:
		return 5
	case f.Max != nil:
		return *f.Max
	}
	return math.MaxFloat64
}

// MinValue is the smallest number the fact takes.
func (f Fact) MinValue() float64 {
	switch {
	case f.Kind == FactScale:
		return 1
	case f.Min != nil:
		return *f.Min
	}
	return 0
}

// IsDuration reports whether the number is a time that grows by itself.
func (f Fact) IsDuration() bool { return f.Unit == "years" }

// SayNumber says a number in the fact's words: "3 years supervising".
func (f Fact) SayNumber(n float64) string {
	s := FormatNumber(n)
	switch {
	case f.Kind == FactScale:
		return s + " of 5 for " + strings.ToLower(f.Label)
	case n == 1 && f.SayOne != "":
		return strings.ReplaceAll(f.SayOne, "{n}", s)
	case f.SayMany != "":
		return strings.ReplaceAll(f.SayMany, "{n}", s)
	}
	return s
}

// FormatNumber writes a number with at most one decimal.
func FormatNumber(f float64) string {
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
}
