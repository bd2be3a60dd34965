package content

// The schema of a track. Every *.yaml file in a track folder is decoded into a
// Document; each top-level section may appear in exactly one file of the track
// (by convention one file per kind of thing: roles.yaml, steps.yaml, ...).
//
// Tags: `yaml:"name"` names the key; the option `required` makes the key
// mandatory. Every struct embeds Pos, which the decoder fills with the file and
// line where the struct starts and where each of its keys is, so validation can
// point at the exact line of a bad value.

// Document is the shape of one YAML file of a track: any subset of the sections.
type Document struct {
	Pos              `yaml:"-"`
	Track            *Track           `yaml:"track"`
	Roles            []Role           `yaml:"roles"`
	Steps            []Step           `yaml:"steps"`
	SkillCategories  []Category       `yaml:"skill_categories"`
	Skills           []Skill          `yaml:"skills"`
	Salary           *Salary          `yaml:"salary"`
	FAQ              []FAQ            `yaml:"faq"`
	Specializations  []Specialization `yaml:"specializations"`
	Responsibilities []Responsibility `yaml:"responsibilities"`
	CardCategories   []Category       `yaml:"card_categories"`
	WordClasses      []WordClass      `yaml:"word_classes"`
	RedFlagFamilies  []RedFlagFamily  `yaml:"red_flag_families"`
	Cards            []Card           `yaml:"cards"`
	Guide            *Guide           `yaml:"guide"`
	Perspective      *Perspective     `yaml:"perspective"`
	Questionnaire    *Questionnaire   `yaml:"questionnaire"`
	Requirements     []Requirement    `yaml:"requirements"`
	Glossary         []GlossaryEntry  `yaml:"glossary"`
	Facts            []Fact           `yaml:"facts"`
	Rungs            []RungRule       `yaml:"rungs"`
	Pay              *Pay             `yaml:"pay"`
}

// Track names the career track and says who it is for.
type Track struct {
	Pos      `yaml:"-"`
	ID       string `yaml:"id,required"`
	Name     string `yaml:"name,required"`
	Summary  string `yaml:"summary,required"`
	Audience string `yaml:"audience"`
	// Country is where the ladder applies ("United States", "England").
	Country string `yaml:"country"`
	// Goal is the id of the top rung the track leads to ("the road to ...").
	Goal string `yaml:"goal,required"`
	// Sources credits the material the track is drawn from.
	Sources []Source `yaml:"sources"`
}

// Source credits one piece of source material.
type Source struct {
	Pos   `yaml:"-"`
	Title string `yaml:"title,required"`
	// URL is where the source can be read; AsOf dates what was taken from it.
	URL   string `yaml:"url"`
	AsOf  string `yaml:"as_of"`
	About string `yaml:"about"`
}

// Role is one rung of the ladder.
type Role struct {
	Pos `yaml:"-"`
	ID  string `yaml:"id,required"`
	// Rung is the position on the ladder, 1 for the first rung; rungs are
	// contiguous 1..N.
	Rung  int    `yaml:"rung,required"`
	Title string `yaml:"title,required"`
	// Short is a short name for running text ("Supervisor"); Title if empty.
	Short   string `yaml:"short"`
	Stage   string `yaml:"stage"`
	Summary string `yaml:"summary,required"`
	// Does is a longer description of the work, in prose.
	Does  string  `yaml:"does"`
	Focus []Focus `yaml:"focus"`
	// Responsibilities are areas of responsibility, each with its points.
	Responsibilities []Area `yaml:"responsibilities"`
	WorkEnvironment  string `yaml:"work_environment"`
}

// Focus is one thing to focus on to succeed in a role.
type Focus struct {
	Pos         `yaml:"-"`
	Name        string `yaml:"name,required"`
	Description string `yaml:"description,required"`
}

// Area is an area of responsibility with its points.
type Area struct {
	Pos    `yaml:"-"`
	ID     string   `yaml:"id,required"`
	Name   string   `yaml:"name,required"`
	Points []string `yaml:"points,required"`
}

// Step is one numbered step on the road to the top rung.
type Step struct {
	Pos     `yaml:"-"`
	Number  int      `yaml:"number,required"`
	ID      string   `yaml:"id,required"`
	Title   string   `yaml:"title,required"`
	Summary string   `yaml:"summary,required"`
	Detail  string   `yaml:"detail,required"`
	Actions []Action `yaml:"actions,required"`
	// Skills are ids of skills the step builds.
	Skills []string `yaml:"skills"`
}

// Action is one concrete thing a person can do and tick off.
type Action struct {
	Pos  `yaml:"-"`
	ID   string `yaml:"id,required"`
	Text string `yaml:"text,required"`
}

// Category groups skills or cards.
type Category struct {
	Pos         `yaml:"-"`
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name,required"`
	Description string `yaml:"description"`
	// MinRedFlags, on a card category, is how many red flags each of its
	// cards must carry: questions on safety, the law and ethics and
	// what-would-you-do situations, where a panel listens for the unsafe
	// answer as much as for the good one.
	MinRedFlags int `yaml:"min_red_flags"`
}

// Skill is a skill or competency, with anchors that say what each self-rating
// level looks like in practice.
type Skill struct {
	Pos         `yaml:"-"`
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name,required"`
	Category    string `yaml:"category,required"`
	Description string `yaml:"description,required"`
	// Anchors has exactly five entries: what levels 1..5 look like.
	Anchors []string `yaml:"anchors"`
}

// Salary holds the pay levels of one role.
type Salary struct {
	Pos      `yaml:"-"`
	Role     string `yaml:"role,required"`
	Currency string `yaml:"currency,required"`
	Period   string `yaml:"period,required"`
	Note     string `yaml:"note"`
	// YearsFact is the number fact that places a person who holds the role
	// among the levels (years_min): years in the role, not in the field.
	YearsFact string        `yaml:"years_fact"`
	Levels    []SalaryLevel `yaml:"levels,required"`
}

// SalaryLevel is one pay band.
type SalaryLevel struct {
	Pos  `yaml:"-"`
	ID   string `yaml:"id,required"`
	Name string `yaml:"name,required"`
	Min  int    `yaml:"min,required"`
	Max  int    `yaml:"max,required"`
	// OpenEnded marks a band whose top is "max and up" ($140,000+).
	OpenEnded bool `yaml:"open_ended"`
	// Experience is the source's own wording of the experience the band needs.
	Experience string `yaml:"experience,required"`
	// YearsMin is the experience, in years, from which a person fits the band;
	// used to place a person among the bands.
	YearsMin float64 `yaml:"years_min"`
	Summary  string  `yaml:"summary,required"`
	// Next says what moving up to the next band takes.
	Next string `yaml:"next"`
}

// FAQ is a frequently asked question.
type FAQ struct {
	Pos      `yaml:"-"`
	ID       string `yaml:"id,required"`
	Question string `yaml:"question,required"`
	Answer   string `yaml:"answer,required"`
}

// Specialization is a field of practice.
type Specialization struct {
	Pos         `yaml:"-"`
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name,required"`
	Description string `yaml:"description,required"`
	Settings    string `yaml:"settings"`
}

// Responsibility is a core duty of a practitioner.
type Responsibility struct {
	Pos         `yaml:"-"`
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name,required"`
	Description string `yaml:"description,required"`
}

// Card is an interview question with what a good answer contains.
type Card struct {
	Pos      `yaml:"-"`
	ID       string `yaml:"id,required"`
	Category string `yaml:"category,required"`
	Question string `yaml:"question,required"`
	// Why says why interviewers ask it.
	Why string `yaml:"why,required"`
	// How says how to answer it.
	How       string     `yaml:"how,required"`
	KeyPoints []KeyPoint `yaml:"key_points,required"`
	// Method is the answer structure: "star" (Situation, Task, Action, Result)
	// or "direct".
	Method  string `yaml:"method,required"`
	Example string `yaml:"example,required"`
	// Rungs are ids of the roles the question suits.
	Rungs []string `yaml:"rungs,required"`
	// Skills are ids of skills a good answer shows.
	Skills []string `yaml:"skills"`
	// RedFlags are things a panel counts against an answer (schema_cards.go).
	RedFlags []RedFlag `yaml:"red_flags"`
}

// KeyPoint is one point a good answer makes; Cues are words or short phrases
// whose presence shows an answer made it.
type KeyPoint struct {
	Pos   `yaml:"-"`
	Point string   `yaml:"point,required"`
	Cues  []string `yaml:"cues,required"`
	// Negated marks a "does not" point: it is made when its cues appear
	// negated ("I would not confront the parent").
	Negated bool `yaml:"negated"`
	// NotWith names red flags of the card (by label, or by family id) that
	// contradict the point: when one is raised, the point is not made, and
	// the flag's words are quoted as saying the opposite ("records"
	// beside "I'd update the records on the Monday").
	NotWith []string `yaml:"not_with"`
	// Say is one sentence on what to add when an answer misses the point,
	// in substance rather than words to use ("Say how you'd support the
	// child: stay calm, listen, ..."). Optional; rehearsal feedback shows
	// it instead of cues to try.
	Say string `yaml:"say"`
}

// Guide is the interview guide: before, during and after.
type Guide struct {
	Pos             `yaml:"-"`
	Intro           string       `yaml:"intro"`
	Preparing       []GuideTopic `yaml:"preparing,required"`
	AskAreas        []AskArea    `yaml:"ask_the_interviewer,required"`
	FollowUp        FollowUp     `yaml:"follow_up,required"`
	Reflection      []GuideTopic `yaml:"reflection,required"`
	Negotiation     Negotiation  `yaml:"negotiation,required"`
	SecondInterview []GuideTopic `yaml:"second_interview,required"`
	Takeaways       []GuideTopic `yaml:"takeaways,required"`
}

// GuideTopic is a titled piece of advice, with optional tips.
type GuideTopic struct {
	Pos   `yaml:"-"`
	ID    string   `yaml:"id,required"`
	Title string   `yaml:"title,required"`
	Body  string   `yaml:"body,required"`
	Tips  []string `yaml:"tips"`
}

// AskArea is an area of questions to ask the interviewer.
type AskArea struct {
	Pos       `yaml:"-"`
	ID        string        `yaml:"id,required"`
	Name      string        `yaml:"name,required"`
	Why       string        `yaml:"why,required"`
	Questions []AskQuestion `yaml:"questions,required"`
}

// AskQuestion is a question to ask the interviewer and what it tells you.
type AskQuestion struct {
	Pos   `yaml:"-"`
	Text  string `yaml:"text,required"`
	Tells string `yaml:"tells,required"`
}

// FollowUp is advice on following up after an interview, with a thank-you
// template.
type FollowUp struct {
	Pos      `yaml:"-"`
	Summary  string       `yaml:"summary,required"`
	Tips     []GuideTopic `yaml:"tips,required"`
	Template Template     `yaml:"template,required"`
}

// Template is a message with {placeholders}; Fields lists every placeholder it
// uses, with a label and a hint.
type Template struct {
	Pos     `yaml:"-"`
	Subject string          `yaml:"subject,required"`
	Body    string          `yaml:"body,required"`
	Fields  []TemplateField `yaml:"fields,required"`
}

// TemplateField is one {placeholder} in a template.
type TemplateField struct {
	Pos   `yaml:"-"`
	Key   string `yaml:"key,required"`
	Label string `yaml:"label,required"`
	Hint  string `yaml:"hint"`
}

// Negotiation is advice on negotiating an offer.
type Negotiation struct {
	Pos        `yaml:"-"`
	Summary    string       `yaml:"summary,required"`
	Strategies []GuideTopic `yaml:"strategies,required"`
	// Example is example wording, with {placeholders}.
	Example string `yaml:"example,required"`
}

// Perspective is a leadership perspective on the top rung: insights with
// prompts for reflection.
type Perspective struct {
	Pos      `yaml:"-"`
	Title    string    `yaml:"title,required"`
	Summary  string    `yaml:"summary,required"`
	Source   string    `yaml:"source"`
	Insights []Insight `yaml:"insights,required"`
}

// Insight is one idea about leading at the top, with reflection prompts.
type Insight struct {
	Pos     `yaml:"-"`
	ID      string   `yaml:"id,required"`
	Title   string   `yaml:"title,required"`
	Summary string   `yaml:"summary,required"`
	Body    string   `yaml:"body,required"`
	Prompts []string `yaml:"prompts,required"`
	// Skills are ids of skills the insight bears on.
	Skills []string `yaml:"skills"`
}

// GlossaryEntry explains a term.
type GlossaryEntry struct {
	Pos        `yaml:"-"`
	Term       string `yaml:"term,required"`
	Definition string `yaml:"definition,required"`
}
