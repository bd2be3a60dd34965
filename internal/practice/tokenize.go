// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	quest     bool // followed by a question mark that ends its sentence
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
			case (r == '!' || r == '?') && quotedInside(s[i:]):
				// "I wouldn't ask 'did he hit you?' or take photos": a
				// question quoted inside a sentence does not end it.
				mark(brkComma)
			case r == '.' || r == '!' || r == '?':
				mark(brkSentence)
				if n := len(toks); r == '?' && n > 0 {
					toks[n-1].quest = true
				}
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

// quotedInside reports whether the text after a question or exclamation
// mark goes on with the same sentence: a closing quote, then a comma or a
// lower-case word.
func quotedInside(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("'\"’”", r) {
		return false
	}
	rest = strings.TrimLeft(rest[size:], " \t")
	r, _ = utf8.DecodeRuneInString(rest)
	return r == ',' || unicode.IsLower(r)
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
