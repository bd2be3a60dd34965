package rehearse

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// feedbackText is the feedback, built once per width: red flags first,
// then key points on the left and the rest beside them when wide (one column
// when narrow), and last the card's "how to answer" and example answer to
// compare with, side by side when wide.
func (r *rehearse) feedbackText(width int) string {
	if r.card == nil || r.phase != rehearseFeedback {
		return ""
	}
	st := r.Styles()
	flags := tui.RedFlagsText(st, r.fb.RedFlags, tui.PageWidth(width))
	if flags != "" {
		flags += "\n\n"
	}
	if story := r.storyFeedback(tui.Reading(width)); story != "" {
		flags += story + "\n\n"
	}
	check := tui.SelfCheckText(st, practice.SelfCheck(*r.card, r.fb), tui.Reading(width))
	if check != "" {
		check += "\n\n"
	}
	if width >= tui.TextBeside {
		colW := tui.Columns(width)
		left := r.pointsText(colW) + "\n\n" + tui.Section(st, colW, "Your answer", r.answer)
		right := r.analysisBody(colW)
		return r.analysisHead(width) + "\n\n" + flags + sideBySide(colW, left, right) + "\n\n" + check +
			sideBySide(colW, tui.Section(st, colW, "How to answer", r.card.How), tui.Section(st, colW, "Example answer", r.card.Example))
	}
	return r.analysisHead(width) + "\n\n" + flags + r.pointsText(width) + "\n\n" + r.analysisBody(width) + "\n\n" + check +
		tui.Section(st, width, "Your answer", r.answer) + "\n\n" + tui.Section(st, width, "How to answer", r.card.How) + "\n\n" +
		tui.Section(st, width, "Example answer", r.card.Example)
}

// sideBySide puts two blocks in columns of colW with a gap of three.
func sideBySide(colW int, left, right string) string {
	return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(colW).Render(left), "   ",
		lipgloss.NewStyle().Width(colW).Render(right))
}

// analysisHead is the one-line summary and the time taken.
func (r *rehearse) analysisHead(width int) string {
	st := r.Styles()
	took := "You took " + tui.ClockText(r.took)
	if r.timerOn {
		if over := r.timerUsed - rehearseLimit; over > 0 {
			took += fmt.Sprintf(", %s over the 2:00 timer", tui.ClockText(over))
		} else {
			took += ", within the 2:00 timer"
		}
	}
	return st.Title.Render(tui.Wrap(r.fb.Summary(), width)) + "\n" + st.Muted.Render(tui.Wrap(took+".", width))
}

// pointsText lists each key point, made or not, with the words that made
// it quoted as the candidate wrote them, or why not, or a few cues to try.
func (r *rehearse) pointsText(width int) string {
	st := r.Styles()
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Key points: %d of %d made", r.fb.Covered, len(r.fb.KeyPoints))))
	for _, p := range r.fb.KeyPoints {
		mark, style := "[ ]", st.Warn
		if p.Covered {
			mark, style = "[x]", st.Good
		}
		b.WriteString("\n" + style.Render(mark) + " " + tui.IndentWrap(tui.Clean(p.Point), width-4, 4))
		if d := pointDetail(p); d != "" {
			b.WriteString("\n    " + st.Muted.Render(tui.IndentWrap(tui.Clean(d), width-4, 4)))
		}
	}
	return b.String()
}

// pointDetail is the line under a key point: what said it, what said the
// opposite, what came up only in a list, or what to try.
func pointDetail(p practice.PointResult) string {
	q := func(items []string) string {
		out := make([]string, len(items))
		for i, s := range items {
			out[i] = "“" + s + "”"
		}
		return strings.Join(out, ", ")
	}
	switch {
	case p.Covered:
		return "said: " + q(p.Matched)
	case len(p.Against) > 0:
		return "you said: " + q(p.Against)
	case len(p.Listed) > 0:
		return "only in a list: " + q(p.Listed)
	case p.Say != "":
		return "add: " + p.Say
	case p.Negated && len(p.Missing) > 0:
		return "say what you would not do: " + strings.Join(p.Missing, ", ")
	case len(p.Missing) > 0:
		return "try: " + strings.Join(p.Missing, ", ")
	}
	return ""
}

// analysisBody is the STAR parts, the measures and every finding.
func (r *rehearse) analysisBody(width int) string {
	st := r.Styles()
	f := r.fb
	var parts []string
	if f.STAR != nil {
		var b strings.Builder
		b.WriteString(st.Section.Render(fmt.Sprintf("STAR story: %d of 4 parts", f.STAR.Present())))
		for _, p := range []struct {
			name string
			part practice.STARPart
		}{{"Situation", f.STAR.Situation}, {"Task", f.STAR.Task}, {"Action", f.STAR.Action}, {"Result", f.STAR.Result}} {
			if p.part.Present {
				b.WriteString("\n" + st.Good.Render("[x]") + " " + p.name + st.Muted.Render(tui.Truncate(" (“"+tui.Clean(p.part.Evidence)+"”)", width-6-len(p.name))))
			} else {
				b.WriteString("\n" + st.Warn.Render("[ ]") + " " + p.name)
			}
		}
		parts = append(parts, b.String())
	}
	var facts []string
	if n := fillerTotal(f.Fillers); n == 0 {
		facts = append(facts, "Fillers: none")
	} else {
		var list []string
		for _, c := range f.Fillers {
			list = append(list, fmt.Sprintf("%s ×%d", c.Word, c.N))
		}
		facts = append(facts, fmt.Sprintf("Fillers: %d (%s)", n, strings.Join(list, ", ")))
	}
	if f.Quantified {
		facts = append(facts, "Numbers: yes ("+strings.Join(f.QuantityExamples, ", ")+")")
	} else {
		facts = append(facts, "Numbers: none")
	}
	if f.IWe != nil {
		facts = append(facts, fmt.Sprintf("I vs we: “I” %d, “we” %d", f.IWe.I, f.IWe.We))
	}
	parts = append(parts, st.Section.Render("Measures")+"\n"+tui.Bullets(st, width, "•", facts))

	var b strings.Builder
	b.WriteString(st.Section.Render("What the feedback found") + "  " + st.Faint.Render("+ good  ~ tip  ! fix"))
	for _, fd := range f.Findings {
		if fd.Topic == practice.TopicRedFlags {
			continue // shown first, above everything
		}
		mark, style := "+", st.Good
		switch fd.Level {
		case practice.Tip:
			mark, style = "~", st.Warn
		case practice.Warn:
			mark, style = "!", st.Bad
		}
		b.WriteString("\n" + style.Render(mark) + " " + tui.IndentWrap(tui.Clean(fd.Message), width-2, 2))
	}
	parts = append(parts, b.String())
	return strings.Join(parts, "\n\n")
}

func fillerTotal(cs []practice.Count) int {
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}
