package practice

import (
	"slices"
	"sort"

	"github.com/rung-career/rung/internal/content"
)

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

// occurrence is one place a phrase was found.
// occurrence is one place a phrase was found: words from..to-1. negIn
// marks a phrase in parts whose later part is negated in the clause of its
// first ("I keep the files locked, not in my car"): the whole is not said.
type occurrence struct {
	from, to int
	negIn    bool
	// last is where the phrase's last part starts (from for a phrase of one
	// part): "not ... record" in "I wouldn't tell my manager or record it"
	// is its own act where "record it" is, though its negator is shared.
	last int
}

// findAll returns every place p occurs without crossing the end of a
// clause, in the order of the answer. A phrase's words match the answer's
// words in a row, with three allowances for the way people really say
// things (match.go): a modal or a small adverb may stand between two of
// them ("kids can translate" is "kids translate"), "the" stands for any
// determiner or none ("tell my supervisor" is "tell the supervisor"), and a
// few words match their everyday equals ("talk to the mom and dad" is "talk
// to the parents").
//
// A phrase in parts ("promise ... not tell") matches its first part, then
// each next part within maxSkip words of the one before, in the same
// sentence, with no word between that turns to something else ("and",
// "but", "or", "unless" ...): "I'd promise her that I won't tell anyone",
// not "I'd promise to help, but I can't keep it secret". Any alternative of
// a part ("told the team|let the team know") will do; each place is
// reported once.
func (a *answer) findAll(p phrase) []occurrence {
	if p.empty() {
		return nil
	}
	// A phrase in parts is found only if each later part can start
	// somewhere: most of a deck's phrases fail there, before any matching.
	for _, ix := range p.index[1:] {
		if !a.canStart(ix) {
			return nil
		}
	}
	if len(p.parts[0]) >= manyFirsts {
		return a.findEach(p)
	}
	var out []occurrence
	for _, first := range p.parts[0] {
		for _, i := range a.starts(first[0]) {
			if o, ok := a.matchAt(p, first, i); ok && !slices.ContainsFunc(out, func(o occurrence) bool { return o.from == i }) {
				out = append(out, o)
			}
		}
	}
	if len(p.parts[0]) > 1 {
		sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
	}
	return out
}

// manyFirsts is how many alternatives of a first part make findAll look
// word by word for those that start there (findEach), rather than
// alternative by alternative: a first part may have hundreds once its word
// classes are in.
const manyFirsts = 32

// findEach is findAll word by word: at each place, the first part's
// alternatives that can start there, in their order; the first that
// matches with the rest of the phrase is the place's.
func (a *answer) findEach(p phrase) []occurrence {
	var out []occurrence
	var cand []int
	ix := p.index[0]
	for i := range a.stems {
		cand = append(cand[:0], ix.byFirst[a.stems[i]]...)
		if len(ix.loose) > 0 {
			cand = append(cand, ix.loose...)
			sort.Ints(cand)
		}
		for _, c := range cand {
			if o, ok := a.matchAt(p, p.parts[0][c], i); ok {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

// matchAt matches p at word i, its first part as first.
func (a *answer) matchAt(p phrase, first []string, i int) (occurrence, bool) {
	end := a.matchFrom(first, 0, i)
	negIn, last := false, i
	for pi, part := range p.parts[1:] {
		if end <= i {
			break
		}
		var at int
		if at, end = a.matchAfter(part, p.index[pi+1], end, pi == 0 && p.negFirst); end > 0 && !p.neg {
			negIn = negIn || a.negatedFrom(i, at, end)
		}
		last = at
	}
	return occurrence{from: i, to: end, negIn: negIn, last: last}, end > i
}

// negatedFrom reports whether a later part of a phrase, matched at words
// at..end-1, is negated by a negator after the phrase's first word
// i: "files ... car" in "I keep the files locked, not in my car", "a
// grandparent rang ... I'd explain I can't tell them". A negation in a
// subordinate clause ("even though Mum hadn't agreed", "if she doesn't")
// is the phrase's own condition, not a denial of it.
func (a *answer) negatedFrom(i, at, end int) bool {
	if a.scope[i].neg {
		return false
	}
	for k := at; k < end; k++ {
		sc := a.scope[k]
		if !sc.neg || int(sc.negAt) <= i {
			continue
		}
		if w := a.seq[sc.start]; sc.start > a.scope[i].start && (subordinators[w] || w == "even") {
			continue
		}
		return true
	}
	return false
}

// maxSkip is the most words between two parts of a phrase.
const maxSkip = 8

// skipStops are words the words between two parts of a phrase may not hold:
// they join or turn to another thought, or start another event ("I wouldn't
// tell her mom until I had spoken to my manager").
var skipStops = wordSet("and", "but", "or", "however", "although", "though", "yet", "except",
	"unless", "whereas", "while", "then", "instead", "rather", "until", "before", "after", "because",
	"since")

// matchAfter matches one of alts at the first place from j on, within
// maxSkip words and the same sentence, and returns where it starts and
// ends, or -1, -1.
func (a *answer) matchAfter(alts [][]string, ix partIndex, j int, crossOr bool) (int, int) {
	var cand []int
	for k := j; k < len(a.seq) && k <= j+maxSkip; k++ {
		if k > j && (a.brk[k-1] == brkSentence || skipStops[a.seq[k-1]] && !(crossOr && (a.seq[k-1] == "or" || a.seq[k-1] == "nor"))) {
			return -1, -1
		}
		// Only the alternatives that can start here, in their order.
		cand = append(cand[:0], ix.byFirst[a.stems[k]]...)
		if len(ix.loose) > 0 {
			cand = append(cand, ix.loose...)
			sort.Ints(cand)
		}
		for _, c := range cand {
			if end := a.matchFrom(alts[c], 0, k); end > k {
				return k, end
			}
		}
	}
	return -1, -1
}

// maxQuote is the longest quote, in words, that runs from its negator to
// the words matched; a longer one quotes the negator and the words matched
// with an ellipsis between.
const maxQuote = 12

// span is the part of the answer a quote shows: the words matched, and for
// a negated match the negator too (with the modal before it: "would not").
func (a *answer) span(o occurrence) occurrence {
	o = a.complete(o)
	at := int(a.scope[o.from].negAt)
	if at < 0 || at >= o.from {
		return o
	}
	switch {
	case at > 0 && auxiliaries[a.seq[at-1]] && a.tok[at-1] != a.tok[at]:
		at--
	case at > 0 && leavers[a.seq[at-1]]: // "left before the final report"
		at--
	case at > 1 && a.seq[at-1] == "on" && movers[a.seq[at-2]]: // "moved on before"
		at -= 2
	}
	return occurrence{from: at, to: o.to}
}

// openWords leave a quote hanging when it ends on them ("years as").
var openWords = wordSet("as", "of", "to", "in", "at", "for", "with", "a", "an", "the", "my", "our",
	"your", "their", "his", "her", "about", "into", "on", "by", "from", "than")

// complete grows an occurrence that ends on a word that leaves it hanging
// ("years as", "until I'm", "reschedule until") to the words it needs,
// within its clause (or into the clause a subordinator opens):
// "years as a case manager", "until I'm certain". At most four words are
// added.
func (a *answer) complete(o occurrence) occurrence {
	if last := a.seq[o.to-1]; !openWords[last] && !(auxiliaries[last] || subjectPronouns[last] || subordinators[last]) || negators[last] {
		return o
	}
	content := false
	for k := 0; k < 4 && o.to < len(a.seq) && a.brk[o.to-1] == brkNone; k++ {
		w := a.seq[o.to]
		if content && (functionWords[w] || openWords[w]) {
			break
		}
		content = content || !functionWords[w] && !openWords[w]
		o.to++
	}
	return o
}

// quotes quotes occurrences as the candidate wrote them, each with its
// negator, merging those whose spans overlap: "would not question her in
// detail or talk to the parents" is one quote. A merged quote longer than
// maxQuote words is split again, each part as its negator, an ellipsis and
// the words matched ("not … talk to the parents").
func (a *answer) quotes(occ []occurrence) []string {
	sort.Slice(occ, func(i, j int) bool { return occ[i].from < occ[j].from })
	var out []string
	add := func(q string) {
		if !contains(out, q) {
			out = append(out, q)
		}
	}
	for i := 0; i < len(occ); {
		sp := a.span(occ[i])
		j := i + 1
		for ; j < len(occ); j++ {
			next := a.span(occ[j])
			if next.from >= sp.to {
				break
			}
			sp.to = max(sp.to, next.to)
		}
		if sp.to-sp.from <= maxQuote {
			add(a.quoteSpan(sp.from, sp.to-1))
		} else {
			for _, o := range occ[i:j] {
				s := a.span(o)
				if s.from == o.from || s.to-s.from <= maxQuote {
					add(a.quoteSpan(s.from, s.to-1))
				} else {
					add(a.quoteSpan(s.from, int(a.scope[o.from].negAt)) + " … " + a.quoteSpan(o.from, o.to-1))
				}
			}
		}
		i = j
	}
	return out
}

// keyPoints checks each key point. Words that raised a red flag (flagged),
// and words close to them in the same sentence, make no point: "have their
// kids translate" is not adapting practice.
func (a *answer) keyPoints(kps []content.KeyPoint, flags flagReading) ([]PointResult, int) {
	out := make([]PointResult, 0, len(kps))
	covered := 0
	for _, kp := range kps {
		pr := a.notWith(kp, a.keyPoint(kp, flags.spans), flags.raised)
		if pr.Covered {
			covered++
		}
		out = append(out, pr)
	}
	return out, covered
}

// keyPoint checks one key point: made where a cue is found in a sentence
// that says something, with the point's polarity, unhedged, not a typed
// STAR label and not inside a red flag.
func (a *answer) keyPoint(kp content.KeyPoint, flagged []occurrence) PointResult {
	pr := PointResult{Point: clean(kp.Point), Negated: kp.Negated}
	var made, against []occurrence
	var listed, labels []string
	for _, cue := range kp.Cues {
		p := compile(cue)
		if p.empty() || contains(pr.Cues, p.text) {
			continue
		}
		found, inList := false, false
		var named []occurrence
		for _, o := range a.findAll(p) {
			sc := a.scope[o.from]
			switch {
			case a.scope[o.from].label:
			case sc.other || sc.former || a.restricted(o):
				// Someone else's words, a habit left, or "only ... for" one
				// case: not the candidate's practice either way.
			case !sc.says:
				inList = true
			case a.leftBehind(o):
			case a.labelUse(o) >= 0:
				named = append(named, o)
			case sc.hedge || sc.rev:
			case sc.neg == kp.Negated:
				if !found && !a.nearAny(o, flagged) {
					found = true
					pr.Cues = append(pr.Cues, p.text)
					made = append(made, o)
				}
			case len(against) < 2 && !overlapsAny(o, against):
				against = append(against, o)
			}
		}
		if inList && !found && !contains(listed, p.text) {
			listed = append(listed, p.text)
		}
		if !found {
			for _, o := range named {
				if q := a.quoteSpan(o.from, a.labelUse(o)); !contains(labels, q) {
					labels = append(labels, q)
				}
			}
		}
	}
	// A point the answer refuses in a red flag is not made by a mention
	// elsewhere: "I would not report the missing episodes to the police"
	// outweighs "getting the police involved" in the reason given for it.
	pr.Covered = len(made) > 0 && !a.againstFlag(against, flagged)
	if pr.Covered {
		pr.Matched = a.quotes(made)
		return pr
	}
	pr.Against = a.quotes(against)
	pr.Labels = labels
	if len(labels) == 0 {
		pr.Listed = listed
	}
	if pr.Say = clean(kp.Say); pr.Say == "" {
		pr.Missing = suggestCues(kp.Cues, 3)
	}
	return pr
}

// notWith reads a point against the red flags its card names as
// contradicting it (not_with): when one was raised, the point is not made
// (it was: "records" beside "update the records on the Monday"), and the
// flag's words are quoted as saying the opposite, so a point the answer
// contradicts is a fix, not an omission ("wouldn't necessarily bring my
// manager into it" against escalating).
func (a *answer) notWith(kp content.KeyPoint, pr PointResult, raised []raisedFlag) PointResult {
	var against []string
	for _, rf := range raised {
		if slices.ContainsFunc(kp.NotWith, func(n string) bool { return n == rf.label || n != "" && n == rf.family }) {
			against = append(against, a.flagQuote(rf.at))
		}
	}
	if len(against) == 0 || !pr.Covered && len(pr.Against) > 0 {
		return pr
	}
	if pr.Covered {
		pr.Covered, pr.Matched, pr.Cues = false, nil, nil
		if pr.Say = clean(kp.Say); pr.Say == "" {
			pr.Missing = suggestCues(kp.Cues, 3)
		}
	}
	pr.Against, pr.Listed, pr.Labels = against[:min(2, len(against))], nil, nil
	return pr
}

// leftBehind reports whether o is the starting point of a change, "from o
// to ...": "extend response times from 24 hours to 10 days" leaves 24 hours
// behind.
func (a *answer) leftBehind(o occurrence) bool {
	return o.from > 0 && a.seq[o.from-1] == "from" && o.to < len(a.seq) && a.seq[o.to] == "to"
}

// Labels. "A strengths-based approach" names an approach; it does not say
// what the candidate does, so a cue used only as such a label makes no
// point: the feedback says it was named as a label. A label is a word with
// one of labelSuffixes after it ("strengths-based", "data driven",
// "child-centered"), not followed by a preposition ("based on the
// assessment" is not a label).
var (
	labelSuffixes = wordSet("based", "driven", "focused", "focussed", "informed", "centred", //nolint:misspell // British spelling
		"centered", "oriented", "orientated", "minded")
	labelPreps = wordSet("on", "in", "at", "by", "with", "upon", "around", "to", "toward",
		"towards", "from", "of", "for")
)

// labelUse returns, when o is used as a label, the position of the label's
// last word (its suffix), or -1.
func (a *answer) labelUse(o occurrence) int {
	isSuffix := func(i int) bool {
		return i < len(a.seq) && labelSuffixes[a.seq[i]] && (i+1 >= len(a.seq) || !labelPreps[a.seq[i+1]] || a.brk[i] != brkNone)
	}
	switch {
	case o.to-1 > o.from && isSuffix(o.to-1):
		return o.to - 1
	case a.brk[o.to-1] == brkNone && isSuffix(o.to):
		return o.to
	}
	return -1
}

// labels lists the labels the answer names ("strengths-based",
// "trauma-informed"), each once, as written: typed with a hyphen, so
// "based on" and "driven by" never count.
func (a *answer) labels() []string {
	var out []string
	for i := 1; i < len(a.seq); i++ {
		if !labelSuffixes[a.seq[i]] || a.brk[i-1] != brkNone || a.tok[i] == a.tok[i-1] {
			continue
		}
		if i+1 < len(a.seq) && labelPreps[a.seq[i+1]] && a.brk[i] == brkNone {
			continue
		}
		prev, cur := a.toks[a.tok[i-1]], a.toks[a.tok[i]]
		if prev.end >= cur.start || a.src[prev.end:cur.start] != "-" {
			continue
		}
		if q := a.quoteSpan(i-1, i); !contains(out, q) {
			out = append(out, q)
		}
	}
	return out
}

// nearFlag is how many words from a red flag, in the same sentence, a cue
// still makes no point: "after a couple of visits I'd tell my manager" is
// not telling a manager the same day.
const nearFlag = 6

// nearAny reports whether o overlaps one of list, or sits within nearFlag
// words of one in the same sentence.
func (a *answer) nearAny(o occurrence, list []occurrence) bool {
	for _, x := range list {
		from, to := min(o.to, x.to), max(o.from, x.from) // the gap between them, if any
		if from >= to {
			return true
		}
		if to-from > nearFlag {
			continue
		}
		apart := false
		for i := from - 1; i < to-1 && !apart; i++ {
			apart = a.brk[i] == brkSentence
		}
		if !apart {
			return true
		}
	}
	return false
}

// againstFlag reports whether one of against is the speaker's own refusal
// ("I would not report ...", not "my supervisor told me not to report")
// and sits in or near a raised red flag (see nearAny).
func (a *answer) againstFlag(against, flagged []occurrence) bool {
	for _, o := range against {
		if a.ownRefusal(o) && a.nearAny(o, flagged) {
			return true
		}
	}
	return false
}

// ownRefusal reports whether the negator governing o has "I" or "we" just
// before it, in its clause: "I would not", "I also wouldn't", "we don't".
func (a *answer) ownRefusal(o occurrence) bool {
	at := int(a.scope[o.from].negAt)
	for j := at - 1; j >= 0 && j >= at-4 && a.brk[j] < brkClause; j-- {
		if a.seq[j] == "i" || a.seq[j] == "we" {
			return true
		}
	}
	return false
}

// claimedBy reports whether o is a passage a flag raised before it already
// quotes: it overlaps one, and so does its last part. A phrase in parts
// whose last part says something new ("not ... record" after "not tell my
// manager" in "I wouldn't tell my manager or record it") is its own act.
func claimedBy(o occurrence, list []occurrence) bool {
	if o.last > o.from {
		return overlapsAny(occurrence{from: o.last, to: o.to}, list)
	}
	return overlapsAny(o, list)
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
