// Package stats is the Stats screen: reviews per day for the last 12 weeks
// as a heatmap (glyphs, so it reads without colour), the reviews falling
// due in the next 7 and 30 days, retention over the last 30 days, cards by
// state, and readiness over the saved assessments.
// `rung stats` prints the same figures; both gather them with
// progress.Gather.
package stats

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

type statsLoadedMsg struct {
	to    int
	stats progress.Stats
	err   error
}

func (m statsLoadedMsg) Target() int { return m.to }

type model struct {
	tui.Base
	loaded bool
	err    error
	stats  progress.Stats
	doc    tui.Doc
	keys   tui.DocKeys
}

// New makes the Stats screen (tui.RouteStats); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	s := &model{Base: tui.NewBase(c), keys: tui.NewDocKeys()}
	s.doc = tui.NewDoc(s.text)
	return s
}

func (s *model) Title() string { return "Stats" }

func (s *model) Init() tea.Cmd {
	pr, lib, id, now := s.Progress(), s.Lib(), s.ID(), s.Now()
	return func() tea.Msg {
		st, err := pr.Gather(lib, now)
		return statsLoadedMsg{to: id, stats: st, err: err}
	}
}

func (s *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case statsLoadedMsg:
		s.loaded, s.err, s.stats = true, msg.err, msg.stats
		s.doc.Invalidate()
		if msg.err != nil {
			return s, s.StatusErr("Could not read your practice history: " + msg.err.Error())
		}
	case tea.KeyMsg:
		s.keys.SetEnabled(s.doc.Scrolls())
		s.keys.Scroll(&s.doc, msg, true)
	case tea.MouseMsg:
		return s, s.doc.Update(msg)
	}
	return s, nil
}

func (s *model) SetSize(w, h int) {
	s.Base.SetSize(w, h)
	s.doc.SetSize(w, max(1, h-1))
}

// text is the whole page, built once per width: the heatmap beside the
// other figures when wide, one column when narrow.
func (s *model) text(width int) string {
	st := s.Styles()
	if !s.loaded {
		return st.Muted.Render("Loading…")
	}
	if s.err != nil {
		return st.Bad.Render(tui.Wrap("Could not read your practice history: "+s.err.Error(), width))
	}
	var intro string
	if !s.Progress().Saved() {
		intro = st.Warn.Render(tui.Wrap("Progress isn't saved this session: these figures cover only what you did since rung started.", width)) + "\n\n"
	}
	if width >= tui.TextBeside {
		const leftW = 52
		left := s.heatText(2, leftW) + "\n\n" + s.forecastText(leftW)
		colW := min(tui.ColumnWidth, width-leftW-4)
		right := s.figuresText(colW)
		return intro + lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(leftW).Render(left), "    ",
			lipgloss.NewStyle().Width(colW).Render(right))
	}
	return intro + s.heatText(1, width) + "\n\n" + s.forecastText(width) + "\n\n" + s.figuresText(width)
}

func (s *model) heatText(cell, width int) string {
	st := s.Styles()
	h := s.stats.Heat
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("Reviews, last %d weeks", practice.HeatWeeks)) + "\n")
	lines := h.Lines(cell)
	b.WriteString(st.Muted.Render(lines[0]))
	for _, l := range lines[1:] {
		b.WriteString("\n" + st.Muted.Render(l[:4]) + st.Accent.Render(l[4:]))
	}
	b.WriteString("\n" + st.Faint.Render(tui.Truncate(practice.HeatLegend(), width)) + "\n")
	if h.Total == 0 {
		b.WriteString(st.Muted.Render(tui.Wrap("No reviews yet: study a deck from Practice and your days fill in here.", width)))
		return b.String()
	}
	streak := h.Streak(s.Now())
	days := "days"
	if streak == 1 {
		days = "day"
	}
	b.WriteString(tui.Wrap(fmt.Sprintf("%s on %s · %d today · streak %d %s", tui.Count(h.Total, "review", "reviews"), tui.Count(h.ActiveDays, "day", "days"), h.Today, streak, days), width))
	return b.String()
}

func (s *model) figuresText(width int) string {
	st := s.Styles()
	var parts []string

	ret := st.Section.Render(fmt.Sprintf("Retention, last %d days", practice.RetentionDays)) + "\n"
	if pct, ok := s.stats.Retention.Percent(); ok {
		ret += tui.Wrap(fmt.Sprintf("%d%%: you remembered %d of %d cards that were due for review (graded Hard, Good or Easy, not Again).",
			pct, s.stats.Retention.Passed, s.stats.Retention.Reviews), width)
	} else {
		ret += st.Muted.Render(tui.Wrap("Not measured yet: it counts reviews of cards that have graduated to days-long intervals.", width))
	}
	parts = append(parts, ret)

	c := s.stats.Counts
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
	if len(s.stats.Points) == 0 {
		hist += st.Muted.Render(tui.Wrap("No saved assessments yet: take the self-assessment from Home and each result is listed here.", width))
	} else {
		hist += st.Accent.Render(practice.Sparkline(practice.Readiness(s.stats.Points))) + st.Faint.Render("  oldest to newest") + "\n"
		list := s.stats.Points
		if len(list) > 8 {
			list = list[len(list)-8:]
			hist += st.Faint.Render(fmt.Sprintf("the last 8 of %d:", len(s.stats.Points))) + "\n"
		}
		var lines []string
		for _, p := range list {
			next := "at the top"
			if r, ok := s.Lib().Role(p.Next); ok {
				next = r.Title
			} else if p.Next != "" {
				next = p.Next
			}
			lines = append(lines, tui.Truncate(fmt.Sprintf("%-12s  %3d%%  %s", p.At.In(s.Now().Location()).Format("Jan 2, 2006"), p.Readiness, next), width))
		}
		hist += strings.Join(lines, "\n")
	}
	parts = append(parts, hist)
	return strings.Join(parts, "\n\n")
}

func (s *model) View() string {
	return tui.Fit(s.doc.View(), s.Width, s.doc.Viewport.Height) + "\n" + tui.MoreHint(s.Styles(), &s.doc)
}

// Keys scroll the page, when it is longer than the screen.
func (s *model) Keys() help.KeyMap {
	s.keys.SetEnabled(s.doc.Scrolls())
	return s.keys
}
