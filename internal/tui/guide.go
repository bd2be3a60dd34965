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
	// guideWide is the width from which the menu and the selected section
	// sit side by side.
	guideWide = 100
	// guideTallIntro is the height from which the wide layout also shows the
	// guide's intro above the panes.
	guideTallIntro = 30
)

type guideKeys struct {
	open       key.Binding
	scrollDown key.Binding
	scrollUp   key.Binding
}

// guide is the interview guide: a menu of sections, with the selected one
// beside it when the terminal is wide. Enter opens a section full width (or
// the thank-you note form).
type guide struct {
	Base
	menu    Menu
	wide    bool
	sized   bool
	docs    [gsCount]Doc // one per section, each rendered once per width
	intro   string       // the wrapped intro, cached by width
	keys    guideKeys
	nav     NavKeys
	menuTop int
}

func newGuide(c *Context) Screen {
	g := &guide{Base: NewBase(c), nav: NewNavKeys()}
	g.keys = guideKeys{
		open:       key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "open")),
		scrollDown: key.NewBinding(key.WithKeys("pgdown", " ", "ctrl+d"), key.WithHelp("pgdn", "scroll text")),
		scrollUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "scroll back")),
	}
	for s := range gsCount {
		g.docs[s] = NewDoc(func(w int) string { return renderGuideSection(c, s, w) })
	}
	g.menu = NewMenu(g.items(false), false)
	return g
}

func (g *guide) Title() string { return "Interview guide" }

// items lists the sections; the narrow layout shows what each holds beside
// its name.
func (g *guide) items(withDesc bool) []Item {
	gd := g.Lib().Guide
	items := make([]Item, gsCount)
	for s := range gsCount {
		items[s] = Item{Title: s.String()}
	}
	if gd == nil || !withDesc {
		return items
	}
	qs := 0
	for _, a := range gd.AskAreas {
		qs += len(a.Questions)
	}
	items[gsPreparing].Desc = fmt.Sprintf("%d topics for the days before", len(gd.Preparing))
	items[gsAsk].Desc = fmt.Sprintf("%d questions in %d areas, and what each tells you", qs, len(gd.AskAreas))
	items[gsFollowUp].Desc = fmt.Sprintf("following up: %d tips", len(gd.FollowUp.Tips))
	items[gsNote].Desc = "fill in the template and save it as a file"
	items[gsReflection].Desc = fmt.Sprintf("%d things to look back on", len(gd.Reflection))
	items[gsNegotiation].Desc = fmt.Sprintf("%d strategies and example wording", len(gd.Negotiation.Strategies))
	items[gsSecond].Desc = fmt.Sprintf("%d steps to prepare", len(gd.SecondInterview))
	items[gsTakeaways].Desc = fmt.Sprintf("%d points to remember", len(gd.Takeaways))
	return items
}

func (g *guide) selected() guideSection { return guideSection(g.menu.Cursor) }

func (g *guide) SetSize(w, h int) {
	g.Base.SetSize(w, h)
	wide := w >= guideWide
	if !g.sized || wide != g.wide {
		cursor := g.menu.Cursor
		g.menu = NewMenu(g.items(!wide), false)
		g.menu.Cursor = cursor
	}
	g.wide, g.sized = wide, true
	g.intro = ""
	if gd := g.Lib().Guide; gd != nil && gd.Intro != "" {
		g.intro = g.Styles().Muted.Render(Wrap(Clean(gd.Intro), min(w, ReadWidth)))
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
func (g *guide) paneW() int { return max(10, min(ReadWidth, g.Width-guideMenuW-3)) }

// sizeDoc sizes the selected section's document to the pane (a doc renders
// only when its width changes, so switching sections is cheap).
func (g *guide) sizeDoc() {
	g.docs[g.selected()].SetSize(g.paneW(), max(1, g.Height-g.menuTop-2))
}

func (g *guide) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if g.wide {
			d := &g.docs[g.selected()]
			switch {
			case key.Matches(msg, g.keys.scrollDown):
				d.Viewport.PageDown()
				return g, nil
			case key.Matches(msg, g.keys.scrollUp):
				d.Viewport.PageUp()
				return g, nil
			}
		}
		if g.menu.Update(msg, g.Height-g.menuTop) {
			if g.wide {
				g.sizeDoc()
			}
			return g, nil
		}
		if key.Matches(msg, g.keys.open) {
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
		return Navigate(RouteNote, nil)
	}
	return Navigate(RouteGuidePage, int(s))
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

func (g *guide) Keys() help.KeyMap {
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
	open := g.keys.open
	if g.selected() == gsNote {
		open.SetHelp("enter", "write the note")
	}
	down, up := g.keys.scrollDown, g.keys.scrollUp
	down.SetEnabled(g.wide)
	up.SetEnabled(g.wide)
	return KeyMap{
		Short: []key.Binding{choose, open, down, up},
		Full:  [][]key.Binding{{g.nav.Up, g.nav.Down, g.nav.Top, g.nav.Bottom, open}, {down, up}},
	}
}

// guidePage shows one section of the guide full width.
type guidePage struct {
	Base
	sec guideSection
	doc Doc
	nav NavKeys
}

func newGuidePage(c *Context, s guideSection) *guidePage {
	return &guidePage{Base: NewBase(c), sec: s, nav: NewNavKeys(),
		doc: NewDoc(func(w int) string { return renderGuideSection(c, s, w) })}
}

func (p *guidePage) Title() string { return p.sec.String() }

func (p *guidePage) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	p.doc.SetSize(min(w, ReadWidth), max(1, h-2))
}

func (p *guidePage) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, p.nav.Top):
			p.doc.Viewport.GotoTop()
			return p, nil
		case key.Matches(k, p.nav.Bottom):
			p.doc.Viewport.GotoBottom()
			return p, nil
		}
	}
	return p, p.doc.Update(msg)
}

func (p *guidePage) View() string {
	st := p.Styles()
	head := st.Title.Render(p.sec.String())
	if hint := p.doc.ScrollHint(st); hint != "" {
		head += "  " + hint
	}
	return head + "\n\n" + p.doc.View()
}

func (p *guidePage) Keys() help.KeyMap {
	scroll := DocKeys()
	return KeyMap{Short: scroll, Full: [][]key.Binding{append(scroll, p.nav.Top, p.nav.Bottom)}}
}

// renderGuideSection renders one section of the guide as a document.
func renderGuideSection(c *Context, s guideSection, width int) string {
	gd := c.Lib().Guide
	if gd == nil {
		return ""
	}
	st := c.Styles()
	var parts []string
	add := func(p string) {
		if p != "" {
			parts = append(parts, p)
		}
	}
	switch s {
	case gsPreparing:
		add(guideTopics(st, width, gd.Preparing, "To do"))
	case gsAsk:
		add(Wrap("Pick a few questions that matter to you and bring them along; the interviewer will "+
			"expect some. Under each: what the answer tells you.", width))
		for _, a := range gd.AskAreas {
			add(askArea(st, width, a))
		}
	case gsFollowUp:
		add(guideProse(st, width, gd.FollowUp.Summary))
		add(guideTopics(st, width, gd.FollowUp.Tips, "To do"))
		add(st.Muted.Render(Wrap("The Thank-you note section fills in a note from a template for you and saves it as a file.", width)))
	case gsNote:
		add(noteIntro(c, width))
		add(st.Section.Render("The template"))
		add(RenderNote(st, &gd.FollowUp.Template, nil, nil, width))
	case gsReflection:
		add(Wrap("Take ten minutes for these while the interview is still fresh, and write your answers down.", width))
		add(guideTopics(st, width, gd.Reflection, "Ask yourself"))
	case gsNegotiation:
		add(guideProse(st, width, gd.Negotiation.Summary))
		add(guideTopics(st, width, gd.Negotiation.Strategies, "To do"))
		add(st.Section.Render("Example wording") + "\n" +
			st.Muted.Render(Wrap("A model to adapt: replace each {placeholder} with your own details.", width)))
		add(guideQuote(st, width, gd.Negotiation.Example))
	case gsSecond:
		add(guideTopics(st, width, gd.SecondInterview, "To do"))
	case gsTakeaways:
		for i, t := range gd.Takeaways {
			t.Title = fmt.Sprintf("%d. %s", i+1, t.Title)
			add(guideTopic(st, width, t, ""))
		}
	}
	return strings.Join(parts, "\n\n")
}

// guideTopics renders topics one after another.
func guideTopics(st *Styles, width int, topics []content.GuideTopic, tipsLabel string) string {
	out := make([]string, 0, len(topics))
	for _, t := range topics {
		out = append(out, guideTopic(st, width, t, tipsLabel))
	}
	return strings.Join(out, "\n\n")
}

// guideTopic renders a topic: its title as a heading, its body, its tips as
// bullets under a small label.
func guideTopic(st *Styles, width int, t content.GuideTopic, tipsLabel string) string {
	var b strings.Builder
	b.WriteString(st.Section.Render(Wrap(Clean(t.Title), width)))
	b.WriteString("\n")
	b.WriteString(guideProse(st, width, t.Body))
	if len(t.Tips) > 0 {
		b.WriteString("\n\n")
		if tipsLabel != "" {
			b.WriteString(st.Muted.Render(tipsLabel+":") + "\n")
		}
		b.WriteString(Bullets(st, width, "•", t.Tips))
	}
	return b.String()
}

// guideProse renders paragraphs; lines starting with "- " inside a paragraph are
// a list, drawn as bullets.
func guideProse(st *Styles, width int, body string) string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		var text []string
		var items []string
		for _, line := range strings.Split(para, "\n") {
			t := strings.TrimSpace(line)
			switch {
			case t == "":
			case strings.HasPrefix(t, "- "):
				items = append(items, strings.TrimPrefix(t, "- "))
			case len(items) > 0:
				items[len(items)-1] += " " + t
			default:
				text = append(text, t)
			}
		}
		var p []string
		if len(text) > 0 {
			p = append(p, Wrap(Clean(strings.Join(text, " ")), width))
		}
		if len(items) > 0 {
			p = append(p, Bullets(st, width, "•", items))
		}
		if len(p) > 0 {
			out = append(out, strings.Join(p, "\n"))
		}
	}
	return strings.Join(out, "\n\n")
}

// askArea renders an area of questions to ask: the name, why it matters,
// then each question with what its answer tells you under it.
func askArea(st *Styles, width int, a content.AskArea) string {
	var b strings.Builder
	b.WriteString(st.Section.Render(Wrap(Clean(a.Name), width)))
	b.WriteString("\n")
	b.WriteString(Wrap(Clean(a.Why), width))
	for i, q := range a.Questions {
		b.WriteString("\n\n")
		b.WriteString(guideHanging(fmt.Sprintf("%d.", i+1), 4, Clean(q.Text), width, st.Bold))
		b.WriteString("\n")
		b.WriteString(guideHanging("", 4, "tells you: "+Clean(q.Tells), width, st.Muted))
	}
	return b.String()
}

// guideHanging wraps text after a short label, indenting every line by indent
// cells, and styles the text line by line.
func guideHanging(label string, indent int, text string, width int, style lipgloss.Style) string {
	lines := strings.Split(Wrap(text, width-indent), "\n")
	pad := strings.Repeat(" ", indent)
	for i, l := range lines {
		prefix := pad
		if i == 0 && label != "" {
			prefix = " " + label + strings.Repeat(" ", max(1, indent-1-lipgloss.Width(label)))
		}
		lines[i] = prefix + style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// guideQuote renders text as a quoted block with a bar down its left side.
func guideQuote(st *Styles, width int, text string) string {
	var out []string
	for i, para := range Paragraphs(text) {
		if i > 0 {
			out = append(out, st.Faint.Render("│"))
		}
		for _, l := range strings.Split(Wrap(para, width-2), "\n") {
			out = append(out, st.Faint.Render("│")+" "+l)
		}
	}
	return strings.Join(out, "\n")
}
