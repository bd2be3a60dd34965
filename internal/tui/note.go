package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
)

// RenderNote draws a thank-you note filled from value, wrapped to width;
// mark styles each filled-in field (by default an empty one is a warning).
// A nil value leaves every placeholder as its label, as the guide shows the
// template.
func RenderNote(st *Styles, tpl *content.Template, value func(string) string,
	mark func(key, text string, filled bool) string, width int) string {
	if value == nil {
		value = func(string) string { return "" }
	}
	if mark == nil {
		mark = func(_, text string, filled bool) string {
			if filled {
				return text
			}
			return st.Warn.Render(text)
		}
	}
	width = max(10, width)
	parts := []string{ansi.Wordwrap(st.Muted.Render("Subject: ")+progress.FillNote(tpl, Clean(tpl.Subject), value, mark), width, "")}
	for _, p := range progress.NoteParagraphs(tpl.Body) {
		parts = append(parts, ansi.Wordwrap(progress.FillNote(tpl, p, value, mark), width, ""))
	}
	return strings.Join(parts, "\n\n")
}
