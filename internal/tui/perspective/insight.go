package perspective

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// insightBody renders an insight but its title: the summary, the body, the
// reflection prompts as a numbered list and the skills it bears on.
func insightBody(st *tui.Styles, lib *content.Library, in *content.Insight, width int) string {
	var b strings.Builder
	b.WriteString(st.Subtitle.Render(tui.Wrap(tui.Clean(in.Summary), width)))
	b.WriteString("\n\n")
	b.WriteString(tui.Section(st, width, "", in.Body))
	if len(in.Prompts) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Questions to reflect on") + "\n")
		for i, p := range in.Prompts {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(tui.Bullets(st, width, fmt.Sprintf("%d.", i+1), []string{p}))
		}
	}
	if len(in.Skills) > 0 {
		names := make([]string, len(in.Skills))
		for i, id := range in.Skills {
			names[i] = tui.Clean(lib.SkillName(id))
		}
		b.WriteString("\n\n" + st.Section.Render("Related skills") + "\n")
		b.WriteString(tui.Wrap(strings.Join(names, " · "), width))
		b.WriteString("\n" + st.Faint.Render(tui.Wrap("Open Skills from home to see what each level looks like.", width)))
	}
	return b.String()
}

// insightKeys scroll the insight and step to the next or previous one.
type insightKeys struct {
	tui.NavKeys
	Next, Prev key.Binding
}

func (k insightKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Next, k.Prev}
}

func (k insightKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Next, k.Prev}}
}

// insight is one insight in Full: body, numbered reflection prompts and the
// skills it bears on; n and p step through the others.
type insight struct {
	tui.Base
	idx  int
	keys insightKeys
	doc  tui.Doc
}

// NewInsight makes the screen of one insight (tui.RouteInsight); its
// argument is the insight's index, an int.
func NewInsight(c *tui.Context, arg any) tui.Screen {
	idx, _ := arg.(int)
	in := &insight{Base: tui.NewBase(c), idx: idx, keys: insightKeys{NavKeys: tui.NewScrollKeys(),
		Next: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next insight")),
		Prev: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "previous insight")),
	}}
	in.doc = tui.NewDoc(func(width int) string {
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
		return tui.Clean(it.Title)
	}
	return "Insight"
}

func (in *insight) SetSize(w, h int) {
	in.Base.SetSize(w, h)
	in.doc.SetSize(min(w, tui.ReadWidth), max(1, h-2))
}

func (in *insight) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		in.syncKeys()
		switch {
		case key.Matches(msg, in.keys.Next):
			in.show(in.idx + 1)
		case key.Matches(msg, in.keys.Prev):
			in.show(in.idx - 1)
		default:
			in.keys.Scroll(&in.doc, msg, true)
		}
		return in, nil
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
	tw := min(in.Width, tui.ReadWidth)
	title := st.Title.Render(tui.Truncate(in.Title(), tw-lipgloss.Width(right)-2))
	gap := max(1, tw-lipgloss.Width(title)-lipgloss.Width(right))
	return title + strings.Repeat(" ", gap) + right + "\n\n" + in.doc.View()
}

// Keys are the insight's keys, as they stand.
func (in *insight) Keys() help.KeyMap {
	in.syncKeys()
	return in.keys
}

// syncKeys offers scrolling when the insight is longer than the screen, and
// a next and previous insight when there is one.
func (in *insight) syncKeys() {
	in.keys.NavKeys.SetEnabled(in.doc.Scrolls())
	in.keys.Next.SetEnabled(in.idx < len(in.all())-1)
	in.keys.Prev.SetEnabled(in.idx > 0)
}
