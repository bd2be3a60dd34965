package guide

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

type (
	// negTicksMsg brings the ticks read off the store.
	negTicksMsg struct {
		to    int
		ticks map[string]bool
		err   error
	}
	// negTickSavedMsg reports one tick kept, or why not.
	negTickSavedMsg struct {
		to   int
		key  string
		done bool
		err  error
	}
)

func (m negTicksMsg) Target() int     { return m.to }
func (m negTickSavedMsg) Target() int { return m.to }

// negTodo is one of negotiation's to-dos: a strategy's tip.
type negTodo struct {
	step, action string // where its tick is kept
}

// negotiation is the negotiation section as a checklist: each strategy's
// to-dos, ticked as on a roadmap step (the same look and keys, kept per
// track), beside the advice and the example wording.
type negotiation struct {
	tui.Base
	page  tui.CheckPage
	todos []negTodo
	ticks map[string]bool
	head  string
}

func newNegotiation(c *tui.Context) tui.Screen {
	n := &negotiation{Base: tui.NewBase(c), ticks: map[string]bool{}}
	n.page = tui.NewCheckPage(nil, n.buildText, "To do", "The advice")
	n.items()
	return n
}

func (n *negotiation) Title() string { return gsNegotiation.String() }

func (n *negotiation) strategies() []content.GuideTopic {
	if n.Lib().Guide == nil {
		return nil
	}
	return n.Lib().Guide.Negotiation.Strategies
}

func (n *negotiation) Init() tea.Cmd {
	pr, track, id := n.Progress(), n.Lib().Track.ID, n.ID()
	return func() tea.Msg {
		t, err := pr.Ticks(track)
		return negTicksMsg{to: id, ticks: t, err: err}
	}
}

// items lists every strategy's to-dos, under the strategy's title.
func (n *negotiation) items() {
	var items []tui.CheckItem
	n.todos = n.todos[:0]
	for i := range n.strategies() {
		s := &n.strategies()[i]
		step := progress.GuideTickStep(s.ID)
		for j, id := range s.TipIDs() {
			it := tui.CheckItem{Text: s.Tips[j], On: n.ticks[progress.TickKey(step, id)]}
			if j == 0 {
				it.Head = s.Title
			}
			items = append(items, it)
			n.todos = append(n.todos, negTodo{step: step, action: id})
		}
	}
	n.page.List.SetItems(items)
}

func (n *negotiation) done() int {
	d := 0
	for _, t := range n.todos {
		if n.ticks[progress.TickKey(t.step, t.action)] {
			d++
		}
	}
	return d
}

func (n *negotiation) SetSize(w, h int) {
	n.Base.SetSize(w, h)
	st := n.Styles()
	lines := []string{st.Title.Render(gsNegotiation.String())}
	if !n.Progress().Open() {
		lines = append(lines, st.Warn.Render(tui.Truncate("Progress isn't being saved this session: ticks last until you quit.", w)))
	}
	n.head = strings.Join(lines, "\n")
	n.page.SetSize(w, max(1, h-lipgloss.Height(n.head)-1))
}

func (n *negotiation) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case negTicksMsg:
		if msg.err != nil {
			return n, n.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		n.ticks = map[string]bool{}
		for k, v := range msg.ticks {
			if v {
				n.ticks[k] = true
			}
		}
		n.items()
		n.page.PickUp()
	case negTickSavedMsg:
		if msg.err != nil {
			n.setTick(msg.key, !msg.done)
			return n, n.StatusErr("Could not save that tick: " + msg.err.Error())
		}
	case tea.KeyMsg:
		if toggle, _ := n.page.Key(msg); toggle {
			return n, n.toggle()
		}
	case tea.MouseMsg:
		msg.Y -= lipgloss.Height(n.head) + 1
		if n.page.Mouse(msg) {
			return n, n.toggle()
		}
	}
	return n, nil
}

func (n *negotiation) setTick(k string, done bool) {
	if done {
		n.ticks[k] = true
	} else {
		delete(n.ticks, k)
	}
	n.items()
}

// toggle ticks or unticks the to-do under the cursor at once, and keeps it
// in a command; a failed save puts it back.
func (n *negotiation) toggle() tea.Cmd {
	if len(n.todos) == 0 {
		return nil
	}
	t := n.todos[n.page.List.Cursor]
	k := progress.TickKey(t.step, t.action)
	done := !n.ticks[k]
	n.setTick(k, done)
	pr, track, at, id := n.Progress(), n.Lib().Track.ID, n.Now(), n.ID()
	return func() tea.Msg {
		return negTickSavedMsg{to: id, key: k, done: done, err: pr.SetTick(track, t.step, t.action, done, at)}
	}
}

// buildText is the advice: the summary, each strategy's body, and the
// example wording; the to-dos are in the checklist.
func (n *negotiation) buildText(width int) string {
	gd := n.Lib().Guide
	if gd == nil {
		return ""
	}
	st := n.Styles()
	parts := []string{guideProse(st, width, gd.Negotiation.Summary)}
	for _, s := range gd.Negotiation.Strategies {
		parts = append(parts, st.Section.Render(tui.Wrap(tui.Clean(s.Title), width))+"\n"+guideProse(st, width, s.Body))
	}
	parts = append(parts, st.Section.Render("Example wording")+"\n"+
		st.Muted.Render(tui.Wrap("A model to adapt: replace each {placeholder} with your own details.", width)),
		guideQuote(st, width, gd.Negotiation.Example))
	return strings.Join(parts, "\n\n")
}

func (n *negotiation) View() string {
	st := n.Styles()
	if n.Lib().Guide == nil {
		return st.Muted.Render("This track has no interview guide.")
	}
	return n.head + "\n\n" + n.page.View(st, fmt.Sprintf("%d of %d done", n.done(), len(n.todos)))
}

// Keys are the page's keys, worded for where the focus is.
func (n *negotiation) Keys() help.KeyMap {
	n.page.Sync(n.Lib().Guide != nil)
	return n.page.Keys
}
