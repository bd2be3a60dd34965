package practice

import (
	"slices"
	"sort"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// Red flags and concerns: where a card's flags are raised, and how they are
// quoted (points.go has how phrases are found and what makes a point).

// flagReading is what the answer raised: red flags and concerns, in the
// card's order, the flags it ruled out (found only negated), every place a
// raised flag or concern was found, and which were raised where (for a key
// point's not_with).
type flagReading struct {
	red, concerns, ruledOut []FlagResult
	spans                   []occurrence
	raised                  []raisedFlag
	// qualified are places a flag's unless: phrases qualified: no later
	// flag raises them either.
	qualified []occurrence
}

type raisedFlag struct {
	label, family string
	at            []occurrence
}

// redFlags checks each red flag, then each concern. A phrase counts where
// the candidate says it as their own practice (not wholly in a question
// they ask, unless the flag is about questions, nor in someone else's
// words, nor in a habit they have left: reading.go), and not negated; one
// passage raises one flag, the first on the card that claims it, red flags
// before concerns ("keep it between us" is the promise of secrecy, not also
// a deal with a parent).
func (a *answer) redFlags(flags []content.RedFlag) flagReading {
	var r flagReading
	for _, concerns := range []bool{false, true} {
		for _, fl := range flags {
			if fl.IsConcern() != concerns {
				continue
			}
			var plain, negated []occurrence
			for _, ph := range fl.Phrases {
				p := compile(ph)
				for _, o := range a.findAll(p) {
					switch {
					case a.outside(o, fl.Asked):
					case a.scope[o.from].neg && !a.ownNegator(p, o) || o.negIn:
						negated = append(negated, o)
					default:
						plain = append(plain, o)
					}
				}
			}
			var kept []occurrence
			claimed := false
			var qualified map[int]bool
			if len(plain) > 0 {
				qualified = a.sentencesOf(fl.Unless)
			}
			for _, o := range plain {
				switch {
				case qualified[a.sentence(o.from)]:
					// "most of it stays between us, unless someone is at
					// risk": the words are qualified in their own sentence.
					r.qualified = append(r.qualified, o)
				case overlapsAny(o, r.qualified):
				case slices.ContainsFunc(negated, func(n occurrence) bool { return n.from <= o.from && o.from < n.to }):
					// Inside a negated match that starts first: "wait until i"
					// negated holds "until i had proof".
				case claimedBy(o, r.spans):
					claimed = true
				default:
					kept = append(kept, o)
				}
			}
			if len(kept) == 0 && (len(negated) == 0 || concerns || claimed) {
				continue
			}
			res := FlagResult{Label: clean(fl.Label), Family: fl.Family, Why: clean(fl.Why)}
			if len(kept) == 0 {
				if len(negated) > 0 && !concerns && !claimed {
					res.Phrase = a.quotes(negated)[0]
					r.ruledOut = append(r.ruledOut, res)
				}
				continue
			}
			r.spans = append(r.spans, kept...)
			r.raised = append(r.raised, raisedFlag{label: fl.Label, family: fl.Family, at: kept})
			res.Phrase = a.flagQuote(kept)
			if concerns {
				r.concerns = append(r.concerns, res)
			} else {
				r.red = append(r.red, res)
			}
		}
	}
	return r
}

// sentencesOf returns the sentences (by sentence) where one of phrases is
// said, in any clause.
func (a *answer) sentencesOf(phrases []string) map[int]bool {
	if len(phrases) == 0 {
		return nil
	}
	out := map[int]bool{}
	for _, ph := range phrases {
		for _, o := range a.findAll(compile(ph)) {
			out[a.sentence(o.from)] = true
		}
	}
	return out
}

// sentence numbers the sentence word i is in, from 0.
func (a *answer) sentence(i int) int {
	n := 0
	for j := 0; j < i && j < len(a.brk); j++ {
		if a.brk[j] == brkSentence {
			n++
		}
	}
	return n
}

// ownNegator reports whether the negation of o's first word comes from a
// negator the phrase itself holds: "clients ... not ... know what is good
// for them" in "Clients don't always know what's good for them", where the
// subject is read as negated with its verb.
func (a *answer) ownNegator(p phrase, o occurrence) bool {
	at := int(a.scope[o.from].negAt)
	return p.neg && at > o.from && at < o.to
}

// maxFlagQuote is the longest stretch of one sentence a red flag quotes
// whole, and maxFlagParts the most places it quotes.
const (
	maxFlagQuote = 16
	maxFlagParts = 4
)

// flagQuote quotes where a flag was raised: each place, grown by every
// phrase that overlaps it ("wait until i" and "until i had proof" quote as
// "wait until I had proof"); places in a stretch of one sentence quote as
// one span ("no matter what, even if someone is in danger"), others with an
// ellipsis between ("talk through tough cases with my husband … keep the
// files in the back of my car"), up to maxFlagParts of them: a family of
// risks can be raised in several places, and each is named.
func (a *answer) flagQuote(kept []occurrence) string {
	sort.Slice(kept, func(i, j int) bool { return kept[i].from < kept[j].from })
	grow := func(o occurrence) occurrence {
		for grown := true; grown; {
			grown = false
			for _, k := range kept {
				if k.from < o.to && o.from < k.to && (k.from < o.from || k.to > o.to) {
					o = occurrence{from: min(o.from, k.from), to: max(o.to, k.to)}
					grown = true
				}
			}
		}
		return o
	}
	var spans []occurrence
	for _, k := range kept {
		g := a.withModal(a.complete(grow(k)))
		n := len(spans)
		if n > 0 && g.from < spans[n-1].to {
			spans[n-1].to = max(spans[n-1].to, g.to)
			continue
		}
		if n > 0 && g.to-spans[n-1].from <= maxFlagQuote && a.oneSentence(spans[n-1].from, g.to) {
			spans[n-1].to = max(spans[n-1].to, g.to)
			continue
		}
		spans = append(spans, g)
	}
	if len(spans) > maxFlagParts {
		spans = spans[:maxFlagParts]
	}
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = a.quoteSpan(sp.from, sp.to-1)
	}
	return strings.Join(parts, " … ")
}

// oneSentence reports whether words from..to-1 are in one sentence.
func (a *answer) oneSentence(from, to int) bool {
	for i := from; i < to-1; i++ {
		if a.brk[i] >= brkSentence {
			return false
		}
	}
	return true
}

// withModal grows a place that starts with a negator by the modal before it
// ("would not escalate", not "not escalate").
func (a *answer) withModal(o occurrence) occurrence {
	if o.from > 0 && negators[a.seq[o.from]] && auxiliaries[a.seq[o.from-1]] && a.tok[o.from-1] != a.tok[o.from] {
		o.from--
	}
	return o
}
