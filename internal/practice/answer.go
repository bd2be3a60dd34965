// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"strings"
	"sync"
	"sync/atomic"
)

// ---------------------------------------------------------------- the answer

// answer is a tokenized answer prepared for matching: seq is the token
// sequence with contractions expanded ("i'm" -> "i am", "don't" -> "do not",
// "it's" -> "it is", possessive "'s" dropped) and stems holds the stem of
// each word. Both line up, so a phrase found in stems can be quoted from the
// answer: tok maps each word back to the token it came from, and the token
// knows where it is in src.
//
// The scope pass (clause.go) adds, for every word, whether it sits in a
// negated or hedged part of its clause and whether its sentence says
// something, rather than listing words.
type answer struct {
	words int // typed words (synthetic tokens excluded)
	src   string
	toks  []token
	seq   []string
	pause []bool // seq[i] was followed by a comma or the like
	brk   []brk  // the break after seq[i] (brkNone inside an expanded token)
	tok   []int  // seq[i] came from toks[tok[i]]
	stems []string
	at    map[string][]int // stem -> positions, for phrase search
	scope []wordScope
}

func newAnswer(src string) *answer {
	src = stripEscapes(src)
	toks := tokenize(src)
	a := &answer{src: src, toks: toks}
	a.expand()
	a.stems = make([]string, len(a.seq))
	a.at = make(map[string][]int, len(a.seq))
	for i, w := range a.seq {
		s := stem(w)
		a.stems[i] = s
		a.at[s] = append(a.at[s], i)
	}
	for _, t := range toks {
		if !t.synthetic {
			a.words++
		}
	}
	a.scope = scopes(a)
	return a
}

// expand fills seq, pause, brk and tok from the tokens.
func (a *answer) expand() {
	n := len(a.toks) + len(a.toks)/8
	a.seq = make([]string, 0, n)
	a.pause = make([]bool, 0, n)
	a.brk = make([]brk, 0, n)
	a.tok = make([]int, 0, n)
	for ti, t := range a.toks {
		if t.synthetic || t.num {
			a.seq = append(a.seq, t.text)
		} else {
			a.seq = append(a.seq, expand(t.text)...)
		}
		for len(a.tok) < len(a.seq) {
			a.tok = append(a.tok, ti)
			a.pause = append(a.pause, false)
			a.brk = append(a.brk, brkNone)
		}
		a.pause[len(a.pause)-1] = t.pause
		a.brk[len(a.brk)-1] = t.brk
	}
}

// expandTokens expands tokens into the word sequence alone (for cues).
func expandTokens(toks []token) []string {
	seq := make([]string, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if t.synthetic || t.num {
			seq = append(seq, t.text)
		} else {
			seq = append(seq, expand(t.text)...)
		}
	}
	return seq
}

// quoteSpan is the answer's own text from word i to word j (inclusive), as
// typed: "each week", "wouldn't confront". Safe to show.
func (a *answer) quoteSpan(i, j int) string {
	ti, tj := a.tok[i], a.tok[j]
	for a.toks[ti].synthetic && ti > 0 { // "40%": start at the number
		ti--
	}
	from, to := a.toks[ti].start, max(a.toks[tj].end, a.toks[ti].end)
	if a.toks[tj].synthetic && a.toks[tj].start < from { // "$20": the symbol comes first
		from = a.toks[tj].start
	}
	if from >= to || to > len(a.src) {
		return strings.Join(a.seq[i:j+1], " ")
	}
	return clean(a.src[from:to])
}

// isIs lists words whose "'s" means "is" (or "us" for "let's") rather than a
// possessive.
var isIs = map[string]string{
	"it": "is", "that": "is", "there": "is", "here": "is", "he": "is", "she": "is",
	"what": "is", "who": "is", "where": "is", "how": "is", "let": "us",
}

// expand splits a word with an apostrophe into the words it stands for.
func expand(w string) []string {
	i := strings.IndexByte(w, '\'')
	if i < 0 {
		return []string{w}
	}
	base, suf := w[:i], w[i+1:]
	switch suf {
	case "m":
		return []string{base, "am"}
	case "ve":
		return []string{base, "have"}
	case "ll":
		return []string{base, "will"}
	case "re":
		return []string{base, "are"}
	case "d":
		return []string{base, "would"}
	case "s":
		if x, ok := isIs[base]; ok {
			return []string{base, x}
		}
		return []string{base}
	case "t":
		switch base {
		case "can":
			return []string{"can", "not"}
		case "won":
			return []string{"will", "not"}
		case "shan":
			return []string{"shall", "not"}
		case "ain":
			return []string{"is", "not"}
		}
		if v, ok := strings.CutSuffix(base, "n"); ok && v != "" {
			return []string{v, "not"}
		}
	}
	return []string{w}
}

// phrase is a cue or signal phrase ready to match: its text as written and the
// stems of its words. A phrase may be written in parts, with an ellipsis
// ("promise ... not tell"), and a part may offer alternatives, with a bar
// ("told the team|let the team know ... divorce|panic attacks"): parts holds
// each part's alternatives, and stems is the first alternative of the first
// part (see findAll).
type phrase struct {
	text  string
	stems []string
	parts [][][]string
	neg   bool // some word of it is a negator ("promise ... not tell")
	// negFirst: its first part is a negator alone ("not ... record"), whose
	// next part may follow "or": "I wouldn't tell anyone or record it" denies
	// both.
	negFirst bool
	// index holds, for each part, its alternatives by first stem (see
	// matchAfter).
	index []partIndex
}

// partIndex finds a part's alternatives by the stem they start with: a
// part may have hundreds once its word classes are in, and only those that
// start with the word at hand can match there. loose are the alternatives
// that may start with another word: "the" (any determiner) or a word with
// everyday equals.
type partIndex struct {
	byFirst map[string][]int
	loose   []int
	firsts  []string // the distinct first stems of byFirst, for canStart
}

func indexPart(alts [][]string) partIndex {
	ix := partIndex{byFirst: map[string][]int{}}
	for i, alt := range alts {
		if alt[0] == stemThe || equalsOf(alt[0]) != nil {
			ix.loose = append(ix.loose, i)
			continue
		}
		if ix.byFirst[alt[0]] == nil {
			ix.firsts = append(ix.firsts, alt[0])
		}
		ix.byFirst[alt[0]] = append(ix.byFirst[alt[0]], i)
	}
	return ix
}

// canStart reports whether some alternative of the part could start in the
// answer: one is loose, or the answer has a first word of one.
func (a *answer) canStart(ix partIndex) bool {
	if len(ix.loose) > 0 {
		return true
	}
	for _, w := range ix.firsts {
		if len(a.at[w]) > 0 {
			return true
		}
	}
	return false
}

func (p phrase) empty() bool { return len(p.stems) == 0 }

// compile turns a cue into stems with the same tokenizer, expansion and
// stemmer as the answer, so both sides are treated alike. A cue of several
// words matches those stems as consecutive words; a cue of digits ("911")
// is left unstemmed and so matches exactly that number. "..." (or "…")
// between words splits a cue into parts, each matched in a row, and "|"
// separates the alternatives of a part.
//
// Compiled cues are remembered (a deck has a few hundred), which keeps
// Analyze fast without changing what it returns.
func compile(text string) phrase {
	if p, ok := compiled.Load(text); ok {
		return p.(phrase)
	}
	p := phrase{text: clean(text)}
	for _, part := range strings.Split(strings.ReplaceAll(text, "…", "..."), "...") {
		var alts [][]string
		for _, alt := range strings.Split(part, "|") {
			if st := stemAll(expandTokens(tokenize(alt))); len(st) > 0 {
				alts = append(alts, st)
			}
		}
		if len(alts) > 0 {
			p.parts = append(p.parts, alts)
		}
	}
	if len(p.parts) > 0 {
		p.stems = p.parts[0][0]
	}
	for _, alts := range p.parts {
		p.index = append(p.index, indexPart(alts))
	}
	if len(p.parts) > 1 {
		p.negFirst = true
		for _, alt := range p.parts[0] {
			p.negFirst = p.negFirst && len(alt) == 1 && negatorStems[alt[0]]
		}
	}
	for _, alts := range p.parts {
		for _, alt := range alts {
			for _, w := range alt {
				p.neg = p.neg || negatorStems[w]
			}
		}
	}
	if compiledN.Add(1) <= maxCompiled {
		compiled.Store(text, p)
	}
	return p
}

// negatorStems are the stems of the words that negate in a phrase ("instead
// of" and "rather than" too: "call me instead of the crisis line" says the
// refusal itself).
var negatorStems = map[string]bool{}

func init() {
	for _, w := range []string{"not", "never", "no", "without", "cannot", "nobody", "nothing", "none", "instead", "rather"} {
		negatorStems[stem(w)] = true
	}
}

var (
	compiled  sync.Map // cue text -> phrase
	compiledN atomic.Int64
)

// maxCompiled bounds the cue cache: tracks are untrusted input.
const maxCompiled = 1 << 14

func compileAll(texts ...string) []phrase {
	out := make([]phrase, len(texts))
	for i, t := range texts {
		out[i] = compile(t)
	}
	return out
}

// findExact returns every place p's stems occur consecutively, with none of
// findAll's allowances: a STAR signal is a fixed phrase ("at the time" is
// not "at a time").
func (a *answer) findExact(p phrase) []occurrence {
	var out []occurrence
	for from := 0; ; {
		i := a.findFrom(p, from)
		if i < 0 {
			return out
		}
		out = append(out, occurrence{from: i, to: i + len(p.stems), last: i})
		from = i + 1
	}
}

// findFrom returns the first position from word from on where p's stems
// occur consecutively, or -1.
func (a *answer) findFrom(p phrase, from int) int {
	if p.empty() {
		return -1
	}
	for _, i := range a.at[p.stems[0]] {
		if i < from || i+len(p.stems) > len(a.stems) {
			continue
		}
		ok := true
		for j := 1; j < len(p.stems); j++ {
			if a.stems[i+j] != p.stems[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// ---------------------------------------------------------------- STAR
