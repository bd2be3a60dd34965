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
//   - "basically", "actually", "literally", "i mean": always.
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
		case w == "basically" || w == "actually" || w == "literally":
			n[w]++
		case w == "like":
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
