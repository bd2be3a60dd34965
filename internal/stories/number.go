package stories

import (
	"strings"
	"unicode"
)

// numberWords are words that state an amount: a result that says "halved"
// or "three families" is as measurable as one with digits.
var numberWords = map[string]bool{
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "dozen": true, "dozens": true,
	"half": true, "halved": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"double": true, "doubled": true, "twice": true, "triple": true, "tripled": true,
	"percent": true,
}

// HasNumber reports whether text states an amount: a digit, or a number
// word such as "three", "half", "doubled" or "percent". Panels want a
// result they can measure; a result without one is worth a second look.
func HasNumber(text string) bool {
	if strings.IndexFunc(text, unicode.IsDigit) >= 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if numberWords[w] {
			return true
		}
	}
	return false
}

// Measurable reports whether the story's result states an amount.
func (s Story) Measurable() bool { return HasNumber(s.Result) }
