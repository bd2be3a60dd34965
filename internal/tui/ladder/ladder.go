// Package ladder is the ladder screen: the rungs drawn as a ladder, top
// rung at the top, with the selected rung's detail (what it involves, what
// it asks for, its pay) beside or below it, and the person's own rung and
// the next marked once they have assessed.
package ladder

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// ladderKeys move between rungs, scroll the rung's detail, and move the
// focus to the detail (where the arrows scroll it) and back.
type ladderKeys struct {
	tui.NavKeys
	Focus key.Binding
}

func (k ladderKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Focus}
}

func (k ladderKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.PageDown, k.PageUp, k.Focus}}
}

func newLadderKeys() ladderKeys {
	return ladderKeys{
		NavKeys: tui.NavKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "rung up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "rung down")),
			Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top rung")),
			Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom rung")),
			PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u", "b"), key.WithHelp("pgup", "details up")),
			PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " ", "f"), key.WithHelp("pgdn", "details down")),
		},
		Focus: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "focus the details")),
	}
}

// ladderStyle is how many lines a rung takes: a full ladder with rails
// between rungs when there is room, one line per rung when there is not.
type ladderStyle int

const (
	ladderCompact ladderStyle = iota // "╟─ 2 Case Manager · The Ascent ─╢ ◀ next"
	ladderTwoLine                    // the rung, then its stage between the rails
	ladderFull                       // a bare rail above each rung, for a real ladder
)

func (s ladderStyle) String() string {
	switch s {
	case ladderFull:
		return "full"
	case ladderTwoLine:
		return "two-line"
	}
	return "compact"
}

func (s ladderStyle) lines() int {
	switch s {
	case ladderFull:
		return 3
	case ladderTwoLine:
		return 2
	}
	return 1
}

// ladder draws the rungs as a ladder, top rung at the top, with the
// selected rung's detail beside it (wide) or below it (narrow).
type ladder struct {
	tui.Base
	keys        ladderKeys
	cursor      int  // index into lib.Roles; 0 is the lowest rung
	moved       bool // the person has chosen a rung themselves
	detailFocus bool
	detail      tui.Doc
	// needs says each requirement's threshold in words, by requirement id,
	// in the words the assessment itself uses.
	needs map[string]string

	// layout, recomputed on every size or state change
	wide    bool
	style   ladderStyle
	ladderW int    // width of the ladder column
	rows    int    // rungs visible at once
	offset  int    // index of the lowest visible rung
	drawn   string // the ladder column, cached between changes
}

// New makes the ladder screen (tui.RouteLadder); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	l := &ladder{Base: tui.NewBase(c), keys: newLadderKeys(), needs: ladderNeeds(c.Lib())}
	l.detail = tui.NewDoc(l.buildDetail)
	l.cursor = l.homeRung()
	return l
}

// homeRung is the person's current rung when known, else the lowest.
func (l *ladder) homeRung() int {
	if p := l.Latest(); p != nil {
		if i := l.Lib().RoleIndex(p.Current); i >= 0 {
			return i
		}
	}
	return 0
}

func (l *ladder) Title() string { return "The ladder" }

func (l *ladder) SetSize(w, h int) {
	l.Base.SetSize(w, h)
	l.layout()
}

// layout picks the ladder's shape for the room there is and sizes the
// detail to what is left.
func (l *ladder) layout() {
	if l.Width <= 0 || l.Height <= 0 {
		return
	}
	n := len(l.Lib().Roles)
	l.wide = l.Width >= tui.TextBeside
	if l.wide {
		switch {
		case l.Height >= ladderFull.lines()*n+1:
			l.style = ladderFull
		case l.Height >= ladderTwoLine.lines()*n+1:
			l.style = ladderTwoLine
		default:
			l.style = ladderCompact
		}
		l.ladderW = min(l.fullWidth(l.style), l.Width/2)
		l.rows = max(1, min(n, (l.Height-1)/l.style.lines()))
		// Prose wider than about 100 columns is hard to read.
		l.detail.SetSize(min(tui.ReadWidth, l.Width-l.ladderW-3), l.Height-1)
	} else {
		l.style = ladderCompact
		l.ladderW = l.Width
		// The ladder keeps at least half the height when the track has many
		// rungs; the detail gets the rest, below a blank line and a header.
		l.rows = max(1, min(n, max(3, l.Height/2)))
		lines := l.rows
		if n > l.rows {
			lines++ // "rung 2 of 12"
		}
		l.detail.SetSize(l.Width, max(1, l.Height-lines-2))
	}
	l.drawLadder()
}

// badge marks the person's rung and the next one, once they have assessed.
func (l *ladder) badge(id string) string {
	p := l.Latest()
	switch {
	case p == nil:
		return ""
	case p.Current == id:
		return "◀ you are here"
	case p.Next == id:
		return "◀ next"
	}
	return ""
}

func (l *ladder) badgeWidth() int {
	w := 0
	for _, r := range l.Lib().Roles {
		w = max(w, lipgloss.Width(l.badge(r.ID)))
	}
	return w
}

// ladderLabel is the text on a rung: "2 · Social Services Case Manager".
func ladderLabel(r content.Role, withStage bool) string {
	s := strconv.Itoa(r.Rung) + " · " + tui.Clean(r.Title)
	if withStage && r.Stage != "" {
		s += " · " + tui.Clean(r.Stage)
	}
	return s
}

// inner is the width between the rails for a style.
func (l *ladder) inner(style ladderStyle, withStage bool) int {
	w := 0
	for _, r := range l.Lib().Roles {
		w = max(w, lipgloss.Width(ladderLabel(r, withStage && style == ladderCompact))+4)
		if style != ladderCompact {
			// The stage line holds the stage and the badge, right-aligned.
			w = max(w, 3+lipgloss.Width(tui.Clean(r.Stage))+2+l.badgeWidth()+1)
		}
	}
	return w
}

// fullWidth is the ladder column's natural width: marker, rails, inner
// room, and for the compact style the badge beside the right rail.
func (l *ladder) fullWidth(style ladderStyle) int {
	if style == ladderCompact {
		w := 2 + 2 + l.inner(style, true)
		if bw := l.badgeWidth(); bw > 0 {
			w += 1 + bw
		}
		return w
	}
	return 2 + 2 + l.inner(style, false)
}

// drawLadder renders the ladder column once per change of size, cursor,
// focus or placement; View only joins it with the detail.
func (l *ladder) drawLadder() {
	st := l.Styles()
	roles := l.Lib().Roles
	n := len(roles)
	// Keep the cursor inside the visible window of rungs.
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+l.rows {
		l.offset = l.cursor - l.rows + 1
	}
	l.offset = max(0, min(l.offset, n-l.rows))

	bw := l.badgeWidth()
	withStage := l.style == ladderCompact && 2+2+l.inner(l.style, true)+1+bw <= l.ladderW
	iw := l.inner(l.style, withStage)
	if l.style == ladderCompact {
		room := l.ladderW - 4
		if bw > 0 {
			room -= 1 + bw
		}
		iw = max(6, min(iw, room))
	} else {
		iw = max(6, min(iw, l.ladderW-4))
	}
	rail := st.Faint.Render("║") + strings.Repeat(" ", iw) + st.Faint.Render("║")
	var lines []string
	if l.style == ladderFull {
		lines = append(lines, "  "+rail)
	}
	for i := l.offset + l.rows - 1; i >= l.offset; i-- {
		r := roles[i]
		sel := i == l.cursor
		marker := "  "
		if sel {
			marker = "> "
		}
		badge := l.badge(r.ID)
		label := tui.Truncate(ladderLabel(r, withStage), iw-4)
		dashes := strings.Repeat("─", max(1, iw-3-lipgloss.Width(label)))
		labelStyle := st.Rung
		if l.Latest() != nil && l.Latest().Current == r.ID {
			labelStyle = st.RungHere
		}
		badgeStyle := st.Accent
		if l.Latest() != nil && l.Latest().Current == r.ID {
			badgeStyle = st.RungHere
		}
		// The rung itself.
		var line string
		if sel {
			line = st.Selected.Render(marker + "╟─ " + label + " " + dashes + "╢")
		} else {
			line = marker + st.Faint.Render("╟─ ") + labelStyle.Render(label) + st.Faint.Render(" "+dashes+"╢")
		}
		if l.style == ladderCompact && badge != "" {
			line += " " + badgeStyle.Render(badge)
		}
		lines = append(lines, line)
		if l.style == ladderCompact {
			continue
		}
		// The stage between the rails, with the badge on the right.
		stage := tui.Truncate("  "+tui.Clean(r.Stage), iw-1-lipgloss.Width(badge)-1)
		pad := max(1, iw-lipgloss.Width(stage)-lipgloss.Width(badge)-1)
		if sel {
			lines = append(lines, "  "+st.Selected.Render("║"+stage+strings.Repeat(" ", pad)+badge+" ║"))
		} else {
			lines = append(lines, "  "+st.Faint.Render("║")+st.Muted.Render(stage)+strings.Repeat(" ", pad)+
				badgeStyle.Render(badge)+" "+st.Faint.Render("║"))
		}
		if l.style == ladderFull {
			lines = append(lines, "  "+rail)
		}
	}
	if n > l.rows {
		lines = append(lines, st.Faint.Render(fmt.Sprintf("  rung %d of %d", l.cursor+1, n)))
	}
	l.drawn = strings.Join(lines, "\n")
}

// selectRung moves the cursor to rung i and shows its detail from the top.
func (l *ladder) selectRung(i int) {
	i = max(0, min(len(l.Lib().Roles)-1, i))
	if i == l.cursor {
		return
	}
	l.cursor, l.moved = i, true
	l.detail.Invalidate()
	l.detail.Viewport.GotoTop()
	l.drawLadder()
}

func (l *ladder) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tui.AssessedMsg:
		// A new placement: move to the person's rung unless they have
		// chosen one, and redraw the markers and the detail.
		if !l.moved {
			l.cursor = l.homeRung()
		}
		l.detail.Invalidate()
		l.layout()
	case tea.KeyMsg:
		l.key(msg)
	case tea.MouseMsg:
		l.mouse(msg)
	}
	return l, nil
}

func (l *ladder) key(msg tea.KeyMsg) {
	l.syncKeys()
	k := l.keys
	switch {
	case key.Matches(msg, k.Focus):
		l.detailFocus = !l.detailFocus
		l.drawLadder()
	case k.Scroll(&l.detail, msg, l.detailFocus):
	case key.Matches(msg, k.Up):
		l.selectRung(l.cursor + 1) // the top rung is drawn at the top
	case key.Matches(msg, k.Down):
		l.selectRung(l.cursor - 1)
	case key.Matches(msg, k.Top):
		l.selectRung(len(l.Lib().Roles) - 1)
	case key.Matches(msg, k.Bottom):
		l.selectRung(0)
	}
}

// mouse: the wheel scrolls the detail; a click on a rung selects it.
func (l *ladder) mouse(msg tea.MouseMsg) {
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		if i, ok := l.rungAt(msg.X, msg.Y); ok {
			l.detailFocus = false
			l.selectRung(i)
			l.drawLadder()
		}
		return
	}
	l.detail.Update(msg)
}

// rungAt maps a point of the body to the rung drawn there.
func (l *ladder) rungAt(x, y int) (int, bool) {
	if x < 0 || x >= l.ladderW || y < 0 {
		return 0, false
	}
	per := l.style.lines()
	if l.style == ladderFull {
		y-- // the bare rail on top
		if y < 0 || y%per == per-1 {
			return 0, false // a bare rail, between rungs
		}
	}
	k := y / per
	if k >= l.rows {
		return 0, false
	}
	return l.offset + l.rows - 1 - k, true
}

func (l *ladder) View() string {
	st := l.Styles()
	header := l.detailHeader()
	if l.wide {
		right := header + "\n" + l.detail.View()
		sep := strings.TrimSuffix(strings.Repeat(st.Faint.Render("│")+"\n", l.Height), "\n")
		left := lipgloss.NewStyle().Width(l.ladderW).Render(l.drawn)
		return lipgloss.JoinHorizontal(lipgloss.Top, left, " ", sep, " ", right)
	}
	return l.drawn + "\n\n" + header + "\n" + l.detail.View()
}

// detailHeader names the detail pane and says how to scroll it; the
// focused pane is marked by shape as well as style.
func (l *ladder) detailHeader() string {
	st := l.Styles()
	width := l.detail.Viewport.Width
	hint := l.detail.ScrollHint(st)
	var left string
	if l.detailFocus {
		left = st.Selected.Render("▸ Details") + st.Faint.Render(" · ↑↓ scroll · tab: back to the ladder")
	} else {
		left = st.Section.Render("Details") + st.Faint.Render(" · pgdn/pgup or tab to scroll")
	}
	left = tui.Truncate(left, width-lipgloss.Width(hint)-1)
	pad := max(1, width-lipgloss.Width(left)-lipgloss.Width(hint))
	return left + strings.Repeat(" ", pad) + hint
}

// Keys are the ladder's keys, worded for where the focus is.
func (l *ladder) Keys() help.KeyMap {
	l.syncKeys()
	return l.keys
}

// syncKeys words the arrows for what they move (the rungs, or the detail
// when it has the focus) and offers scrolling when the detail scrolls.
func (l *ladder) syncKeys() {
	k := &l.keys
	scrolls := l.detail.Scrolls()
	k.PageDown.SetEnabled(scrolls)
	k.PageUp.SetEnabled(scrolls)
	k.Focus.SetEnabled(scrolls || l.detailFocus)
	if l.detailFocus {
		k.Up.SetHelp("↑/k", "scroll up")
		k.Down.SetHelp("↓/j", "scroll down")
		k.Top.SetHelp("g", "top of details")
		k.Bottom.SetHelp("G", "end of details")
		k.Focus.SetHelp("tab", "back to the ladder")
		return
	}
	k.Up.SetHelp("↑/k", "rung up")
	k.Down.SetHelp("↓/j", "rung down")
	k.Top.SetHelp("g", "top rung")
	k.Bottom.SetHelp("G", "bottom rung")
	k.Focus.SetHelp("tab", "focus the details")
}
