package accessible

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
)

// Flashcards is what a plain-prompt flashcard session needs: the same
// decks, card states, scheduler and daily limit as the app's flashcards,
// and where each grade is saved.
type Flashcards struct {
	Lib   *content.Library
	Decks []practice.Deck
	// States is every card's state; the session updates it as it grades.
	States    practice.States
	Reviews   progress.Reviews
	Scheduler *srs.Scheduler
	// NewPerDay is the daily limit of new cards; NewToday, how many were
	// started today before this session.
	NewPerDay, NewToday int
	Now                 func() time.Time
	// Width wraps the lines at word boundaries (0: not at all, for pipes
	// and screen readers that read the stream).
	Width int
}

// ErrNotSaved wraps a grade the store refused; the grade was taken back.
var ErrNotSaved = errors.New("a grade could not be saved")

// errStop is q: the person is done.
var errStop = errors.New("stop")

// Practice runs flashcards as plain sequential prompts, for screen readers
// and pipes: a deck is chosen by number, then for each card the question;
// Enter shows what a strong answer covers, 1-4 grade it (Again, Hard, Good,
// Easy, each with when the card would come back), u takes back the last
// grade and q stops. Every grade is scheduled as the app's are and saved
// before the next card. The end of the input stops as q does. It returns
// the grades given; the error is a write error, or ErrNotSaved.
func Practice(f Flashcards, in io.Reader, out io.Writer) (practice.Tally, error) {
	if f.States == nil {
		f.States = practice.States{}
	}
	p := &flashPrompts{f: f, sc: bufio.NewScanner(in), w: &lineWriter{w: out, width: f.Width}}
	p.w.line("Interview flashcards as plain prompts. For each card you get the question: answer it " +
		"out loud or in your head, then press Enter to hear what a strong answer covers, and grade " +
		"how well you knew it from 1 to 4. Type q to stop at any time; every grade is saved as you go.")
	d, err := p.chooseDeck()
	if err == nil {
		err = p.study(d)
	}
	if p.sess != nil {
		p.summary(d, errors.Is(err, errStop) || errors.Is(err, ErrInputEnded))
	}
	switch {
	case p.w.err != nil:
		err = p.w.err
	case errors.Is(err, errStop) || errors.Is(err, ErrInputEnded):
		err = nil
	}
	var t practice.Tally
	if p.sess != nil {
		t = p.sess.Tally()
	}
	return t, err
}

type flashPrompts struct {
	f      Flashcards
	sc     *bufio.Scanner
	w      *lineWriter
	sess   *practice.Session
	graded []flashGrade
}

// flashGrade is a grade of this session that u can take back.
type flashGrade struct {
	id     string
	before practice.State
	known  bool // the card had a state before
}

// readLine returns the next trimmed line; errStop for q, ErrInputEnded at
// the end of the input (or once output fails: nobody is reading).
func (p *flashPrompts) readLine() (string, error) {
	if p.w.err != nil || !p.sc.Scan() {
		if err := p.sc.Err(); err != nil {
			return "", err
		}
		return "", ErrInputEnded
	}
	s := strings.TrimSpace(p.sc.Text())
	if strings.EqualFold(s, "q") || strings.EqualFold(s, "quit") {
		return "", errStop
	}
	return s, nil
}

func (p *flashPrompts) newLeft() int { return max(0, p.f.NewPerDay-p.f.NewToday) }

// chooseDeck lists the decks with something in them, numbered, and reads
// a choice; Enter takes the first with cards to study now.
func (p *flashPrompts) chooseDeck() (practice.Deck, error) {
	now := p.f.Now()
	var decks []practice.Deck
	def := -1
	p.w.line("")
	p.w.line(fmt.Sprintf("New cards today: %d of %d.", min(p.f.NewToday, p.f.NewPerDay), p.f.NewPerDay))
	p.w.line("Decks:")
	for _, d := range p.f.Decks {
		c := d.Count(p.f.States, now)
		if c.Total == 0 {
			continue
		}
		decks = append(decks, d)
		if def < 0 && d.Kind != practice.KindLeeches && (c.Due > 0 || (c.New > 0 && p.newLeft() > 0)) {
			def = len(decks) - 1
		}
		p.w.line(fmt.Sprintf("  %d) %s: %s", len(decks), clean(d.Name), deckCounts(d, c)))
	}
	if len(decks) == 0 {
		p.w.line("  none: this track has no interview cards.")
		return practice.Deck{}, errStop
	}
	if def < 0 {
		def = 0
	}
	for {
		p.w.prompt(fmt.Sprintf("Type a deck's number, 1 to %d, or press Enter for %d, %s (q to stop):", len(decks), def+1, clean(decks[def].Name)))
		s, err := p.readLine()
		if err != nil {
			return practice.Deck{}, err
		}
		if s == "" {
			return decks[def], nil
		}
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(decks) {
			return decks[n-1], nil
		}
		p.w.line(fmt.Sprintf("%q is not one of the decks.", s))
	}
}

// deckCounts says what a deck holds now, as the app's deck list does.
func deckCounts(d practice.Deck, c practice.Counts) string {
	switch d.Kind {
	case practice.KindDue:
		return fmt.Sprintf("%d due", c.Due)
	case practice.KindLeeches:
		return plural(c.Total, "card", "cards")
	}
	return fmt.Sprintf("%d due, %d new", c.Due, c.New)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// study goes through the deck's session card by card.
func (p *flashPrompts) study(d practice.Deck) error {
	now := p.f.Now()
	p.sess = practice.NewSession(d, p.f.States, now, p.newLeft(), false)
	p.w.line("")
	p.w.line(fmt.Sprintf("Studying %s.", clean(d.Name)))
	for {
		now = p.f.Now()
		id, ok := p.sess.Next(now)
		if !ok {
			return nil
		}
		card, ok := p.f.Lib.Card(id)
		if !ok {
			return fmt.Errorf("card %q is not in the track", id)
		}
		if err := p.card(p.sess.Reviewed()+1, card); err != nil {
			return err
		}
	}
}

// card asks one card: the front, Enter, the back, a grade.
func (p *flashPrompts) card(n int, c *content.Card) error {
	p.front(n, c)
	p.w.prompt("Press Enter to show the answer (u to undo the last grade, q to stop):")
	s, err := p.readLine()
	if err != nil {
		return err
	}
	if strings.EqualFold(s, "u") {
		return p.undo()
	}
	// Enter, or an answer typed out: either shows the back.
	p.back(c)
	shownAt := p.f.Now()
	ivl := practice.Intervals(p.f.Scheduler, p.f.States[c.ID], shownAt)
	prompt := fmt.Sprintf("Grade it: 1 Again (%s), 2 Hard (%s), 3 Good (%s), 4 Easy (%s); u to undo, q to stop:",
		srs.FormatInterval(ivl[0]), srs.FormatInterval(ivl[1]), srs.FormatInterval(ivl[2]), srs.FormatInterval(ivl[3]))
	for {
		p.w.prompt(prompt)
		s, err := p.readLine()
		if err != nil {
			return err
		}
		if strings.EqualFold(s, "u") {
			return p.undo()
		}
		r, perr := srs.ParseRating(s)
		if perr != nil || s == "" {
			p.w.line(fmt.Sprintf("%q is not a grade; type 1 for Again, 2 Hard, 3 Good or 4 Easy.", s))
			continue
		}
		return p.grade(c, r, shownAt)
	}
}

// front is the question side: where the card is in the session, its
// category and state, the question and what a strong answer holds.
func (p *flashPrompts) front(n int, c *content.Card) {
	learning, due, fresh := p.sess.Left()
	var meta []string
	if cat, ok := p.f.Lib.CardCategory(c.Category); ok {
		meta = append(meta, clean(cat.Name))
	}
	meta = append(meta, cardState(p.f.States, c.ID))
	p.w.line("")
	p.w.line(fmt.Sprintf("Card %d (left: %d learning, %d due, %d new). %s.", n, learning, due, fresh, strings.Join(meta, ", ")))
	p.w.line("Question: " + clean(c.Question))
	how := fmt.Sprintf("A strong answer makes %s", plural(len(c.KeyPoints), "key point", "key points"))
	if strings.EqualFold(c.Method, "star") {
		how += ", told as a STAR story: Situation, Task, Action, Result"
	}
	p.w.line(how + ".")
}

// cardState says in words where a card stands.
func cardState(ss practice.States, id string) string {
	st, ok := ss[id]
	switch {
	case !ok || st.State == srs.New:
		return "a new card"
	case st.Leech:
		return fmt.Sprintf("a leech, %s", plural(st.Lapses, "lapse", "lapses"))
	case st.State == srs.Review:
		return fmt.Sprintf("in review, seen %s", plural(st.Reps, "time", "times"))
	}
	return strings.ToLower(st.State.String())
}

// back is the answer side, one paragraph a line.
func (p *flashPrompts) back(c *content.Card) {
	p.w.line("")
	if c.Why != "" {
		p.w.line("Why they ask: " + clean(c.Why))
	}
	p.w.line("Key points:")
	for i, kp := range c.KeyPoints {
		p.w.line(fmt.Sprintf("  %d. %s", i+1, clean(kp.Point)))
	}
	if c.How != "" {
		p.w.line("How to answer: " + clean(c.How))
	}
	if c.Example != "" {
		example := "Example answer"
		if strings.EqualFold(c.Method, "star") {
			example += " (STAR)"
		}
		p.w.line(example + ": " + clean(c.Example))
	}
}

// grade schedules and saves a grade; a grade the store refuses is taken
// back and ends the session.
func (p *flashPrompts) grade(c *content.Card, r srs.Rating, shownAt time.Time) error {
	now := p.f.Now()
	before, known := p.f.States[c.ID]
	after := practice.Grade(p.f.Scheduler, before, r, now)
	rev := progress.Review(p.f.Lib.Track.ID, c.ID, r, practice.ModeFlashcard, now, now.Sub(shownAt), before, after)
	if _, err := p.f.Reviews.RecordReview(rev); err != nil {
		p.w.line(fmt.Sprintf("Could not save that grade, so it was taken back: %v", err))
		return fmt.Errorf("%w: %w", ErrNotSaved, err)
	}
	p.f.States[c.ID] = after
	p.sess.Answer(c.ID, r, after, now)
	p.graded = append(p.graded, flashGrade{id: c.ID, before: before, known: known})
	msg := fmt.Sprintf("%s. Saved; the card comes back in %s.", r, srs.FormatInterval(after.Due.Sub(now)))
	if after.Leech && !before.Leech {
		msg += fmt.Sprintf(" It is now a leech, after %s: it is set apart in the Leeches deck.", plural(after.Lapses, "lapse", "lapses"))
	}
	p.w.line(msg)
	return nil
}

// undo takes back the session's last grade, in the store too; its card
// comes next.
func (p *flashPrompts) undo() error {
	if len(p.graded) == 0 {
		p.w.line("Nothing to undo yet.")
		return nil
	}
	if _, ok, err := p.f.Reviews.UndoLastReview(p.f.Lib.Track.ID); err != nil || !ok {
		p.w.line(fmt.Sprintf("Could not undo: %v", orNothing(err)))
		return nil
	}
	g := p.graded[len(p.graded)-1]
	p.graded = p.graded[:len(p.graded)-1]
	if g.known {
		p.f.States[g.id] = g.before
	} else {
		delete(p.f.States, g.id)
	}
	p.sess.Undo()
	if c, ok := p.f.Lib.Card(g.id); ok {
		p.w.line("Took back the grade of: " + clean(c.Question))
	}
	return nil
}

func orNothing(err error) error {
	if err == nil {
		return errors.New("there is nothing to take back")
	}
	return err
}

// summary is the end of the session: the grades, the day's new cards and
// when the deck has a card due next.
func (p *flashPrompts) summary(d practice.Deck, stopped bool) {
	t := p.sess.Tally()
	now := p.f.Now()
	p.w.line("")
	switch {
	case stopped:
		p.w.line("Stopped.")
	case t.Total() == 0 && d.Kind == practice.KindDue:
		p.w.line("Nothing is due right now. To learn new cards, choose All questions, a category or your next rung's deck.")
	case t.Total() == 0:
		p.w.line("Nothing to study in this deck right now.")
	default:
		p.w.line("All done for now.")
	}
	if t.Total() > 0 {
		p.w.line(fmt.Sprintf("You graded %s: Again %d, Hard %d, Good %d, Easy %d. Every grade is saved.",
			plural(t.Total(), "card", "cards"), t.Again, t.Hard, t.Good, t.Easy))
	}
	if fresh := p.f.NewToday + p.sess.NewShown(); fresh > 0 {
		p.w.line(fmt.Sprintf("New cards today: %d of %d.", fresh, p.f.NewPerDay))
	}
	if at, ok := practice.NextDue(d, p.f.States, now); ok {
		p.w.line(fmt.Sprintf("The next card in this deck is due in %s.", srs.FormatInterval(at.Sub(now))))
	}
}
