package practice

import (
	"slices"
	"strings"
)

// Whose words, and how meant.
//
// The same words say different things in different mouths. This pass, after
// the clause pass (clause.go), marks the words an answer holds without
// saying them as the candidate's own practice:
//
//   - ask: a question the candidate asks. A sentence that ends with a
//     question mark, and a clause that opens by inverting its verb ("is it
//     10 percent across the board or are some funding streams protected",
//     "does the county expect ..."). "Across the board" in a clarifying
//     question is the analysis a panel wants, not a cut made. A rhetorical
//     "why would I call my supervisor?" is a refusal: it is read negated.
//   - other: someone else's words, views or decisions: what follows a verb
//     of saying, asking, thinking or deciding whose subject is not the
//     candidate ("her mother
//     told me to keep it between us", "people sometimes say 'wait until
//     you're sure'", "some colleagues would see it as typical teenage
//     behavior"), or a passive one ("I was told to ..."), up to where the
//     candidate's own words resume (", and I ...", "but ...").
//   - former: a habit the candidate says they have left ("I used to just
//     push through, but I learned to ask for help").
//   - hedge, also: a clause made to depend on chance ("I'd explain the
//     limits of confidentiality if it came up", "if asked").
//   - rev, also: the clause an elliptical refusal points back at ("Seeing
//     children alone can feel awkward, so I usually don't"; "so I'd skip
//     those").
//
// And, while the clauses are read (clause.go), a clause whose predicate
// dismisses its subject ("waiting for the mobile crisis team takes too
// long", "a strategy discussion felt like overkill", "signed releases are
// mostly a formality") marks that subject as rejected (rev), as a harm verb
// does: the help named is the help refused.
//
// What it means for the feedback (points.go): a cue in someone else's
// words, a left habit, a dismissed subject, a chance clause or a
// restricted one ("I'd only really worry about consent for HIV status")
// makes no point; a red flag phrase wholly inside a question or in
// someone else's words raises nothing (unless the flag is about the
// questions asked), and none starting in a left habit.

var (
	// invertible verbs open a question when they lead their clause with a
	// subject after them ("is it", "does the county", "can we").
	invertible = wordSet("is", "are", "was", "were", "does", "did", "can", "could", "will", "would", "should")
	// questionSubjects may follow an inverted verb.
	questionSubjects = wordSet("it", "they", "we", "he", "she", "there", "this", "that", "you", "i",
		"the", "a", "an", "some", "any", "our", "their", "his", "her", "my", "your", "its", "these",
		"those", "anyone", "anybody", "someone", "everyone", "every", "each", "all")
	// speechVerbs report what someone said, asked, wanted or thought.
	speechVerbs = wordSet("say", "says", "said", "saying", "tell", "tells", "told", "ask", "asks",
		"asked", "want", "wants", "wanted", "think", "thinks", "thought", "believe", "believes",
		"believed", "reckon", "reckons", "reckoned", "suggest", "suggests", "suggested", "insist",
		"insists", "insisted", "claim", "claims", "claimed", "argue", "argues", "argued", "beg",
		"begs", "begged", "urge", "urges", "urged", "warn", "warns", "warned", "advise", "advises",
		"advised", "instruct", "instructs", "instructed", "promise", "promises", "promised",
		// Decisions too: "the review conference decided to step the plan
		// down" is the conference's act, not the candidate's.
		"decide", "decides", "decided", "agree", "agrees", "agreed", "choose", "chooses", "chose",
		"vote", "votes", "voted")
	// viewVerbs report a view with "as" ("would see it as typical").
	viewVerbs = wordSet("see", "sees", "saw", "view", "views", "viewed", "regard", "regards",
		"regarded", "treat", "treats", "treated", "dismiss", "dismisses", "dismissed", "put")
	// citedSources say what the candidate cites as their own knowledge:
	// "the law says I must report ..." is the candidate's point.
	citedSources = wordSet("law", "laws", "policy", "policies", "guidance", "procedure", "procedures",
		"code", "research", "evidence", "rule", "rules", "legislation", "act", "statute", "regulations",
		"standards", "framework", "protocol", "data", "training", "textbook")
	passiveBe = wordSet("was", "were", "been", "being", "be", "is", "am", "are", "get", "got")
	// ownResumes end someone else's words: the candidate speaks again.
	ownResumes = wordSet("but", "however", "yet", "although", "though", "whereas")
	// turns, in the sentence of a "used to" habit or the next one, say the
	// habit is left.
	turns = wordSet("but", "now", "until", "stopped", "learned", "learnt", "realised", "realized", //nolint:misspell // British spelling
		"changed", "since", "nowadays")
	// dismissWords judge their clause's subject not worth doing, after a
	// linking verb ("felt like overkill", "is a formality").
	dismissWords = wordSet("overkill", "pointless", "formality", "gimmicky", "gimmick", "unnecessary",
		"useless", "counterproductive", "interrogation", "complaining", "moaning", "nagging",
		"excessive", "overreacting", "overreaction", "bureaucracy", "stretch", "luxury", "hassle",
		"unrealistic", "impractical", "tokenistic", "naive", "patronising", "patronizing",
		"intrusive", "overblown", "optional")
	// dismissPairs are two-word dismissals: "nice in theory", "over the top".
	dismissPairs = map[string]string{"in": "theory", "over": "top", "red": "tape", "box": "ticking",
		"tick": "box", "not": "practical", "too": "much", "heavy": "handed", "last": "resort"}
	linking = wordSet("is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "seem",
		"feels", "felt", "feel", "tends", "tend", "tended", "looks", "looked", "look", "sounds",
		"sounded", "takes", "took", "take", "taking", "gets", "got", "becomes", "became", "proves",
		"proved", "makes", "made", "make")
	// restrictors, after a cue that "only" governs, narrow it to one case:
	// "only really worry about consent for HIV status".
	restrictors = wordSet("for", "when", "if", "in", "on")
)

// chanceConditions make the clause they attach to depend on chance.
var chanceConditions = [][]string{
	{"it", "comes", "up"}, {"it", "came", "up"}, {"it", "ever", "comes", "up"}, {"it", "ever", "came", "up"},
	{"asked"}, {"they", "ask"}, {"they", "asked"}, {"she", "asks"}, {"he", "asks"}, {"anyone", "asks"},
	{"someone", "asks"}, {"anybody", "asks"}, {"i", "have", "time"}, {"i", "get", "time"}, {"i", "had", "time"},
	{"i", "remember"}, {"there", "is", "time"}, {"i", "get", "round", "to", "it"}, {"i", "get", "around", "to", "it"},
}

// dismisses reports whether word i judges the subject of the clause that
// starts at start not worth doing: a dismissing word after a linking verb
// ("felt like overkill"), "too long" or "too slow" ("takes too long"), "a
// waste of", "can wait" and "make things worse".
func dismisses(seq []string, i, start int) bool {
	w := seq[i]
	next := ""
	if i+1 < len(seq) {
		next = seq[i+1]
	}
	linked := func() bool {
		for j := start; j < i; j++ {
			if linking[seq[j]] {
				return true
			}
		}
		return false
	}
	switch {
	case i <= start:
		return false
	case dismissWords[w], w == "too" && (next == "long" || next == "slow"), w == "waste" && next == "of":
		return linked()
	case dismissPairs[w] != "" && (next == dismissPairs[w] || w == "over" && next == "the" && i+2 < len(seq) && seq[i+2] == "top"):
		return linked()
	case w == "slow" || w == "slows" || w == "slowed" || w == "get" && next == "in" || w == "gets" && next == "in":
		// "a spreadsheet would just slow me down", "gets in the way".
		return i+2 < len(seq) && (seq[i+2] == "down" || next == "in" && seq[i+2] == "the" && i+3 < len(seq) && seq[i+3] == "way")
	case w == "wait" && (seq[i-1] == "can" || seq[i-1] == "could" || seq[i-1] == "will"):
		return true
	case w == "worse" || w == "more" && harmedStates[next] || w == "less" && next == "likely":
		// "makes things worse", "tend to make these lads more defensive",
		// "makes them less likely to engage".
		for j := i - 1; j >= start && j >= i-4; j-- {
			if makeVerbs[seq[j]] {
				return true
			}
		}
	case (w == "only" || w == "just") && onlyHarms[next]:
		// "debriefing only reopens things", "involving them just raises
		// expectations".
		return true
	case w == "not" && (notMatters[next] || gapWords[next] && i+2 < len(seq) && notMatters[seq[i+2]]):
		// "her exact words don't really matter".
		return true
	case w == "for" && (next == "little" || next == "nothing" || next == "very" && i+2 < len(seq) && seq[i+2] == "little"):
		// "a lot of paperwork for very little".
		return linked()
	case w == "not" && notWorth[next], w == "no" && next == "point":
		// "that's just not realistic", "it's not worth it", "there's no
		// point".
		return linked() || w == "no"
	}
	return false
}

var (
	// makeVerbs, within four words before a harmed state, make it.
	makeVerbs = wordSet("make", "makes", "made", "making", "leave", "leaves", "left", "get", "gets", "got")
	// harmedStates are what "more" makes a person: "more defensive".
	harmedStates = wordSet("defensive", "resistant", "hostile", "angry", "anxious", "guarded",
		"withdrawn", "suspicious", "scared", "frightened", "upset", "difficult", "confused",
		"entrenched", "distrustful", "reluctant", "likely")
	// onlyHarms, after "only", say what is named only does harm.
	onlyHarms = wordSet("reopens", "reopen", "stirs", "stir", "winds", "wind", "inflames", "inflame",
		"upsets", "upset", "confuses", "confuse", "complicates", "complicate", "delays", "delay",
		"drags", "drag", "antagonises", "antagonizes", "aggravates", "fuels", "raises", "looks") //nolint:misspell // British spelling
	// notMatters, after "not", say their clause's subject makes no
	// difference: "her exact words don't really matter".
	notMatters = wordSet("matter", "matters", "mattered", "count", "counts")
	// notWorth, after "not", judge their clause's subject not worth doing.
	notWorth = wordSet("realistic", "practical", "worth", "necessary", "needed", "helpful", "useful",
		"feasible", "workable", "possible", "relevant", "appropriate", "important")
)

// readWhose marks questions, others' words, left habits and chance clauses.
func readWhose(a *answer, sc []wordScope) {
	n := len(a.seq)
	from := 0
	for i := range n {
		if a.brk[i] == brkSentence || i == n-1 {
			if a.toks[a.tok[i]].quest {
				question(a, sc, from, i+1)
			}
			from = i + 1
		}
	}
	leftBefore(a, sc)
	for i := range n {
		switch {
		case invertible[a.seq[i]] && int(sc[i].start) == i && i+1 < n && questionSubjects[a.seq[i+1]] &&
			(i == 0 || a.brk[i-1] != brkNone):
			for j := i; j < n && int(sc[j].start) == i; j++ {
				sc[j].ask = true
			}
		case speechVerbs[a.seq[i]] && complementAfter(a, i) || viewVerbs[a.seq[i]] && asAhead(a, i) || talkAbout(a, i):
			if othersWords(a, sc, i) {
				for j := i + 1; j < n && (j == i+1 || !resumes(a, sc, j)); j++ {
					sc[j].other = true
					if a.brk[j] >= brkClause {
						break
					}
				}
			}
		case a.seq[i] == "used" && i+1 < n && a.seq[i+1] == "to" && leftHabit(a, i):
			for j := i + 2; j < n && sc[j].start == sc[i].start; j++ {
				sc[j].former = true
			}
		case a.seq[i] == "if" || a.seq[i] == "when":
			if k := chanceAt(a, i+1); k > 0 {
				hedgeChance(a, sc, i, i+1+k)
			}
		case a.seq[i] == "i" || a.seq[i] == "we":
			ellipticRefusal(a, sc, i)
		}
	}
}

// ellipticWords may make up an elliptical refusal after its subject: "so I
// usually don't", "so I'd skip those", "so I'd leave that for now".
var (
	ellipticWords = wordSet("would", "will", "do", "did", "does", "usually", "just", "generally",
		"normally", "often", "tend", "to", "rarely", "it", "that", "those", "them", "this", "for", "now",
		"later", "aside", "out", "either", "bother", "really")
	// backPronouns, in a refusal, point back at what the clause before
	// named.
	backPronouns = wordSet("them", "those", "these")
	// heedWords, refused, give something no heed: "don't bother with them",
	// "don't put much weight on them".
	heedWords = wordSet("bother", "weight", "stock", "attention", "notice", "time", "faith", "use",
		"trust", "store", "heed")
	ellipticRefusals = wordSet("not", "never", "skip", "skipped", "drop", "dropped", "avoid", "leave",
		"left", "rarely")
)

// ellipticRefusal marks as rejected (rev) the clause before "so I usually
// don't", "so I'd skip those": the refusal points back at what that clause
// named ("Seeing children alone can feel awkward, so I usually don't").
func ellipticRefusal(a *answer, sc []wordScope, j int) {
	if j < 2 || a.seq[j-1] != "so" && a.seq[j-1] != "and" && a.seq[j-1] != "but" {
		return
	}
	refused, own, back := false, false, false
	for k := j + 1; k < len(a.seq) && k <= j+10; k++ {
		w := a.seq[k]
		switch {
		case ellipticRefusals[w]:
			refused = true
		case backPronouns[w] || w == "it" && (a.seq[k-1] == "with" || a.seq[k-1] == "on" || a.seq[k-1] == "about"):
			// "so I don't put much weight on them": the refusal points back,
			// when it gives the thing no heed ("don't worry about them" is
			// no refusal).
			back = back || slices.ContainsFunc(a.seq[j+1:k], func(w string) bool { return heedWords[w] })
		case !ellipticWords[w]:
			own = true // the clause says something of its own, unless it points back
		}
		if a.brk[k] >= brkClause {
			break
		}
	}
	if !refused || own && !back {
		return
	}
	p := j - 2 // the word before "so"
	if a.brk[p] >= brkSentence {
		return
	}
	for i := int(sc[p].start); i <= p; i++ {
		sc[i].rev = true
	}
}

// question marks the sentence from..to-1, which ends with a question mark:
// asked, or, for "why would I ...?", refused.
func question(a *answer, sc []wordScope, from, to int) {
	rhetorical := to-from > 2 && a.seq[from] == "why" && modals[a.seq[from+1]] && subjectPronouns[a.seq[from+2]]
	for j := from; j < to; j++ {
		sc[j].ask = true
		if rhetorical && j > from {
			sc[j].neg, sc[j].negAt = true, int32(from)
		}
	}
}

// asAhead reports whether "as" follows a verb of viewing within three
// words ("see it as", "put it down as").
func asAhead(a *answer, i int) bool {
	for j := i + 1; j < len(a.seq) && j <= i+3; j++ {
		if a.seq[j] == "as" {
			return true
		}
		if a.brk[j-1] != brkNone {
			return false
		}
	}
	return false
}

// proposals are verbs of saying that may take what they propose straight
// after them.
var proposals = wordSet("suggest", "suggests", "suggested", "advise", "advises", "advised",
	"recommend", "recommends", "recommended", "propose", "proposes", "proposed", "urge", "urged",
	"insist", "insisted")

// complements open what a verb of saying reports.
var complements = wordSet("me", "us", "him", "her", "them", "you", "that", "whether", "if", "to",
	"what", "how", "why", "who", "when", "i", "we", "he", "she", "they", "it")

// complementAfter reports whether the verb of saying at i goes on to what
// was said: a person told ("told me"), "that", "whether", "to", a new
// subject ("said he'd"), or a quotation ("say 'wait until ...'"); not
// "everything they say stays between us".
func complementAfter(a *answer, i int) bool {
	if i+1 >= len(a.seq) {
		return false
	}
	next := a.seq[i+1]
	if w := a.seq[i]; w == "want" || w == "wants" || w == "wanted" {
		// "wanted me to", "wanted to know"; not "don't want to be helped".
		return objectPronouns[next] || determiners[next] || next == "to" && i+2 < len(a.seq) && a.seq[i+2] == "know"
	}
	from, to := a.toks[a.tok[i]].end, a.toks[a.tok[i+1]].start
	quoted := from < to && to <= len(a.src) && strings.ContainsAny(a.src[from:to], "\"“‘':")
	if a.brk[i] != brkNone && !quoted {
		return false // "if it's agreed, we send ...": nothing was said
	}
	if proposals[a.seq[i]] && (determiners[next] || strings.HasSuffix(next, "ing")) {
		// "HR advised a written warning", "the police suggested skipping
		// the strategy discussion": what was proposed.
		return true
	}
	return complements[next] || quoted
}

// talkAbout reports whether word i talks about something ("people talk
// about boundaries"): what others talk about is not the candidate's
// practice, when its subject is not the candidate.
func talkAbout(a *answer, i int) bool {
	switch a.seq[i] {
	case "talk", "talks", "talked", "go", "goes", "went":
		return i+1 < len(a.seq) && (a.seq[i+1] == "about" || a.seq[i+1] == "on" && i+2 < len(a.seq) && a.seq[i+2] == "about")
	}
	return false
}

// othersWords reports whether the verb of saying at i has a subject that is
// not the candidate, in its clause ("her mother told me"), or is passive
// ("I was told to").
func othersWords(a *answer, sc []wordScope, i int) bool {
	start := int(sc[i].start)
	if i > 0 && passiveBe[a.seq[i-1]] || i > 1 && passiveBe[a.seq[i-2]] && gapWords[a.seq[i-1]] {
		return true
	}
	if i > 0 && (a.seq[i-1] == "and" || a.seq[i-1] == "or" || a.seq[i-1] == "then") {
		return false // "we ring parents ... and ask": the subject is further back
	}
	if i > start && a.seq[i-1] == "you" {
		// "everything you tell me stays between us": the candidate speaking
		// to someone, not reporting them.
		return false
	}
	if talkAbout(a, i) {
		// The nearest subject decides: in "I know people talk about
		// boundaries" the talk is the people's.
		for j := i - 1; j >= start; j-- {
			switch w := a.seq[j]; {
			case w == "i" || w == "we" || citedSources[w]:
				return false
			case boundaryWords[w] || auxiliaries[w] || gapWords[w]:
			default:
				return true
			}
		}
		return false
	}
	subject := false
	for j := start; j < i; j++ {
		switch w := a.seq[j]; {
		case w == "i" || w == "we" || citedSources[w]:
			return false
		case boundaryWords[w] || w == "and" || w == "or" || auxiliaries[w] || gapWords[w] || w == "to":
		default:
			subject = true
		}
	}
	return subject
}

// resumes reports whether the candidate's own words start again at j:
// "but ...", or "I" or "we" after a comma or "and"/"so"/"then", or
// starting a clause of their own ("if a parent told me about abuse I'd
// want to be sure"), unless that clause is what was said ("asked whether
// I'd promised").
func resumes(a *answer, sc []wordScope, j int) bool {
	w := a.seq[j]
	if ownResumes[w] {
		return true
	}
	if w == "us" && j > 0 && isPastAction(a.seq[j-1]) {
		// "... and that, with other evidence, led us to change contact":
		// the candidate's own account again.
		return true
	}
	if (w == "i" || w == "we") && j > 0 {
		prev := a.seq[j-1]
		return a.brk[j-1] != brkNone || prev == "and" || prev == "so" || prev == "then" ||
			int(sc[j].start) == j && !complements[prev]
	}
	if (w == "and" || w == "so" || w == "then") && j+1 < len(a.seq) {
		// "..., and I explained", "and they're very manipulative": the
		// narrator again.
		next := a.seq[j+1]
		return (next == "i" || next == "we") && a.brk[j-1] != brkNone || clausePronouns[next] && next != "i" && next != "we"
	}
	return false
}

// leftHabit reports whether "used to" at i is the candidate's habit, left:
// "I used to" with a turn later in the sentence or early in the next.
func leftHabit(a *answer, i int) bool {
	own := false
	for j := i - 1; j >= 0 && j >= i-3 && a.brk[j] < brkClause; j-- {
		own = own || a.seq[j] == "i" || a.seq[j] == "we"
	}
	if !own {
		return false
	}
	sentences := 0
	for j := i + 2; j < len(a.seq); j++ {
		if turns[a.seq[j]] || a.seq[j] == "these" && j+1 < len(a.seq) && a.seq[j+1] == "days" {
			return true
		}
		if a.brk[j] == brkSentence {
			if sentences++; sentences == 2 {
				return false
			}
		}
	}
	return false
}

// Sentences that turn away from the one before: "That was wrong", "I was
// wrong", "That didn't work"; and the early days a later "Now I ..." leaves
// behind ("In my first year I told myself it didn't affect me ... Now I
// deal with it differently").
var (
	turnAways = [][]string{{"that", "was", "wrong"}, {"that", "was", "a", "mistake"}, {"i", "was", "wrong"},
		{"that", "did", "not", "work"}, {"it", "did", "not", "work"}, {"that", "was", "naive"},
		{"i", "was", "naive"}, {"that", "was", "not", "sustainable"}, {"i", "know", "better", "now"}}
	earlyDays = [][]string{{"in", "my", "first", "year"}, {"at", "first"}, {"early", "on"}, {"when", "i", "started"},
		{"when", "i", "was", "new"}, {"as", "a", "new", "worker"}, {"when", "i", "first", "started"},
		{"in", "my", "first", "job"}, {"as", "a", "newly", "qualified"}}
	nowWords = [][]string{{"now", "i"}, {"these", "days"}, {"nowadays"}, {"since", "then"}, {"now", "what", "i"}}
)

// leftBefore marks as left (former) a sentence the next one turns away
// from, and one that tells of the early days when a "Now I ..." follows in
// the next two sentences.
func leftBefore(a *answer, sc []wordScope) {
	var starts []int // the first word of each sentence
	for i := range a.seq {
		if i == 0 || a.brk[i-1] == brkSentence {
			starts = append(starts, i)
		}
	}
	end := func(k int) int {
		if k+1 < len(starts) {
			return starts[k+1]
		}
		return len(a.seq)
	}
	mark := func(k int) {
		for j := starts[k]; j < end(k); j++ {
			sc[j].former = true
		}
	}
	for k := range starts {
		if k > 0 && a.opensWith(starts[k], turnAways) {
			mark(k - 1)
		}
		if !a.opensWith(starts[k], earlyDays) {
			continue
		}
		for m := k + 1; m < len(starts) && m <= k+2; m++ {
			if a.opensWith(starts[m], nowWords) {
				mark(k)
				break
			}
		}
	}
}

// opensWith reports whether one of seqs starts at word i.
func (a *answer) opensWith(i int, seqs [][]string) bool {
	for _, q := range seqs {
		if i+len(q) <= len(a.seq) && slices.Equal(a.seq[i:i+len(q)], q) {
			return true
		}
	}
	return false
}

// chanceAt returns the length of the chance condition at i, or 0.
func chanceAt(a *answer, i int) int {
	for _, c := range chanceConditions {
		if i+len(c) > len(a.seq) {
			continue
		}
		ok := true
		for k, w := range c {
			if a.seq[i+k] != w || k > 0 && a.brk[i+k-1] != brkNone {
				ok = false
				break
			}
		}
		if ok {
			return len(c)
		}
	}
	return 0
}

// hedgeChance hedges the clause a chance condition at i..end-1 attaches to:
// the clause before it in the sentence ("I'd explain the limits if it came
// up"), or, when it opens its sentence, the clause after it ("If asked,
// I explain ...").
func hedgeChance(a *answer, sc []wordScope, i, end int) {
	if i > 0 && a.brk[i-1] != brkSentence {
		for j := int(sc[i-1].start); j < i; j++ {
			sc[j].hedge = true
		}
		return
	}
	for j := end; j < len(a.seq); j++ {
		sc[j].hedge = true
		if a.brk[j] >= brkClause || j > end && j+1 < len(a.seq) && sc[j+1].start != sc[j].start && sc[j].start != int32(i) {
			return
		}
	}
}

// restricted reports whether "only" narrows the cue at o to one case: "only"
// before it in its clause ("I'd only really worry about consent", "the only
// time I get consent") and a restricting word just after it ("for
// something like HIV status", "when it is medical").
func (a *answer) restricted(o occurrence) bool {
	start := int(a.scope[o.from].start)
	only := false
	for j := o.from - 1; j >= start && !only; j-- {
		only = a.seq[j] == "only" && (j == 0 || a.seq[j-1] != "not" && a.seq[j-1] != "if")
	}
	if !only {
		return false
	}
	for j := o.to; j < len(a.seq) && j < o.to+3; j++ {
		if restrictors[a.seq[j]] {
			return true
		}
		if a.brk[j] >= brkClause {
			return false
		}
	}
	return false
}

// outside reports whether words o.from..o.to-1 are all in someone else's
// words or all in a question the candidate asks (the latter unless asked
// counts), or start in a habit left: not the candidate's own practice.
func (a *answer) outside(o occurrence, asked bool) bool {
	other, ask := true, !asked
	for j := o.from; j < o.to; j++ {
		other = other && a.scope[j].other
		ask = ask && a.scope[j].ask
	}
	return other || ask || a.scope[o.from].former
}
