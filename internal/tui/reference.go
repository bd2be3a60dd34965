package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// refTab is one tab of the reference screen: a list of entries and a
// document for the selected one.
type refTab struct {
	name  string
	menu  menu
	doc   doc
	body  func(i, width int) string // renders entry i
	menuH int                       // rows for the menu when stacked
}

type referenceKeys struct {
	next, prev, pageDown, pageUp key.Binding
}

// reference is the FAQ and reference material in tabs: FAQ,
// specializations and core duties. Each tab is a list and the selected
// entry's text, side by side when wide, stacked when narrow. Tabs with
// nothing in them are left out.
type reference struct {
	base
	keys   referenceKeys
	tabs   []*refTab
	active int
	wide   bool
}

func newReference(c *ctx) Screen {
	r := &reference{base: newBase(c), keys: referenceKeys{
		next:     key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("←→/tab", "switch tab")),
		prev:     key.NewBinding(key.WithKeys("shift+tab", "left", "h")),
		pageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn", "scroll text")),
		pageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll text")),
	}}
	lib := c.lib
	st := &c.st
	if len(lib.FAQ) > 0 {
		items := make([]item, len(lib.FAQ))
		for i, f := range lib.FAQ {
			items[i] = item{title: clean(f.Question)}
		}
		r.add("FAQ", items, func(i, width int) string {
			f := lib.FAQ[i]
			return refEntry(st, width, f.Question, f.Answer)
		})
	}
	if len(lib.Specializations) > 0 {
		items := make([]item, len(lib.Specializations))
		for i, s := range lib.Specializations {
			items[i] = item{title: clean(s.Name)}
		}
		r.add("Specializations", items, func(i, width int) string {
			s := lib.Specializations[i]
			out := refEntry(st, width, s.Name, s.Description)
			if strings.TrimSpace(s.Settings) != "" {
				out += "\n\n" + section(st, width, "Where they work", s.Settings)
			}
			return out
		})
	}
	if len(lib.Responsibilities) > 0 {
		items := make([]item, len(lib.Responsibilities))
		for i, d := range lib.Responsibilities {
			items[i] = item{title: clean(d.Name)}
		}
		r.add("Core duties", items, func(i, width int) string {
			d := lib.Responsibilities[i]
			return refEntry(st, width, d.Name, d.Description)
		})
	}
	return r
}

// refEntry renders an entry's heading, a blank line and its text.
func refEntry(st *Styles, width int, heading, text string) string {
	return st.Section.Render(wrap(clean(heading), width)) + "\n\n" + section(st, width, "", text)
}

func (r *reference) add(name string, items []item, body func(i, width int) string) {
	t := &refTab{name: name, menu: newMenu(items, false), body: body}
	t.doc = newDoc(func(width int) string {
		if len(t.menu.items) == 0 {
			return ""
		}
		return t.body(t.menu.cursor, width)
	})
	r.tabs = append(r.tabs, t)
}

func (r *reference) Title() string { return "FAQ and reference" }

func (r *reference) tab() *refTab {
	if len(r.tabs) == 0 {
		return nil
	}
	return r.tabs[r.active]
}

// Layout: the tab bar, a blank line, then the list and the text.
const refHead = 2

func (r *reference) SetSize(w, h int) {
	r.base.SetSize(w, h)
	r.wide = w >= browseSplit
	room := max(1, h-refHead)
	for _, t := range r.tabs {
		if r.wide {
			_, pw := browseWidths(w)
			sizePane(&t.doc, pw, room)
			continue
		}
		// Stacked: the list takes up to two fifths, then a rule, then the text.
		n := len(t.menu.items)
		t.menuH = min(n, max(3, room*2/5))
		used := t.menuH + 1 // the rule under the list
		if n > t.menuH {
			used++ // the menu's position line
		}
		t.doc.setSize(w, max(1, room-used))
	}
}

func (r *reference) Update(msg tea.Msg) (Screen, tea.Cmd) {
	t := r.tab()
	if t == nil {
		return r, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, r.keys.next):
			r.active = (r.active + 1) % len(r.tabs)
			return r, nil
		case key.Matches(msg, r.keys.prev):
			r.active = (r.active - 1 + len(r.tabs)) % len(r.tabs)
			return r, nil
		case key.Matches(msg, r.keys.pageDown):
			t.doc.vp.PageDown()
			return r, nil
		case key.Matches(msg, r.keys.pageUp):
			t.doc.vp.PageUp()
			return r, nil
		}
		before := t.menu.cursor
		if t.menu.update(msg, r.menuHeight(t)) && t.menu.cursor != before {
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
		refreshPane(&t.doc, max(1, r.h-refHead))
		return
	}
	t.doc.vp.GotoTop()
	t.doc.invalidate()
}

func (r *reference) menuHeight(t *refTab) int {
	if r.wide {
		h := max(1, r.h-refHead)
		if len(t.menu.items) > h {
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
		return t.doc.update(msg) // the wheel scrolls the text
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
	lw := r.w
	if r.wide {
		lw, _ = browseWidths(r.w)
	}
	if msg.X < lw {
		before := t.menu.cursor
		if t.menu.click(msg.Y-refHead) && t.menu.cursor != before {
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
		return r.st().Selected.Render("[ " + name + " ]")
	}
	return r.st().Muted.Render("  " + name + "  ")
}

func (r *reference) tabBar() string {
	labels := make([]string, len(r.tabs))
	for i := range r.tabs {
		labels[i] = r.tabLabel(i)
	}
	return truncate(strings.Join(labels, " "), r.w)
}

func (r *reference) View() string {
	st := r.st()
	t := r.tab()
	if t == nil {
		return st.Muted.Render(wrap("This track has no FAQ or reference material yet.", r.w))
	}
	head := r.tabBar() + "\n\n"
	if r.wide {
		lw, pw := browseWidths(r.w)
		left := fit(t.menu.view(st, lw, r.menuHeight(t)), lw, max(1, r.h-refHead))
		return head + lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", browsePane(st, &t.doc, pw))
	}
	rule := st.Faint.Render(strings.Repeat("─", r.w))
	if hint := t.doc.scrollHint(st); hint != "" {
		rule = st.Faint.Render(strings.Repeat("─", max(0, r.w-ansi.StringWidth(hint)-1))) + " " + hint
	}
	return head + t.menu.view(st, r.w, t.menuH) + "\n" + rule + "\n" + t.doc.view()
}

func (r *reference) Keys() keyMap {
	if len(r.tabs) == 0 {
		return keyMap{}
	}
	nav := newNavKeys()
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
	next, prev := r.keys.next, r.keys.prev
	next.SetEnabled(len(r.tabs) > 1)
	prev.SetEnabled(len(r.tabs) > 1)
	return keyMap{
		short: []key.Binding{next, choose, r.keys.pageDown},
		full:  [][]key.Binding{{next, nav.Up, nav.Down, nav.Top, nav.Bottom}, {r.keys.pageDown, r.keys.pageUp}},
	}
}
