package ladder

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

// ladderNeeds asks the assessment what each rung's requirements need, by
// evaluating a person who holds the rung below it: the placement's checks
// are then exactly that rung's requirements, worded as results show them.
func ladderNeeds(lib *content.Library) map[string]string {
	out := map[string]string{}
	roleFact, ok := lib.FactOfKind(content.FactRole)
	if !ok {
		return out
	}
	below := assess.NoRole
	for _, r := range lib.Roles {
		var a assess.Answers
		a.SetText(roleFact.Key, below)
		for _, ch := range assess.Evaluate(lib, a).Checks {
			out[ch.ID] = ch.Need
		}
		below = r.ID
	}
	return out
}

// buildDetail renders the selected rung's detail for a width; the doc
// calls it once per width or change of rung, never per frame.
func (l *ladder) buildDetail(width int) string {
	st := l.Styles()
	lib := l.Lib()
	r := lib.Roles[l.cursor]
	var parts []string

	head := []string{
		st.Title.Render(tui.Wrap(r.Title, width)),
		st.Subtitle.Render(tui.Wrap(fmt.Sprintf("Rung %d of %d · %s", r.Rung, len(lib.Roles), tui.Clean(r.Stage)), width)),
	}
	if where := l.whereLine(r.ID, width); where != "" {
		head = append(head, where)
	}
	parts = append(parts, strings.Join(head, "\n"))
	parts = append(parts, st.Text.Render(tui.Wrap(tui.Clean(r.Summary), width)))
	if r.Does != "" {
		parts = append(parts, tui.Section(st, width, "What the role involves", r.Does))
	}
	if len(r.Focus) > 0 {
		parts = append(parts, st.Section.Render("What to focus on")+"\n"+ladderFocus(st, width, r.Focus))
	}
	if reqs := lib.RequirementsFor(r.ID); len(reqs) > 0 {
		parts = append(parts, l.requirements(width, r, reqs))
	}
	if lib.Salary != nil && lib.Salary.Role == r.ID {
		mark := ""
		if p := l.Latest(); p != nil && p.Salary != nil {
			mark = p.Salary.Level
		}
		parts = append(parts, ladderSalary(st, width, lib.Salary, mark))
	}
	if len(r.Responsibilities) > 0 {
		parts = append(parts, ladderAreas(st, width, r.Responsibilities))
	}
	if r.WorkEnvironment != "" {
		parts = append(parts, tui.Section(st, width, "Work environment", r.WorkEnvironment))
	}
	return strings.Join(parts, "\n\n")
}

// whereLine says where the rung stands for the person: theirs, the next,
// further up the road, or (before any assessment) how to find out.
func (l *ladder) whereLine(id string, width int) string {
	st := l.Styles()
	p := l.Latest()
	if p == nil {
		return st.Faint.Render(tui.Wrap("Take the self-assessment from home to see where you stand.", width))
	}
	switch {
	case p.Current == id:
		return st.RungHere.Render("◀ You are here")
	case p.Next == id:
		txt := fmt.Sprintf("◀ Your next rung · %d%% ready ", p.Readiness)
		if lipgloss.Width(txt)+12 <= width {
			return st.Accent.Render(txt) + tui.Bar(st, p.Readiness, 12)
		}
		return st.Accent.Render(tui.Truncate(txt, width))
	}
	for _, s := range p.Road {
		if s.Role == id {
			txt := fmt.Sprintf("Further up your road · %d%% ready", s.Readiness)
			switch {
			case s.Qualified:
				txt += " · you could apply now"
			case s.Known:
				txt += " · " + report.Duration(max(1, s.Months)) + " away"
			}
			return st.Muted.Render(tui.Wrap(txt, width))
		}
	}
	return ""
}

// requirements lists what the rung asks for. For any rung the person's
// assessment checked (the next and those further up their road) each line
// also says whether they meet it.
func (l *ladder) requirements(width int, r content.Role, reqs []content.Requirement) string {
	st := l.Styles()
	var checks map[string]assess.Check
	if p := l.Latest(); p != nil && len(p.RungChecks[r.ID]) > 0 {
		checks = map[string]assess.Check{}
		for _, c := range p.RungChecks[r.ID] {
			checks[c.ID] = c
		}
	}
	var b strings.Builder
	b.WriteString(st.Section.Render("What it asks for"))
	if checks != nil {
		b.WriteString("\n" + st.Faint.Render(tui.Wrap("✓ you meet it  ✗ still open (from your assessment)", width)))
	}
	for _, q := range reqs {
		marker := "•"
		line := fmt.Sprintf("%s (%s)", tui.Clean(q.Label), report.KindWords(q.Kind))
		if need := l.needs[q.ID]; need != "" {
			line += ": " + ladderNeedWords(l.Lib(), q, need)
		}
		if len(q.Steps) > 0 {
			line += " · " + ladderSteps(q.Steps)
		}
		markerStyle := st.Accent
		if c, ok := checks[q.ID]; ok {
			if c.Met {
				marker, markerStyle = "✓", st.Good
			} else {
				marker, markerStyle = "✗", st.Warn
				line += " · " + ladderHave(c.Have)
			}
		}
		b.WriteString("\n")
		for i, ln := range strings.Split(tui.Wrap(line, width-2), "\n") {
			if i == 0 {
				b.WriteString(markerStyle.Render(marker) + " " + ln)
			} else {
				b.WriteString("\n  " + ln)
			}
		}
		if q.Note != "" {
			b.WriteString("\n" + st.Faint.Render(ladderIndent(tui.Wrap(tui.Clean(q.Note), width-2), "  ")))
		}
	}
	return b.String()
}

// ladderHave says what the person reported for an open requirement.
func ladderHave(have string) string {
	if strings.HasPrefix(have, "not ") || strings.HasPrefix(have, "no ") {
		return have // "not answered", "not rated", "no credential"
	}
	return "you have " + have
}

// ladderNeedWords puts "at least" before a bare number ("at least 4 years").
func ladderNeedWords(lib *content.Library, q content.Requirement, need string) string {
	f, ok := lib.Fact(q.Fact)
	if !ok {
		return need
	}
	switch f.Kind {
	case content.FactNumber, content.FactScale:
		return "at least " + need
	case content.FactBool:
		return "you have done it"
	}
	return need
}

// ladderSteps says which steps close a gap: "step 2", "steps 2, 9".
func ladderSteps(steps []int) string {
	s := make([]string, len(steps))
	for i, n := range steps {
		s[i] = strconv.Itoa(n)
	}
	if len(s) == 1 {
		return "step " + s[0]
	}
	return "steps " + strings.Join(s, ", ")
}

func ladderFocus(st *tui.Styles, width int, focus []content.Focus) string {
	var out []string
	for _, f := range focus {
		name := st.Accent.Render("•") + " " + st.Bold.Render(tui.Truncate(tui.Clean(f.Name), width-2))
		out = append(out, name+"\n"+ladderIndent(tui.Wrap(tui.Clean(f.Description), width-2), "  "))
	}
	return strings.Join(out, "\n")
}

func ladderAreas(st *tui.Styles, width int, areas []content.Area) string {
	var b strings.Builder
	b.WriteString(st.Section.Render("Areas of responsibility"))
	for _, a := range areas {
		b.WriteString("\n\n" + st.Bold.Render(tui.Wrap(tui.Clean(a.Name), width)) + "\n")
		b.WriteString(tui.Bullets(st, width, "•", a.Points))
	}
	return b.String()
}

// ladderSalary draws the pay levels as a small table (level, range,
// experience), the level names wrapped in their column; when even that
// does not fit it stacks each level instead. The level with id mark, if
// any, is marked as the person's.
func ladderSalary(st *tui.Styles, width int, sal *content.Salary, mark string) string {
	var b strings.Builder
	// With a mark, every row starts with a two-cell column: "▸ " for the
	// person's level, blank for the others.
	lead := func(id string) string {
		switch {
		case mark == "":
			return ""
		case id == mark:
			return st.Accent.Render("▸") + " "
		}
		return "  "
	}
	if mark != "" {
		width -= 2
	}
	b.WriteString(st.Section.Render(tui.Truncate(fmt.Sprintf("Pay levels (%s per %s)", tui.Clean(sal.Currency), tui.Clean(sal.Period)), width)))
	ranges := make([]string, len(sal.Levels))
	nameW, rangeW, expW := len("Level"), len("Range"), len("Experience")
	for i, lv := range sal.Levels {
		ranges[i] = report.Money(tui.Clean(sal.Currency), lv.Min, lv.Max, lv.OpenEnded)
		nameW = max(nameW, lipgloss.Width(tui.Clean(lv.Name)))
		rangeW = max(rangeW, lipgloss.Width(ranges[i]))
		expW = max(expW, lipgloss.Width(tui.Clean(lv.Experience)))
	}
	const gap = "  "
	if nameW > width-rangeW-expW-2*len(gap) {
		// Names would wrap: let the experience wrap too, word by word, to
		// give the names the room.
		words := len("Experience")
		for _, lv := range sal.Levels {
			for _, w := range strings.Fields(tui.Clean(lv.Experience)) {
				words = max(words, lipgloss.Width(w))
			}
		}
		expW = words
	}
	nameW = min(nameW, width-rangeW-expW-2*len(gap))
	spaced := false // a blank line between levels once any takes two lines
	if nameW < 16 {
		for i, lv := range sal.Levels {
			bullet := st.Accent.Render("•")
			if lv.ID == mark {
				bullet = st.Accent.Render("▸")
			}
			b.WriteString("\n" + bullet + " " + strings.ReplaceAll(tui.Wrap(tui.Clean(lv.Name), width-2), "\n", "\n  "))
			b.WriteString("\n  " + tui.Wrap(ranges[i]+" · "+tui.Clean(lv.Experience), width-2))
		}
	} else {
		pad := func(s string, w int) string { return s + strings.Repeat(" ", max(0, w-lipgloss.Width(s))) }
		b.WriteString("\n" + lead("") + st.Muted.Render(pad("Level", nameW)+gap+pad("Range", rangeW)+gap+"Experience"))
		rows := make([][2][]string, len(sal.Levels))
		for i, lv := range sal.Levels {
			rows[i][0] = strings.Split(tui.Wrap(tui.Clean(lv.Name), nameW), "\n")
			rows[i][1] = strings.Split(tui.Wrap(tui.Clean(lv.Experience), expW), "\n")
			spaced = spaced || len(rows[i][0]) > 1 || len(rows[i][1]) > 1
		}
		for i := range sal.Levels {
			names, exps := rows[i][0], rows[i][1]
			if spaced && i > 0 {
				b.WriteString("\n")
			}
			for j := 0; j < max(len(names), len(exps)); j++ {
				first := lead("")
				if j == 0 {
					first = lead(sal.Levels[i].ID)
				}
				name, rng, exp := "", "", ""
				if j < len(names) {
					name = names[j]
				}
				if j == 0 {
					rng = ranges[i]
				}
				if j < len(exps) {
					exp = exps[j]
				}
				b.WriteString("\n" + first + strings.TrimRight(pad(name, nameW)+gap+pad(rng, rangeW)+gap+exp, " "))
			}
		}
	}
	if sal.Note != "" {
		b.WriteString("\n\n" + st.Faint.Render(tui.Wrap(tui.Clean(sal.Note), width)))
	}
	return b.String()
}

// ladderIndent puts prefix before every line of s.
func ladderIndent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
