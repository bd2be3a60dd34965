// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"fmt"
	"strings"
)

// findings turns the analysis into explained observations, in a fixed order:
// key points, structure, length, numbers, ownership, fillers. An empty answer
// gets only the first three: there is nothing to say about its numbers.
//
// Praise depends on the content being sound: an answer with a red flag, or
// one that makes under half its points, gets no praise for its numbers, its
// "I" or its lack of fillers (telling a candidate who says "I would want to
// be sure first" that they sound sure of themselves does harm), and no tips
// on them either when it has a red flag: those would bury the one message
// that matters.
func findings(f Feedback, star bool) []Finding {
	var l findingList
	l.redFlags(f)
	l.keyPoints(f)
	l.ruledOut(f)
	if len(f.RedFlags) == 0 {
		l.structure(f)
	}
	l.length(f)
	if f.Words == 0 {
		return l.out
	}
	if len(f.RedFlags) == 0 {
		l.numbers(f, star)
		l.ownership(f, f.sound())
	}
	l.fillers(f, f.sound() && !f.hedged())
	if len(f.RedFlags) == 0 {
		l.hedges(f)
	}
	return l.out
}

// maxHedges is the most hedges an answer has before the feedback says so.
const maxHedges = 2

// hedged reports whether the answer hedges more than maxHedges times.
func (f Feedback) hedged() bool { return totalFillers(f.Hedges) > maxHedges }

// hedges: more than maxHedges is a tip; a panel hears doubt.
func (l *findingList) hedges(f Feedback) {
	if !f.hedged() {
		return
	}
	var list []string
	for _, c := range f.Hedges {
		list = append(list, fmt.Sprintf("'%s' %s", c.Word, times(c.N)))
	}
	l.add(Tip, TopicFillers, "Hedged %s (%s): a panel hears doubt; say what you did or would do, and give figures you are sure of.",
		times(totalFillers(f.Hedges)), joinList(list, "and"))
}

// sound reports whether the answer has no red flag and makes at least half
// its key points: the answers that earn praise.
func (f Feedback) sound() bool {
	return len(f.RedFlags) == 0 && f.Covered*2 >= len(f.KeyPoints)
}

// nearlyAll reports whether the answer makes at least 80% of its points
// with no red flag.
func (f Feedback) nearlyAll() bool {
	n := len(f.KeyPoints)
	return n > 0 && len(f.RedFlags) == 0 && f.Covered*5 >= n*4
}

// heldBack reports whether something a panel would probe keeps an answer
// with no red flag from being strong: a concern, or a point it contradicts
// ("you said ..., which says the opposite").
func (f Feedback) heldBack() bool {
	if len(f.Concerns) > 0 {
		return true
	}
	for _, p := range f.KeyPoints {
		if len(p.Against) > 0 && !p.Covered {
			return true
		}
	}
	return false
}

// concerns: what a panel would probe, as fixes, after the judgement.
func (l *findingList) concerns(f Feedback) {
	for _, c := range f.Concerns {
		l.add(Warn, TopicConcerns, "A panel would probe this: %s (you wrote '%s'). %s", strings.TrimRight(c.Label, ". "), c.Phrase, sentence(c.Why))
	}
}

// findingList collects findings in the order Analyze reports them.
type findingList struct{ out []Finding }

func (l *findingList) add(lv Level, topic, format string, args ...any) {
	l.out = append(l.out, Finding{Level: lv, Topic: topic, Message: fmt.Sprintf(format, args...)})
}

// redFlags come first: a panel weighs them above everything else.
func (l *findingList) redFlags(f Feedback) {
	for _, fl := range f.RedFlags {
		l.add(Warn, TopicRedFlags, "Red flag: %s (you wrote '%s'). %s", strings.TrimRight(fl.Label, ". "), fl.Phrase, sentence(fl.Why))
	}
}

// keyPoints: one line of judgement, as a panel member would give it, then
// one tip per point not made. The judgement says:
//   - unsafe ("a panel would count this answer against you") only with a
//     red flag, whatever the count;
//   - incomplete (a warning) for under 40% of the points;
//   - strong (good) for all the points or 80%, only with no concern and no
//     point contradicted; on a card with red flags the answer did not
//     raise, the points are good but the answer is not called strong: the
//     reading misses many ways of saying them (blind panel sets caught a
//     third of unsafe passages), so the candidate is sent to the list;
//   - general (general.go): a warning under 80%, a tip above, when most
//     of the answer states stances rather than specifics;
//   - otherwise that it is on its way (a tip): 40% and up, or strong but
//     held back by a concern or a contradiction, which it names.
//
// A list of words instead of sentences is a warning of its own.
func (l *findingList) keyPoints(f Feedback) {
	n := len(f.KeyPoints)
	if n == 0 {
		l.concerns(f)
		return
	}
	if f.Listed {
		l.add(Warn, TopicKeyPoints, "Most of this answer is a list of words, not sentences; a panel scores what you say you do, so words in a list make no point.")
	}
	switch {
	case len(f.RedFlags) > 0:
		what := "the red flags above weigh more than any point, so replace those parts first"
		if len(f.RedFlags) == 1 {
			what = "the red flag above weighs more than any point, so replace that part first"
		}
		l.add(Warn, TopicKeyPoints, "Made %d of %d key points, but a panel would count this answer against you: %s.", f.Covered, n, what)
	case f.Covered*5 < n*2:
		l.add(Warn, TopicKeyPoints, "Made %d of %d key points; panels score an answer on the points it makes, so it is incomplete as it stands.", f.Covered, n)
	case f.general && !f.nearlyAll():
		l.add(Warn, TopicKeyPoints, "Made %d of %d key points, but the answer stays general: most of it says what you believe or are, not what you did or would do, and a panel scores specifics. Give a real example, with what you did and what came of it.", f.Covered, n)
	case f.general:
		l.add(Tip, TopicKeyPoints, "Made %d of %d key points, but the answer stays general: most of it says what you believe or are, not what you did or would do. Give a real example to make it strong.", f.Covered, n)
	case f.nearlyAll() && f.heldBack():
		l.add(Tip, TopicKeyPoints, "Made %d of %d key points, but what is marked ! below keeps it from a strong answer; fix that first.", f.Covered, n)
	case f.Covered == n && f.unchecked > 0:
		l.add(Good, TopicKeyPoints, "Made all %d key points. No red flag found, but rung misses many ways of saying them, so it cannot call the answer strong: read it against the card's red flags (Check it yourself) before you do.", n)
	case f.Covered == n:
		l.add(Good, TopicKeyPoints, "Made all %d key points.", n)
	case f.nearlyAll() && f.unchecked > 0:
		l.add(Good, TopicKeyPoints, "Made %d of %d key points, and the rest below would complete them. No red flag found, but rung misses many ways of saying them: read it against the card's red flags (Check it yourself) before you call it strong.", f.Covered, n)
	case f.nearlyAll():
		l.add(Good, TopicKeyPoints, "Made %d of %d key points: a strong answer; the rest below would complete it.", f.Covered, n)
	case f.Covered*5 >= n*2:
		l.add(Tip, TopicKeyPoints, "Made %d of %d key points; panels score an answer on the points it makes, and the ones below would complete it.", f.Covered, n)
	default:
		l.add(Warn, TopicKeyPoints, "Made %d of %d key points; panels score an answer on the points it makes, so it is incomplete as it stands.", f.Covered, n)
	}
	l.concerns(f)
	for _, p := range f.KeyPoints {
		if !p.Covered {
			l.pointNotMade(p)
		}
	}
	if len(f.Labels) >= 2 && !f.nearlyAll() {
		l.add(Tip, TopicKeyPoints, "Named approaches as labels (%s): a panel listens for what you do, so show one in what you did, or leave it out.", quoteList(f.Labels, "and"))
	}
}

// pointNotMade says why a point was not made, and what to add: the card's
// say: sentence when it has one (the substance), or a few of its cues. A
// point the answer contradicts is a fix (Warn): a panel hears what a
// candidate says they would not do.
func (l *findingList) pointNotMade(p PointResult) {
	point := strings.TrimRight(p.Point, ". ")
	say := ""
	if p.Say != "" {
		say = " " + sentence(p.Say)
	}
	switch {
	case len(p.Against) > 0 && p.Negated:
		if say == "" {
			say = " Say what you would not do, and why."
		}
		l.add(Warn, TopicKeyPoints, "Not made: '%s' - you said %s.%s", point, quoteList(p.Against, "and"), say)
	case len(p.Against) > 0:
		l.add(Warn, TopicKeyPoints, "Not made: '%s' - you said %s, which says the opposite.%s", point, quoteList(p.Against, "and"), say)
	case len(p.Labels) > 0:
		l.add(Tip, TopicKeyPoints, "Not made: '%s' - you named %s as a label, not something you do.%s", point, quoteList(p.Labels, "and"), say)
	case len(p.Listed) > 0:
		l.add(Tip, TopicKeyPoints, "Not made: '%s' - %s came up only in a list; put it in a sentence that says what you do.%s", point, quoteList(p.Listed, "and"), say)
	case say != "":
		l.add(Tip, TopicKeyPoints, "Not yet: '%s'.%s", point, say)
	case p.Negated && len(p.Missing) > 0:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s' - say what you would not do (%s).", point, quoteList(p.Missing, "or"))
	case len(p.Missing) > 0:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s' - try words like %s.", point, quoteList(p.Missing, "or"))
	default:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s'.", point)
	}
}

// ruledOut praises an answer with no red flag for ruling one out in so many
// words ("I don't leave the person alone"): panels listen for it.
func (l *findingList) ruledOut(f Feedback) {
	if len(f.RedFlags) > 0 {
		return
	}
	n := 0
	for _, r := range f.RuledOut {
		if n == 2 || madeBy(f.KeyPoints, r.Phrase) {
			continue
		}
		n++
		l.add(Good, TopicKeyPoints, "You ruled out a red flag in your own words ('%s'): panels listen for that.", r.Phrase)
	}
}

// madeBy reports whether quote overlaps the words that made a key point
// (then it is praised there already).
func madeBy(points []PointResult, quote string) bool {
	for _, p := range points {
		for _, m := range p.Matched {
			if strings.Contains(m, quote) || strings.Contains(quote, m) {
				return true
			}
		}
	}
	return false
}

// structure: a STAR story should have all four parts.
func (l *findingList) structure(f Feedback) {
	if f.STAR == nil {
		return
	}
	s := *f.STAR
	var seen, missing, advice []string
	for _, p := range s.parts() {
		if p.part.Present {
			seen = append(seen, fmt.Sprintf("%s ('%s')", p.name, p.part.Evidence))
		} else {
			missing = append(missing, p.name)
			advice = append(advice, starAdvice[p.name])
		}
	}
	if len(missing) == 0 {
		l.add(Good, TopicStructure, "Clear STAR story: %s.", joinList(seen, "and"))
		return
	}
	if len(seen) > 0 && coachedByPoints(f.KeyPoints, missing) {
		return // the key points above already say what each missing part needs
	}
	lv := Warn
	if len(missing) == 1 || f.nearlyAll() {
		lv = Tip
	}
	msg := fmt.Sprintf("STAR %d/4: no clear %s - %s", s.Present(), joinList(titles(missing), "or"), joinList(advice, "and"))
	if len(seen) > 0 {
		msg += fmt.Sprintf(" (found %s)", joinList(seen, "and"))
	}
	l.add(lv, TopicStructure, "%s.", msg)
}

// coachedByPoints reports whether every missing STAR part has a key point
// of its own on the card, not made, whose tip already coaches it.
func coachedByPoints(points []PointResult, missing []string) bool {
	for _, name := range missing {
		coached := false
		for _, p := range points {
			if part, ok := starPartOf(p.Point); ok && part == name && !p.Covered {
				coached = true
			}
		}
		if !coached {
			return false
		}
	}
	return true
}

// length, at WordsPerMinute: one verdict, against the one target of 1-2
// minutes (IdealMin-IdealMax words).
func (l *findingList) length(f Feedback) {
	t := clock(f.SpeakingTime)
	target := fmt.Sprintf("aim for 1-2 minutes (%d-%d words)", IdealMin, IdealMax)
	switch {
	case f.Words == 0:
		l.add(Warn, TopicLength, "No answer yet: type one to get feedback, and %s.", target)
	case f.Words < IdealMin && f.nearlyAll():
		// What a short answer lacks depends on what it covers: a complete
		// one needs its real example, not more points.
		covered := "every key point"
		if f.Covered < len(f.KeyPoints) {
			covered = "most of the key points"
		}
		l.add(Tip, TopicLength, "%s (about %s spoken) covers %s; to fill 1-2 minutes (%d-%d words), add a brief real example and what came of it.",
			plural(f.Words, "word", "words"), t, covered, IdealMin, IdealMax)
	case f.Words < ShortWords:
		l.add(Warn, TopicLength, "%s (about %s spoken) is too short to show much; %s.", plural(f.Words, "word", "words"), t, target)
	case f.Words < IdealMin:
		l.add(Tip, TopicLength, "%d words (about %s spoken) is on the short side; %s, with an example or what came of it.", f.Words, t, target)
	case f.Words <= IdealMax:
		l.add(Good, TopicLength, "%d words, about %s spoken: within the 1-2 minutes a panel expects.", f.Words, t)
	case f.Words <= LongWords:
		l.add(Tip, TopicLength, "%d words (about %s spoken) runs past two minutes; trim to %d-%d words so the panel is still with you at the end.", f.Words, t, IdealMin, IdealMax)
	default:
		l.add(Warn, TopicLength, "%d words (about %s spoken) is long; interviewers drift after about two minutes, so %s.", f.Words, t, target)
	}
}

// numbers: praise when present; for a story, a tip when absent. Not given
// on an answer with a red flag (see findings).
func (l *findingList) numbers(f Feedback, star bool) {
	switch {
	case f.Quantified:
		l.add(Good, TopicNumbers, "Used numbers (%s): specifics make an answer concrete and believable.", quoteList(f.QuantityExamples, "and"))
	case star:
		l.add(Tip, TopicNumbers, "No numbers yet: a count, percentage, amount or time span ('18 families', 'six months', '40%%') makes a story concrete.")
	}
}

// ownership: in a story the panel scores what you did. The praise only on
// a sound answer.
func (l *findingList) ownership(f Feedback, praise bool) {
	if f.IWe == nil {
		return
	}
	switch {
	case !praise && f.IWe.I > 0 && f.IWe.We <= f.IWe.I:
	case f.IWe.We > f.IWe.I:
		l.add(Tip, TopicOwnership, "Said 'we' %s and %s. Say what YOU did: interviewers score your actions.", times(f.IWe.We), saidOr(f.IWe.I, "I"))
	case f.IWe.I == 0:
		l.add(Tip, TopicOwnership, "Never said 'I': tell the story in the first person so the panel hears what you did.")
	default:
		l.add(Good, TopicOwnership, "Said 'I' %s and %s: the panel can hear what you did yourself.", times(f.IWe.I), saidOr(f.IWe.We, "we"))
	}
}

// fillers: more than FillerRate per 100 words is a warning, any is a tip;
// none is praised only on a sound answer.
func (l *findingList) fillers(f Feedback, praise bool) {
	n := totalFillers(f.Fillers)
	var list []string
	for _, c := range f.Fillers {
		list = append(list, fmt.Sprintf("'%s' x%d", c.Word, c.N))
	}
	switch {
	case n == 0 && !praise:
	case n == 0:
		l.add(Good, TopicFillers, "No filler words such as 'um', 'like' or 'you know': the answer reads as sure of itself.")
	case n*100 > FillerRate*f.Words:
		l.add(Warn, TopicFillers, "%s (%s) in %d words, about %.1f per 100: they make you sound unsure, and a short pause works better.",
			plural(n, "filler", "fillers"), strings.Join(list, ", "), f.Words, float64(n)*100/float64(f.Words))
	default:
		l.add(Tip, TopicFillers, "%s (%s): a few are normal in speech, but a pause sounds surer than a filler.", plural(n, "filler", "fillers"), strings.Join(list, ", "))
	}
}

var starAdvice = map[string]string{
	"situation": "set the scene in a sentence ('last year, at my agency, a client who...')",
	"task":      "say what you had to achieve ('my task was...')",
	"action":    "say what you did in the first person ('I called', 'I arranged')",
	"result":    "end with what changed ('as a result...', a number, or what you learned)",
}

func titles(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToUpper(n[:1]) + n[1:]
	}
	return out
}

// sentence makes s end with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// saidOr writes "'we' 3 times", or "never 'we'".
func saidOr(n int, word string) string {
	if n == 0 {
		return "never '" + word + "'"
	}
	return "'" + word + "' " + times(n)
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// quoteList writes 'a', 'b' or 'c'.
func quoteList(items []string, conj string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "'" + s + "'"
	}
	return joinList(q, conj)
}

// joinList writes a, b and c.
func joinList(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
}
