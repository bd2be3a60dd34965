package practice

import "strings"

// The stemmer: a light, Porter-style suffix stripper for English.
//
// It exists so that a card's cue and the candidate's own wording meet in the
// middle: "confidential" and "confidentiality" both become "confidenti",
// "assess", "assessing" and "assessment" all become "assess", and
// "prioritize", "prioritizing", "priorities" and "priority" all become
// "prior". It is applied the same way to cues and to answer words, so a stem
// never needs to be a real word - only the same for words that belong
// together.
//
// It follows Martin Porter's 1980 algorithm in outline (the "measure" m of a
// stem - how many vowel-consonant runs it has - guards every rule, so short
// words are left alone) but keeps only the suffixes that matter for spoken
// English answers, and adds a few rules of its own:
//
//  1. Inflections. Plurals (-sses -> -ss, -ies -> -i, -es after ch/sh/x/z,
//     -s, but not -ss, -us, -is), then -eed/-ed/-ing when what is left has a
//     vowel, then the -ly of adverbs, then a final consonant+y -> i (so
//     "family" and "families" meet at "famili"). After -ed/-ing a doubled
//     consonant is undoubled ("planned" -> "plan") and a silent e is put back
//     where Porter puts it ("hoping" -> "hope", but "hopping" -> "hop").
//  2. Derivations, replaced: -ational -> -ate, -ization -> -ize, -ation ->
//     -ate, -ator -> -ate, -ality -> -al, -ivity -> -ive, -bility -> -ble ...
//  3. Derivations, dropped or shortened: -ful, -ness, -ical -> -ic, -ative,
//     -alize -> -al. (Porter's -icate -> -ic is left out: it makes
//     "communicate" meet "community".)
//  4. Endings dropped from long stems (m > 1): -al, -ance, -ence, -ant, -ent,
//     -ment, -ic, -ion (after s or t), -ate, -ive, -ize, -ous, -ism; and from
//     any stem with a vowel run (m > 0): -ity and -itize, so "priority" and
//     "prioritize" meet.
//  5. Tidying: a final e is dropped (unless the stem is a short
//     consonant-vowel-consonant one: "care" stays "care" so it is not "car"),
//     and a final double consonant of a long stem is undoubled ("referral"
//     -> "refer", like "referred").
//
// Deliberate choices, each covered by a test:
//   - "-er" is NOT stripped: "user" is not "use", "manager" is not "manage",
//     "volunteer" stays itself. Agent nouns change meaning too often.
//   - "-able" and "-ible" are NOT stripped ("responsible" is not "response"),
//     but "-bility" becomes "-ble" so "responsibility" meets "responsible".
//   - "care" and "car", "hope" and "hop", "community" and "communication",
//     "use" and "us" stay apart. The last needs a special case: Porter makes
//     "use" into "us", which would let the pronoun match a "use" cue.
//   - British -ise spellings are read as -ize for the usual -ise verbs
//     ("prioritise", "organise", "recognise", "analyse"), but not for words
//     whose -ise is part of the root ("supervise", "exercise", "promise").
//   - Words with digits, words with letters outside a-z, and words of one or
//     two letters are returned unchanged.
//
// Known, accepted conflations (Porter has the same): "personal" meets
// "person", "organization" meets "organ", "careful" meets "care".

// stem returns the stem of one lower-case word.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if strings.IndexByte(w, '\'') >= 0 {
		w = strings.ReplaceAll(w, "'", "")
	}
	if len(w) <= 2 || !isLowerASCII(w) {
		return w
	}
	if s, ok := irregular[w]; ok {
		return s
	}
	w = britishToAmerican(w)
	w = step1(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5(w)
	if w == "us" { // "use", "used", "using": keep apart from the pronoun
		return "use"
	}
	return w
}

// irregular holds the few words the suffix rules get wrong and that matter in
// interview answers: irregular plurals and "bias", whose -s is not a plural.
var irregular = map[string]string{
	"bias": "bias", "biases": "bias", "crises": "crisis",
	"children": "child", "women": "woman", "men": "man",
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isCons reports whether w[i] is a consonant in Porter's sense: not a, e, i,
// o, u, and y only when it starts the word or follows a vowel.
func isCons(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !isCons(w, i-1)
	}
	return true
}

// measure is Porter's m: the number of vowel-then-consonant runs in w, so
// "tr"=0, "tree"=0, "trouble"=1, "oats"=1, "private"=2.
func measure(w string) int {
	m, i, n := 0, 0, len(w)
	for i < n && isCons(w, i) {
		i++
	}
	for i < n {
		for i < n && !isCons(w, i) {
			i++
		}
		if i >= n {
			break
		}
		for i < n && isCons(w, i) {
			i++
		}
		m++
	}
	return m
}

func hasVowel(w string) bool {
	for i := range len(w) {
		if !isCons(w, i) {
			return true
		}
	}
	return false
}

// cvc reports whether w ends consonant-vowel-consonant with the last not w, x
// or y: the shape of a short word like "hop" or "car" that keeps a silent e.
func cvc(w string) bool {
	n := len(w)
	if n < 3 || !isCons(w, n-3) || isCons(w, n-2) || !isCons(w, n-1) {
		return false
	}
	switch w[n-1] {
	case 'w', 'x', 'y':
		return false
	}
	return true
}

// doubleCons reports whether w ends in a doubled consonant.
func doubleCons(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && isCons(w, n-1)
}

// rootIse lists words whose -ise is part of the root, not the British spelling
// of -ize, so britishToAmerican leaves them (and their -ised, -ising forms)
// alone.
var rootIse = map[string]bool{
	"advertise": true, "advise": true, "apprise": true, "arise": true, "chastise": true,
	"comprise": true, "compromise": true, "concise": true, "demise": true, "despise": true,
	"devise": true, "disguise": true, "enterprise": true, "excise": true, "exercise": true,
	"expertise": true, "franchise": true, "improvise": true, "incise": true, "merchandise": true,
	"noise": true, "otherwise": true, "paradise": true, "poise": true, "praise": true,
	"precise": true, "premise": true, "promise": true, "raise": true, "reprise": true,
	"revise": true, "rise": true, "supervise": true, "surmise": true, "surprise": true,
	"televise": true, "treatise": true, "wise": true, "likewise": true, "bruise": true,
	"cruise": true, "guise": true, "anise": true,
}

// britishToAmerican rewrites British -ise/-yse verb endings as -ize/-yze.
func britishToAmerican(w string) string {
	for _, suf := range []string{"isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if rootIse[base+"ise"] || measure(base) < 1 {
			return w
		}
		return base + "iz" + suf[2:]
	}
	for _, suf := range []string{"ysing", "ysed", "yses", "yse"} {
		if base, ok := strings.CutSuffix(w, suf); ok && measure(base) >= 1 {
			return base + "yz" + suf[2:]
		}
	}
	return w
}

// notAdverbLy lists words ending in -ly whose -ly is not an adverb ending
// (checked only when what would be left is four letters or more).
var notAdverbLy = map[string]bool{
	"family": true, "supply": true, "comply": true, "multiply": true, "assembly": true,
	"anomaly": true, "monopoly": true, "homily": true, "butterfly": true, "firefly": true,
	"dragonfly": true, "italy": true, "reply": true, "apply": true, "imply": true,
}

func step1(w string) string {
	// 1a: plurals.
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		if len(w) > 4 {
			w = w[:len(w)-2] // families -> famili
		} else {
			w = w[:len(w)-1] // ties -> tie
		}
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s") && len(w) > 3:
		w = w[:len(w)-1]
	}

	// 1b: -eed, -ed, -ing.
	switch {
	case strings.HasSuffix(w, "eed"):
		if measure(w[:len(w)-3]) > 0 {
			w = w[:len(w)-1] // agreed -> agree; need stays
		}
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		w = fixAfterSuffix(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		w = fixAfterSuffix(w[:len(w)-3])
	}

	// 1c: adverbs in -ly ("calmly" -> "calm", "probably" -> "probable").
	if strings.HasSuffix(w, "ly") && len(w) >= 6 && !notAdverbLy[w] {
		base := w[:len(w)-2]
		if strings.HasSuffix(base, "b") {
			w = base + "le"
		} else if hasVowel(base) {
			w = base
		}
	}

	// 1d: consonant + final y -> i when the stem has a vowel.
	if n := len(w); n > 2 && w[n-1] == 'y' && isCons(w, n-2) && hasVowel(w[:n-1]) {
		w = w[:n-1] + "i"
	}
	return w
}

// fixAfterSuffix tidies a stem after -ed or -ing came off: it puts back the e
// of -ate, -ble, -ize, -ence and -ance ("coordinated" -> "coordinate"), undoubles
// a doubled final consonant ("running" -> "run", but not l, s, z or f:
// "called", "missed", "staffed" keep theirs, nor in three-letter stems:
// "added" -> "add"), and puts back the e of short words ("hoping" -> "hope").
func fixAfterSuffix(w string) string {
	for _, end := range []string{"at", "bl", "iz", "enc", "anc"} {
		if strings.HasSuffix(w, end) {
			return w + "e"
		}
	}
	if doubleCons(w) {
		switch w[len(w)-1] {
		case 'l', 's', 'z', 'f':
			return w
		}
		if len(w) >= 4 {
			return w[:len(w)-1]
		}
		return w
	}
	if measure(w) == 1 && cvc(w) {
		return w + "e"
	}
	return w
}

// rule replaces suffix from with to when the stem before it has a measure of
// at least minM.
type rule struct {
	from, to string
	minM     int
}

// applyLongest applies the rule with the longest matching suffix, if its
// measure condition holds. Like Porter, a matching suffix whose condition
// fails stops the step: shorter suffixes are not tried.
func applyLongest(w string, rules []rule) string {
	best := -1
	for i, r := range rules {
		if strings.HasSuffix(w, r.from) && (best < 0 || len(r.from) > len(rules[best].from)) {
			best = i
		}
	}
	if best < 0 {
		return w
	}
	r := rules[best]
	base := w[:len(w)-len(r.from)]
	if measure(base) < r.minM {
		return w
	}
	return base + r.to
}

var step2Rules = []rule{
	{"ational", "ate", 1}, {"tional", "tion", 1}, {"enci", "ence", 1}, {"anci", "ance", 1},
	{"izer", "ize", 1}, {"ization", "ize", 1}, {"ation", "ate", 1}, {"ator", "ate", 1},
	{"alism", "al", 1}, {"iveness", "ive", 1}, {"fulness", "ful", 1}, {"ousness", "ous", 1},
	{"aliti", "al", 1}, {"iviti", "ive", 1}, {"biliti", "ble", 1},
}

var step3Rules = []rule{
	{"ative", "", 1}, {"alize", "al", 1}, {"iciti", "ic", 1},
	{"ical", "ic", 1}, {"ful", "", 1}, {"ness", "", 1},
}

var step4Rules = []rule{
	{"al", "", 2}, {"ance", "", 2}, {"ence", "", 2}, {"ic", "", 2}, {"ant", "", 2},
	{"ement", "", 2}, {"ment", "", 2}, {"ent", "", 2}, {"ism", "", 2}, {"ate", "", 2},
	{"ous", "", 2}, {"ive", "", 2}, {"ize", "", 2},
	{"sion", "s", 2}, {"tion", "t", 2},
	{"iti", "", 1}, {"itize", "", 1},
}

func step2(w string) string { return applyLongest(w, step2Rules) }
func step3(w string) string { return applyLongest(w, step3Rules) }
func step4(w string) string { return applyLongest(w, step4Rules) }

func step5(w string) string {
	if strings.HasSuffix(w, "e") {
		base := w[:len(w)-1]
		if m := measure(base); m > 1 || (m == 1 && !cvc(base)) {
			w = base
		}
	}
	if doubleCons(w) && measure(w) > 1 {
		switch w[len(w)-1] {
		case 's', 'z', 'f':
		default:
			w = w[:len(w)-1] // controll -> control, referr -> refer
		}
	}
	return w
}
