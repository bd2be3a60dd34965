package content

// FactKind says what sort of value an answer holds.
type FactKind int

// The kinds of fact an answer can hold.
const (
	FactNumber   FactKind = iota // a count >= 0, such as years
	FactOrdered                  // one of an ordered list of values
	FactCategory                 // one of an unordered list of values
	FactBool                     // true or false
	FactScale                    // a 1..5 self-rating
	FactSkills                   // 1..5 self-ratings keyed by skill id
	FactRole                     // a role id, or none
)

func (k FactKind) String() string {
	switch k {
	case FactNumber:
		return "number"
	case FactOrdered:
		return "ordered"
	case FactCategory:
		return "category"
	case FactBool:
		return "yes/no"
	case FactScale:
		return "1-5 scale"
	case FactSkills:
		return "skill ratings"
	case FactRole:
		return "role"
	}
	return "unknown"
}

// Fact is one key of the answers a person gives: the vocabulary that
// questions fill and requirements read. It is generic career data (years,
// education, license, leadership history, self-ratings), not tied to a field.
type Fact struct {
	Key    string
	Kind   FactKind
	Values []string // FactOrdered: lowest first; FactCategory: any order
	Max    float64  // FactNumber: the largest sensible value
	Unit   string   // FactNumber: "years" for durations, which close at their own pace
	Doc    string
}

// Facts is the answers vocabulary, in the order of the answers file.
var Facts = []Fact{
	{Key: "years_experience", Kind: FactNumber, Max: 60, Unit: "years", Doc: "years working in the field"},
	{Key: "education", Kind: FactOrdered, Values: []string{"none", "associate", "bachelors", "masters", "doctorate"}, Doc: "highest degree"},
	{Key: "education_field", Kind: FactCategory, Values: []string{"social_work", "related", "other"}, Doc: "field of the highest degree"},
	{Key: "license", Kind: FactOrdered, Values: []string{"none", "certified", "licensed", "clinical"}, Doc: "professional license or certification"},
	{Key: "current_role", Kind: FactRole, Doc: "the rung held now; none = no rung yet"},
	{Key: "supervisory_years", Kind: FactNumber, Max: 60, Unit: "years", Doc: "years supervising staff"},
	{Key: "direct_reports", Kind: FactNumber, Max: 100000, Unit: "people", Doc: "people reporting to you now"},
	{Key: "managed_budget", Kind: FactBool, Doc: "has owned a program or department budget"},
	{Key: "program_development", Kind: FactOrdered, Values: []string{"none", "contributed", "led", "several"}, Doc: "experience developing programs"},
	{Key: "policy_knowledge", Kind: FactScale, Doc: "1-5 self-rating of policy and legal knowledge"},
	{Key: "networking", Kind: FactScale, Doc: "1-5 self-rating of professional network"},
	{Key: "skills", Kind: FactSkills, Doc: "1-5 self-ratings keyed by skill id"},
}

// FactByKey finds a fact of the vocabulary.
func FactByKey(key string) (Fact, bool) {
	for _, f := range Facts {
		if f.Key == key {
			return f, true
		}
	}
	return Fact{}, false
}

// FactKeys lists the keys of the vocabulary.
func FactKeys() []string {
	out := make([]string, len(Facts))
	for i, f := range Facts {
		out[i] = f.Key
	}
	return out
}

// Rank is the position of value among an ordered fact's values, or -1.
func (f Fact) Rank(value string) int {
	for i, v := range f.Values {
		if v == value {
			return i
		}
	}
	return -1
}
