package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
)

// The roadmap lists the track's steps with the progress of each step's
// checklist; the step detail shows one step and lets the person tick its
// actions off. Ticks live in the store, keyed "stepID/actionID"; without a
// store they are kept in memory for the session.

// roadTicksMsg brings the ticked actions read off the store.
type roadTicksMsg struct {
	to    int
	ticks map[string]bool
	err   error
}

func (m roadTicksMsg) Target() int { return m.to }

// roadTickSavedMsg reports one tick written to the store.
type roadTickSavedMsg struct {
	to   int
	key  string
	done bool
	err  error
}

func (m roadTickSavedMsg) Target() int { return m.to }

// loadRoadTicks reads the ticks, for screen id (without a store, the ones
// kept in memory this session).
func loadRoadTicks(c *Context, id int) tea.Cmd {
	pr, track := c.Progress(), c.Lib().Track.ID
	return func() tea.Msg {
		t, err := pr.Ticks(track)
		return roadTicksMsg{to: id, ticks: t, err: err}
	}
}

// roadDone counts a step's ticked actions.
func roadDone(ticks map[string]bool, s *content.Step) int {
	n := 0
	for _, a := range s.Actions {
		if ticks[progress.TickKey(s.ID, a.ID)] {
			n++
		}
	}
	return n
}

// roadNoStoreNote is the one line that says ticks are not being saved.
func roadNoStoreNote(st *Styles, width int) string {
	return st.Warn.Render(Truncate("Progress isn't being saved this session: ticks last until you quit.", width))
}

// ---------------------------------------------------------------- roadmap

// roadmapWideAt is the body width from which the selected step's preview
// sits beside the list; below it, the preview goes under the list when
// there is room.
const roadmapWideAt = 130

type roadmap struct {
	Base
	open    key.Binding
	menu    Menu
	ticks   map[string]bool // shared with the step details it opens
	preview Doc             // the selected step, beside the list when wide

	// layout, recomputed on every change of size, ticks or cursor
	wide   bool
	listW  int
	listH  int
	head   string // title and overall progress
	below  string // narrow: the selected step under the list
	belowH int
}

func newRoadmap(c *Context) Screen {
	r := &roadmap{Base: NewBase(c), ticks: map[string]bool{},
		open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open step"))}
	r.preview = NewDoc(r.buildPreview)
	r.menu = NewMenu(nil, false)
	r.rebuild()
	return r
}

func (r *roadmap) Title() string { return "Roadmap" }

func (r *roadmap) Init() tea.Cmd { return loadRoadTicks(r.Context, r.id) }

// Refresh reloads the ticks when a step detail closes over the roadmap.
func (r *roadmap) Refresh() tea.Cmd {
	r.rebuild() // without a store, the step detail ticked our own map
	return loadRoadTicks(r.Context, r.id)
}

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

// rebuild makes the list items from the steps and the ticks.
func (r *roadmap) rebuild() {
	steps := r.Lib().Steps
	numW := len(fmt.Sprint(len(steps)))
	items := make([]Item, len(steps))
	for i := range steps {
		s := &steps[i]
		d := roadDone(r.ticks, s)
		badge := fmt.Sprintf("%d/%d", d, len(s.Actions))
		if d == len(s.Actions) && d > 0 {
			badge = "✓ " + badge
		}
		items[i] = Item{Title: fmt.Sprintf("%*d. %s", numW, s.Number, Clean(s.Title)), Badge: badge}
	}
	cursor := r.menu.Cursor
	r.menu = NewMenu(items, r.menu.TwoLine)
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
		goal = Clean(g.Title)
	}
	done, total, stepsDone := r.totals()
	pct := 0
	if total > 0 {
		pct = done * 100 / total
	}
	lines := []string{st.Title.Render(Truncate("The road to "+goal, r.Width))}
	progress := fmt.Sprintf("%d of %d actions done · %d of %d steps complete ", done, total, stepsDone, len(r.Lib().Steps))
	if lipgloss.Width(progress)+21 > r.Width {
		progress = fmt.Sprintf("%d of %d actions done ", done, total)
	}
	barW := max(3, min(16, r.Width-lipgloss.Width(progress)-5))
	lines = append(lines, st.Text.Render(Truncate(progress, r.Width-barW-5))+Bar(st, pct, barW)+st.Muted.Render(fmt.Sprintf(" %d%%", pct)))
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
	r.wide = r.Width >= roadmapWideAt
	// A line of summary under each step when all of them fit that way.
	r.menu.TwoLine = avail >= 2*n
	for i := range r.menu.Items {
		r.menu.Items[i].Desc = ""
		if r.menu.TwoLine {
			r.menu.Items[i].Desc = Clean(r.Lib().Steps[i].Summary)
		}
	}
	r.listW, r.listH, r.belowH = r.Width, avail, 0
	if r.wide {
		r.listW = min(90, r.Width*11/20)
		r.preview.SetSize(min(100, r.Width-r.listW-3), avail)
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
	if !r.menu.TwoLine {
		lines = append(lines, strings.Split(st.Text.Render(Wrap(Clean(s.Summary), r.Width)), "\n")...)
	}
	for _, a := range s.Actions {
		box := st.Faint.Render("[ ]")
		if r.ticks[progress.TickKey(s.ID, a.ID)] {
			box = st.Good.Render("[x]")
		}
		lines = append(lines, box+" "+st.Muted.Render(Truncate(Clean(a.Text), r.Width-4)))
	}
	if len(s.Skills) > 0 {
		names := make([]string, len(s.Skills))
		for i, id := range s.Skills {
			names[i] = Clean(r.Lib().SkillName(id))
		}
		lines = append(lines, st.Faint.Render(Truncate("Builds: "+strings.Join(names, " · "), r.Width)))
	}
	r.below = strings.Join(lines[:min(len(lines), r.belowH)], "\n")
}

func (r *roadmap) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case roadTicksMsg:
		if msg.err != nil {
			return r, r.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		// Refill in place: a step detail opened from here may share the map.
		clear(r.ticks)
		for k, v := range msg.ticks {
			r.ticks[k] = v
		}
		r.rebuild()
	case tea.KeyMsg:
		before := r.menu.Cursor
		if r.menu.Update(msg, r.listH) {
			r.moved(before)
			return r, nil
		}
		if key.Matches(msg, r.open) {
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
	return Navigate(RouteStep, s.Number)
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

func (r *roadmap) Keys() help.KeyMap {
	nav := NewNavKeys()
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose step"))
	return KeyMap{
		Short: []key.Binding{choose, r.open},
		Full:  [][]key.Binding{{nav.Up, nav.Down, nav.PageUp, nav.PageDown, nav.Top, nav.Bottom}, {r.open}},
	}
}

// buildPreview shows the selected step beside the list: its summary, the
// skills it builds and its checklist as it stands.
func (r *roadmap) buildPreview(width int) string {
	s := r.step()
	if s == nil {
		return ""
	}
	st := r.Styles()
	parts := []string{
		st.Title.Render(Wrap(fmt.Sprintf("%d. %s", s.Number, Clean(s.Title)), width)),
		st.Text.Render(Wrap(Clean(s.Summary), width)),
	}
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
		b.WriteString("\n" + box + " " + strings.ReplaceAll(Wrap(Clean(a.Text), width-4), "\n", "\n    "))
	}
	parts = append(parts, b.String(), st.Faint.Render(Wrap("Press enter to open the step and tick actions off.", width)))
	return strings.Join(parts, "\n\n")
}

// ------------------------------------------------------------ step detail

// stepWideAt is the body width from which the checklist and the prose sit
// side by side.
const stepWideAt = 110

type stepKeys struct {
	NavKeys
	Toggle, Focus key.Binding
}

func newStepKeys() stepKeys {
	return stepKeys{
		NavKeys: NavKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
			Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
			PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "text up")),
			PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn", "text down")),
		},
		Toggle: key.NewBinding(key.WithKeys(" ", "x", "enter"), key.WithHelp("space/x", "tick")),
		Focus:  key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "read the text")),
	}
}

// stepDetail shows one step: its text, the skills it builds and its
// actions as a checklist to tick. It works on its own (results opens the
// step that closes a gap) or from the roadmap, whose ticks it then shares.
type stepDetail struct {
	Base
	keys       stepKeys
	number     int
	step       *content.Step // nil when the track has no such step
	ticks      map[string]bool
	cursor     int
	proseFocus bool
	prose      Doc

	// layout
	wide    bool
	head    string     // title and note, cached per width
	ckW     int        // width of the checklist
	ckH     int        // lines for the checklist items
	ckTop   int        // body line of the first checklist item
	ckOff   int        // first checklist line shown
	ckLines [][]string // each action's text wrapped at ckWrapW
	ckWrapW int
	ckView  string // the checklist items as drawn
}

func newStepDetail(c *Context, number int) Screen { return newStepDetailWith(c, number, nil) }

// newStepDetailWith opens a step; ticks, when given, is the roadmap's map,
// so ticks kept in memory (no store) show on the roadmap too.
func newStepDetailWith(c *Context, number int, ticks map[string]bool) *stepDetail {
	s := &stepDetail{Base: NewBase(c), keys: newStepKeys(), number: number, ticks: ticks}
	if s.ticks == nil {
		s.ticks = map[string]bool{}
	}
	if st, ok := c.Lib().Step(number); ok {
		s.step = st
	}
	s.prose = NewDoc(s.buildProse)
	return s
}

func (s *stepDetail) Title() string { return fmt.Sprintf("Step %d", s.number) }

func (s *stepDetail) Init() tea.Cmd {
	if s.step == nil {
		return nil
	}
	return loadRoadTicks(s.Context, s.id)
}

func (s *stepDetail) SetSize(w, h int) {
	s.Base.SetSize(w, h)
	s.layout()
}

func (s *stepDetail) layout() {
	if s.Width <= 0 || s.step == nil {
		return
	}
	st := s.Styles()
	head := []string{st.Title.Render(Wrap(fmt.Sprintf("%d. %s", s.step.Number, Clean(s.step.Title)), s.Width))}
	if !s.Progress().Open() {
		head = append(head, roadNoStoreNote(st, s.Width))
	}
	s.head = strings.Join(head, "\n")
	headH := lipgloss.Height(s.head) + 1 // and a blank line
	s.wide = s.Width >= stepWideAt
	if s.wide {
		s.ckW = min(80, (s.Width-3)/2)
		s.wrapActions()
		s.ckTop = headH + 1
		s.ckH = max(1, s.Height-s.ckTop)
		s.prose.SetSize(min(100, s.Width-s.ckW-3), max(1, s.Height-headH-1))
	} else {
		s.ckW = s.Width
		s.wrapActions()
		// Checklist header, items, a blank line, the text's header, the text.
		avail := max(2, s.Height-headH-3)
		need := 0
		for _, l := range s.ckLines {
			need += len(l)
		}
		s.ckH = max(1, min(need, avail-max(4, avail*2/5)))
		s.ckTop = headH + 1
		s.prose.SetSize(s.Width, max(1, avail-s.ckH))
	}
	s.drawChecklist()
}

// wrapActions wraps each action's text once per checklist width.
func (s *stepDetail) wrapActions() {
	if s.ckLines != nil && s.ckWrapW == s.ckW {
		return
	}
	s.ckWrapW = s.ckW
	s.ckLines = make([][]string, len(s.step.Actions))
	for i, a := range s.step.Actions {
		s.ckLines[i] = strings.Split(Wrap(Clean(a.Text), max(10, s.ckW-6)), "\n")
	}
}

// drawChecklist draws the visible checklist lines after a change of
// cursor, tick, focus or size, keeping the cursor's action in view.
func (s *stepDetail) drawChecklist() {
	st := s.Styles()
	if len(s.ckLines) == 0 {
		s.ckView = ""
		return
	}
	starts := make([]int, len(s.ckLines))
	total := 0
	for i, l := range s.ckLines {
		starts[i] = total
		total += len(l)
	}
	first, end := starts[s.cursor], starts[s.cursor]+len(s.ckLines[s.cursor])
	if end > s.ckOff+s.ckH {
		s.ckOff = end - s.ckH
	}
	if first < s.ckOff {
		s.ckOff = first
	}
	s.ckOff = max(0, min(s.ckOff, total-s.ckH))
	// Start the view on an action's first line, not half-way through one.
	for _, at := range starts {
		if at >= s.ckOff {
			if at <= first {
				s.ckOff = at
			}
			break
		}
	}

	lines := make([]string, 0, total)
	for i, wrapped := range s.ckLines {
		done := s.ticks[progress.TickKey(s.step.ID, s.step.Actions[i].ID)]
		sel := i == s.cursor
		marker, box := "  ", "[ ]"
		if sel {
			marker = "> "
		}
		if done {
			box = "[x]"
		}
		for j, text := range wrapped {
			prefix := marker + box + " "
			if j > 0 {
				prefix = "      "
			}
			switch {
			case sel && !s.proseFocus:
				plain := prefix + text
				lines = append(lines, st.Selected.Render(plain+strings.Repeat(" ", max(0, s.ckW-lipgloss.Width(plain)))))
			case j > 0 && done:
				lines = append(lines, prefix+st.Muted.Render(text))
			case j > 0:
				lines = append(lines, prefix+st.Text.Render(text))
			case done:
				lines = append(lines, marker+st.Good.Render(box)+" "+st.Muted.Render(text))
			default:
				lines = append(lines, marker+st.Accent.Render(box)+" "+st.Text.Render(text))
			}
		}
	}
	shown := lines[s.ckOff:min(total, s.ckOff+s.ckH)]
	for len(shown) < s.ckH {
		shown = append(shown, "") // keep the text below in place
	}
	s.ckView = strings.Join(shown, "\n")
}

func (s *stepDetail) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if s.step == nil {
		return s, nil
	}
	switch msg := msg.(type) {
	case roadTicksMsg:
		if msg.err != nil {
			return s, s.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		// Refill the map in place: it may be the roadmap's.
		clear(s.ticks)
		for k, v := range msg.ticks {
			s.ticks[k] = v
		}
		s.drawChecklist()
	case roadTickSavedMsg:
		if msg.err != nil {
			s.setTick(msg.key, !msg.done)
			s.drawChecklist()
			return s, s.StatusErr("Could not save that tick: " + msg.err.Error())
		}
	case tea.KeyMsg:
		return s, s.key(msg)
	case tea.MouseMsg:
		return s, s.mouse(msg)
	}
	return s, nil
}

func (s *stepDetail) key(msg tea.KeyMsg) tea.Cmd {
	k := s.keys
	k.Toggle.SetEnabled(!s.proseFocus)
	vp := &s.prose.Viewport
	n := len(s.step.Actions)
	switch {
	case key.Matches(msg, k.Focus):
		s.proseFocus = !s.proseFocus
	case key.Matches(msg, k.Toggle):
		return s.toggle()
	case k.Scroll(vp, msg, s.proseFocus):
	case key.Matches(msg, k.Up):
		s.cursor = max(0, s.cursor-1)
	case key.Matches(msg, k.Down):
		s.cursor = min(n-1, s.cursor+1)
	case key.Matches(msg, k.Top):
		s.cursor = 0
	case key.Matches(msg, k.Bottom):
		s.cursor = n - 1
	default:
		return nil
	}
	s.drawChecklist()
	return nil
}

func (s *stepDetail) setTick(k string, done bool) {
	if done {
		s.ticks[k] = true
	} else {
		delete(s.ticks, k) // the store leaves unticked actions out too
	}
}

// toggle ticks or unticks the action under the cursor at once, and saves
// it in a command; a failed save puts it back.
func (s *stepDetail) toggle() tea.Cmd {
	if len(s.step.Actions) == 0 {
		return nil
	}
	a := s.step.Actions[s.cursor]
	k := progress.TickKey(s.step.ID, a.ID)
	done := !s.ticks[k]
	s.setTick(k, done)
	s.drawChecklist()
	pr, track, stepID, at, id := s.Progress(), s.Lib().Track.ID, s.step.ID, s.Now(), s.id
	return func() tea.Msg {
		return roadTickSavedMsg{to: id, key: k, done: done, err: pr.SetTick(track, stepID, a.ID, done, at)}
	}
}

// actionAt maps a body point to the checklist action drawn there.
func (s *stepDetail) actionAt(x, y int) (int, bool) {
	if x < 0 || x >= s.ckW || y < s.ckTop || y >= s.ckTop+s.ckH {
		return 0, false
	}
	line := y - s.ckTop + s.ckOff
	for i, l := range s.ckLines {
		if line < len(l) {
			return i, true
		}
		line -= len(l)
	}
	return 0, false
}

// mouse: a click selects an action and a click on the selected one ticks
// it; the wheel moves through the checklist or scrolls the text under it.
func (s *stepDetail) mouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	i, onItem := s.actionAt(msg.X, msg.Y)
	onList := msg.X >= 0 && msg.X < s.ckW && msg.Y >= s.ckTop && msg.Y < s.ckTop+s.ckH
	switch {
	case msg.Button == tea.MouseButtonLeft && onItem:
		s.proseFocus = false
		if i == s.cursor {
			return s.toggle()
		}
		s.cursor = i
	case msg.Button == tea.MouseButtonWheelUp && onList:
		s.cursor = max(0, s.cursor-1)
	case msg.Button == tea.MouseButtonWheelDown && onList:
		s.cursor = min(len(s.step.Actions)-1, s.cursor+1)
	default:
		s.prose.Update(msg)
		return nil
	}
	s.drawChecklist()
	return nil
}

// stepPaneHeader is a pane's one-line heading: its name, marked "▸" when it
// has focus (by shape as well as style), a hint, and a right-hand note.
func stepPaneHeader(st *Styles, width int, focused bool, name, hint, right string) string {
	left := st.Section.Render(name)
	if focused {
		left = st.Selected.Render("▸ " + name)
	}
	if hint != "" {
		left += st.Faint.Render(" · " + hint)
	}
	left = Truncate(left, width-lipgloss.Width(right)-1)
	return left + strings.Repeat(" ", max(1, width-lipgloss.Width(left)-lipgloss.Width(right))) + right
}

func (s *stepDetail) View() string {
	st := s.Styles()
	if s.step == nil {
		return st.Warn.Render(Wrap(fmt.Sprintf("This track has no step %d.", s.number), s.Width))
	}
	done, n := roadDone(s.ticks, s.step), len(s.step.Actions)
	ckHint := fmt.Sprintf("%d of %d done", done, n)
	proseHint := "↑↓ to scroll"
	if s.proseFocus {
		ckHint += " · tab to tick"
	} else {
		proseHint = "tab or pgdn to scroll"
	}
	more := ""
	if s.ckH < len(s.ckLines) || s.ckOff > 0 || s.ckH < s.totalLines() {
		more = st.Faint.Render(fmt.Sprintf("%d/%d", s.cursor+1, n))
	}
	if s.wide {
		proseW := s.prose.Viewport.Width
		left := lipgloss.NewStyle().Width(s.ckW).Render(
			stepPaneHeader(st, s.ckW, !s.proseFocus, "Checklist", ckHint, more) + "\n" + s.ckView)
		right := stepPaneHeader(st, proseW, s.proseFocus, "About this step", proseHint, s.prose.ScrollHint(st)) +
			"\n" + s.prose.View()
		h := max(lipgloss.Height(left), lipgloss.Height(right))
		sep := strings.TrimSuffix(strings.Repeat(st.Faint.Render("│")+"\n", h), "\n")
		return s.head + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Top, left, " ", sep, " ", right)
	}
	return s.head + "\n\n" +
		stepPaneHeader(st, s.Width, !s.proseFocus, "Checklist", ckHint, more) + "\n" + s.ckView + "\n\n" +
		stepPaneHeader(st, s.Width, s.proseFocus, "About this step", proseHint, s.prose.ScrollHint(st)) + "\n" + s.prose.View()
}

func (s *stepDetail) totalLines() int {
	n := 0
	for _, l := range s.ckLines {
		n += len(l)
	}
	return n
}

func (s *stepDetail) Keys() help.KeyMap {
	if s.step == nil {
		return KeyMap{}
	}
	k := s.keys
	// Short help names fewer words, to fit 80 columns with the global keys.
	nav := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "action"))
	tick := key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp("space", "tick"))
	tab := key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "text"))
	scroll := key.NewBinding(key.WithKeys("pgdown", "pgup"), key.WithHelp("pgdn", "scroll"))
	toggle, focus := k.Toggle, k.Focus
	up, down, top, bottom := k.Up, k.Down, k.Top, k.Bottom
	if s.proseFocus {
		nav.SetHelp("↑↓", "scroll")
		tick.SetEnabled(false)
		tab.SetHelp("tab", "checklist")
		toggle.SetEnabled(false)
		focus.SetHelp("tab", "back to the checklist")
		up.SetHelp("↑/k", "scroll up")
		down.SetHelp("↓/j", "scroll down")
		top.SetHelp("g", "top of text")
		bottom.SetHelp("G", "end of text")
	}
	return KeyMap{
		Short: []key.Binding{nav, tick, tab, scroll},
		Full:  [][]key.Binding{{up, down, top, bottom}, {toggle, focus, k.PageDown, k.PageUp}},
	}
}

// buildProse is the step's text: summary, the skills it builds, the
// detail, and the requirements it helps meet. Rendered once per width.
func (s *stepDetail) buildProse(width int) string {
	st := s.Styles()
	lib := s.Lib()
	parts := []string{st.Text.Render(Wrap(Clean(s.step.Summary), width))}
	if len(s.step.Skills) > 0 {
		parts = append(parts, stepSkills(lib, st, width, s.step.Skills))
	}
	parts = append(parts, Section(st, width, "", s.step.Detail))
	if meets := stepMeets(lib, s.step.Number); meets != "" {
		parts = append(parts, st.Section.Render("Requirements it helps you meet")+"\n"+Bullets(st, width, "•", strings.Split(meets, "\n")))
	}
	return strings.Join(parts, "\n\n")
}

// stepSkills names the skills a step builds.
func stepSkills(lib *content.Library, st *Styles, width int, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = Clean(lib.SkillName(id))
	}
	return st.Section.Render("Skills it builds") + "\n" + Wrap(strings.Join(names, " · "), width)
}

// stepMeets lists, one a line, the requirements a step helps close, each
// with the rungs that ask for it: "A bachelor's degree (rungs 1, 2, 3, 4)".
func stepMeets(lib *content.Library, number int) string {
	var labels []string
	rungs := map[string][]string{}
	for _, q := range lib.Requirements {
		if !slices.Contains(q.Steps, number) {
			continue
		}
		label := Clean(q.Label)
		if _, seen := rungs[label]; !seen {
			labels = append(labels, label)
		}
		if r, ok := lib.Role(q.Role); ok {
			rungs[label] = append(rungs[label], fmt.Sprint(r.Rung))
		}
	}
	lines := make([]string, len(labels))
	for i, l := range labels {
		word := "rung"
		if len(rungs[l]) > 1 {
			word = "rungs"
		}
		lines[i] = fmt.Sprintf("%s (%s %s)", l, word, strings.Join(rungs[l], ", "))
	}
	return strings.Join(lines, "\n")
}
