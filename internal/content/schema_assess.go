package content

// Questionnaire is the self-assessment: the questions that collect a person's
// answers, in the order they are asked.
type Questionnaire struct {
	Pos       `yaml:"-"`
	Intro     string     `yaml:"intro,required"`
	Questions []Question `yaml:"questions,required"`
}

// Question asks for one answer (or, for kind skills, a block of skill ratings).
type Question struct {
	Pos `yaml:"-"`
	ID  string `yaml:"id,required"`
	// Answer is the key of the fact (facts.yaml) the question fills.
	Answer string `yaml:"answer,required"`
	Prompt string `yaml:"prompt,required"`
	// Label is a few words naming the answer, for the review page; the
	// fact's label when empty.
	Label string `yaml:"label"`
	Help  string `yaml:"help"`
	// Kind is one of choice, number, scale, yesno, skills.
	Kind    string   `yaml:"kind,required"`
	Options []Option `yaml:"options"`
	// Anchors says what levels 1..5 of a scale look like (exactly five).
	Anchors []string `yaml:"anchors"`
	// Skills are the skill ids a skills block rates, in order.
	Skills []string `yaml:"skills"`
	// ShowIf asks the question only when every condition holds on the
	// answers so far (no field-of-degree question without a degree). An
	// answer to a question that is not shown does not count.
	ShowIf []Condition `yaml:"show_if"`
}

// Option is one choice of a choice question, mapped to an answer value.
type Option struct {
	Pos   `yaml:"-"`
	Value string `yaml:"value,required"`
	Label string `yaml:"label,required"`
	Help  string `yaml:"help"`
}

// Condition is a test on one answer: at_least for numbers, ratings, ordered
// values and yes/no facts ("true"); one_of or none_of for categories, ordered
// values and roles. An unanswered fact fails every condition.
type Condition struct {
	Pos     `yaml:"-"`
	Fact    string   `yaml:"fact,required"`
	AtLeast string   `yaml:"at_least"`
	OneOf   []string `yaml:"one_of"`
	NoneOf  []string `yaml:"none_of"`

	// Need is AtLeast parsed when the track is validated: the number, the
	// rank of an ordered value, or 1 for "true".
	Need float64 `yaml:"-"`
}

// Requirement is a rule over a person's answers that a rung asks for.
type Requirement struct {
	Pos  `yaml:"-"`
	ID   string `yaml:"id,required"`
	Role string `yaml:"role,required"`
	// Label names the requirement for people ("Years in social services").
	Label string `yaml:"label,required"`
	// Fact is the key of the fact (facts.yaml) the rule reads.
	Fact string `yaml:"fact,required"`
	// AtLeast is the threshold for numbers, ordered values and yes/no facts.
	AtLeast string `yaml:"at_least"`
	// OneOf lists the accepted values of an unordered fact.
	OneOf []string `yaml:"one_of"`
	// Of lists the skill ids whose mean rating a skills rule reads.
	Of []string `yaml:"of"`
	// Weight is the requirement's share of readiness, > 0.
	Weight float64 `yaml:"weight,required"`
	// Kind is "required" (the rung is out of reach without it) or "strength"
	// (counts towards readiness, not towards qualifying).
	Kind string `yaml:"kind,required"`
	// Steps are the numbers of the steps that close the gap.
	Steps []int `yaml:"steps,required"`
	// Skills are ids of skills that close the gap.
	Skills []string `yaml:"skills"`
	// Months is a rough time to close the gap when it is neither a count of
	// years nor an ordered value (whose values carry their own months).
	Months int `yaml:"months"`
	// First lists what must hold before this gap can be closed at all.
	First []Prerequisite `yaml:"first"`
	// Note explains the threshold.
	Note string `yaml:"note"`
	// Warn says the rule's note among the placement's notes whenever it is
	// open on the next rung: for a strength that many employers screen on
	// (a master's for director), so readiness alone does not hide it.
	Warn bool `yaml:"warn"`
	// Estimate marks a threshold that is the track's own estimate, not a
	// figure from a source: the reason says so, so nobody takes 8 years
	// against 7 as a hard rule.
	Estimate bool `yaml:"estimate"`
	// HeldWithout is what to tell someone who holds the rung without
	// meeting this rule, when the usual "many people do" would be wrong
	// (practicing without registration is an offense, in England).
	HeldWithout string `yaml:"held_without"`

	// Need is AtLeast parsed when the track is validated.
	Need float64 `yaml:"-"`
}

// Condition is the requirement's test as a Condition.
func (r Requirement) Condition() Condition {
	return Condition{Pos: r.Pos, Fact: r.Fact, AtLeast: r.AtLeast, OneOf: r.OneOf, Need: r.Need}
}

// Prerequisite is something that must hold before a gap can close (a
// social work license needs a social work degree first).
type Prerequisite struct {
	Pos     `yaml:"-"`
	Fact    string   `yaml:"fact,required"`
	AtLeast string   `yaml:"at_least"`
	OneOf   []string `yaml:"one_of"`
	NoneOf  []string `yaml:"none_of"`
	// Label names what comes first ("a social work degree").
	Label string `yaml:"label,required"`
	// Steps close it; Months is the usual time it takes.
	Steps  []int `yaml:"steps"`
	Months int   `yaml:"months"`

	Need float64 `yaml:"-"`
}

// Condition is the prerequisite's test as a Condition.
func (p Prerequisite) Condition() Condition {
	return Condition{Pos: p.Pos, Fact: p.Fact, AtLeast: p.AtLeast, OneOf: p.OneOf, NoneOf: p.NoneOf, Need: p.Need}
}

// RungRule says how a rung is placed: the evidence that a person holds it,
// and how long people usually stay on it before the next.
type RungRule struct {
	Pos  `yaml:"-"`
	Role string `yaml:"role,required"`
	// TypicalYears is the time usually spent on this rung before the next
	// one; the top rung has none.
	TypicalYears *float64 `yaml:"typical_years"`
	// TypicalNote says where the number comes from.
	TypicalNote string `yaml:"typical_note"`
	// HeldWhen is evidence of doing the job: a person who states no role is
	// taken to hold the highest rung with an entry whose conditions all hold.
	HeldWhen []Evidence `yaml:"held_when"`
	// Route says how people usually move onto the rung when they meet its
	// rules (a progression panel rather than a vacancy), said in place of
	// "you could apply".
	Route string `yaml:"route"`
	// YearsFrom names a number fact that stands in for the years spent on
	// this rung when a person holding it does not give them (years
	// supervising, for a supervisor).
	YearsFrom string `yaml:"years_from"`
	// Waives lists facts whose required rules on the rungs below do not carry
	// up to this one (a post open to people from other professions), and
	// WaiveNote says why.
	Waives    []string `yaml:"waives"`
	WaiveNote string   `yaml:"waive_note"`
}

// Evidence is one way of showing a rung is held: every condition holds.
type Evidence struct {
	Pos `yaml:"-"`
	// Label says the evidence to the person ("you have direct reports").
	Label string      `yaml:"label,required"`
	All   []Condition `yaml:"all,required"`
	// Note is said when a rung is inferred from this evidence: what the
	// answers cannot show, and what to do if it is wrong.
	Note string `yaml:"note"`
}

// Pay gives a pay range for each rung where one is known (pay.yaml).
type Pay struct {
	Pos      `yaml:"-"`
	Currency string    `yaml:"currency,required"`
	Period   string    `yaml:"period,required"`
	Note     string    `yaml:"note,required"`
	Rungs    []PayRung `yaml:"rungs,required"`
}

// PayRung is one rung's pay range, with the year and source of the figure.
type PayRung struct {
	Pos    `yaml:"-"`
	Role   string `yaml:"role,required"`
	Min    int    `yaml:"min,required"`
	Max    int    `yaml:"max,required"`
	AsOf   string `yaml:"as_of,required"`
	Source string `yaml:"source,required"`
}
