package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/report"
)

type resultsKeys struct {
	Up, Down, Open, Tab, Save, PrevRung, NextRung key.Binding
}

// planSavedMsg reports where the Markdown plan was written.
type planSavedMsg struct {
	to   int
	path string
	err  error
}

func (m planSavedMsg) target() int { return m.to }

// results shows a placement as report.Build says it (the same words as the
// text report and the saved plan): the ladder with the rung held, readiness,
// the requirements of a rung on the road with their reasons, and the road.
// Every rung on the road can be opened to its requirements (←→), and each
// requirement opens the step that closes it.
type results struct {
	base
	p     assess.Placement
	sec   report.Sections
	keys  resultsKeys
	menu  menu
	rung  int // which rung of the road the list shows: 0 is the next rung
	road  doc
	focus int // 0: requirements, 1: the road (narrow layouts show one at a time)
}

func newResults(c *ctx, p assess.Placement) Screen {
	r := &results{base: newBase(c), p: p, sec: report.Build(c.lib, p)}
	r.keys = resultsKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑↓", "choose")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open its step")),
		Tab:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "road ahead")),
		Save:     key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "save plan")),
		PrevRung: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←→", "other rungs")),
		NextRung: key.NewBinding(key.WithKeys("right", "l")),
	}
	// Ready for the next rung already: open on the first rung with something
	// to work on.
	start := 0
	if f := r.sec.Further; f != nil {
		for i, st := range p.Road {
			if st.Role == f.Role {
				start = i
			}
		}
	}
	r.showRung(start)
	r.road = newDoc(r.renderRoad)
	return r
}

// showRung lists the requirements of road rung i, the cursor on its most
// important gap.
func (r *results) showRung(i int) {
	r.rung = i
	checks := r.rungChecks()
	var items []item
	for _, ch := range checks {
		mark := "[x]"
		switch {
		case !ch.Answered:
			mark = "[?]"
		case !ch.Met:
			mark = "[ ]"
		}
		items = append(items, item{title: mark + " " + ch.Label, desc: ch.Reason, badge: report.KindWords(ch.Kind), dim: ch.Met || !ch.Answered})
	}
	r.menu = newMenu(items, true)
	r.menu.wrapDesc = true // a reason is the point: wrap it rather than cut it
	gaps := r.rungGaps()
	if len(gaps) > 0 {
		for j, ch := range checks {
			if ch.ID == gaps[0].ID {
				r.menu.cursor = j
			}
		}
	}
	if r.road.build != nil {
		r.road.invalidate()
	}
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

func (r *results) wide() bool { return r.w >= 110 }

func (r *results) SetSize(w, h int) {
	r.base.SetSize(w, h)
	top := lipgloss.Height(r.summary())
	if r.wide() {
		r.road.setSize(r.w/2-2, h-top-1)
	} else {
		r.road.setSize(w, h-top-2)
	}
}

func (r *results) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		if msg.err != nil {
			return r, statusErr("Your assessment was not saved: " + msg.err.Error())
		}
		return r, status("Saved your assessment. It shows on home and the ladder.")
	case planSavedMsg:
		if msg.err != nil {
			return r, statusErr("Could not save the plan: " + msg.err.Error())
		}
		return r, status("Saved your development plan to " + msg.path)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, r.keys.Save):
			return r, r.savePlan()
		case key.Matches(msg, r.keys.Tab):
			r.focus = 1 - r.focus
			return r, nil
		case key.Matches(msg, r.keys.PrevRung) && r.rung > 0:
			r.showRung(r.rung - 1)
			return r, nil
		case key.Matches(msg, r.keys.NextRung) && r.rung+1 < len(r.p.Road):
			r.showRung(r.rung + 1)
			return r, nil
		}
		if r.focus == 1 {
			return r, r.road.update(msg)
		}
		if r.menu.update(msg, r.menuHeight()) {
			return r, nil
		}
		if key.Matches(msg, r.keys.Open) {
			return r, r.openStep()
		}
	case tea.MouseMsg:
		return r, r.road.update(msg)
	}
	return r, nil
}

func (r *results) openStep() tea.Cmd {
	checks := r.rungChecks()
	if r.menu.cursor >= len(checks) {
		return nil
	}
	ch := checks[r.menu.cursor]
	steps := ch.Steps
	if len(ch.First) > 0 && len(ch.First[0].Steps) > 0 && !ch.Met {
		steps = ch.First[0].Steps // what comes first opens first
	}
	if len(steps) == 0 {
		return nil
	}
	return push(newStepDetail(r.c, steps[0]))
}

// savePlan writes the Markdown development plan next to the person's data,
// never over an existing file.
func (r *results) savePlan() tea.Cmd {
	c, id := r.c, r.id
	now := c.now()
	text := report.Plan(c.lib, r.p, "", now)
	dir := c.outDir
	return func() tea.Msg {
		path, err := writeNew(dir, "development-plan-"+now.Format("2006-01-02"), ".md", []byte(text))
		return planSavedMsg{to: id, path: path, err: err}
	}
}

// writeNew writes data to dir/base+ext, or base-2, base-3... so it never
// overwrites a file the person already has.
func writeNew(dir, base, ext string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for i := 1; i < 1000; i++ {
		name := base + ext
		if i > 1 {
			name = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return "", err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return "", err
		}
		return path, f.Close()
	}
	return "", fmt.Errorf("too many files named %s in %s", base, dir)
}

// summary is the ladder with the markers, the rung held and how rung
// knows, readiness and qualification.
func (r *results) summary() string {
	st := r.st()
	var lines []string
	titleW := 0
	for _, row := range r.sec.Ladder {
		titleW = max(titleW, lipgloss.Width(row.Title))
	}
	titleW = min(titleW, max(10, r.w-30))
	qualified := r.lib().RoleIndex(r.p.QualifiedFor)
	cur := r.lib().RoleIndex(r.p.Current)
	for _, row := range r.sec.Ladder {
		name := truncate(row.Title, titleW)
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
	lines = append(lines, st.Muted.Render(wrap(r.sec.Held, r.w)))
	if n := r.sec.Next; n != nil {
		label := fmt.Sprintf("Ready for %s: %d%% ", n.Title, n.Readiness)
		lines = append(lines, "", st.Bold.Render(label)+bar(st, n.Readiness, max(10, min(30, r.w-lipgloss.Width(label)))))
	} else {
		lines = append(lines, "", st.Bold.Render("You are at the top of the ladder."))
	}
	lines = append(lines, st.Muted.Render(truncate(r.sec.Qualified, r.w)))
	return strings.Join(lines, "\n")
}

// renderRoad is the right-hand (or second) page: the road to the top with
// how far each rung is, the steps that close the shown rung's gaps, pay,
// strengths and notes. Rendered once per width.
func (r *results) renderRoad(width int) string {
	st := r.st()
	lib := r.lib()
	var b strings.Builder
	if len(r.sec.Road) > 0 {
		b.WriteString(st.Section.Render("The road to "+r.sec.Goal) + "\n")
		for i, s := range r.sec.Road {
			line := fmt.Sprintf("%s: %d%% ready; %s", s.Title, s.Readiness, s.Status)
			if i == r.rung {
				b.WriteString(st.Bold.Render(wrap("▸ "+line, width)) + "\n")
				continue
			}
			b.WriteString(wrap("  "+line, width) + "\n")
		}
		b.WriteString(st.Faint.Render(wrap("Rough times from today's answers: each rung adds the time people usually spend on the one below it.", width)) + "\n\n")
	}
	if gaps := r.rungGaps(); len(gaps) > 0 {
		b.WriteString(st.Section.Render("Steps that close these gaps") + "\n")
		seen := map[int]bool{}
		for _, g := range gaps {
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
					b.WriteString(wrap(fmt.Sprintf("Step %d: %s", n, s.Title), width) + "\n")
				}
			}
		}
		b.WriteString("\n")
	}
	if len(r.sec.Pay) > 0 {
		b.WriteString(st.Section.Render("Pay") + "\n")
		for _, l := range r.sec.Pay {
			b.WriteString(wrap(l, width) + "\n")
		}
		b.WriteString(st.Muted.Render(wrap("The ladder shows every pay level.", width)) + "\n\n")
	}
	if len(r.sec.Strengths) > 0 {
		b.WriteString(st.Section.Render("Strengths") + "\n" + bullets(st, width, "•", r.sec.Strengths) + "\n\n")
	}
	for _, n := range r.sec.Notes {
		b.WriteString(st.Warn.Render(wrap("Note: "+n, width)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func roleTitle(r *results, id string) string {
	if role, ok := r.lib().Role(id); ok {
		return role.Title
	}
	return id
}

func (r *results) menuHeight() int {
	return max(2, r.h-lipgloss.Height(r.summary())-3)
}

func (r *results) View() string {
	st := r.st()
	top := r.summary()
	var left string
	if len(r.rungChecks()) > 0 {
		head := st.Section.Render(fmt.Sprintf("What %s asks for", roleTitle(r, r.rungRole())))
		if len(r.p.Road) > 1 {
			head += st.Faint.Render(fmt.Sprintf("  %d of %d on your road", r.rung+1, len(r.p.Road)))
		}
		left = head + "\n" + r.menu.view(st, r.listWidth(), r.menuHeight())
	}
	if r.wide() {
		right := r.road.view()
		return top + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(r.listWidth()+2).Render(left), right)
	}
	if r.focus == 1 || len(r.rungChecks()) == 0 {
		return top + "\n\n" + r.road.view()
	}
	return top + "\n\n" + left
}

func (r *results) listWidth() int {
	if r.wide() {
		return r.w/2 - 2
	}
	return r.w
}

func (r *results) Keys() keyMap {
	tab := r.keys.Tab
	if r.focus == 1 {
		tab.SetHelp("tab", "requirements")
	}
	has := len(r.rungChecks()) > 0
	tab.SetEnabled(!r.wide() && has)
	up, open, rungs := r.keys.Up, r.keys.Open, r.keys.PrevRung
	up.SetEnabled(r.focus == 0 && has)
	open.SetEnabled(r.focus == 0 && has)
	rungs.SetEnabled(len(r.p.Road) > 1)
	if r.focus == 1 {
		up = key.NewBinding(key.WithKeys("up"), key.WithHelp("↑↓/pgdn", "scroll"))
	}
	short := []key.Binding{up, open, rungs, tab, r.keys.Save}
	return keyMap{short: short, full: [][]key.Binding{short}}
}
