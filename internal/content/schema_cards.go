package content

// RedFlag is something in an answer that a hiring panel counts against a
// candidate: confronting a suspected abuser, sharing records without
// consent, handling a crisis alone. Phrases are matched against the answer
// after stemming, and only where they are not negated ("I would never
// confront the parent" raises no flag).
type RedFlag struct {
	Pos `yaml:"-"`
	// Label names the flag in a few words ("Confronts the suspected abuser").
	Label string `yaml:"label,required"`
	// Phrases are lower-case words or short phrases (2-6 words are best) that
	// show the answer doing the thing.
	Phrases []string `yaml:"phrases,required"`
	// Why is one plain sentence on why a panel marks it down.
	Why string `yaml:"why,required"`
}
