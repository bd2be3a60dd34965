package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Plain reports whether the styles draw no colour or attributes at all
// (NO_COLOR, where Lip Gloss drops bold, underline and reverse too): then
// what colour would show needs a character of its own.
func Plain(st *Styles) bool { return st.Selected.Render("x") == "x" }

// Highlight draws text, one line, with the letters at idx (rune indexes)
// marked as the bubbles list marks a filter's matches: underlined in the
// accent colour on the base style; without colour, each run of matched
// letters in brackets, so the match still shows. The result is cut to
// width cells.
func Highlight(st *Styles, text string, idx []int, base lipgloss.Style, width int) string {
	if len(idx) == 0 {
		return base.Render(Truncate(text, width))
	}
	if Plain(st) {
		return Truncate(bracketRuns(text, idx), width)
	}
	match := base.Foreground(st.Accent.GetForeground()).Underline(true).Bold(true)
	return Truncate(lipgloss.StyleRunes(text, idx, match, base), width)
}

// bracketRuns puts each run of the runes at idx in brackets: "[Tel]l me".
func bracketRuns(text string, idx []int) string {
	on := make(map[int]bool, len(idx))
	for _, i := range idx {
		on[i] = true
	}
	var b strings.Builder
	r := []rune(text)
	for i, c := range r {
		if on[i] && (i == 0 || !on[i-1]) {
			b.WriteByte('[')
		}
		b.WriteRune(c)
		if on[i] && (i == len(r)-1 || !on[i+1]) {
			b.WriteByte(']')
		}
	}
	return b.String()
}
