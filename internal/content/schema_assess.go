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
	// Answer is the answers-file key the question fills; see Facts.
	Answer string `yaml:"answer,required"`
	Prompt string `yaml:"prompt,required"`
	// Label is a few words naming the answer, for the review page.
	Label string `yaml:"label"`
	Help  string `yaml:"help"`
	// Kind is one of choice, number, scale, yesno, skills.
	Kind    string   `yaml:"kind,required"`
	Options []Option `yaml:"options"`
	// Min and Max bound a number answer.
	Min  *float64 `yaml:"min"`
	Max  *float64 `yaml:"max"`
	Unit string   `yaml:"unit"`
	// Anchors says what levels 1..5 of a scale look like (exactly five).
	Anchors []string `yaml:"anchors"`
	// Skills are the skill ids a skills block rates, in order.
	Skills []string `yaml:"skills"`
}

// Option is one choice of a choice question, mapped to an answer value.
type Option struct {
	Pos   `yaml:"-"`
	Value string `yaml:"value,required"`
	Label string `yaml:"label,required"`
	Help  string `yaml:"help"`
}

// Requirement is a rule over a person's answers that a rung asks for.
type Requirement struct {
	Pos  `yaml:"-"`
	ID   string `yaml:"id,required"`
	Role string `yaml:"role,required"`
	// Label names the requirement for people ("Years in social services").
	Label string `yaml:"label,required"`
	// Fact is the answer the rule reads; see Facts.
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
	// Months is a rough time to close the gap when it is not a count of years.
	Months int `yaml:"months"`
	// Note explains the threshold.
	Note string `yaml:"note"`
}
