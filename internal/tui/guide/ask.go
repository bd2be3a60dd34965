package guide

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

type (
	// askStarsMsg brings the starred questions read off the store.
	askStarsMsg struct {
		to  int
		ids []string
		err error
	}
	// askStarSavedMsg reports one star kept, or why not.
	askStarSavedMsg struct {
		to  int
		id  string
		on  bool
		err error
	}
	// askListSavedMsg reports where the list to print was written.
	askListSavedMsg struct {
		to   int
		path string
		err  error
	}
)

func (m askStarsMsg) Target() int     { return m.to }
func (m askStarSavedMsg) Target() int { return m.to }
func (m askListSavedMsg) Target() int { return m.to }

// askKeys move through the questions, star one, and save the starred ones
// as a list to print.
type askKeys struct {
	tui.NavKeys
	Star, Save key.Binding
}

func (k askKeys) ShortHelp() []key.Binding { return []key.Binding{k.Star, k.Save, k.Up, k.Down} }

func (k askKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Star, k.Save}}
}

// askPage is the questions to ask the interviewer, by area, each with what
// its answer tells you: the person stars the ones to ask, and saves them as
// a Markdown list to print. Stars are kept per track.
type askPage struct {
	tui.Base
	keys    askKeys
	list    tui.Checklist
	ids     []string // each item's question id
	starred []string // in the order starred
	saved   string   // where the last list was written
	head    string   // cached per width
}

func newAskPage(c *tui.Context) tui.Screen {
	nav := tui.NewNavKeys()
	nav.PageDown.SetKeys("pgdown", "ctrl+d") // space stars
	a := &askPage{Base: tui.NewBase(c), keys: askKeys{NavKeys: nav,
		Star: key.NewBinding(key.WithKeys(" ", "s", "enter"), key.WithHelp("space/s", "star")),
		Save: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "save list to print")),
	}}
	a.list = tui.NewChecklist(nil, false)
	a.list.Boxes = [2]string{"☆", "★"}
	a.items()
	return a
}

func (a *askPage) Title() string { return gsAsk.String() }

func (a *askPage) Init() tea.Cmd {
	pr, track, id := a.Progress(), a.Lib().Track.ID, a.ID()
	return func() tea.Msg {
		ids, err := pr.Starred(track, progress.StarAsk)
		return askStarsMsg{to: id, ids: ids, err: err}
	}
}

func (a *askPage) isStarred(id string) bool {
	for _, s := range a.starred {
		if s == id {
			return true
		}
	}
	return false
}

// items lists the questions, an area's name and why it matters above its
// first.
func (a *askPage) items() {
	gd := a.Lib().Guide
	if gd == nil {
		return
	}
	var items []tui.CheckItem
	a.ids = a.ids[:0]
	for i := range gd.AskAreas {
		area := &gd.AskAreas[i]
		ids := area.QuestionIDs()
		for j, q := range area.Questions {
			it := tui.CheckItem{Text: q.Text, Note: "tells you: " + tui.Clean(q.Tells), On: a.isStarred(ids[j])}
			if j == 0 {
				it.Head, it.HeadNote = area.Name, area.Why
			}
			items = append(items, it)
			a.ids = append(a.ids, ids[j])
		}
	}
	a.list.SetItems(items)
}

// count is how many of the guide's questions are starred.
func (a *askPage) count() int {
	n := 0
	for _, id := range a.ids {
		if a.isStarred(id) {
			n++
		}
	}
	return n
}

func (a *askPage) SetSize(w, h int) {
	a.Base.SetSize(w, h)
	a.layout()
}

// layout puts the heading and the list, and under it where the list was
// saved (in full, wrapped), in the room there is.
func (a *askPage) layout() {
	if a.Width <= 0 {
		return
	}
	st := a.Styles()
	w := min(a.Width, tui.ReadWidth)
	n := a.count()
	right := st.Muted.Render(fmt.Sprintf("%d starred", n))
	title := st.Title.Render(gsAsk.String())
	lines := []string{title + strings.Repeat(" ", max(1, w-lipgloss.Width(title)-lipgloss.Width(right))) + right}
	intro := "Star the ones you want to ask; e saves them as a list to print and bring along."
	if a.Height >= 20 {
		intro = "Interviewers expect a few questions from you. Star the ones that matter to you; " +
			"e saves them as a list to print and bring along."
	}
	lines = append(lines, st.Muted.Render(tui.Wrap(intro, w)))
	if !a.Progress().Open() {
		lines = append(lines, st.Warn.Render(tui.Truncate("Progress isn't being saved: stars last until you quit.", w)))
	}
	a.head = strings.Join(lines, "\n")
	listH := max(1, a.Height-lipgloss.Height(a.head)-1-a.footHeight(w))
	// What each answer tells you under every question when all of it fits,
	// else under the selected one only, so more questions show.
	a.list.SelectedNote = a.list.AllLines(w) > listH
	a.list.SetSize(w, listH)
}

// foot is where the list was saved, in full.
func (a *askPage) foot(w int) string {
	if a.saved == "" {
		return ""
	}
	return a.Styles().Good.Render(tui.Wrap("Saved the list to "+tui.Clean(a.saved), w))
}

func (a *askPage) footHeight(w int) int {
	if f := a.foot(w); f != "" {
		return lipgloss.Height(f) + 1
	}
	return 0
}

func (a *askPage) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case askStarsMsg:
		if msg.err != nil {
			return a, a.StatusErr("Could not read your starred questions: " + msg.err.Error())
		}
		a.starred = msg.ids
		a.items()
		a.layout()
	case askStarSavedMsg:
		if msg.err != nil {
			a.setStar(msg.id, !msg.on)
			return a, a.StatusErr("Could not keep that star: " + msg.err.Error())
		}
	case askListSavedMsg:
		if msg.err != nil {
			return a, a.StatusErr("Could not save the list: " + msg.err.Error())
		}
		a.saved = msg.path
		a.layout()
	case tea.KeyMsg:
		return a, a.key(msg)
	case tea.MouseMsg:
		return a, a.mouse(msg)
	}
	return a, nil
}

func (a *askPage) key(msg tea.KeyMsg) tea.Cmd {
	a.syncKeys()
	switch {
	case key.Matches(msg, a.keys.Star):
		return a.star()
	case key.Matches(msg, a.keys.Save):
		return a.save()
	}
	a.list.Nav(msg, a.keys.NavKeys, true)
	return nil
}

// mouse: a click selects a question, a click on the selected one stars it;
// the wheel moves through them.
func (a *askPage) mouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		a.list.Move(-1)
	case tea.MouseButtonWheelDown:
		a.list.Move(1)
	case tea.MouseButtonLeft:
		i, ok := a.list.At(msg.Y - lipgloss.Height(a.head) - 1)
		if !ok {
			return nil
		}
		if i == a.list.Cursor {
			return a.star()
		}
		a.list.Cursor = i
	}
	return nil
}

// setStar stars or unstars a question in the list shown.
func (a *askPage) setStar(id string, on bool) {
	out := a.starred[:0:0]
	for _, s := range a.starred {
		if s != id {
			out = append(out, s)
		}
	}
	if on {
		out = append(out, id)
	}
	a.starred = out
	a.items()
	a.layout()
}

// star stars the selected question, or takes its star off, at once, and
// keeps it in a command; a failed save puts it back.
func (a *askPage) star() tea.Cmd {
	if len(a.ids) == 0 {
		return nil
	}
	qid := a.ids[a.list.Cursor]
	on := !a.isStarred(qid)
	a.setStar(qid, on)
	pr, track, at, id := a.Progress(), a.Lib().Track.ID, a.Now(), a.ID()
	return func() tea.Msg {
		return askStarSavedMsg{to: id, id: qid, on: on, err: pr.SetStarred(track, progress.StarAsk, qid, on, at)}
	}
}

// save writes the starred questions to a new Markdown file, in a command.
func (a *askPage) save() tea.Cmd {
	if a.count() == 0 {
		return a.StatusErr("Star a question or two first (space or s).")
	}
	pr, lib, at, id := a.Progress(), a.Lib(), a.Now(), a.ID()
	starred := append([]string(nil), a.starred...)
	return func() tea.Msg {
		path, err := pr.SaveAskList(lib, starred, at)
		return askListSavedMsg{to: id, path: path, err: err}
	}
}

func (a *askPage) View() string {
	st := a.Styles()
	if a.Lib().Guide == nil {
		return st.Muted.Render("This track has no interview guide.")
	}
	out := a.head + "\n\n" + a.list.View(st)
	if f := a.foot(min(a.Width, tui.ReadWidth)); f != "" {
		out += "\n\n" + f
	}
	return out
}

// Keys are the page's keys, as they stand.
func (a *askPage) Keys() help.KeyMap {
	a.syncKeys()
	return a.keys
}

// syncKeys offers saving once a question is starred, and the page keys
// when the list is longer than the screen.
func (a *askPage) syncKeys() {
	on := len(a.ids) > 0
	a.keys.NavKeys.SetEnabled(on)
	a.keys.PageUp.SetEnabled(on && a.list.Scrolls())
	a.keys.PageDown.SetEnabled(on && a.list.Scrolls())
	a.keys.Star.SetEnabled(on)
	a.keys.Save.SetEnabled(a.count() > 0)
}
