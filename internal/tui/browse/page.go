package browse

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// pageKeys are the card page's: scroll it, and set what the browser sets.
type pageKeys struct {
	tui.NavKeys
	actionKeys
}

func (k pageKeys) ShortHelp() []key.Binding {
	return append(k.bindings(), k.Down, k.PageDown)
}

func (k pageKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.bindings(), k.Bindings()}
}

// page is one card: its question, where it stands and its review history.
type page struct {
	tui.Base
	card   *content.Card
	states practice.States
	loaded bool
	hist   history
	doc    tui.Doc
	keys   pageKeys
}

// NewCard makes a card's page (tui.RouteCard); its argument is the card's
// id, a string.
func NewCard(c *tui.Context, arg any) tui.Screen {
	id, _ := arg.(string)
	p := &page{Base: tui.NewBase(c), states: practice.States{},
		keys: pageKeys{NavKeys: tui.NewScrollKeys(), actionKeys: newActionKeys()}}
	p.card, _ = c.Lib().Card(id)
	p.doc = tui.NewDoc(func(width int) string {
		if p.card == nil {
			return p.Styles().Bad.Render(tui.Wrap("There is no card "+id+" in this track.", width))
		}
		return cardText(p.Context, p.card, p.states, p.hist, min(width, tui.ReadWidth))
	})
	p.syncKeys()
	return p
}

func (p *page) Title() string { return "Card" }

func (p *page) Init() tea.Cmd {
	if p.card == nil {
		return nil
	}
	return tea.Batch(loadStates(p.Context, p.ID()), loadHistory(p.Context, p.ID(), p.card.ID))
}

func (p *page) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case statesMsg:
		p.loaded = true
		if msg.err != nil {
			return p, p.StatusErr("Could not read your cards: " + msg.err.Error())
		}
		p.states = msg.states
		p.doc.Invalidate()
	case historyMsg:
		p.hist = history{loaded: true, err: msg.err, list: msg.hist}
		p.doc.Invalidate()
	case actedMsg:
		if msg.err != nil {
			return p, p.StatusErr("Could not change the card: " + msg.err.Error())
		}
		p.states = msg.states
		p.doc.Invalidate()
		return p, p.Status(msg.status)
	case tea.KeyMsg:
		p.syncKeys()
		if p.card != nil && p.loaded {
			if cmd := p.keys.act(p.Context, p.ID(), msg, p.card, p.states[p.card.ID]); cmd != nil {
				return p, cmd
			}
		}
		p.keys.Scroll(&p.doc, msg, true)
	case tea.MouseMsg:
		return p, p.doc.Update(msg)
	}
	return p, nil
}

func (p *page) SetSize(w, h int) {
	p.Base.SetSize(w, h)
	p.doc.SetSize(min(w, tui.ReadWidth), max(1, h-1))
}

func (p *page) syncKeys() {
	var st practice.State
	if p.card != nil {
		st = p.states[p.card.ID]
	}
	p.keys.actionKeys.sync(st, p.Now(), p.card != nil && p.loaded)
	p.keys.NavKeys.SetEnabled(p.doc.Scrolls())
}

func (p *page) View() string {
	return tui.Fit(p.doc.View(), p.doc.Viewport.Width, p.doc.Viewport.Height) + "\n" + tui.MoreHint(p.Styles(), &p.doc)
}

// Keys are the page's keys, as they stand.
func (p *page) Keys() help.KeyMap {
	p.syncKeys()
	return p.keys
}
