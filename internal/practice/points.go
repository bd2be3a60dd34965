package practice

import "github.com/rung-career/rung/internal/content"

// Key points and red flags.
//
// A key point is made when one of its cues is found in a sentence that says
// something, and not in a negated or hedged part of its clause (clause.go):
// "I keep a calendar" makes the point that "calendar" is a cue for; "I don't
// use a calendar" does not, and neither does the bare word "calendar" in a
// list. Cues are the content author's evidence words, matched after stemming
// (stem.go), so "assess" is found in "assessment" and "follow up" in
// "follow-up"; a cue of several words matches them in a row, within one
// clause.
//
// A "does not" point (negated: true in the card) is the other way round: it
// is made when a cue is found negated ("I would not confront the parent").
//
// A red flag is raised when one of its phrases is found where it is not
// negated, and the words that raised it make no key point; hedging does not excuse it ("I'd decide whether to confront
// them"). A phrase found inside a longer negated match of the same flag is
// not raised either: in "I wouldn't wait until I had proof" neither "wait
// until i had proof" nor the "until i had proof" inside it is a flag.

// maxQuote is the longest quote, in words, that includes its negator; a
// longer one quotes just the words matched.
const maxQuote = 9

// occurrence is one place a phrase was found.
type occurrence struct{ from, to int } // words from..to-1

// findAll returns every place p's stems occur consecutively without
// crossing the end of a clause.
func (a *answer) findAll(p phrase) []occurrence {
	if p.empty() {
		return nil
	}
	var out []occurrence
	n := len(p.stems)
next:
	for _, i := range a.at[p.stems[0]] {
		if i+n > len(a.stems) {
			continue
		}
		for j := 1; j < n; j++ {
			if a.stems[i+j] != p.stems[j] || a.brk[i+j-1] >= brkClause {
				continue next
			}
		}
		out = append(out, occurrence{i, i + n})
	}
	return out
}

// quoteWithNegator quotes an occurrence together with the negator that
// governs it ("wouldn't confront", "Risk doesn't"), when that is short.
func (a *answer) quoteWithNegator(o occurrence) string {
	from, to := o.from, o.to-1
	if at := int(a.scope[o.from].negAt); at >= 0 {
		f, t := min(from, at), max(to, at)
		if t-f < maxQuote {
			from, to = f, t
		}
	}
	return a.quoteSpan(from, to)
}

// keyPoints checks each key point. Words that raised a red flag (flagged)
// make no point: "have their kids translate" is not adapting practice.
func (a *answer) keyPoints(kps []content.KeyPoint, flagged []occurrence) ([]PointResult, int) {
	out := make([]PointResult, 0, len(kps))
	covered := 0
	for _, kp := range kps {
		pr := PointResult{Point: clean(kp.Point), Negated: kp.Negated}
		var listed []string
		for _, cue := range kp.Cues {
			p := compile(cue)
			if p.empty() || contains(pr.Cues, p.text) {
				continue
			}
			made, inList := false, false
			for _, o := range a.findAll(p) {
				sc := a.scope[o.from]
				if !sc.says {
					inList = true
					continue
				}
				if sc.neg == kp.Negated && !sc.hedge {
					if overlapsAny(o, flagged) {
						continue
					}
					if !made {
						made = true
						pr.Cues = append(pr.Cues, p.text)
						if q := a.quoteWithNegator(o); !contains(pr.Matched, q) {
							pr.Matched = append(pr.Matched, q)
						}
					}
					continue
				}
				if sc.neg != kp.Negated && len(pr.Against) < 2 {
					if q := a.quoteWithNegator(o); !contains(pr.Against, q) {
						pr.Against = append(pr.Against, q)
					}
				}
			}
			if inList && !made && !contains(listed, p.text) {
				listed = append(listed, p.text)
			}
		}
		pr.Covered = len(pr.Matched) > 0
		if pr.Covered {
			covered++
			pr.Against = nil
		} else {
			pr.Missing = suggestCues(kp.Cues, 3)
			pr.Listed = listed
		}
		out = append(out, pr)
	}
	return out, covered
}

// redFlags checks each red flag; it also returns every place a raised flag
// was found.
func (a *answer) redFlags(flags []content.RedFlag) ([]FlagResult, []occurrence) {
	var out []FlagResult
	var spans []occurrence
	for _, fl := range flags {
		var plain, negated []occurrence
		for _, ph := range fl.Phrases {
			for _, o := range a.findAll(compile(ph)) {
				if a.scope[o.from].neg {
					negated = append(negated, o)
				} else {
					plain = append(plain, o)
				}
			}
		}
		var kept []occurrence
		for _, o := range plain {
			if !overlapsAny(o, negated) {
				kept = append(kept, o)
			}
		}
		if len(kept) == 0 {
			continue
		}
		spans = append(spans, kept...)
		// Quote the first place, grown by every phrase of the flag that
		// overlaps it: "wait until i" and "until i had proof" quote as
		// "wait until I had proof".
		first := kept[0]
		for _, o := range kept[1:] {
			if o.from < first.from {
				first = o
			}
		}
		for grown := true; grown; {
			grown = false
			for _, o := range kept {
				if o.from < first.to && first.from < o.to && (o.from < first.from || o.to > first.to) {
					first = occurrence{min(first.from, o.from), max(first.to, o.to)}
					grown = true
				}
			}
		}
		out = append(out, FlagResult{Label: clean(fl.Label), Phrase: a.quoteSpan(first.from, first.to-1), Why: clean(fl.Why)})
	}
	return out, spans
}

func overlapsAny(o occurrence, list []occurrence) bool {
	for _, x := range list {
		if o.from < x.to && x.from < o.to {
			return true
		}
	}
	return false
}

// listed reports whether most of the answer's words are in sentences that
// say nothing (a list of words). An answer of under four words is not a
// list: it is just short.
func (a *answer) listed() bool {
	if len(a.seq) < 4 {
		return false
	}
	out := 0
	for _, sc := range a.scope {
		if !sc.says {
			out++
		}
	}
	return out*2 > len(a.seq)
}
