package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/stories"
)

type (
	// StoriesLoadedMsg carries the person's stories of the track, read for
	// screen To.
	StoriesLoadedMsg struct {
		To      int
		Stories []stories.Story
		Err     error
	}
	// StoryUsedMsg says whether a story's last use was recorded, for
	// screen To.
	StoryUsedMsg struct {
		To  int
		Err error
	}
)

// Target routes the stories to their screen.
func (m StoriesLoadedMsg) Target() int { return m.To }

// Target routes the result to its screen.
func (m StoryUsedMsg) Target() int { return m.To }

// LoadStories reads the track's stories for this screen, in a command.
func (b *Base) LoadStories() tea.Cmd {
	pr, track, id := b.Progress(), b.Lib().Track.ID, b.ID()
	return func() tea.Msg {
		list, err := pr.Stories(track)
		return StoriesLoadedMsg{To: id, Stories: list, Err: err}
	}
}

// MarkStoryUsed records, in a command, that a story was told now.
func (b *Base) MarkStoryUsed(s stories.Story) tea.Cmd {
	pr, track, id, at := b.Progress(), b.Lib().Track.ID, b.ID(), b.Now()
	return func() tea.Msg {
		return StoryUsedMsg{To: id, Err: pr.MarkStoryUsed(track, s.ID, at)}
	}
}

// StoryPick offers, while a STAR card is answered, the person's stories
// that show the card's skills, best first (stories.Suggest); Key picks one
// to tell, then the next, then none. After the answer, StoryUseText says
// whether it told the story's result and kept its numbers. Rehearsal and
// the mock interview share it.
type StoryPick struct {
	Key    key.Binding
	lib    *content.Library
	all    []stories.Story
	card   *content.Card
	star   bool
	sugg   []stories.Suggestion
	picked int // index into sugg; -1 for none
}

// NewStoryPick offers no story until the stories are Set and a card given.
func NewStoryPick(lib *content.Library) StoryPick {
	return StoryPick{lib: lib, picked: -1, Key: key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "pick a story"))}
}

// Set keeps the person's stories, and suggests them for the card shown.
func (p *StoryPick) Set(list []stories.Story) {
	p.all = list
	p.ForCard(p.card)
}

// ForCard suggests stories for a card (nil: none); nothing is picked yet.
// Only a card answered with a STAR story gets suggestions, as only its
// feedback reads the answer for one.
func (p *StoryPick) ForCard(card *content.Card) {
	p.card, p.sugg, p.picked = card, nil, -1
	p.star = card != nil && practice.IsStar(*card)
	if p.star {
		p.sugg = stories.Suggest(p.all, card.Skills)
	}
	p.syncKey()
}

// Offered reports whether there are stories to pick from.
func (p *StoryPick) Offered() bool { return len(p.sugg) > 0 }

// Next picks the next suggested story, and none after the last.
func (p *StoryPick) Next() {
	if len(p.sugg) == 0 {
		return
	}
	p.picked++
	if p.picked >= len(p.sugg) {
		p.picked = -1
	}
	p.syncKey()
}

// Picked is the story picked, if any.
func (p *StoryPick) Picked() (stories.Story, bool) {
	if p.picked < 0 || p.picked >= len(p.sugg) {
		return stories.Story{}, false
	}
	return p.sugg[p.picked].Story, true
}

// Told notes that the picked story was told at, so it is suggested later
// than the others next time, and returns it; false when none was picked.
func (p *StoryPick) Told(at time.Time) (stories.Story, bool) {
	s, ok := p.Picked()
	if !ok {
		return s, false
	}
	for i := range p.all {
		if p.all[i].ID == s.ID {
			p.all[i].LastUsed = at
		}
	}
	s.LastUsed = at
	return s, true
}

// syncKey words the key for what it does next, and offers it only when
// there is a story to pick.
func (p *StoryPick) syncKey() {
	p.Key.SetEnabled(len(p.sugg) > 0)
	switch {
	case p.picked < 0:
		p.Key.SetHelp("ctrl+o", "pick a story")
	case p.picked == len(p.sugg)-1:
		p.Key.SetHelp("ctrl+o", "no story")
	default:
		p.Key.SetHelp("ctrl+o", "next story")
	}
}

// View is the line or two shown under the question: the story picked and
// the result to end on, or how many stories suit the question, or which
// skills none of the person's stories shows yet; "" when there is nothing
// to say (not a STAR card, or no stories at all).
func (p *StoryPick) View(st *Styles, width int) string {
	if !p.star || len(p.all) == 0 {
		return ""
	}
	if s, ok := p.Picked(); ok {
		head := st.Accent.Render(fmt.Sprintf("Story %d of %d:", p.picked+1, len(p.sugg))) + " " +
			Clean(s.Title) + st.Muted.Render(fmt.Sprintf(" · strength %d", s.Strength))
		return Truncate(head, width) + "\n" + st.Muted.Render(Truncate("  End on its result: "+Clean(s.Result), width))
	}
	if len(p.sugg) == 0 {
		return st.Faint.Render(Truncate("None of your stories shows this question's skills yet: "+
			p.skillNames(), width))
	}
	return st.Muted.Render(Truncate(fmt.Sprintf("%s this question: %s to pick one", suitCount(len(p.sugg)),
		p.Key.Help().Key), width))
}

// Height is the lines View takes (0 for none).
func (p *StoryPick) Height(st *Styles, width int) int {
	v := p.View(st, width)
	if v == "" {
		return 0
	}
	return strings.Count(v, "\n") + 1
}

func suitCount(n int) string {
	if n == 1 {
		return "1 of your stories suits"
	}
	return fmt.Sprintf("%d of your stories suit", n)
}

func (p *StoryPick) skillNames() string {
	if p.card == nil {
		return ""
	}
	names := make([]string, len(p.card.Skills))
	for i, id := range p.card.Skills {
		names[i] = p.lib.SkillName(id)
	}
	return strings.Join(names, ", ")
}

// StoryUseText is the feedback on how an answer told the story picked for
// it: whether it reached the story's result, and which of the result's
// numbers it kept (stories.UsedIn), with the marks of the findings (+ good,
// ~ tip, ! fix).
func StoryUseText(st *Styles, s stories.Story, answer string, width int) string {
	u := stories.UsedIn(s, answer)
	var lines []string
	add := func(mark string, text string) {
		style := st.Good
		switch mark {
		case "~":
			style = st.Warn
		case "!":
			style = st.Bad
		}
		lines = append(lines, style.Render(mark)+" "+IndentWrap(text, width-2, 2))
	}
	switch {
	case u.Result && len(u.Missed) == 0 && len(u.Numbers) > 0:
		add("+", "You told its result, with its numbers ("+strings.Join(u.Numbers, ", ")+").")
	case u.Result && len(u.Missed) > 0:
		add("~", "You told its result but left out its numbers: "+strings.Join(u.Missed, ", ")+". A panel remembers the figure.")
	case u.Result:
		add("+", "You told its result.")
	case len(u.Numbers) > 0:
		add("~", "You kept some of its numbers ("+strings.Join(u.Numbers, ", ")+") but not its result: end on “"+Clean(s.Result)+"”")
	default:
		add("!", "You did not tell its result: end on “"+Clean(s.Result)+"”")
	}
	if !s.Measurable() {
		add("~", "Its result has no number in it: panels want a measurable outcome. Add one to the story under My stories.")
	}
	return st.Section.Render(Truncate("Your story: "+Clean(s.Title), width)) + "\n" + strings.Join(lines, "\n")
}
