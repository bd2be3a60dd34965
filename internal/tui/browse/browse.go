// Package browse is the card browser: every card of the track with where
// it stands (new, learning, review, suspended, buried, leech, flagged) and
// when it is due, a fuzzy search as you type with the matched letters
// marked, a filter by status, suspend, bury until tomorrow and flag; and
// one card's page, with its schedule and review history.
package browse

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// keyMap is the browser's keys: the list, the card under the cursor, the
// search (which takes text while it has focus) and the filter.
type keyMap struct {
	tui.NavKeys
	actionKeys
	Open, Search, Clear, Show     key.Binding
	Keep, Cancel, Erase, EraseAll key.Binding // while typing the search
}

func newKeyMap() keyMap {
	return keyMap{NavKeys: tui.NewNavKeys(), actionKeys: newActionKeys(),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "card and history")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Clear:    key.NewBinding(key.WithKeys("x", "esc"), key.WithHelp("esc/x", "clear search")),
		Show:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "show")),
		Keep:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Erase:    key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "erase")),
		EraseAll: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "erase all")),
	}
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.Keep, k.Cancel, k.Open, k.Suspend, k.Bury, k.Flag, k.Show, k.Clear, k.Up, k.Down}
}

func (k keyMap) FullHelp() [][]key.Binding {
	// Three columns, so the app's own keys fit beside them at 80 columns.
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Suspend, k.Bury, k.Flag, k.Search, k.Clear, k.Show},
		{k.Keep, k.Cancel, k.Erase, k.EraseAll}}
}

// maxSearch bounds what can be typed into the search.
const maxSearch = 60

// The filters tab steps through.
type show int

const (
	showAll show = iota
	showDue
	showNew
	showFlagged
	showSuspended
	showBuried
	showLeeches
	shows
)

var showNames = [shows]string{"all cards", "due now", "new", "flagged", "suspended", "buried", "leeches"}

// row is one card of the list, with the letters the search matched.
type row struct {
	card  *content.Card
	match []int
}

type model struct {
	tui.Base
	keys    keyMap
	cards   []content.Card // the track's cards, questions on one line
	states  practice.States
	loaded  bool
	err     error
	rows    []row
	cursor  int
	offset  int
	query   string
	typing  bool
	show    show
	hist    map[string]history
	pane    tui.Doc
	paneFor string // the card the pane was drawn for
	// gen counts changes to the states, and memo is the list as last
	// drawn: a frame that changes nothing draws nothing again.
	gen  int
	memo struct {
		key listKey
		out string
	}
}

// listKey is everything the list's drawing depends on.
type listKey struct {
	gen, cursor, width, height int
	query                      string
	typing, loaded             bool
	show                       show
	minute                     int64 // the clock, to the minute: "in 7m" moves on
}

// New makes the card browser (tui.RouteBrowse); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	b := &model{Base: tui.NewBase(c), keys: newKeyMap(), states: practice.States{}, hist: map[string]history{}}
	for _, card := range c.Lib().Cards {
		card.Question = tui.Clean(card.Question) // one line, so match indexes are the letters shown
		b.cards = append(b.cards, card)
	}
	b.pane = tui.NewDoc(func(width int) string {
		r, ok := b.selected()
		if !ok {
			return ""
		}
		return cardText(b.Context, r.card, b.states, b.hist[r.card.ID], width)
	})
	b.refilter()
	return b
}

func (b *model) Title() string { return "Browse" }

func (b *model) Init() tea.Cmd { return loadStates(b.Context, b.ID()) }

// Refresh re-reads the states and histories: the card page or a session
// may have changed them.
func (b *model) Refresh() tea.Cmd {
	b.hist = map[string]history{}
	b.paneFor = ""
	return loadStates(b.Context, b.ID())
}

// Capturing is true while the search takes text.
func (b *model) Capturing() bool { return b.typing }

// ClaimsEsc: with a search kept, esc clears it before it goes back.
func (b *model) ClaimsEsc() bool { return !b.typing && b.query != "" }

func (b *model) selected() (row, bool) {
	if b.cursor < 0 || b.cursor >= len(b.rows) {
		return row{}, false
	}
	return b.rows[b.cursor], true
}

// shown reports whether card id passes the filter.
func (b *model) shown(id string) bool {
	now := b.Now()
	switch b.show {
	case showDue:
		return b.states.IsDue(id, now)
	case showNew:
		return b.states.Status(id, now) == practice.StatusNew
	case showFlagged:
		return b.states[id].Flagged
	case showSuspended:
		return b.states[id].Suspended
	case showBuried:
		return b.states.Status(id, now) == practice.StatusBuried
	case showLeeches:
		return b.states[id].Leech
	}
	return true
}

// refilter searches and filters the cards again, keeping the selected card
// when it still shows.
func (b *model) refilter() {
	keep := ""
	if r, ok := b.selected(); ok {
		keep = r.card.ID
	}
	byID := make(map[string]*content.Card, len(b.cards))
	for i := range b.cards {
		byID[b.cards[i].ID] = &b.cards[i]
	}
	b.rows = b.rows[:0]
	for _, m := range practice.Search(b.cards, strings.TrimSpace(b.query)) {
		if b.shown(m.CardID) {
			b.rows = append(b.rows, row{card: byID[m.CardID], match: m.Indexes})
		}
	}
	b.cursor = max(0, slices.IndexFunc(b.rows, func(r row) bool { return r.card.ID == keep }))
	b.syncKeys()
}

// changed follows the cursor: the pane shows the selected card, and its
// history is read when it has not been (at any width, so a terminal made
// wider finds it there).
func (b *model) changed() tea.Cmd {
	b.syncKeys()
	b.follow()
	r, ok := b.selected()
	if !ok {
		return nil
	}
	if _, ok := b.hist[r.card.ID]; !ok {
		b.hist[r.card.ID] = history{}
		return loadHistory(b.Context, b.ID(), r.card.ID)
	}
	return nil
}

// follow draws the selected card in the pane beside the list, when wide.
func (b *model) follow() {
	r, ok := b.selected()
	if ok && b.wide() && r.card.ID != b.paneFor {
		b.paneFor = r.card.ID
		tui.RefreshPane(&b.pane, b.Height)
	}
}

func (b *model) wide() bool { return b.Width >= tui.ListBeside }

// need is the width the list's rows take with their questions whole.
func (b *model) need() int {
	n := 0
	for _, c := range b.cards {
		n = max(n, lipgloss.Width(c.Question))
	}
	return 4 + n + 1 + stateW + 1 + dueW
}

// listWidth is the width of the list column.
func (b *model) listWidth() int {
	if b.wide() {
		lw, _ := tui.SplitWidths(b.Width, b.need())
		return lw
	}
	return b.Width
}

func (b *model) SetSize(w, h int) {
	b.Base.SetSize(w, h)
	if b.wide() {
		_, pw := tui.SplitWidths(w, b.need())
		tui.SizePane(&b.pane, pw, h)
		b.paneFor = ""
	}
	b.syncKeys()
	b.follow()
}

// browseHead is the height above the list: the title, the search line and
// a blank line.
const browseHead = 3

func (b *model) listHeight() int { return max(1, b.Height-browseHead-1) }

func (b *model) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case statesMsg:
		b.loaded, b.err = true, msg.err
		if msg.err != nil {
			return b, b.StatusErr("Could not read your cards: " + msg.err.Error())
		}
		b.states = msg.states
		b.gen++
		b.refilter()
		return b, b.changed()
	case historyMsg:
		b.hist[msg.id] = history{loaded: true, err: msg.err, list: msg.hist}
		if msg.id == b.paneFor {
			tui.RefreshPane(&b.pane, b.Height)
		}
	case actedMsg:
		if msg.err != nil {
			return b, b.StatusErr("Could not change the card: " + msg.err.Error())
		}
		b.states = msg.states
		b.gen++
		b.refilter()
		b.paneFor = ""
		return b, tea.Batch(b.changed(), b.Status(msg.status))
	case tea.KeyMsg:
		b.syncKeys()
		if b.typing {
			return b, b.typeKey(msg)
		}
		return b, b.key(msg)
	case tea.MouseMsg:
		return b, b.mouse(msg)
	}
	return b, nil
}

// typeKey edits the search while it has focus: the list follows each
// letter.
func (b *model) typeKey(msg tea.KeyMsg) tea.Cmd {
	k := b.keys
	switch tui.EditQuery(&b.query, &b.typing, msg, tui.QueryKeys{Cancel: k.Cancel, Keep: k.Keep, Erase: k.Erase, EraseAll: k.EraseAll}, maxSearch) {
	case tui.QueryKept:
		b.syncKeys()
	case tui.QueryChanged:
		b.refilter()
		b.cursor = 0 // the best match first
		return b.changed()
	case tui.QueryNotMine:
		return b.move(msg)
	}
	return nil
}

// move moves the cursor by the nav keys.
func (b *model) move(msg tea.KeyMsg) tea.Cmd {
	n := len(b.rows)
	if n == 0 {
		return nil
	}
	page := max(1, b.listHeight()-1)
	nav := b.keys.NavKeys
	switch {
	case key.Matches(msg, nav.Up):
		b.cursor = (b.cursor - 1 + n) % n
	case key.Matches(msg, nav.Down):
		b.cursor = (b.cursor + 1) % n
	case key.Matches(msg, nav.PageUp):
		b.cursor = max(0, b.cursor-page)
	case key.Matches(msg, nav.PageDown):
		b.cursor = min(n-1, b.cursor+page)
	case key.Matches(msg, nav.Top):
		b.cursor = 0
	case key.Matches(msg, nav.Bottom):
		b.cursor = n - 1
	default:
		return nil
	}
	return b.changed()
}

func (b *model) key(msg tea.KeyMsg) tea.Cmd {
	k := b.keys
	r, ok := b.selected()
	switch {
	case key.Matches(msg, k.Search):
		b.typing = true
		b.syncKeys()
	case key.Matches(msg, k.Clear):
		b.query = ""
		b.refilter()
		return b.changed()
	case key.Matches(msg, k.Show):
		b.show = (b.show + 1) % shows
		b.refilter()
		return b.changed()
	case ok && key.Matches(msg, k.Open):
		return tui.Navigate(tui.RouteCard, r.card.ID)
	}
	if ok && b.loaded {
		if cmd := k.act(b.Context, b.ID(), msg, r.card, b.states[r.card.ID]); cmd != nil {
			return cmd
		}
	}
	return b.move(msg)
}

func (b *model) mouse(msg tea.MouseMsg) tea.Cmd {
	if b.wide() && msg.X >= b.listWidth() {
		return b.pane.Update(msg)
	}
	if msg.Action != tea.MouseActionPress || msg.Button != tea.MouseButtonLeft {
		return nil
	}
	i := b.offset + msg.Y - browseHead
	if i < b.offset || i >= len(b.rows) || msg.Y-browseHead >= b.listHeight() {
		return nil
	}
	if i == b.cursor {
		return tui.Navigate(tui.RouteCard, b.rows[i].card.ID)
	}
	b.cursor = i
	return b.changed()
}

// syncKeys offers what acts now: the search's keys while it takes text
// (the arrows then move, as the letters are text), the list's otherwise.
func (b *model) syncKeys() {
	k := &b.keys
	browsing := !b.typing
	r, ok := b.selected()
	var st practice.State
	if ok {
		st = b.states[r.card.ID]
	}
	k.NavKeys.SetEnabled(browsing && len(b.rows) > 1)
	k.Up.SetEnabled(len(b.rows) > 1)
	k.Down.SetEnabled(len(b.rows) > 1)
	k.NavKeys.SetTyping(b.typing)
	k.actionKeys.sync(st, b.Now(), browsing && ok && b.loaded)
	k.Open.SetEnabled(browsing && ok)
	k.Search.SetEnabled(browsing)
	k.Clear.SetEnabled(browsing && b.query != "")
	k.Show.SetEnabled(browsing)
	k.Show.SetHelp("tab", "show "+showNames[(b.show+1)%shows])
	k.Keep.SetEnabled(b.typing)
	k.Cancel.SetEnabled(b.typing)
	k.Erase.SetEnabled(b.typing && b.query != "")
	k.EraseAll.SetEnabled(b.typing && b.query != "")
}

// Keys are the browser's keys, as they stand.
func (b *model) Keys() help.KeyMap {
	b.syncKeys()
	return b.keys
}
