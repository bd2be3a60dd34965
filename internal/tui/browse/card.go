package browse

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// This file holds what the browser and the card page share: reading the
// states and a card's history, the three things a person sets on a card
// (suspend, bury until tomorrow, flag) as keys and commands, and the text
// that describes one card.

// statesMsg carries the track's card states, with their flags.
type statesMsg struct {
	to     int
	states practice.States
	err    error
}

func (m statesMsg) Target() int { return m.to }

// historyMsg carries one card's reviews.
type historyMsg struct {
	to   int
	id   string
	hist []progress.HistoryEntry
	err  error
}

func (m historyMsg) Target() int { return m.to }

// actedMsg reports a flag set on a card, and the states after it.
type actedMsg struct {
	to     int
	status string
	states practice.States
	err    error
}

func (m actedMsg) Target() int { return m.to }

func loadStates(c *tui.Context, to int) tea.Cmd {
	pr, track := c.Progress(), c.Lib().Track.ID
	return func() tea.Msg {
		ss, err := pr.States(track)
		return statesMsg{to: to, states: ss, err: err}
	}
}

func loadHistory(c *tui.Context, to int, id string) tea.Cmd {
	pr, track := c.Progress(), c.Lib().Track.ID
	return func() tea.Msg {
		h, err := pr.CardHistory(track, id)
		return historyMsg{to: to, id: id, hist: h, err: err}
	}
}

// actionKeys are what a person sets on a card: each toggles, and its help
// says which way it goes for the card at hand.
type actionKeys struct {
	Suspend, Bury, Flag key.Binding
}

func newActionKeys() actionKeys {
	return actionKeys{
		Suspend: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "suspend")),
		Bury:    key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bury till tomorrow")),
		Flag:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "flag")),
	}
}

// sync words the keys for a card's state, or turns them off when there is
// no card (on false).
func (k *actionKeys) sync(st practice.State, now time.Time, on bool) {
	k.Suspend.SetEnabled(on)
	k.Bury.SetEnabled(on)
	k.Flag.SetEnabled(on)
	k.Suspend.SetHelp("s", pick(st.Suspended, "unsuspend", "suspend"))
	k.Bury.SetHelp("b", pick(st.BuriedUntil.After(now), "unbury", "bury till tomorrow"))
	k.Flag.SetHelp("f", pick(st.Flagged, "unflag", "flag"))
}

func (k actionKeys) bindings() []key.Binding { return []key.Binding{k.Suspend, k.Bury, k.Flag} }

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

// act runs the action msg names on card (in state st) and reloads the
// states; nil when msg is none of the action keys.
func (k actionKeys) act(c *tui.Context, to int, msg tea.KeyMsg, card *content.Card, st practice.State) tea.Cmd {
	pr, track, id, now := c.Progress(), c.Lib().Track.ID, card.ID, c.Now()
	var do func() error
	var status string
	switch {
	case key.Matches(msg, k.Suspend):
		on := !st.Suspended
		do = func() error { return pr.SetSuspended(track, id, on) }
		status = pick(on, "Suspended: the card sits out every review until you unsuspend it.",
			"Unsuspended: the card is back in the reviews.")
	case key.Matches(msg, k.Bury):
		until := practice.BuryUntil(now)
		if st.BuriedUntil.After(now) {
			until = time.Time{}
		}
		do = func() error { return pr.Bury(track, id, until) }
		status = pick(until.IsZero(), "Unburied: the card is back in today's reviews.",
			"Buried: the card comes back "+backAt(until, now)+".")
	case key.Matches(msg, k.Flag):
		on := !st.Flagged
		do = func() error { return pr.SetFlagged(track, id, on) }
		status = pick(on, "Flagged: the card is in the Flagged for practice deck.", "Unflagged.")
	default:
		return nil
	}
	return func() tea.Msg {
		if err := do(); err != nil {
			return actedMsg{to: to, err: err}
		}
		ss, err := pr.States(track)
		return actedMsg{to: to, status: status, states: ss, err: err}
	}
}

// backAt says when a buried card comes back: "tomorrow at 4:00", or "at
// 4:00" when it is buried in the small hours, before the study day ends.
func backAt(until, now time.Time) string {
	at := until.Format("3:04 pm")
	y1, m1, d1 := until.Date()
	y0, m0, d0 := now.Date()
	if y1 == y0 && m1 == m0 && d1 == d0 {
		return "at " + at
	}
	return "tomorrow at " + at
}

// dueText says when a card is next up, in a few cells: "due now", "in 3d",
// "tomorrow" for a buried card, nothing for a new or suspended one.
func dueText(ss practice.States, id string, now time.Time) string {
	st := ss[id]
	switch ss.Status(id, now) {
	case practice.StatusNew, practice.StatusSuspended:
		return ""
	case practice.StatusBuried:
		return pick(st.BuriedUntil.Sub(now) > 24*time.Hour, "later", "tomorrow")
	}
	at := st.AvailableAt()
	if !at.After(now) {
		return "due now"
	}
	return "in " + srs.FormatInterval(at.Sub(now))
}

// history is a card's reviews once read; loaded is false until then.
type history struct {
	loaded bool
	err    error
	list   []progress.HistoryEntry
}

// cardText describes a card: its question, where it stands (the schedule,
// what the person set on it) and its review history, newest first.
func cardText(c *tui.Context, card *content.Card, ss practice.States, h history, width int) string {
	st := c.Styles()
	now := c.Now()
	s := ss[card.ID]
	var b strings.Builder
	b.WriteString(st.Title.Render(tui.Wrap(tui.Clean(card.Question), width)) + "\n")
	var about []string
	if cat, ok := c.Lib().CardCategory(card.Category); ok {
		about = append(about, cat.Name)
	}
	if strings.EqualFold(card.Method, "star") {
		about = append(about, "a STAR question")
	}
	about = append(about, tui.Count(len(card.KeyPoints), "key point", "key points"))
	b.WriteString(st.Muted.Render(tui.Wrap(strings.Join(about, " · "), width)) + "\n\n")
	b.WriteString(tui.Bullets(st, width, "•", standing(c, card.ID, ss, now)) + "\n")
	if s.Flagged || s.Suspended || s.BuriedUntil.After(now) {
		b.WriteString("\n" + tui.Bullets(st, width, "•", setOn(s, now)) + "\n")
	}
	b.WriteString("\n" + st.Section.Render("Review history") + "\n")
	b.WriteString(historyText(st, h, now, width))
	return b.String()
}

// standing says where the card is in its schedule.
func standing(c *tui.Context, id string, ss practice.States, now time.Time) []string {
	s := ss[id]
	if ss.IsNew(id) {
		return []string{"New: never studied yet."}
	}
	var out []string
	state := strings.ToLower(s.State.String())
	switch at := s.AvailableAt(); {
	case !at.After(now):
		out = append(out, fmt.Sprintf("In %s, due now.", state))
	case s.State == srs.Review:
		// Due for the whole study day, not at a time.
		out = append(out, fmt.Sprintf("In review, due %s (in %s).", at.In(now.Location()).Format("Mon Jan 2"),
			srs.FormatInterval(at.Sub(now))))
	default:
		out = append(out, fmt.Sprintf("In %s, due %s (in %s).", state, at.In(now.Location()).Format("Mon Jan 2, 3:04 pm"),
			srs.FormatInterval(at.Sub(now))))
	}
	if s.Leech {
		out = append(out, fmt.Sprintf("A leech: forgotten %d times, set apart in the Leeches deck.", s.Lapses))
	}
	recall := "—"
	if c.Scheduler() != nil && s.Stability > 0 {
		recall = fmt.Sprintf("%.0f%%", 100*c.Scheduler().Retrievability(s.Card, now))
	}
	out = append(out, fmt.Sprintf("Seen %s, forgotten %s. Memory: %.1f days; difficulty %.1f of 10; chance of recall now %s.",
		tui.Count(s.Reps, "time", "times"), tui.Count(s.Lapses, "time", "times"), s.Stability, s.Difficulty, recall))
	return out
}

// setOn says what the person has set on the card.
func setOn(s practice.State, now time.Time) []string {
	var out []string
	if s.Suspended {
		out = append(out, "Suspended: out of every review until you unsuspend it (s).")
	}
	if s.BuriedUntil.After(now) {
		out = append(out, "Buried: out of reviews until "+s.BuriedUntil.In(now.Location()).Format("Mon Jan 2, 3:04 pm")+" (b to unbury).")
	}
	if s.Flagged {
		out = append(out, "Flagged for practice: in the Flagged deck (f to unflag).")
	}
	return out
}

// historyText lists a card's reviews, newest first: the day and time, the
// grade, the mode and the wait it set.
func historyText(st *tui.Styles, h history, now time.Time, width int) string {
	switch {
	case !h.loaded:
		return st.Muted.Render("Reading the history…")
	case h.err != nil:
		return st.Bad.Render(tui.Wrap("Could not read the history: "+h.err.Error(), width))
	case len(h.list) == 0:
		return st.Muted.Render(tui.Wrap("No reviews yet. Cram grades are not kept.", width))
	}
	var lines []string
	lines = append(lines, st.Muted.Render(tui.Truncate(fmt.Sprintf("%-21s %-6s %-10s %s", "When", "Grade", "Mode", "Next in"), width)))
	for i := len(h.list) - 1; i >= 0; i-- {
		e := h.list[i]
		next := srs.FormatInterval(e.Interval)
		if e.Interval <= 0 {
			next = "now"
		}
		lines = append(lines, tui.Truncate(fmt.Sprintf("%-21s %-6s %-10s %s",
			e.At.In(now.Location()).Format("Jan 2, 2006 3:04 pm"), e.Rating, e.Mode, next), width))
	}
	return strings.Join(lines, "\n")
}
