package practice

import "strings"

// Sentences, clauses and negation.
//
// A panel hears what an answer says, not which words it uses: "I don't use a
// calendar" is not a point about using a calendar, and five bare words are
// not an answer. This pass reads the answer's words once and marks, for each
// word:
//
//   - says: its sentence says something. A sentence is cut at . ! ? and at a
//     blank line or a new bullet. It says something when it has at least three
//     words, at least one in five of them are the small words that hold a
//     sentence together ("I", "the", "to", "would" ...), and, if it is a run
//     of comma-separated items, it has a subject or a verb ("I", "it",
//     "would", "called"); four or more items of under 3.5 words on average are a list
//     whatever they hold. "Confidentiality, consent, secure records, limits,
//     intake." does not say anything; "I get written consent first." does.
//   - neg: it sits in a negated part of its clause. A negator ("not", "n't",
//     "never", "no", "without", "nor", "cannot", "refuse to", "fail to",
//     "avoid", "instead of", "rather than" ...) negates the words after it up
//     to the end of its clause; a second negator in the same clause undoes
//     the first ("I never fail to tell my supervisor"). A clause ends at ; :
//     and at the end of a sentence; at a comma or dash when what follows
//     starts a new clause (", and I", ", because", ", which"); at a
//     subordinating word ("but", "because", "until", "when", "if" ...); and at
//     "and" followed by a new subject, a modal or a past-tense verb ("and I
//     called", "and would report", "and called"); and at a new subject with
//     its verb ("if they don't I'd leave"), unless the negation carries over
//     ("I don't think I'd confront them"). Other commas keep the
//     negation going, so "I don't use a calendar, a list or a tracker" negates
//     all three.
//     When "not" or "never" follows a subject that is not a personal pronoun,
//     the subject is negated too: "Risk doesn't come into it", "Confronting
//     the parent is never my job".
//     Not negators: "not only", "not just" (but "wouldn't just send" is),
//     "no matter", "no doubt", "no later than", "whether or not" and the like.
//   - hedge: it follows "whether" in its clause ("deciding whether to
//     report", "consider whether a referral is needed"), which commits to
//     nothing; not after a verb of finding out ("find out whether the carer
//     could manage the weekend", "check whether she is safe tonight"), which
//     is something done.
//   - rev: it is the object of a verb that undoes or harms it ("damage
//     trust", "might undermine the relationship"): a worry named, not a
//     thing done, so it makes a point neither way; and so is that verb's
//     subject in its clause ("getting the police involved can criminalize
//     young people", "going to the police would undermine his trust"): what
//     would do harm is what the speaker argues against, not what they do.
//
// "Before" after leaving ("I left before the final report", "I had moved
// on before it was renewed") negates its clause: what follows was not done
// by the speaker.
//
// The negator itself keeps the polarity it had before it, so a cue or a red
// flag phrase that starts with a negator ("not tell my supervisor") matches
// plainly.

// wordScope is what the scope pass says about one word.
type wordScope struct {
	neg   bool // in a negated part of its clause
	hedge bool // after "whether" in its clause, or in a concessive clause ("even if ...")
	rev   bool // the object of a verb that undoes it ("damage trust", "undermine the relationship")
	says  bool // its sentence says something
	label bool // a STAR label the candidate typed ("Result:"), not a word of the answer
	// Whose words (reading.go): in a question the candidate asks ("is it
	// across the board or ...?"), in someone else's words ("her mother told
	// me to keep it between us"), or in a habit the candidate has left ("I
	// used to push through, but ...").
	ask, other, former bool
	negAt              int32 // the negator governing it, or -1
	start              int32 // the first word of its clause
}

type negKind uint8

const (
	negToggle negKind = iota + 1 // flips the clause's polarity
	negOn                        // makes it negative ("neither", "nor")
	negFresh                     // starts a new, negative clause ("instead of", "rather than")
)

var (
	subjectPronouns = wordSet("i", "we", "you", "he", "she", "they")
	objectPronouns  = wordSet("me", "him", "them", "us")
	auxiliaries     = wordSet("do", "does", "did", "is", "are", "was", "were", "am", "be", "been",
		"will", "would", "can", "could", "should", "shall", "must", "may", "might", "has", "have", "had")
	modals = wordSet("will", "would", "can", "could", "should", "shall", "must", "may", "might", "do", "did")
	// boundaryWords start a new clause wherever they stand.
	boundaryWords = wordSet("but", "because", "although", "though", "however", "whereas", "while",
		"until", "unless", "before", "after", "since", "which", "when", "where", "if", "then", "yet", "otherwise", "so")
	// subordinators open a clause that ends at the next comma before a verb
	// ("If a family doesn't speak English, their kids can translate"), or
	// without one where a new subject comes with a modal ("... English their
	// kids can translate").
	subordinators = wordSet("if", "when", "whenever", "where", "unless", "once", "because", "since", "although",
		"though", "while", "after", "before", "until")
	// determiners start the subject of a new clause after a subordinate one.
	determiners = wordSet("the", "a", "an", "their", "his", "her", "my", "our", "your", "its", "this",
		"that", "these", "those")
	// clausePronouns are subjects only ("I", never "me"): a new one starts a
	// new clause wherever it stands.
	clausePronouns = wordSet("i", "we", "he", "she", "they")
	// starLabels are the labels of a story typed as "Situation: ...".
	starLabels = wordSet("situation", "task", "action", "result", "outcome")
	// clauseStarters start a new clause after a comma or a dash.
	clauseStarters = wordSet("i", "we", "you", "he", "she", "they", "it", "this", "that", "there",
		"and", "but", "so", "then", "because", "although", "though", "however", "instead", "while",
		"which", "who", "when", "if", "unless", "until", "before", "after", "since", "yet",
		"otherwise", "also")
	singleNegators = wordSet("not", "never", "no", "without", "cannot", "nobody", "nothing",
		"nowhere", "none", "avoid", "avoided", "avoids", "avoiding", "delay", "delayed", "delaying",
		"skip", "skips", "skipped", "skipping", "forgo", "forgoes", "forwent", "postpone",
		"postponed", "postpones", "postponing")
	// negatorsWithTo negate only with "to" (or "from") after them: "refuse
	// to share", "hesitate to call", "wait to report".
	negatorsWithTo = wordSet("refuse", "refused", "refuses", "refusing", "fail", "failed", "fails",
		"failing", "forget", "forgot", "forgets", "forgetting", "forgotten", "neglect", "neglected",
		"neglects", "neglecting", "hesitate", "hesitated", "hesitates", "hesitating", "wait", "waited",
		"waits", "waiting", "refrain", "refrained", "refrains", "refraining")
	// neglects are "neglect to" only after its subject or a modal ("I
	// neglected to call"): "report abuse or neglect to CPS" is the noun.
	neglects       = wordSet("neglect", "neglected", "neglects", "neglecting")
	neglectSubject = wordSet("i", "we", "you", "he", "she", "they", "who", "to", "never", "often",
		"sometimes", "also", "just", "will", "would", "did", "do", "does", "can", "could", "might",
		"may", "should", "not", "had", "have", "has")
	notAfterNot = wordSet("only", "just", "least", "merely", "simply")
	notAfterNo  = wordSet("matter", "doubt", "later", "more", "less", "fewer", "sooner", "exception", "question")
	// functionWords hold a sentence together; a list of key words has few.
	functionWords = wordSet("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his",
		"she", "her", "they", "them", "their", "it", "its", "this", "that", "these", "those", "a",
		"an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into",
		"and", "but", "or", "so", "if", "when", "because", "is", "am", "are", "was", "were", "be",
		"been", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should",
		"must", "may", "might", "not", "no", "never", "there", "what", "who", "which", "how", "then",
		"each", "every", "any", "all", "some")
)

// negator reports whether a negator starts at word i, its length in words,
// and its kind.
func negator(seq []string, i int) (int, negKind) {
	w := seq[i]
	at := func(j int) string {
		if j < 0 || j >= len(seq) {
			return ""
		}
		return seq[j]
	}
	switch {
	case w == "not":
		switch {
		case notAfterNot[at(i+1)] && at(i+1) != "only" && modals[at(i-1)]:
			// "I wouldn't just send the records": not simply, so negated.
		case notAfterNot[at(i+1)] || at(i-1) == "or" && at(i-2) == "whether" || at(i+1) == "to" && at(i+2) == "mention":
			return 0, 0
		}
		return 1, negToggle
	case w == "no":
		switch {
		case notAfterNo[at(i+1)]:
			return 0, 0
		case at(i-1) == "and" || at(i-1) == "or" || at(i-1) == "nor":
			// "no jargon and no copied phrases": a second denial, not a
			// double negative.
			return 1, negOn
		}
		return 1, negToggle
	case w == "neither" || w == "nor":
		return 1, negOn
	case singleNegators[w]:
		return 1, negToggle
	case negatorsWithTo[w] && (at(i+1) == "to" || at(i+1) == "from") && (!neglects[w] || neglectSubject[at(i-1)]):
		return 2, negToggle
	case w == "hold" && at(i+1) == "off", w == "put" && at(i+1) == "off" && at(i+2) != "by",
		w == "steer" && at(i+1) == "clear", w == "stop" && at(i+1) == "short":
		// "hold off on involving the police", "put off seeing the
		// children", "steer clear of", "stop short of".
		if at(i+2) == "on" || at(i+2) == "of" {
			return 3, negToggle
		}
		return 2, negToggle
	case w == "instead" && at(i+1) == "of", w == "rather" && at(i+1) == "than":
		return 2, negFresh
	case w == "before" && (leavers[at(i-1)] || at(i-1) == "on" && movers[at(i-2)]):
		return 1, negFresh
	}
	return 0, 0
}

var (
	// leavers, before "before", say the speaker was gone ("I left before
	// the final report"); movers too with "on" ("moved on before").
	leavers = wordSet("left", "leave", "leaves", "leaving", "quit", "gone", "went")
	movers  = wordSet("moved", "move", "moving", "moves")
	// reversers undo the words after them (rev).
	// British spellings too: answers come in either.
	reversers = wordSet("damage", "damages", "damaged", "damaging", "undermine", "undermines",
		"undermined", "undermining", "erode", "erodes", "eroded", "eroding", "ruin", "ruins",
		"ruined", "ruining", "destroy", "destroys", "destroyed", "destroying", "criminalise", //nolint:misspell // British spelling
		"criminalises", "criminalising", "criminalize", "criminalizes", "criminalizing", //nolint:misspell // British spelling
		"stigmatise", "stigmatises", "stigmatising", "stigmatize", "stigmatizes", "stigmatizing", //nolint:misspell // British spelling
		"alienate", "alienates", "alienating", "traumatise", "traumatises", "traumatising", //nolint:misspell // British spelling
		"traumatize", "traumatizes", "traumatizing", "retraumatise", "retraumatize")
	// revReach is how many words after a reverser it undoes, within its clause.
	revReach = 4
	// inquiryVerbs, before "whether", find something out; decisionVerbs
	// weigh it (see hedgeAt).
	inquiryVerbs = wordSet("ask", "asks", "asked", "asking", "check", "checks", "checked",
		"checking", "find", "finding", "found", "establish", "established", "establishing",
		"explore", "explored", "exploring", "see", "seeing", "assess", "assessed", "assessing",
		"confirm", "confirmed", "learn", "learned", "test", "tested", "look", "looked", "looking")
	decisionVerbs = wordSet("decide", "decides", "decided", "deciding", "consider", "considers",
		"considered", "considering", "wonder", "wondered", "wondering", "sure", "unsure",
		"debate", "debating", "choose", "choosing", "judge", "judging", "weigh", "weighing",
		"think", "thinking", "know", "knowing")
)

// hedgeAt reports whether "whether" at i hedges what follows: always before
// "to" ("whether to report"); otherwise unless the nearest verb before it
// in its sentence that finds out or decides is one that finds out.
func hedgeAt(a *answer, i int) bool {
	if i+1 < len(a.seq) && a.seq[i+1] == "to" {
		return true
	}
	for j := i + 1; j < len(a.seq) && j <= i+3; j++ {
		if a.seq[j] == "should" || a.seq[j] == "ought" || a.seq[j] == "need" {
			return true // "whether I should tell my supervisor": deciding
		}
	}
	for j := i - 1; j >= 0 && a.brk[j] != brkSentence; j-- {
		switch w := a.seq[j]; {
		case (w == "think" || w == "thinking") && j+1 < i && a.seq[j+1] == "about":
			return false // "think about whether she is hurt": finding out
		case decisionVerbs[w]:
			return true
		case inquiryVerbs[w]:
			return false
		}
	}
	return true
}

// opensClause reports whether word i starts a new clause by itself.
func opensClause(seq []string, i int) bool {
	w := seq[i]
	next := ""
	if i+1 < len(seq) {
		next = seq[i+1]
	}
	switch {
	case boundaryWords[w]:
		return true
	case w == "instead":
		return next != "of"
	case w == "and":
		return subjectPronouns[next] || modals[next] || isPastAction(next)
	case i > 0 && (clausePronouns[w] || (subjectPronouns[w] || w == "it" || w == "there") && (auxiliaries[next] || isPastAction(next))):
		// A new subject starts a new clause even without a comma ("if I
		// can't get to something I tell my supervisor", "if they don't I'd
		// leave them", "instead of 'improve housing' it would be ..."),
		// except after a word that carries the negation over ("I don't
		// think I'd confront them"). "You", "it" and "there" only with
		// their verb: they are objects too.
		return !carriesNegation[seq[i-1]]
	}
	return false
}

// concessive reports whether a concessive clause starts at word i: "even
// if", "even when", "even though", "no matter". What it holds is the
// condition the speaker sets aside, so its words make no point either way:
// "I never share anything, even if someone is in danger" does not know the
// limits of confidentiality.
func concessive(seq []string, i int) bool {
	if i+1 >= len(seq) {
		return false
	}
	switch seq[i] {
	case "even":
		switch seq[i+1] {
		case "if", "when", "though", "after", "where":
			return true
		}
	case "no":
		return seq[i+1] == "matter"
	}
	return false
}

// newSubjectAhead reports whether a new clause's subject starts at word i
// of a negated subordinate clause: a determiner with a modal verb at most
// three words on, not itself negated ("if a family doesn't speak English
// their kids can translate").
func newSubjectAhead(a *answer, i int) bool {
	if !determiners[a.seq[i]] {
		return false
	}
	for j := i + 1; j <= i+3 && j < len(a.seq); j++ {
		if a.brk[j-1] != brkNone || subjectPronouns[a.seq[j]] {
			return false
		}
		if modals[a.seq[j]] && a.seq[j] != "do" && a.seq[j] != "did" {
			return j+1 >= len(a.seq) || a.seq[j+1] != "not"
		}
	}
	return false
}

// finiteAhead reports whether the words from j to the next break hold a
// verb of their own (a modal or auxiliary, a subject, a past tense): after
// a comma, such words are a new clause, not more items of a list.
func finiteAhead(a *answer, j int) bool {
	for ; j < len(a.seq); j++ {
		w := a.seq[j]
		if auxiliaries[w] || subjectPronouns[w] || isPastAction(w) {
			return true
		}
		if a.brk[j] != brkNone {
			return false
		}
	}
	return false
}

// isLabel reports whether word i is a STAR label typed as a heading:
// "Situation:" at the start of the answer or of a sentence or clause.
func isLabel(a *answer, i int) bool {
	return starLabels[a.seq[i]] && a.brk[i] == brkClause && (i == 0 || a.brk[i-1] >= brkClause)
}

// carriesNegation are words after which a negation reaches into the next
// clause: "I don't think I would", "I'm not sure we should".
var carriesNegation = wordSet("think", "believe", "suppose", "expect", "imagine", "feel", "guess",
	"say", "said", "that", "want", "sure", "see", "know", "mean", "and", "or", "nor", "but", "whether",
	// "I don't keep what I saw apart from my opinion": the relative goes on denied.
	"what")

// scopes runs the pass over the answer's words.
func scopes(a *answer) []wordScope {
	n := len(a.seq)
	sc := make([]wordScope, n)
	markSays(a, sc)
	// Clauses and negation.
	neg, hedge, sub := false, false, false
	negAt, start, revTo := -1, 0, -1
	// outerNegAt is the negator of a denied clause a subordinate one
	// interrupts ("I wouldn't wait until the morning"), for the "or ..."
	// that goes on with it ("... or leave her alone"), or -1.
	outerNegAt := -1
	reset := func(i int) {
		outerNegAt = -1
		if i < n && subordinators[a.seq[i]] && neg && !sub {
			outerNegAt = negAt
		}
		neg, hedge, negAt, start, revTo = false, false, -1, i, -1
		sub = i < n && subordinators[a.seq[i]]
	}
	reset(0)
	for i := 0; i < n; i++ {
		switch {
		case concessive(a.seq, i):
			if i > start {
				reset(i)
			}
			hedge, sub = true, true
		case i > start && opensClause(a.seq, i) && a.seq[i-1] != "even" && a.tok[i] != a.tok[i-1]:
			// Not inside one hyphenated word: "copied-and-pasted".
			reset(i)
		case i > start && sub && neg && newSubjectAhead(a, i):
			reset(i)
		}
		if sub && outerNegAt >= 0 && !neg && (a.seq[i] == "or" || a.seq[i] == "nor") && i+1 < n && orGoesOn(a.seq[i+1]) {
			// "I wouldn't wait until the morning or leave her alone": the
			// "or" goes on with the denied clause, not the "until" one.
			at := outerNegAt
			reset(i)
			neg, negAt = true, at
		}
		sc[i].label = isLabel(a, i)
		k, kind := negator(a.seq, i)
		if k == 0 {
			k = 1
		}
		if kind == negToggle && neg && a.seq[i] == "no" && i > 0 && a.brk[i-1] == brkComma {
			kind = negOn // "no jargon, no labels": a list of denials, not a double negative
		}
		if kind == negFresh {
			reset(i)
		}
		for j := i; j < i+k; j++ {
			sc[j].neg, sc[j].hedge, sc[j].negAt, sc[j].start = neg, hedge, int32(negAt), int32(start)
			sc[j].rev = j <= revTo
		}
		if reversers[a.seq[i]] {
			revTo = i + revReach
			for j := start; j < i; j++ {
				sc[j].rev = true
			}
		}
		if !neg && dismisses(a.seq, i, start) {
			for j := start; j < i; j++ {
				sc[j].rev = true
			}
		}
		switch kind {
		case negToggle:
			// Not "X, not Y": "this is about learning, not scapegoating"
			// denies only what follows.
			if !neg && (a.seq[i] == "not" || a.seq[i] == "never") && (i == 0 || a.brk[i-1] != brkComma) {
				negateSubject(a.seq, sc, start, i)
			}
			neg, negAt = !neg, i
		case negOn, negFresh:
			neg, negAt = true, i
		}
		if a.seq[i] == "whether" && hedgeAt(a, i) {
			hedge = true
		}
		last := i + k - 1
		switch a.brk[last] {
		case brkSentence, brkClause:
			reset(last + 1)
		case brkComma:
			if last+1 < n && (clauseStarters[a.seq[last+1]] || sub && finiteAhead(a, last+1) || a.dashAfter(last)) {
				reset(last + 1)
			}
		}
		i = last
	}
	readWhose(a, sc) // reading.go
	return sc
}

// orGoesOn reports whether the word after "or" can start a verb phrase
// that goes on with a denied main clause: not a subject, a determiner, a
// preposition or a number ("or leave her alone", not "or Tuesday").
func orGoesOn(w string) bool {
	return !subjectPronouns[w] && !determiners[w] && !functionWords[w] && !isNumberWord(w)
}

// isNumberWord reports whether w is a number, in digits.
func isNumberWord(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// markSays marks the words of each sentence that says something (not a
// list of words).
func markSays(a *answer, sc []wordScope) {
	from := 0
	for i := range a.seq {
		if a.brk[i] == brkSentence || i == len(a.seq)-1 {
			says := saysSomething(a, from, i+1)
			for j := from; j <= i; j++ {
				sc[j].says = says
			}
			from = i + 1
		}
	}
}

// dashAfter reports whether a dash, not a comma, follows word i, and what
// comes after it is not "or" or "nor": an aside or a new thought starts
// there ("parents who shouldn't have them - parents who put drugs first").
func (a *answer) dashAfter(i int) bool {
	if i+1 >= len(a.seq) || a.seq[i+1] == "or" || a.seq[i+1] == "nor" {
		return false
	}
	from, to := a.toks[a.tok[i]].end, a.toks[a.tok[i+1]].start
	if from >= to || to > len(a.src) {
		return false
	}
	between := a.src[from:to]
	return strings.ContainsAny(between, "-–—") && !strings.Contains(between, ",")
}

// negateSubject marks the subject of a clause negated when "not" or "never"
// at k follows it (with an auxiliary between or not): "Risk doesn't come into
// it". Personal pronouns are left alone, and so is a subject of more than six
// words (it is probably not a subject).
func negateSubject(seq []string, sc []wordScope, start, k int) {
	for start < k && (boundaryWords[seq[start]] || seq[start] == "and" || seq[start] == "or") {
		start++
	}
	end := k
	if end-1 >= start && auxiliaries[seq[end-1]] {
		end--
	}
	if end <= start || end-start > 6 || subjectPronouns[seq[start]] {
		return
	}
	// "My supervisor told me not to report": a verb or an object before
	// the negator, so what it negates is what follows, not a subject.
	for j := start; j < end; j++ {
		if isPastAction(seq[j]) || objectPronouns[seq[j]] {
			return
		}
	}
	for j := start; j < end; j++ {
		sc[j].neg, sc[j].negAt = true, int32(k)
	}
}

// saysSomething reports whether the words from..to-1, one sentence, say
// something rather than list words.
func saysSomething(a *answer, from, to int) bool {
	n := to - from
	if n < 3 {
		return false
	}
	fw, commas, core := 0, 0, false
	for i := from; i < to; i++ {
		w := a.seq[i]
		if functionWords[w] {
			fw++
		}
		if subjectPronouns[w] || w == "it" || w == "this" || w == "there" || auxiliaries[w] || isPastAction(w) || plainVerbs[w] {
			core = true
		}
		if a.brk[i] == brkComma && i < to-1 {
			commas++
		}
	}
	// A run of short comma-separated items is a list even with a verb in
	// it ("Camp, caseworker, showed me, to this day").
	if commas >= 3 && n*2 < 7*(commas+1) {
		return false
	}
	// A sentence with a verb says something even in few function words
	// ("Children's safety comes first, whatever the budget").
	return (fw*5 >= n || core && n <= 12) && (core || commas < 2)
}

// plainVerbs are present-tense verbs that make a short sentence say
// something: "safety comes first".
var plainVerbs = wordSet("comes", "come", "goes", "means", "matters", "needs", "makes", "keeps",
	"stays", "gets", "takes", "helps", "works", "has", "have", "drives", "shapes", "guides")
