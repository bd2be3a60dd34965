package tui

import (
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
)

// IndentWrap wraps text to width and indents the lines after the first.
func IndentWrap(s string, width, indent int) string {
	return strings.ReplaceAll(Wrap(s, max(10, width)), "\n", "\n"+strings.Repeat(" ", indent))
}

// RedFlagsText lists the red flags an answer raised, each with the words
// that raised it and why a panel counts it against the answer; "" when none.
// Rehearsal feedback and the mock interview summary both show it.
func RedFlagsText(st *Styles, flags []practice.FlagResult, width int) string {
	if len(flags) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Bad.Render("Red flags: "+strconv.Itoa(len(flags))) + "  " + st.Faint.Render("what a panel counts against an answer"))
	for _, f := range flags {
		b.WriteString("\n" + st.Bad.Render("!") + " " + IndentWrap(Clean(f.Label)+": you wrote “"+Clean(f.Phrase)+"”", width-2, 2))
		b.WriteString("\n  " + st.Muted.Render(IndentWrap(Clean(f.Why), width-2, 2)))
	}
	return b.String()
}

// SelfCheckText lists what fails an answer to the card that the reading
// did not find, for the person to check their answer against; "" when the
// card names nothing more.
func SelfCheckText(st *Styles, flags []content.RedFlag, width int) string {
	if len(flags) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Section.Render("Check it yourself") + "\n")
	b.WriteString(st.Faint.Render(Wrap(practice.SelfCheckNote, width)))
	for _, f := range flags {
		b.WriteString("\n" + st.Muted.Render("•") + " " + IndentWrap(Clean(f.Label), width-2, 2))
	}
	return b.String()
}
