package tui

import "github.com/charmbracelet/x/ansi"

// The layout table: every width the screens lay themselves out by, in one
// place. A screen's width is its body's: the terminal less a one-cell
// margin each side.
//
// Running text stops at ReadWidth however wide the terminal (as glow caps
// its pager): past about 100 columns the eye loses its place going back to
// the next line. Lists take the room their entries need (ListWidth), so a
// wide terminal shows them whole. Past a breakpoint, a screen sets two
// things side by side instead of one under the other.
const (
	// MinWidth and MinHeight are the smallest terminal every screen is
	// laid out for; below it the root says so instead of drawing.
	MinWidth  = 60
	MinHeight = 16

	// ReadWidth caps a line of running text.
	ReadWidth = 100
	// ColumnWidth caps each of two columns of text side by side.
	ColumnWidth = 80
	// PaneMin is the narrowest a detail pane beside a list may get.
	PaneMin = 40

	// TextBeside is the width from which text goes in two columns (a
	// flashcard's back, rehearsal feedback, the statistics), or beside a
	// menu, a form or a picture (the guide, the thank-you note, the ladder).
	TextBeside = 100
	// ListBeside is the width from which a list sits beside the selected
	// entry's detail (skills, perspective, reference, practice, results),
	// and a step's checklist beside its text.
	ListBeside = 110
	// WideListBeside is the same for the roadmap, whose step titles are
	// long.
	WideListBeside = 130
)

// Reading is the width running text takes in a body w wide.
func Reading(w int) int { return min(w, ReadWidth) }

// Columns is the width of each of two text columns side by side, with a
// three-cell gap, in a body w wide.
func Columns(w int) int { return min(ColumnWidth, (w-3)/2) }

// PageWidth is the width a screen of text uses in a body w wide: one
// reading column, or two columns side by side from TextBeside.
func PageWidth(w int) int {
	if w >= TextBeside {
		return min(w, 2*ColumnWidth+3)
	}
	return Reading(w)
}

// SplitWidths splits a body w wide into a list and a detail pane beside it,
// with a two-cell gap: the list gets the width its entries need (need),
// but at most three fifths of the body and never so much that the pane is
// narrower than PaneMin; the pane gets the rest, up to ReadWidth.
func SplitWidths(w, need int) (list, pane int) {
	list = max(30, min(need, (w-2)*3/5, w-2-PaneMin))
	return list, max(20, min(ReadWidth, w-list-2))
}

// ListWidth is the width a list of items needs: the "> " marker, the
// longest title and, for one-line items, its description, and the widest
// badge after a gap.
func ListWidth(items []Item, withDesc bool) int {
	title, badge := 0, 0
	for _, it := range items {
		w := ansi.StringWidth(it.Title)
		if withDesc && it.Desc != "" {
			w += 2 + ansi.StringWidth(it.Desc)
		}
		title = max(title, w)
		badge = max(badge, ansi.StringWidth(it.Badge))
	}
	if badge > 0 {
		badge++
	}
	return 2 + title + 1 + badge
}
