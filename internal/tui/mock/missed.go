package mock

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// This file holds what the mock interview adds around its questions: an
// empty answer asks before it is skipped, the paused line keeps its keys
// in view, and the summary offers the missed questions again, as a short
// mock of just those or as flashcards (flagged for practice).

// extraKeys are the keys of those additions.
type extraKeys struct {
	skip, keepTyping key.Binding // asking whether to skip an empty answer
	retry, flag      key.Binding // the summary's missed questions
}

func newExtraKeys() extraKeys {
	return extraKeys{
		skip:       key.NewBinding(key.WithKeys("enter", "y", "ctrl+s", "ctrl+d"), key.WithHelp("enter/y", "skip question")),
		keepTyping: key.NewBinding(key.WithKeys("esc", "n"), key.WithHelp("esc", "back to typing")),
		retry:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retry missed")),
		flag:       key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "add missed to flashcards")),
	}
}

// extras is the state of those additions.
type extras struct {
	// confirming: an empty answer was submitted, and the screen asks
	// whether to skip the question.
	confirming bool
	// flagged: the missed questions of this summary are in the flashcard
	// deck.
	flagged bool
	flagErr error
}

// missedFlaggedMsg reports the missed questions flagged for practice.
type missedFlaggedMsg struct {
	to  int
	n   int
	err error
}

func (m missedFlaggedMsg) Target() int { return m.to }

// ClaimsEsc: while asking whether to skip, esc goes back to typing rather
// than out of the interview.
func (m *mockInterview) ClaimsEsc() bool { return m.phase == mockAsking && m.confirming }

// emptyAnswer reports whether the answer in the box says nothing.
func (m *mockInterview) emptyAnswer() bool {
	return strings.TrimSpace(m.box.Value()) == "" || practice.Analyze(m.cards[m.pos], m.box.Value()).Words == 0
}

// askSkip asks before an empty answer is taken as a skipped question.
func (m *mockInterview) askSkip() tea.Cmd {
	m.confirming = true
	m.box.Blur()
	m.syncKeys()
	return nil
}

// confirmKey answers "skip this question?": skip it, or go back to typing.
func (m *mockInterview) confirmKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.skip):
		m.confirming = false
		return m.answer()
	case key.Matches(msg, m.keys.keepTyping):
		m.confirming = false
		cmd := m.box.Focus()
		m.syncKeys()
		return cmd
	}
	return nil
}

// summaryKey acts on the summary's missed questions; nil for other keys.
func (m *mockInterview) summaryKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.retry):
		return m.retryMissed()
	case key.Matches(msg, m.keys.flag):
		return m.flagMissed()
	}
	return nil
}

// retryMissed starts a new, short mock of just the questions missed, with
// the same rung and time limit; its transcript is saved as another file.
func (m *mockInterview) retryMissed() tea.Cmd {
	missed := m.result.Missed()
	if len(missed) == 0 {
		return nil
	}
	m.cards = missed
	m.result = practice.MockResult{Rung: m.result.Rung, At: m.now, Limit: m.result.Limit}
	m.extras = extras{}
	m.saved, m.saveErr = "", nil
	m.phase = mockAsking
	m.summary.Viewport.GotoTop()
	return tea.Batch(m.ask(0), m.Status(fmt.Sprintf("Retrying the %s you missed.", tui.Count(len(missed), "question", "questions"))))
}

// flagMissed puts the missed questions in the flashcard deck: flagged for
// practice, they are what the Flagged for practice deck holds.
func (m *mockInterview) flagMissed() tea.Cmd {
	missed := m.result.Missed()
	if len(missed) == 0 || m.flagged {
		return nil
	}
	pr, track, to := m.Progress(), m.Lib().Track.ID, m.ID()
	ids := make([]string, len(missed))
	for i, c := range missed {
		ids[i] = c.ID
	}
	return func() tea.Msg {
		for _, id := range ids {
			if err := pr.SetFlagged(track, id, true); err != nil {
				return missedFlaggedMsg{to: to, err: err}
			}
		}
		return missedFlaggedMsg{to: to, n: len(ids)}
	}
}

// missedFlagged records the flags set, or why not.
func (m *mockInterview) missedFlagged(msg missedFlaggedMsg) tea.Cmd {
	m.flagged, m.flagErr = msg.err == nil, msg.err
	m.summary.Invalidate()
	m.syncKeys()
	if msg.err != nil {
		return m.StatusErr("Could not add them to your flashcards: " + msg.err.Error())
	}
	return m.Status(fmt.Sprintf("Added %s to Flagged for practice, a deck on the Practice screen.",
		tui.Count(msg.n, "question", "questions")))
}

// syncExtraKeys offers the skip question's keys while it is asked, and the
// summary's while there are missed questions.
func (m *mockInterview) syncExtraKeys() {
	asking := m.phase == mockAsking
	m.keys.skip.SetEnabled(asking && m.confirming)
	m.keys.keepTyping.SetEnabled(asking && m.confirming)
	if asking && m.confirming {
		m.keys.submit.SetEnabled(false)
		m.keys.pause.SetEnabled(false)
		m.keys.resume.SetEnabled(false)
	}
	missed := 0
	if m.phase == mockSummary {
		missed = len(m.result.MissedAnswers())
	}
	m.keys.retry.SetEnabled(missed > 0)
	m.keys.retry.SetHelp("r", fmt.Sprintf("retry the %d missed", missed))
	m.keys.flag.SetEnabled(missed > 0 && !m.flagged)
}

// counterLine is the line under the answer box: the words so far and, when
// paused or asking, the keys that go on. It picks the longest wording that
// fits, so the keys are never what is cut.
func (m *mockInterview) counterLine() string {
	st := m.Styles()
	words := tui.Count(m.words, "word", "words")
	var options []string
	style := st.Muted
	switch {
	case m.confirming:
		style = st.Warn
		options = []string{
			"Nothing typed for this question: enter or y skips it, esc goes back to typing.",
			"Nothing typed: enter or y skips it, esc goes back to typing.",
			"Skip it? enter/y skip, esc type",
		}
	case !m.box.Focused():
		options = []string{
			words + " · paused (the clock still runs): enter to go on, q to leave without saving",
			words + " · paused, the clock runs: enter to go on, q to leave without saving",
			words + " · paused: enter to go on, q to leave without saving",
			words + " · paused: enter goes on, q leaves unsaved",
			"paused: enter goes on, q leaves unsaved",
		}
	default:
		options = []string{words}
	}
	for _, o := range options {
		if lipgloss.Width(o) <= m.Width {
			return style.Render(o)
		}
	}
	return style.Render(tui.Truncate(options[len(options)-1], m.Width))
}

// missedText is the summary's part on the missed questions: which, why,
// and what can be done with them.
func (m *mockInterview) missedText(width int) string {
	st := m.Styles()
	idx := m.result.MissedAnswers()
	if len(idx) == 0 {
		return st.Good.Render(tui.Wrap("No question missed: every answer made at least half its key points and raised no red flag.", width))
	}
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Missed: %d of %d", len(idx), len(m.result.Answers))) + "  " +
		st.Faint.Render("a panel would mark these down") + "\n")
	for _, i := range idx {
		a := m.result.Answers[i]
		line := fmt.Sprintf("%d. %s", i+1, tui.Clean(a.Card.Question))
		reason := " (" + a.MissReason() + ")"
		b.WriteString(tui.Truncate(line, width-lipgloss.Width(reason)) + st.Warn.Render(reason) + "\n")
	}
	switch {
	case m.flagErr != nil:
		b.WriteString(st.Bad.Render(tui.Wrap("Could not add them to your flashcards: "+m.flagErr.Error(), width)) + "\n")
	case m.flagged:
		b.WriteString(st.Good.Render(tui.Wrap("In your flashcards: the Flagged for practice deck on the Practice screen holds them.", width)) + "\n")
	}
	what := "r to retry just these in a short mock"
	if !m.flagged {
		what += ", f to add them to your flashcards (the Flagged for practice deck)"
	}
	b.WriteString(st.Muted.Render(tui.Wrap(what+".", width)))
	return b.String()
}
