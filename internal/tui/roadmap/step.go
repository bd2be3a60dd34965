package roadmap

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

// stepDetail shows one step: its text, the skills it builds and its
// actions as a checklist to tick. The roadmap and results open it.
type stepDetail struct {
	tui.Base
	number int
	step   *content.Step // nil when the track has no such step
	ticks  map[string]bool
	page   tui.CheckPage
	head   string // title and note, cached per width
}

// NewStep makes the screen of one step (tui.RouteStep); its argument is
// the step's number, an int.
func NewStep(c *tui.Context, arg any) tui.Screen {
	number, _ := arg.(int)
	s := &stepDetail{Base: tui.NewBase(c), number: number, ticks: map[string]bool{}}
	if st, ok := c.Lib().Step(number); ok {
		s.step = st
	}
	s.page = tui.NewCheckPage(nil, s.buildProse, "Checklist", "About this step")
	s.items()
	return s
}

func (s *stepDetail) Title() string { return fmt.Sprintf("Step %d", s.number) }

func (s *stepDetail) Init() tea.Cmd {
	if s.step == nil {
		return nil
	}
	return loadRoadTicks(s.Context, s.ID())
}

// items makes the checklist from the step's actions and the ticks.
func (s *stepDetail) items() {
	if s.step == nil {
		return
	}
	items := make([]tui.CheckItem, len(s.step.Actions))
	for i, a := range s.step.Actions {
		items[i] = tui.CheckItem{Text: a.Text, On: s.ticks[progress.TickKey(s.step.ID, a.ID)]}
	}
	s.page.List.SetItems(items)
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
	s.page.SetSize(s.Width, max(1, s.Height-lipgloss.Height(s.head)-1))
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
		s.items()
		s.page.PickUp()
	case roadTickSavedMsg:
		if msg.err != nil {
			s.setTick(msg.key, !msg.done)
			s.items()
			return s, s.StatusErr("Could not save that tick: " + msg.err.Error())
		}
	case tea.KeyMsg:
		if toggle, _ := s.page.Key(msg); toggle {
			return s, s.toggle()
		}
	case tea.MouseMsg:
		if s.page.Mouse(s.pageMouse(msg)) {
			return s, s.toggle()
		}
	}
	return s, nil
}

// pageMouse moves a mouse event from the screen's rows to the page's.
func (s *stepDetail) pageMouse(msg tea.MouseMsg) tea.MouseMsg {
	msg.Y -= lipgloss.Height(s.head) + 1
	return msg
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
	a := s.step.Actions[s.page.List.Cursor]
	k := progress.TickKey(s.step.ID, a.ID)
	done := !s.ticks[k]
	s.setTick(k, done)
	s.items()
	pr, track, stepID, at, id := s.Progress(), s.Lib().Track.ID, s.step.ID, s.Now(), s.ID()
	return func() tea.Msg {
		return roadTickSavedMsg{to: id, key: k, done: done, err: pr.SetTick(track, stepID, a.ID, done, at)}
	}
}

func (s *stepDetail) View() string {
	st := s.Styles()
	if s.step == nil {
		return st.Warn.Render(tui.Wrap(fmt.Sprintf("This track has no step %d.", s.number), s.Width))
	}
	hint := fmt.Sprintf("%d of %d done", roadDone(s.ticks, s.step), len(s.step.Actions))
	return s.head + "\n\n" + s.page.View(st, hint)
}

// Keys are the step's keys, worded for where the focus is.
func (s *stepDetail) Keys() help.KeyMap {
	s.page.Sync(s.step != nil)
	return s.page.Keys
}

// buildProse is the step's text: summary, the skills it builds, the
// detail, and the requirements it helps meet. Rendered once per width.
func (s *stepDetail) buildProse(width int) string {
	st := s.Styles()
	lib := s.Lib()
	parts := []string{st.Text.Render(tui.Wrap(tui.Clean(s.step.Summary), width))}
	if g := report.GapSteps(s.Latest())[s.step.Number]; len(g) > 0 {
		parts = append([]string{st.Accent.Render(tui.Wrap("Your self-assessment found a gap this step closes: "+
			strings.TrimPrefix(gapLine(g), "Closes your gap: ")+".", width))}, parts...)
	}
	if len(s.step.Skills) > 0 {
		parts = append(parts, stepSkills(lib, st, width, s.step.Skills))
	}
	parts = append(parts, tui.Section(st, width, "", s.step.Detail))
	if meets := stepMeets(lib, s.step.Number); meets != "" {
		parts = append(parts, st.Section.Render("Requirements it helps you meet")+"\n"+tui.Bullets(st, width, "•", strings.Split(meets, "\n")))
	}
	return strings.Join(parts, "\n\n")
}
