// Package rehearse is typed rehearsal: answer a question by typing
// (optionally against a 2:00 countdown), submit it, see it beside the key
// points with feedback, and grade it.
package rehearse

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// Rehearse: type an answer to a question (optionally against a 2:00
// countdown), submit it, and see the red flags it raised first, then the
// answer beside the key points: which it made and with which of its words,
// the STAR parts, fillers, numbers, I against we, and every finding
// explained (the length verdict among them); then the card's "how to
// answer" and example answer to compare with. Grading 1-4 then records a
// review (mode "rehearse") and moves to the next question.

// rehearseLimit is the countdown of the optional timer.
const rehearseLimit = 2 * time.Minute

type rehearseLoadedMsg struct {
	to     int
	states practice.States
	err    error
}

func (m rehearseLoadedMsg) Target() int { return m.to }

type rehearseSavedMsg struct {
	to     int
	rating srs.Rating
	due    time.Duration
	err    error
}

func (m rehearseSavedMsg) Target() int { return m.to }

type rehearsePhase int

const (
	rehearseTyping rehearsePhase = iota
	rehearseFeedback
	rehearseDone
)

type rehearse struct {
	tui.Base
	ps     progress.Reviews
	deck   practice.Deck
	states practice.States
	order  []string
	pos    int
	card   *content.Card
	loaded bool
	err    error
	phase  rehearsePhase
	box    textarea.Model
	words  int
	spoken time.Duration
	// Time: shownAt is when the question appeared, timerFrom when the
	// countdown started; now is the clock at the last message (View reads
	// it, so it needs no clock of its own).
	shownAt, timerFrom, now time.Time
	timerOn                 bool
	tickGen                 int
	took                    time.Duration
	timerUsed               time.Duration // on the countdown at submit
	answer                  string
	fb                      practice.Feedback
	ivl                     [4]time.Duration
	doc                     tui.Doc
	keys                    rehearseKeys
	busy                    bool
	graded                  int
	// The card's state before a grade being saved, restored if it fails.
	undoBefore practice.State
	undoKnown  bool
	storyState // the stories that suit a STAR card (stories.go)
}

// New makes a rehearsal of a deck (tui.RouteRehearse); its argument is the
// deck, a practice.Deck.
func New(c *tui.Context, arg any) tui.Screen {
	d, _ := arg.(practice.Deck)
	ps := c.Progress().Reviews()
	r := &rehearse{Base: tui.NewBase(c), ps: ps, deck: d, states: practice.States{}, now: c.Now()}
	r.box = tui.NewAnswerBox(r.Styles(), "Type your answer as you would say it. ctrl+s when done.")
	r.keys = rehearseKeys{NavKeys: tui.NewScrollKeys(),
		submit:   key.NewBinding(key.WithKeys("ctrl+s", "ctrl+d"), key.WithHelp("ctrl+s", "submit")),
		timer:    key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "2:00 timer")),
		timerOff: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "2:00 timer")),
		stop:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop typing")),
		resume:   key.NewBinding(key.WithKeys("enter", "i"), key.WithHelp("enter", "type")),
		edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit answer")),
		next:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next question")),
		grades:   tui.NewGradeKeys(),
	}
	r.keys.PageDown.SetKeys("pgdown", "ctrl+d")
	r.doc = tui.NewDoc(r.feedbackText)
	r.pick = tui.NewStoryPick(c.Lib())
	r.syncKeys()
	return r
}

func (r *rehearse) Title() string { return "Rehearse" }

func (r *rehearse) Init() tea.Cmd {
	pr, id, track := r.Progress(), r.ID(), r.Lib().Track.ID
	return tea.Batch(func() tea.Msg {
		// With the person's flags: a suspended or buried card is not
		// rehearsed.
		ss, err := pr.States(track)
		return rehearseLoadedMsg{to: id, states: ss, err: err}
	}, r.LoadStories())
}

// Unsaved says the typed answer would be lost: rehearsal keeps no answer,
// only the grade given it.
func (r *rehearse) Unsaved() string {
	if r.phase == rehearseFeedback || (r.phase == rehearseTyping && strings.TrimSpace(r.box.Value()) != "") {
		return "the answer you typed"
	}
	return ""
}

// Capturing is true while the answer box has focus: every key is typing.
func (r *rehearse) Capturing() bool { return r.phase == rehearseTyping && r.box.Focused() }

func (r *rehearse) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	r.now = r.Now()
	switch msg := msg.(type) {
	case rehearseLoadedMsg:
		r.loaded, r.err = true, msg.err
		if msg.err != nil {
			return r, r.StatusErr("Could not read your cards: " + msg.err.Error())
		}
		r.states = msg.states
		r.order = practice.RehearseOrder(r.deck, r.states, r.now)
		return r, r.ask(0)
	case tui.TickMsg:
		if msg.Gen != r.tickGen || !r.timerOn || r.phase != rehearseTyping {
			return r, nil
		}
		return r, r.tick()
	case rehearseSavedMsg:
		r.busy = false
		if msg.err != nil {
			// Not saved: the card keeps the state it had.
			if r.undoKnown {
				r.states[r.card.ID] = r.undoBefore
			} else {
				delete(r.states, r.card.ID)
			}
			return r, r.StatusErr("Could not save that grade: " + msg.err.Error())
		}
		r.graded++
		cmd := r.ask(r.pos + 1)
		return r, tea.Batch(cmd, r.Status(fmt.Sprintf("Saved %s: that question comes back in %s.", msg.rating, srs.FormatInterval(msg.due))))
	case tui.StoriesLoadedMsg:
		return r, r.storiesLoaded(msg)
	case tui.StoryUsedMsg:
		return r, r.storyUsed(msg)
	case tea.KeyMsg:
		return r, r.key(msg)
	case tea.MouseMsg:
		if r.phase == rehearseFeedback {
			return r, r.doc.Update(msg)
		}
	}
	return r, nil
}

// ask shows question i of the order (or the end).
func (r *rehearse) ask(i int) tea.Cmd {
	r.pos = i
	r.card = nil
	r.phase = rehearseDone
	if i < len(r.order) {
		r.card, _ = r.Lib().Card(r.order[i])
	}
	r.pick.ForCard(r.card)
	r.toldStoryReset()
	r.box.Reset()
	r.words, r.spoken = 0, 0
	r.box.Blur()
	r.shownAt, r.timerFrom = r.now, r.now
	r.tickGen++
	var cmds []tea.Cmd
	if r.card != nil {
		r.phase = rehearseTyping
		cmds = append(cmds, r.box.Focus())
		if r.timerOn {
			cmds = append(cmds, r.tick())
		}
	}
	r.layout()
	r.syncKeys()
	return tea.Batch(cmds...)
}

func (r *rehearse) tick() tea.Cmd {
	to, gen := r.ID(), r.tickGen
	return r.Tick(time.Second, func(time.Time) tea.Msg { return tui.TickMsg{To: to, Gen: gen} })
}

func (r *rehearse) key(msg tea.KeyMsg) tea.Cmd {
	if !r.loaded || r.busy {
		return nil
	}
	r.syncKeys()
	switch r.phase {
	case rehearseTyping:
		return r.typingKey(msg)
	case rehearseFeedback:
		switch {
		case key.Matches(msg, r.keys.edit):
			r.phase = rehearseTyping
			cmd := r.box.Focus()
			r.syncKeys()
			r.layout()
			return cmd
		case key.Matches(msg, r.keys.next):
			return r.ask(r.pos + 1)
		}
		if rt, ok := r.keys.grades.Match(msg); ok {
			return r.grade(rt)
		}
		r.keys.Scroll(&r.doc, msg, true)
	}
	return nil
}

func (r *rehearse) typingKey(msg tea.KeyMsg) tea.Cmd {
	if r.storyKey(msg) {
		return nil
	}
	switch {
	case key.Matches(msg, r.keys.submit):
		return r.submit()
	case key.Matches(msg, r.keys.timer) || (!r.box.Focused() && key.Matches(msg, r.keys.timerOff)):
		r.timerOn = !r.timerOn
		r.timerFrom = r.now
		r.tickGen++
		r.syncKeys()
		if r.timerOn {
			return tea.Batch(r.tick(), r.Status("Timer on: two minutes, about what a panel expects for one answer."))
		}
		return r.Status("Timer off.")
	}
	if !r.box.Focused() {
		switch {
		case key.Matches(msg, r.keys.resume):
			cmd := r.box.Focus()
			r.syncKeys()
			return cmd
		case key.Matches(msg, r.keys.next):
			return r.ask(r.pos + 1)
		}
		return nil
	}
	if key.Matches(msg, r.keys.stop) {
		r.box.Blur()
		r.syncKeys()
		return nil
	}
	var cmd tea.Cmd
	r.box, cmd = r.box.Update(msg)
	live := practice.Analyze(*r.card, r.box.Value())
	r.words, r.spoken = live.Words, live.SpeakingTime
	return cmd
}

func (r *rehearse) submit() tea.Cmd {
	answer := r.box.Value()
	if strings.TrimSpace(answer) == "" {
		return r.StatusErr("Type an answer first: feedback needs something to read.")
	}
	r.answer = answer
	r.took = r.now.Sub(r.shownAt)
	r.timerUsed = r.now.Sub(r.timerFrom)
	r.fb = practice.Analyze(*r.card, answer)
	r.ivl = practice.Intervals(r.Scheduler(), r.states[r.card.ID], r.now)
	told := r.toldStory()
	r.phase = rehearseFeedback
	r.box.Blur()
	r.doc.Viewport.GotoTop()
	r.doc.Invalidate()
	r.layout()
	r.syncKeys()
	return told
}

func (r *rehearse) grade(rt srs.Rating) tea.Cmd {
	id := r.card.ID
	before, known := r.states[id]
	r.undoBefore, r.undoKnown = before, known
	after := practice.Grade(r.Scheduler(), before, rt, r.now)
	r.states[id] = after
	rev := progress.Review(r.Lib().Track.ID, id, rt, practice.ModeRehearse, r.now, r.took, before, after)
	r.busy = true
	ps, to, due := r.ps, r.ID(), after.Due.Sub(r.now)
	save := func() tea.Msg {
		_, err := ps.RecordReview(rev)
		return rehearseSavedMsg{to: to, rating: rt, due: due, err: err}
	}
	if note := tui.LeechNotice(before, after, r.card.Question); note != "" {
		return tea.Sequence(r.Status(note), save)
	}
	return save
}

func (r *rehearse) syncKeys() {
	typing := r.phase == rehearseTyping
	focused := typing && r.box.Focused()
	r.keys.submit.SetEnabled(typing)
	r.keys.timer.SetEnabled(focused)
	r.keys.timerOff.SetEnabled(typing && !focused)
	timer := "2:00 timer"
	if r.timerOn {
		timer = "timer off"
	}
	r.keys.timer.SetHelp("ctrl+t", timer)
	r.keys.timerOff.SetHelp("t", timer)
	r.keys.stop.SetEnabled(focused)
	r.keys.resume.SetEnabled(typing && !focused)
	r.keys.edit.SetEnabled(r.phase == rehearseFeedback)
	r.keys.next.SetEnabled(r.phase == rehearseFeedback || (typing && !focused))
	r.keys.grades.Enable(r.phase == rehearseFeedback)
	r.keys.NavKeys.SetEnabled(r.phase == rehearseFeedback && r.doc.Scrolls())
	r.syncStoryKey()
}

func (r *rehearse) SetSize(w, h int) {
	r.Base.SetSize(tui.PageWidth(w), h)
	r.layout()
}

// layout sizes the answer box or the feedback document to the room left.
func (r *rehearse) layout() {
	if r.Width == 0 {
		return
	}
	top := lipgloss.Height(r.header()) + 1 + lipgloss.Height(r.question()) + 1 + lipgloss.Height(r.storyBlock()) - 1
	switch r.phase {
	case rehearseTyping:
		r.box.SetWidth(max(10, min(tui.ReadWidth, r.Width)-4))
		r.box.SetHeight(max(3, min(tui.AnswerBoxMax, r.Height-top-2-1)))
	case rehearseFeedback:
		r.doc.SetSize(r.Width, max(3, r.Height-top-1-lipgloss.Height(r.footer())))
	}
}

func (r *rehearse) header() string {
	st := r.Styles()
	right := ""
	if r.loaded && len(r.order) > 0 {
		right = fmt.Sprintf("question %d of %d", min(r.pos+1, len(r.order)), len(r.order))
	}
	if r.phase == rehearseTyping {
		right = r.clock() + "  " + right
	}
	left := tui.Truncate(st.Title.Render("Rehearse: "+r.deck.Name), max(10, r.Width-lipgloss.Width(right)-2))
	line := left + strings.Repeat(" ", max(1, r.Width-lipgloss.Width(left)-lipgloss.Width(right))) + right
	var meta []string
	if r.card != nil {
		if cat, ok := r.Lib().CardCategory(r.card.Category); ok {
			meta = append(meta, cat.Name)
		}
		if strings.EqualFold(r.card.Method, "star") {
			meta = append(meta, "answer with a STAR story: Situation, Task, Action, Result")
		} else {
			meta = append(meta, "answer directly, with an example")
		}
	}
	if !r.Progress().Saved() {
		meta = append(meta, "progress isn't saved this session")
	}
	return line + "\n" + st.Muted.Render(tui.Truncate(strings.Join(meta, " · "), r.Width))
}

// clock is the countdown, or how to turn it on.
func (r *rehearse) clock() string {
	st := r.Styles()
	if !r.timerOn {
		return st.Faint.Render("no timer")
	}
	left := rehearseLimit - r.now.Sub(r.timerFrom)
	if left < 0 {
		return st.Bad.Render("time's up +" + tui.ClockText(-left))
	}
	if left <= 20*time.Second {
		return st.Warn.Render(tui.ClockText(left) + " left")
	}
	return st.Accent.Render(tui.ClockText(left) + " left")
}

func (r *rehearse) question() string {
	if r.card == nil {
		return ""
	}
	return r.Styles().Bold.Render(tui.Wrap(tui.Clean(r.card.Question), min(tui.ReadWidth, r.Width)))
}

// plain reports whether the styles draw nothing (NO_COLOR): the answer box's
// cursor is then invisible, so its position is spelled out.
func (r *rehearse) plain() bool { return r.Styles().Accent.Render("x") == "x" }

func (r *rehearse) counter() string {
	st := r.Styles()
	s := tui.Count(r.words, "word", "words") + " · about " + tui.ClockText(r.spoken) + " spoken"
	if r.plain() && r.box.Focused() {
		li := r.box.LineInfo()
		s += fmt.Sprintf(" · cursor at line %d, column %d", r.box.Line()+1, li.StartColumn+li.ColumnOffset+1)
	}
	if !r.box.Focused() {
		s += " · paused: enter to type, n to skip"
	}
	return st.Muted.Render(tui.Truncate(s, r.Width))
}

func (r *rehearse) footer() string {
	st := r.Styles()
	bar := tui.GradeBar(st, &r.ivl, r.Width-2)
	extra := st.Key.Render("e") + " edit   " + st.Key.Render("n") + " next"
	if lipgloss.Width(bar)+3+lipgloss.Width(extra) <= r.Width && !strings.Contains(bar, "\n") {
		bar += "   " + extra
	} else {
		bar += "\n" + extra
	}
	// The scroll hint only where it fits, so the footer's height (and with
	// it the document's) does not change as the person scrolls.
	lines := strings.Split(bar, "\n")
	last := lines[len(lines)-1]
	if h := tui.MoreHint(st, &r.doc); h != "" && lipgloss.Width(last)+2+lipgloss.Width(h) <= r.Width {
		lines[len(lines)-1] = last + "  " + h
	}
	return strings.Join(lines, "\n")
}

func (r *rehearse) doneText() string {
	st := r.Styles()
	if len(r.order) == 0 {
		return st.Title.Render("No questions in this deck.") + "\n\n" + st.Muted.Render("Press q to go back and choose another deck.")
	}
	return st.Title.Render("That's every question in this deck.") + "\n\n" +
		tui.Wrap(fmt.Sprintf("You rehearsed your way through %s and graded %d.", tui.Count(len(r.order), "question", "questions"), r.graded), r.Width) + "\n\n" +
		st.Muted.Render(tui.Wrap("Press q to go back to Practice. Try a mock interview next: a timed run for one rung.", r.Width))
}

func (r *rehearse) View() string {
	st := r.Styles()
	switch {
	case !r.loaded:
		return r.header() + "\n\n" + st.Muted.Render("Loading…")
	case r.err != nil:
		return r.header() + "\n\n" + st.Bad.Render(tui.Wrap("Could not read your cards: "+r.err.Error(), r.Width))
	case r.phase == rehearseDone:
		return r.header() + "\n\n" + r.doneText()
	case r.phase == rehearseFeedback:
		return r.header() + "\n\n" + r.question() + "\n\n" + tui.Fit(r.doc.View(), r.Width, r.doc.Viewport.Height) + "\n" + r.footer()
	}
	box := st.Box
	if r.box.Focused() {
		box = st.FocusBox
	}
	return r.header() + "\n\n" + r.question() + "\n\n" + r.storyBlock() + box.Render(r.box.View()) + "\n" + r.counter()
}

func (r *rehearse) Keys() help.KeyMap {
	r.syncKeys()
	return r.keys
}
