// Command minimaltea is the yardstick of TestStartupFirstFrame: a minimal
// Bubble Tea v1 program, full screen, drawing a short list with an adaptive
// lipgloss colour, so it asks the terminal the same questions at start as
// any lipgloss program (its background colour). It lives under testdata so
// go build ./... and go vet ./... leave it out; it needs no module rung does
// not already require.
package main

import (
	"fmt"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

var (
	title  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.AdaptiveColor{Light: "#5A4FCF", Dark: "#B7A6FF"})
	cursor = lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#5A4FCF", Dark: "#B7A6FF"})
	items  = []string{"Apples", "Bread", "Cheese"}
)

type model struct{ at, w, h int }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch msg.String() {
		case "ctrl+c", "q":
			return m, tea.Quit
		case "j", "down":
			m.at = min(m.at+1, len(items)-1)
		case "k", "up":
			m.at = max(m.at-1, 0)
		}
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	}
	return m, nil
}

func (m model) View() string {
	var b strings.Builder
	b.WriteString(title.Render("Minimal list") + "\n\n")
	for i, it := range items {
		if i == m.at {
			b.WriteString(cursor.Render("> "+it) + "\n")
		} else {
			b.WriteString("  " + it + "\n")
		}
	}
	b.WriteString("\nj/k move · q quit")
	return lipgloss.NewStyle().Width(m.w).Height(m.h).MaxHeight(m.h).Render(b.String())
}

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
