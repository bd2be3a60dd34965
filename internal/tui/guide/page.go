package guide

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

// guidePage shows one section of the guide full width.
type guidePage struct {
	tui.Base
	sec  guideSection
	doc  tui.Doc
	keys tui.DocKeys
}

// NewPage makes the screen of one section of the guide (tui.RouteGuidePage);
// its argument is the section, an int in the order of the guide's menu.
// The questions to ask are a list to star, negotiation a checklist; the
// rest are text.
func NewPage(c *tui.Context, arg any) tui.Screen {
	n, _ := arg.(int)
	s := guideSection(max(0, min(int(gsCount)-1, n)))
	switch s {
	case gsAsk:
		return newAskPage(c)
	case gsNegotiation:
		return newNegotiation(c)
	}
	return &guidePage{Base: tui.NewBase(c), sec: s, keys: tui.NewDocKeys(),
		doc: tui.NewDoc(func(w int) string { return renderGuideSection(c, s, w) })}
}

func (p *guidePage) Title() string { return p.sec.String() }

func (p *guidePage) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	p.doc.SetSize(min(w, tui.ReadWidth), max(1, h-2))
}

func (p *guidePage) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		p.keys.SetEnabled(p.doc.Scrolls())
		p.keys.Scroll(&p.doc, msg, true)
	case tea.MouseMsg:
		return p, p.doc.Update(msg)
	}
	return p, nil
}

func (p *guidePage) View() string {
	st := p.Styles()
	head := st.Title.Render(p.sec.String())
	if hint := p.doc.ScrollHint(st); hint != "" {
		head += "  " + hint
	}
	return head + "\n\n" + p.doc.View()
}

// Keys scroll the section, when it is longer than the screen.
func (p *guidePage) Keys() help.KeyMap {
	p.keys.SetEnabled(p.doc.Scrolls())
	return p.keys
}
