package content

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Stem returns the stem of one lower-case word: the Porter2 ("English")
// stemmer of the Snowball project (github.com/kljensen/snowball), after
// three small steps of its own. Cues, red flag phrases and answers are
// compared by stem, so that "assess" meets "assessment" and "confidential"
// meets "confidentiality". The loader uses it to refuse a cue that repeats
// its card's question, and the feedback engine (internal/practice) to match
// answers, so both always agree.
//
// Before stemming:
//   - a possessive "'s" or trailing apostrophe is dropped, and any other
//     apostrophe removed ("client's" is "client");
//   - a few irregular plurals become their singular ("children", "crises",
//     "women"), which Porter2 leaves alone;
//   - a few words keep a stem of their own ("manager", which Porter2 runs
//     together with "manage");
//   - British spellings of -ize and -yze verbs (with an s for the z) become
//     the -ize and -yze ones, so a track's cues and a candidate's answer meet
//     whichever spelling each uses; words whose -ise is part of the root
//     ("supervise", "exercise", "promise") are kept.
//
// Words with digits or letters outside a-z, and words of one or two letters,
// are returned as they are.
func Stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if strings.IndexByte(w, '\'') >= 0 {
		w = strings.ReplaceAll(w, "'", "")
	}
	if len(w) <= 2 || !isLowerASCII(w) {
		return w
	}
	if s, ok := irregularPlurals[w]; ok {
		w = s
	}
	if s, ok := ownStems[w]; ok {
		return s
	}
	return english.Stem(britishToAmerican(w), true)
}

// ownStems are words Porter2 would run together with words of another
// meaning: "manager" is a person, "manage" something done ("could manage
// the weekend" does not tell a manager anything).
var ownStems = map[string]string{"manager": "manager", "managers": "manager"}

var irregularPlurals = map[string]string{
	"children": "child", "women": "woman", "men": "man", "crises": "crisis", "analyses": "analysis",
	"diagnoses": "diagnosis", "people": "person", "biases": "bias",
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// rootIse lists words whose -ise is part of the root, not the British
// spelling of -ize.
var rootIse = map[string]bool{
	"advertise": true, "advise": true, "apprise": true, "arise": true, "chastise": true,
	"comprise": true, "compromise": true, "concise": true, "demise": true, "despise": true,
	"devise": true, "disguise": true, "enterprise": true, "excise": true, "exercise": true,
	"expertise": true, "franchise": true, "improvise": true, "incise": true, "merchandise": true,
	"noise": true, "otherwise": true, "paradise": true, "poise": true, "praise": true,
	"precise": true, "premise": true, "promise": true, "raise": true, "reprise": true,
	"revise": true, "rise": true, "supervise": true, "surmise": true, "surprise": true,
	"televise": true, "treatise": true, "wise": true, "likewise": true, "bruise": true,
	"cruise": true, "guise": true, "anise": true, "cerise": true, "clockwise": true,
}

// britishToAmerican rewrites British -ise/-yse verb endings as -ize/-yze.
// A base of fewer than three letters before the ending is left alone ("rise",
// "wise"), as are the words of rootIse and their -d, -s, -ing forms.
func britishToAmerican(w string) string {
	for _, suf := range []string{"isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if rootIse[base+"ise"] || len(base) < 3 || !strings.ContainsAny(base, "aeiouy") {
			return w
		}
		return base + "iz" + suf[2:]
	}
	for _, suf := range []string{"ysing", "ysed", "yses", "yse"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			return base + "yz" + suf[2:]
		}
	}
	return w
}
