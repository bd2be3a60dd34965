package tui

import tea "github.com/charmbracelet/bubbletea"

type todo struct {
	base
	title string
}

func newTodo(c *ctx, title string) *todo { return &todo{base: newBase(c), title: title} }

func (t *todo) Title() string                    { return t.title }
func (t *todo) Update(tea.Msg) (Screen, tea.Cmd) { return t, nil }
func (t *todo) View() string                     { return t.title }
func (t *todo) Keys() keyMap                     { return keyMap{} }
