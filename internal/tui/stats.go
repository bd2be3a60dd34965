package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

// Stats: reviews per day for the last 12 weeks as a heatmap (glyphs, so it
// reads without colour), retention over the last 30 days, cards by state,
// and readiness over the saved assessments. `rung stats` prints the same
// figures (all computed in internal/practice).

type statsLoadedMsg struct {
	to          int
	states      map[string]store.CardState
	days        map[string]int
	reviews     []store.Review
	assessments []store.Assessment
	err         error
}

func (m statsLoadedMsg) Target() int { return m.to }

type practiceStats struct {
	Base
	ps     progress.Reviews
	loaded bool
	err    error
	heat   practice.Heatmap
	ret    practice.Retention
	counts practice.StateCounts
	points []practice.ReadinessPoint
	doc    Doc
}

func newPracticeStats(c *Context, ps progress.Reviews) *practiceStats {
	s := &practiceStats{Base: NewBase(c), ps: ps}
	s.doc = NewDoc(s.text)
	return s
}

func (s *practiceStats) Title() string { return "Stats" }

func (s *practiceStats) Init() tea.Cmd {
	ps, id, track, now := s.ps, s.id, s.Lib().Track.ID, s.Now()
	return func() tea.Msg {
		msg := statsLoadedMsg{to: id}
		from, to := practice.HeatRange(now)
		if msg.days, msg.err = ps.ReviewCountsByDay(track, from, to, now.Location()); msg.err != nil {
			return msg
		}
		if msg.reviews, msg.err = ps.ReviewsSince(track, now.AddDate(0, 0, -practice.RetentionDays)); msg.err != nil {
			return msg
		}
		if msg.states, msg.err = ps.CardStates(track); msg.err != nil {
			return msg
		}
		msg.assessments, msg.err = ps.Assessments(track)
		return msg
	}
}

// practiceReviewed maps stored reviews to what the statistics read.
func practiceReviewed(rs []store.Review) []practice.Reviewed {
	out := make([]practice.Reviewed, len(rs))
	for i, r := range rs {
		out[i] = practice.Reviewed{At: r.ReviewedAt, Rating: srs.Rating(r.Rating), Before: srs.State(r.Before.State), Mode: practice.Mode(r.Mode)}
	}
	return out
}

// readinessPoints maps saved assessments to the readiness history.
func readinessPoints(as []store.Assessment) []practice.ReadinessPoint {
	out := make([]practice.ReadinessPoint, len(as))
	for i, a := range as {
		out[i] = practice.ReadinessPoint{At: a.TakenAt, Next: a.Next, Readiness: a.Readiness}
	}
	return out
}

func (s *practiceStats) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case statsLoadedMsg:
		s.loaded, s.err = true, msg.err
		if msg.err != nil {
			s.doc.Invalidate()
			return s, s.StatusErr("Could not read your practice history: " + msg.err.Error())
		}
		now := s.Now()
		s.heat = practice.BuildHeatmap(msg.days, now)
		s.ret = practice.RetentionSince(practiceReviewed(msg.reviews), now.AddDate(0, 0, -practice.RetentionDays))
		s.counts = practice.CountStates(s.Lib(), progress.States(msg.states))
		s.points = readinessPoints(msg.assessments)
		s.doc.Invalidate()
	case tea.KeyMsg:
		if DocJump(&s.doc, msg) {
			return s, nil
		}
		return s, s.doc.Update(msg)
	case tea.MouseMsg:
		return s, s.doc.Update(msg)
	}
	return s, nil
}

func (s *practiceStats) SetSize(w, h int) {
	s.Base.SetSize(w, h)
	s.doc.SetSize(w, max(1, h-1))
}

// text is the whole page, built once per width: the heatmap beside the
// other figures when wide, one column when narrow.
func (s *practiceStats) text(width int) string {
	st := s.Styles()
	if !s.loaded {
		return st.Muted.Render("Loading…")
	}
	if s.err != nil {
		return st.Bad.Render(Wrap("Could not read your practice history: "+s.err.Error(), width))
	}
	var intro string
	if !s.Progress().Saved() {
		intro = st.Warn.Render(Wrap("Progress isn't saved this session: these figures cover only what you did since rung started.", width)) + "\n\n"
	}
	if width >= 100 {
		const leftW = 52
		left := s.heatText(2, leftW)
		colW := min(ColumnWidth, width-leftW-4)
		right := s.figuresText(colW)
		return intro + lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(leftW).Render(left), "    ",
			lipgloss.NewStyle().Width(colW).Render(right))
	}
	return intro + s.heatText(1, width) + "\n\n" + s.figuresText(width)
}

func (s *practiceStats) heatText(cell, width int) string {
	st := s.Styles()
	h := s.heat
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Reviews, last %d weeks", practice.HeatWeeks)) + "\n")
	lines := h.Lines(cell)
	b.WriteString(st.Muted.Render(lines[0]))
	for _, l := range lines[1:] {
		b.WriteString("\n" + st.Muted.Render(l[:4]) + st.Accent.Render(l[4:]))
	}
	b.WriteString("\n" + st.Faint.Render(Truncate(practice.HeatLegend(), width)) + "\n")
	if h.Total == 0 {
		b.WriteString(st.Muted.Render(Wrap("No reviews yet: study a deck from Practice and your days fill in here.", width)))
		return b.String()
	}
	streak := h.Streak(s.Now())
	days := "days"
	if streak == 1 {
		days = "day"
	}
	b.WriteString(Wrap(fmt.Sprintf("%s on %s · %d today · streak %d %s", Count(h.Total, "review", "reviews"), Count(h.ActiveDays, "day", "days"), h.Today, streak, days), width))
	return b.String()
}

func (s *practiceStats) figuresText(width int) string {
	st := s.Styles()
	var parts []string

	ret := st.Section.Render(fmt.Sprintf("Retention, last %d days", practice.RetentionDays)) + "\n"
	if pct, ok := s.ret.Percent(); ok {
		ret += Wrap(fmt.Sprintf("%d%%: you remembered %d of %d cards that were due for review (graded Hard, Good or Easy, not Again).",
			pct, s.ret.Passed, s.ret.Reviews), width)
	} else {
		ret += st.Muted.Render(Wrap("Not measured yet: it counts reviews of cards that have graduated to days-long intervals.", width))
	}
	parts = append(parts, ret)

	c := s.counts
	total := max(1, c.Total())
	var rows []string
	barW := max(5, min(20, width-20))
	for _, r := range []struct {
		name string
		n    int
	}{{"New", c.New}, {"Learning", c.Learning}, {"Review", c.Review}, {"Relearning", c.Relearning}, {"Leech", c.Leech}} {
		// A bar of full blocks only: the empty part of the usual bar would
		// read as the heatmap's lightest shade.
		rows = append(rows, fmt.Sprintf("%-11s %4d  ", r.name, r.n)+st.BarFull.Render(strings.Repeat("█", (r.n*barW+total/2)/total)))
	}
	parts = append(parts, st.Section.Render(fmt.Sprintf("Cards by state (%d in all)", c.Total()))+"\n"+strings.Join(rows, "\n"))

	hist := st.Section.Render("Readiness history") + "\n"
	if len(s.points) == 0 {
		hist += st.Muted.Render(Wrap("No saved assessments yet: take the self-assessment from Home and each result is listed here.", width))
	} else {
		hist += st.Accent.Render(practice.Sparkline(practice.Readiness(s.points))) + st.Faint.Render("  oldest to newest") + "\n"
		list := s.points
		if len(list) > 8 {
			list = list[len(list)-8:]
			hist += st.Faint.Render(fmt.Sprintf("the last 8 of %d:", len(s.points))) + "\n"
		}
		var lines []string
		for _, p := range list {
			next := "at the top"
			if r, ok := s.Lib().Role(p.Next); ok {
				next = r.Title
			} else if p.Next != "" {
				next = p.Next
			}
			lines = append(lines, Truncate(fmt.Sprintf("%-12s  %3d%%  %s", p.At.In(s.Now().Location()).Format("Jan 2, 2006"), p.Readiness, next), width))
		}
		hist += strings.Join(lines, "\n")
	}
	parts = append(parts, hist)
	return strings.Join(parts, "\n\n")
}

func (s *practiceStats) View() string {
	return Fit(s.doc.View(), s.Width, s.doc.Viewport.Height) + "\n" + MoreHint(s.Styles(), &s.doc)
}

func (s *practiceStats) Keys() help.KeyMap {
	scroll := docKeys()
	nav := NewNavKeys()
	scroll = append(scroll, nav.Top, nav.Bottom)
	on := s.doc.Viewport.TotalLineCount() > s.doc.Viewport.Height
	for i := range scroll {
		scroll[i].SetEnabled(on)
	}
	return keyMap{short: scroll[:1], full: [][]key.Binding{scroll}}
}
