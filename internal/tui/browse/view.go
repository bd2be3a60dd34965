package browse

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// The list's columns after the question: the status word and when due.
const (
	stateW = 10
	dueW   = 8
)

// counts sums the track's cards up for the title line.
func (b *model) counts() string {
	now := b.Now()
	var due, fresh, suspended, buried, flagged int
	for _, c := range b.cards {
		switch b.states.Status(c.ID, now) {
		case practice.StatusNew:
			fresh++
		case practice.StatusSuspended:
			suspended++
		case practice.StatusBuried:
			buried++
		}
		if b.states.IsDue(c.ID, now) {
			due++
		}
		if b.states[c.ID].Flagged {
			flagged++
		}
	}
	parts := []string{tui.Count(len(b.cards), "card", "cards"), fmt.Sprintf("%d due", due), fmt.Sprintf("%d new", fresh)}
	for _, p := range []struct {
		n    int
		what string
	}{{flagged, "flagged"}, {suspended, "suspended"}, {buried, "buried"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	return strings.Join(parts, " · ")
}

// searchLine is the search as typed, or how to start one, and what the
// list shows.
func (b *model) searchLine(width int) string {
	st := b.Styles()
	q := tui.Clean(b.query)
	var left string
	switch {
	case b.typing:
		left = st.Accent.Render("Search: ") + q + st.Accent.Render("_") + st.Faint.Render("  enter keep · esc clear")
	case q != "":
		left = st.Accent.Render("Search: ") + q + st.Faint.Render("  / edit · x clear")
	default:
		left = st.Faint.Render("/ to search the questions")
	}
	right := st.Muted.Render("showing " + showNames[b.show])
	if lipgloss.Width(left)+2+lipgloss.Width(right) > width {
		return tui.Truncate(left, width)
	}
	return left + strings.Repeat(" ", width-lipgloss.Width(left)-lipgloss.Width(right)) + right
}

// rowView draws one card: the marker, a flag, the question with the
// search's letters marked, its status and when it is due.
func (b *model) rowView(r row, sel bool, width int) string {
	st := b.Styles()
	now := b.Now()
	s := b.states[r.card.ID]
	marker, base := "  ", st.Text
	if sel {
		marker, base = "> ", st.Selected
	}
	flag := "  "
	if s.Flagged {
		flag = "⚑ "
	}
	qW := max(8, width-4-1-stateW-1-dueW)
	room := qW
	if tui.Plain(st) {
		room -= 2 * runs(r.match) // the brackets round each run of matched letters
	}
	text, match := window(r.card.Question, r.match, room)
	q := tui.Highlight(st, text, match, base, qW)
	q += base.Render(strings.Repeat(" ", max(0, qW-lipgloss.Width(q))))
	status := b.states.Status(r.card.ID, now)
	word := fmt.Sprintf(" %-*s %-*s", stateW, status, dueW, dueText(b.states, r.card.ID, now))
	wordStyle := st.Muted
	switch status {
	case practice.StatusSuspended, practice.StatusBuried:
		wordStyle = st.Faint
	case practice.StatusLeech:
		wordStyle = st.Warn
	}
	if b.states.IsDue(r.card.ID, now) {
		wordStyle = st.Accent
	}
	return base.Render(marker) + st.Warn.Render(flag) + q + wordStyle.Render(word)
}

// listView is the title, the search line and the cards that fit, drawn
// again only when something it shows has changed.
func (b *model) listView(width int) string {
	k := listKey{gen: b.gen, cursor: b.cursor, width: width, height: b.Height, query: b.query, typing: b.typing,
		loaded: b.loaded, show: b.show, minute: b.Now().Unix() / 60}
	if b.memo.key != k || b.memo.out == "" {
		b.memo.key, b.memo.out = k, b.drawList(width)
	}
	return b.memo.out
}

func (b *model) drawList(width int) string {
	st := b.Styles()
	head := tui.Truncate(st.Title.Render("Cards")+"  "+st.Muted.Render(b.counts()), width)
	out := head + "\n" + b.searchLine(width) + "\n\n"
	if !b.loaded {
		return out + st.Muted.Render("Reading your cards…")
	}
	if len(b.rows) == 0 {
		return out + st.Muted.Render(tui.Wrap(b.emptyText(), width))
	}
	h := b.listHeight()
	if len(b.rows) > h {
		h-- // the position line
	}
	b.offset = max(0, min(b.offset, b.cursor, len(b.rows)-h))
	if b.cursor >= b.offset+h {
		b.offset = b.cursor - h + 1
	}
	var lines []string
	for i := b.offset; i < min(len(b.rows), b.offset+h); i++ {
		lines = append(lines, b.rowView(b.rows[i], i == b.cursor, width))
	}
	if len(b.rows) > h {
		lines = append(lines, st.Faint.Render(fmt.Sprintf("  %d/%d", b.cursor+1, len(b.rows))))
	}
	return out + strings.Join(lines, "\n")
}

// emptyText says why no card shows, and how to see some.
func (b *model) emptyText() string {
	if q := tui.Clean(b.query); q != "" {
		how := pick(b.typing, "esc", "x")
		if b.show != showAll {
			return fmt.Sprintf("No %s card matches “%s”. Press %s to clear the search, or tab to show others.", showNames[b.show], q, how)
		}
		return fmt.Sprintf("No card matches “%s”. Press %s to clear the search.", q, how)
	}
	return fmt.Sprintf("No cards to show as %s. Press tab to show others.", showNames[b.show])
}

func (b *model) View() string {
	if !b.wide() {
		return b.listView(b.Width)
	}
	lw, pw := tui.SplitWidths(b.Width, b.need())
	left := tui.Fit(b.listView(lw), lw, b.Height)
	if _, ok := b.selected(); !ok {
		return left
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", tui.Pane(b.Styles(), &b.pane, pw))
}

// window shows the part of a question that holds the search's letters when
// they would fall past its end in width cells: the start gives way to "…"
// so that every matched letter shows, with as much before them as fits.
// When the letters are spread wider than the room, it leaves the question
// as it is.
func window(text string, match []int, width int) (string, []int) {
	r := []rune(text)
	if len(match) == 0 || len(r) <= width {
		return text, match
	}
	first, last := match[0], match[len(match)-1]
	// Cut to width, the text shows its first width-1 letters and "…"; the
	// last match must land before that, after the leading "…".
	if last < width-1 {
		return text, match
	}
	start := max(1, last-width+3)
	if start > first {
		return text, match
	}
	out := make([]int, len(match))
	for i, m := range match {
		out[i] = m - start + 1 // after the "…"
	}
	return "…" + string(r[start:]), out
}

// runs counts the runs of consecutive indexes.
func runs(idx []int) int {
	n := 0
	for i, v := range idx {
		if i == 0 || v != idx[i-1]+1 {
			n++
		}
	}
	return n
}
