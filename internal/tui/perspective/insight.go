package perspective

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// insightBody renders an insight but its title: the summary, the body, the
// reflection prompts as a numbered list and the skills it bears on. marks,
// when given, says under each prompt what the journal holds for it, and
// that a digit writes about it.
func insightBody(st *tui.Styles, lib *content.Library, in *content.Insight, width int, marks func(i int) string) string {
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
			if marks != nil {
				if m := marks(i); m != "" {
					b.WriteString("\n" + st.Muted.Render(tui.Indent(tui.Wrap(m, width-3), 3)))
				}
			}
		}
		if marks != nil {
			keys := "1"
			if len(in.Prompts) > 1 {
				keys = fmt.Sprintf("1-%d", min(9, len(in.Prompts)))
			}
			b.WriteString("\n\n" + st.Faint.Render(tui.Wrap("Press "+keys+" to write about one in your journal; "+
				"each entry is kept with your progress, by date.", width)))
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

// insightKeys scroll the insight, step to the next or previous one, and
// write about a prompt.
type insightKeys struct {
	tui.NavKeys
	Next, Prev, Write key.Binding
}

func (k insightKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Write, k.Up, k.Down, k.PageDown, k.Next, k.Prev}
}

func (k insightKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Bindings(), {k.Next, k.Prev, k.Write}}
}

// insight is one insight in Full: body, numbered reflection prompts and the
// skills it bears on; n and p step through the others.
type insight struct {
	tui.Base
	idx     int
	keys    insightKeys
	doc     tui.Doc
	entries map[string]progress.JournalEntry // the journal, by entry id
}

// NewInsight makes the screen of one insight (tui.RouteInsight); its
// argument is the insight's index, an int.
func NewInsight(c *tui.Context, arg any) tui.Screen {
	idx, _ := arg.(int)
	in := &insight{Base: tui.NewBase(c), idx: idx, keys: insightKeys{NavKeys: tui.NewScrollKeys(),
		Next: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next insight")),
		Prev: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "previous insight")),
		Write: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"),
			key.WithHelp("1-9", "write about a question")),
	}}
	in.doc = tui.NewDoc(func(width int) string {
		it := in.current()
		if it == nil {
			return ""
		}
		return insightBody(in.Styles(), in.Lib(), it, width, in.mark)
	})
	return in
}

// Init reads the journal, to say which prompts have entries.
func (in *insight) Init() tea.Cmd { return loadJournal(in.Context, in.ID()) }

// Refresh reads it again when an entry closes over the insight.
func (in *insight) Refresh() tea.Cmd { return loadJournal(in.Context, in.ID()) }

// mark says what the journal holds for prompt i of the insight shown.
func (in *insight) mark(i int) string {
	it := in.current()
	if it == nil || in.entries == nil {
		return ""
	}
	es := progress.PromptEntries(in.entries, it.PromptIDs()[i])
	if len(es) == 0 {
		return ""
	}
	day := progress.JournalBegun(es[0]).In(in.Now().Location()).Format("January 2, 2006")
	return fmt.Sprintf("✎ %s in your journal, the latest %s", tui.Count(len(es), "entry", "entries"), day)
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
	case journalMsg:
		if msg.err != nil {
			return in, in.StatusErr("Could not read your journal: " + msg.err.Error())
		}
		in.entries = msg.entries
		in.doc.Invalidate()
	case tea.KeyMsg:
		in.syncKeys()
		switch {
		case key.Matches(msg, in.keys.Write):
			return in, in.write(msg)
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

// write opens a new journal entry on the prompt whose number was pressed.
func (in *insight) write(msg tea.KeyMsg) tea.Cmd {
	it := in.current()
	n := int(msg.Runes[0] - '1')
	if it == nil || n < 0 || n >= len(it.Prompts) {
		return nil
	}
	return tui.Navigate(tui.RouteJournal, it.PromptIDs()[n])
}

// syncKeys offers scrolling when the insight is longer than the screen, a
// next and previous insight when there is one, and a digit for each
// prompt.
func (in *insight) syncKeys() {
	n := 0
	if it := in.current(); it != nil {
		n = min(9, len(it.Prompts))
	}
	in.keys.Write.SetEnabled(n > 0)
	if n > 0 {
		ks := make([]string, n)
		for i := range ks {
			ks[i] = fmt.Sprint(i + 1)
		}
		in.keys.Write.SetKeys(ks...)
		desc := fmt.Sprintf("1-%d", n)
		if n == 1 {
			desc = "1"
		}
		in.keys.Write.SetHelp(desc, "write about a question")
	}
	in.keys.NavKeys.SetEnabled(in.doc.Scrolls())
	in.keys.Next.SetEnabled(in.idx < len(in.all())-1)
	in.keys.Prev.SetEnabled(in.idx > 0)
}
