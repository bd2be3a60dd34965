// Package reference is the FAQ and reference screen: the track's FAQ,
// specializations and core duties in tabs, each a list beside (or above)
// the selected entry's text.
package reference

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/tui"
)

// refTab is one tab of the reference screen: a list of entries and a
// document for the selected one.
type refTab struct {
	name  string
	menu  tui.Menu
	doc   tui.Doc
	body  func(i, width int) string // renders entry i
	menuH int                       // rows for the menu when stacked
}

// keyMap is the reference's keys: the list of a tab, its text, the tabs.
// The nav keys' page keys scroll the text, not the list.
type keyMap struct {
	tui.NavKeys
	NextTab, PrevTab key.Binding
}

func newKeyMap() keyMap {
	k := keyMap{NavKeys: tui.NewNavKeys(),
		NextTab: key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab/→", "next tab")),
		PrevTab: key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("shift+tab/←", "previous tab")),
	}
	k.PageDown.SetHelp("pgdn", "scroll text")
	k.PageUp.SetHelp("pgup", "scroll text back")
	return k
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.NextTab, k.PageDown, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.PageDown, k.PageUp}, {k.NextTab, k.PrevTab}}
}

// reference is the FAQ and reference material in tabs: FAQ,
// specializations and core duties. Each tab is a list and the selected
// entry's text, side by side when wide, stacked when narrow. Tabs with
// nothing in them are left out.
type reference struct {
	tui.Base
	keys   keyMap
	tabs   []*refTab
	active int
	wide   bool
}

// New makes the FAQ and reference screen (tui.RouteReference); it takes no
// argument.
func New(c *tui.Context, _ any) tui.Screen {
	r := &reference{Base: tui.NewBase(c), keys: newKeyMap()}
	lib := c.Lib()
	st := c.Styles()
	if len(lib.FAQ) > 0 {
		items := make([]tui.Item, len(lib.FAQ))
		for i, f := range lib.FAQ {
			items[i] = tui.Item{Title: tui.Clean(f.Question)}
		}
		r.add("FAQ", items, func(i, width int) string {
			f := lib.FAQ[i]
			return refEntry(st, width, f.Question, f.Answer)
		})
	}
	if len(lib.Specializations) > 0 {
		items := make([]tui.Item, len(lib.Specializations))
		for i, s := range lib.Specializations {
			items[i] = tui.Item{Title: tui.Clean(s.Name)}
		}
		r.add("Specializations", items, func(i, width int) string {
			s := lib.Specializations[i]
			out := refEntry(st, width, s.Name, s.Description)
			if strings.TrimSpace(s.Settings) != "" {
				out += "\n\n" + tui.Section(st, width, "Where they work", s.Settings)
			}
			return out
		})
	}
	if len(lib.Responsibilities) > 0 {
		items := make([]tui.Item, len(lib.Responsibilities))
		for i, d := range lib.Responsibilities {
			items[i] = tui.Item{Title: tui.Clean(d.Name)}
		}
		r.add("Core duties", items, func(i, width int) string {
			d := lib.Responsibilities[i]
			return refEntry(st, width, d.Name, d.Description)
		})
	}
	return r
}

// refEntry renders an entry's heading, a blank line and its text.
func refEntry(st *tui.Styles, width int, heading, text string) string {
	return st.Section.Render(tui.Wrap(tui.Clean(heading), width)) + "\n\n" + tui.Section(st, width, "", text)
}

func (r *reference) add(name string, items []tui.Item, body func(i, width int) string) {
	t := &refTab{name: name, menu: tui.NewMenu(items, false), body: body}
	t.doc = tui.NewDoc(func(width int) string {
		if len(t.menu.Items) == 0 {
			return ""
		}
		return t.body(t.menu.Cursor, width)
	})
	r.tabs = append(r.tabs, t)
}

func (r *reference) Title() string { return "FAQ and reference" }

// need is the width the longest entry of any tab takes, so the list keeps
// its width from tab to tab.
func (r *reference) need() int {
	n := 0
	for _, t := range r.tabs {
		n = max(n, tui.ListWidth(t.menu.Items, false))
	}
	return n
}

func (r *reference) tab() *refTab {
	if len(r.tabs) == 0 {
		return nil
	}
	return r.tabs[r.active]
}

// Layout: the tab bar, a blank line, then the list and the text.
const refHead = 2

func (r *reference) SetSize(w, h int) {
	r.Base.SetSize(w, h)
	r.wide = w >= tui.ListBeside
	room := max(1, h-refHead)
	for _, t := range r.tabs {
		if r.wide {
			_, pw := tui.SplitWidths(w, r.need())
			tui.SizePane(&t.doc, pw, room)
			continue
		}
		// Stacked: the list takes up to two fifths, then a rule, then the text.
		n := len(t.menu.Items)
		t.menuH = min(n, max(3, room*2/5))
		used := t.menuH + 1 // the rule under the list
		if n > t.menuH {
			used++ // the menu's position line
		}
		t.doc.SetSize(w, max(1, room-used))
	}
}

func (r *reference) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	t := r.tab()
	if t == nil {
		return r, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		r.syncKeys()
		switch {
		case key.Matches(msg, r.keys.NextTab):
			r.active = (r.active + 1) % len(r.tabs)
			return r, nil
		case key.Matches(msg, r.keys.PrevTab):
			r.active = (r.active - 1 + len(r.tabs)) % len(r.tabs)
			return r, nil
		case r.keys.Scroll(&t.doc, msg, false):
			return r, nil
		}
		before := t.menu.Cursor
		if t.menu.Update(msg, r.keys.NavKeys, r.menuHeight(t)) && t.menu.Cursor != before {
			r.changed(t)
		}
	case tea.MouseMsg:
		return r, r.mouse(t, msg)
	}
	return r, nil
}

// changed shows a tab's newly selected entry from its top.
func (r *reference) changed(t *refTab) {
	if r.wide {
		tui.RefreshPane(&t.doc, max(1, r.Height-refHead))
		return
	}
	t.doc.Viewport.GotoTop()
	t.doc.Invalidate()
}

func (r *reference) menuHeight(t *refTab) int {
	if r.wide {
		h := max(1, r.Height-refHead)
		if len(t.menu.Items) > h {
			h--
		}
		return max(1, h)
	}
	return t.menuH
}

func (r *reference) mouse(t *refTab, msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	if msg.Button != tea.MouseButtonLeft {
		return t.doc.Update(msg) // the wheel scrolls the text
	}
	if msg.Y == 0 {
		x := 0
		for i := range r.tabs {
			w := lipgloss.Width(r.tabLabel(i)) + 1
			if msg.X >= x && msg.X < x+w {
				r.active = i
				return nil
			}
			x += w
		}
		return nil
	}
	lw := r.Width
	if r.wide {
		lw, _ = tui.SplitWidths(r.Width, r.need())
	}
	if msg.X < lw {
		before := t.menu.Cursor
		if t.menu.Click(msg.Y-refHead) && t.menu.Cursor != before {
			r.changed(t)
		}
	}
	return nil
}

// tabLabel draws a tab: the active one in brackets as well as in the
// selection style, so it shows without colour.
func (r *reference) tabLabel(i int) string {
	name := r.tabs[i].name
	if i == r.active {
		return r.Styles().Selected.Render("[ " + name + " ]")
	}
	return r.Styles().Muted.Render("  " + name + "  ")
}

func (r *reference) tabBar() string {
	labels := make([]string, len(r.tabs))
	for i := range r.tabs {
		labels[i] = r.tabLabel(i)
	}
	return tui.Truncate(strings.Join(labels, " "), r.Width)
}

func (r *reference) View() string {
	st := r.Styles()
	t := r.tab()
	if t == nil {
		return st.Muted.Render(tui.Wrap("This track has no FAQ or reference material yet.", r.Width))
	}
	head := r.tabBar() + "\n\n"
	if r.wide {
		lw, pw := tui.SplitWidths(r.Width, r.need())
		left := tui.Fit(t.menu.View(st, lw, r.menuHeight(t)), lw, max(1, r.Height-refHead))
		return head + lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", tui.Pane(st, &t.doc, pw))
	}
	rule := st.Faint.Render(strings.Repeat("─", r.Width))
	if hint := t.doc.ScrollHint(st); hint != "" {
		rule = st.Faint.Render(strings.Repeat("─", max(0, r.Width-ansi.StringWidth(hint)-1))) + " " + hint
	}
	return head + t.menu.View(st, r.Width, t.menuH) + "\n" + rule + "\n" + t.doc.View()
}

// Keys are the reference's keys, as they stand.
func (r *reference) Keys() help.KeyMap {
	r.syncKeys()
	return r.keys
}

// syncKeys offers what the tab on show allows: the tab keys when there
// are tabs to switch to, the text's when it scrolls.
func (r *reference) syncKeys() {
	k := &r.keys
	t := r.tab()
	k.NavKeys.SetEnabled(t != nil)
	k.NextTab.SetEnabled(len(r.tabs) > 1)
	k.PrevTab.SetEnabled(len(r.tabs) > 1)
	if t != nil {
		k.PageDown.SetEnabled(t.doc.Scrolls())
		k.PageUp.SetEnabled(t.doc.Scrolls())
	}
}
