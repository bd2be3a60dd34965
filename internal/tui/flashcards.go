package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

// Flashcards: the question on the front; space shows why it is asked, the
// key points, how to answer and an example; 1-4 grade it, each button
// showing when the card would come back. u undoes the last grade. In cram
// mode the grades change no schedule and are not saved.

type flashLoadedMsg struct {
	to       int
	states   map[string]store.CardState
	newToday int
	err      error
}

func (m flashLoadedMsg) target() int { return m.to }

// flashSavedMsg reports a grade written to the store.
type flashSavedMsg struct {
	to  int
	err error
}

func (m flashSavedMsg) target() int { return m.to }

// flashUndoneMsg reports an undo done in the store.
type flashUndoneMsg struct {
	to  int
	ok  bool
	err error
}

func (m flashUndoneMsg) target() int { return m.to }

// flashGrade is a grade of this session that undo can take back.
type flashGrade struct {
	id     string
	rating srs.Rating
	before practice.State
	known  bool // the card had a state before
}

type flashKeys struct {
	reveal key.Binding
	grades gradeKeys
	undo   key.Binding
}

type flashcards struct {
	base
	ps     practiceStore
	deck   practice.Deck
	cram   bool
	states practice.States
	sess   *practice.Session
	loaded bool
	err    error
	// newToday is how many new cards were started today before this session.
	newToday int
	card     *content.Card
	shownAt  time.Time
	revealed bool
	ivl      [4]time.Duration
	back     doc
	keys     flashKeys
	graded   []flashGrade
	busy     bool // a save or undo is in flight
}

func newFlashcards(c *ctx, ps practiceStore, d practice.Deck, cram bool) *flashcards {
	f := &flashcards{base: newBase(c), ps: ps, deck: d, cram: cram, states: practice.States{}}
	f.keys = flashKeys{
		reveal: key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "show answer")),
		grades: newGradeKeys(),
		undo:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo grade")),
	}
	f.back = newDoc(f.backText)
	practiceDocKeys(&f.back)
	f.syncKeys()
	return f
}

func (f *flashcards) Title() string {
	if f.cram {
		return "Cram"
	}
	return "Flashcards"
}

func (f *flashcards) Init() tea.Cmd {
	ps, id, track, now := f.ps, f.id, f.c.lib.Track.ID, f.c.now()
	return func() tea.Msg {
		msg := flashLoadedMsg{to: id}
		if msg.states, msg.err = ps.CardStates(track); msg.err != nil {
			return msg
		}
		msg.newToday, msg.err = ps.NewCardsReviewedOn(track, now, now.Location())
		return msg
	}
}

func (f *flashcards) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case flashLoadedMsg:
		f.loaded, f.err = true, msg.err
		if msg.err != nil {
			return f, statusErr("Could not read your cards: " + msg.err.Error())
		}
		f.states = practiceStates(msg.states)
		f.newToday = msg.newToday
		now := f.c.now()
		f.sess = practice.NewSession(f.deck, f.states, now, f.c.newPerDay-f.newToday, f.cram)
		f.show(now)
	case flashSavedMsg:
		f.busy = false
		if msg.err != nil {
			f.rollback()
			return f, statusErr("Could not save that grade, so it was taken back: " + msg.err.Error())
		}
	case flashUndoneMsg:
		f.busy = false
		if msg.err != nil {
			return f, statusErr("Could not undo: " + msg.err.Error())
		}
		if !msg.ok {
			return f, statusErr("Nothing to undo.")
		}
		g := f.rollback()
		return f, status(fmt.Sprintf("Took back %s on %s", g.rating, quotedTitle(f.card.Question)))
	case tea.KeyMsg:
		return f, f.key(msg)
	case tea.MouseMsg:
		if f.revealed {
			return f, f.back.update(msg)
		}
	}
	return f, nil
}

func (f *flashcards) key(msg tea.KeyMsg) tea.Cmd {
	if !f.loaded || f.busy {
		return nil
	}
	switch {
	case key.Matches(msg, f.keys.undo):
		return f.undo()
	case f.card == nil:
		return nil
	case !f.revealed && key.Matches(msg, f.keys.reveal):
		f.revealed = true
		f.back.vp.GotoTop()
		f.back.invalidate()
		f.layout()
		f.syncKeys()
		return nil
	case f.revealed:
		if r, ok := f.keys.grades.match(msg); ok {
			return f.grade(r)
		}
		if docJump(&f.back, msg) {
			return nil
		}
		return f.back.update(msg)
	}
	return nil
}

// show moves to the next card of the session, or to the end.
func (f *flashcards) show(now time.Time) {
	f.card, f.revealed = nil, false
	if id, ok := f.sess.Next(now); ok {
		f.card, _ = f.lib().Card(id)
	}
	f.shownAt = now
	if f.card != nil && !f.cram {
		f.ivl = practice.Intervals(f.c.sched, f.states[f.card.ID], now)
	}
	f.back.invalidate()
	f.layout()
	f.syncKeys()
}

func (f *flashcards) grade(r srs.Rating) tea.Cmd {
	now := f.c.now()
	id := f.card.ID
	before, known := f.states[id]
	f.graded = append(f.graded, flashGrade{id: id, rating: r, before: before, known: known})
	if f.cram {
		f.sess.Answer(id, r, before, now)
		f.show(now)
		return nil
	}
	after := practice.Grade(f.c.sched, before, r, now)
	f.states[id] = after
	f.sess.Answer(id, r, after, now)
	rev := gradeReview(f.c.lib.Track.ID, id, r, practice.ModeFlashcard, now, now.Sub(f.shownAt), before, after)
	question := f.card.Question
	f.show(now)
	f.busy = true
	ps, to := f.ps, f.id
	save := func() tea.Msg {
		_, err := ps.RecordReview(rev)
		return flashSavedMsg{to: to, err: err}
	}
	if note := leechNotice(before, after, question); note != nil {
		return tea.Batch(save, note)
	}
	return save
}

func (f *flashcards) undo() tea.Cmd {
	if len(f.graded) == 0 {
		return nil
	}
	if f.cram {
		g := f.rollback()
		return status(fmt.Sprintf("Took back %s on %s", g.rating, quotedTitle(f.card.Question)))
	}
	f.busy = true
	ps, to, track := f.ps, f.id, f.c.lib.Track.ID
	return func() tea.Msg {
		_, ok, err := ps.UndoLastReview(track)
		return flashUndoneMsg{to: to, ok: ok, err: err}
	}
}

// rollback takes back the last grade of the session in memory and shows
// its card again, front first.
func (f *flashcards) rollback() flashGrade {
	g := f.graded[len(f.graded)-1]
	f.graded = f.graded[:len(f.graded)-1]
	if !f.cram {
		if g.known {
			f.states[g.id] = g.before
		} else {
			delete(f.states, g.id)
		}
	}
	f.sess.Undo()
	f.show(f.c.now())
	return g
}

func (f *flashcards) syncKeys() {
	f.keys.reveal.SetEnabled(f.card != nil && !f.revealed)
	f.keys.grades.enable(f.card != nil && f.revealed)
	f.keys.undo.SetEnabled(len(f.graded) > 0)
}

func (f *flashcards) SetSize(w, h int) {
	f.base.SetSize(w, h)
	f.layout()
}

// layout sizes the back's document to the room between the question and
// the grade buttons.
func (f *flashcards) layout() {
	if f.w == 0 {
		return
	}
	used := lipgloss.Height(f.header()) + 1 + lipgloss.Height(f.question()) + 1 + 1 + lipgloss.Height(f.footer())
	f.back.setSize(f.w, max(3, f.h-used))
}

// header is the deck and what is left.
func (f *flashcards) header() string {
	st := f.st()
	name := f.deck.Name
	if f.cram {
		name = "Cram: " + name
	}
	right := ""
	if f.sess != nil {
		l, r, n := f.sess.Left()
		if f.cram {
			right = fmt.Sprintf("%d to go", r)
		} else {
			right = fmt.Sprintf("%d learning · %d due · %d new", l, r, n)
		}
	}
	left := truncate(st.Title.Render(name), max(10, f.w-lipgloss.Width(right)-2))
	pad := max(1, f.w-lipgloss.Width(left)-lipgloss.Width(right))
	line := left + strings.Repeat(" ", pad) + st.Muted.Render(right)
	var meta []string
	if f.card != nil {
		if cat, ok := f.lib().CardCategory(f.card.Category); ok {
			meta = append(meta, cat.Name)
		}
		if strings.EqualFold(f.card.Method, "star") {
			meta = append(meta, "answer with a STAR story")
		}
		meta = append(meta, f.cardState())
	}
	switch {
	case f.cram:
		meta = append(meta, "cram: grades aren't saved and change no schedule")
	case !f.saved():
		meta = append(meta, "progress isn't saved this session")
	}
	return line + "\n" + st.Muted.Render(truncate(strings.Join(meta, " · "), f.w))
}

func (f *flashcards) saved() bool { return isSaved(f.ps) }

func (f *flashcards) cardState() string {
	st, ok := f.states[f.card.ID]
	switch {
	case !ok || st.State == srs.New:
		return "new card"
	case st.Leech:
		return fmt.Sprintf("leech, %d lapses", st.Lapses)
	case st.State == srs.Review:
		return fmt.Sprintf("review, seen %d times", st.Reps)
	}
	return strings.ToLower(st.State.String())
}

func (f *flashcards) question() string {
	if f.card == nil {
		return ""
	}
	return f.st().Bold.Render(wrap(clean(f.card.Question), min(practiceReadW, f.w)))
}

// footer is the grade buttons, or the hint on the front.
func (f *flashcards) footer() string {
	st := f.st()
	if f.card == nil {
		return ""
	}
	if !f.revealed {
		var lines []string
		if len(f.card.Skills) > 0 {
			names := make([]string, len(f.card.Skills))
			for i, id := range f.card.Skills {
				names[i] = f.lib().SkillName(id)
			}
			lines = append(lines, wrap("Shows: "+strings.Join(names, ", "), f.w))
		}
		how := fmt.Sprintf("A strong answer makes %d key points", len(f.card.KeyPoints))
		if strings.EqualFold(f.card.Method, "star") {
			how += ", told as a STAR story: Situation, Task, Action, Result"
		}
		lines = append(lines, wrap(how+".", f.w), "",
			st.Muted.Render(wrap("Say your answer out loud or in your head, then press space to see what a strong one covers.", f.w)))
		return strings.Join(lines, "\n")
	}
	var ivl *[4]time.Duration
	if !f.cram {
		ivl = &f.ivl
	}
	bar := gradeBar(st, ivl, f.w-6)
	lines := strings.Split(bar, "\n")
	last := lines[len(lines)-1]
	if h := moreHint(st, &f.back); h != "" && lipgloss.Width(last)+2+lipgloss.Width(h) <= f.w {
		lines[len(lines)-1] = last + "  " + h
	}
	bar = strings.Join(lines, "\n")
	return bar
}

// backText is the answer side, built once per width.
func (f *flashcards) backText(width int) string {
	if f.card == nil {
		return ""
	}
	st := f.st()
	c := f.card
	points := make([]string, len(c.KeyPoints))
	for i, kp := range c.KeyPoints {
		points[i] = kp.Point
	}
	example := "Example answer"
	if strings.EqualFold(c.Method, "star") {
		example += " (STAR)"
	}
	if width >= 100 {
		colW := min(practiceColW, (width-3)/2)
		left := section(st, colW, "Why they ask", c.Why) + "\n\n" +
			st.Section.Render("Key points") + "\n" + bullets(st, colW, "•", points) + "\n\n" +
			section(st, colW, "How to answer", c.How)
		right := section(st, colW, example, c.Example)
		return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(colW).Render(left), "   ",
			lipgloss.NewStyle().Width(colW).Render(right))
	}
	return section(st, width, "Why they ask", c.Why) + "\n\n" +
		st.Section.Render("Key points") + "\n" + bullets(st, width, "•", points) + "\n\n" +
		section(st, width, "How to answer", c.How) + "\n\n" +
		section(st, width, example, c.Example)
}

// doneText is the end of a session.
func (f *flashcards) doneText() string {
	st := f.st()
	var lines []string
	t := f.sess.Tally()
	switch {
	case t.Total() == 0 && f.deck.Kind == practice.KindLeeches:
		lines = append(lines, st.Title.Render("No leeches."), "",
			wrap(fmt.Sprintf("A card you forget %d times is set apart here, out of the daily reviews, so it can't wear you down. None has so far.", practice.LeechLapses), f.w))
	case t.Total() == 0 && f.deck.Kind == practice.KindDue:
		lines = append(lines, st.Title.Render("Nothing is due right now."), "",
			wrap("Cards you have studied come back here when they are due. To learn new ones, open All questions, a category or your next rung's deck.", f.w))
	case t.Total() == 0:
		lines = append(lines, st.Title.Render("Nothing to study in this deck right now."))
	default:
		lines = append(lines, st.Title.Render("All done for now."), "",
			wrap(fmt.Sprintf("You graded %d cards: Again %d · Hard %d · Good %d · Easy %d.", t.Total(), t.Again, t.Hard, t.Good, t.Easy), f.w))
	}
	if f.cram {
		lines = append(lines, "", wrap("Cram grades aren't saved and didn't change when any card is due.", f.w))
	} else {
		now := f.c.now()
		fresh := f.newToday + f.sess.NewShown()
		cnt := f.deck.Count(f.states, now)
		if cnt.New > 0 && fresh >= f.c.newPerDay {
			lines = append(lines, "", wrap(fmt.Sprintf("New cards today: %d of %d, the daily limit. %d more in this deck wait for the coming days.",
				fresh, f.c.newPerDay, cnt.New), f.w))
		} else if fresh > 0 {
			lines = append(lines, "", fmt.Sprintf("New cards today: %d of %d.", fresh, f.c.newPerDay))
		}
		if at, ok := practice.NextDue(f.deck, f.states, now); ok {
			lines = append(lines, fmt.Sprintf("The next card in this deck is due in %s.", srs.FormatInterval(at.Sub(now))))
		}
		if cnt.Leeches > 0 && f.deck.Kind != practice.KindLeeches {
			lines = append(lines, wrap(fmt.Sprintf("%d leeches in this deck are set apart: open Leeches from Practice to work on them.", cnt.Leeches), f.w))
		}
	}
	lines = append(lines, "", st.Muted.Render(wrap("Press c on a deck in Practice to cram it anyway, r to rehearse by typing, or q to go back.", f.w)))
	return strings.Join(lines, "\n")
}

func (f *flashcards) View() string {
	if !f.loaded {
		return f.header() + "\n\n" + f.st().Muted.Render("Loading your cards…")
	}
	if f.err != nil {
		return f.header() + "\n\n" + f.st().Bad.Render(wrap("Could not read your cards: "+f.err.Error(), f.w))
	}
	if f.card == nil {
		return f.header() + "\n\n" + f.doneText()
	}
	if !f.revealed {
		return f.header() + "\n\n" + f.question() + "\n\n" + f.footer()
	}
	return f.header() + "\n\n" + f.question() + "\n\n" + fit(f.back.view(), f.w, f.back.vp.Height) + "\n\n" + f.footer()
}

func (f *flashcards) Keys() keyMap {
	g := f.keys.grades.help()
	g.SetEnabled(f.card != nil && f.revealed)
	scroll := docKeys()
	for i := range scroll {
		scroll[i].SetEnabled(f.revealed)
	}
	scroll[0].SetHelp("↑↓", "scroll")
	return keyMap{
		short: []key.Binding{f.keys.reveal, g, scroll[0], f.keys.undo},
		full:  [][]key.Binding{{f.keys.reveal, f.keys.grades[0], f.keys.grades[1], f.keys.grades[2], f.keys.grades[3], f.keys.undo}, scroll},
	}
}
