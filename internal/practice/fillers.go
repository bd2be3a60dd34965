// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"strings"
)

// fillerOrder is the order fillers are reported in.
var fillerOrder = []string{"um", "uh", "like", "you know", "basically", "sort of", "kind of", "actually", "literally", "i mean"}

// Fillers are counted on the answer's words with these rules, so that the
// ordinary uses of the same words are not counted:
//   - "um" and "uh" in any spelling ("umm", "uhh", "erm", "er"), but not
//     "ER" typed in capitals (the emergency room).
//   - "basically", "literally", "i mean": always.
//   - "actually": where it pads, at the start of a sentence or clause, beside
//     a comma, or before another softener ("actually really", "actually
//     just"); not where it carries a contrast ("the needs we've actually
//     identified", "what actually applies to us").
//   - "like": when a comma follows it ("for, like, a while"), or after a
//     word it commonly pads ("was like", "and like", "so like", "just like",
//     or at the very start) but not before "a", "the", "this" and the like.
//     So "I like", "would like to", "looks like" and "partners like the
//     housing authority" are not counted.
//   - "you know": not after "do", "if", "as", "would", ... and not before
//     "what", "how", "where", ... ("do you know", "you know how to"),
//     unless a comma follows it ("you know, it helps").
//   - "kind of" / "sort of": not after "a", "the", "what", "that", ...
//     ("a kind of plan", "what sort of support").
//
// likeMeans reports whether "like" at i carries meaning even before a
// comma: after a verb of seeming ("what a good case note looks like, and
// ...") or in "what ... is like" ("what life is like for them").
func (a *answer) likeMeans(i int) bool {
	if i == 0 {
		return false
	}
	if likeSeeming[a.seq[i-1]] {
		return true
	}
	if passiveBe[a.seq[i-1]] {
		for j := i - 2; j >= 0 && j >= i-5 && a.brk[j] < brkClause; j-- {
			if a.seq[j] == "what" {
				return true
			}
		}
	}
	return false
}

var likeSeeming = wordSet("look", "looks", "looked", "looking", "sound", "sounds", "sounded", "feel",
	"feels", "felt", "seem", "seems", "seemed")

var (
	likePadPrev = wordSet("was", "were", "is", "are", "am", "and", "so", "but", "just", "um", "uh",
		"then", "or", "totally", "really", "like", "basically", "actually", "mean", "know")
	likeNotNext = wordSet("a", "an", "the", "this", "that", "these", "those", "my", "your", "our",
		"their", "his", "her", "its", "him", "them", "me", "us", "when", "what", "how", "who",
		"someone", "something", "anything", "everyone", "everything", "people", "to", "if")
	youKnowNotPrev = wordSet("do", "did", "does", "not", "if", "as", "would", "could", "will",
		"let", "might", "may", "should", "can", "to", "whether", "that")
	youKnowNotNext = wordSet("what", "how", "who", "where", "when", "whether", "why", "about",
		"him", "her", "them", "it", "if", "which")
	kindNotPrev = wordSet("a", "an", "the", "this", "that", "what", "which", "any", "some", "every",
		"same", "one", "each", "no", "these", "those", "another", "different", "other", "right",
		"wrong", "first", "only", "whatever")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isUm(w string) bool {
	switch w {
	case "erm", "uhm", "uhmm", "hmm":
		return true
	}
	return len(w) >= 2 && w[0] == 'u' && strings.Trim(w[1:], "m") == ""
}

func isUh(w string) bool {
	return w == "er" || (len(w) >= 2 && w[0] == 'u' && strings.Trim(w[1:], "h") == "")
}

func (a *answer) fillers() []Count {
	n := map[string]int{}
	seq := a.seq
	at := func(i int) string {
		if i < 0 || i >= len(seq) {
			return ""
		}
		return seq[i]
	}
	for i, w := range seq {
		switch {
		case isUm(w):
			n["um"]++
		case isUh(w) && !a.capitals(i):
			n["uh"]++
		case w == "basically" || w == "literally":
			n[w]++
		case w == "actually":
			if a.padding(i) {
				n[w]++
			}
		case w == "like":
			if a.likeMeans(i) {
				break
			}
			if a.pause[i] || (i == 0 || likePadPrev[at(i-1)]) && !likeNotNext[at(i+1)] {
				n["like"]++
			}
		case w == "you" && at(i+1) == "know":
			if !youKnowNotPrev[at(i-1)] && (a.pause[i+1] || !youKnowNotNext[at(i+2)]) {
				n["you know"]++
			}
		case (w == "kind" || w == "sort") && at(i+1) == "of":
			if !kindNotPrev[at(i-1)] {
				n[w+" of"]++
			}
		case w == "i" && at(i+1) == "mean":
			n["i mean"]++
		}
	}
	var out []Count
	for _, w := range fillerOrder {
		if n[w] > 0 {
			out = append(out, Count{Word: w, N: n[w]})
		}
	}
	return out
}

// actuallyPadsBefore are words "actually" pads when it stands before them.
var actuallyPadsBefore = wordSet("really", "just", "like", "quite", "pretty", "very", "kind", "sort", "so", "basically")

// padding reports whether "actually" at i pads rather than contrasts: it
// opens its sentence or clause, stands beside a comma, or softens another
// softener.
func (a *answer) padding(i int) bool {
	switch {
	case i == 0 || a.brk[i-1] != brkNone || a.pause[i]:
		return true
	case i > 0 && (a.seq[i-1] == "and" || a.seq[i-1] == "so" || a.seq[i-1] == "but" || a.seq[i-1] == "um" || a.seq[i-1] == "like"):
		return true
	}
	return i+1 < len(a.seq) && actuallyPadsBefore[a.seq[i+1]]
}

// Hedges soften a claim: "probably", "maybe", "perhaps", and "I think", "I
// guess", "I believe", "I suppose", "not sure" after a subject. A few are
// speech; three or more in an answer are doubt a panel hears (a tip, see
// findings).
var hedgeWords = wordSet("probably", "maybe", "perhaps")

// hedgeVerbs follow "I" in a hedge.
var hedgeVerbs = wordSet("think", "guess", "believe", "suppose")

var beVerbs = wordSet("am", "is", "are", "was", "were")

// hedgeOrder is the order hedges are reported in.
var hedgeOrder = []string{"probably", "maybe", "perhaps", "I think", "I guess", "I believe", "I suppose", "not sure"}

func (a *answer) hedges() []Count {
	n := map[string]int{}
	for i, w := range a.seq {
		switch {
		case hedgeWords[w]:
			n[w]++
		case w == "i" && i+1 < len(a.seq) && hedgeVerbs[a.seq[i+1]]:
			n["I "+a.seq[i+1]]++
		case w == "not" && i+1 < len(a.seq) && a.seq[i+1] == "sure" && (i > 0 && beVerbs[a.seq[i-1]] || i > 1 && beVerbs[a.seq[i-2]]):
			n["not sure"]++
		}
	}
	var out []Count
	for _, w := range hedgeOrder {
		if n[w] > 0 {
			out = append(out, Count{Word: w, N: n[w]})
		}
	}
	return out
}

// capitals reports whether word i was typed in capitals, as an abbreviation
// is ("ER", "CPS").
func (a *answer) capitals(i int) bool {
	t := a.toks[a.tok[i]]
	if t.synthetic || t.end-t.start < 2 || t.end > len(a.src) {
		return false
	}
	w := a.src[t.start:t.end]
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

func totalFillers(cs []Count) int {
	t := 0
	for _, c := range cs {
		t += c.N
	}
	return t
}

// ---------------------------------------------------------------- numbers
