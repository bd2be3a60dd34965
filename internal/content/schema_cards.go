package content

// RedFlag is something in an answer that a hiring panel counts against a
// candidate: confronting a suspected abuser, sharing records without
// consent, handling a crisis alone. Phrases are matched against the answer
// after stemming, and only where they are not negated ("I would never
// confront the parent" raises no flag).
//
// A red flag may take its meaning from a family (red_flag_families, shared by
// every card where the same risk applies): `family: confidentiality-breach`
// brings the family's label, phrases, why, severity and asked; the flag's own
// phrases are added to the family's, and its own label, why or severity, when
// given, replace the family's (a card names the risk in its own setting).
// Loading resolves families, so a loaded card's flags carry everything.
type RedFlag struct {
	Pos `yaml:"-"`
	// Family is the id of the red flag family this flag is one of, or "".
	Family string `yaml:"family"`
	// Label names the flag in a few words ("Confronts the suspected abuser").
	// Required unless the flag names a family.
	Label string `yaml:"label"`
	// Phrases are lower-case words or short phrases (2-6 words are best) that
	// show the answer doing the thing. Required unless the flag names a
	// family.
	Phrases []string `yaml:"phrases"`
	// Why is one plain sentence on why a panel marks it down. Required unless
	// the flag names a family.
	Why string `yaml:"why"`
	// Severity is "red" (the default: a panel counts the answer against the
	// candidate) or "concern" (a weakness a panel would probe, shown as a fix
	// without failing the answer: working every evening to keep up, pushing
	// through a hard stretch alone).
	Severity string `yaml:"severity"`
	// Asked marks a flag about the questions a candidate asks (leading
	// questions): its phrases count inside a question too. Any other flag's
	// phrase wholly inside a question the candidate asks ("is it across the
	// board or ...?") raises nothing.
	Asked bool `yaml:"asked"`
	// Unless are phrases that, said in the same sentence as the flag's
	// phrase, show the words are qualified rather than the unsafe act: "it
	// stays between us" is the promise of secrecy, "most of it stays between
	// us, unless someone is at risk" is not. A family's come first.
	Unless []string `yaml:"unless"`
	// Everywhere marks a flag the card did not name, given it by a family
	// marked everywhere (set when loading YAML): the reading checks it, but
	// it is not one of the card's own risks to list.
	Everywhere bool `yaml:"-"`

	fromFamily int // how many of Phrases came from the family (set when loading YAML)
}

// Severities of a red flag.
const (
	SeverityRed     = "red"
	SeverityConcern = "concern"
)

// IsConcern reports whether the flag is a concern rather than a red flag.
func (f RedFlag) IsConcern() bool { return f.Severity == SeverityConcern }

// RedFlagFamily is a risk defined once by its meaning, with short phrases in
// several wordings ("talk|discuss ... case|cases ... husband|wife|partner"),
// and shared by the cards where it applies (see RedFlag).
type RedFlagFamily struct {
	Pos      `yaml:"-"`
	ID       string   `yaml:"id,required"`
	Label    string   `yaml:"label,required"`
	Phrases  []string `yaml:"phrases,required"`
	Why      string   `yaml:"why,required"`
	Severity string   `yaml:"severity"`
	Asked    bool     `yaml:"asked"`
	Unless   []string `yaml:"unless"`
	// Everywhere: the family is checked on every card of the deck, named or
	// not: unsafe on any question (diagnosing, a threat, a secret deal).
	Everywhere bool `yaml:"everywhere"`
}

// WordClass is a named set of words and short phrases that mean the same
// thing for the deck's purposes ("disclose": tell, discuss, share, send, go
// over ...). A cue or red flag phrase may name a class as one of a part's
// alternatives, "@disclose ... @case-info ... @third-party", and loading
// puts the class's words in its place: a family defined by meaning stays
// short, and a word added to a class reaches every phrase that uses it.
type WordClass struct {
	Pos   `yaml:"-"`
	ID    string   `yaml:"id,required"`
	Words []string `yaml:"words,required"`
}
