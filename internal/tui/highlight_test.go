package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// Matched letters show without colour too: in brackets, a run at a time.
func TestHighlightPlain(t *testing.T) {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	st := NewStyles(r)
	if !Plain(&st) {
		t.Fatal("an Ascii renderer is not plain")
	}
	for _, tc := range []struct {
		text  string
		idx   []int
		width int
		want  string
	}{
		{"Tell me about yourself.", []int{0, 1, 2, 8, 9}, 80, "[Tel]l me [ab]out yourself."},
		{"Tell me about yourself.", nil, 80, "Tell me about yourself."},
		{"A £2 overspend", []int{5, 6, 7, 8}, 80, "A £2 [over]spend"},
		{"Tell me about yourself.", []int{22}, 80, "Tell me about yourself[.]"},
		{"Tell me about yourself.", []int{0}, 10, "[T]ell me…"},
	} {
		if got := Highlight(&st, tc.text, tc.idx, st.Text, tc.width); got != tc.want {
			t.Errorf("Highlight(%q, %v) = %q, want %q", tc.text, tc.idx, got, tc.want)
		}
	}
}

// With colour, the matched letters are underlined and nothing is added.
func TestHighlightColour(t *testing.T) {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.TrueColor)
	st := NewStyles(r)
	got := Highlight(&st, "Tell me", []int{0, 1}, st.Text, 80)
	if Plain(&st) || ansi.Strip(got) != "Tell me" || !strings.Contains(got, "4m") {
		t.Errorf("colour highlight %q", got)
	}
}
