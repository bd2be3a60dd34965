package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
)

// Wrap word-wraps plain text to width, keeping paragraphs, after stripping
// anything that could drive the terminal (content is validated, but typed
// answers and file names are not).
func Wrap(text string, width int) string {
	if width < 10 {
		width = 10
	}
	text = content.Sanitize(text)
	out := ansi.Wordwrap(text, width, "")
	// ansi.Wordwrap keeps a hyphen it breaks at on the line, one cell past
	// the limit ("joined-"): wrap a little narrower until every line fits.
	// A word longer than the line is cut.
	for w := width - 1; widest(out) > width && w >= max(10, width-3); w-- {
		out = ansi.Wordwrap(text, w, "")
	}
	if widest(out) > width {
		out = ansi.Hardwrap(out, width, true)
	}
	return out
}

// widest is the width of the widest line of s.
func widest(s string) int {
	n := 0
	for l := range strings.SplitSeq(s, "\n") {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}

// Clean collapses runs of whitespace (folded YAML, user input) to one space.
func Clean(s string) string { return strings.Join(strings.Fields(content.Sanitize(s)), " ") }

// Truncate cuts a single line to width cells with an ellipsis.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// Bar draws a progress Bar: filled cells in the accent colour, and also a
// different glyph, so it reads without colour.
func Bar(st *Styles, pct, width int) string {
	if width < 3 {
		width = 3
	}
	pct = max(0, min(100, pct))
	filled := (pct*width + 50) / 100
	return st.BarFull.Render(strings.Repeat("█", filled)) + st.BarEmpty.Render(strings.Repeat("░", width-filled))
}

// Section renders a heading followed by wrapped paragraphs.
func Section(st *Styles, width int, heading, body string) string {
	var b strings.Builder
	if heading != "" {
		b.WriteString(st.Section.Render(heading))
		b.WriteString("\n")
	}
	for i, para := range Paragraphs(body) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(Wrap(para, width))
	}
	return b.String()
}

// Paragraphs splits prose on blank lines and joins the lines of each.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if t := Clean(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Bullets renders a list with hanging indents.
func Bullets(st *Styles, width int, marker string, items []string) string {
	var b strings.Builder
	mw := lipgloss.Width(marker) + 1
	for i, it := range items {
		lines := strings.Split(Wrap(Clean(it), width-mw), "\n")
		for j, l := range lines {
			if j == 0 {
				b.WriteString(st.Accent.Render(marker) + " " + l)
			} else {
				b.WriteString(strings.Repeat(" ", mw) + l)
			}
			if j < len(lines)-1 {
				b.WriteString("\n")
			}
		}
		if i < len(items)-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Fit pads s to exactly w x h so screens never leave stale cells.
// It is drawn every frame, so lines that already Fit are padded directly,
// measured once; lipgloss (which wraps, pads and truncates in several
// passes) draws only text with a tab, a carriage return or a wide line.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 || strings.ContainsAny(s, "\t\r") {
		return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
	}
	lines := strings.SplitN(s, "\n", h+1)
	lines = lines[:min(len(lines), h)]
	blank := strings.Repeat(" ", w)
	var b strings.Builder
	b.Grow(len(s) + w*h + h)
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		if lw > w || !closed(l) { // lipgloss wraps the line, or closes its style
			return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		b.WriteString(blank[:w-lw])
	}
	for range h - len(lines) {
		b.WriteByte('\n')
		b.WriteString(blank)
	}
	return b.String()
}

// closed reports whether a line leaves no style or link open at its end:
// its last control sequence, if any, is a full reset.
func closed(l string) bool {
	i := strings.LastIndexByte(l, '\x1b')
	if i < 0 {
		return true
	}
	return strings.HasPrefix(l[i:], "\x1b[0m") || strings.HasPrefix(l[i:], "\x1b[m")
}

// Count is "1 word" or "3 words".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Indent puts by spaces before every line of s.
func Indent(s string, by int) string {
	pad := strings.Repeat(" ", by)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// PlainCursor draws a field's value with a "|" where the cursor is, for
// terminals without colour, where the cursor's reverse video does not show.
// Long values scroll to keep the cursor in view.
func PlainCursor(value string, pos, width int) string {
	r := []rune(value)
	pos = max(0, min(pos, len(r)))
	s := string(r[:pos]) + "|" + string(r[pos:])
	if ansi.StringWidth(s) <= width {
		return s
	}
	start := max(0, pos+1-width)
	return Truncate(string([]rune(s)[start:]), width)
}

// UnitFor is a question's unit (a plural, as the track writes it) for the
// number n: "1 year", "1 person", "2 years".
func UnitFor(n float64, unit string) string {
	if n != 1 {
		return unit
	}
	switch unit {
	case "people":
		return "person"
	case "children":
		return "child"
	}
	for _, es := range []string{"sses", "xes", "ches", "shes"} {
		if strings.HasSuffix(unit, es) {
			return strings.TrimSuffix(unit, "es")
		}
	}
	if strings.HasSuffix(unit, "s") && !strings.HasSuffix(unit, "ss") {
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}
