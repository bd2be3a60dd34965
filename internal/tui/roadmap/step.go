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
	"github.com/rung-career/rung/internal/tui"
)

// stepKeys move in the checklist and tick an action, scroll the step's
// text, and move the focus to the text (where the arrows scroll it) and
// back.
type stepKeys struct {
	tui.NavKeys
	Toggle, Focus key.Binding
}

func (k stepKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Toggle, k.Focus, k.PageDown, k.Up, k.Down}
}

func (k stepKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Toggle, k.Focus, k.PageDown, k.PageUp}}
}

func newStepKeys() stepKeys {
	return stepKeys{
		NavKeys: tui.NavKeys{
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
// actions as a checklist to tick. The roadmap and results open it.
type stepDetail struct {
	tui.Base
	keys       stepKeys
	number     int
	step       *content.Step // nil when the track has no such step
	ticks      map[string]bool
	cursor     int
	proseFocus bool
	prose      tui.Doc

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

// NewStep makes the screen of one step (tui.RouteStep); its argument is
// the step's number, an int.
func NewStep(c *tui.Context, arg any) tui.Screen {
	number, _ := arg.(int)
	s := &stepDetail{Base: tui.NewBase(c), keys: newStepKeys(), number: number, ticks: map[string]bool{}}
	if st, ok := c.Lib().Step(number); ok {
		s.step = st
	}
	s.prose = tui.NewDoc(s.buildProse)
	return s
}

func (s *stepDetail) Title() string { return fmt.Sprintf("Step %d", s.number) }

func (s *stepDetail) Init() tea.Cmd {
	if s.step == nil {
		return nil
	}
	return loadRoadTicks(s.Context, s.ID())
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
	head := []string{st.Title.Render(tui.Wrap(fmt.Sprintf("%d. %s", s.step.Number, tui.Clean(s.step.Title)), s.Width))}
	if !s.Progress().Open() {
		head = append(head, roadNoStoreNote(st, s.Width))
	}
	s.head = strings.Join(head, "\n")
	headH := lipgloss.Height(s.head) + 1 // and a blank line
	s.wide = s.Width >= tui.ListBeside
	if s.wide {
		s.ckW = tui.Columns(s.Width)
		s.wrapActions()
		s.ckTop = headH + 1
		s.ckH = max(1, s.Height-s.ckTop)
		s.prose.SetSize(min(tui.ReadWidth, s.Width-s.ckW-3), max(1, s.Height-headH-1))
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
		s.ckLines[i] = strings.Split(tui.Wrap(tui.Clean(a.Text), max(10, s.ckW-6)), "\n")
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

func (s *stepDetail) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	if s.step == nil {
		return s, nil
	}
	switch msg := msg.(type) {
	case roadTicksMsg:
		if msg.err != nil {
			return s, s.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		s.ticks = orEmpty(msg.ticks)
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
	s.syncKeys()
	k := s.keys
	n := len(s.step.Actions)
	switch {
	case key.Matches(msg, k.Focus):
		s.proseFocus = !s.proseFocus
	case key.Matches(msg, k.Toggle):
		return s.toggle()
	case k.Scroll(&s.prose, msg, s.proseFocus):
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
	pr, track, stepID, at, id := s.Progress(), s.Lib().Track.ID, s.step.ID, s.Now(), s.ID()
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
func stepPaneHeader(st *tui.Styles, width int, focused bool, name, hint, right string) string {
	left := st.Section.Render(name)
	if focused {
		left = st.Selected.Render("▸ " + name)
	}
	if hint != "" {
		left += st.Faint.Render(" · " + hint)
	}
	left = tui.Truncate(left, width-lipgloss.Width(right)-1)
	return left + strings.Repeat(" ", max(1, width-lipgloss.Width(left)-lipgloss.Width(right))) + right
}

func (s *stepDetail) View() string {
	st := s.Styles()
	if s.step == nil {
		return st.Warn.Render(tui.Wrap(fmt.Sprintf("This track has no step %d.", s.number), s.Width))
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

// Keys are the step's keys, worded for where the focus is.
func (s *stepDetail) Keys() help.KeyMap {
	s.syncKeys()
	return s.keys
}

// syncKeys words the keys for where the focus is: the checklist (space
// ticks) or the text (the arrows scroll it, and space pages it).
func (s *stepDetail) syncKeys() {
	k := &s.keys
	k.NavKeys.SetEnabled(s.step != nil)
	k.Focus.SetEnabled(s.step != nil)
	scrolls := s.prose.Scrolls()
	k.PageDown.SetEnabled(s.step != nil && scrolls)
	k.PageUp.SetEnabled(s.step != nil && scrolls)
	k.Toggle.SetEnabled(s.step != nil && !s.proseFocus && len(s.step.Actions) > 0)
	if s.proseFocus {
		k.PageDown.SetKeys("pgdown", "ctrl+d", " ")
		k.Up.SetHelp("↑/k", "scroll up")
		k.Down.SetHelp("↓/j", "scroll down")
		k.Top.SetHelp("g", "top of text")
		k.Bottom.SetHelp("G", "end of text")
		k.Focus.SetHelp("tab", "back to the checklist")
		return
	}
	k.PageDown.SetKeys("pgdown", "ctrl+d") // space ticks
	k.Up.SetHelp("↑/k", "up")
	k.Down.SetHelp("↓/j", "down")
	k.Top.SetHelp("g", "first")
	k.Bottom.SetHelp("G", "last")
	k.Focus.SetHelp("tab", "read the text")
}

// buildProse is the step's text: summary, the skills it builds, the
// detail, and the requirements it helps meet. Rendered once per width.
func (s *stepDetail) buildProse(width int) string {
	st := s.Styles()
	lib := s.Lib()
	parts := []string{st.Text.Render(tui.Wrap(tui.Clean(s.step.Summary), width))}
	if len(s.step.Skills) > 0 {
		parts = append(parts, stepSkills(lib, st, width, s.step.Skills))
	}
	parts = append(parts, tui.Section(st, width, "", s.step.Detail))
	if meets := stepMeets(lib, s.step.Number); meets != "" {
		parts = append(parts, st.Section.Render("Requirements it helps you meet")+"\n"+tui.Bullets(st, width, "•", strings.Split(meets, "\n")))
	}
	return strings.Join(parts, "\n\n")
}
