package guide

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// renderGuideSection renders one section of the guide as a document.
func renderGuideSection(c *tui.Context, s guideSection, width int) string {
	gd := c.Lib().Guide
	if gd == nil {
		return ""
	}
	st := c.Styles()
	var parts []string
	add := func(p string) {
		if p != "" {
			parts = append(parts, p)
		}
	}
	switch s {
	case gsPreparing:
		add(guideTopics(st, width, gd.Preparing, "To do"))
	case gsAsk:
		add(tui.Wrap("Pick a few questions that matter to you and bring them along; the interviewer will "+
			"expect some. Under each: what the answer tells you.", width))
		add(c.Styles().Muted.Render(tui.Wrap("Press enter to star the ones you want to ask and save them as a list to print.", width)))
		for _, a := range gd.AskAreas {
			add(askArea(st, width, a))
		}
	case gsFollowUp:
		add(guideProse(st, width, gd.FollowUp.Summary))
		add(guideTopics(st, width, gd.FollowUp.Tips, "To do"))
		add(st.Muted.Render(tui.Wrap("The Thank-you note section fills in a note from a template for you and saves it as a file.", width)))
	case gsNote:
		add(noteIntro(c, width))
		add(st.Section.Render("The template"))
		add(tui.RenderNote(st, &gd.FollowUp.Template, nil, nil, width))
	case gsReflection:
		add(tui.Wrap("Take ten minutes for these while the interview is still fresh, and write your answers down.", width))
		add(guideTopics(st, width, gd.Reflection, "Ask yourself"))
	case gsNegotiation:
		add(guideProse(st, width, gd.Negotiation.Summary))
		add(st.Muted.Render(tui.Wrap("Press enter to tick the to-dos off as you go.", width)))
		add(guideTopics(st, width, gd.Negotiation.Strategies, "To do"))
		add(st.Section.Render("Example wording") + "\n" +
			st.Muted.Render(tui.Wrap("A model to adapt: replace each {placeholder} with your own details.", width)))
		add(guideQuote(st, width, gd.Negotiation.Example))
	case gsSecond:
		add(guideTopics(st, width, gd.SecondInterview, "To do"))
	case gsTakeaways:
		for i, t := range gd.Takeaways {
			t.Title = fmt.Sprintf("%d. %s", i+1, t.Title)
			add(guideTopic(st, width, t, ""))
		}
	}
	return strings.Join(parts, "\n\n")
}

// guideTopics renders topics one after another.
func guideTopics(st *tui.Styles, width int, topics []content.GuideTopic, tipsLabel string) string {
	out := make([]string, 0, len(topics))
	for _, t := range topics {
		out = append(out, guideTopic(st, width, t, tipsLabel))
	}
	return strings.Join(out, "\n\n")
}

// guideTopic renders a topic: its title as a heading, its body, its tips as
// bullets under a small label.
func guideTopic(st *tui.Styles, width int, t content.GuideTopic, tipsLabel string) string {
	var b strings.Builder
	b.WriteString(st.Section.Render(tui.Wrap(tui.Clean(t.Title), width)))
	b.WriteString("\n")
	b.WriteString(guideProse(st, width, t.Body))
	if len(t.Tips) > 0 {
		b.WriteString("\n\n")
		if tipsLabel != "" {
			b.WriteString(st.Muted.Render(tipsLabel+":") + "\n")
		}
		b.WriteString(tui.Bullets(st, width, "•", t.Tips))
	}
	return b.String()
}

// guideProse renders paragraphs; lines starting with "- " inside a paragraph are
// a list, drawn as bullets.
func guideProse(st *tui.Styles, width int, body string) string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		var text []string
		var items []string
		for _, line := range strings.Split(para, "\n") {
			t := strings.TrimSpace(line)
			switch {
			case t == "":
			case strings.HasPrefix(t, "- "):
				items = append(items, strings.TrimPrefix(t, "- "))
			case len(items) > 0:
				items[len(items)-1] += " " + t
			default:
				text = append(text, t)
			}
		}
		var p []string
		if len(text) > 0 {
			p = append(p, tui.Wrap(tui.Clean(strings.Join(text, " ")), width))
		}
		if len(items) > 0 {
			p = append(p, tui.Bullets(st, width, "•", items))
		}
		if len(p) > 0 {
			out = append(out, strings.Join(p, "\n"))
		}
	}
	return strings.Join(out, "\n\n")
}

// askArea renders an area of questions to ask: the name, why it matters,
// then each question with what its answer tells you under it.
func askArea(st *tui.Styles, width int, a content.AskArea) string {
	var b strings.Builder
	b.WriteString(st.Section.Render(tui.Wrap(tui.Clean(a.Name), width)))
	b.WriteString("\n")
	b.WriteString(tui.Wrap(tui.Clean(a.Why), width))
	for i, q := range a.Questions {
		b.WriteString("\n\n")
		b.WriteString(guideHanging(fmt.Sprintf("%d.", i+1), 4, tui.Clean(q.Text), width, st.Bold))
		b.WriteString("\n")
		b.WriteString(guideHanging("", 4, "tells you: "+tui.Clean(q.Tells), width, st.Muted))
	}
	return b.String()
}

// guideHanging wraps text after a short label, indenting every line by indent
// cells, and styles the text line by line.
func guideHanging(label string, indent int, text string, width int, style lipgloss.Style) string {
	lines := strings.Split(tui.Wrap(text, width-indent), "\n")
	pad := strings.Repeat(" ", indent)
	for i, l := range lines {
		prefix := pad
		if i == 0 && label != "" {
			prefix = " " + label + strings.Repeat(" ", max(1, indent-1-lipgloss.Width(label)))
		}
		lines[i] = prefix + style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// guideQuote renders text as a quoted block with a bar down its left side.
func guideQuote(st *tui.Styles, width int, text string) string {
	var out []string
	for i, para := range tui.Paragraphs(text) {
		if i > 0 {
			out = append(out, st.Faint.Render("│"))
		}
		for _, l := range strings.Split(tui.Wrap(para, width-2), "\n") {
			out = append(out, st.Faint.Render("│")+" "+l)
		}
	}
	return strings.Join(out, "\n")
}

// noteIntro says what the note form does, for the guide's section.
func noteIntro(c *tui.Context, width int) string {
	where := "the folder rung saves to"
	if c.Progress().OutDir() != "" {
		where = c.Progress().OutDir()
	}
	return tui.Wrap("Fill in a few details (the interviewer's name, the job, a topic you discussed) and rung "+
		"writes the note for you. Press enter to start. In the form, ctrl+s saves the note as a text file in "+
		where+".", width)
}
