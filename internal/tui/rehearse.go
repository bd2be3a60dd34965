package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
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
	states map[string]store.CardState
	err    error
}

func (m rehearseLoadedMsg) target() int { return m.to }

type rehearseSavedMsg struct {
	to     int
	rating srs.Rating
	due    time.Duration
	err    error
}

func (m rehearseSavedMsg) target() int { return m.to }

type rehearsePhase int

const (
	rehearseTyping rehearsePhase = iota
	rehearseFeedback
	rehearseDone
)

type rehearseKeys struct {
	submit, timer, timerOff, stop, resume, edit, next key.Binding
	grades                                            gradeKeys
}

type rehearse struct {
	base
	ps     practiceStore
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
	doc                     doc
	keys                    rehearseKeys
	busy                    bool
	graded                  int
	// The card's state before a grade being saved, restored if it fails.
	undoBefore practice.State
	undoKnown  bool
}

func newRehearse(c *ctx, ps practiceStore, d practice.Deck) *rehearse {
	r := &rehearse{base: newBase(c), ps: ps, deck: d, states: practice.States{}, now: c.now()}
	r.box = newAnswerBox(r.st(), "Type your answer as you would say it. ctrl+s when done.")
	r.keys = rehearseKeys{
		submit:   key.NewBinding(key.WithKeys("ctrl+s", "ctrl+d"), key.WithHelp("ctrl+s", "submit")),
		timer:    key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "2:00 timer")),
		timerOff: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "2:00 timer")),
		stop:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop typing")),
		resume:   key.NewBinding(key.WithKeys("enter", "i"), key.WithHelp("enter", "type")),
		edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit answer")),
		next:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next question")),
		grades:   newGradeKeys(),
	}
	r.doc = newDoc(r.feedbackText)
	practiceDocKeys(&r.doc)
	r.syncKeys()
	return r
}

func (r *rehearse) Title() string { return "Rehearse" }

func (r *rehearse) Init() tea.Cmd {
	ps, id, track := r.ps, r.id, r.c.lib.Track.ID
	return func() tea.Msg {
		m, err := ps.CardStates(track)
		return rehearseLoadedMsg{to: id, states: m, err: err}
	}
}

// Capturing is true while the answer box has focus: every key is typing.
func (r *rehearse) Capturing() bool { return r.phase == rehearseTyping && r.box.Focused() }

func (r *rehearse) Update(msg tea.Msg) (Screen, tea.Cmd) {
	r.now = r.c.now()
	switch msg := msg.(type) {
	case rehearseLoadedMsg:
		r.loaded, r.err = true, msg.err
		if msg.err != nil {
			return r, statusErr("Could not read your cards: " + msg.err.Error())
		}
		r.states = practiceStates(msg.states)
		r.order = practice.RehearseOrder(r.deck, r.states, r.now)
		return r, r.ask(0)
	case practiceTickMsg:
		if msg.gen != r.tickGen || !r.timerOn || r.phase != rehearseTyping {
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
			return r, statusErr("Could not save that grade: " + msg.err.Error())
		}
		r.graded++
		cmd := r.ask(r.pos + 1)
		return r, tea.Batch(cmd, status(fmt.Sprintf("Saved %s: that question comes back in %s.", msg.rating, srs.FormatInterval(msg.due))))
	case tea.KeyMsg:
		return r, r.key(msg)
	case tea.MouseMsg:
		if r.phase == rehearseFeedback {
			return r, r.doc.update(msg)
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
		r.card, _ = r.lib().Card(r.order[i])
	}
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
	to, gen := r.id, r.tickGen
	return r.c.tick(time.Second, func(time.Time) tea.Msg { return practiceTickMsg{to: to, gen: gen} })
}

func (r *rehearse) key(msg tea.KeyMsg) tea.Cmd {
	if !r.loaded || r.busy {
		return nil
	}
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
		if rt, ok := r.keys.grades.match(msg); ok {
			return r.grade(rt)
		}
		if docJump(&r.doc, msg) {
			return nil
		}
		return r.doc.update(msg)
	}
	return nil
}

func (r *rehearse) typingKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, r.keys.submit):
		return r.submit()
	case key.Matches(msg, r.keys.timer) || (!r.box.Focused() && key.Matches(msg, r.keys.timerOff)):
		r.timerOn = !r.timerOn
		r.timerFrom = r.now
		r.tickGen++
		r.syncKeys()
		if r.timerOn {
			return tea.Batch(r.tick(), status("Timer on: two minutes, about what a panel expects for one answer."))
		}
		return status("Timer off.")
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
		return statusErr("Type an answer first: feedback needs something to read.")
	}
	r.answer = answer
	r.took = r.now.Sub(r.shownAt)
	r.timerUsed = r.now.Sub(r.timerFrom)
	r.fb = practice.Analyze(*r.card, answer)
	r.ivl = practice.Intervals(r.c.sched, r.states[r.card.ID], r.now)
	r.phase = rehearseFeedback
	r.box.Blur()
	r.doc.vp.GotoTop()
	r.doc.invalidate()
	r.layout()
	r.syncKeys()
	return nil
}

func (r *rehearse) grade(rt srs.Rating) tea.Cmd {
	id := r.card.ID
	before, known := r.states[id]
	r.undoBefore, r.undoKnown = before, known
	after := practice.Grade(r.c.sched, before, rt, r.now)
	r.states[id] = after
	rev := gradeReview(r.c.lib.Track.ID, id, rt, practice.ModeRehearse, r.now, r.took, before, after)
	r.busy = true
	ps, to, due := r.ps, r.id, after.Due.Sub(r.now)
	save := func() tea.Msg {
		_, err := ps.RecordReview(rev)
		return rehearseSavedMsg{to: to, rating: rt, due: due, err: err}
	}
	if note := leechNotice(before, after, r.card.Question); note != nil {
		return tea.Sequence(note, save)
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
	r.keys.grades.enable(r.phase == rehearseFeedback)
}

func (r *rehearse) SetSize(w, h int) {
	r.base.SetSize(w, h)
	r.layout()
}

// layout sizes the answer box or the feedback document to the room left.
func (r *rehearse) layout() {
	if r.w == 0 {
		return
	}
	top := lipgloss.Height(r.header()) + 1 + lipgloss.Height(r.question()) + 1
	switch r.phase {
	case rehearseTyping:
		r.box.SetWidth(max(10, min(practiceReadW, r.w)-4))
		r.box.SetHeight(max(3, min(answerBoxMax, r.h-top-2-1)))
	case rehearseFeedback:
		r.doc.setSize(r.w, max(3, r.h-top-1-lipgloss.Height(r.footer())))
	}
}

func (r *rehearse) header() string {
	st := r.st()
	right := ""
	if r.loaded && len(r.order) > 0 {
		right = fmt.Sprintf("question %d of %d", min(r.pos+1, len(r.order)), len(r.order))
	}
	if r.phase == rehearseTyping {
		right = r.clock() + "  " + right
	}
	left := truncate(st.Title.Render("Rehearse: "+r.deck.Name), max(10, r.w-lipgloss.Width(right)-2))
	line := left + strings.Repeat(" ", max(1, r.w-lipgloss.Width(left)-lipgloss.Width(right))) + right
	var meta []string
	if r.card != nil {
		if cat, ok := r.lib().CardCategory(r.card.Category); ok {
			meta = append(meta, cat.Name)
		}
		if strings.EqualFold(r.card.Method, "star") {
			meta = append(meta, "answer with a STAR story: Situation, Task, Action, Result")
		} else {
			meta = append(meta, "answer directly, with an example")
		}
	}
	if !isSaved(r.ps) {
		meta = append(meta, "progress isn't saved this session")
	}
	return line + "\n" + st.Muted.Render(truncate(strings.Join(meta, " · "), r.w))
}

// clock is the countdown, or how to turn it on.
func (r *rehearse) clock() string {
	st := r.st()
	if !r.timerOn {
		return st.Faint.Render("no timer")
	}
	left := rehearseLimit - r.now.Sub(r.timerFrom)
	if left < 0 {
		return st.Bad.Render("time's up +" + clockText(-left))
	}
	if left <= 20*time.Second {
		return st.Warn.Render(clockText(left) + " left")
	}
	return st.Accent.Render(clockText(left) + " left")
}

func (r *rehearse) question() string {
	if r.card == nil {
		return ""
	}
	return r.st().Bold.Render(wrap(clean(r.card.Question), min(practiceReadW, r.w)))
}

// plain reports whether the styles draw nothing (NO_COLOR): the answer box's
// cursor is then invisible, so its position is spelled out.
func (r *rehearse) plain() bool { return r.st().Accent.Render("x") == "x" }

func (r *rehearse) counter() string {
	st := r.st()
	s := count(r.words, "word", "words") + " · about " + clockText(r.spoken) + " spoken"
	if r.plain() && r.box.Focused() {
		li := r.box.LineInfo()
		s += fmt.Sprintf(" · cursor at line %d, column %d", r.box.Line()+1, li.StartColumn+li.ColumnOffset+1)
	}
	if !r.box.Focused() {
		s += " · paused: enter to type, n to skip"
	}
	return st.Muted.Render(truncate(s, r.w))
}

func (r *rehearse) footer() string {
	st := r.st()
	bar := gradeBar(st, &r.ivl, r.w-2)
	extra := st.Key.Render("e") + " edit   " + st.Key.Render("n") + " next"
	if lipgloss.Width(bar)+3+lipgloss.Width(extra) <= r.w && !strings.Contains(bar, "\n") {
		bar += "   " + extra
	} else {
		bar += "\n" + extra
	}
	// The scroll hint only where it fits, so the footer's height (and with
	// it the document's) does not change as the person scrolls.
	lines := strings.Split(bar, "\n")
	last := lines[len(lines)-1]
	if h := moreHint(st, &r.doc); h != "" && lipgloss.Width(last)+2+lipgloss.Width(h) <= r.w {
		lines[len(lines)-1] = last + "  " + h
	}
	return strings.Join(lines, "\n")
}

// feedbackText is the feedback, built once per width: red flags first,
// then key points on the left and the rest beside them when wide (one column
// when narrow), and last the card's "how to answer" and example answer to
// compare with, side by side when wide.
func (r *rehearse) feedbackText(width int) string {
	if r.card == nil || r.phase != rehearseFeedback {
		return ""
	}
	st := r.st()
	flags := redFlagsText(st, r.fb.RedFlags, min(width, 2*practiceColW+3))
	if flags != "" {
		flags += "\n\n"
	}
	if width >= 100 {
		colW := min(practiceColW, (width-3)/2)
		left := r.pointsText(colW) + "\n\n" + section(st, colW, "Your answer", r.answer)
		right := r.analysisText(colW)
		return r.analysisHead(width) + "\n\n" + flags + sideBySide(colW, left, right) + "\n\n" +
			sideBySide(colW, section(st, colW, "How to answer", r.card.How), section(st, colW, "Example answer", r.card.Example))
	}
	return r.analysisHead(width) + "\n\n" + flags + r.pointsText(width) + "\n\n" + r.analysisBody(width) + "\n\n" +
		section(st, width, "Your answer", r.answer) + "\n\n" + section(st, width, "How to answer", r.card.How) + "\n\n" +
		section(st, width, "Example answer", r.card.Example)
}

// sideBySide puts two blocks in columns of colW with a gap of three.
func sideBySide(colW int, left, right string) string {
	return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(colW).Render(left), "   ",
		lipgloss.NewStyle().Width(colW).Render(right))
}

// redFlagsText lists the red flags an answer raised, each with the words
// that raised it and why a panel counts it against the answer; "" when none.
// Mock interview summaries use it too.
func redFlagsText(st *Styles, flags []practice.FlagResult, width int) string {
	if len(flags) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Bad.Render(fmt.Sprintf("Red flags: %d", len(flags))) + "  " + st.Faint.Render("what a panel counts against an answer"))
	for _, f := range flags {
		b.WriteString("\n" + st.Bad.Render("!") + " " + indentWrap(clean(f.Label)+": you wrote “"+clean(f.Phrase)+"”", width-2, 2))
		b.WriteString("\n  " + st.Muted.Render(indentWrap(clean(f.Why), width-2, 2)))
	}
	return b.String()
}

func (r *rehearse) analysisText(width int) string { return r.analysisBody(width) }

// analysisHead is the one-line summary and the time taken.
func (r *rehearse) analysisHead(width int) string {
	st := r.st()
	took := "You took " + clockText(r.took)
	if r.timerOn {
		if over := r.timerUsed - rehearseLimit; over > 0 {
			took += fmt.Sprintf(", %s over the 2:00 timer", clockText(over))
		} else {
			took += ", within the 2:00 timer"
		}
	}
	return st.Title.Render(wrap(r.fb.Summary(), width)) + "\n" + st.Muted.Render(wrap(took+".", width))
}

// pointsText lists each key point, made or not, with the words that made
// it quoted as the candidate wrote them, or why not, or a few cues to try.
func (r *rehearse) pointsText(width int) string {
	st := r.st()
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Key points: %d of %d made", r.fb.Covered, len(r.fb.KeyPoints))))
	for _, p := range r.fb.KeyPoints {
		mark, style := "[ ]", st.Warn
		if p.Covered {
			mark, style = "[x]", st.Good
		}
		b.WriteString("\n" + style.Render(mark) + " " + indentWrap(clean(p.Point), width-4, 4))
		if d := pointDetail(p); d != "" {
			b.WriteString("\n    " + st.Muted.Render(indentWrap(clean(d), width-4, 4)))
		}
	}
	return b.String()
}

// pointDetail is the line under a key point: what said it, what said the
// opposite, what came up only in a list, or what to try.
func pointDetail(p practice.PointResult) string {
	q := func(items []string) string {
		out := make([]string, len(items))
		for i, s := range items {
			out[i] = "“" + s + "”"
		}
		return strings.Join(out, ", ")
	}
	switch {
	case p.Covered:
		return "said: " + q(p.Matched)
	case len(p.Against) > 0:
		return "you said: " + q(p.Against)
	case len(p.Listed) > 0:
		return "only in a list: " + q(p.Listed)
	case p.Say != "":
		return "add: " + p.Say
	case p.Negated && len(p.Missing) > 0:
		return "say what you would not do: " + strings.Join(p.Missing, ", ")
	case len(p.Missing) > 0:
		return "try: " + strings.Join(p.Missing, ", ")
	}
	return ""
}

// analysisBody is the STAR parts, the measures and every finding.
func (r *rehearse) analysisBody(width int) string {
	st := r.st()
	f := r.fb
	var parts []string
	if f.STAR != nil {
		var b strings.Builder
		b.WriteString(st.Section.Render(fmt.Sprintf("STAR story: %d of 4 parts", f.STAR.Present())))
		for _, p := range []struct {
			name string
			part practice.STARPart
		}{{"Situation", f.STAR.Situation}, {"Task", f.STAR.Task}, {"Action", f.STAR.Action}, {"Result", f.STAR.Result}} {
			if p.part.Present {
				b.WriteString("\n" + st.Good.Render("[x]") + " " + p.name + st.Muted.Render(truncate(" (“"+clean(p.part.Evidence)+"”)", width-6-len(p.name))))
			} else {
				b.WriteString("\n" + st.Warn.Render("[ ]") + " " + p.name)
			}
		}
		parts = append(parts, b.String())
	}
	var facts []string
	if n := fillerTotal(f.Fillers); n == 0 {
		facts = append(facts, "Fillers: none")
	} else {
		var list []string
		for _, c := range f.Fillers {
			list = append(list, fmt.Sprintf("%s ×%d", c.Word, c.N))
		}
		facts = append(facts, fmt.Sprintf("Fillers: %d (%s)", n, strings.Join(list, ", ")))
	}
	if f.Quantified {
		facts = append(facts, "Numbers: yes ("+strings.Join(f.QuantityExamples, ", ")+")")
	} else {
		facts = append(facts, "Numbers: none")
	}
	if f.IWe != nil {
		facts = append(facts, fmt.Sprintf("I vs we: “I” %d, “we” %d", f.IWe.I, f.IWe.We))
	}
	parts = append(parts, st.Section.Render("Measures")+"\n"+bullets(st, width, "•", facts))

	var b strings.Builder
	b.WriteString(st.Section.Render("What the feedback found") + "  " + st.Faint.Render("+ good  ~ tip  ! fix"))
	for _, fd := range f.Findings {
		if fd.Topic == practice.TopicRedFlags {
			continue // shown first, above everything
		}
		mark, style := "+", st.Good
		switch fd.Level {
		case practice.Tip:
			mark, style = "~", st.Warn
		case practice.Warn:
			mark, style = "!", st.Bad
		}
		b.WriteString("\n" + style.Render(mark) + " " + indentWrap(clean(fd.Message), width-2, 2))
	}
	parts = append(parts, b.String())
	return strings.Join(parts, "\n\n")
}

func fillerTotal(cs []practice.Count) int {
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}

// indentWrap wraps text to width and indents the lines after the first.
func indentWrap(s string, width, indent int) string {
	return strings.ReplaceAll(wrap(s, max(10, width)), "\n", "\n"+strings.Repeat(" ", indent))
}

func (r *rehearse) doneText() string {
	st := r.st()
	if len(r.order) == 0 {
		return st.Title.Render("No questions in this deck.") + "\n\n" + st.Muted.Render("Press q to go back and choose another deck.")
	}
	return st.Title.Render("That's every question in this deck.") + "\n\n" +
		wrap(fmt.Sprintf("You rehearsed your way through %s and graded %d.", count(len(r.order), "question", "questions"), r.graded), r.w) + "\n\n" +
		st.Muted.Render(wrap("Press q to go back to Practice. Try a mock interview next: a timed run for one rung.", r.w))
}

func (r *rehearse) View() string {
	st := r.st()
	switch {
	case !r.loaded:
		return r.header() + "\n\n" + st.Muted.Render("Loading…")
	case r.err != nil:
		return r.header() + "\n\n" + st.Bad.Render(wrap("Could not read your cards: "+r.err.Error(), r.w))
	case r.phase == rehearseDone:
		return r.header() + "\n\n" + r.doneText()
	case r.phase == rehearseFeedback:
		return r.header() + "\n\n" + r.question() + "\n\n" + fit(r.doc.view(), r.w, r.doc.vp.Height) + "\n" + r.footer()
	}
	box := st.Box
	if r.box.Focused() {
		box = st.FocusBox
	}
	return r.header() + "\n\n" + r.question() + "\n\n" + box.Render(r.box.View()) + "\n" + r.counter()
}

func (r *rehearse) Keys() keyMap {
	g := r.keys.grades.help()
	g.SetEnabled(r.phase == rehearseFeedback)
	scroll := docKeys()
	for i := range scroll {
		scroll[i].SetEnabled(r.phase == rehearseFeedback)
	}
	scroll[0].SetHelp("↑↓", "scroll")
	k := r.keys
	return keyMap{
		short: []key.Binding{k.submit, k.timer, k.stop, k.resume, k.timerOff, g, k.edit, k.next, scroll[0]},
		full: [][]key.Binding{
			{k.submit, k.timer, k.timerOff, k.stop, k.resume},
			{k.grades[0], k.grades[1], k.grades[2], k.grades[3], k.edit, k.next},
			scroll,
		},
	}
}
