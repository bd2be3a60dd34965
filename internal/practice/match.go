package practice

import "sort"

// Matching a cue or a red flag phrase against the answer's words, with the
// allowances findAll describes.

// gapWords may stand between two words of a phrase: modals and small
// adverbs that change nothing a phrase is about ("cut all the frontline
// staff" is "cut the frontline staff"). Compared as typed, not stemmed.
var gapWords = wordSet("can", "could", "would", "will", "should", "might", "may", "must", "just",
	"really", "also", "then", "still", "probably", "definitely", "always", "usually", "all",
	"frankly", "honestly", "genuinely", "ever", "simply", "necessarily", "actually", "even")

// noGapAfter are phrase words after which no gap word is skipped: a
// subject, where a modal changes what is said ("I'd call the hotline" is
// not the past "I called the hotline"). After a negator only "just" is not
// skipped: "not really plan" is "not plan", "not just report" is not "not
// report".
var (
	noGapAfter = wordSet("i", "we", "you", "he", "she", "they")
	negators   = wordSet("not", "never", "no")
)

// maxGap is the most gap words between two words of a phrase.
const maxGap = 2

// equals are the everyday equals of a few words of cues and phrases, as
// stem sequences: "parents" is also "mom and dad", "kids" also "children",
// "not" also "never".
// One way only: a phrase that says "mother" wants a mother.
var equals = map[string][][]string{}

// equalKeys and equalAlts are equals as two slices: a word is looked up in
// them for every place a phrase is tried, and comparing a handful of
// strings is cheaper than hashing one.
var (
	equalKeys []string
	equalAlts [][][]string
)

// equalsOf are the everyday equals of the stem w, or nil.
func equalsOf(w string) [][]string {
	for i, k := range equalKeys {
		if k == w {
			return equalAlts[i]
		}
	}
	return nil
}

func init() {
	add := func(word string, alts ...string) {
		var seqs [][]string
		for _, alt := range alts {
			seqs = append(seqs, stemAll(expandTokens(tokenize(alt))))
		}
		equals[stem(word)] = seqs
		equalKeys = append(equalKeys, stem(word))
		equalAlts = append(equalAlts, seqs)
	}
	add("parent", "mom and dad", "mum and dad", "mother and father", "mom or dad", "mum or dad",
		"mom", "mum", "dad", "father", "mother", "stepdad", "stepfather")
	add("child", "kid", "kids")
	add("kids", "child", "children")
	add("staff", "team", "employees", "workers")
	// "not tell" is also "never tell" and "cannot tell" ("can't" is "can not"),
	// and a phrase of refusal is also said by putting it off: "not involve
	// the police" is "hold off on involving the police", "put off seeing".
	add("not", "never", "cannot", "hold off on", "hold off", "put off", "skip", "skipped")
}

func stemAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = stem(w)
	}
	return out
}

// stemThe is the stem of "the", which in a phrase stands for any
// determiner or none.
var stemThe = stem("the")

// starts lists, in order, the positions where a phrase whose first word
// has stem first could start.
func (a *answer) starts(first string) []int {
	if first == stemThe {
		all := make([]int, len(a.stems))
		for i := range all {
			all[i] = i
		}
		return all
	}
	alts := equalsOf(first)
	if len(alts) == 0 {
		return a.at[first]
	}
	out := append([]int(nil), a.at[first]...)
	for _, alt := range alts {
		out = append(out, a.at[alt[0]]...)
	}
	sort.Ints(out)
	return out
}

// matchFrom matches st[k:] at word j and returns where the match ends, or
// -1.
func (a *answer) matchFrom(st []string, k, j int) int {
	if k == len(st) {
		return j
	}
	if k > 0 {
		// Between two words of the phrase: up to maxGap gap words, never
		// across the end of a clause, and none after a negator ("not just
		// report" is not "not report").
		for g := 0; g <= maxGap && j < len(a.stems); g++ {
			if a.brk[j-1] >= brkClause {
				return -1
			}
			if end := a.matchWord(st, k, j); end >= 0 {
				return end
			}
			if !gapWords[a.seq[j]] || noGapAfter[st[k-1]] || notAfterNot[a.seq[j]] && negators[st[k-1]] {
				return -1
			}
			j++
		}
		return -1
	}
	return a.matchWord(st, k, j)
}

// matchWord matches the phrase word st[k] at j (itself, an equal, or for
// "the" a determiner or nothing) and the rest of the phrase after it.
func (a *answer) matchWord(st []string, k, j int) int {
	w := st[k]
	if j < len(a.stems) {
		if a.stems[j] == w || w == stemThe && determiners[a.seq[j]] {
			if end := a.matchFrom(st, k+1, j+1); end >= 0 {
				return end
			}
		}
		for _, alt := range equalsOf(w) {
			if e := a.seqAt(alt, j); e >= 0 {
				if end := a.matchFrom(st, k+1, e); end >= 0 {
					return end
				}
			}
		}
	}
	if w == stemThe && k > 0 && k+1 < len(st) {
		return a.matchWord(st, k+1, j) // "the" left out
	}
	return -1
}

// seqAt reports where the stems alt end when they occur in a row at j, or
// -1.
func (a *answer) seqAt(alt []string, j int) int {
	if j+len(alt) > len(a.stems) {
		return -1
	}
	for i, s := range alt {
		if a.stems[j+i] != s || i > 0 && a.brk[j+i-1] >= brkClause {
			return -1
		}
	}
	return j + len(alt)
}
