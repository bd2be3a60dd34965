// Package settings is the practice settings screen: how many new cards
// flashcards bring in a day, and the retention the scheduler aims for,
// each within its bounds and with what it costs said plainly. A change is
// saved at once (through progress) and put in force by the root.
package settings

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// savedMsg reports the settings written, or why not.
type savedMsg struct {
	to  int
	set practice.Settings
	err error
}

func (m savedMsg) Target() int { return m.to }

// The rows of the form.
const (
	rowNew = iota
	rowRetention
	rows
)

type keyMap struct {
	Up, Down, Less, More, Default key.Binding
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Less, k.More, k.Up, k.Down, k.Default}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Less, k.More, k.Default}}
}

type model struct {
	tui.Base
	set  practice.Settings
	row  int
	keys keyMap
}

// New makes the settings screen (tui.RouteSettings); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	m := &model{Base: tui.NewBase(c), set: c.PracticeSettings()}
	m.keys = keyMap{
		Up:      key.NewBinding(key.WithKeys("up", "k", "shift+tab"), key.WithHelp("↑/k", "up")),
		Down:    key.NewBinding(key.WithKeys("down", "j", "tab"), key.WithHelp("↓/j", "down")),
		Less:    key.NewBinding(key.WithKeys("left", "h", "-"), key.WithHelp("←/h", "less")),
		More:    key.NewBinding(key.WithKeys("right", "l", "+", "="), key.WithHelp("→/l", "more")),
		Default: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "default")),
	}
	m.syncKeys()
	return m
}

func (m *model) Title() string { return "Settings" }

func (m *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tui.SettingsChangedMsg:
		m.set = msg.Settings // read back late, or changed here
		m.syncKeys()
	case savedMsg:
		if msg.err != nil {
			return m, m.StatusErr("Could not save the settings (they hold for this session): " + msg.err.Error())
		}
		return m, m.Status(fmt.Sprintf("Saved: %s a day, %d%% retention.",
			tui.Count(msg.set.NewCardsPerDay, "new card", "new cards"), msg.set.RetentionPercent()))
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	next := m.set
	switch {
	case key.Matches(msg, k.Up):
		m.row = (m.row + rows - 1) % rows
	case key.Matches(msg, k.Down):
		m.row = (m.row + 1) % rows
	case key.Matches(msg, k.Less):
		next = m.step(-1)
	case key.Matches(msg, k.More):
		next = m.step(1)
	case key.Matches(msg, k.Default):
		def := practice.DefaultSettings()
		if m.row == rowNew {
			next.NewCardsPerDay = def.NewCardsPerDay
		} else {
			next.DesiredRetention = def.DesiredRetention
		}
	}
	m.syncKeys()
	if next == m.set {
		return nil
	}
	m.set = next
	m.syncKeys()
	return m.save(next)
}

// step changes the selected setting by d steps.
func (m *model) step(d int) practice.Settings {
	if m.row == rowNew {
		return m.set.StepNew(d)
	}
	return m.set.StepRetention(d)
}

// save puts the settings in force (the root applies them and tells every
// screen) and keeps them.
func (m *model) save(set practice.Settings) tea.Cmd {
	pr, to := m.Progress(), m.ID()
	return tea.Batch(
		func() tea.Msg { return tui.SettingsChangedMsg{Settings: set} },
		func() tea.Msg { return savedMsg{to: to, set: set, err: pr.SavePracticeSettings(set)} },
	)
}

func (m *model) syncKeys() {
	def := practice.DefaultSettings()
	if m.row == rowNew {
		m.keys.Less.SetEnabled(m.set.NewCardsPerDay > practice.MinNewPerDay)
		m.keys.More.SetEnabled(m.set.NewCardsPerDay < practice.MaxNewPerDay)
		m.keys.Default.SetEnabled(m.set.NewCardsPerDay != def.NewCardsPerDay)
		m.keys.Default.SetHelp("d", fmt.Sprintf("default (%d)", def.NewCardsPerDay))
		return
	}
	pct := m.set.RetentionPercent()
	m.keys.Less.SetEnabled(pct > practice.MinRetentionPercent)
	m.keys.More.SetEnabled(pct < practice.MaxRetentionPercent)
	m.keys.Default.SetEnabled(pct != practice.DefaultSettings().RetentionPercent())
	m.keys.Default.SetHelp("d", fmt.Sprintf("default (%d%%)", def.RetentionPercent()))
}

// Keys are the screen's keys, as they stand.
func (m *model) Keys() help.KeyMap {
	m.syncKeys()
	return m.keys
}

// form is the two settings, the selected one marked.
func (m *model) form(width int) string {
	st := m.Styles()
	values := [rows]struct{ label, value string }{
		{"New cards a day", fmt.Sprint(m.set.NewCardsPerDay)},
		{"Desired retention", fmt.Sprintf("%d%%", m.set.RetentionPercent())},
	}
	var lines []string
	for i, v := range values {
		line := fmt.Sprintf("%-19s ‹ %s ›", v.label, v.value)
		if i == m.row {
			lines = append(lines, st.Selected.Render(tui.Truncate("> "+line, width)))
		} else {
			lines = append(lines, tui.Truncate("  "+line, width))
		}
	}
	return strings.Join(lines, "\n")
}

// explain says what the selected setting does and what it costs, with
// this track's numbers.
func (m *model) explain(width int) string {
	st := m.Styles()
	if m.row == rowNew {
		n := m.set.NewCardsPerDay
		text := "The number of questions you have never studied that flashcards bring in each study day (a day starts at 4 a.m.). " +
			"Each new card comes back several times in its first weeks, so more new cards a day mean more reviews for weeks after."
		cards := len(m.Lib().Cards)
		switch days := practice.DaysToStart(cards, n); {
		case days < 0:
			text += " At 0, flashcards bring in no new cards and only review the ones you have started."
		case days == 1:
			text += fmt.Sprintf(" At %d a day, all %d questions of this track are started on the first day.", n, cards)
		default:
			text += fmt.Sprintf(" At %d a day, all %d questions of this track are started in %d days.", n, cards, days)
		}
		text += fmt.Sprintf(" A question you rehearse for the first time counts as one of them. From %d to %d; %d is usual.",
			practice.MinNewPerDay, practice.MaxNewPerDay, practice.DefaultNewPerDay)
		return st.Section.Render("New cards a day") + "\n" + tui.Wrap(text, width)
	}
	params := srs.DefaultParams()
	if m.Scheduler() != nil {
		params = m.Scheduler().Params()
	}
	days := func(r float64) int { d, _ := practice.ComebackDays(params, r); return d }
	pct := m.set.RetentionPercent()
	text := "The chance of still remembering a card on the day it comes back. Aim higher and you forget less, " +
		"but cards come back sooner, so there are more reviews; aim lower and there are fewer reviews, but you forget more often."
	example := fmt.Sprintf(" A card you have come to remember for a month comes back after %d days at %d%%", days(m.set.DesiredRetention), pct)
	if pct != 90 {
		example += fmt.Sprintf(", against %d days at 90%%", days(practice.DefaultRetention))
	}
	text += example + fmt.Sprintf(". From %d%% to %d%%; 90%% suits most people.",
		practice.MinRetentionPercent, practice.MaxRetentionPercent)
	return st.Section.Render("Desired retention") + "\n" + tui.Wrap(text, width)
}

func (m *model) View() string {
	st := m.Styles()
	w := tui.Reading(m.Width)
	head := st.Title.Render("Practice settings") + "\n" +
		st.Muted.Render(tui.Wrap("Saved as you change them, and used from the next card.", w))
	out := head + "\n\n" + m.form(w) + "\n\n" + m.explain(w)
	if lines := strings.Split(out, "\n"); len(lines) > m.Height && m.Height > 0 {
		// A short terminal: the explanation is cut, and says so.
		out = strings.Join(lines[:m.Height-1], "\n") + "\n" + st.Faint.Render("… (a taller terminal shows the rest)")
	}
	return out
}
