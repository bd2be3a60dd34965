// Package skills is the track's skills: a list labeled by category, with a
// filter, and the selected skill beside it on wide terminals; and one skill
// in full, its levels with the person's own rating marked.
package skills

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// keyMap is the skills list's keys: moving in the list, opening a skill,
// and the filter, which takes text while it has focus.
type keyMap struct {
	tui.NavKeys
	Open, Filter, Clear           key.Binding
	Keep, Cancel, Erase, EraseAll key.Binding // while typing the filter
}

func newKeyMap() keyMap {
	return keyMap{NavKeys: tui.NewNavKeys(),
		Open:     key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Clear:    key.NewBinding(key.WithKeys("x", "esc"), key.WithHelp("esc/x", "clear filter")),
		Keep:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Erase:    key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "erase")),
		EraseAll: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "erase all")),
	}
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Filter, k.Clear, k.PageDown, k.Keep, k.Cancel, k.Up, k.Down}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.Open}, {k.Filter, k.Clear, k.PageDown, k.PageUp},
		{k.Keep, k.Cancel, k.Erase, k.EraseAll}}
}

// maxFilter bounds what can be typed into the filter.
const maxFilter = 40

// list lists every skill of the track, labeled by category, with a
// filter; enter opens a skill. On wide terminals the selected skill's detail
// is shown beside the list.
type list struct {
	tui.Base
	keys    keyMap
	menu    tui.Menu
	hay     []string // lower-cased name, id and description of each skill
	visible []int    // indices into lib.Skills that match the filter
	query   string
	typing  bool
	ratings skillRatings
	pane    tui.Doc
	wide    bool
}

// New makes the skills list (tui.RouteSkills); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	s := &list{Base: tui.NewBase(c), keys: newKeyMap(), ratings: newSkillRatings(c)}
	for _, sk := range c.Lib().Skills {
		s.hay = append(s.hay, strings.ToLower(sk.Name+"\n"+sk.ID+"\n"+tui.Clean(sk.Description)))
	}
	s.pane = tui.NewDoc(func(width int) string {
		sk := s.selected()
		if sk == nil {
			return ""
		}
		return s.Styles().Title.Render(tui.Truncate(tui.Clean(sk.Name), width)) + "\n" +
			skillBody(s.Styles(), s.Lib(), sk, s.ratings, width)
	})
	s.refilter()
	return s
}

func (s *list) Title() string { return "Skills" }

func (s *list) Init() tea.Cmd { return loadSkillRatings(s.Context, s.ID()) }

// Refresh re-reads the ratings: an assessment may have been taken since.
func (s *list) Refresh() tea.Cmd { return loadSkillRatings(s.Context, s.ID()) }

func (s *list) Capturing() bool { return s.typing }

// ClaimsEsc: with a filter kept, esc clears it before it goes back.
func (s *list) ClaimsEsc() bool { return !s.typing && s.query != "" }

func (s *list) selected() *content.Skill {
	if len(s.visible) == 0 {
		return nil
	}
	return &s.Lib().Skills[s.visible[s.menu.Cursor]]
}

// refilter recomputes the visible skills, keeping the selection when it
// still matches.
func (s *list) refilter() {
	keep := -1
	if len(s.visible) > 0 {
		keep = s.visible[s.menu.Cursor]
	}
	q := strings.ToLower(strings.TrimSpace(s.query))
	s.visible = s.visible[:0]
	for i, h := range s.hay {
		if q == "" || strings.Contains(h, q) {
			s.visible = append(s.visible, i)
		}
	}
	cursor := max(0, slices.Index(s.visible, keep))
	s.rebuild()
	s.menu.Cursor = cursor
	s.paneChanged()
}

// rebuild lays out the menu rows; the first visible skill of each category
// carries the category's name.
func (s *list) rebuild() {
	lib := s.Lib()
	items := make([]tui.Item, 0, len(s.visible))
	prev := ""
	for _, i := range s.visible {
		sk := lib.Skills[i]
		it := tui.Item{Title: tui.Clean(sk.Name)}
		if s.listWidth() >= 70 {
			it.Desc = tui.Clean(sk.Description)
		}
		if sk.Category != prev {
			it.Badge = sk.Category
			if c, ok := lib.SkillCategory(sk.Category); ok {
				it.Badge = tui.Clean(c.Name)
			}
			prev = sk.Category
		}
		items = append(items, it)
	}
	cursor := s.menu.Cursor
	s.menu = tui.NewMenu(items, false)
	s.menu.Cursor = min(cursor, max(0, len(items)-1))
}

func (s *list) SetSize(w, h int) {
	s.Base.SetSize(w, h)
	s.wide = w >= tui.ListBeside
	s.rebuild()
	if s.wide {
		_, pw := tui.SplitWidths(w, s.need())
		tui.SizePane(&s.pane, pw, h)
	}
}

// need is the width the list's names and category labels take.
func (s *list) need() int {
	items := make([]tui.Item, len(s.Lib().Skills))
	for i, sk := range s.Lib().Skills {
		items[i] = tui.Item{Title: tui.Clean(sk.Name), Badge: sk.Category}
		if c, ok := s.Lib().SkillCategory(sk.Category); ok {
			items[i].Badge = tui.Clean(c.Name)
		}
	}
	return tui.ListWidth(items, false)
}

// listWidth is the width of the list column.
func (s *list) listWidth() int {
	if s.wide {
		lw, _ := tui.SplitWidths(s.Width, s.need())
		return lw
	}
	return s.Width
}

// paneChanged re-renders the selected skill's detail beside the list.
func (s *list) paneChanged() { tui.RefreshPane(&s.pane, s.Height) }

// skillsHead is the height above the list: the title, the filter line and a
// blank line.
const skillsHead = 3

func (s *list) menuHeight() int { return max(1, s.Height-skillsHead-1) }

func (s *list) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		s.ratings.set(msg)
		s.paneChanged()
		if msg.err != nil {
			return s, s.StatusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case tui.AssessedMsg:
		return s, loadSkillRatings(s.Context, s.ID())
	case tea.KeyMsg:
		s.syncKeys()
		if s.typing {
			s.typeKey(msg)
			return s, nil
		}
		return s, s.key(msg)
	case tea.MouseMsg:
		return s, s.mouse(msg)
	}
	return s, nil
}

// typeKey edits the filter while it has focus.
func (s *list) typeKey(msg tea.KeyMsg) {
	k := s.keys
	switch tui.EditQuery(&s.query, &s.typing, msg, tui.QueryKeys{Cancel: k.Cancel, Keep: k.Keep, Erase: k.Erase, EraseAll: k.EraseAll}, maxFilter) {
	case tui.QueryChanged:
		s.refilter()
	case tui.QueryNotMine:
		s.moveBy(msg)
	}
}

// moveBy moves the cursor by the nav keys, showing the newly selected
// skill beside the list.
func (s *list) moveBy(msg tea.KeyMsg) {
	before := s.menu.Cursor
	if s.menu.Update(msg, s.keys.NavKeys, s.menuHeight()) && s.menu.Cursor != before {
		s.paneChanged()
	}
}

func (s *list) key(msg tea.KeyMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Filter):
		s.typing = true
	case key.Matches(msg, k.Clear):
		s.query = ""
		s.refilter()
	case s.wide && k.Scroll(&s.pane, msg, false):
	case key.Matches(msg, k.Open):
		return s.open()
	default:
		s.moveBy(msg)
	}
	return nil
}

func (s *list) open() tea.Cmd {
	if sk := s.selected(); sk != nil {
		return tui.Navigate(tui.RouteSkill, sk.ID)
	}
	return nil
}

func (s *list) mouse(msg tea.MouseMsg) tea.Cmd {
	if s.wide && msg.X >= s.listWidth() {
		return s.pane.Update(msg)
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		before := s.menu.Cursor
		if s.menu.Click(msg.Y - skillsHead) {
			if s.menu.Cursor == before {
				return s.open()
			}
			s.paneChanged()
		}
	}
	return nil
}

func (s *list) count() string {
	n := len(s.Lib().Skills)
	if strings.TrimSpace(s.query) == "" {
		return fmt.Sprintf("%d skills", n)
	}
	return fmt.Sprintf("%d of %d skills", len(s.visible), n)
}

func (s *list) filterLine(width int) string {
	st := s.Styles()
	q := tui.Clean(s.query)
	switch {
	case s.typing:
		return tui.Truncate(st.Accent.Render("Filter: ")+q+st.Accent.Render("_")+
			st.Faint.Render("  enter keep · esc clear"), width)
	case q != "":
		return tui.Truncate(st.Accent.Render("Filter: ")+q+st.Faint.Render("  / edit · x clear"), width)
	}
	return tui.Truncate(st.Faint.Render("Press / to filter by name or description"), width)
}

func (s *list) listView(width int) string {
	st := s.Styles()
	head := st.Title.Render("Skills") + "  " + st.Muted.Render(s.count())
	var body string
	if len(s.visible) == 0 {
		how := "Press x to clear the filter."
		if s.typing {
			how = "Press esc to clear the filter."
		}
		body = st.Muted.Render(tui.Wrap(fmt.Sprintf("No skill matches %q. %s", tui.Clean(s.query), how), width))
	} else {
		body = s.menu.View(st, width, s.menuHeight())
	}
	return tui.Truncate(head, width) + "\n" + s.filterLine(width) + "\n\n" + body
}

func (s *list) View() string {
	if !s.wide {
		return s.listView(s.Width)
	}
	lw, pw := tui.SplitWidths(s.Width, s.need())
	left := tui.Fit(s.listView(lw), lw, s.Height)
	right := tui.Pane(s.Styles(), &s.pane, pw)
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", right)
}

// Keys are the skills list's keys, as they stand.
func (s *list) Keys() help.KeyMap {
	s.syncKeys()
	return s.keys
}

// syncKeys offers the filter's keys while it takes text (the arrows then
// move, as the letters are text), and the list's otherwise; the page keys
// scroll the skill beside the list when wide.
func (s *list) syncKeys() {
	k := &s.keys
	browsing := !s.typing
	k.NavKeys.SetEnabled(browsing && len(s.visible) > 0)
	k.Up.SetEnabled(len(s.visible) > 0)
	k.Down.SetEnabled(len(s.visible) > 0)
	k.NavKeys.SetTyping(s.typing)
	if s.wide {
		k.PageDown.SetHelp("pgdn", "scroll skill")
		k.PageUp.SetHelp("pgup", "scroll skill back")
		k.PageDown.SetEnabled(browsing && s.pane.Scrolls())
		k.PageUp.SetEnabled(browsing && s.pane.Scrolls())
	} else {
		k.PageDown.SetHelp("pgdn", "page down")
		k.PageUp.SetHelp("pgup", "page up")
	}
	k.Open.SetEnabled(browsing && len(s.visible) > 0)
	k.Filter.SetEnabled(browsing)
	k.Clear.SetEnabled(browsing && s.query != "")
	k.Keep.SetEnabled(s.typing)
	k.Cancel.SetEnabled(s.typing)
	k.Erase.SetEnabled(s.typing && s.query != "")
	k.EraseAll.SetEnabled(s.typing && s.query != "")
}
