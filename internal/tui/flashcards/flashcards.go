// Package flashcards is the flashcard session: the question on the front;
// space shows why it is asked, the key points, how to answer and an
// example; 1-4 grade it, each button showing when the card would come
// back, and space or enter grade it Good, as in Anki. u undoes the last
// grade. In cram mode the grades change no
// schedule and are not saved.
package flashcards

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

type flashLoadedMsg struct {
	to       int
	states   practice.States
	newToday int
	err      error
}

func (m flashLoadedMsg) Target() int { return m.to }

// flashSavedMsg reports a grade written to the store.
type flashSavedMsg struct {
	to  int
	err error
}

func (m flashSavedMsg) Target() int { return m.to }

// flashUndoneMsg reports an undo done in the store.
type flashUndoneMsg struct {
	to  int
	ok  bool
	err error
}

func (m flashUndoneMsg) Target() int { return m.to }

// flashGrade is a grade of this session that undo can take back.
type flashGrade struct {
	id     string
	rating srs.Rating
	before practice.State
	known  bool // the card had a state before
}

// flashKeys turn the card over, grade it (space and enter grade Good once
// the answer shows, as in Anki), undo the last grade and scroll the card's
// back.
type flashKeys struct {
	tui.NavKeys
	Reveal key.Binding
	Good   key.Binding
	Grades tui.GradeKeys
	Undo   key.Binding
}

func (k flashKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Good, k.Grades.Help(), k.Down, k.Undo}
}

func (k flashKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Reveal, k.Good, k.Grades.Help(), k.Undo}, k.Bindings()}
}

type flashcards struct {
	tui.Base
	ps     progress.Reviews
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
	back     tui.Doc
	keys     flashKeys
	graded   []flashGrade
	busy     bool // a save or undo is in flight
}

// New makes a flashcard session (tui.RouteFlashcards); its argument is the
// deck, a practice.Deck.
func New(c *tui.Context, arg any) tui.Screen {
	d, _ := arg.(practice.Deck)
	return newSession(c, d, false)
}

// NewCram makes a cram session (tui.RouteCram): the deck's every card, no
// schedule changed; its argument is the deck, a practice.Deck.
func NewCram(c *tui.Context, arg any) tui.Screen {
	d, _ := arg.(practice.Deck)
	return newSession(c, d, true)
}

func newSession(c *tui.Context, d practice.Deck, cram bool) *flashcards {
	ps := c.Progress().Reviews()
	f := &flashcards{Base: tui.NewBase(c), ps: ps, deck: d, cram: cram, states: practice.States{}}
	f.keys = flashKeys{NavKeys: tui.NewScrollKeys(),
		Reveal: key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "show answer")),
		Good:   key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "good")),
		Grades: tui.NewGradeKeys(),
		Undo:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo grade")),
	}
	f.keys.PageDown.SetKeys("pgdown", "ctrl+d") // space shows the answer
	f.back = tui.NewDoc(f.backText)
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
	pr, id, track, now := f.Progress(), f.ID(), f.Lib().Track.ID, f.Now()
	return func() tea.Msg {
		// The study day's new cards, however they were started (flashcards
		// or rehearsal), count against the daily limit.
		today, err := pr.Today(track, now)
		return flashLoadedMsg{to: id, states: today.States, newToday: today.Fresh, err: err}
	}
}

func (f *flashcards) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case flashLoadedMsg:
		f.loaded, f.err = true, msg.err
		if msg.err != nil {
			return f, f.StatusErr("Could not read your cards: " + msg.err.Error())
		}
		f.states = msg.states
		f.newToday = msg.newToday
		now := f.Now()
		f.sess = practice.NewSession(f.deck, f.states, now, practice.NewLeft(f.NewCardsPerDay(), f.newToday), f.cram)
		f.show(now)
	case flashSavedMsg:
		f.busy = false
		if msg.err != nil {
			f.rollback()
			return f, f.StatusErr("Could not save that grade, so it was taken back: " + msg.err.Error())
		}
	case flashUndoneMsg:
		f.busy = false
		if msg.err != nil {
			return f, f.StatusErr("Could not undo: " + msg.err.Error())
		}
		if !msg.ok {
			return f, f.StatusErr("Nothing to undo.")
		}
		g := f.rollback()
		return f, f.Status(fmt.Sprintf("Took back %s on %s", g.rating, tui.QuotedTitle(f.card.Question)))
	case tea.KeyMsg:
		return f, f.key(msg)
	case tea.MouseMsg:
		if f.revealed {
			return f, f.back.Update(msg)
		}
	}
	return f, nil
}

func (f *flashcards) key(msg tea.KeyMsg) tea.Cmd {
	if !f.loaded || f.busy {
		return nil
	}
	f.syncKeys()
	switch {
	case key.Matches(msg, f.keys.Undo):
		return f.undo()
	case f.card == nil:
		return nil
	case !f.revealed && key.Matches(msg, f.keys.Reveal):
		f.revealed = true
		f.back.Viewport.GotoTop()
		f.back.Invalidate()
		f.layout()
		f.syncKeys()
		return nil
	case f.revealed:
		if r, ok := f.keys.Grades.Match(msg); ok {
			return f.grade(r)
		}
		if key.Matches(msg, f.keys.Good) {
			return f.grade(srs.Good)
		}
		f.keys.Scroll(&f.back, msg, true)
		return nil
	}
	return nil
}

// show moves to the next card of the session, or to the end.
func (f *flashcards) show(now time.Time) {
	f.card, f.revealed = nil, false
	if id, ok := f.sess.Next(now); ok {
		f.card, _ = f.Lib().Card(id)
	}
	f.shownAt = now
	if f.card != nil && !f.cram {
		f.ivl = practice.Intervals(f.Scheduler(), f.states[f.card.ID], now)
	}
	f.back.Invalidate()
	f.layout()
	f.syncKeys()
}

func (f *flashcards) grade(r srs.Rating) tea.Cmd {
	now := f.Now()
	id := f.card.ID
	before, known := f.states[id]
	f.graded = append(f.graded, flashGrade{id: id, rating: r, before: before, known: known})
	if f.cram {
		f.sess.Answer(id, r, before, now)
		f.show(now)
		return nil
	}
	after := practice.Grade(f.Scheduler(), before, r, now)
	f.states[id] = after
	f.sess.Answer(id, r, after, now)
	rev := progress.Review(f.Lib().Track.ID, id, r, practice.ModeFlashcard, now, now.Sub(f.shownAt), before, after)
	question := f.card.Question
	f.show(now)
	f.busy = true
	ps, to := f.ps, f.ID()
	save := func() tea.Msg {
		_, err := ps.RecordReview(rev)
		return flashSavedMsg{to: to, err: err}
	}
	if note := tui.LeechNotice(before, after, question); note != "" {
		return tea.Batch(save, f.Status(note))
	}
	return save
}

func (f *flashcards) undo() tea.Cmd {
	if len(f.graded) == 0 {
		return nil
	}
	if f.cram {
		g := f.rollback()
		return f.Status(fmt.Sprintf("Took back %s on %s", g.rating, tui.QuotedTitle(f.card.Question)))
	}
	f.busy = true
	ps, to, track := f.ps, f.ID(), f.Lib().Track.ID
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
	f.show(f.Now())
	return g
}

func (f *flashcards) syncKeys() {
	f.keys.NavKeys.SetEnabled(f.card != nil && f.revealed && f.back.Scrolls())
	f.keys.Reveal.SetEnabled(f.card != nil && !f.revealed)
	f.keys.Good.SetEnabled(f.card != nil && f.revealed)
	f.keys.Grades.Enable(f.card != nil && f.revealed)
	f.keys.Undo.SetEnabled(len(f.graded) > 0)
}

func (f *flashcards) SetSize(w, h int) {
	f.Base.SetSize(tui.PageWidth(w), h)
	f.layout()
}

// layout sizes the back's document to the room between the question and
// the grade buttons.
func (f *flashcards) layout() {
	if f.Width == 0 {
		return
	}
	used := lipgloss.Height(f.header()) + 1 + lipgloss.Height(f.question()) + 1 + 1 + lipgloss.Height(f.footer())
	f.back.SetSize(f.Width, max(3, f.Height-used))
}

// header is the deck and what is left, then what kind of card is up. It
// wraps rather than cuts: a long deck name puts the counts on the next
// line, and the card's details (the cram note among them) run onto a
// second line when they do not fit in one.
func (f *flashcards) header() string {
	st := f.Styles()
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
	var meta []string
	if f.card != nil {
		if cat, ok := f.Lib().CardCategory(f.card.Category); ok {
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
	title := st.Title.Render(tui.Wrap(name, f.Width))
	line := title
	if w := lipgloss.Width(title); lipgloss.Height(title) == 1 && w+2+lipgloss.Width(right) <= f.Width {
		line = title + strings.Repeat(" ", f.Width-w-lipgloss.Width(right)) + st.Muted.Render(right)
	} else if right != "" {
		meta = append([]string{right}, meta...)
	}
	if len(meta) == 0 {
		return line
	}
	return line + "\n" + st.Muted.Render(wrapJoined(meta, " · ", f.Width))
}

// wrapJoined joins parts with sep, breaking lines between parts (never
// inside one that fits a line) so a detail is not split in two.
func wrapJoined(parts []string, sep string, width int) string {
	var lines []string
	cur := ""
	for _, p := range parts {
		p = tui.Clean(p)
		switch {
		case cur == "":
			cur = p
		case lipgloss.Width(cur+sep+p) <= width:
			cur += sep + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	lines = append(lines, cur)
	return tui.Wrap(strings.Join(lines, "\n"), width)
}

func (f *flashcards) saved() bool { return f.Progress().Saved() }

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
	return f.Styles().Bold.Render(tui.Wrap(tui.Clean(f.card.Question), min(tui.ReadWidth, f.Width)))
}

// footer is the grade buttons, or the hint on the front.
func (f *flashcards) footer() string {
	st := f.Styles()
	if f.card == nil {
		return ""
	}
	if !f.revealed {
		var lines []string
		if len(f.card.Skills) > 0 {
			names := make([]string, len(f.card.Skills))
			for i, id := range f.card.Skills {
				names[i] = f.Lib().SkillName(id)
			}
			lines = append(lines, tui.Wrap("Shows: "+strings.Join(names, ", "), f.Width))
		}
		how := fmt.Sprintf("A strong answer makes %d key points", len(f.card.KeyPoints))
		if strings.EqualFold(f.card.Method, "star") {
			how += ", told as a STAR story: Situation, Task, Action, Result"
		}
		lines = append(lines, tui.Wrap(how+".", f.Width), "",
			st.Muted.Render(tui.Wrap("Say your answer out loud or in your head, then press space to see what a strong one covers.", f.Width)))
		return strings.Join(lines, "\n")
	}
	var ivl *[4]time.Duration
	if !f.cram {
		ivl = &f.ivl
	}
	bar := tui.GradeBar(st, ivl, f.Width-6)
	lines := strings.Split(bar, "\n")
	last := lines[len(lines)-1]
	if h := tui.MoreHint(st, &f.back); h != "" && lipgloss.Width(last)+2+lipgloss.Width(h) <= f.Width {
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
	st := f.Styles()
	c := f.card
	points := make([]string, len(c.KeyPoints))
	for i, kp := range c.KeyPoints {
		points[i] = kp.Point
	}
	example := "Example answer"
	if strings.EqualFold(c.Method, "star") {
		example += " (STAR)"
	}
	if width >= tui.TextBeside {
		colW := tui.Columns(width)
		left := tui.Section(st, colW, "Why they ask", c.Why) + "\n\n" +
			st.Section.Render("Key points") + "\n" + tui.Bullets(st, colW, "•", points) + "\n\n" +
			tui.Section(st, colW, "How to answer", c.How)
		right := tui.Section(st, colW, example, c.Example)
		return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(colW).Render(left), "   ",
			lipgloss.NewStyle().Width(colW).Render(right))
	}
	return tui.Section(st, width, "Why they ask", c.Why) + "\n\n" +
		st.Section.Render("Key points") + "\n" + tui.Bullets(st, width, "•", points) + "\n\n" +
		tui.Section(st, width, "How to answer", c.How) + "\n\n" +
		tui.Section(st, width, example, c.Example)
}

// doneText is the end of a session.
func (f *flashcards) doneText() string {
	st := f.Styles()
	var lines []string
	t := f.sess.Tally()
	switch {
	case t.Total() == 0 && f.deck.Kind == practice.KindLeeches:
		lines = append(lines, st.Title.Render("No leeches."), "",
			tui.Wrap(fmt.Sprintf("A card you forget %d times is set apart here, out of the daily reviews, so it can't wear you down. None has so far.", practice.LeechLapses), f.Width))
	case t.Total() == 0 && f.deck.Kind == practice.KindDue:
		lines = append(lines, st.Title.Render("Nothing is due right now."), "",
			tui.Wrap("Cards you have studied come back here when they are due. To learn new ones, open All questions, a category or your next rung's deck.", f.Width))
	case t.Total() == 0:
		lines = append(lines, st.Title.Render("Nothing to study in this deck right now."))
	default:
		lines = append(lines, st.Title.Render("All done for now."), "",
			tui.Wrap(fmt.Sprintf("You graded %d cards: Again %d · Hard %d · Good %d · Easy %d.", t.Total(), t.Again, t.Hard, t.Good, t.Easy), f.Width))
	}
	if f.cram {
		lines = append(lines, "", tui.Wrap("Cram grades aren't saved and didn't change when any card is due.", f.Width))
	} else {
		now := f.Now()
		fresh := f.newToday + f.sess.NewShown()
		cnt := f.deck.Count(f.states, now)
		if cnt.New > 0 && fresh >= f.NewCardsPerDay() {
			lines = append(lines, "", tui.Wrap(fmt.Sprintf("Today: %s. %d more in this deck wait for the coming days.",
				tui.NewCardsToday(fresh, f.NewCardsPerDay()), cnt.New), f.Width))
		} else if fresh > 0 {
			lines = append(lines, "", tui.Wrap("Today: "+tui.NewCardsToday(fresh, f.NewCardsPerDay())+".", f.Width))
		}
		if at, ok := practice.NextDue(f.deck, f.states, now); ok {
			lines = append(lines, fmt.Sprintf("The next card in this deck is due in %s.", srs.FormatInterval(at.Sub(now))))
		}
		if cnt.Leeches > 0 && f.deck.Kind != practice.KindLeeches {
			lines = append(lines, tui.Wrap(fmt.Sprintf("%d leeches in this deck are set apart: open Leeches from Practice to work on them.", cnt.Leeches), f.Width))
		}
	}
	lines = append(lines, "", st.Muted.Render(tui.Wrap("Press c on a deck in Practice to cram it anyway, r to rehearse by typing, or q to go back.", f.Width)))
	return strings.Join(lines, "\n")
}

func (f *flashcards) View() string {
	if !f.loaded {
		return f.header() + "\n\n" + f.Styles().Muted.Render("Loading your cards…")
	}
	if f.err != nil {
		return f.header() + "\n\n" + f.Styles().Bad.Render(tui.Wrap("Could not read your cards: "+f.err.Error(), f.Width))
	}
	if f.card == nil {
		return f.header() + "\n\n" + f.doneText()
	}
	if !f.revealed {
		return f.header() + "\n\n" + f.question() + "\n\n" + f.footer()
	}
	return f.header() + "\n\n" + f.question() + "\n\n" + tui.Fit(f.back.View(), f.Width, f.back.Viewport.Height) + "\n\n" + f.footer()
}

// Keys are the session's keys, as they stand.
func (f *flashcards) Keys() help.KeyMap {
	f.syncKeys()
	return f.keys
}
