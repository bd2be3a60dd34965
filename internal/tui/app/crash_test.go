package app

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

// boom is a screen that panics on demand.
type boom struct {
	tui.Base
	onKey, onView, inCmd bool
}

func (b *boom) Title() string     { return "Boom" }
func (b *boom) Keys() help.KeyMap { return tui.DocKeys{} }
func (b *boom) View() string {
	if b.onView {
		panic("view exploded")
	}
	return "boom"
}

func (b *boom) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		if b.onKey {
			panic("update exploded")
		}
		if b.inCmd {
			return b, tea.Batch(func() tea.Msg { panic("command exploded") })
		}
	}
	return b, nil
}

func TestPanicsBecomeCrashes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		b    boom
		want string
	}{
		{"update", boom{onKey: true}, "update exploded"},
		{"command", boom{inCmd: true}, "command exploded"},
		{"view", boom{onView: true}, "view exploded"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, 80, 24)
			b := c.b
			b.Base = tui.NewBase(h.m.c)
			h.push(&b)
			h.keys("x")
			_ = h.view()
			if h.m.Crash == nil {
				t.Fatal("no crash recorded")
			}
			if got := h.m.Crash.Error(); !strings.Contains(got, c.want) || !strings.Contains(got, "Boom") {
				t.Errorf("crash %q", got)
			}
			if len(h.m.Crash.Stack) == 0 {
				t.Error("no stack")
			}
			if h.view() != "" {
				t.Error("a crashed app still draws")
			}
		})
	}
}
