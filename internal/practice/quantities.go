// Package practice builds interview-practice decks and sessions and gives feedback on typed answers. It is pure: no terminal, no database.
package practice

import (
	"strings"
)

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
	"it", "is", "was", "were", "are", "that", "this", "with", "by", "from", "as", "but", "so",
	"my", "your", "his", "her", "their", "our", "its", "me", "him", "them", "us", "you", "he",
	"she", "they", "where", "when", "which", "who", "what", "because", "if", "not", "would",
	"will", "has", "have", "had", "be", "been", "across", "over", "under", "about", "around", "into",
	"through", "after", "before", "within", "between", "than", "like", "per", "up", "down")

// citationBefore are words a number after which names a part of a law or a
// document ("Part 2", "section 47", "Title 4"), and citationAfter words
// after which a number is a law's title ("42 CFR"): citations, not amounts.
var (
	citationBefore = wordSet("part", "section", "title", "article", "chapter", "page", "form",
		"tier", "level", "step", "phase", "stage", "clause", "schedule", "regulation", "paragraph",
		"rule", "standard", "principle", "appendix", "annex", "s", "sec", "year", "ward", "room",
		"route", "grade", "class", "unit", "floor", "band", "bay", "platform", "gate", "highway")
	citationAfter = wordSet("cfr", "usc")
)

// isCitation reports whether toks[i] is a number that names a part of a
// law or document rather than counts something.
func isCitation(toks []token, i int) bool {
	return i > 0 && !toks[i-1].synthetic && citationBefore[toks[i-1].text] && toks[i-1].brk == brkNone ||
		i+1 < len(toks) && citationAfter[toks[i+1].text] && toks[i].brk == brkNone
}

// joined reports whether nothing (no comma, no full stop) stands between
// toks[i] and the token after it.
func joined(toks []token, i int) bool {
	return !toks[i].pause && toks[i].brk == brkNone
}

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
	if second := word(1); joined(toks, 0) && !strings.HasSuffix(first, "s") && strings.HasSuffix(second, "s") && !strings.HasSuffix(second, "ss") {
		return []string{first, second}, 2
	}
	return []string{first}, 1
}

// isRangeEnd reports whether toks[i] is a number that ends a range.
func isRangeEnd(toks []token, i int) bool {
	return i < len(toks) && !toks[i].synthetic && (toks[i].num || numberWords[toks[i].text] && !standalone[toks[i].text])
}

// quantities finds the numbers a listener can picture, as examples (up to
// three) and whether there is any. Not a figure: a number that names
// something ("Graded Care Profile 2", "Ward 7", "Covid-19", "the Three
// Houses tool"), an idiom ("the two of us", "one or two"), or a count in a
// negated clause ("I don't use tools like three houses"), unless it is a
// span of time ("I haven't missed a deadline in two years"). negated, when
// not nil, reports whether token ti sits in a negated clause.
func quantities(src string, toks []token, negated func(ti int) bool) (examples []string, quantified bool) {
	const limit = 3
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.synthetic || !(t.num && !isDate(toks, i) && !isCitation(toks, i) || !t.num && numberWords[t.text]) {
			continue
		}
		if namesSomething(src, toks, i) || idiom(toks, i) || clockTime(toks, i) || negated != nil && negated(i) && !timeSpanAfter(toks, i) {
			continue
		}
		quantified = true
		// The run of number tokens ("two hundred", "40 %", "$ 20,000"), then
		// one word of unit ("families") unless the run is complete already.
		parts := []string{t.text}
		j := i + 1
	run:
		for ; j < len(toks) && joined(toks, j-1); j++ {
			u := toks[j]
			switch {
			case u.synthetic && u.sym == '%':
				parts[len(parts)-1] += "%"
			case u.synthetic:
				parts[len(parts)-1] = string(u.sym) + parts[len(parts)-1]
			case u.num || numberWords[u.text] && !standalone[u.text] || quantityJoin[u.text]:
				parts = append(parts, u.text)
			case (u.text == "to" || u.text == "or") && isRangeEnd(toks, j+1):
				// A range is one quantity: "24 to 48 hours", "two or three visits".
				parts = append(parts, u.text)
			default:
				break run
			}
		}
		if j < len(toks) && !standalone[t.text] && !toks[j-1].synthetic && joined(toks, j-1) {
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

// namesSomething reports whether the number at toks[i] is part of a name:
// after a capitalised word in mid-sentence or joined to a word by a hyphen
// ("Profile 2", "Ward 7", "Covid-19"), with no unit after it; or a number
// word written with a capital in mid-sentence ("the Three Houses tool").
func namesSomething(src string, toks []token, i int) bool {
	t := toks[i]
	if i == 0 || toks[i-1].brk >= brkSentence || t.start >= len(src) {
		return false
	}
	if !t.num {
		return isUpperAt(src, t.start)
	}
	prev := toks[i-1]
	if prev.synthetic || prev.num || prev.brk != brkNone {
		return false
	}
	hyphen := prev.end < t.start && src[prev.end:t.start] == "-"
	capital := isUpperAt(src, prev.start) && i > 1 && toks[i-2].brk < brkSentence
	if !hyphen && !capital {
		return false
	}
	if i+1 >= len(toks) || t.brk != brkNone {
		return true
	}
	next := toks[i+1]
	return !next.synthetic && (next.num || notUnit[next.text])
}

func isUpperAt(src string, at int) bool {
	return at < len(src) && src[at] >= 'A' && src[at] <= 'Z'
}

// idiom reports whether the number at toks[i] is an idiom, not a count:
// "the two of us", "one or two".
func idiom(toks []token, i int) bool {
	at := func(j int) string {
		if j < 0 || j >= len(toks) {
			return ""
		}
		return toks[j].text
	}
	switch {
	case at(i+1) == "of" && (at(i+2) == "us" || at(i+2) == "them" || at(i+2) == "you"):
		return true
	case at(i-1) == "or" && at(i-2) == "one", at(i-1) == "one" && at(i) == "or":
		return true
	}
	return false
}

// timeUnits make a number a span of time.
var timeUnits = wordSet("year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
	"hours", "minute", "minutes", "term", "terms")

// timeSpanAfter reports whether a unit of time follows the number at toks[i].
func timeSpanAfter(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if timeUnits[toks[j].text] {
			return true
		}
	}
	return false
}

// clockPreps, before a bare number, make it a time of day: "no email after
// about 7", "home by 6".
var clockPreps = wordSet("after", "before", "at", "by", "until", "till", "past", "from")

// clockTime reports whether the number at toks[i] reads as a time of day: a
// bare number from 1 to 24 with nothing like a unit after it, after a word
// of time ("after", "by", "until"), perhaps with "about" or "around"
// between.
func clockTime(toks []token, i int) bool {
	t := toks[i]
	if !t.num || len(t.text) > 2 || t.text == "0" || len(t.text) == 2 && t.text > "24" {
		return false
	}
	if i+1 < len(toks) && t.brk == brkNone && (toks[i+1].synthetic || !notUnit[toks[i+1].text] && !toks[i+1].num) {
		return false // "by 6 families" and "at 10%" count
	}
	j := i - 1
	if j >= 0 && (toks[j].text == "about" || toks[j].text == "around") {
		j--
	}
	return j >= 0 && clockPreps[toks[j].text] && !toks[j].synthetic
}
