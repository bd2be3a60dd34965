package stories

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// coverage is the matrix of the track's skills against the stories: a row
// per skill, a column per story (its strength where it shows the skill),
// and what each skill rests on: no story, only weak ones, or how many.
// Enter adds a story for the skill under the cursor.
type coverage struct {
	tui.Base
	keys   coverageKeys
	all    []stories.Story
	loaded bool
	err    error
	cov    stories.Coverage
	menu   tui.Menu
	pane   tui.Doc // wide: the stories by number, and the gaps
	wide   bool
	// Layout of the matrix, computed in rebuild.
	cols, cellW, nameW int
}

// coverageHead is the lines above the matrix's rows: the title and the
// stories' numbers.
const coverageHead = 2

// NewCoverage makes the coverage (tui.RouteCoverage); it takes no
// argument.
func NewCoverage(c *tui.Context, _ any) tui.Screen {
	v := &coverage{Base: tui.NewBase(c)}
	v.keys = coverageKeys{NavKeys: tui.NewNavKeys(),
		Add: key.NewBinding(key.WithKeys("enter", "a"), key.WithHelp("enter", "add a story"))}
	v.pane = tui.NewDoc(v.legendText)
	v.cov = stories.Cover(progress.SkillIDs(c.Lib()), nil)
	return v
}

func (v *coverage) Title() string { return "Coverage" }

func (v *coverage) Init() tea.Cmd { return v.LoadStories() }

// Refresh re-reads the stories when a story added from here comes back.
func (v *coverage) Refresh() tea.Cmd { return v.LoadStories() }

func (v *coverage) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tui.StoriesLoadedMsg:
		v.loaded, v.err = true, msg.Err
		if msg.Err != nil {
			return v, v.StatusErr("Could not read your stories: " + msg.Err.Error())
		}
		v.all = msg.Stories
		v.cov = stories.Cover(progress.SkillIDs(v.Lib()), v.all)
		v.rebuild()
	case tea.KeyMsg:
		switch {
		case v.menu.Update(msg, v.keys.NavKeys, v.menuHeight()):
		case key.Matches(msg, v.keys.Add):
			if sc, ok := v.selected(); ok {
				return v, tui.Navigate(tui.RouteStoryForm, stories.Story{Skills: []string{sc.Skill}})
			}
		}
	case tea.MouseMsg:
		if v.wide && msg.X >= v.listWidth() {
			return v, v.pane.Update(msg)
		}
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
			v.menu.Click(msg.Y - coverageHead)
		}
	}
	return v, nil
}

func (v *coverage) selected() (stories.SkillCoverage, bool) {
	if v.menu.Cursor >= len(v.cov.Skills) {
		return stories.SkillCoverage{}, false
	}
	return v.cov.Skills[v.menu.Cursor], true
}

// number is each story's column, by id: its place in the list, from 1.
func (v *coverage) number() map[int64]int {
	n := make(map[int64]int, len(v.all))
	for i, s := range v.all {
		n[s.ID] = i + 1
	}
	return n
}

// status says what a skill rests on.
func status(sc stories.SkillCoverage) string {
	switch n := len(sc.Stories); {
	case n == 0:
		return "no story"
	case sc.Weak() && n == 1:
		return "one weak story"
	case sc.Weak():
		return "only weak stories"
	case n == 1:
		return "1 story"
	default:
		return fmt.Sprintf("%d stories", n)
	}
}

// rebuild lays the matrix out for the list's width: as many story columns
// as fit beside the skills' names, each a story's strength where it shows
// the skill.
func (v *coverage) rebuild() {
	width := v.listWidth()
	const badgeW = len("only weak stories") + 1
	nameNeed := 0
	for _, sk := range v.Lib().Skills {
		nameNeed = max(nameNeed, lipgloss.Width(tui.Clean(sk.Name)))
	}
	v.cellW = len(strconv.Itoa(len(v.all))) + 1
	room := width - 2 - badgeW - 1
	v.cols = max(0, min(len(v.all), (room-min(nameNeed, 16))/v.cellW))
	v.nameW = max(8, min(nameNeed, room-v.cols*v.cellW))
	strength := make(map[int64]int, len(v.all))
	for _, s := range v.all {
		strength[s.ID] = s.Strength
	}
	items := make([]tui.Item, len(v.cov.Skills))
	for i, sc := range v.cov.Skills {
		name := tui.Truncate(tui.Clean(v.Lib().SkillName(sc.Skill)), v.nameW)
		var cells strings.Builder
		for _, s := range v.all[:v.cols] {
			cell := "·"
			for _, id := range sc.Stories {
				if id == s.ID {
					cell = strconv.Itoa(strength[id])
				}
			}
			cells.WriteString(fmt.Sprintf("%*s", v.cellW, cell))
		}
		items[i] = tui.Item{Title: fmt.Sprintf("%-*s", v.nameW, name) + cells.String(), Badge: status(sc)}
		if len(sc.Stories) == 0 || sc.Weak() {
			items[i].Badge = "! " + items[i].Badge
		}
	}
	cursor := v.menu.Cursor
	v.menu = tui.NewMenu(items, false)
	v.menu.Cursor = min(cursor, max(0, len(items)-1))
	// The matrix's width follows the number of stories: the legend takes
	// the rest.
	if v.wide {
		v.pane.SetSize(v.Width-width-3, max(1, v.Height-1))
	}
	v.pane.Invalidate()
}

func (v *coverage) SetSize(w, h int) {
	v.Base.SetSize(w, h)
	v.wide = w >= tui.ListBeside
	v.rebuild()
}

// listWidth is the matrix's width: when wide, what its names, a column
// per story and the statuses need, the stories' legend beside it.
func (v *coverage) listWidth() int {
	if !v.wide {
		return v.Width
	}
	need := 2 + 36 + (len(strconv.Itoa(len(v.all)))+1)*len(v.all) + 20
	return max(60, min(need, v.Width-tui.PaneMin-3))
}

// menuHeight is the rows of the matrix; narrow, the selected skill's
// stories take three lines under it.
func (v *coverage) menuHeight() int {
	if v.wide {
		return max(1, v.Height-coverageHead)
	}
	return max(1, v.Height-coverageHead-3)
}

func (v *coverage) headLine(width int) string {
	st := v.Styles()
	c := v.cov
	text := fmt.Sprintf("%d of %d skills have a story · %d have none · %d only weak ones",
		c.Covered(), len(c.Skills), len(c.Uncovered), len(c.Weak))
	return tui.Truncate(st.Title.Render("Coverage")+"  "+st.Muted.Render(text), width)
}

// columnsLine numbers the stories' columns over the matrix.
func (v *coverage) columnsLine(width int) string {
	st := v.Styles()
	if len(v.all) == 0 {
		return st.Muted.Render(tui.Truncate("  No stories yet: enter on a skill writes one for it.", width))
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", 2+v.nameW))
	for i := range v.cols {
		b.WriteString(fmt.Sprintf("%*d", v.cellW, i+1))
	}
	if v.cols < len(v.all) {
		b.WriteString(fmt.Sprintf("  stories 1-%d of %d: widen the terminal for the rest", v.cols, len(v.all)))
	}
	return st.Muted.Render(tui.Truncate(b.String(), width))
}

// detailLines are the selected skill's stories, under the matrix when
// narrow.
func (v *coverage) detailLines(width int) string {
	st := v.Styles()
	sc, ok := v.selected()
	if !ok {
		return ""
	}
	name := tui.Clean(v.Lib().SkillName(sc.Skill))
	if len(sc.Stories) == 0 {
		return st.Warn.Render(tui.Truncate(name+": no story shows it yet.", width)) + "\n" +
			st.Muted.Render(tui.Truncate("enter writes one for it.", width))
	}
	num := v.number()
	var refs []string
	for _, id := range sc.Stories {
		for _, s := range v.all {
			if s.ID == id {
				refs = append(refs, fmt.Sprintf("%d %s (%d)", num[id], tui.Clean(s.Title), s.Strength))
			}
		}
	}
	text := tui.Wrap(name+": "+strings.Join(refs, " · "), width)
	lines := strings.Split(text, "\n")
	if len(lines) > 2 {
		lines = append(lines[:1], tui.Truncate(strings.Join(lines[1:], " "), width))
	}
	return strings.Join(lines, "\n")
}

// legendText is the stories by number with their strength, then the
// skills with no story and those with only weak ones, beside the matrix.
func (v *coverage) legendText(width int) string {
	st := v.Styles()
	var b strings.Builder
	b.WriteString(st.Section.Render("Your stories"))
	if len(v.all) == 0 {
		b.WriteString("\n" + st.Muted.Render(tui.Wrap("None yet. Enter on a skill writes a story for it.", width)))
	}
	for i, s := range v.all {
		line := fmt.Sprintf("%2d  %s · strength %d", i+1, tui.Clean(s.Title), s.Strength)
		if fl := flags(s); len(fl) > 0 {
			line += " · " + strings.Join(fl, " · ")
		}
		b.WriteString("\n" + tui.IndentWrap(line, width, 4))
	}
	names := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = tui.Clean(v.Lib().SkillName(id))
		}
		return strings.Join(out, ", ")
	}
	if len(v.cov.Uncovered) > 0 {
		b.WriteString("\n\n" + tui.Section(st, width, fmt.Sprintf("No story yet (%d)", len(v.cov.Uncovered)), names(v.cov.Uncovered)))
	}
	if len(v.cov.Weak) > 0 {
		b.WriteString("\n\n" + tui.Section(st, width, fmt.Sprintf("Only weak stories, strength %d or less (%d)", stories.WeakStrength, len(v.cov.Weak)),
			names(v.cov.Weak)))
	}
	if len(v.cov.Unknown) > 0 {
		b.WriteString("\n\n" + st.Warn.Render(tui.Wrap("Your stories name skills this track does not have: "+
			strings.Join(v.cov.Unknown, ", ")+". Edit them to use the track's skills.", width)))
	}
	return b.String()
}

func (v *coverage) View() string {
	st := v.Styles()
	lw := v.listWidth()
	var body string
	switch {
	case !v.loaded:
		body = st.Muted.Render("Loading…")
	case v.err != nil:
		body = st.Bad.Render(tui.Wrap("Could not read your stories: "+v.err.Error(), lw))
	default:
		body = v.columnsLine(lw) + "\n" + v.menu.View(st, lw, v.menuHeight()-1)
		if !v.wide {
			body = tui.Fit(body, lw, 1+v.menuHeight()) + "\n\n" + v.detailLines(lw)
		}
	}
	if !v.wide || !v.loaded || v.err != nil {
		return v.headLine(lw) + "\n" + body
	}
	return v.headLine(v.Width) + "\n" + lipgloss.JoinHorizontal(lipgloss.Top, tui.Fit(body, lw, v.Height-1), "   ", v.pane.View())
}

// Keys are the coverage's keys.
func (v *coverage) Keys() help.KeyMap {
	v.keys.NavKeys.SetEnabled(len(v.cov.Skills) > 1)
	v.keys.Add.SetEnabled(v.loaded && v.err == nil && len(v.cov.Skills) > 0)
	return v.keys
}
