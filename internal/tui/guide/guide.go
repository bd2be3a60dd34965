// Package guide is the interview guide: a menu of its sections with the
// selected one beside it on wide terminals, and each section full width.
// The thank-you note form it leads to is package note.
package guide

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/tui"
)

// guideSection is one entry of the interview guide's menu.
type guideSection int

const (
	gsPreparing guideSection = iota
	gsAsk
	gsFollowUp
	gsNote
	gsReflection
	gsNegotiation
	gsSecond
	gsTakeaways
	gsCount
)

func (s guideSection) String() string {
	return [...]string{"Preparing", "Questions to ask", "After the interview", "Thank-you note",
		"Reflection", "Negotiation", "Second interview", "Key takeaways"}[s]
}

const (
	// guideTallIntro is the height from which the wide layout also shows the
	// guide's intro above the panes.
	guideTallIntro = 30
)

// keyMap is the guide's keys: the menu of sections, and enter to open one.
// On a wide terminal the page keys scroll the section beside the menu.
type keyMap struct {
	tui.NavKeys
	Open key.Binding
}

func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.PageDown, k.Up, k.Down} }

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.Open}, {k.PageDown, k.PageUp}}
}

// guide is the interview guide: a menu of sections, with the selected one
// beside it when the terminal is wide. Enter opens a section full width (or
// the thank-you note form).
type guide struct {
	tui.Base
	menu    tui.Menu
	wide    bool
	sized   bool
	docs    [gsCount]tui.Doc // one per section, each rendered once per width
	intro   string           // the wrapped intro, cached by width
	keys    keyMap
	menuTop int
}

// New makes the interview guide (tui.RouteGuide); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	g := &guide{Base: tui.NewBase(c), keys: keyMap{NavKeys: tui.NewNavKeys(),
		Open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
	}}
	for s := range gsCount {
		g.docs[s] = tui.NewDoc(func(w int) string { return renderGuideSection(c, s, w) })
	}
	g.menu = tui.NewMenu(g.items(false), false)
	return g
}

func (g *guide) Title() string { return "Interview guide" }

// items lists the sections; the narrow layout shows what each holds beside
// its name.
func (g *guide) items(withDesc bool) []tui.Item {
	gd := g.Lib().Guide
	items := make([]tui.Item, gsCount)
	for s := range gsCount {
		items[s] = tui.Item{Title: s.String()}
	}
	if gd == nil || !withDesc {
		return items
	}
	qs := 0
	for _, a := range gd.AskAreas {
		qs += len(a.Questions)
	}
	items[gsPreparing].Desc = fmt.Sprintf("%d topics for the days before", len(gd.Preparing))
	items[gsAsk].Desc = fmt.Sprintf("%d questions in %d areas: star yours, print them", qs, len(gd.AskAreas))
	items[gsFollowUp].Desc = fmt.Sprintf("following up: %d tips", len(gd.FollowUp.Tips))
	items[gsNote].Desc = "fill in the template and save it as a file"
	items[gsReflection].Desc = fmt.Sprintf("%d things to look back on", len(gd.Reflection))
	items[gsNegotiation].Desc = fmt.Sprintf("%d strategies to tick off, and example wording", len(gd.Negotiation.Strategies))
	items[gsSecond].Desc = fmt.Sprintf("%d steps to prepare", len(gd.SecondInterview))
	items[gsTakeaways].Desc = fmt.Sprintf("%d points to remember", len(gd.Takeaways))
	return items
}

func (g *guide) selected() guideSection { return guideSection(g.menu.Cursor) }

func (g *guide) SetSize(w, h int) {
	g.Base.SetSize(w, h)
	wide := w >= tui.TextBeside
	if !g.sized || wide != g.wide {
		cursor := g.menu.Cursor
		g.menu = tui.NewMenu(g.items(!wide), false)
		g.menu.Cursor = cursor
	}
	g.wide, g.sized = wide, true
	g.intro = ""
	if gd := g.Lib().Guide; gd != nil && gd.Intro != "" {
		g.intro = g.Styles().Muted.Render(tui.Wrap(tui.Clean(gd.Intro), min(w, tui.ReadWidth)))
	}
	g.menuTop = 0
	if g.showIntro() {
		g.menuTop = lipgloss.Height(g.intro) + 1
	}
	if g.wide {
		g.sizeDoc()
	}
}

// showIntro says whether the intro fits above the menu.
func (g *guide) showIntro() bool {
	if g.intro == "" {
		return false
	}
	ih := lipgloss.Height(g.intro) + 1
	if g.wide {
		return g.Height >= guideTallIntro
	}
	return g.Height-ih >= int(gsCount)
}

const guideMenuW = 24

// paneW is the width of the section text beside the menu.
func (g *guide) paneW() int { return max(10, min(tui.ReadWidth, g.Width-guideMenuW-3)) }

// sizeDoc sizes the selected section's document to the pane (a doc renders
// only when its width changes, so switching sections is cheap).
func (g *guide) sizeDoc() {
	g.docs[g.selected()].SetSize(g.paneW(), max(1, g.Height-g.menuTop-2))
}

func (g *guide) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		g.syncKeys()
		if g.wide && g.keys.Scroll(&g.docs[g.selected()], msg, false) {
			return g, nil
		}
		if g.menu.Update(msg, g.keys.NavKeys, g.Height-g.menuTop) {
			if g.wide {
				g.sizeDoc()
			}
			return g, nil
		}
		if key.Matches(msg, g.keys.Open) {
			return g, g.open()
		}
	case tea.MouseMsg:
		return g, g.mouse(msg)
	}
	return g, nil
}

func (g *guide) mouse(msg tea.MouseMsg) tea.Cmd {
	if g.wide && msg.X >= guideMenuW+3 {
		return g.docs[g.selected()].Update(msg)
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		if g.menu.Click(msg.Y - g.menuTop) {
			if g.wide {
				g.sizeDoc()
				return nil
			}
			return g.open()
		}
	}
	return nil
}

func (g *guide) open() tea.Cmd {
	s := g.selected()
	if s == gsNote {
		return tui.Navigate(tui.RouteNote, nil)
	}
	return tui.Navigate(tui.RouteGuidePage, int(s))
}

func (g *guide) View() string {
	if g.Lib().Guide == nil {
		return g.Styles().Muted.Render("This track has no interview guide.")
	}
	top := ""
	if g.showIntro() {
		top = g.intro + "\n\n"
	}
	if !g.wide {
		return top + g.menu.View(g.Styles(), g.Width, g.Height-g.menuTop)
	}
	st := g.Styles()
	s := g.selected()
	d := &g.docs[s]
	left := lipgloss.NewStyle().Width(guideMenuW).Render(g.menu.View(st, guideMenuW, g.Height-g.menuTop))
	head := st.Title.Render(s.String())
	if hint := d.ScrollHint(st); hint != "" {
		head += "  " + hint
	}
	right := head + "\n\n" + d.View()
	sepH := max(lipgloss.Height(left), lipgloss.Height(right))
	sep := st.Faint.Render(strings.TrimSuffix(strings.Repeat(" │\n", sepH), "\n"))
	return top + lipgloss.JoinHorizontal(lipgloss.Top, left, sep, " ", right)
}

// Keys are the guide's keys, as they stand.
func (g *guide) Keys() help.KeyMap {
	g.syncKeys()
	return g.keys
}

// syncKeys words enter for the section under the cursor, and the page keys
// for what they do: scroll the section beside the menu when wide, page the
// menu when not.
func (g *guide) syncKeys() {
	k := &g.keys
	switch g.selected() {
	case gsNote:
		k.Open.SetHelp("enter", "write the note")
	case gsAsk:
		k.Open.SetHelp("enter", "star questions")
	case gsNegotiation:
		k.Open.SetHelp("enter", "tick the to-dos")
	default:
		k.Open.SetHelp("enter", "open")
	}
	if g.wide {
		d := &g.docs[g.selected()]
		k.PageDown.SetHelp("pgdn", "scroll text")
		k.PageUp.SetHelp("pgup", "scroll text back")
		k.PageDown.SetEnabled(d.Scrolls())
		k.PageUp.SetEnabled(d.Scrolls())
	} else {
		k.PageDown.SetHelp("pgdn", "page down")
		k.PageUp.SetHelp("pgup", "page up")
		k.PageDown.SetEnabled(true)
		k.PageUp.SetEnabled(true)
	}
}
