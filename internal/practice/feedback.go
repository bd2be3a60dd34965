// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rung-career/rung/internal/content"
)

// This file is the typed-answer feedback analyser. It reads an answer the way
// a patient interviewer with the card's crib sheet would: which of the key
// points did it make, does a story have a beginning, middle and end, how long
// would it take to say, does it have numbers, does it say "I" or hide behind
// "we", and how many filler words it leans on. Every observation becomes a
// Finding that says what was seen and why it matters; there is no single
// opaque score. The rules are simple word and phrase matching, explained
// where they are defined - no statistics, no model - so the result is
// deterministic and the same answer always gets the same feedback.

// WordsPerMinute is the speaking pace used to turn words into time: a calm
// interview pace, a little slower than conversation.
const WordsPerMinute = 130

// Length thresholds, in words. IdealMin-IdealMax words is one to two
// minutes at WordsPerMinute, the usual target for an interview answer.
const (
	ShortWords = 60  // below this an answer is too short to show much
	IdealMin   = 130 // one minute
	IdealMax   = 260 // two minutes
	LongWords  = 400 // above this (about three minutes) it is long
)

// FillerRate is the number of fillers per 100 words above which fillers are a
// warning rather than a tip.
const FillerRate = 2

// Feedback is the analysis of one typed answer to one card.
type Feedback struct {
	Words        int
	SpeakingTime time.Duration // at WordsPerMinute, rounded to the second
	RedFlags     []FlagResult  // red flags the answer raised, in the card's order
	KeyPoints    []PointResult // one per card key point, in order
	Covered      int           // key points covered
	// Listed is true when most of the answer is a list of words rather than
	// sentences; words in a list make no point (see clause.go).
	Listed           bool
	STAR             *STARResult // nil unless card.Method == "star"
	Fillers          []Count     // filler words and phrases found, in a fixed order, with counts
	Quantified       bool        // has numbers, percentages, amounts or counted durations
	QuantityExamples []string    // what made it quantified (up to 3)
	IWe              *IWeResult  // nil unless method star
	Findings         []Finding   // every observation, each explained
}

// PointResult says whether the answer made one key point.
type PointResult struct {
	Point string
	// Negated marks a "does not" point, made by its cues negated ("I would
	// not confront the parent").
	Negated bool
	Covered bool
	Matched []string // the answer's words that made the point, as the candidate wrote them
	Cues    []string // the card's cues behind Matched
	Missing []string // a few cues to try, when not covered
	// Against quotes where the answer touched the point the wrong way round:
	// a cue negated ("don't use a calendar"), or for a "does not" point, the
	// thing done ("I would confront the parent"). At most two.
	Against []string
	// Listed are cues found only in a list of words, not in a sentence.
	Listed []string
}

// FlagResult is a red flag an answer raised.
type FlagResult struct {
	Label  string // what the answer did, in a few words ("Confronts the suspected abuser")
	Phrase string // the answer's own words that raised it, as written
	Why    string // why a panel counts it against the answer
}

// STARResult says which parts of a Situation-Task-Action-Result story showed.
type STARResult struct {
	Situation, Task, Action, Result STARPart
}

// Present counts the parts that showed.
func (s STARResult) Present() int {
	n := 0
	for _, p := range s.parts() {
		if p.part.Present {
			n++
		}
	}
	return n
}

type namedPart struct {
	name string
	part STARPart
}

func (s STARResult) parts() []namedPart {
	return []namedPart{{"situation", s.Situation}, {"task", s.Task}, {"action", s.Action}, {"result", s.Result}}
}

// STARPart is one part of a STAR story.
type STARPart struct {
	Present  bool
	Evidence string // the answer's words that showed it, as written: "When I", "my task was", "As a result"
}

// IWeResult counts first-person singular and plural words.
type IWeResult struct {
	I, We int
}

// Count is a filler word or phrase and how often it occurred.
type Count struct {
	Word string
	N    int
}

// Level grades a Finding.
type Level int

// The levels of a Finding.
const (
	Good Level = iota // something the answer does well
	Tip               // worth improving
	Warn              // a real weakness
)

func (l Level) String() string {
	switch l {
	case Good:
		return "good"
	case Tip:
		return "tip"
	case Warn:
		return "warn"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Finding is one observation about an answer.
type Finding struct {
	Level Level
	// Topic is one of "red flags", "key points", "structure", "length",
	// "numbers", "ownership", "fillers".
	Topic string
	// Message is one plain sentence saying what was seen and why it matters.
	Message string
}

// The topics of findings, in the order Analyze reports them.
const (
	TopicRedFlags  = "red flags"
	TopicKeyPoints = "key points"
	TopicStructure = "structure"
	TopicLength    = "length"
	TopicNumbers   = "numbers"
	TopicOwnership = "ownership"
	TopicFillers   = "fillers"
)

// Analyze gives feedback on a typed answer to a card. Pure and deterministic.
func Analyze(card content.Card, answer string) Feedback {
	a := newAnswer(answer)
	toks := a.toks
	f := Feedback{Words: a.words}
	f.SpeakingTime = speakingTime(a.words)

	var flagged []occurrence
	f.RedFlags, flagged = a.redFlags(card.RedFlags)
	f.KeyPoints, f.Covered = a.keyPoints(card.KeyPoints, flagged)
	f.Listed = a.listed()

	star := isStar(card)
	if star {
		s := a.star()
		f.STAR = &s
		f.IWe = &IWeResult{}
		f.IWe.I, f.IWe.We = a.iWe()
	}
	f.Fillers = a.fillers()
	f.QuantityExamples, f.Quantified = quantities(toks, 3)

	f.Findings = findings(f, star)
	return f
}

// Summary is one line, like "3/5 key points · STAR 3/4 · 142 words (~1:05) · 2 fillers",
// led by the red flags when there are any ("1 red flag · 2/6 key points ...").
func (f Feedback) Summary() string {
	var parts []string
	if n := len(f.RedFlags); n > 0 {
		parts = append(parts, plural(n, "red flag", "red flags"))
	}
	parts = append(parts, fmt.Sprintf("%d/%d key points", f.Covered, len(f.KeyPoints)))
	if f.STAR != nil {
		parts = append(parts, fmt.Sprintf("STAR %d/4", f.STAR.Present()))
	}
	parts = append(parts, fmt.Sprintf("%s (~%s)", plural(f.Words, "word", "words"), clock(f.SpeakingTime)))
	if n := totalFillers(f.Fillers); n == 0 {
		parts = append(parts, "no fillers")
	} else {
		parts = append(parts, plural(n, "filler", "fillers"))
	}
	return strings.Join(parts, " · ")
}

func isStar(card content.Card) bool {
	return strings.EqualFold(strings.TrimSpace(card.Method), "star")
}

// speakingTime is words at WordsPerMinute, rounded to the nearest second.
func speakingTime(words int) time.Duration {
	secs := (words*60*2 + WordsPerMinute) / (2 * WordsPerMinute)
	return time.Duration(secs) * time.Second
}

// clock formats a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggestCues picks the first n usable cues, in the card's order (the
// author's order is the best guess at which are most telling).
func suggestCues(cues []string, n int) []string {
	var out []string
	for _, c := range cues {
		if len(out) == n {
			break
		}
		if c = clean(c); c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// ---------------------------------------------------------------- tokens

// token is one word of the answer. Tokenizing: the answer is lower-cased and
// split on anything that is not a letter or a digit; an apostrophe between
// letters stays inside the word ("don't", "client's"), and a comma or point
// between digits stays inside the number ("20,000", "3.5"). Terminal escape
// sequences are removed first, and control characters split words like any
// other punctuation, so neither can reach a word. A "%" after a number and a
// "$", "£" or "€" before one become the spoken words "percent", "dollars",
// "pounds", "euros" (synthetic tokens, not counted as typed words).
//
// Each token also records where it is in the answer (so what matched can be
// quoted as the candidate wrote it) and what punctuation follows it (so the
// answer can be cut into sentences and clauses, see clause.go).
type token struct {
	text      string
	num       bool // digits, possibly with , or . between them
	synthetic bool
	sym       rune // for synthetic tokens: the symbol typed
	pause     bool // followed by a comma, colon, semicolon, dash or ellipsis
	brk       brk  // the strongest break between this token and the next
	// start and end are byte offsets of the word in the escape-stripped
	// answer; for a synthetic token, those of the symbol.
	start, end int
}

// brk is the kind of break that follows a word.
type brk uint8

const (
	brkNone     brk = iota
	brkComma        // a comma or a dash: a clause may end here
	brkClause       // a semicolon, a colon or brackets: a clause ends here
	brkSentence     // . ! ? or a blank line or a new bullet: a sentence ends here
)

var currencyWords = map[rune]string{'$': "dollars", '£': "pounds", '€': "euros"}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// abbreviations are words whose following point does not end a sentence.
var abbreviations = wordSet("dr", "mr", "mrs", "ms", "st", "vs", "etc", "approx", "dept")

func tokenize(s string) []token {
	s = stripEscapes(s)
	var (
		toks    []token
		b       strings.Builder
		num     bool // the word being built is all digits so far
		pending rune // a currency symbol waiting for its number
		prev    rune // the previous rune of the input
		start   int  // where the word being built starts
		symAt   int  // where the pending currency symbol is
	)
	flush := func(end int) {
		if b.Len() == 0 {
			return
		}
		t := token{text: b.String(), num: num, start: start, end: end}
		toks = append(toks, t)
		b.Reset()
		if pending != 0 && t.num {
			toks = append(toks, token{text: currencyWords[pending], synthetic: true, sym: pending, start: symAt, end: symAt + utf8.RuneLen(pending)})
		}
		pending = 0
	}
	mark := func(k brk) {
		if n := len(toks); n > 0 && toks[n-1].brk < k {
			toks[n-1].brk = k
		}
	}
	for i := 0; i < len(s); {
		at := i
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		next, _ := utf8.DecodeRuneInString(s[i:]) // RuneError at the end
		switch {
		case r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if b.Len() == 0 {
				num = true
				start = at
			}
			num = num && unicode.IsDigit(r)
			b.WriteRune(unicode.ToLower(r))
		case isApostrophe(r) && b.Len() > 0 && unicode.IsLetter(prev) && unicode.IsLetter(next):
			b.WriteByte('\'')
		case (r == ',' || r == '.') && b.Len() > 0 && num && unicode.IsDigit(prev) && unicode.IsDigit(next):
			b.WriteRune(r)
		default:
			word := b.String()
			flush(at)
			if r == '%' && len(toks) > 0 && toks[len(toks)-1].num {
				toks = append(toks, token{text: "percent", synthetic: true, sym: '%', start: at, end: at + size})
			}
			if _, ok := currencyWords[r]; ok {
				pending, symAt = r, at
			}
			if strings.ContainsRune(",;:…—–", r) && len(toks) > 0 {
				toks[len(toks)-1].pause = true
			}
			switch {
			case r == '.' && word != "" && (abbreviations[word] || utf8.RuneCountInString(word) == 1 &&
				(unicode.IsLetter(next) || start > 0 && s[start-1] == '.')):
				// "Dr. Lee", "e.g. a case", "U.S.": not the end of a sentence.
			case r == '.' || r == '!' || r == '?':
				mark(brkSentence)
			case strings.ContainsRune(";:()[]", r):
				mark(brkClause)
			case strings.ContainsRune(",…—–", r) || r == '-' && (prev == ' ' || next == ' '):
				mark(brkComma)
			case r == '\n' && newSentenceAfter(s[i:]):
				mark(brkSentence)
			}
		}
		prev = r
	}
	flush(len(s))
	return toks
}

// newSentenceAfter reports whether the text after a line break starts a new
// sentence: a blank line, or a bullet or numbered item. A single line break
// inside a paragraph (text wrapped by an editor) does not.
func newSentenceAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\r")
	if rest == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case r == '\n' || strings.ContainsRune("-*•·‣▪–—>", r):
		return true
	case unicode.IsDigit(r):
		rest = strings.TrimLeftFunc(rest[size:], unicode.IsDigit)
		return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ")")
	}
	return false
}

// stripEscapes removes terminal escape sequences (ESC [ ... final, ESC ] ...
// BEL or ESC \, and ESC + one character; and the same introduced by the C1
// characters CSI and OSC), so their parameters ("31m") do not become words.
func stripEscapes(s string) string {
	if !strings.ContainsAny(s, "\x1b\u009b\u009d") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b && i+1 < len(s) && s[i+1] == '[':
			i = skipCSI(s, i+2)
		case r == '\u009b':
			i = skipCSI(s, i+size)
		case r == 0x1b && i+1 < len(s) && s[i+1] == ']':
			i = skipOSC(s, i+2)
		case r == '\u009d':
			i = skipOSC(s, i+size)
		case r == 0x1b:
			i += size
			if i < len(s) {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			b.WriteByte(' ')
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// skipCSI skips a CSI sequence's parameter and intermediate bytes and its
// final byte, returning the index after it.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipOSC skips an OSC string up to and including BEL or ESC \ (or to the end).
func skipOSC(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0x1b:
			return i
		}
		i++
	}
	return i
}

// clean makes text from a card (or anywhere) safe to show: escape sequences
// removed, control, format and invalid characters turned into spaces, runs of
// space collapsed.
func clean(s string) string {
	s = stripEscapes(strings.ToValidUTF8(s, " "))
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) || r == utf8.RuneError ||
			r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

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
	from, to := a.toks[ti].start, a.toks[tj].end
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
// stems of its words.
type phrase struct {
	text  string
	stems []string
}

func (p phrase) empty() bool { return len(p.stems) == 0 }

// compile turns a cue into stems with the same tokenizer, expansion and
// stemmer as the answer, so both sides are treated alike. A cue of several
// words matches those stems as consecutive words; a cue of digits ("911")
// is left unstemmed and so matches exactly that number.
//
// Compiled cues are remembered (a deck has a few hundred), which keeps
// Analyze fast without changing what it returns.
func compile(text string) phrase {
	if p, ok := compiled.Load(text); ok {
		return p.(phrase)
	}
	seq := expandTokens(tokenize(text))
	p := phrase{text: clean(text), stems: make([]string, len(seq))}
	for i, w := range seq {
		p.stems[i] = stem(w)
	}
	if compiledN.Add(1) <= maxCompiled {
		compiled.Store(text, p)
	}
	return p
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

// find returns the first position where p's stems occur consecutively, or -1.
func (a *answer) find(p phrase) int {
	return a.findFrom(p, 0)
}

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
		"i was asked to", "i was tasked", "i was responsible", "i was charged", "i needed to",
		"i had to", "i set out to", "i wanted to", "responsible for", "the challenge",
		"the goal", "the task", "our goal", "needed to", "had to",
	)
	// Action, when no "I + past-tense verb" is found.
	actionSignals = compileAll("i decided", "so i", "my first step", "first i", "i then", "i started", "i began")
	// Result: what changed, or what was learned.
	resultSignals = compileAll(
		"as a result", "in the end", "by the end", "the outcome", "outcome", "result",
		"which meant", "this meant", "that meant", "led to", "since then", "eventually",
		"improved", "reduced", "increased", "dropped", "doubled", "learned", "learnt", "now",
	)
)

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
	"noticed": true, "realized": true, "realised": true, "learned": true, "struggled": true,
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

func (a *answer) star() STARResult {
	var s STARResult
	s.Situation = a.signal(situationSignals)
	s.Task = a.signal(taskSignals)
	s.Action = a.action()
	s.Result = a.signal(resultSignals)
	return s
}

// openEnded are words that leave a signal hanging ("at my", "i was asked
// to"): the evidence then takes one more word of the answer ("at my last
// agency", "i was asked to mediate").
var openEnded = wordSet("my", "our", "last", "previous", "first", "who", "of", "to", "during")

func (a *answer) signal(signals []phrase) STARPart {
	for _, p := range signals {
		if i := a.find(p); i >= 0 {
			n := len(p.stems)
			if openEnded[a.seq[i+n-1]] && i+n < len(a.seq) {
				n++
			}
			return STARPart{Present: true, Evidence: a.quoteSpan(i, i+n-1)}
		}
	}
	return STARPart{}
}

func (a *answer) action() STARPart {
	for i, w := range a.seq {
		if w != "i" {
			continue
		}
		j := i + 1
		if j < len(a.seq) && actionAdverbs[a.seq[j]] {
			j++
		}
		if j < len(a.seq) && isPastAction(a.seq[j]) {
			return STARPart{Present: true, Evidence: a.quoteSpan(i, j)}
		}
	}
	return a.signal(actionSignals)
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

// fillerOrder is the order fillers are reported in.
var fillerOrder = []string{"um", "uh", "like", "you know", "basically", "sort of", "kind of", "actually", "literally", "i mean"}

// Fillers are counted on the answer's words with these rules, so that the
// ordinary uses of the same words are not counted:
//   - "um" and "uh" in any spelling ("umm", "uhh", "erm", "er"), but not
//     "ER" typed in capitals (the emergency room).
//   - "basically", "actually", "literally", "i mean": always.
//   - "like": when a comma follows it ("for, like, a while"), or after a
//     word it commonly pads ("was like", "and like", "so like", "just like",
//     or at the very start) but not before "a", "the", "this" and the like.
//     So "I like", "would like to", "looks like" and "partners like the
//     housing authority" are not counted.
//   - "you know": not after "do", "if", "as", "would", ... and not before
//     "what", "how", "where", ... ("do you know", "you know how to"),
//     unless a comma follows it ("you know, it helps").
//   - "kind of" / "sort of": not after "a", "the", "what", "that", ...
//     ("a kind of plan", "what sort of support").
var (
	likePadPrev = wordSet("was", "were", "is", "are", "am", "and", "so", "but", "just", "um", "uh",
		"then", "or", "totally", "really", "like", "basically", "actually", "mean", "know")
	likeNotNext = wordSet("a", "an", "the", "this", "that", "these", "those", "my", "your", "our",
		"their", "his", "her", "its", "him", "them", "me", "us", "when", "what", "how", "who",
		"someone", "something", "anything", "everyone", "everything", "people", "to", "if")
	youKnowNotPrev = wordSet("do", "did", "does", "not", "if", "as", "would", "could", "will",
		"let", "might", "may", "should", "can", "to", "whether", "that")
	youKnowNotNext = wordSet("what", "how", "who", "where", "when", "whether", "why", "about",
		"him", "her", "them", "it", "if", "which")
	kindNotPrev = wordSet("a", "an", "the", "this", "that", "what", "which", "any", "some", "every",
		"same", "one", "each", "no", "these", "those", "another", "different", "other", "right",
		"wrong", "first", "only", "whatever")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isUm(w string) bool {
	switch w {
	case "erm", "uhm", "uhmm", "hmm":
		return true
	}
	return len(w) >= 2 && w[0] == 'u' && strings.Trim(w[1:], "m") == ""
}

func isUh(w string) bool {
	return w == "er" || (len(w) >= 2 && w[0] == 'u' && strings.Trim(w[1:], "h") == "")
}

func (a *answer) fillers() []Count {
	n := map[string]int{}
	seq := a.seq
	at := func(i int) string {
		if i < 0 || i >= len(seq) {
			return ""
		}
		return seq[i]
	}
	for i, w := range seq {
		switch {
		case isUm(w):
			n["um"]++
		case isUh(w) && !a.capitals(i):
			n["uh"]++
		case w == "basically" || w == "actually" || w == "literally":
			n[w]++
		case w == "like":
			if a.pause[i] || (i == 0 || likePadPrev[at(i-1)]) && !likeNotNext[at(i+1)] {
				n["like"]++
			}
		case w == "you" && at(i+1) == "know":
			if !youKnowNotPrev[at(i-1)] && (a.pause[i+1] || !youKnowNotNext[at(i+2)]) {
				n["you know"]++
			}
		case (w == "kind" || w == "sort") && at(i+1) == "of":
			if !kindNotPrev[at(i-1)] {
				n[w+" of"]++
			}
		case w == "i" && at(i+1) == "mean":
			n["i mean"]++
		}
	}
	var out []Count
	for _, w := range fillerOrder {
		if n[w] > 0 {
			out = append(out, Count{Word: w, N: n[w]})
		}
	}
	return out
}

// capitals reports whether word i was typed in capitals, as an abbreviation
// is ("ER", "CPS").
func (a *answer) capitals(i int) bool {
	t := a.toks[a.tok[i]]
	if t.synthetic || t.end-t.start < 2 || t.end > len(a.src) {
		return false
	}
	w := a.src[t.start:t.end]
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

func totalFillers(cs []Count) int {
	t := 0
	for _, c := range cs {
		t += c.N
	}
	return t
}

// ---------------------------------------------------------------- numbers

// An answer is quantified when it has a number a listener can picture: digits
// ("3 families", "40%", "$20,000", "45 days") or number words from two up
// ("six months", "a dozen", "twice", "doubled"). "One" is not counted (it is
// mostly "one thing I..."), nor a bare year ("in 2023") or "911", which are
// dates and phone numbers rather than amounts.
var numberWords = wordSet(
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
	"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
	"thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "half",
	"twice", "thrice", "doubled", "tripled", "quadrupled", "halved",
)

// standalone number words read as a quantity without the word after them.
var standalone = wordSet("twice", "thrice", "doubled", "tripled", "quadrupled", "halved", "half")

// quantityJoin are words that continue a number ("two hundred", "40 percent").
var quantityJoin = wordSet("hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent", "dozen")

// notUnit are words that do not complete a quantity example: "45 days" is an
// example, "two of" is shown as just "two".
var notUnit = wordSet("a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "i", "we",
	"it", "is", "was", "were", "are", "that", "this", "with", "by", "from", "as", "but", "so")

// isDate reports whether toks[i] reads as a year or "911" rather than an
// amount: "911", or 1900-2099 with nothing like a unit after it ("in 2023."
// and "since 2019 I" are dates; "2000 families" is an amount).
func isDate(toks []token, i int) bool {
	t := toks[i]
	if t.text == "911" {
		return true
	}
	if len(t.text) != 4 || (t.text[:2] != "19" && t.text[:2] != "20") {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	return !next.synthetic && (next.num || notUnit[next.text])
}

// unit picks the words that say what a number counts, from the tokens after
// it: "9 out of 11 families", "45 days", "two earlier offers" (an adjective and then
// a plural), "78 year old"; nothing when the next word is a small word like
// "to" or "a".
// It also returns how many tokens it used.
func unit(toks []token) ([]string, int) {
	word := func(i int) string {
		if i >= len(toks) || toks[i].synthetic || toks[i].num || notUnit[toks[i].text] {
			return ""
		}
		return strings.TrimSuffix(toks[i].text, "'s")
	}
	first := word(0)
	switch {
	case first == "":
		return nil, 0
	case first == "out" && len(toks) > 2 && toks[1].text == "of":
		k := 2
		if toks[k].text == "the" && len(toks) > 3 {
			k++
		}
		if !toks[k].num {
			return nil, 0
		}
		out := []string{"out", "of", toks[k].text}
		if w := word(k + 1); w != "" {
			out = append(out, w)
		}
		return out, len(out) + k - 2
	case first == "year" && len(toks) > 1 && toks[1].text == "old":
		return []string{"year", "old"}, 2
	}
	if second := word(1); !strings.HasSuffix(first, "s") && strings.HasSuffix(second, "s") && !strings.HasSuffix(second, "ss") {
		return []string{first, second}, 2
	}
	return []string{first}, 1
}

func quantities(toks []token, limit int) (examples []string, quantified bool) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.synthetic || !(t.num && !isDate(toks, i) || !t.num && numberWords[t.text]) {
			continue
		}
		quantified = true
		// The run of number tokens ("two hundred", "40 %", "$ 20,000"), then
		// one word of unit ("families") unless the run is complete already.
		parts := []string{t.text}
		j := i + 1
	run:
		for ; j < len(toks) && !toks[j-1].pause; j++ {
			u := toks[j]
			switch {
			case u.synthetic && u.sym == '%':
				parts[len(parts)-1] += "%"
			case u.synthetic:
				parts[len(parts)-1] = string(u.sym) + parts[len(parts)-1]
			case u.num || numberWords[u.text] && !standalone[u.text] || quantityJoin[u.text]:
				parts = append(parts, u.text)
			default:
				break run
			}
		}
		if j < len(toks) && !standalone[t.text] && !toks[j-1].synthetic {
			u, used := unit(toks[j:])
			parts = append(parts, u...)
			j += used
		}
		if ex := strings.Join(parts, " "); len(examples) < limit && !contains(examples, ex) {
			examples = append(examples, ex)
		}
		i = j - 1
	}
	return examples, quantified
}

// ---------------------------------------------------------------- findings

// findings turns the analysis into explained observations, in a fixed order:
// key points, structure, length, numbers, ownership, fillers. An empty answer
// gets only the first three: there is nothing to say about its numbers.
func findings(f Feedback, star bool) []Finding {
	var out []Finding
	add := func(l Level, topic, format string, args ...any) {
		out = append(out, Finding{Level: l, Topic: topic, Message: fmt.Sprintf(format, args...)})
	}

	// Red flags come first: a panel weighs them above everything else.
	for _, fl := range f.RedFlags {
		add(Warn, TopicRedFlags, "Red flag: %s (you wrote '%s'). %s", strings.TrimRight(fl.Label, ". "), fl.Phrase, sentence(fl.Why))
	}

	// Key points: made all is good; 60% or more is a tip; less is a
	// warning. A list of words instead of sentences is a warning of its own.
	// Then one tip per point not made, saying why when the answer touched
	// it the wrong way round or only in a list.
	if n := len(f.KeyPoints); n > 0 {
		if f.Listed {
			add(Warn, TopicKeyPoints, "Most of this answer is a list of words, not sentences; a panel scores what you say you do, so words in a list make no point.")
		}
		switch {
		case f.Covered == n:
			add(Good, TopicKeyPoints, "Made all %d key points.", n)
		default:
			l := Warn
			if f.Covered*5 >= n*3 {
				l = Tip
			}
			add(l, TopicKeyPoints, "Made %d of %d key points; panels score an answer on the points it makes.", f.Covered, n)
		}
		for _, p := range f.KeyPoints {
			if p.Covered {
				continue
			}
			point := strings.TrimRight(p.Point, ". ")
			switch {
			case len(p.Against) > 0 && p.Negated:
				add(Tip, TopicKeyPoints, "Not made: '%s' - you said %s; say what you would not do, and why.", point, quoteList(p.Against, "and"))
			case len(p.Against) > 0:
				add(Tip, TopicKeyPoints, "Not made: '%s' - you said %s, which says the opposite.", point, quoteList(p.Against, "and"))
			case len(p.Listed) > 0:
				add(Tip, TopicKeyPoints, "Not made: '%s' - %s came up only in a list; put it in a sentence that says what you do.", point, quoteList(p.Listed, "and"))
			case p.Negated && len(p.Missing) > 0:
				add(Tip, TopicKeyPoints, "Not yet: '%s' - say what you would not do (%s).", point, quoteList(p.Missing, "or"))
			case len(p.Missing) > 0:
				add(Tip, TopicKeyPoints, "Not yet: '%s' - try words like %s.", point, quoteList(p.Missing, "or"))
			default:
				add(Tip, TopicKeyPoints, "Not yet: '%s'.", point)
			}
		}
	}

	// Structure: a STAR story should have all four parts.
	if f.STAR != nil {
		s := *f.STAR
		var seen, missing []string
		var advice []string
		for _, p := range s.parts() {
			if p.part.Present {
				seen = append(seen, fmt.Sprintf("%s ('%s')", p.name, p.part.Evidence))
			} else {
				missing = append(missing, p.name)
				advice = append(advice, starAdvice[p.name])
			}
		}
		switch len(missing) {
		case 0:
			add(Good, TopicStructure, "Clear STAR story: %s.", joinList(seen, "and"))
		default:
			l := Warn
			if len(missing) == 1 {
				l = Tip
			}
			msg := fmt.Sprintf("STAR %d/4: no clear %s - %s", s.Present(), joinList(titles(missing), "or"), joinList(advice, "and"))
			if len(seen) > 0 {
				msg += fmt.Sprintf(" (found %s)", joinList(seen, "and"))
			}
			add(l, TopicStructure, "%s.", msg)
		}
	}

	// Length, at WordsPerMinute: one verdict, against the one target of
	// 1-2 minutes (IdealMin-IdealMax words).
	t := clock(f.SpeakingTime)
	target := fmt.Sprintf("aim for 1-2 minutes (%d-%d words)", IdealMin, IdealMax)
	switch {
	case f.Words == 0:
		add(Warn, TopicLength, "No answer yet: type one to get feedback, and %s.", target)
	case f.Words < ShortWords:
		add(Warn, TopicLength, "%s (about %s spoken) is too short to show much; %s.", plural(f.Words, "word", "words"), t, target)
	case f.Words < IdealMin:
		add(Tip, TopicLength, "%d words (about %s spoken) is on the short side; %s, with an example or what came of it.", f.Words, t, target)
	case f.Words <= IdealMax:
		add(Good, TopicLength, "%d words, about %s spoken: within the 1-2 minutes a panel expects.", f.Words, t)
	case f.Words <= LongWords:
		add(Tip, TopicLength, "%d words (about %s spoken) runs past two minutes; trim to %d-%d words so the panel is still with you at the end.", f.Words, t, IdealMin, IdealMax)
	default:
		add(Warn, TopicLength, "%d words (about %s spoken) is long; interviewers drift after about two minutes, so %s.", f.Words, t, target)
	}
	if f.Words == 0 {
		return out
	}

	// Numbers: praise when present; for a story, a tip when absent.
	switch {
	case f.Quantified:
		add(Good, TopicNumbers, "Used numbers (%s): specifics make an answer concrete and believable.", quoteList(f.QuantityExamples, "and"))
	case star:
		add(Tip, TopicNumbers, "No numbers yet: a count, percentage, amount or time span ('18 families', 'six months', '40%%') makes a story concrete.")
	}

	// Ownership: in a story the panel scores what you did.
	if f.IWe != nil {
		switch {
		case f.IWe.We > f.IWe.I:
			add(Tip, TopicOwnership, "Said 'we' %s and %s. Say what YOU did: interviewers score your actions.", times(f.IWe.We), saidOr(f.IWe.I, "I"))
		case f.IWe.I == 0:
			add(Tip, TopicOwnership, "Never said 'I': tell the story in the first person so the panel hears what you did.")
		default:
			add(Good, TopicOwnership, "Said 'I' %s and %s: the panel can hear what you did yourself.", times(f.IWe.I), saidOr(f.IWe.We, "we"))
		}
	}

	// Fillers: more than FillerRate per 100 words is a warning, any is a tip.
	n := totalFillers(f.Fillers)
	var list []string
	for _, c := range f.Fillers {
		list = append(list, fmt.Sprintf("'%s' x%d", c.Word, c.N))
	}
	switch {
	case n == 0:
		add(Good, TopicFillers, "No filler words such as 'um', 'like' or 'you know': the answer reads as sure of itself.")
	case n*100 > FillerRate*f.Words:
		add(Warn, TopicFillers, "%s (%s) in %d words, about %.1f per 100: they make you sound unsure, and a short pause works better.",
			plural(n, "filler", "fillers"), strings.Join(list, ", "), f.Words, float64(n)*100/float64(f.Words))
	default:
		add(Tip, TopicFillers, "%s (%s): a few are normal in speech, but a pause sounds surer than a filler.", plural(n, "filler", "fillers"), strings.Join(list, ", "))
	}
	return out
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
