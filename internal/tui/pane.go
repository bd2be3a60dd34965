package tui

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
