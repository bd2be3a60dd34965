package tui

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func TestEditQuery(t *testing.T) {
	k := QueryKeys{
		Cancel:   key.NewBinding(key.WithKeys("esc")),
		Keep:     key.NewBinding(key.WithKeys("enter")),
		Erase:    key.NewBinding(key.WithKeys("backspace")),
		EraseAll: key.NewBinding(key.WithKeys("ctrl+u")),
	}
	runes := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	for _, tc := range []struct {
		name, q    string
		msg        tea.KeyMsg
		want       QueryEdit
		wantQ      string
		wantTyping bool
	}{
		{"letters added", "le", runes("ad"), QueryChanged, "lead", true},
		{"only up to the limit", "abcde", runes("fgh"), QueryChanged, "abcdef", true},
		{"at the limit nothing", "abcdef", runes("g"), QueryUnchanged, "abcdef", true},
		{"unprintable dropped", "a", runes("\x07"), QueryUnchanged, "a", true},
		{"space", "a", tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}, QueryChanged, "a ", true},
		{"erase a rune", "café", tea.KeyMsg{Type: tea.KeyBackspace}, QueryChanged, "caf", true},
		{"erase nothing", "", tea.KeyMsg{Type: tea.KeyBackspace}, QueryUnchanged, "", true},
		{"erase all", "lead", tea.KeyMsg{Type: tea.KeyCtrlU}, QueryChanged, "", true},
		{"cancel clears", "lead", tea.KeyMsg{Type: tea.KeyEsc}, QueryChanged, "", false},
		{"keep", "lead", tea.KeyMsg{Type: tea.KeyEnter}, QueryKept, "lead", false},
		{"keep only spaces drops them", "  ", tea.KeyMsg{Type: tea.KeyEnter}, QueryKept, "", false},
		{"a nav key is not the query's", "lead", tea.KeyMsg{Type: tea.KeyDown}, QueryNotMine, "lead", true},
	} {
		q, typing := tc.q, true
		got := EditQuery(&q, &typing, tc.msg, k, 6)
		if got != tc.want || q != tc.wantQ || typing != tc.wantTyping {
			t.Errorf("%s: got %v %q typing=%v, want %v %q typing=%v", tc.name, got, q, typing, tc.want, tc.wantQ, tc.wantTyping)
		}
	}
}
