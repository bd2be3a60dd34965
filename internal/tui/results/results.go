// Package results is a placement as report.Build words it (the same words
// as the text report and the saved plan): the ladder with the rung held,
// readiness, the requirements of any rung on the road with their reasons
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
// has the focus), open a requirement's step, show another rung of the road,
// switch between the two panes, and save the plan.
type resultsKeys struct {
	tui.NavKeys
	Open, Tab, Save, PrevRung, NextRung key.Binding
}

func (k resultsKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.PrevRung, k.NextRung, k.Tab, k.Save, k.Up, k.Down}
}

func (k resultsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Open, k.PrevRung, k.NextRung, k.Tab, k.Save}}
}

// planSavedMsg reports where the Markdown plan was written.
type planSavedMsg struct {
	to   int
	path string
	err  error
}

func (m planSavedMsg) Target() int { return m.to }

// results shows a placement. Every rung on the road can be opened to its
// requirements (←→), and each requirement opens the step that closes it.
type results struct {
	tui.Base
	p     assess.Placement
	sec   report.Sections
	keys  resultsKeys
	menu  tui.Menu
	rung  int // which rung of the road the list shows: 0 is the next rung
	road  tui.Doc
	focus int // 0: requirements, 1: the road (narrow layouts show one at a time)
}

// New makes the results of a placement (tui.RouteResults); its argument is
// the placement, an assess.Placement.
func New(c *tui.Context, arg any) tui.Screen {
	p, _ := arg.(assess.Placement)
	r := &results{Base: tui.NewBase(c), p: p, sec: report.Build(c.Lib(), p)}
	r.keys = resultsKeys{NavKeys: tui.NewNavKeys(),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open its step")),
		Tab:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "road ahead")),
		Save:     key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "save plan")),
		PrevRung: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "rung below")),
		NextRung: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "rung above")),
	}
	r.road = tui.NewDoc(r.renderRoad)
	// Ready for the next rung already: open on the first rung with something
	// to work on.
	start := 0
	if f := r.sec.Further; f != nil {
		for i, s := range p.Road {
			if s.Role == f.Role {
				start = i
			}
		}
	}
	r.showRung(start)
	return r
}

// showRung lists the requirements of road rung i, the cursor on its most
// important gap.
func (r *results) showRung(i int) {
	r.rung = i
	checks := r.rungChecks()
	var items []tui.Item
	for _, ch := range checks {
		mark := "[x]"
		switch {
		case !ch.Answered:
			mark = "[?]"
		case !ch.Met:
			mark = "[ ]"
		}
		items = append(items, tui.Item{Title: mark + " " + ch.Label, Desc: ch.Reason,
			Badge: report.KindWords(ch.Kind), Dim: ch.Met || !ch.Answered})
	}
	r.menu = tui.NewMenu(items, true)
	r.menu.WrapDesc = true // a reason is the point: wrap it rather than cut it
	if gaps := r.rungGaps(); len(gaps) > 0 {
		for j, ch := range checks {
			if ch.ID == gaps[0].ID {
				r.menu.Cursor = j
			}
		}
	}
	r.road.Invalidate()
}

func (r *results) rungRole() string {
	if r.rung < len(r.p.Road) {
		return r.p.Road[r.rung].Role
	}
	return r.p.Next
}

func (r *results) rungChecks() []assess.Check {
	if r.rung == 0 {
		return r.p.Checks
	}
	return r.p.RungChecks[r.rungRole()]
}

func (r *results) rungGaps() []assess.Check {
	if r.rung == 0 || r.rung >= len(r.p.Road) {
		return r.p.Gaps
	}
	return r.p.Road[r.rung].Gaps
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
		return r, r.key(msg)
	case tea.MouseMsg:
		return r, r.road.Update(msg)
	}
	return r, nil
}

func (r *results) key(msg tea.KeyMsg) tea.Cmd {
	r.syncKeys()
	switch {
	case key.Matches(msg, r.keys.Save):
		return r.savePlan()
	case key.Matches(msg, r.keys.Tab):
		r.focus = 1 - r.focus
		return nil
	case key.Matches(msg, r.keys.PrevRung):
		r.showRung(r.rung - 1)
		return nil
	case key.Matches(msg, r.keys.NextRung):
		r.showRung(r.rung + 1)
		return nil
	}
	if r.focus == 1 {
		r.keys.Scroll(&r.road, msg, true)
		return nil
	}
	if r.menu.Update(msg, r.keys.NavKeys, r.menuHeight()) {
		return nil
	}
	if key.Matches(msg, r.keys.Open) {
		return r.openStep()
	}
	return nil
}

// stepToOpen is the step a requirement opens: what has to come first, when
// something does and the requirement is open, else its own first step.
func stepToOpen(ch assess.Check) (int, bool) {
	steps := ch.Steps
	if len(ch.First) > 0 && len(ch.First[0].Steps) > 0 && !ch.Met {
		steps = ch.First[0].Steps
	}
	if len(steps) == 0 {
		return 0, false
	}
	return steps[0], true
}

func (r *results) openStep() tea.Cmd {
	checks := r.rungChecks()
	if r.menu.Cursor >= len(checks) {
		return nil
	}
	if n, ok := stepToOpen(checks[r.menu.Cursor]); ok {
		return tui.Navigate(tui.RouteStep, n)
	}
	return nil
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

// summary is the ladder with the markers, the rung held and how rung
// knows, readiness and qualification. On a short terminal the ladder
// drawing goes (the words say the same) so the requirements keep room.
func (r *results) summary() string {
	full := r.summaryText(true)
	if r.Height > 0 && r.Height-lipgloss.Height(full)-3 < 4 {
		return r.summaryText(false)
	}
	return full
}

func (r *results) summaryText(ladder bool) string {
	st := r.Styles()
	lib := r.Lib()
	var lines []string
	titleW := 0
	for _, row := range r.sec.Ladder {
		titleW = max(titleW, lipgloss.Width(row.Title))
	}
	titleW = min(titleW, max(10, r.Width-30))
	qualified := lib.RoleIndex(r.p.QualifiedFor)
	cur := lib.RoleIndex(r.p.Current)
	for _, row := range r.sec.Ladder {
		if !ladder {
			break
		}
		name := tui.Truncate(row.Title, titleW)
		line := fmt.Sprintf("%d ├ %s", row.Rung, name+strings.Repeat(" ", titleW-lipgloss.Width(name)))
		switch {
		case row.Held:
			lines = append(lines, st.RungHere.Render(line+" ◀ you are here"))
		case row.Next:
			lines = append(lines, st.Accent.Render(line+fmt.Sprintf(" ◀ next · %d%% ready", r.p.Readiness)))
		case row.Rung-1 == qualified && qualified > cur+1:
			lines = append(lines, st.Good.Render(line+" ◀ you could apply now"))
		default:
			lines = append(lines, st.Muted.Render(line))
		}
	}
	lines = append(lines, st.Muted.Render(tui.Wrap(r.sec.Held, r.Width)))
	if n := r.sec.Next; n != nil {
		label := fmt.Sprintf("Ready for %s: %d%% ", n.Title, n.Readiness)
		lines = append(lines, "", st.Bold.Render(label)+tui.Bar(st, n.Readiness, max(10, min(30, r.Width-lipgloss.Width(label)))))
	} else {
		lines = append(lines, "", st.Bold.Render("You are at the top of the ladder."))
	}
	lines = append(lines, st.Muted.Render(tui.Truncate(r.sec.Qualified, r.Width)))
	return strings.Join(lines, "\n")
}

// renderRoad is the right-hand (or second) page: the road to the top with
// how far each rung is, the steps that close the shown rung's gaps, pay,
// strengths and notes. Rendered once per width.
func (r *results) renderRoad(width int) string {
	st := r.Styles()
	var b strings.Builder
	if len(r.sec.Road) > 0 {
		b.WriteString(st.Section.Render("The road to "+r.sec.Goal) + "\n")
		for i, s := range r.sec.Road {
			line := fmt.Sprintf("%s: %d%% ready; %s", s.Title, s.Readiness, s.Status)
			// A hanging indent, so each rung starts its own paragraph.
			text := tui.IndentWrap(line, width-2, 2)
			if i == r.rung {
				b.WriteString(st.Bold.Render("▸ "+text) + "\n")
				continue
			}
			b.WriteString("  " + text + "\n")
		}
		b.WriteString(st.Faint.Render(tui.Wrap("Rough times from today's answers: each rung adds the time people usually spend on the one below it.", width)) + "\n\n")
	}
	if steps := r.gapSteps(); len(steps) > 0 {
		b.WriteString(st.Section.Render("Steps that close these gaps") + "\n")
		for _, s := range steps {
			b.WriteString(tui.Wrap(s, width) + "\n")
		}
		b.WriteString("\n")
	}
	if len(r.sec.Pay) > 0 {
		b.WriteString(st.Section.Render("Pay") + "\n")
		for _, l := range r.sec.Pay {
			b.WriteString(tui.Wrap(l, width) + "\n")
		}
		b.WriteString(st.Muted.Render(tui.Wrap("The ladder shows every pay level.", width)) + "\n\n")
	}
	if len(r.sec.Strengths) > 0 {
		b.WriteString(st.Section.Render("Strengths") + "\n" + tui.Bullets(st, width, "•", r.sec.Strengths) + "\n\n")
	}
	for _, n := range r.sec.Notes {
		b.WriteString(st.Warn.Render(tui.Wrap("Note: "+n, width)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// gapSteps are "Step N: title" for the steps that close the shown rung's
// gaps, what comes first before the rest, each once.
func (r *results) gapSteps() []string {
	lib := r.Lib()
	var out []string
	seen := map[int]bool{}
	for _, g := range r.rungGaps() {
		steps := g.Steps
		for _, f := range g.First {
			steps = append(append([]int{}, f.Steps...), steps...)
		}
		for _, n := range steps {
			if seen[n] {
				continue
			}
			seen[n] = true
			if s, ok := lib.Step(n); ok {
				out = append(out, fmt.Sprintf("Step %d: %s", n, s.Title))
			}
		}
	}
	return out
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
	if len(r.rungChecks()) > 0 {
		title := fmt.Sprintf("What %s asks for", roleTitle(r, r.rungRole()))
		head := st.Section.Render(tui.Truncate(title, r.listWidth()))
		if of := fmt.Sprintf("  %d of %d on your road", r.rung+1, len(r.p.Road)); len(r.p.Road) > 1 &&
			lipgloss.Width(title+of) <= r.listWidth() {
			head += st.Faint.Render(of)
		}
		left = head + "\n" + r.menu.View(st, r.listWidth(), r.menuHeight())
	}
	if r.wide() {
		return top + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(r.listWidth()+2).Render(left), r.road.View())
	}
	if r.focus == 1 || len(r.rungChecks()) == 0 {
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
	checks := r.rungChecks()
	has := len(checks) > 0
	k.Tab.SetEnabled(!r.wide() && has)
	k.PrevRung.SetEnabled(r.rung > 0)
	k.NextRung.SetEnabled(r.rung+1 < len(r.p.Road))
	if r.focus == 1 {
		k.NavKeys = tui.NewScrollKeys()
		k.NavKeys.SetEnabled(r.road.Scrolls())
		k.Tab.SetHelp("tab", "requirements")
		k.Open.SetEnabled(false)
		return
	}
	k.NavKeys = tui.NewNavKeys()
	k.NavKeys.SetEnabled(has)
	k.Tab.SetHelp("tab", "road ahead")
	open := false
	if has && r.menu.Cursor < len(checks) {
		_, open = stepToOpen(checks[r.menu.Cursor])
	}
	k.Open.SetEnabled(open)
}
