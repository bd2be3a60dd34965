package tui

// SplitWidths splits a body width into a list column and a detail pane,
// with a two-cell gap between them.
func SplitWidths(w int) (list, pane int) {
	// Half each, up to a list of 64 and a panel of 100: past that, lines
	// of text grow too long to read and the list is mostly blank.
	list = max(30, min(64, (w-2)/2))
	return list, max(20, min(100, w-list-2))
}

// Pane draws a document in a bordered panel w cells wide, as tall as
// the document's viewport (see hug).
func Pane(st *Styles, d *Doc, w int) string {
	return d.Cached(w, func() string { return st.Box.Width(max(1, w-2)).Render(d.View()) })
}

// SizePane sizes a document for a browsePane of at most w x h cells and
// shrinks it to its text, so a short entry gets a short panel.
func SizePane(d *Doc, w, h int) {
	d.SetSize(max(1, w-4), max(1, h-2))
	hug(d, max(1, h-2))
}

// RefreshPane re-renders a pane's document after its entry changed, at most
// h cells tall (the panel's border included), from the top.
func RefreshPane(d *Doc, h int) {
	d.Viewport.Height = max(1, h-2)
	d.Viewport.GotoTop()
	d.Invalidate()
	hug(d, max(1, h-2))
}

// hug shrinks a document's viewport to its text, up to maxH lines.
func hug(d *Doc, maxH int) {
	d.Viewport.Height = max(1, min(maxH, d.Viewport.TotalLineCount()))
	d.Viewport.SetYOffset(d.Viewport.YOffset)
}
