// Package roadmap is the track's steps: the roadmap lists them with the
// progress of each step's checklist, and a step's screen shows one step
// and lets the person tick its actions off. Ticks are kept by the progress
// service (in memory for the session when there is no database).
package roadmap

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

type roadmap struct {
	tui.Base
	keys    keyMap
	menu    tui.Menu
	ticks   map[string]bool  // the ticked actions, by progress.TickKey
	gaps    map[int][]string // the steps that close the latest placement's gaps
	preview tui.Doc          // the selected step, beside the list when wide

	// layout, recomputed on every change of size, ticks or cursor
	wide   bool
	listW  int
	listH  int
	head   string // title and overall progress
	below  string // narrow: the selected step under the list
	belowH int
}

// New makes the roadmap (tui.RouteRoadmap); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	r := &roadmap{Base: tui.NewBase(c), ticks: map[string]bool{},
		keys: keyMap{NavKeys: tui.NewNavKeys(),
			Open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open step"))}}
	r.preview = tui.NewDoc(r.buildPreview)
	r.menu = tui.NewMenu(nil, false)
	r.rebuild()
	return r
}

func (r *roadmap) Title() string { return "Roadmap" }

func (r *roadmap) Init() tea.Cmd { return loadRoadTicks(r.Context, r.ID()) }

// Refresh reloads the ticks when a step closes over the roadmap.
func (r *roadmap) Refresh() tea.Cmd { return loadRoadTicks(r.Context, r.ID()) }

func (r *roadmap) step() *content.Step {
	if len(r.Lib().Steps) == 0 {
		return nil
	}
	return &r.Lib().Steps[r.menu.Cursor]
}

func (r *roadmap) totals() (done, total, stepsDone int) {
	for i := range r.Lib().Steps {
		s := &r.Lib().Steps[i]
		d := roadDone(r.ticks, s)
		done += d
		total += len(s.Actions)
		if d == len(s.Actions) && d > 0 {
			stepsDone++
		}
	}
	return done, total, stepsDone
}

// rebuild makes the list items from the steps, the ticks and the gaps.
func (r *roadmap) rebuild() {
	steps := r.Lib().Steps
	r.gaps = report.GapSteps(r.Latest())
	numW := len(fmt.Sprint(len(steps)))
	items := make([]tui.Item, len(steps))
	for i := range steps {
		s := &steps[i]
		d := roadDone(r.ticks, s)
		badge := fmt.Sprintf("%d/%d", d, len(s.Actions))
		if d == len(s.Actions) && d > 0 {
			badge = "✓ " + badge
		}
		if len(r.gaps[s.Number]) > 0 {
			badge = "your gap · " + badge
		}
		items[i] = tui.Item{Title: fmt.Sprintf("%*d. %s", numW, s.Number, tui.Clean(s.Title)), Badge: badge}
	}
	cursor := r.menu.Cursor
	r.menu = tui.NewMenu(items, r.menu.TwoLine)
	r.menu.Cursor = max(0, min(cursor, len(items)-1))
	r.preview.Invalidate()
	r.layout()
}

func (r *roadmap) SetSize(w, h int) {
	r.Base.SetSize(w, h)
	r.layout()
}

func (r *roadmap) header() string {
	st := r.Styles()
	goal := "the top rung"
	if g, ok := r.Lib().Role(r.Lib().Track.Goal); ok {
		goal = tui.Clean(g.Title)
	}
	done, total, stepsDone := r.totals()
	pct := 0
	if total > 0 {
		pct = done * 100 / total
	}
	lines := []string{st.Title.Render(tui.Truncate("The road to "+goal, r.Width))}
	progress := fmt.Sprintf("%d of %d actions done · %d of %d steps complete ", done, total, stepsDone, len(r.Lib().Steps))
	if lipgloss.Width(progress)+21 > r.Width {
		progress = fmt.Sprintf("%d of %d actions done ", done, total)
	}
	barW := max(3, min(16, r.Width-lipgloss.Width(progress)-5))
	lines = append(lines, st.Text.Render(tui.Truncate(progress, r.Width-barW-5))+tui.Bar(st, pct, barW)+st.Muted.Render(fmt.Sprintf(" %d%%", pct)))
	if !r.Progress().Open() {
		lines = append(lines, roadNoStoreNote(st, r.Width))
	}
	return strings.Join(lines, "\n")
}

func (r *roadmap) listTop() int { return lipgloss.Height(r.head) + 1 }

// layout sizes the list and the preview: beside the list when wide, else
// under it with whatever room the list leaves.
func (r *roadmap) layout() {
	if r.Width <= 0 {
		return
	}
	r.head = r.header()
	avail := max(1, r.Height-r.listTop())
	n := len(r.menu.Items)
	r.wide = r.Width >= tui.WideListBeside
	// A line of summary under each step when all of them fit that way.
	r.menu.TwoLine = avail >= 2*n
	for i := range r.menu.Items {
		r.menu.Items[i].Desc = ""
		if r.menu.TwoLine {
			r.menu.Items[i].Desc = tui.Clean(r.Lib().Steps[i].Summary)
		}
	}
	r.listW, r.listH, r.belowH = r.Width, avail, 0
	if r.wide {
		r.listW = min(90, r.Width*11/20)
		r.preview.SetSize(min(tui.ReadWidth, r.Width-r.listW-3), avail)
	} else if rows := n * r.menu.RowHeight(); avail-rows >= 4 {
		r.listH, r.belowH = rows, avail-rows-1
	}
	r.drawBelow()
}

// drawBelow is the narrow preview of the selected step: its summary (unless
// the list shows it), its actions one line each, and the skills it builds,
// cut to the room there is.
func (r *roadmap) drawBelow() {
	s := r.step()
	if r.belowH <= 0 || s == nil {
		r.below = ""
		return
	}
	st := r.Styles()
	lines := []string{st.Section.Render(fmt.Sprintf("Step %d", s.Number)) + st.Faint.Render(" · enter to open and tick actions")}
	if g := r.gaps[s.Number]; len(g) > 0 {
		lines = append(lines, st.Accent.Render(tui.Truncate(gapLine(g), r.Width)))
	}
	if !r.menu.TwoLine {
		lines = append(lines, strings.Split(st.Text.Render(tui.Wrap(tui.Clean(s.Summary), r.Width)), "\n")...)
	}
	for _, a := range s.Actions {
		box := st.Faint.Render("[ ]")
		if r.ticks[progress.TickKey(s.ID, a.ID)] {
			box = st.Good.Render("[x]")
		}
		lines = append(lines, box+" "+st.Muted.Render(tui.Truncate(tui.Clean(a.Text), r.Width-4)))
	}
	if len(s.Skills) > 0 {
		names := make([]string, len(s.Skills))
		for i, id := range s.Skills {
			names[i] = tui.Clean(r.Lib().SkillName(id))
		}
		lines = append(lines, st.Faint.Render(tui.Truncate("Builds: "+strings.Join(names, " · "), r.Width)))
	}
	r.below = strings.Join(lines[:min(len(lines), r.belowH)], "\n")
}

func (r *roadmap) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case roadTicksMsg:
		if msg.err != nil {
			return r, r.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		r.ticks = orEmpty(msg.ticks)
		r.rebuild()
	case tui.AssessedMsg:
		r.rebuild()
	case tea.KeyMsg:
		before := r.menu.Cursor
		if r.menu.Update(msg, r.keys.NavKeys, r.listH) {
			r.moved(before)
			return r, nil
		}
		if key.Matches(msg, r.keys.Open) {
			return r, r.openStep()
		}
	case tea.MouseMsg:
		return r, r.mouse(msg)
	}
	return r, nil
}

// moved shows the newly selected step in the preview.
func (r *roadmap) moved(before int) {
	if r.menu.Cursor == before {
		return
	}
	r.preview.Invalidate()
	r.preview.Viewport.GotoTop()
	r.drawBelow()
}

func (r *roadmap) mouse(msg tea.MouseMsg) tea.Cmd {
	before := r.menu.Cursor
	onList := msg.X < r.listW && msg.Y >= r.listTop() && msg.Y < r.listTop()+r.listH
	switch {
	case msg.Action != tea.MouseActionPress:
	case msg.Button == tea.MouseButtonWheelUp && onList:
		r.menu.Cursor = max(0, r.menu.Cursor-1)
	case msg.Button == tea.MouseButtonWheelDown && onList:
		r.menu.Cursor = min(len(r.menu.Items)-1, r.menu.Cursor+1)
	case msg.Button == tea.MouseButtonLeft && onList:
		// A click selects a step; a click on the selected step opens it.
		if r.menu.Click(msg.Y-r.listTop()) && r.menu.Cursor == before {
			return r.openStep()
		}
	default:
		r.preview.Update(msg)
	}
	r.moved(before)
	return nil
}

func (r *roadmap) openStep() tea.Cmd {
	s := r.step()
	if s == nil {
		return nil
	}
	return tui.Navigate(tui.RouteStep, s.Number)
}

func (r *roadmap) View() string {
	st := r.Styles()
	listH := r.listH
	if len(r.menu.Items)*r.menu.RowHeight() > listH {
		listH-- // the menu adds a "3/11" line when it scrolls
	}
	list := r.menu.View(st, r.listW, listH)
	switch {
	case r.wide:
		sep := strings.TrimSuffix(strings.Repeat(st.Faint.Render("│")+"\n", r.listH), "\n")
		left := lipgloss.NewStyle().Width(r.listW).Render(list)
		list = lipgloss.JoinHorizontal(lipgloss.Top, left, " ", sep, " ", r.preview.View())
	case r.below != "":
		list += "\n\n" + r.below
	}
	return r.head + "\n\n" + list
}

// Keys are the roadmap's keys.
func (r *roadmap) Keys() help.KeyMap { return r.keys }

// keyMap is the roadmap's keys: the list of steps, and enter to open one.
type keyMap struct {
	tui.NavKeys
	Open key.Binding
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.Bindings(), {k.Open}} }

// buildPreview shows the selected step beside the list: its summary, the
// skills it builds and its checklist as it stands.
func (r *roadmap) buildPreview(width int) string {
	s := r.step()
	if s == nil {
		return ""
	}
	st := r.Styles()
	parts := []string{st.Title.Render(tui.Wrap(fmt.Sprintf("%d. %s", s.Number, tui.Clean(s.Title)), width))}
	if g := r.gaps[s.Number]; len(g) > 0 {
		parts[0] += "\n" + st.Accent.Render(tui.Wrap(gapLine(g), width))
	}
	parts = append(parts, st.Text.Render(tui.Wrap(tui.Clean(s.Summary), width)))
	if len(s.Skills) > 0 {
		parts = append(parts, stepSkills(r.Lib(), st, width, s.Skills))
	}
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Checklist · %d of %d done", roadDone(r.ticks, s), len(s.Actions))))
	for _, a := range s.Actions {
		box := st.Faint.Render("[ ]")
		if r.ticks[progress.TickKey(s.ID, a.ID)] {
			box = st.Good.Render("[x]")
		}
		b.WriteString("\n" + box + " " + strings.ReplaceAll(tui.Wrap(tui.Clean(a.Text), width-4), "\n", "\n    "))
	}
	parts = append(parts, b.String(), st.Faint.Render(tui.Wrap("Press enter to open the step and tick actions off.", width)))
	return strings.Join(parts, "\n\n")
}
