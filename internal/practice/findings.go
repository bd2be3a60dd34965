// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"fmt"
	"strings"
)

// findings turns the analysis into explained observations, in a fixed order:
// key points, structure, length, numbers, ownership, fillers. An empty answer
// gets only the first three: there is nothing to say about its numbers.
func findings(f Feedback, star bool) []Finding {
	var l findingList
	l.redFlags(f)
	l.keyPoints(f)
	l.structure(f)
	l.length(f)
	if f.Words == 0 {
		return l.out
	}
	l.numbers(f, star)
	l.ownership(f)
	l.fillers(f)
	return l.out
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

// keyPoints: made all is good; 60% or more is a tip; less is a warning. A
// list of words instead of sentences is a warning of its own. Then one tip
// per point not made, saying why when the answer touched it the wrong way
// round or only in a list.
func (l *findingList) keyPoints(f Feedback) {
	n := len(f.KeyPoints)
	if n == 0 {
		return
	}
	if f.Listed {
		l.add(Warn, TopicKeyPoints, "Most of this answer is a list of words, not sentences; a panel scores what you say you do, so words in a list make no point.")
	}
	switch {
	case f.Covered == n:
		l.add(Good, TopicKeyPoints, "Made all %d key points.", n)
	default:
		lv := Warn
		if f.Covered*5 >= n*3 {
			lv = Tip
		}
		l.add(lv, TopicKeyPoints, "Made %d of %d key points; panels score an answer on the points it makes.", f.Covered, n)
	}
	for _, p := range f.KeyPoints {
		if !p.Covered {
			l.pointNotMade(p)
		}
	}
}

func (l *findingList) pointNotMade(p PointResult) {
	point := strings.TrimRight(p.Point, ". ")
	switch {
	case len(p.Against) > 0 && p.Negated:
		l.add(Tip, TopicKeyPoints, "Not made: '%s' - you said %s; say what you would not do, and why.", point, quoteList(p.Against, "and"))
	case len(p.Against) > 0:
		l.add(Tip, TopicKeyPoints, "Not made: '%s' - you said %s, which says the opposite.", point, quoteList(p.Against, "and"))
	case len(p.Listed) > 0:
		l.add(Tip, TopicKeyPoints, "Not made: '%s' - %s came up only in a list; put it in a sentence that says what you do.", point, quoteList(p.Listed, "and"))
	case p.Negated && len(p.Missing) > 0:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s' - say what you would not do (%s).", point, quoteList(p.Missing, "or"))
	case len(p.Missing) > 0:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s' - try words like %s.", point, quoteList(p.Missing, "or"))
	default:
		l.add(Tip, TopicKeyPoints, "Not yet: '%s'.", point)
	}
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
	lv := Warn
	if len(missing) == 1 {
		lv = Tip
	}
	msg := fmt.Sprintf("STAR %d/4: no clear %s - %s", s.Present(), joinList(titles(missing), "or"), joinList(advice, "and"))
	if len(seen) > 0 {
		msg += fmt.Sprintf(" (found %s)", joinList(seen, "and"))
	}
	l.add(lv, TopicStructure, "%s.", msg)
}

// length, at WordsPerMinute: one verdict, against the one target of 1-2
// minutes (IdealMin-IdealMax words).
func (l *findingList) length(f Feedback) {
	t := clock(f.SpeakingTime)
	target := fmt.Sprintf("aim for 1-2 minutes (%d-%d words)", IdealMin, IdealMax)
	switch {
	case f.Words == 0:
		l.add(Warn, TopicLength, "No answer yet: type one to get feedback, and %s.", target)
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

// numbers: praise when present; for a story, a tip when absent.
func (l *findingList) numbers(f Feedback, star bool) {
	switch {
	case f.Quantified:
		l.add(Good, TopicNumbers, "Used numbers (%s): specifics make an answer concrete and believable.", quoteList(f.QuantityExamples, "and"))
	case star:
		l.add(Tip, TopicNumbers, "No numbers yet: a count, percentage, amount or time span ('18 families', 'six months', '40%%') makes a story concrete.")
	}
}

// ownership: in a story the panel scores what you did.
func (l *findingList) ownership(f Feedback) {
	if f.IWe == nil {
		return
	}
	switch {
	case f.IWe.We > f.IWe.I:
		l.add(Tip, TopicOwnership, "Said 'we' %s and %s. Say what YOU did: interviewers score your actions.", times(f.IWe.We), saidOr(f.IWe.I, "I"))
	case f.IWe.I == 0:
		l.add(Tip, TopicOwnership, "Never said 'I': tell the story in the first person so the panel hears what you did.")
	default:
		l.add(Good, TopicOwnership, "Said 'I' %s and %s: the panel can hear what you did yourself.", times(f.IWe.I), saidOr(f.IWe.We, "we"))
	}
}

// fillers: more than FillerRate per 100 words is a warning, any is a tip.
func (l *findingList) fillers(f Feedback) {
	n := totalFillers(f.Fillers)
	var list []string
	for _, c := range f.Fillers {
		list = append(list, fmt.Sprintf("'%s' x%d", c.Word, c.N))
	}
	switch {
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
