// Package decks is the practice home: the decks with their due and new
// counts, today's progress, and the way into flashcards, rehearsal, cram,
// the mock interview, the statistics, the card browser and the settings.
package decks

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// practiceLoadedMsg carries what the practice home shows, read off the store.
type practiceLoadedMsg struct {
	to    int
	today progress.Today
	err   error
}

func (m practiceLoadedMsg) Target() int { return m.to }

// A practice home row opens a deck or one of these.
const (
	practiceRowMock     = -1
	practiceRowStats    = -2
	practiceRowBrowse   = -3
	practiceRowSettings = -4
	practiceRowStories  = -5
)

// practiceRowRoutes are the rows that open a screen of their own.
var practiceRowRoutes = map[int]tui.Route{practiceRowMock: tui.RouteMock, practiceRowStats: tui.RouteStats,
	practiceRowBrowse: tui.RouteBrowse, practiceRowSettings: tui.RouteSettings, practiceRowStories: tui.RouteStories}

// keyMap is the practice home's keys: the list, and the ways to study the
// deck under the cursor or to open the mock interview and the statistics.
type keyMap struct {
	tui.NavKeys
	Study, Rehearse, Cram, Mock, Stats, Browse, Settings key.Binding
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Study, k.Rehearse, k.Cram, k.Mock, k.Stats, k.Browse, k.Settings, k.Up, k.Down}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Study, k.Rehearse, k.Cram}, {k.Mock, k.Stats, k.Browse, k.Settings}}
}

type model struct {
	tui.Base
	decks  []practice.Deck
	rows   []int // per menu row: a deck index, or practiceRowMock/Stats
	menu   tui.Menu
	states practice.States
	counts []practice.Counts
	today  struct{ reviewed, fresh int }
	loaded bool
	// loaded2 is set after the first load, when the cursor is placed.
	loaded2 bool
	// moved: the person has moved the cursor (so it is theirs to keep).
	moved  bool
	err    error
	keys   keyMap
	detail tui.Doc
}

// New makes the practice home (tui.RoutePractice); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	p := &model{Base: tui.NewBase(c), states: practice.States{}}
	p.keys = keyMap{NavKeys: tui.NewNavKeys(),
		Study:    key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "flashcards")),
		Rehearse: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rehearse")),
		Cram:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "cram")),
		Mock:     key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mock")),
		Stats:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stats")),
		Browse:   key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "browse cards")),
		Settings: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "settings")),
	}
	p.detail = tui.NewDoc(p.detailText)
	p.rebuild()
	return p
}

func (p *model) Title() string { return "Practice" }

func (p *model) Init() tea.Cmd { return p.load() }

// Refresh re-reads the counts when a session comes back here.
func (p *model) Refresh() tea.Cmd { return p.load() }

func (p *model) load() tea.Cmd {
	pr, id, track, now := p.Progress(), p.ID(), p.Lib().Track.ID, p.Now()
	return func() tea.Msg {
		today, err := pr.Today(track, now)
		return practiceLoadedMsg{to: id, today: today, err: err}
	}
}

// rebuild lays out the decks and counts them (cheap: a few dozen cards).
func (p *model) rebuild() {
	cursor := p.menu.Cursor
	was := ""
	if cursor >= 0 && cursor < len(p.rows) && p.rows[cursor] >= 0 && p.rows[cursor] < len(p.decks) {
		was = p.decks[p.rows[cursor]].ID
	}
	p.decks = practice.Decks(p.Lib(), p.Latest())
	now := p.Now()
	p.counts = p.counts[:0]
	p.rows = p.rows[:0]
	var items []tui.Item
	for i, d := range p.decks {
		cnt := d.Count(p.states, now)
		p.counts = append(p.counts, cnt)
		p.rows = append(p.rows, i)
		it := tui.Item{Title: d.Name, Badge: p.badge(d, cnt)}
		if cnt.Total == 0 {
			it.Dim = true
		}
		items = append(items, it)
	}
	if len(p.Lib().Cards) > 0 {
		items = append(items, tui.Item{Title: "Mock interview"})
		p.rows = append(p.rows, practiceRowMock)
	}
	if len(p.Lib().Skills) > 0 {
		items = append(items, tui.Item{Title: "My stories"})
		p.rows = append(p.rows, practiceRowStories)
	}
	items = append(items, tui.Item{Title: "Statistics"})
	p.rows = append(p.rows, practiceRowStats)
	if len(p.Lib().Cards) > 0 {
		items = append(items, tui.Item{Title: "Browse cards"})
		p.rows = append(p.rows, practiceRowBrowse)
	}
	items = append(items, tui.Item{Title: "Settings", Badge: p.settingsBadge()})
	p.rows = append(p.rows, practiceRowSettings)
	p.menu = tui.NewMenu(items, false)
	p.menu.Cursor = max(0, min(cursor, len(items)-1))
	for row, i := range p.rows { // the cursor stays on its deck when one is added above
		if i >= 0 && was != "" && p.decks[i].ID == was {
			p.menu.Cursor = row
		}
	}
	p.syncKeys()
	p.detail.Invalidate()
}

func (p *model) badge(d practice.Deck, c practice.Counts) string {
	// Fixed widths, so the numbers line up in columns.
	switch d.Kind {
	case practice.KindDue:
		return fmt.Sprintf("%3d due%10s", c.Due, "")
	case practice.KindLeeches:
		return fmt.Sprintf("%-17s", fmt.Sprintf("%3d cards", c.Total))
	}
	return fmt.Sprintf("%3d due · %3d new", c.Due, c.New)
}

// cursorToWork puts the cursor on the first deck with something to study
// now: cards due, or new cards while the day's limit allows. A new person
// then lands on their next rung's deck, or on All questions, not on an
// empty "Due now".
func (p *model) cursorToWork() {
	newOK := p.today.fresh < p.NewCardsPerDay()
	for row, i := range p.rows {
		if i < 0 {
			continue
		}
		if c := p.counts[i]; p.decks[i].Kind != practice.KindLeeches && (c.Due > 0 || (newOK && c.New > 0)) {
			p.menu.Cursor = row
			break
		}
	}
	p.syncKeys()
	p.detail.Invalidate()
}

// selected is the deck under the cursor, false on the other rows.
func (p *model) selected() (practice.Deck, practice.Counts, bool) {
	if len(p.rows) == 0 || p.rows[p.menu.Cursor] < 0 {
		return practice.Deck{}, practice.Counts{}, false
	}
	i := p.rows[p.menu.Cursor]
	return p.decks[i], p.counts[i], true
}

func (p *model) syncKeys() {
	d, cnt, ok := p.selected()
	p.keys.Rehearse.SetEnabled(ok && cnt.Total > 0)
	p.keys.Cram.SetEnabled(ok && cnt.Total > 0)
	switch {
	case !ok && len(p.rows) > 0 && p.rows[p.menu.Cursor] == practiceRowMock:
		p.keys.Study.SetHelp("enter", "set up the interview")
	case !ok && len(p.rows) > 0 && p.rows[p.menu.Cursor] == practiceRowBrowse:
		p.keys.Study.SetHelp("enter", "browse")
	case !ok:
		p.keys.Study.SetHelp("enter", "open")
	case d.Kind == practice.KindLeeches:
		p.keys.Study.SetHelp("enter", "review leeches")
	default:
		p.keys.Study.SetHelp("enter", "flashcards")
	}
}

func (p *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case practiceLoadedMsg:
		p.loaded, p.err = true, msg.err
		if msg.err != nil {
			return p, p.StatusErr("Could not read your practice progress: " + msg.err.Error())
		}
		p.states = msg.today.States
		p.today.reviewed, p.today.fresh = msg.today.Reviewed, msg.today.Fresh
		first := !p.loaded2
		p.loaded2 = true
		p.rebuild()
		if first {
			p.cursorToWork()
		}
	case tui.SettingsChangedMsg:
		p.rebuild() // the daily limit may have changed what there is to study
	case tui.AssessedMsg:
		p.rebuild()
		if p.loaded2 && !p.moved {
			p.cursorToWork() // the next rung's deck, if it came after the first load
		}
	case tea.KeyMsg:
		if p.menu.Update(msg, p.keys.NavKeys, p.menuHeight()) {
			p.moved = true
			p.syncKeys()
			p.detail.Invalidate()
			return p, nil
		}
		return p, p.key(msg)
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
			if p.menu.Click(msg.Y - p.menuTop()) {
				p.syncKeys()
				p.detail.Invalidate()
			}
		}
	}
	return p, nil
}

func (p *model) key(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, p.keys.Mock):
		return tui.Navigate(tui.RouteMock, nil)
	case key.Matches(msg, p.keys.Stats):
		return tui.Navigate(tui.RouteStats, nil)
	case key.Matches(msg, p.keys.Browse):
		return tui.Navigate(tui.RouteBrowse, nil)
	case key.Matches(msg, p.keys.Settings):
		return tui.Navigate(tui.RouteSettings, nil)
	case key.Matches(msg, p.keys.Study):
		d, _, ok := p.selected()
		if !ok {
			return tui.Navigate(practiceRowRoutes[p.rows[p.menu.Cursor]], nil)
		}
		return tui.Navigate(tui.RouteFlashcards, d)
	case key.Matches(msg, p.keys.Cram):
		if d, _, ok := p.selected(); ok {
			return tui.Navigate(tui.RouteCram, d)
		}
	case key.Matches(msg, p.keys.Rehearse):
		if d, _, ok := p.selected(); ok {
			return tui.Navigate(tui.RouteRehearse, d)
		}
	}
	return nil
}

// wide lays the deck list and a detail panel side by side.
func (p *model) wide() bool { return p.Width >= tui.ListBeside }

// listWidth is the list's: the room its decks and counts need, when wide.
func (p *model) listWidth() int {
	if p.wide() {
		list, _ := tui.SplitWidths(p.Width-1, tui.ListWidth(p.menu.Items, false)) // the rule takes a cell more
		return list
	}
	return p.Width
}

func (p *model) intro() string {
	st := p.Styles()
	var lines []string
	today := fmt.Sprintf("Today: %d reviewed · %s", p.today.reviewed, tui.NewCardsToday(p.today.fresh, p.NewCardsPerDay()))
	for i, d := range p.decks {
		if d.Kind == practice.KindDue {
			today += fmt.Sprintf(" · %d due now", p.counts[i].Due)
		}
	}
	lines = append(lines, st.Text.Render(tui.Truncate(today, p.Width)))
	if !p.Progress().Saved() {
		why := "Progress isn't saved this session"
		if p.Progress().Err() != nil {
			why += " (" + tui.Clean(p.Progress().Err().Error()) + ")"
		}
		lines = append(lines, st.Warn.Render(tui.Truncate(why+": practice works, and is kept in memory until you quit.", p.Width)))
	}
	return strings.Join(lines, "\n")
}

func (p *model) menuTop() int { return lipgloss.Height(p.intro()) + 1 }

func (p *model) menuHeight() int { return max(2, p.Height-p.menuTop()) }

func (p *model) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	if p.wide() {
		p.detail.SetSize(min(tui.ReadWidth, p.Width-p.listWidth()-3), p.menuHeight())
	}
}

// detailText describes the row under the cursor, for the wide layout.
func (p *model) detailText(width int) string {
	st := p.Styles()
	if len(p.rows) == 0 {
		return ""
	}
	var b strings.Builder
	d, cnt, ok := p.selected()
	if !ok {
		b.WriteString(p.rowText(p.rows[p.menu.Cursor], width))
		return b.String()
	}
	b.WriteString(tui.Section(st, width, d.Name, d.Desc))
	b.WriteString("\n\n")
	var facts []string
	switch d.Kind {
	case practice.KindDue:
		facts = append(facts, tui.Count(cnt.Due, "card", "cards")+" due now")
	case practice.KindLeeches:
		facts = append(facts, tui.Count(cnt.Total, "leech", "leeches"),
			"A leech is set apart from the daily reviews. Grade it Good or Easy here to return it.")
	default:
		facts = append(facts, tui.Count(cnt.Total, "question", "questions"), fmt.Sprintf("%d due now", cnt.Due),
			fmt.Sprintf("%d never studied", cnt.New))
		if cnt.Leeches > 0 {
			facts = append(facts, tui.Count(cnt.Leeches, "leech", "leeches")+" (in their own deck)")
		}
		if d.Kind == practice.KindNext && d.Focus > 0 {
			facts = append(facts, fmt.Sprintf("the first %d touch your gap skills", d.Focus))
		}
	}
	b.WriteString(tui.Bullets(st, width, "•", facts))
	b.WriteString("\n\n")
	b.WriteString(st.Section.Render("Ways to study") + "\n")
	b.WriteString(tui.Bullets(st, width, "•", []string{
		"enter: flashcards, scheduled by spaced repetition",
		"r: rehearse by typing an answer and getting feedback on it",
		"c: cram, a run through every card that changes no schedule",
	}))
	return b.String()
}

func (p *model) View() string {
	st := p.Styles()
	list := p.menu.View(st, p.listWidth(), p.menuHeight()-1)
	body := list
	if p.wide() {
		// The rule runs as far as the longer of the two sides, not to the
		// bottom of a tall terminal.
		rows := min(p.menuHeight()-1, max(lipgloss.Height(list), p.detail.Viewport.TotalLineCount()))
		sep := st.Faint.Render(strings.TrimSuffix(strings.Repeat("│\n", max(1, rows)), "\n"))
		body = lipgloss.JoinHorizontal(lipgloss.Top, tui.Fit(list, p.listWidth(), rows), " ", sep, " ", tui.Fit(p.detail.View(), p.detail.Viewport.Width, rows))
	}
	return p.intro() + "\n\n" + body
}

// Keys are the practice home's keys, as they stand.
func (p *model) Keys() help.KeyMap { return p.keys }

// rowText describes a row that opens a screen of its own.
func (p *model) rowText(r int, width int) string {
	st := p.Styles()
	switch r {
	case practiceRowMock:
		return tui.Section(st, width, "Mock interview", "Answer a run of questions for one rung, as a panel would ask them, "+
			"each timed. At the end you see what each answer covered and a Markdown transcript is saved for you to review or share. "+
			"The questions you missed can be tried again or added to your flashcards.")
	case practiceRowStats:
		return tui.Section(st, width, "Statistics", "Reviews per day for the last 12 weeks, the reviews due in the next 7 and 30 days, "+
			"how often you remembered a card that was due, your cards by state, and your readiness over the assessments you have saved.")
	case practiceRowStories:
		return tui.Section(st, width, "My stories", "The stories you tell for \"tell me about a time\" questions: "+
			"a situation, your task, what you did and the result. Rehearsal and the mock interview offer the ones that "+
			"suit each such question, and the coverage shows which skills have no story yet.")
	case practiceRowBrowse:
		return tui.Section(st, width, "Browse cards", "Every question of the track with where it stands and when it is due. "+
			"Search as you type; suspend a card, bury it until tomorrow or flag it for practice; open one to see its review history.")
	}
	s := p.PracticeSettings()
	return tui.Section(st, width, "Settings", fmt.Sprintf("New cards a day (now %d) and the retention the schedule aims for (now %d%%), "+
		"with what each costs in reviews.", s.NewCardsPerDay, s.RetentionPercent()))
}

// settingsBadge shows the settings in force on their row.
func (p *model) settingsBadge() string {
	s := p.PracticeSettings()
	return fmt.Sprintf("%-17s", fmt.Sprintf("%d new · %d%%", s.NewCardsPerDay, s.RetentionPercent()))
}
