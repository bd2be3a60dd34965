package app

import (
	"github.com/charmbracelet/bubbles/key"
)

// GlobalKeys are handled by the root model on every screen.
type GlobalKeys struct {
	Quit       key.Binding // ctrl+c: always quits
	Back       key.Binding // esc
	QuitOrBack key.Binding // q: back, or quit at home
	Help       key.Binding
	// Leave and Stay answer "leave and lose what you typed?"
	Leave, Stay key.Binding
}

func newGlobalKeys() GlobalKeys {
	return GlobalKeys{
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		QuitOrBack: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "back")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Leave:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "leave")),
		Stay:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "stay")),
	}
}
