// Package perspective is the leadership perspective: the perspective's
// title, summary and source with its insights as a list (the selected one
// beside it on wide terminals), and each insight in full.
package perspective

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// keyMap is the perspective's keys: the list, and enter to read. On a wide
// terminal the page keys scroll the insight beside the list.
type keyMap struct {
	tui.NavKeys
	Open key.Binding
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.PageDown, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.Open}, {k.PageDown, k.PageUp}}
}

// perspective is the leadership perspective: its title, summary and source,
// and the insights as a menu. Enter opens an insight; on wide terminals the
// selected one is shown beside the list.
type perspective struct {
	tui.Base
	keys  keyMap
	menu  tui.Menu
	intro string // title, summary and source, built for the current width
	pane  tui.Doc
	wide  bool
}

// New makes the leadership perspective screen (tui.RoutePerspective); it
// takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	p := &perspective{Base: tui.NewBase(c), keys: keyMap{NavKeys: tui.NewNavKeys(),
		Open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "read")),
	}}
	p.pane = tui.NewDoc(func(width int) string {
		in := p.selected()
		if in == nil {
			return ""
		}
		return p.Styles().Title.Render(tui.Wrap(tui.Clean(in.Title), width)) + "\n" + insightBody(p.Styles(), p.Lib(), in, width, nil)
	})
	p.menu = tui.NewMenu(p.items(), true)
	return p
}

func (p *perspective) Title() string { return "Leadership perspective" }

func (p *perspective) insights() []content.Insight {
	if p.Lib().Perspective == nil {
		return nil
	}
	return p.Lib().Perspective.Insights
}

func (p *perspective) selected() *content.Insight {
	ins := p.insights()
	if len(ins) == 0 {
		return nil
	}
	return &ins[p.menu.Cursor]
}

func (p *perspective) items() []tui.Item {
	var items []tui.Item
	for _, in := range p.insights() {
		items = append(items, tui.Item{Title: tui.Clean(in.Title), Desc: tui.Clean(in.Summary)})
	}
	return items
}

// buildIntro renders the title, summary and source credit; short says to
// leave out the summary and source when the list would not fit otherwise.
func (p *perspective) buildIntro(width int, short bool) string {
	st := p.Styles()
	pe := p.Lib().Perspective
	parts := []string{st.Title.Render(tui.Wrap(tui.Clean(pe.Title), width))}
	if !short {
		parts = append(parts, "", tui.Wrap(tui.Clean(pe.Summary), width))
		if pe.Source != "" {
			parts = append(parts, "", st.Faint.Render(tui.Wrap("Source: "+tui.Clean(pe.Source), width)))
		}
	}
	return strings.Join(parts, "\n")
}

func (p *perspective) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	if p.Lib().Perspective == nil {
		return
	}
	p.wide = w >= tui.ListBeside
	lw := w
	if p.wide {
		var pw int
		lw, pw = tui.SplitWidths(w, tui.ListWidth(p.items(), false))
		tui.SizePane(&p.pane, pw, h)
	}
	n := len(p.insights())
	p.intro = p.buildIntro(lw, false)
	room := h - lipgloss.Height(p.intro) - 1
	if room < min(n, 4) {
		p.intro = p.buildIntro(lw, true)
		room = h - lipgloss.Height(p.intro) - 1
	}
	// Two lines per insight (title, then summary) when they all fit.
	two := room >= 2*n
	if two != p.menu.TwoLine {
		cursor := p.menu.Cursor
		p.menu = tui.NewMenu(p.items(), two)
		p.menu.Cursor = cursor
	}
}

func (p *perspective) menuTop() int { return lipgloss.Height(p.intro) + 1 }

func (p *perspective) menuHeight() int {
	h := max(1, p.Height-p.menuTop())
	if len(p.insights())*p.menu.RowHeight() > h {
		h-- // the menu adds a position line
	}
	return max(1, h)
}

func (p *perspective) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		p.syncKeys()
		switch {
		case p.wide && p.keys.Scroll(&p.pane, msg, false):
			return p, nil
		case key.Matches(msg, p.keys.Open):
			return p, p.open()
		}
		before := p.menu.Cursor
		if p.menu.Update(msg, p.keys.NavKeys, p.menuHeight()) && p.menu.Cursor != before {
			tui.RefreshPane(&p.pane, p.Height)
		}
	case tea.MouseMsg:
		lw := p.Width
		if p.wide {
			lw, _ = tui.SplitWidths(p.Width, tui.ListWidth(p.items(), false))
		}
		if p.wide && msg.X >= lw {
			return p, p.pane.Update(msg)
		}
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
			before := p.menu.Cursor
			if p.menu.Click(msg.Y - p.menuTop()) {
				if p.menu.Cursor == before {
					return p, p.open()
				}
				tui.RefreshPane(&p.pane, p.Height)
			}
		}
	}
	return p, nil
}

func (p *perspective) open() tea.Cmd {
	if len(p.insights()) == 0 {
		return nil
	}
	return tui.Navigate(tui.RouteInsight, p.menu.Cursor)
}

func (p *perspective) listView(width int) string {
	return p.intro + "\n\n" + p.menu.View(p.Styles(), width, p.menuHeight())
}

func (p *perspective) View() string {
	if p.Lib().Perspective == nil {
		return p.Styles().Muted.Render(tui.Wrap("This track has no leadership perspective yet.", p.Width))
	}
	if !p.wide {
		return p.listView(p.Width)
	}
	lw, pw := tui.SplitWidths(p.Width, tui.ListWidth(p.items(), false))
	left := tui.Fit(p.listView(lw), lw, p.Height)
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", tui.Pane(p.Styles(), &p.pane, pw))
}

// Keys are the perspective's keys, as they stand.
func (p *perspective) Keys() help.KeyMap {
	p.syncKeys()
	return p.keys
}

// syncKeys words the page keys for what they do: scroll the insight beside
// the list when wide, page the list when not.
func (p *perspective) syncKeys() {
	k := &p.keys
	k.NavKeys.SetEnabled(len(p.insights()) > 0)
	k.Open.SetEnabled(len(p.insights()) > 0)
	if p.wide {
		k.PageDown.SetHelp("pgdn", "scroll insight")
		k.PageUp.SetHelp("pgup", "scroll insight back")
		k.PageDown.SetEnabled(p.pane.Scrolls())
		k.PageUp.SetEnabled(p.pane.Scrolls())
	} else {
		k.PageDown.SetHelp("pgdn", "page down")
		k.PageUp.SetHelp("pgup", "page up")
	}
}
