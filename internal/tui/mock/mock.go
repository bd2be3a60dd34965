// Package mock is the mock interview: set up a run of questions for one
// rung, answer each by typing while the clock runs, then see a summary and
// a saved Markdown transcript.
package mock

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// Mock interview: choose a rung, how many questions and an optional time
// limit; answer each question by typing while the clock runs; then a
// summary of every answer and a Markdown transcript saved to the output
// folder (never over an earlier one).

type mockSavedMsg struct {
	to   int
	path string
	err  error
}

func (m mockSavedMsg) Target() int { return m.to }

type mockPhase int

const (
	mockSetup mockPhase = iota
	mockAsking
	mockSummary
)

// The rows of the setup form.
const (
	mockFieldRung = iota
	mockFieldSize
	mockFieldLimit
	mockFieldStart
	mockFields
)

type mockKeys struct {
	tui.NavKeys                              // scroll the summary
	up, down, left, right, start key.Binding // the set-up form
	submit, pause, resume        key.Binding // answering
	extraKeys                                // skipping, and the missed questions (missed.go)
	story                        key.Binding // pick a story (stories.go)
}

func (k mockKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.start, k.left, k.right, k.up, k.down, k.submit, k.story, k.pause, k.resume, k.skip, k.keepTyping,
		k.retry, k.flag, k.Down}
}

func (k mockKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.up, k.down, k.left, k.right, k.start}, {k.submit, k.story, k.pause, k.resume, k.skip, k.keepTyping},
		{k.retry, k.flag}, k.Bindings()}
}

type mockInterview struct {
	tui.Base
	phase      mockPhase
	rungs      []string
	rung       int
	size       int // index into practice.MockSizes
	limit      int // index into practice.MockLimits
	field      int
	cards      []content.Card
	pos        int
	box        textarea.Model
	words      int
	askedAt    time.Time
	now        time.Time
	tickGen    int
	result     practice.MockResult
	saved      string
	saveErr    error
	saving     bool
	summary    tui.Doc
	keys       mockKeys
	extras     // asking before a skip, and the missed questions (missed.go)
	storyState // the stories that suit a STAR question (stories.go)
}

// New makes a mock interview (tui.RouteMock); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	m := &mockInterview{Base: tui.NewBase(c), now: c.Now(), rungs: practice.MockRungs(c.Lib())}
	def := practice.DefaultMockRung(c.Lib(), c.Latest())
	for i, id := range m.rungs {
		if id == def {
			m.rung = i
		}
	}
	for i, n := range practice.MockSizes {
		if n == practice.DefaultMockSize {
			m.size = i
		}
	}
	m.box = tui.NewAnswerBox(m.Styles(), "Answer as you would out loud. ctrl+s for the next question.")
	m.keys = mockKeys{NavKeys: tui.NewScrollKeys(),
		up:     key.NewBinding(key.WithKeys("up", "k", "shift+tab"), key.WithHelp("↑/k", "up")),
		down:   key.NewBinding(key.WithKeys("down", "j", "tab"), key.WithHelp("↓/j", "down")),
		left:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "previous choice")),
		right:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "next choice")),
		start:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		submit: key.NewBinding(key.WithKeys("ctrl+s", "ctrl+d"), key.WithHelp("ctrl+s", "next question")),
		pause:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop typing")),
		resume: key.NewBinding(key.WithKeys("enter", "i"), key.WithHelp("enter", "type")),
	}
	m.keys.extraKeys = newExtraKeys()
	m.summary = tui.NewDoc(m.summaryText)
	m.pick = tui.NewStoryPick(c.Lib())
	m.syncKeys()
	return m
}

func (m *mockInterview) Title() string { return "Mock interview" }

// Unsaved says the interview so far would be lost: its transcript is saved
// only at the end.
func (m *mockInterview) Unsaved() string {
	if m.phase == mockAsking && (len(m.result.Answers) > 0 || strings.TrimSpace(m.box.Value()) != "") {
		return "the interview so far"
	}
	return ""
}

func (m *mockInterview) Capturing() bool { return m.phase == mockAsking && m.box.Focused() }

func (m *mockInterview) rungID() string {
	if len(m.rungs) == 0 {
		return ""
	}
	return m.rungs[m.rung]
}

func (m *mockInterview) rungTitle(id string) string {
	if r, ok := m.Lib().Role(id); ok {
		return r.Title
	}
	return id
}

func (m *mockInterview) limitDur() time.Duration { return practice.MockLimits[m.limit] }

func (m *mockInterview) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	m.now = m.Now()
	switch msg := msg.(type) {
	case tui.TickMsg:
		if msg.Gen != m.tickGen || m.phase != mockAsking {
			return m, nil
		}
		return m, m.tick()
	case mockSavedMsg:
		m.saving = false
		m.saved, m.saveErr = msg.path, msg.err
		m.summary.Invalidate()
		if msg.err != nil {
			return m, m.StatusErr("Could not save the transcript: " + msg.err.Error())
		}
		return m, m.Status("Transcript saved to " + msg.path)
	case missedFlaggedMsg:
		return m, m.missedFlagged(msg)
	case tui.StoriesLoadedMsg:
		return m, m.storiesLoaded(msg)
	case tui.StoryUsedMsg:
		return m, m.storyUsed(msg)
	case tea.KeyMsg:
		return m, m.key(msg)
	case tea.MouseMsg:
		if m.phase == mockSummary {
			return m, m.summary.Update(msg)
		}
	}
	return m, nil
}

func (m *mockInterview) key(msg tea.KeyMsg) tea.Cmd {
	m.syncKeys()
	switch m.phase {
	case mockSetup:
		return m.setupKey(msg)
	case mockAsking:
		return m.askingKey(msg)
	case mockSummary:
		if cmd := m.summaryKey(msg); cmd != nil {
			return cmd
		}
		m.keys.Scroll(&m.summary, msg, true)
	}
	return nil
}

func (m *mockInterview) setupKey(msg tea.KeyMsg) tea.Cmd {
	step := func(i, n, d int) int { return (i + d + n) % n }
	switch {
	case key.Matches(msg, m.keys.up):
		m.field = step(m.field, mockFields, -1)
	case key.Matches(msg, m.keys.down):
		m.field = step(m.field, mockFields, 1)
	case key.Matches(msg, m.keys.left), key.Matches(msg, m.keys.right):
		d := 1
		if key.Matches(msg, m.keys.left) {
			d = -1
		}
		switch m.field {
		case mockFieldRung:
			if len(m.rungs) > 0 {
				m.rung = step(m.rung, len(m.rungs), d)
			}
		case mockFieldSize:
			m.size = step(m.size, len(practice.MockSizes), d)
		case mockFieldLimit:
			m.limit = step(m.limit, len(practice.MockLimits), d)
		}
	case key.Matches(msg, m.keys.start):
		return m.begin()
	}
	return nil
}

// begin picks the questions and asks the first.
func (m *mockInterview) begin() tea.Cmd {
	if len(m.rungs) == 0 {
		return m.StatusErr("This track has no interview questions.")
	}
	rung := m.rungID()
	m.cards = practice.PickMock(m.Lib(), rung, practice.MockSizes[m.size], uint64(m.now.UnixNano()))
	m.result = practice.MockResult{Rung: rung, At: m.now, Limit: m.limitDur()}
	m.phase = mockAsking
	return m.ask(0)
}

func (m *mockInterview) ask(i int) tea.Cmd {
	m.pos = i
	m.box.Reset()
	m.words = 0
	m.askedAt = m.now
	m.tickGen++
	m.pick.ForCard(&m.cards[i])
	focus := m.box.Focus()
	m.layout()
	m.syncKeys()
	return tea.Batch(focus, m.tick())
}

func (m *mockInterview) tick() tea.Cmd {
	to, gen := m.ID(), m.tickGen
	return m.Tick(time.Second, func(time.Time) tea.Msg { return tui.TickMsg{To: to, Gen: gen} })
}

func (m *mockInterview) askingKey(msg tea.KeyMsg) tea.Cmd {
	if m.confirming {
		return m.confirmKey(msg)
	}
	if m.storyKey(msg) {
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.submit):
		if m.emptyAnswer() {
			return m.askSkip()
		}
		return tea.Batch(m.tellStory(), m.answer())
	case !m.box.Focused():
		if key.Matches(msg, m.keys.resume) {
			cmd := m.box.Focus()
			m.syncKeys()
			return cmd
		}
		return nil
	case key.Matches(msg, m.keys.pause):
		m.box.Blur()
		m.syncKeys()
		return nil
	}
	var cmd tea.Cmd
	m.box, cmd = m.box.Update(msg)
	m.words = practice.Analyze(m.cards[m.pos], m.box.Value()).Words
	return cmd
}

// answer records the typed answer (even an empty one: a skipped question)
// and moves on, or to the summary after the last.
func (m *mockInterview) answer() tea.Cmd {
	card := m.cards[m.pos]
	text := m.box.Value()
	m.result.Answers = append(m.result.Answers, practice.MockAnswer{
		Card: card, Answer: text, Elapsed: m.now.Sub(m.askedAt), Feedback: practice.Analyze(card, text),
	})
	if m.pos+1 < len(m.cards) {
		return m.ask(m.pos + 1)
	}
	m.phase = mockSummary
	m.box.Blur()
	m.tickGen++
	m.saving = true
	m.summary.Invalidate()
	m.layout()
	m.syncKeys()
	pr, lib, result, to := m.Progress(), m.Lib(), m.result, m.ID()
	return func() tea.Msg {
		path, err := pr.SaveTranscript(lib, result)
		return mockSavedMsg{to: to, path: path, err: err}
	}
}

func (m *mockInterview) syncKeys() {
	setup := m.phase == mockSetup
	for _, b := range []*key.Binding{&m.keys.up, &m.keys.down, &m.keys.left, &m.keys.right, &m.keys.start} {
		b.SetEnabled(setup)
	}
	asking := m.phase == mockAsking
	m.keys.submit.SetEnabled(asking)
	m.keys.pause.SetEnabled(asking && m.box.Focused())
	m.keys.resume.SetEnabled(asking && !m.box.Focused())
	if asking && m.pos == len(m.cards)-1 {
		m.keys.submit.SetHelp("ctrl+s", "finish")
	} else {
		m.keys.submit.SetHelp("ctrl+s", "next question")
	}
	m.keys.NavKeys.SetEnabled(m.phase == mockSummary && m.summary.Scrolls())
	m.syncExtraKeys()
	m.syncStoryKey()
}

func (m *mockInterview) SetSize(w, h int) {
	m.Base.SetSize(tui.Reading(w), h)
	m.layout()
}

func (m *mockInterview) layout() {
	if m.Width == 0 {
		return
	}
	switch m.phase {
	case mockAsking:
		top := lipgloss.Height(m.askHeader()) + 1 + lipgloss.Height(m.question()) + 1 + lipgloss.Height(m.storyBlock()) - 1
		m.box.SetWidth(max(10, min(tui.ReadWidth, m.Width)-4))
		m.box.SetHeight(max(3, min(tui.AnswerBoxMax, m.Height-top-2-1)))
	case mockSummary:
		m.summary.SetSize(m.Width, max(3, m.Height-2))
	}
}

// setupView is the set-up form; intro says to explain the interview above
// it (left out when the terminal is short of room).
func (m *mockInterview) setupView(intro bool) string {
	st := m.Styles()
	var b strings.Builder
	b.WriteString(st.Title.Render("Mock interview") + "\n")
	if intro {
		b.WriteString(st.Muted.Render(tui.Wrap("A panel asks you a run of questions for one rung, across the kinds of question they use. "+
			"Type each answer as you would say it; the clock runs while you do. At the end you see what each answer covered, "+
			"and a Markdown transcript is saved for you.", m.Width)) + "\n")
	}
	b.WriteString("\n")
	limit := "none"
	if d := m.limitDur(); d > 0 {
		limit = tui.ClockText(d) + " a question"
	}
	rung := "no questions in this track"
	if len(m.rungs) > 0 {
		rung = m.rungTitle(m.rungID())
		if m.Latest() != nil && m.rungID() == m.Latest().Next {
			rung += " (your next rung)"
		}
	}
	rows := []struct{ label, value string }{
		{"Rung", rung},
		{"Questions", fmt.Sprint(practice.MockSizes[m.size])},
		{"Time limit", limit},
	}
	for i, r := range rows {
		marker := "  "
		val := "‹ " + r.value + " ›"
		line := fmt.Sprintf("%-12s %s", r.label, val)
		if i == m.field {
			marker = "> "
			line = st.Selected.Render(marker + line)
		} else {
			line = marker + line
		}
		b.WriteString(tui.Truncate(line, m.Width) + "\n")
	}
	startLine := "Start the interview"
	if m.field == mockFieldStart {
		b.WriteString("\n" + st.Selected.Render("> "+startLine))
	} else {
		b.WriteString("\n  " + startLine)
	}
	n := len(m.Lib().CardsFor(m.rungID()))
	b.WriteString("\n\n" + st.Muted.Render(tui.Wrap(fmt.Sprintf("%d questions suit this rung. ↑↓ to choose a line, ←→ to change it, enter to start.", n), m.Width)))
	if m.limitDur() > 0 {
		b.WriteString("\n" + st.Muted.Render(tui.Wrap("The limit doesn't cut you off: the clock turns red and the summary notes the answers that ran over.", m.Width)))
	}
	return b.String()
}

func (m *mockInterview) askHeader() string {
	st := m.Styles()
	card := m.cards[m.pos]
	el := m.now.Sub(m.askedAt)
	clock := st.Accent.Render(tui.ClockText(el))
	if lim := m.limitDur(); lim > 0 {
		clock += st.Muted.Render(" of " + tui.ClockText(lim))
		if el > lim {
			clock = st.Bad.Render(tui.ClockText(el) + " over " + tui.ClockText(lim))
		}
	}
	left := st.Title.Render(fmt.Sprintf("Question %d of %d", m.pos+1, len(m.cards)))
	left = tui.Truncate(left, max(10, m.Width-lipgloss.Width(clock)-2))
	line := left + strings.Repeat(" ", max(1, m.Width-lipgloss.Width(left)-lipgloss.Width(clock))) + clock
	cat := card.Category
	if c, ok := m.Lib().CardCategory(cat); ok {
		cat = c.Name
	}
	meta := fmt.Sprintf("%s interview · %s", m.rungTitle(m.result.Rung), cat)
	return line + "\n" + st.Muted.Render(tui.Truncate(meta, m.Width))
}

func (m *mockInterview) question() string {
	if m.phase != mockAsking {
		return ""
	}
	return m.Styles().Bold.Render(tui.Wrap(tui.Clean(m.cards[m.pos].Question), min(tui.ReadWidth, m.Width)))
}

func (m *mockInterview) askView() string {
	st := m.Styles()
	box := st.Box
	if m.box.Focused() {
		box = st.FocusBox
	}
	return m.askHeader() + "\n\n" + m.question() + "\n\n" + m.storyBlock() + box.Render(m.box.View()) + "\n" + m.counterLine()
}

// summaryText is the end of the interview, built once per width.
func (m *mockInterview) summaryText(width int) string {
	st := m.Styles()
	width = min(width, tui.ReadWidth+10)
	r := m.result
	t := r.Totals()
	var b strings.Builder
	b.WriteString(st.Title.Render(tui.Wrap(fmt.Sprintf("Mock interview done: %s", m.rungTitle(r.Rung)), width)) + "\n")
	overall := fmt.Sprintf("%d of %d key points covered (%d%%) · %d of %d answered · %s · %s in all",
		t.Covered, t.Points, t.Percent(), t.Answered, t.Questions, tui.Count(t.Words, "word", "words"), tui.ClockText(t.Time))
	if r.Limit > 0 {
		overall += fmt.Sprintf(" · %d over the %s limit", t.Over, tui.ClockText(r.Limit))
	}
	if t.RedFlags > 0 {
		b.WriteString(st.Bad.Render(tui.Wrap(fmt.Sprintf("! %s: see below; a panel weighs these above the points made.",
			tui.Count(t.RedFlags, "red flag", "red flags")), width)) + "\n")
	}
	b.WriteString(tui.Wrap(overall, width) + "\n")
	b.WriteString(tui.Bar(st, t.Percent(), min(30, width)) + "\n")
	switch {
	case m.saving:
		b.WriteString(st.Muted.Render("Saving the transcript…"))
	case m.saveErr != nil:
		b.WriteString(st.Bad.Render(tui.Wrap("The transcript could not be saved: "+m.saveErr.Error(), width)))
	case m.saved != "":
		// The path on a line of its own, so it is not broken at a hyphen,
		// and cut into whole lines when longer than one, never cut off.
		b.WriteString(st.Muted.Render("Transcript saved to:") + "\n" + st.Muted.Render(ansi.Hardwrap(tui.Clean(m.saved), width, false)))
	}
	b.WriteString("\n\n" + m.missedText(width) + "\n\n")

	// The table: one line per question.
	qW := max(10, min(60, width-4-11-7-7))
	b.WriteString(st.Section.Render(fmt.Sprintf("%-3s %-*s %10s %6s %6s", "#", qW, "Question", "Key points", "Words", "Time")) + "\n")
	for i, a := range r.Answers {
		tm := tui.ClockText(a.Elapsed)
		if r.Over(i) {
			tm += "!"
		}
		b.WriteString(fmt.Sprintf("%-3d %-*s %10s %6d %6s\n", i+1, qW, tui.Truncate(tui.Clean(a.Card.Question), qW),
			fmt.Sprintf("%d/%d", a.Feedback.Covered, len(a.Feedback.KeyPoints)), a.Feedback.Words, tm))
	}
	if t.Over > 0 {
		b.WriteString(st.Faint.Render("! over the time limit") + "\n")
	}

	// Then what each answer raised and missed, red flags first.
	b.WriteString("\n" + st.Section.Render("What each answer raised and missed"))
	for i, a := range r.Answers {
		var missed []string
		for _, p := range a.Feedback.KeyPoints {
			if !p.Covered {
				missed = append(missed, p.Point)
			}
		}
		b.WriteString("\n" + st.Bold.Render(tui.Wrap(fmt.Sprintf("%d. %s", i+1, tui.Clean(a.Card.Question)), width)) + "\n")
		b.WriteString(st.Muted.Render(tui.Wrap(a.Feedback.Summary(), width)) + "\n")
		if flags := tui.RedFlagsText(st, a.Feedback.RedFlags, width); flags != "" {
			b.WriteString(flags + "\n")
		}
		switch {
		case a.Feedback.Words == 0:
			b.WriteString(st.Warn.Render("Skipped: no answer given.") + "\n")
		case len(missed) == 0:
			b.WriteString(st.Good.Render("Every key point covered.") + "\n")
		default:
			b.WriteString(tui.Bullets(st, width, "•", missed) + "\n")
		}
		b.WriteString(m.storySummary(i, a, width))
	}
	b.WriteString("\n" + st.Muted.Render(tui.Wrap("Rehearse a question from Practice (r on a deck) for the full feedback on one answer.", width)))
	return b.String()
}

func (m *mockInterview) View() string {
	switch m.phase {
	case mockAsking:
		return m.askView()
	case mockSummary:
		hint := tui.MoreHint(m.Styles(), &m.summary)
		return tui.Fit(m.summary.View(), m.Width, m.summary.Viewport.Height) + "\n" + hint
	}
	if v := m.setupView(true); lipgloss.Height(v) <= m.Height {
		return v
	}
	return m.setupView(false)
}

func (m *mockInterview) Keys() help.KeyMap {
	m.syncKeys()
	return m.keys
}
