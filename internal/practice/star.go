// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"strings"
)

// STAR parts are recognized by signal phrases. For each part the signals are
// tried in the order listed (strongest first) and the first one found gives
// the evidence, quoted from the answer. The lists are deliberately plain:
// they catch the way people usually tell a work story, and a part not found
// is reported as "not clear", not as "wrong".
var (
	// Situation: setting the scene in time and place.
	situationSignals = compileAll(
		"in my previous role", "in my last role", "in my previous job", "in my last job",
		"in my previous position", "in my last position", "in my first", "at my last",
		"at my previous", "at my", "on my last", "on my previous", "last year", "last month", "last week", "last winter",
		"last spring", "last summer", "last fall", "last autumn", "years ago", "months ago",
		"weeks ago", "ago", "a client who", "a family who", "a colleague who", "a worker who",
		"there was", "we had", "the situation", "while i was", "during my", "at the time",
		"on my team", "on our team", "in my team", "one of my", "i was assigned", "was referred",
		"i was working", "i worked as", "i noticed", "when",
	)
	// Task: what the speaker had to achieve.
	taskSignals = compileAll(
		"my task", "my role", "my job", "my goal", "my aim", "my responsibility", "my priority",
		"my first priority", "my main priority", "my part",
		"i was asked to", "i was tasked", "i was responsible", "i was charged", "i needed to",
		"i had to", "i set out to", "i wanted to", "responsible for", "the challenge",
		"the goal", "the task", "our goal", "needed to", "had to",
	)
	// Action, when no "I + past-tense verb" is found.
	actionSignals = compileAll("i decided", "so i", "my first step", "first i", "i then", "i started", "i began")
	// Result: what changed, or what was learned. The strong signals say it
	// is the result ("as a result"); the weak ones are words a result often
	// holds ("improved", "now"), and come after the card's result point.
	resultSignals = compileAll(
		"as a result", "in the end", "by the end", "the outcome", "which meant", "this meant",
		"that meant", "led to", "since then", "it worked", "that worked", "worked out",
		"turned around",
	)
	weakResultSignals = compileAll(
		"outcome", "result", "eventually", "improved", "reduced", "increased", "dropped",
		"doubled", "learned", "learnt", "now", "no more", "felt better", "got better",
	)
)

// notResultNow, before "now", make it no result: "for now", "right now",
// "until now".
var notResultNow = wordSet("for", "right", "until", "till", "just", "by")

// Action is "I" followed by a past-tense verb, optionally with one of these
// adverbs between ("I then called", "I also arranged").
var actionAdverbs = map[string]bool{
	"also": true, "then": true, "first": true, "immediately": true, "quickly": true,
	"personally": true, "finally": true, "calmly": true, "carefully": true, "just": true,
	"promptly": true, "gently": true, "next": true, "later": true, "eventually": true,
}

// irregularPast lists common irregular past-tense verbs of doing.
var irregularPast = map[string]bool{
	"met": true, "spoke": true, "made": true, "took": true, "gave": true, "went": true,
	"set": true, "brought": true, "built": true, "wrote": true, "sent": true, "told": true,
	"found": true, "got": true, "ran": true, "led": true, "began": true, "chose": true,
	"drew": true, "drove": true, "held": true, "kept": true, "left": true, "put": true,
	"sat": true, "taught": true, "sought": true, "spent": true, "stood": true, "did": true,
	"paid": true, "won": true, "rang": true, "sold": true, "bought": true, "caught": true,
	"fought": true, "cut": true, "fed": true, "hung": true, "let": true, "oversaw": true,
	"rebuilt": true, "rewrote": true, "undertook": true, "withdrew": true, "broke": true,
	"shook": true, "drafted": true, "read": true, "heard": true, "saw": true, "came": true,
}

// notActionPast lists -ed words after "I" that describe a state or a wish, not
// something done.
var notActionPast = map[string]bool{
	"needed": true, "wanted": true, "used": true, "liked": true, "loved": true, "hoped": true,
	"wished": true, "seemed": true, "believed": true, "supposed": true, "expected": true,
	"worried": true, "hated": true, "wondered": true, "preferred": true, "enjoyed": true,
	"noticed": true, "realized": true, "realised": true, "learned": true, "struggled": true, //nolint:misspell // answers come in British spelling too
	"assumed": true, "feared": true, "doubted": true, "cared": true,
}

func isPastAction(w string) bool {
	if irregularPast[w] {
		return true
	}
	if notActionPast[w] || len(w) < 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	// "need", "feed", "speed": -eed words that are not past tenses.
	return !(strings.HasSuffix(w, "eed") && len(w) <= 5)
}

// starPartOf reads the STAR part a key point belongs to from its label
// ("Situation: names the pressure ..." is the situation).
func starPartOf(point string) (string, bool) {
	head, _, ok := strings.Cut(point, ":")
	if !ok {
		return "", false
	}
	switch h := strings.ToLower(strings.TrimSpace(head)); h {
	case "situation", "task", "action", "result":
		return h, true
	}
	return "", false
}

// star finds the parts of a story. A part shows when the candidate typed
// it as a label ("Situation: ..."), when one of its signals is found, or
// when the card's key point for that part is made: the STAR block and the
// key points never disagree. A story has an order: the situation is read
// from a signal in the first half of the answer, else from the card's
// situation point, and only then from a signal later on; the result from a
// strong signal in the second half ("as a result"), else from the last
// words that made the card's result point, else from a weaker signal in the
// second half ("improved", "now"), and only then from anything earlier ("the
// landlord withdrew the eviction", not "one that stays with me").
// Signals count only where they say something plainly: not negated ("if
// things didn't improve"), hedged, in a list or in a red flag; and words
// that raised a red flag show no action ("I just push through").
func (a *answer) star(points []PointResult, flagged []occurrence) STARResult {
	var s STARResult
	for _, p := range []struct {
		part *STARPart
		name string
		find func() STARPart
	}{
		{&s.Situation, "situation", func() STARPart { return a.signal(situationSignals, flagged, 0, len(a.seq)) }},
		{&s.Task, "task", func() STARPart { return a.signal(taskSignals, flagged, 0, len(a.seq)) }},
		{&s.Action, "action", func() STARPart { return a.action(flagged) }},
		{&s.Result, "result", func() STARPart { return a.result(points, flagged) }},
	} {
		*p.part = a.typedLabel(p.name)
		if !p.part.Present && p.name == "situation" {
			if *p.part = a.signal(situationSignals, flagged, 0, len(a.seq)/2); !p.part.Present {
				*p.part = fromPoints(points, p.name)
			}
		}
		if !p.part.Present {
			*p.part = p.find()
		}
		// An action shows through its key point only in a story told in
		// the first person: "we arranged" is the team's action.
		if !p.part.Present && (p.name != "action" || a.says("i")) {
			*p.part = fromPoints(points, p.name)
		}
	}
	return s
}

// says reports whether the answer has the word w.
func (a *answer) says(w string) bool {
	return len(a.at[stem(w)]) > 0
}

// typedLabel finds a part typed as a label ("Result: within two months ..."):
// the evidence is the label and the first words after it.
func (a *answer) typedLabel(name string) STARPart {
	for i := range a.seq {
		if !a.scope[i].label || !(a.seq[i] == name || name == "result" && a.seq[i] == "outcome") {
			continue
		}
		j := i
		for j+1 < len(a.seq) && j-i < 4 && a.brk[j+1-1] < brkSentence {
			j++
			if a.brk[j] != brkNone {
				break
			}
		}
		return STARPart{Present: true, Evidence: a.quoteSpan(i, j)}
	}
	return STARPart{}
}

// fromPoints shows a part through the card's key point for it, when made:
// the first words that made it, or for a result the last.
func fromPoints(points []PointResult, name string) STARPart {
	for _, p := range points {
		if part, ok := starPartOf(p.Point); ok && part == name && p.Covered {
			ev := p.Matched[0]
			if name == "result" {
				ev = p.Matched[len(p.Matched)-1]
			}
			return STARPart{Present: true, Evidence: ev}
		}
	}
	return STARPart{}
}

// openEnded are words that leave a signal hanging ("at my", "i was asked
// to"): the evidence then runs on to the noun they lead to ("at my last
// agency", "one of my social workers", "i was asked to mediate").
var openEnded = wordSet("my", "our", "last", "previous", "first", "who", "of", "to", "during")

// maxSignalRun is how many words a hanging signal's evidence runs on.
const maxSignalRun = 3

// result finds the result of a story, in the order star gives.
func (a *answer) result(points []PointResult, flagged []occurrence) STARPart {
	half, n := len(a.seq)/2, len(a.seq)
	for _, find := range []func() STARPart{
		func() STARPart { return a.signal(resultSignals, flagged, half, n) },
		func() STARPart { return fromPoints(points, "result") },
		func() STARPart { return a.signal(weakResultSignals, flagged, half, n) },
		func() STARPart { return a.signal(resultSignals, flagged, 0, n) },
		func() STARPart { return a.signal(weakResultSignals, flagged, 0, n) },
	} {
		if p := find(); p.Present {
			return p
		}
	}
	return STARPart{}
}

// signal finds the first of signals, in their order, that the answer says
// plainly (see star) starting at a word from from to to-1. Words in or near
// a red flag are not a story's parts ("I learned that some people just
// aren't cut out").
func (a *answer) signal(signals []phrase, flagged []occurrence, from, to int) STARPart {
	for _, p := range signals {
		for _, o := range a.findExact(p) {
			sc := a.scope[o.from]
			if o.from < from || o.from >= to || sc.neg || sc.hedge || sc.rev || sc.former || !sc.says || a.nearAny(o, flagged) {
				continue
			}
			if o.from > 0 && a.seq[o.from] == "now" && notResultNow[a.seq[o.from-1]] {
				continue // "for now", "right now": no result
			}
			end := o.to
			for k := 0; openEnded[a.seq[o.to-1]] && k < maxSignalRun && end < len(a.seq) && a.brk[end-1] == brkNone; k++ {
				end++
				if w := a.seq[end-1]; functionWords[w] || openWords[w] {
					continue
				}
				// A noun reached: go on only into a compound ("social workers").
				if end >= len(a.seq) || a.brk[end-1] != brkNone || functionWords[a.seq[end]] || openWords[a.seq[end]] {
					break
				}
			}
			return STARPart{Present: true, Evidence: a.quoteSpan(o.from, end-1)}
		}
	}
	return STARPart{}
}

// action is "I" and a verb of doing: a past tense ("I called"), or a
// present one for a habit ("I walk every morning", "I use supervision"),
// not negated and not in a red flag.
func (a *answer) action(flagged []occurrence) STARPart {
	for i, w := range a.seq {
		if w != "i" {
			continue
		}
		j := i + 1
		if j < len(a.seq) && actionAdverbs[a.seq[j]] {
			j++
		}
		if j >= len(a.seq) || a.scope[j].neg || overlapsAny(occurrence{from: j, to: j + 1}, flagged) {
			continue
		}
		if isPastAction(a.seq[j]) || isHabit(a.seq[j]) {
			return STARPart{Present: true, Evidence: a.quoteSpan(i, j)}
		}
	}
	return a.signal(actionSignals, flagged, 0, len(a.seq))
}

// notHabit are words after "I" that are not something done: auxiliaries,
// states, wishes and thoughts.
var notHabit = wordSet("am", "was", "have", "had", "do", "did", "would", "will", "can", "could",
	"should", "might", "must", "may", "shall", "think", "feel", "believe", "like", "love", "want",
	"need", "hope", "wish", "know", "guess", "mean", "suppose", "suppose", "remember", "am", "just",
	"also", "really", "always", "never", "not", "only", "still", "then", "usually", "often", "try",
	"tend", "seem", "get", "got", "and", "or", "but", "so", "if", "when")

// isHabit reports whether w, after "I", reads as a present-tense verb of
// doing: a word of letters that is not an auxiliary, a state or a small
// word, and not a past tense a state ("I needed").
func isHabit(w string) bool {
	if len(w) < 2 || notHabit[w] || notActionPast[w] || functionWords[w] || strings.HasSuffix(w, "ing") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- I and we

// iWe counts first-person words: "I", "me", "my", "mine", "myself" (and the
// "I" of "I'm", "I've", "I'd", "I'll") against "we", "us", "our", "ours",
// "ourselves" (and "let's").
func (a *answer) iWe() (i, we int) {
	for _, w := range a.seq {
		switch w {
		case "i", "me", "my", "mine", "myself":
			i++
		case "we", "us", "our", "ours", "ourselves":
			we++
		}
	}
	return i, we
}

// ---------------------------------------------------------------- fillers
