package stories

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// How the list is drawn: the counts, the filter (or the question
// "delete?"), then the stories; narrow, the selected story under a short
// list or (tab) on its own; wide, beside the list.

// headLine is the title and the counts: the stories, and the skills
// without one.
func (l *list) headLine(width int) string {
	st := l.Styles()
	n := fmt.Sprintf("%d of %s", len(l.visible), tui.Count(len(l.all), "story", "stories"))
	if strings.TrimSpace(l.query) == "" {
		n = tui.Count(len(l.all), "story", "stories")
	}
	c := stories.Cover(progress.SkillIDs(l.Lib()), l.all)
	n += fmt.Sprintf(" · %d of %d skills without one", len(c.Uncovered), len(c.Skills))
	return tui.Truncate(st.Title.Render("My stories")+"  "+st.Muted.Render(n), width)
}

// filterLine is the filter as it stands, or the question "delete?".
func (l *list) filterLine(width int) string {
	st := l.Styles()
	q := tui.Clean(l.query)
	if s, ok := l.selected(); ok && l.confirm {
		return tui.Truncate(st.Warn.Render("Delete “"+tui.Clean(s.Title)+"”?")+st.Faint.Render("  y delete · n keep"), width)
	}
	switch {
	case l.typing:
		return tui.Truncate(st.Accent.Render("Filter: ")+q+st.Accent.Render("_")+
			st.Faint.Render("  a skill's name, or words of a title · enter keep · esc clear"), width)
	case q != "":
		return tui.Truncate(st.Accent.Render("Filter: ")+q+st.Faint.Render("  / edit · x clear"), width)
	case len(l.all) == 0:
		return tui.Truncate(st.Faint.Render("a add · c coverage"), width)
	}
	return tui.Truncate(st.Faint.Render("/ filter by skill · c coverage · a add"), width)
}

// emptyText is what the list says with no stories yet.
func (l *list) emptyText(width int) string {
	st := l.Styles()
	return st.Muted.Render(tui.Wrap("No stories yet. Interview panels ask for a time you did something: a story of "+
		"the situation, your task, what you did and the result, with a number a panel can remember. "+
		"Write each story once and practice it for every question it fits.", width)) + "\n\n" +
		tui.Wrap("Press a to add your first story, or c to see the skills a panel will probe. "+
			"A Markdown file of stories can be added with `rung stories import FILE`.", width)
}

func (l *list) listView(width int) string {
	st := l.Styles()
	var body string
	switch {
	case !l.loaded:
		body = st.Muted.Render("Loading…")
	case l.err != nil:
		body = st.Bad.Render(tui.Wrap("Could not read your stories: "+l.err.Error(), width))
	case len(l.all) == 0:
		body = l.emptyText(width)
	case len(l.visible) == 0:
		body = st.Muted.Render(tui.Wrap(fmt.Sprintf("No story matches %q. Press x to clear the filter.", tui.Clean(l.query)), width))
	default:
		body = l.menu.View(st, width, l.menuHeight()-1)
		if h := l.peekHeight(); h > 0 {
			rule := "── the story "
			if l.peek.Scrolls() {
				rule = "── the story, tab reads it all "
			}
			rule += strings.Repeat("─", max(0, width-lipgloss.Width(rule)))
			body += "\n\n" + st.Faint.Render(tui.Truncate(rule, width)) + "\n" + l.peek.View()
		}
	}
	if !l.Progress().Saved() {
		why := "Not saved this session: stories are kept until you quit"
		if err := l.Progress().Err(); err != nil {
			why += " (" + tui.Clean(err.Error()) + ")"
		}
		body = st.Warn.Render(tui.Truncate(why+".", max(1, width))) + "\n" + body
	}
	return l.headLine(width) + "\n" + l.filterLine(width) + "\n\n" + body
}

// readView is the selected story on its own, on a narrow terminal.
func (l *list) readView() string {
	st := l.Styles()
	head := st.Muted.Render(fmt.Sprintf("Story %d of %d", l.menu.Cursor+1, len(l.visible)))
	if h := l.pane.ScrollHint(st); h != "" {
		head += "  " + h
	}
	return tui.Truncate(head, l.Width) + "\n\n" + l.pane.View()
}

func (l *list) View() string {
	switch {
	case l.edit.failed != nil:
		return l.failedView()
	case l.reading:
		return l.readView()
	case !l.wide:
		return l.listView(l.Width)
	}
	if _, ok := l.selected(); !ok {
		// Nothing to show beside the list: its text takes a reading width.
		return l.listView(tui.Reading(l.Width))
	}
	lw := l.listWidth()
	left := tui.Fit(l.listView(lw), lw, l.Height)
	_, pw := l.splits()
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", tui.Pane(l.Styles(), &l.pane, pw))
}
