// Package stories is the person's bank of STAR interview stories: the list
// (with a skill filter, and the selected story beside it on wide
// terminals), the form that adds and edits a story one part at a time, an
// edit of a story as Markdown in the person's own $EDITOR, and the
// coverage of the track's skills by the stories.
package stories

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

type deletedMsg struct {
	to    int
	title string
	err   error
}

func (m deletedMsg) Target() int { return m.to }

// maxFilter bounds what can be typed into the filter.
const maxFilter = 40

// listHead is the height above the list: the title, the filter line and a
// blank line.
const listHead = 3

// list is the stories screen: every story with its skills, strength, last
// use and what to look at again; the selected one in full beside the list
// when wide, or on its own (tab) when narrow.
type list struct {
	tui.Base
	keys    listKeys
	all     []stories.Story
	loaded  bool
	err     error
	visible []int // indices into all that match the filter
	menu    tui.Menu
	query   string
	typing  bool
	reading bool // narrow: the selected story fills the screen
	confirm bool // asking before deleting the selected story
	pane    tui.Doc
	peek    tui.Doc // narrow: the selected story under a short list
	wide    bool
	edit    editState
}

// New makes the stories list (tui.RouteStories); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	l := &list{Base: tui.NewBase(c), keys: newListKeys()}
	l.pane = tui.NewDoc(l.selectedText)
	l.peek = tui.NewDoc(l.selectedText)
	l.edit.doc = tui.NewDoc(l.failedText)
	return l
}

func (l *list) Title() string { return "My stories" }

func (l *list) Init() tea.Cmd { return l.LoadStories() }

// Refresh re-reads the stories when the form or the coverage comes back.
func (l *list) Refresh() tea.Cmd { return l.LoadStories() }

func (l *list) Capturing() bool { return l.typing }

// ClaimsEsc: esc first answers "delete?", leaves the story read on its own,
// or clears a filter, before it goes back.
func (l *list) ClaimsEsc() bool {
	return l.edit.failed == nil && (l.confirm || l.reading || l.query != "")
}

// Unsaved: an edit the story file could not read back is kept until it is
// fixed or dropped.
func (l *list) Unsaved() string {
	if l.edit.failed != nil {
		return "the story you edited"
	}
	return ""
}

// selectedText is the selected story in full.
func (l *list) selectedText(width int) string {
	s, ok := l.selected()
	if !ok {
		return ""
	}
	return storyText(l.Styles(), l.Lib(), s, l.Now(), width)
}

func (l *list) selected() (stories.Story, bool) {
	if len(l.visible) == 0 || l.menu.Cursor >= len(l.visible) {
		return stories.Story{}, false
	}
	return l.all[l.visible[l.menu.Cursor]], true
}

// loaded keeps a new read of the stories: the selection stays on its story,
// or moves to one that was not there before (just added).
func (l *list) setStories(list []stories.Story) {
	keep := int64(-1)
	if s, ok := l.selected(); ok {
		keep = s.ID
	}
	if l.loaded {
		for _, s := range list {
			if !slices.ContainsFunc(l.all, func(o stories.Story) bool { return o.ID == s.ID }) {
				keep = s.ID
			}
		}
	}
	l.all, l.loaded = list, true
	l.refilter(keep)
}

// refilter recomputes the stories shown, with the cursor on story keep
// when it is among them.
func (l *list) refilter(keep int64) {
	l.visible = l.visible[:0]
	for i, s := range l.all {
		if l.matches(s) {
			l.visible = append(l.visible, i)
		}
	}
	l.rebuild()
	l.menu.Cursor = 0
	for row, i := range l.visible {
		if l.all[i].ID == keep {
			l.menu.Cursor = row
		}
	}
	if len(l.visible) == 0 {
		l.reading = false
	}
	l.paneChanged()
}

// matches reports whether a story passes the filter: a skill's exact name
// or id shows the stories with that skill; other text, those whose title
// or skills hold it.
func (l *list) matches(s stories.Story) bool {
	q := strings.ToLower(strings.TrimSpace(l.query))
	if q == "" {
		return true
	}
	for _, sk := range l.Lib().Skills {
		if q == strings.ToLower(sk.ID) || q == strings.ToLower(tui.Clean(sk.Name)) {
			return slices.Contains(s.Skills, sk.ID)
		}
	}
	hay := strings.ToLower(s.Title + "\n" + strings.Join(s.Skills, "\n") + "\n" + skillNames(l.Lib(), s.Skills))
	return strings.Contains(hay, q)
}

// rebuild lays out the menu rows.
func (l *list) rebuild() {
	now := l.Now()
	items := make([]tui.Item, 0, len(l.visible))
	for _, i := range l.visible {
		s := l.all[i]
		desc := append(append([]string{skillNames(l.Lib(), s.Skills)}, flags(s)...), lastUsed(s.LastUsed, now))
		items = append(items, tui.Item{Title: tui.Clean(s.Title), Desc: strings.Join(desc, " · "),
			Badge: fmt.Sprintf("strength %d", s.Strength)})
	}
	cursor := l.menu.Cursor
	l.menu = tui.NewMenu(items, true)
	l.menu.Cursor = min(cursor, max(0, len(items)-1))
}

func (l *list) SetSize(w, h int) {
	l.Base.SetSize(w, h)
	l.wide = w >= tui.ListBeside
	if l.wide {
		l.reading = false
	}
	l.paneChanged()
	l.edit.doc.SetSize(tui.Reading(w), max(1, h-4))
}

// splits are the widths of the list and the pane beside it, when wide:
// the list gets what its titles and the lines under them need, up to three
// fifths.
func (l *list) splits() (list, pane int) {
	need := tui.ListWidth(l.menu.Items, false)
	for _, it := range l.menu.Items {
		need = max(need, 4+lipgloss.Width(it.Desc))
	}
	return tui.SplitWidths(l.Width, min(tui.ReadWidth, need))
}

// listWidth is the width of the list column.
func (l *list) listWidth() int {
	if !l.wide {
		return l.Width
	}
	lw, _ := l.splits()
	return lw
}

// peekHeight is the room under a short list for the selected story, on a
// narrow terminal (below a blank line and a rule); 0 when it does not fit.
func (l *list) peekHeight() int {
	if l.wide || l.reading || len(l.visible) == 0 {
		return 0
	}
	free := l.menuHeight() - 2*len(l.visible) - 2
	if free < 4 {
		return 0
	}
	return free
}

// paneChanged re-renders the selected story, beside the list when wide or
// on its own when narrow.
func (l *list) paneChanged() {
	if l.Width == 0 {
		return
	}
	if l.wide {
		_, pw := l.splits()
		tui.SizePane(&l.pane, pw, l.Height)
		tui.RefreshPane(&l.pane, l.Height)
		return
	}
	l.pane.SetSize(tui.Reading(l.Width), max(1, l.Height-2))
	l.pane.Viewport.GotoTop()
	l.pane.Invalidate()
	if h := l.peekHeight(); h > 0 {
		l.peek.SetSize(tui.Reading(l.Width), h)
		l.peek.Viewport.GotoTop()
		l.peek.Invalidate()
	}
}

// menuHeight is the rows the list has, under the warning that stories are
// not saved when there is no database.
func (l *list) menuHeight() int {
	if !l.Progress().Saved() {
		return max(1, l.Height-listHead-1)
	}
	return max(1, l.Height-listHead)
}

func (l *list) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tui.StoriesLoadedMsg:
		l.err = msg.Err
		if msg.Err != nil {
			l.loaded = true
			return l, l.StatusErr("Could not read your stories: " + msg.Err.Error())
		}
		l.setStories(msg.Stories)
	case deletedMsg:
		if msg.err != nil {
			return l, tea.Batch(l.LoadStories(), l.StatusErr("Could not delete the story: "+msg.err.Error()))
		}
		return l, tea.Batch(l.LoadStories(), l.Status("Deleted “"+tui.Clean(msg.title)+"”."))
	case editReadyMsg, editDoneMsg, editReadMsg, editSavedMsg:
		return l, l.editUpdate(msg)
	case tea.KeyMsg:
		l.syncKeys()
		if l.typing {
			l.typeKey(msg)
			return l, nil
		}
		return l, l.key(msg)
	case tea.MouseMsg:
		return l, l.mouse(msg)
	}
	return l, nil
}

// typeKey edits the filter while it has focus.
func (l *list) typeKey(msg tea.KeyMsg) {
	k := l.keys
	keep := int64(-1)
	if s, ok := l.selected(); ok {
		keep = s.ID
	}
	switch tui.EditQuery(&l.query, &l.typing, msg, tui.QueryKeys{Cancel: k.Cancel, Keep: k.Keep, Erase: k.Erase, EraseAll: k.EraseAll}, maxFilter) {
	case tui.QueryChanged:
		l.refilter(keep)
	case tui.QueryNotMine:
		l.moveBy(msg)
	}
}

// moveBy moves the cursor by the nav keys, showing the newly selected
// story.
func (l *list) moveBy(msg tea.KeyMsg) {
	before := l.menu.Cursor
	if l.menu.Update(msg, l.keys.NavKeys, l.menuHeight()) && l.menu.Cursor != before {
		l.paneChanged()
	}
}

func (l *list) key(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case l.edit.failed != nil || l.edit.waiting:
		return l.editKey(msg)
	case l.confirm:
		return l.confirmKey(msg)
	case l.reading && key.Matches(msg, k.Read):
		l.reading = false
	case l.reading && k.Scroll(&l.pane, msg, true):
	case key.Matches(msg, k.Add):
		return tui.Navigate(tui.RouteStoryForm, stories.Story{})
	case key.Matches(msg, k.Coverage):
		return tui.Navigate(tui.RouteCoverage, nil)
	case key.Matches(msg, k.Filter):
		l.typing, l.reading = true, false
	case key.Matches(msg, k.Clear):
		keep := int64(-1)
		if s, ok := l.selected(); ok {
			keep = s.ID
		}
		l.query = ""
		l.refilter(keep)
	case l.wide && k.Scroll(&l.pane, msg, false):
	default:
		return l.storyKey(msg)
	}
	return nil
}

// storyKey acts on the selected story: open it in the form or the editor,
// read it, delete it; or moves the cursor.
func (l *list) storyKey(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	s, ok := l.selected()
	switch {
	case !ok:
	case key.Matches(msg, k.Open):
		return tui.Navigate(tui.RouteStoryForm, s)
	case key.Matches(msg, k.Editor):
		return l.startEdit(s.ID, s.Title, stories.Format([]stories.Story{s}))
	case key.Matches(msg, k.Delete):
		l.confirm = true
	case !l.wide && key.Matches(msg, k.Read):
		l.reading = true
		l.paneChanged()
	default:
		l.moveBy(msg)
	}
	return nil
}

// confirmKey answers "delete the story?".
func (l *list) confirmKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, l.keys.Yes):
		l.confirm = false
		s, ok := l.selected()
		if !ok {
			return nil
		}
		pr, track, to := l.Progress(), l.Lib().Track.ID, l.ID()
		return func() tea.Msg {
			return deletedMsg{to: to, title: s.Title, err: pr.DeleteStory(track, s.ID)}
		}
	case key.Matches(msg, l.keys.No):
		l.confirm = false
	}
	return nil
}

func (l *list) mouse(msg tea.MouseMsg) tea.Cmd {
	if l.reading || (l.wide && msg.X >= l.listWidth()) {
		return l.pane.Update(msg)
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft && l.menu.Click(msg.Y-listHead) {
		l.paneChanged()
	}
	return nil
}

// Keys are the list's keys, as they stand.
func (l *list) Keys() help.KeyMap {
	l.syncKeys()
	return l.keys
}

// syncKeys offers the keys of the state the list is in: a failed edit,
// the question "delete?", typing the filter, reading a story, or the list.
func (l *list) syncKeys() {
	k := &l.keys
	failed, waiting := l.edit.failed != nil, l.edit.waiting
	modal := failed || waiting || l.confirm
	browsing := !modal && !l.typing
	_, has := l.selected()
	k.Fix.SetEnabled(failed)
	k.Drop.SetEnabled(failed)
	k.Yes.SetEnabled(l.confirm && !failed)
	k.No.SetEnabled(l.confirm && !failed)
	k.Keep.SetEnabled(l.typing)
	k.Cancel.SetEnabled(l.typing)
	k.Erase.SetEnabled(l.typing && l.query != "")
	k.EraseAll.SetEnabled(l.typing && l.query != "")
	k.Add.SetEnabled(browsing && l.loaded && l.err == nil)
	k.Coverage.SetEnabled(browsing && l.loaded && l.err == nil)
	k.Filter.SetEnabled(browsing && len(l.all) > 0)
	k.Clear.SetEnabled(browsing && !l.reading && l.query != "")
	for _, b := range []*key.Binding{&k.Open, &k.Editor, &k.Delete} {
		b.SetEnabled(browsing && has)
	}
	k.Read.SetEnabled(browsing && has && !l.wide)
	k.Read.SetKeys("tab")
	k.Read.SetHelp("tab", "read the story")
	if l.reading {
		k.Read.SetKeys("tab", "esc")
		k.Read.SetHelp("tab/esc", "back to the list")
	}
	l.syncNav(failed, browsing)
}

// syncNav offers moving in the list (or scrolling what is read) where it
// does something.
func (l *list) syncNav(failed, browsing bool) {
	k := &l.keys
	switch {
	case failed:
		k.NavKeys.SetEnabled(l.edit.doc.Scrolls())
		k.PageDown.SetHelp("pgdn", "page down")
		k.PageUp.SetHelp("pgup", "page up")
	case l.reading:
		k.NavKeys.SetEnabled(l.pane.Scrolls())
		k.PageDown.SetHelp("pgdn", "page down")
		k.PageUp.SetHelp("pgup", "page up")
	default:
		k.NavKeys.SetEnabled((browsing || l.typing) && len(l.visible) > 1)
		if l.wide {
			k.PageDown.SetHelp("pgdn", "scroll story")
			k.PageUp.SetHelp("pgup", "scroll story back")
			k.PageDown.SetEnabled(browsing && l.pane.Scrolls())
			k.PageUp.SetEnabled(browsing && l.pane.Scrolls())
		} else {
			k.PageDown.SetHelp("pgdn", "page down")
			k.PageUp.SetHelp("pgup", "page up")
		}
	}
	k.NavKeys.SetTyping(l.typing)
	if l.typing {
		for _, b := range []*key.Binding{&k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
			b.SetEnabled(false)
		}
	}
}
