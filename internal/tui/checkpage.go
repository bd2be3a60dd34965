package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// CheckPage is a checklist with a text about it: beside it from
// ListBeside, under it otherwise. The focus is on the list (the arrows
// move, space ticks) or, after tab, on the text (the arrows scroll it);
// the page keys always scroll the text. A roadmap step and negotiation's
// to-dos are CheckPages: the same look and the same keys.
type CheckPage struct {
	List      Checklist
	Text      Doc
	Keys      CheckKeys
	TextFocus bool
	// ListName and TextName head the two panes: "Checklist", "About this
	// step".
	ListName, TextName string
	// Touched is set once the person has moved in the page or ticked:
	// until then the screen may put the selection where they left off.
	Touched bool

	wide   bool
	width  int
	top    int // the row of the list's first item, from the page's top
	textW  int
	listW  int
	height int
}

// NewCheckPage is a checklist of items with a text that build renders for
// a width.
func NewCheckPage(items []CheckItem, build func(width int) string, listName, textName string) CheckPage {
	return CheckPage{List: NewChecklist(items, true), Text: NewDoc(build), Keys: NewCheckKeys(),
		ListName: listName, TextName: textName}
}

// SetSize lays the page out in w x h cells.
func (p *CheckPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.wide = w >= ListBeside
	p.top = 1 // the list's heading
	if p.wide {
		p.listW = Columns(w)
		p.List.SetSize(p.listW, max(1, h-1))
		p.textW = min(ReadWidth, w-p.listW-3)
		p.Text.SetSize(p.textW, max(1, h-1))
		return
	}
	p.listW, p.textW = w, w
	p.List.SetSize(w, 1)
	// The list's heading and items, a blank line, the text's heading and
	// the text: the list takes what it needs, up to three fifths.
	avail := max(2, h-3)
	listH := max(1, min(p.List.Lines(), avail-max(4, avail*2/5)))
	p.List.SetSize(w, listH)
	p.Text.SetSize(w, max(1, avail-listH))
}

// PickUp selects the first item not yet ticked, unless the person has
// moved already: a page opens where they left off.
func (p *CheckPage) PickUp() {
	if !p.Touched {
		p.List.Cursor = p.List.FirstOff()
	}
}

// Sync words the keys for where the focus is; on is false when there is
// nothing to show.
func (p *CheckPage) Sync(on bool) {
	p.List.Focused = !p.TextFocus
	p.Keys.Sync(p.TextFocus, on, len(p.List.Items) > 0, p.Text.Scrolls())
}

// Key handles a key of the page's; toggle says it asks to tick (or untick)
// the selected item, which the screen does and keeps. handled is false for
// a key that is not the page's.
func (p *CheckPage) Key(msg tea.KeyMsg) (toggle, handled bool) {
	defer func() { p.Touched = p.Touched || handled }()
	p.Sync(true)
	k := p.Keys
	switch {
	case key.Matches(msg, k.Focus):
		p.TextFocus = !p.TextFocus
		p.Sync(true)
	case key.Matches(msg, k.Toggle):
		return len(p.List.Items) > 0, true
	case k.Scroll(&p.Text, msg, p.TextFocus):
	case p.List.Nav(msg, k.NavKeys, false):
	default:
		return false, false
	}
	return false, true
}

// Mouse handles the mouse: a click selects an item, a click on the selected one asks to
// tick it; the wheel moves through the list, or scrolls the text under it.
func (p *CheckPage) Mouse(msg tea.MouseMsg) (toggle bool) {
	if msg.Action != tea.MouseActionPress {
		return false
	}
	p.Touched = true
	onList := msg.X >= 0 && msg.X < p.listW && msg.Y >= p.top && msg.Y < p.top+p.List.Height()
	i, onItem := p.List.At(msg.Y - p.top)
	switch {
	case msg.Button == tea.MouseButtonLeft && onList && onItem:
		p.TextFocus = false
		if i == p.List.Cursor {
			return true
		}
		p.List.Cursor = i
	case msg.Button == tea.MouseButtonWheelUp && onList:
		p.List.Move(-1)
	case msg.Button == tea.MouseButtonWheelDown && onList:
		p.List.Move(1)
	default:
		p.Text.Update(msg)
	}
	p.Sync(true)
	return false
}

// View draws the two panes; listHint says how far the list is done ("2 of
// 6 done").
func (p *CheckPage) View(st *Styles, listHint string) string {
	p.Sync(true)
	textHint := "↑↓ to scroll"
	if p.TextFocus {
		listHint += " · tab to tick"
	} else {
		textHint = "tab or pgdn to scroll"
	}
	more := ""
	if pos := p.List.Position(); pos != "" {
		more = st.Faint.Render(pos)
	}
	listHead := PaneHeader(st, p.listW, !p.TextFocus, p.ListName, listHint, more)
	textHead := PaneHeader(st, p.textW, p.TextFocus, p.TextName, textHint, p.Text.ScrollHint(st))
	if p.wide {
		left := lipgloss.NewStyle().Width(p.listW).Render(listHead + "\n" + p.List.View(st))
		right := textHead + "\n" + p.Text.View()
		h := max(lipgloss.Height(left), lipgloss.Height(right))
		sep := strings.TrimSuffix(strings.Repeat(st.Faint.Render("│")+"\n", h), "\n")
		return lipgloss.JoinHorizontal(lipgloss.Top, left, " ", sep, " ", right)
	}
	return listHead + "\n" + p.List.View(st) + "\n\n" + textHead + "\n" + p.Text.View()
}

// PaneHeader is a pane's one-line heading: its name, marked "▸" when it
// has focus (by shape as well as style), a hint, and a note at the right.
func PaneHeader(st *Styles, width int, focused bool, name, hint, right string) string {
	left := st.Section.Render(name)
	if focused {
		left = st.Selected.Render("▸ " + name)
	}
	if hint != "" {
		left += st.Faint.Render(" · " + hint)
	}
	left = Truncate(left, width-lipgloss.Width(right)-1)
	return left + strings.Repeat(" ", max(1, width-lipgloss.Width(left)-lipgloss.Width(right))) + right
}
