package tui

import (
	"github.com/charmbracelet/lipgloss"
)

// palette is the one set of colors the app uses; each is adaptive, so the
// app reads on light and dark terminals alike.
type palette struct {
	accent, accentSoft, text, muted, faint, good, warn, bad, selBg, border lipgloss.TerminalColor
}

func newPalette() palette {
	return palette{
		accent:     lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B7A6FF"},
		accentSoft: lipgloss.AdaptiveColor{Light: "#7B6AD0", Dark: "#8E7CE0"},
		text:       lipgloss.AdaptiveColor{Light: "#1F1F24", Dark: "#E6E6EA"},
		muted:      lipgloss.AdaptiveColor{Light: "#5C5C66", Dark: "#A3A3AD"},
		faint:      lipgloss.AdaptiveColor{Light: "#8A8A94", Dark: "#6E6E78"},
		good:       lipgloss.AdaptiveColor{Light: "#1E7B3A", Dark: "#6FD58B"},
		warn:       lipgloss.AdaptiveColor{Light: "#9A5B00", Dark: "#F2B45C"},
		bad:        lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#FF8A80"},
		selBg:      lipgloss.AdaptiveColor{Light: "#E9E4FF", Dark: "#33294F"},
		border:     lipgloss.AdaptiveColor{Light: "#C9C4DD", Dark: "#4A4460"},
	}
}

// Styles is every style the app draws with, built once from the palette and
// a renderer. Screens hold no colour literals. Selection and focus never rely
// on colour alone: lists also draw a "> " marker, so they stay visible under
// NO_COLOR (where Lip Gloss drops bold and reverse too).
type Styles struct {
	Header     lipgloss.Style // top bar
	AppName    lipgloss.Style
	Crumb      lipgloss.Style
	Title      lipgloss.Style // a screen's heading
	Subtitle   lipgloss.Style
	Text       lipgloss.Style
	Muted      lipgloss.Style
	Faint      lipgloss.Style
	Accent     lipgloss.Style
	Bold       lipgloss.Style
	Selected   lipgloss.Style // the selected row of a list
	Unselected lipgloss.Style
	Good       lipgloss.Style
	Warn       lipgloss.Style
	Bad        lipgloss.Style
	Box        lipgloss.Style // a bordered panel
	FocusBox   lipgloss.Style // a bordered panel with focus
	Status     lipgloss.Style
	StatusErr  lipgloss.Style
	Help       lipgloss.Style
	BarFull    lipgloss.Style
	BarEmpty   lipgloss.Style
	Key        lipgloss.Style // a key name in running text
	Rung       lipgloss.Style // a rung of the ladder
	RungHere   lipgloss.Style
	Section    lipgloss.Style // a section heading inside a document
}

// NewStyles builds the styles for a renderer (its colour profile decides
// whether colors are drawn at all).
func NewStyles(r *lipgloss.Renderer) Styles {
	p := newPalette()
	s := r.NewStyle
	return Styles{
		Header:     s().Padding(0, 1),
		AppName:    s().Foreground(p.accent).Bold(true),
		Crumb:      s().Foreground(p.muted),
		Title:      s().Foreground(p.accent).Bold(true),
		Subtitle:   s().Foreground(p.muted).Italic(true),
		Text:       s().Foreground(p.text),
		Muted:      s().Foreground(p.muted),
		Faint:      s().Foreground(p.faint),
		Accent:     s().Foreground(p.accent),
		Bold:       s().Bold(true),
		Selected:   s().Foreground(p.accent).Background(p.selBg).Bold(true),
		Unselected: s().Foreground(p.text),
		Good:       s().Foreground(p.good),
		Warn:       s().Foreground(p.warn),
		Bad:        s().Foreground(p.bad),
		Box:        s().Border(lipgloss.RoundedBorder()).BorderForeground(p.border).Padding(0, 1),
		FocusBox:   s().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1),
		Status:     s().Foreground(p.good),
		StatusErr:  s().Foreground(p.bad).Bold(true),
		Help:       s().Foreground(p.faint),
		BarFull:    s().Foreground(p.accent),
		BarEmpty:   s().Foreground(p.faint),
		Key:        s().Foreground(p.accentSoft).Bold(true),
		Rung:       s().Foreground(p.text),
		RungHere:   s().Foreground(p.accent).Bold(true),
		Section:    s().Foreground(p.accentSoft).Bold(true),
	}
}
