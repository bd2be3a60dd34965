package questionnaire

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// answerText says an answer in words, for the review page.
func (q *questionnaire) answerText(qu content.Question) string {
	return assess.AnswerWords(q.Lib(), qu, q.answers)
}

func (q *questionnaire) View() string {
	st := q.Styles()
	if len(q.qs) == 0 {
		return st.Muted.Render("This track has no questionnaire.")
	}
	if q.idx == len(q.qs) {
		return q.reviewView()
	}
	if v := q.questionView(true); lipgloss.Height(v) <= q.Height {
		return v
	}
	return q.questionView(false) // short of room, the question's help goes
}

// questionView draws the question on show, with its help when withHelp.
func (q *questionnaire) questionView(withHelp bool) string {
	st := q.Styles()
	qu := q.current()
	// "Question N of M" counts the questions this person will be asked,
	// as far as the answers so far tell.
	planned := assess.PlannedQuestions(q.Lib(), q.answers, q.idx)
	pos := max(1, slices.Index(planned, q.idx)+1)
	progress := fmt.Sprintf("Question %d of %d ", pos, len(planned))
	head := st.Muted.Render(progress) + tui.Bar(st, 100*pos/max(1, len(planned)), min(30, q.Width-lipgloss.Width(progress)))
	parts := []string{head, "", st.Title.Render(tui.Wrap(qu.Prompt, q.Width))}
	if qu.Help != "" && withHelp {
		parts = append(parts, st.Muted.Render(tui.Wrap(tui.Clean(qu.Help), q.Width)))
	}
	parts = append(parts, "")
	used := lipgloss.Height(strings.Join(parts, "\n"))
	body := ""
	switch qu.Kind {
	case content.KindChoice, content.KindScale, content.KindYesNo:
		// Each option's description in full, wrapped under its label, when
		// the screen has the room; cut to one line each otherwise.
		body = q.choiceView(qu, true)
		if used+lipgloss.Height(body)+3 > q.Height {
			body = q.choiceView(qu, false)
		}
	case content.KindNumber:
		body = q.numberView(qu)
	case content.KindSkills:
		body = q.skillsView(qu, q.Height-used-1)
	}
	parts = append(parts, body)
	if q.errMsg != "" {
		parts = append(parts, "", st.Bad.Render(q.errMsg))
	}
	return strings.Join(parts, "\n")
}

func (q *questionnaire) choiceView(qu *content.Question, wrapHelp bool) string {
	st := q.Styles()
	var labels, helps []string
	switch qu.Kind {
	case content.KindChoice:
		for _, o := range qu.Options {
			labels = append(labels, tui.Clean(o.Label))
			helps = append(helps, tui.Clean(o.Help))
		}
	case content.KindScale:
		for i, a := range qu.Anchors {
			labels = append(labels, fmt.Sprintf("%d", i+1))
			helps = append(helps, tui.Clean(a))
		}
	case content.KindYesNo:
		labels, helps = []string{"Yes", "No"}, []string{"", ""}
	}
	cur, ok := q.cursor[qu.ID]
	if !ok {
		cur = -1
	}
	answered := q.answers.Has(qu.Answer)
	// When wrapping, the descriptions share one column after the longest
	// label, if that leaves them room; "> ( ) 1. " is 9 cells.
	col := 0
	if wrapHelp {
		for _, l := range labels {
			col = max(col, 9+lipgloss.Width(l)+2)
		}
		if q.Width-col < 30 {
			col = 0
		}
	}
	var b strings.Builder
	for i, l := range labels {
		pointer, mark := "  ", "( )"
		if i == cur {
			pointer = "> "
		}
		if answered && i == cur {
			mark = "(*)"
		}
		num := fmt.Sprintf("%d. ", i+1)
		if qu.Kind == content.KindScale {
			num = ""
		}
		head := tui.Truncate(pointer+mark+" "+num+l, q.Width)
		if i == cur {
			head = st.Selected.Render(head)
		} else {
			head = st.Text.Render(head)
		}
		gap := 2
		if col > 0 {
			gap = max(2, col-lipgloss.Width(head))
		}
		if room := q.Width - lipgloss.Width(head) - gap; helps[i] != "" && room > 8 {
			if wrapHelp {
				// A hanging indent: the lines after the first start under it.
				indent := strings.Repeat(" ", lipgloss.Width(head)+gap)
				for j, l := range strings.Split(tui.Wrap(helps[i], room), "\n") {
					if j > 0 {
						head += "\n" + indent
					} else {
						head += strings.Repeat(" ", gap)
					}
					head += st.Muted.Render(l)
				}
			} else {
				head += "  " + st.Muted.Render(tui.Truncate(helps[i], room))
			}
		}
		b.WriteString(head)
		if i < len(labels)-1 {
			b.WriteString("\n")
		}
	}
	if qu.Kind == content.KindScale && answered {
		b.WriteString("\n\n" + st.Text.Render(tui.Wrap(fmt.Sprintf("%d: %s", cur+1, tui.Clean(qu.Anchors[cur])), q.Width)))
	}
	return b.String()
}

func (q *questionnaire) numberView(qu *content.Question) string {
	st := q.Styles()
	field := st.FocusBox.Render(fmt.Sprintf("%-10s", q.number[qu.ID]+"_"))
	hint := "any number"
	if f, ok := q.Lib().Fact(qu.Answer); ok {
		hint = assess.NumberHint(*f)
	}
	return field + "\n" + st.Muted.Render(tui.Wrap(hint+" · type digits, ↑↓ to step · empty = skip", q.Width))
}

// skillsView draws the skills block as a compact grid: one row per skill with
// its rating on a 1-5 scale, and the selected level's anchor underneath.
func (q *questionnaire) skillsView(qu *content.Question, height int) string {
	st := q.Styles()
	nameW := 0
	for _, id := range qu.Skills {
		nameW = max(nameW, lipgloss.Width(q.Lib().SkillName(id)))
	}
	nameW = min(nameW, max(12, q.Width-30)) // the pointer, the gap, the scale and "  not rated"
	legend := st.Muted.Render(tui.Wrap("1 learning · 2 with help · 3 on your own · 4 leads others · 5 shapes the organization", q.Width))
	id := qu.Skills[q.skill]
	sk, _ := q.Lib().Skill(id)
	ratings := q.answers.Ratings(qu.Answer)
	r := ratings[id]
	anchor := ""
	switch {
	case sk != nil && r > 0 && len(sk.Anchors) == 5:
		anchor = fmt.Sprintf("%s at %d: %s", sk.Name, r, tui.Clean(sk.Anchors[r-1]))
	case sk != nil:
		anchor = fmt.Sprintf("%s: %s Press 1-5 to rate.", sk.Name, tui.Clean(sk.Description))
	}
	anchor = st.Text.Render(tui.Wrap(anchor, q.Width))
	// Room: the legend, the rows, the count line and the anchor. Short of
	// room for three rows, the anchor goes, then the legend.
	if height-1-lipgloss.Height(legend)-lipgloss.Height(anchor) < 3 {
		anchor = ""
		if height-2-lipgloss.Height(legend) < 3 {
			legend = ""
		}
	}
	rows := max(1, height-1-lipgloss.Height(legend)-lipgloss.Height(anchor))
	first := 0
	if q.skill >= rows {
		first = q.skill - rows + 1
	}
	var b strings.Builder
	if legend != "" {
		b.WriteString(legend + "\n")
	}
	rated := 0
	for _, id := range qu.Skills {
		if ratings[id] > 0 {
			rated++
		}
	}
	for i := first; i < min(len(qu.Skills), first+rows); i++ {
		skillID := qu.Skills[i]
		r := ratings[skillID]
		name := tui.Truncate(q.Lib().SkillName(skillID), nameW)
		var cells []string
		for lvl := 1; lvl <= 5; lvl++ {
			if lvl == r {
				cells = append(cells, fmt.Sprintf("[%d]", lvl))
			} else {
				cells = append(cells, fmt.Sprintf(" %d ", lvl))
			}
		}
		scale := strings.Join(cells, "")
		if r == 0 {
			scale += st.Faint.Render("  not rated")
		}
		pointer := "  "
		if i == q.skill {
			pointer = "> "
		}
		row := pointer + name + strings.Repeat(" ", nameW-lipgloss.Width(name)) + "  "
		if i == q.skill {
			row = st.Selected.Render(row) + scale
		} else {
			row = st.Text.Render(row) + scale
		}
		b.WriteString(row + "\n")
	}
	b.WriteString(st.Faint.Render(fmt.Sprintf("  %d of %d rated", rated, len(qu.Skills))))
	if anchor != "" {
		b.WriteString("\n" + anchor)
	}
	return b.String()
}

func (q *questionnaire) reviewView() string {
	st := q.Styles()
	head := st.Title.Render("Review your answers") + "\n" +
		st.Muted.Render(tui.Wrap("Enter on a row changes it; s or enter on Submit places you on the ladder.", q.Width)) + "\n"
	labelW := 0
	shown := q.shown()
	for _, i := range shown {
		labelW = max(labelW, lipgloss.Width(tui.Clean(q.qs[i].Label)))
	}
	labelW = min(max(labelW, 12), q.Width/2)
	var rows []string
	for i, k := range shown {
		qu := q.qs[k]
		label := tui.Clean(qu.Label)
		if label == "" {
			label = tui.Clean(qu.Prompt)
		}
		label = tui.Truncate(label, labelW)
		ans := q.answerText(qu)
		style := st.Text
		if !q.answers.Has(qu.Answer) {
			style = st.Faint
		}
		pointer := "  "
		if i == q.review {
			pointer = "> "
		}
		line := pointer + label + strings.Repeat(" ", labelW-lipgloss.Width(label)) + "  "
		if i == q.review {
			line = st.Selected.Render(line)
		}
		rows = append(rows, line+style.Render(tui.Truncate(ans, q.Width-lipgloss.Width(line))))
	}
	submit := "  Submit and see where you stand"
	if q.review == len(shown) {
		submit = st.Selected.Render("> Submit and see where you stand")
	}
	rows = append(rows, "", submit)
	// Scroll the rows when the page is short.
	room := max(3, q.Height-lipgloss.Height(head)-1)
	cur := q.review
	if q.review == len(shown) {
		cur = len(rows) - 1
	}
	first := 0
	if cur >= room {
		first = cur - room + 1
	}
	end := min(len(rows), first+room)
	return head + "\n" + strings.Join(rows[first:end], "\n")
}
