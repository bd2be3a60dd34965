package stories

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// How the form is drawn: the fields listed one a line (or, short of room,
// their names on one line), then the field with the focus opened below
// them: the title's hint, the skills to pick from, the five strengths, or
// the part's text area. From TextBeside the story as it will read is
// beside the form.

// formLabelW is the width of the fields' labels, "Situation" and a gap.
const formLabelW = 11

// strengthWords say what each strength means.
var strengthWords = [...]string{"", "weak: little to show yet", "thin: the result is vague", "solid",
	"strong: a clear result", "your best: a clear result with a number"}

// fieldName names a field in the list of fields.
func fieldName(i int) string {
	switch i {
	case fieldTitle:
		return "Title"
	case fieldSkills:
		return "Skills"
	case fieldStrength:
		return "Strength"
	}
	return stories.Parts[i-fieldParts].String()
}

// layout sizes the form to the room it has.
func (f *form) layout() {
	if f.Width == 0 {
		return
	}
	f.wide = f.Width >= tui.TextBeside
	f.formW = tui.Reading(f.Width)
	if f.wide {
		f.formW = tui.Columns(f.Width)
		pw := min(tui.ReadWidth, f.Width-f.formW-3)
		f.preview.SetSize(pw, max(1, f.Height-2))
	}
	f.compact = f.Height-fieldCount-1 < 7
	f.title.Width = max(4, f.formW-2-formLabelW-1)
	boxH := max(1, min(tui.AnswerBoxMax, f.areaHeight()-lipgloss.Height(f.areaHead())-2))
	for i := range f.parts {
		f.parts[i].SetWidth(max(10, f.formW-4))
		f.parts[i].SetHeight(boxH)
	}
}

// fieldsHeight is the lines the list of fields takes.
func (f *form) fieldsHeight() int {
	if f.compact {
		if f.focus == fieldTitle {
			return 2 // the names, and the title's input
		}
		return 1
	}
	return fieldCount
}

// areaHeight is the room below the fields for the field with the focus.
func (f *form) areaHeight() int { return max(1, f.Height-f.fieldsHeight()-1) }

// fieldsView lists the fields, each with what it holds so far; the one with
// the focus is marked ">", one a save found wrong "!".
func (f *form) fieldsView() string {
	st := f.Styles()
	if f.compact {
		names := make([]string, fieldCount)
		for i := range names {
			names[i] = fieldName(i)
			if _, bad := f.problems[i]; bad {
				names[i] += "!"
			}
			if i == f.focus {
				names[i] = st.Selected.Render("[" + names[i] + "]")
			}
		}
		out := tui.Truncate(strings.Join(names, " "), f.formW)
		if f.focus == fieldTitle {
			out += "\n" + tui.Truncate("Title: "+f.titleInput(), f.formW)
		}
		return out
	}
	rows := make([]string, fieldCount)
	for i := range rows {
		mark := "  "
		if _, bad := f.problems[i]; bad {
			mark = " !"
		}
		if i == f.focus {
			mark = ">" + mark[1:]
		}
		label := fmt.Sprintf("%-*s", formLabelW, fieldName(i))
		w := max(1, f.formW-2-formLabelW)
		if i == f.focus {
			value := tui.Truncate(f.fieldValue(i, w), w)
			if i == fieldTitle {
				value = f.titleInput()
			}
			rows[i] = st.Selected.Render(mark+label) + value
			continue
		}
		rows[i] = st.Muted.Render(mark+label) + tui.Truncate(f.fieldValue(i, w), w)
	}
	return strings.Join(rows, "\n")
}

// titleInput is the title's input, its cursor spelled out without colour.
func (f *form) titleInput() string {
	if f.plain && f.focus == fieldTitle {
		return tui.PlainCursor(f.title.Value(), f.title.Position(), f.title.Width+1)
	}
	return f.title.View()
}

// fieldValue is what a field holds, on one line.
func (f *form) fieldValue(i, width int) string {
	st := f.Styles()
	empty := func(s string) string { return st.Faint.Render(s) }
	switch i {
	case fieldTitle:
		if t := tui.Clean(f.title.Value()); t != "" {
			return t
		}
		return empty("(none yet)")
	case fieldSkills:
		if len(f.picked) == 0 {
			return empty("(none picked)")
		}
		return skillNames(f.Lib(), f.picked)
	case fieldStrength:
		return fmt.Sprintf("%d of 5 · %s", f.strength, strengthWords[f.strength])
	}
	text := tui.Clean(f.parts[i-fieldParts].Value())
	if text == "" {
		return empty("(empty)")
	}
	return tui.Truncate(text, width)
}

// areaHead is what is said above the field with the focus: what a save
// found wrong with it, and what it holds.
func (f *form) areaHead() string {
	st := f.Styles()
	w := f.formW
	var lines []string
	if p, bad := f.problems[f.focus]; bad {
		lines = append(lines, st.Bad.Render(tui.Truncate("! "+fieldName(f.focus)+": "+tui.Clean(p), w)))
	}
	var hint string
	switch f.focus {
	case fieldTitle:
		hint = "A line that names the story, as you would call it to yourself before a panel."
	case fieldSkills:
		hint = fmt.Sprintf("The skills the story shows: space picks or unpicks (%d picked).", len(f.picked))
	case fieldStrength:
		hint = "How well the story answers, by your own judgement: ←/→ or 1-5."
	default:
		p := stories.Parts[f.focus-fieldParts]
		ta := &f.parts[f.focus-fieldParts]
		hint = p.String() + ": " + p.What() + "."
		if f.plain {
			// Without colour the text area's cursor does not show.
			li := ta.LineInfo()
			hint = fmt.Sprintf("Cursor at line %d, column %d · %s", ta.Line()+1, li.StartColumn+li.ColumnOffset+1, hint)
		}
		if text := ta.Value(); p == stories.Result && strings.TrimSpace(text) != "" && !stories.HasNumber(text) {
			lines = append(lines, st.Warn.Render(tui.Truncate("~ No number in the result yet: panels want a measurable outcome.", w)))
		}
	}
	return strings.Join(append(lines, st.Muted.Render(tui.Truncate(hint, w))), "\n")
}

// areaView opens the field with the focus.
func (f *form) areaView() string {
	st := f.Styles()
	head := f.areaHead()
	rest := max(1, f.areaHeight()-lipgloss.Height(head))
	switch f.focus {
	case fieldTitle:
		return head
	case fieldSkills:
		return head + "\n" + f.skillsView(rest)
	case fieldStrength:
		var rows []string
		for n := stories.MinStrength; n <= stories.MaxStrength && len(rows) < rest; n++ {
			line := fmt.Sprintf("%d  %s", n, strengthWords[n])
			if n == f.strength {
				rows = append(rows, st.Selected.Render("> "+line))
			} else {
				rows = append(rows, "  "+line)
			}
		}
		return head + "\n" + strings.Join(rows, "\n")
	}
	box := st.FocusBox
	return head + "\n" + box.Render(f.parts[f.focus-fieldParts].View())
}

// skillsView is the track's skills with those picked ticked, the cursor's
// window of them in height lines.
func (f *form) skillsView(height int) string {
	st := f.Styles()
	skills := f.Lib().Skills
	if len(skills) == 0 {
		return st.Muted.Render("This track has no skills to pick.")
	}
	if f.skillCur < f.skillTop {
		f.skillTop = f.skillCur
	}
	if f.skillCur >= f.skillTop+height {
		f.skillTop = f.skillCur - height + 1
	}
	f.skillTop = max(0, min(f.skillTop, len(skills)-height))
	var rows []string
	for i := f.skillTop; i < len(skills) && len(rows) < height; i++ {
		box := "[ ]"
		if slices.Contains(f.picked, skills[i].ID) {
			box = "[x]"
		}
		line := tui.Truncate(box+" "+tui.Clean(skills[i].Name), f.formW-2)
		if i == f.skillCur {
			rows = append(rows, st.Selected.Render("> "+line))
		} else {
			rows = append(rows, "  "+line)
		}
	}
	return strings.Join(rows, "\n")
}

func (f *form) View() string {
	left := f.fieldsView() + "\n\n" + f.areaView()
	if !f.wide {
		return left
	}
	st := f.Styles()
	head := st.Section.Render("How it reads")
	if h := f.preview.ScrollHint(st); h != "" {
		head += "  " + h
	}
	right := head + "\n\n" + f.preview.View()
	return lipgloss.JoinHorizontal(lipgloss.Top, tui.Fit(left, f.formW, f.Height), "   ", right)
}
