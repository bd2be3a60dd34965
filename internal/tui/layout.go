package tui

// The app's widths, in one place. A screen's width is its body's: the
// terminal less a one-cell margin on each side.
const (
	// MinWidth and MinHeight are the smallest terminal every screen is
	// laid out for; below it the root says so instead of drawing.
	MinWidth  = 60
	MinHeight = 16

	// ReadWidth caps a line of running text: past about 100 columns the
	// eye loses its place going back to the next line.
	ReadWidth = 100
	// ColumnWidth caps each of two columns of text side by side.
	ColumnWidth = 80
	// SplitWidth is the width from which a list and the selected entry's
	// detail sit side by side.
	SplitWidth = 110
)
