package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
)

// insightBody renders an insight but its title: the summary, the body, the
// reflection prompts as a numbered list and the skills it bears on.
func insightBody(st *Styles, lib *content.Library, in *content.Insight, width int) string {
	var b strings.Builder
	b.WriteString(st.Subtitle.Render(Wrap(Clean(in.Summary), width)))
	b.WriteString("\n\n")
	b.WriteString(Section(st, width, "", in.Body))
	if len(in.Prompts) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Questions to reflect on") + "\n")
		for i, p := range in.Prompts {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(Bullets(st, width, fmt.Sprintf("%d.", i+1), []string{p}))
		}
	}
	if len(in.Skills) > 0 {
		names := make([]string, len(in.Skills))
		for i, id := range in.Skills {
			names[i] = Clean(lib.SkillName(id))
		}
		b.WriteString("\n\n" + st.Section.Render("Related skills") + "\n")
		b.WriteString(Wrap(strings.Join(names, " · "), width))
		b.WriteString("\n" + st.Faint.Render(Wrap("Open Skills from home to see what each level looks like.", width)))
	}
	return b.String()
}

type perspectiveKeys struct {
	open, pageDown, pageUp key.Binding
}

// perspective is the leadership perspective: its title, summary and source,
// and the insights as a menu. Enter opens an insight; on wide terminals the
// selected one is shown beside the list.
type perspective struct {
	Base
	keys  perspectiveKeys
	menu  Menu
	intro string // title, summary and source, built for the current width
	pane  Doc
	wide  bool
}

func newPerspective(c *Context) Screen {
	p := &perspective{Base: NewBase(c), keys: perspectiveKeys{
		open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		pageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn", "scroll insight")),
		pageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll insight")),
	}}
	p.pane = NewDoc(func(width int) string {
		in := p.selected()
		if in == nil {
			return ""
		}
		return p.Styles().Title.Render(Wrap(Clean(in.Title), width)) + "\n" + insightBody(p.Styles(), p.Lib(), in, width)
	})
	p.menu = NewMenu(p.items(), true)
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

func (p *perspective) items() []Item {
	var items []Item
	for _, in := range p.insights() {
		items = append(items, Item{Title: Clean(in.Title), Desc: Clean(in.Summary)})
	}
	return items
}

// buildIntro renders the title, summary and source credit; short says to
// leave out the summary and source when the list would not fit otherwise.
func (p *perspective) buildIntro(width int, short bool) string {
	st := p.Styles()
	pe := p.Lib().Perspective
	parts := []string{st.Title.Render(Wrap(Clean(pe.Title), width))}
	if !short {
		parts = append(parts, "", Wrap(Clean(pe.Summary), width))
		if pe.Source != "" {
			parts = append(parts, "", st.Faint.Render(Wrap("Source: "+Clean(pe.Source), width)))
		}
	}
	return strings.Join(parts, "\n")
}

func (p *perspective) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	if p.Lib().Perspective == nil {
		return
	}
	p.wide = w >= SplitWidth
	lw := w
	if p.wide {
		var pw int
		lw, pw = SplitWidths(w)
		SizePane(&p.pane, pw, h)
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
		p.menu = NewMenu(p.items(), two)
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

func (p *perspective) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case p.wide && key.Matches(msg, p.keys.pageDown):
			p.pane.Viewport.PageDown()
			return p, nil
		case p.wide && key.Matches(msg, p.keys.pageUp):
			p.pane.Viewport.PageUp()
			return p, nil
		case key.Matches(msg, p.keys.open) || msg.String() == "right" || msg.String() == "l":
			return p, p.open()
		}
		before := p.menu.Cursor
		if p.menu.Update(msg, p.menuHeight()) && p.menu.Cursor != before {
			RefreshPane(&p.pane, p.Height)
		}
	case tea.MouseMsg:
		lw := p.Width
		if p.wide {
			lw, _ = SplitWidths(p.Width)
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
				RefreshPane(&p.pane, p.Height)
			}
		}
	}
	return p, nil
}

func (p *perspective) open() tea.Cmd {
	if len(p.insights()) == 0 {
		return nil
	}
	return Navigate(RouteInsight, p.menu.Cursor)
}

func (p *perspective) listView(width int) string {
	return p.intro + "\n\n" + p.menu.View(p.Styles(), width, p.menuHeight())
}

func (p *perspective) View() string {
	if p.Lib().Perspective == nil {
		return p.Styles().Muted.Render(Wrap("This track has no leadership perspective yet.", p.Width))
	}
	if !p.wide {
		return p.listView(p.Width)
	}
	lw, pw := SplitWidths(p.Width)
	left := Fit(p.listView(lw), lw, p.Height)
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", Pane(p.Styles(), &p.pane, pw))
}

func (p *perspective) Keys() help.KeyMap {
	if len(p.insights()) == 0 {
		return KeyMap{}
	}
	nav := NewNavKeys()
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
	pd, pu := p.keys.pageDown, p.keys.pageUp
	pd.SetEnabled(p.wide)
	pu.SetEnabled(p.wide)
	return KeyMap{
		Short: []key.Binding{choose, p.keys.open, pd},
		Full:  [][]key.Binding{{nav.Up, nav.Down, nav.Top, nav.Bottom, p.keys.open}, {pd, pu}},
	}
}

// --- One insight -------------------------------------------------------------

type insightKeys struct {
	next, prev key.Binding
}

// insight is one insight in Full: body, numbered reflection prompts and the
// skills it bears on; n and p step through the others.
type insight struct {
	Base
	idx  int
	keys insightKeys
	doc  Doc
}

func newInsight(c *Context, idx int) Screen {
	in := &insight{Base: NewBase(c), idx: idx, keys: insightKeys{
		next: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next insight")),
		prev: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "previous")),
	}}
	in.doc = NewDoc(func(width int) string {
		it := in.current()
		if it == nil {
			return ""
		}
		return insightBody(in.Styles(), in.Lib(), it, width)
	})
	return in
}

func (in *insight) all() []content.Insight {
	if in.Lib().Perspective == nil {
		return nil
	}
	return in.Lib().Perspective.Insights
}

func (in *insight) current() *content.Insight {
	all := in.all()
	if in.idx < 0 || in.idx >= len(all) {
		return nil
	}
	return &all[in.idx]
}

func (in *insight) Title() string {
	if it := in.current(); it != nil {
		return Clean(it.Title)
	}
	return "Insight"
}

func (in *insight) SetSize(w, h int) {
	in.Base.SetSize(w, h)
	in.doc.SetSize(min(w, ReadWidth), max(1, h-2))
}

func (in *insight) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, in.keys.next) && in.idx < len(in.all())-1:
			in.show(in.idx + 1)
			return in, nil
		case key.Matches(msg, in.keys.prev) && in.idx > 0:
			in.show(in.idx - 1)
			return in, nil
		}
		return in, DocNav(&in.doc, msg)
	case tea.MouseMsg:
		return in, in.doc.Update(msg)
	}
	return in, nil
}

// show switches to insight i, from its top.
func (in *insight) show(i int) {
	in.idx = i
	in.doc.Viewport.GotoTop()
	in.doc.Invalidate()
}

func (in *insight) View() string {
	st := in.Styles()
	if in.current() == nil {
		return st.Muted.Render("This insight is not in the track.")
	}
	right := st.Muted.Render(fmt.Sprintf("%d of %d", in.idx+1, len(in.all())))
	if h := in.doc.ScrollHint(st); h != "" {
		right = h + "  " + right
	}
	tw := min(in.Width, ReadWidth)
	title := st.Title.Render(Truncate(in.Title(), tw-lipgloss.Width(right)-2))
	gap := max(1, tw-lipgloss.Width(title)-lipgloss.Width(right))
	return title + strings.Repeat(" ", gap) + right + "\n\n" + in.doc.View()
}

func (in *insight) Keys() help.KeyMap {
	n := NewNavKeys()
	next, prev := in.keys.next, in.keys.prev
	next.SetEnabled(in.idx < len(in.all())-1)
	prev.SetEnabled(in.idx > 0)
	dk := DocKeys()
	short := append(append([]key.Binding{}, dk[0], dk[1]), next, prev)
	return KeyMap{Short: short, Full: [][]key.Binding{append(dk, n.Top, n.Bottom), {next, prev}}}
}
