// Package home is the first screen: where the person stands, and a menu
// of everything else, with their progress beside each entry.
package home

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
	"github.com/rung-career/rung/internal/tui"
)

// homeSection is one entry of the home menu.
type homeSection int

const (
	secAssess homeSection = iota
	secResults
	secPractice
	secLadder
	secRoadmap
	secSkills
	secGuide
	secPerspective
	secReference
	secTrack
	secStories
)

// homeDataMsg carries the progress figures home shows, read off the store.
type homeDataMsg struct {
	to int
	progress.Overview
	err error
}

func (m homeDataMsg) Target() int { return m.to }

type model struct {
	tui.Base
	menu     tui.Menu
	sections []homeSection
	keys     keyMap
	data     homeDataMsg
	loaded   bool
}

// New makes the home screen (tui.RouteHome); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	h := &model{Base: tui.NewBase(c)}
	h.keys = newKeyMap()
	h.rebuild()
	return h
}

func (h *model) Title() string { return "Home" }

func (h *model) Init() tea.Cmd { return h.load() }

// Refresh re-reads progress when the person comes back to home.
func (h *model) Refresh() tea.Cmd { return h.load() }

func (h *model) load() tea.Cmd {
	pr, lib, now, id := h.Progress(), h.Lib(), h.Now(), h.ID()
	if !pr.Open() && pr.Err() == nil {
		return nil // the database is opening: home reads it once it is there
	}
	return func() tea.Msg {
		o, err := pr.ReadOverview(lib, now)
		return homeDataMsg{to: id, Overview: o, err: err}
	}
}

func (h *model) totalActions() int {
	n := 0
	for _, s := range h.Lib().Steps {
		n += len(s.Actions)
	}
	return n
}

// rebuild lays out the menu from what the track holds and what is known.
func (h *model) rebuild() {
	lib := h.Lib()
	cursor := h.menu.Cursor
	was := homeSection(-1)
	if cursor >= 0 && cursor < len(h.sections) {
		was = h.sections[cursor]
	}
	var items []tui.Item
	h.sections = nil
	add := func(s homeSection, it tui.Item) {
		h.sections = append(h.sections, s)
		items = append(items, it)
	}
	if lib.Questionnaire != nil {
		it := tui.Item{Title: "Self-assessment", Desc: "Find your rung, the next one, and what closes the gap"}
		add(secAssess, it)
	}
	if h.Latest() != nil {
		p := h.Latest()
		badge := "at the top"
		if p.Next != "" {
			badge = fmt.Sprintf("%d%% ready", p.Readiness)
		}
		add(secResults, tui.Item{Title: "My results", Desc: "Your placement, gaps, the steps to take, and your plan", Badge: badge})
	}
	if len(lib.Cards) > 0 {
		badge := fmt.Sprintf("%d cards", len(lib.Cards))
		if h.loaded && h.Progress().Open() {
			badge = fmt.Sprintf("%d due · %d new", h.data.Due, h.data.Fresh)
		}
		add(secPractice, tui.Item{Title: "Interview practice", Desc: "Flashcards, typed rehearsal with feedback, mock interviews", Badge: badge})
	}
	if len(lib.Skills) > 0 {
		add(secStories, h.storiesItem())
	}
	add(secLadder, tui.Item{Title: "The ladder", Desc: fmt.Sprintf("%d rungs from %s to %s", len(lib.Roles), lib.Roles[0].Title, lib.Roles[len(lib.Roles)-1].Title)})
	if len(lib.Steps) > 0 {
		badge := ""
		if h.loaded && h.Progress().Open() {
			badge = fmt.Sprintf("%d/%d done", h.data.Ticks, h.totalActions())
		}
		add(secRoadmap, tui.Item{Title: "Roadmap", Desc: fmt.Sprintf("The %d steps, each with a checklist", len(lib.Steps)), Badge: badge})
	}
	if len(lib.Skills) > 0 {
		add(secSkills, tui.Item{Title: "Skills", Desc: fmt.Sprintf("%d skills, what each level looks like", len(lib.Skills))})
	}
	if lib.Guide != nil {
		add(secGuide, tui.Item{Title: "Interview guide", Desc: "Prepare, questions to ask, thank-you note, negotiation"})
	}
	if lib.Perspective != nil {
		add(secPerspective, tui.Item{Title: "Leadership perspective", Desc: "Ideas on leading at the top, with reflection prompts"})
	}
	if len(lib.FAQ)+len(lib.Specializations)+len(lib.Responsibilities) > 0 {
		add(secReference, tui.Item{Title: "FAQ and reference", Desc: "Common questions, specializations, core duties"})
	}
	if h.CanSwitchTrack() {
		desc := "On " + tui.Clean(lib.Track.Name)
		if lib.Track.Country != "" && !strings.Contains(lib.Track.Name, lib.Track.Country) {
			desc += " (" + tui.Clean(lib.Track.Country) + ")"
		}
		add(secTrack, tui.Item{Title: "Switch track", Desc: desc + "; each track keeps its own progress"})
	}
	h.menu = tui.NewMenu(items, true)
	// The cursor stays on its section when one comes or goes above it (My
	// results appears once the saved placement is read).
	h.menu.Cursor = min(cursor, len(items)-1)
	for i, s := range h.sections {
		if s == was {
			h.menu.Cursor = i
		}
	}
}

func (h *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case homeDataMsg:
		h.data, h.loaded = msg, true
		if msg.err != nil {
			h.rebuild()
			return h, h.StatusErr("Could not read your progress: " + msg.err.Error())
		}
		if s := msg.Latest; s != nil && (h.Latest() == nil || s.At.After(h.LatestAt())) {
			p := assess.Evaluate(h.Lib(), s.Answers)
			h.rebuild()
			// The root keeps it, and every open screen hears of it (home
			// adds My results, Practice the next rung's deck, the ladder
			// marks the rung), whichever loaded first.
			at := s.At
			return h, func() tea.Msg { return tui.AssessedMsg{Placement: p, At: at} }
		}
		h.rebuild()
	case tui.AssessedMsg:
		h.rebuild()
	case tea.KeyMsg:
		if h.menu.Update(msg, h.keys.NavKeys, h.menuHeight()) {
			return h, nil
		}
		switch {
		case key.Matches(msg, h.keys.Open):
			return h, h.open()
		case key.Matches(msg, h.keys.Next):
			return h, h.goNext()
		}
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
			if h.menu.Click(msg.Y - h.menuTop()) {
				return h, h.open()
			}
		}
	}
	return h, nil
}

func (h *model) open() tea.Cmd {
	if len(h.sections) == 0 {
		return nil
	}
	switch h.sections[h.menu.Cursor] {
	case secAssess:
		return tui.Navigate(tui.RouteAssess, nil)
	case secResults:
		return tui.Navigate(tui.RouteResults, *h.Latest())
	case secPractice:
		return tui.Navigate(tui.RoutePractice, nil)
	case secLadder:
		return tui.Navigate(tui.RouteLadder, nil)
	case secRoadmap:
		return tui.Navigate(tui.RouteRoadmap, nil)
	case secSkills:
		return tui.Navigate(tui.RouteSkills, nil)
	case secGuide:
		return tui.Navigate(tui.RouteGuide, nil)
	case secPerspective:
		return tui.Navigate(tui.RoutePerspective, nil)
	case secReference:
		return tui.Navigate(tui.RouteReference, nil)
	case secTrack:
		return tui.Navigate(tui.RouteTracks, false)
	case secStories:
		return tui.Navigate(tui.RouteStories, nil)
	}
	return nil
}

func (h *model) intro() string {
	st := h.Styles()
	lib := h.Lib()
	var lines []string
	if p := h.Latest(); p != nil {
		// The full titles when the line has room, the short names otherwise.
		where, fits := h.whereLine(p, false)
		if !fits {
			where, _ = h.whereLine(p, true)
		}
		lines = append(lines, st.Text.Render(tui.Truncate(where, h.Width)))
	} else {
		lines = append(lines, st.Muted.Render(tui.Wrap(tui.Clean(lib.Track.Summary), h.Width)))
	}
	if n := h.next(); n.Kind != report.NextNone {
		lines = append(lines, st.Accent.Render(tui.Truncate("→ Next: "+tui.Clean(n.Text), h.Width)))
	}
	if err := h.Progress().Err(); err != nil {
		lines = append(lines, st.Warn.Render(tui.Wrap("Progress is not being saved this session: "+err.Error(), h.Width)))
	}
	return strings.Join(lines, "\n")
}

// next is the one thing to do next, from the latest placement, the
// roadmap's ticks and the cards due; nothing until progress is read.
func (h *model) next() report.NextAction {
	if !h.loaded {
		return report.NextAction{}
	}
	return report.Next(h.Lib(), h.Latest(), h.data.Done, h.data.Due)
}

// goNext opens what the next action points at.
func (h *model) goNext() tea.Cmd {
	switch n := h.next(); n.Kind {
	case report.NextStep:
		return tui.Navigate(tui.RouteStep, n.Step)
	case report.NextCards:
		return tui.Navigate(tui.RoutePractice, nil)
	case report.NextAssess:
		return tui.Navigate(tui.RouteAssess, nil)
	}
	return nil
}

// whereLine says where the latest assessment placed the person, with a
// readiness bar for the next rung, and whether it fits the width untruncated.
func (h *model) whereLine(p *assess.Placement, short bool) (string, bool) {
	lib := h.Lib()
	name := func(r *content.Role) string {
		if short {
			return r.ShortName()
		}
		return r.Title
	}
	where := "You hold no rung yet"
	if r, ok := lib.Role(p.Current); ok {
		where = "You are " + article(name(r)) + " " + name(r)
	}
	if r, ok := lib.Role(p.Next); ok {
		where += fmt.Sprintf(" · %d%% ready for %s ", p.Readiness, name(r))
		fits := lipgloss.Width(where)+12 <= h.Width
		return tui.Truncate(where, h.Width-12) + tui.Bar(h.Styles(), p.Readiness, 12), fits
	}
	where += " · at the top of the ladder"
	return where, lipgloss.Width(where) <= h.Width
}

// storiesItem is the entry of the person's STAR stories, with how many
// there are and how many skills none of them shows.
func (h *model) storiesItem() tui.Item {
	it := tui.Item{Title: "My stories", Desc: "Your STAR interview stories, and the skills they cover"}
	switch {
	case !h.loaded || !h.Progress().Open():
	case h.data.Stories == 0:
		it.Badge = "none yet"
	default:
		it.Badge = tui.Count(h.data.Stories, "story", "stories") + ", " + tui.Count(h.data.Uncovered, "skill", "skills") + " uncovered"
	}
	return it
}

// article is "a" or "an" before a title.
func article(title string) string {
	if title != "" && strings.ContainsRune("AEIOUaeiou", rune(title[0])) {
		return "an"
	}
	return "a"
}

func (h *model) menuTop() int { return lipgloss.Height(h.intro()) + 1 }

func (h *model) menuHeight() int { return max(2, h.Height-h.menuTop()) }

// SetSize keeps home to a reading width: its summary is text, and its
// menu's descriptions are sentences.
func (h *model) SetSize(w, ht int) { h.Base.SetSize(tui.Reading(w), ht) }

func (h *model) View() string {
	rows := h.menuHeight()
	if len(h.menu.Items)*h.menu.RowHeight() > rows {
		rows-- // the menu adds a "3/9" line when not every entry fits
	}
	return h.intro() + "\n\n" + h.menu.View(h.Styles(), h.Width, rows)
}

// Keys are the home menu's keys; n while there is a next action.
func (h *model) Keys() help.KeyMap {
	h.keys.Next.SetEnabled(h.next().Kind != report.NextNone)
	return h.keys
}

// keyMap is home's keys: a list to move in, enter to open an entry, and n
// to do the next action.
type keyMap struct {
	tui.NavKeys
	Open, Next key.Binding
}

func newKeyMap() keyMap {
	return keyMap{NavKeys: tui.NewNavKeys(),
		Open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
		Next: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next action"))}
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Next, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.Bindings(), {k.Open, k.Next}} }
