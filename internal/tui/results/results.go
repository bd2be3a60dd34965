// Package results is a placement on the ladder: the rungs with "you are
// here", readiness for the next, every requirement of it with its reason
// (each opens the step that closes it) and the road ahead.
package results

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

// resultsKeys move in the requirements (or scroll the road ahead, when it
// has the focus), open a requirement's step, switch between the two, and
// save the plan.
type resultsKeys struct {
	tui.NavKeys
	Open, Tab, Save key.Binding
}

func (k resultsKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Tab, k.Save, k.Up, k.Down}
}

func (k resultsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Open, k.Tab, k.Save}}
}

// planSavedMsg reports where the Markdown plan was written.
type planSavedMsg struct {
	to   int
	path string
	err  error
}

func (m planSavedMsg) Target() int { return m.to }

// results shows a placement: the ladder with "you are here", readiness, every
// requirement of the next rung with its reason, and the road ahead. Each
// requirement opens the step that closes it.
type results struct {
	tui.Base
	p     assess.Placement
	keys  resultsKeys
	menu  tui.Menu
	road  tui.Doc
	focus int // 0: requirements, 1: the road (narrow layouts show one at a time)
}

// New makes the results of a placement (tui.RouteResults); its argument is
// the placement, an assess.Placement.
func New(c *tui.Context, arg any) tui.Screen {
	p, _ := arg.(assess.Placement)
	r := &results{Base: tui.NewBase(c), p: p}
	r.keys = resultsKeys{NavKeys: tui.NewNavKeys(),
		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open its step")),
		Tab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "road ahead")),
		Save: key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "save plan")),
	}
	var items []tui.Item
	for _, ch := range p.Checks {
		mark := "[x]"
		if !ch.Met {
			mark = "[ ]"
		}
		items = append(items, tui.Item{Title: mark + " " + ch.Label, Desc: ch.Reason, Badge: ch.Kind, Dim: ch.Met})
	}
	r.menu = tui.NewMenu(items, true)
	r.menu.WrapDesc = true // a reason is the point: wrap it rather than cut it
	// Start on the most important gap.
	if len(p.Gaps) > 0 {
		for i, ch := range p.Checks {
			if ch.ID == p.Gaps[0].ID {
				r.menu.Cursor = i
			}
		}
	}
	r.road = tui.NewDoc(r.renderRoad)
	return r
}

func (r *results) Title() string { return "Results" }

func (r *results) wide() bool { return r.Width >= tui.ListBeside }

func (r *results) SetSize(w, h int) {
	r.Base.SetSize(w, h)
	top := lipgloss.Height(r.summary())
	if r.wide() {
		r.road.SetSize(r.Width/2-2, h-top-1)
	} else {
		r.road.SetSize(tui.Reading(w), h-top-2)
	}
}

func (r *results) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tui.AssessmentSavedMsg:
		if msg.Err != nil {
			return r, r.StatusErr("Your assessment was not saved: " + msg.Err.Error())
		}
		return r, r.Status("Saved your assessment. It shows on home and the ladder.")
	case planSavedMsg:
		if msg.err != nil {
			return r, r.StatusErr("Could not save the plan: " + msg.err.Error())
		}
		return r, r.Status("Saved your development plan to " + msg.path)
	case tea.KeyMsg:
		r.syncKeys()
		switch {
		case key.Matches(msg, r.keys.Save):
			return r, r.savePlan()
		case key.Matches(msg, r.keys.Tab):
			r.focus = 1 - r.focus
			return r, nil
		}
		if r.focus == 1 {
			r.keys.Scroll(&r.road, msg, true)
			return r, nil
		}
		if r.menu.Update(msg, r.keys.NavKeys, r.menuHeight()) {
			return r, nil
		}
		if key.Matches(msg, r.keys.Open) {
			return r, r.openStep()
		}
	case tea.MouseMsg:
		return r, r.road.Update(msg)
	}
	return r, nil
}

func (r *results) openStep() tea.Cmd {
	if len(r.p.Checks) == 0 {
		return nil
	}
	ch := r.p.Checks[r.menu.Cursor]
	if len(ch.Steps) == 0 {
		return nil
	}
	return tui.Navigate(tui.RouteStep, ch.Steps[0])
}

// savePlan writes the Markdown development plan next to the person's data,
// never over an existing file.
func (r *results) savePlan() tea.Cmd {
	pr, lib, p, now, id := r.Progress(), r.Lib(), r.p, r.Now(), r.ID()
	return func() tea.Msg {
		path, err := pr.SavePlan(lib, p, now)
		return planSavedMsg{to: id, path: path, err: err}
	}
}

// summary is the ladder with the markers, readiness and qualification.
func (r *results) summary() string {
	st := r.Styles()
	lib := r.Lib()
	var lines []string
	titleW := 0
	for _, role := range lib.Roles {
		titleW = max(titleW, lipgloss.Width(role.Title))
	}
	titleW = min(titleW, max(10, r.Width-30))
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		role := lib.Roles[i]
		name := tui.Truncate(role.Title, titleW)
		row := fmt.Sprintf("%d ├ %s", role.Rung, name+strings.Repeat(" ", titleW-lipgloss.Width(name)))
		switch role.ID {
		case r.p.Current:
			lines = append(lines, st.RungHere.Render(row+" ◀ you are here"))
		case r.p.Next:
			lines = append(lines, st.Accent.Render(row+fmt.Sprintf(" ◀ next · %d%% ready", r.p.Readiness)))
		default:
			lines = append(lines, st.Muted.Render(row))
		}
	}
	if r.p.Current == "" {
		lines = append(lines, st.Muted.Render("  You hold no rung yet."))
	}
	if next, ok := lib.Role(r.p.Next); ok {
		label := fmt.Sprintf("Ready for %s: %d%% ", next.Title, r.p.Readiness)
		lines = append(lines, "", st.Bold.Render(label)+tui.Bar(st, r.p.Readiness, max(10, min(30, r.Width-lipgloss.Width(label)))))
	} else {
		lines = append(lines, "", st.Bold.Render("You are at the top of the ladder."))
	}
	if q, ok := lib.Role(r.p.QualifiedFor); ok {
		lines = append(lines, st.Muted.Render(tui.Truncate("You meet every required rule up to "+q.Title+".", r.Width)))
	}
	return strings.Join(lines, "\n")
}

// renderRoad is the right-hand (or second) page: the road to the top, the
// salary band and any notes. Rendered once per width.
func (r *results) renderRoad(width int) string {
	st := r.Styles()
	lib := r.Lib()
	var b strings.Builder
	if len(r.p.Road) > 0 {
		b.WriteString(st.Section.Render("The road to "+roleTitle(r, lib.Track.Goal)) + "\n")
		for _, s := range r.p.Road {
			state := fmt.Sprintf("%d%% · %s · %s", s.Readiness, tui.Count(len(s.Gaps), "gap", "gaps"), report.Duration(s.Months))
			if len(s.Gaps) == 0 {
				state = "ready now"
			}
			b.WriteString(tui.Wrap(fmt.Sprintf("%s: %s", roleTitle(r, s.Role), state), width) + "\n")
		}
		b.WriteString(st.Faint.Render(tui.Wrap("Rough times, from today's answers; gaps close side by side.", width)) + "\n\n")
	}
	if len(r.p.Gaps) > 0 {
		b.WriteString(st.Section.Render("Steps that close your gaps") + "\n")
		seen := map[int]bool{}
		for _, g := range r.p.Gaps {
			for _, n := range g.Steps {
				if seen[n] {
					continue
				}
				seen[n] = true
				if s, ok := lib.Step(n); ok {
					b.WriteString(tui.Wrap(fmt.Sprintf("Step %d: %s", n, s.Title), width) + "\n")
				}
			}
		}
		b.WriteString("\n")
	}
	if s := r.p.Salary; s != nil {
		b.WriteString(st.Section.Render("Your salary level") + "\n")
		b.WriteString(tui.Wrap(fmt.Sprintf("%s: %s a %s.", s.Name, report.Money(s.Currency, s.Min, s.Max, s.OpenEnded), s.Period), width) + "\n")
		if s.Next != "" {
			next := tui.Clean(s.Next)
			if s.NextName != "" {
				next = "Next, " + s.NextName + ": " + next
			}
			b.WriteString(st.Muted.Render(tui.Wrap(next, width)) + "\n")
		}
		b.WriteString(st.Muted.Render(tui.Wrap("The ladder shows every level, yours marked.", width)) + "\n")
		b.WriteString("\n")
	}
	if len(r.p.Strengths) > 0 {
		b.WriteString(st.Section.Render("Strengths") + "\n" + tui.Bullets(st, width, "•", r.p.Strengths) + "\n\n")
	}
	for _, n := range r.p.Notes {
		b.WriteString(st.Warn.Render(tui.Wrap("Note: "+n, width)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func roleTitle(r *results, id string) string {
	if role, ok := r.Lib().Role(id); ok {
		return role.Title
	}
	return id
}

func (r *results) menuHeight() int {
	return max(2, r.Height-lipgloss.Height(r.summary())-3)
}

func (r *results) View() string {
	st := r.Styles()
	top := r.summary()
	var left string
	if len(r.p.Checks) > 0 {
		head := st.Section.Render(fmt.Sprintf("What %s asks for", roleTitle(r, r.p.Next)))
		left = head + "\n" + r.menu.View(st, r.listWidth(), r.menuHeight())
	}
	if r.wide() {
		right := r.road.View()
		return top + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(r.listWidth()+2).Render(left), right)
	}
	if r.focus == 1 || len(r.p.Checks) == 0 {
		return top + "\n\n" + r.road.View()
	}
	return top + "\n\n" + left
}

func (r *results) listWidth() int {
	if r.wide() {
		return r.Width/2 - 2
	}
	return r.Width
}

// Keys are the results' keys, worded for what has the focus.
func (r *results) Keys() help.KeyMap {
	r.syncKeys()
	return r.keys
}

// syncKeys words the keys for the requirements or, when it has the focus
// (narrow terminals show one at a time), the road ahead.
func (r *results) syncKeys() {
	k := &r.keys
	checks := len(r.p.Checks) > 0
	k.Tab.SetEnabled(!r.wide() && checks)
	if r.focus == 1 {
		k.NavKeys = tui.NewScrollKeys()
		k.NavKeys.SetEnabled(r.road.Scrolls())
		k.Tab.SetHelp("tab", "requirements")
		k.Open.SetEnabled(false)
		return
	}
	k.NavKeys = tui.NewNavKeys()
	k.NavKeys.SetEnabled(checks)
	k.Tab.SetHelp("tab", "road ahead")
	k.Open.SetEnabled(checks && len(r.p.Checks[r.menu.Cursor].Steps) > 0)
}
