package stories

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/rung-career/rung/internal/tui"
)

// listKeys are the stories list's keys: moving, adding, editing (in the
// form or as Markdown in $EDITOR), deleting with a confirmation, the skill
// filter (which takes text while it has focus), reading a story on a
// narrow terminal, and the coverage. An edit the story file could not read
// back has keys of its own.
type listKeys struct {
	tui.NavKeys
	Add, Open, Editor, Delete, Filter, Clear, Read, Coverage key.Binding
	Keep, Cancel, Erase, EraseAll                            key.Binding // typing the filter
	Yes, No                                                  key.Binding // delete?
	Fix, Drop                                                key.Binding // an edit that did not parse
}

func newListKeys() listKeys {
	return listKeys{NavKeys: tui.NewNavKeys(),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit")),
		Editor:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit in $EDITOR")),
		Delete:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter by skill")),
		Clear:    key.NewBinding(key.WithKeys("x", "esc"), key.WithHelp("esc/x", "clear filter")),
		Read:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "read the story")),
		Coverage: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "coverage")),
		Keep:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Erase:    key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "erase")),
		EraseAll: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "erase all")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "delete it")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep it")),
		Fix:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "back to your editor")),
		Drop:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "drop your edit")),
	}
}

func (k listKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Yes, k.No, k.Fix, k.Drop, k.Keep, k.Cancel, k.Add, k.Open, k.Editor, k.Delete, k.Filter,
		k.Clear, k.Read, k.Coverage, k.Up, k.Down}
}

func (k listKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Add, k.Open, k.Editor, k.Delete, k.Read, k.Coverage},
		{k.Filter, k.Clear, k.Keep, k.Cancel, k.Erase, k.EraseAll},
		{k.Yes, k.No, k.Fix, k.Drop}}
}

// formKeys move between the form's fields and save the story. Every
// other key goes to the field with the focus (text, the skill list, the
// strength), so ? cannot open more help: the short help holds them all.
type formKeys struct {
	Next, Prev, Save, Back key.Binding
	Toggle, Less, More     key.Binding // the skills and the strength
	Set                    key.Binding // the strength by its digit
	Up, Down               key.Binding // the skill list
}

func newFormKeys() formKeys {
	return formKeys{
		Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Toggle: key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "pick skill")),
		Less:   key.NewBinding(key.WithKeys("left", "h", "-"), key.WithHelp("←", "weaker")),
		More:   key.NewBinding(key.WithKeys("right", "l", "+"), key.WithHelp("→", "stronger")),
		Set:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "strength")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
	}
}

func (k formKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Save, k.Next, k.Prev, k.Toggle, k.Less, k.More, k.Set, k.Back}
}

func (k formKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Save, k.Next, k.Prev, k.Back}, {k.Toggle, k.Up, k.Down, k.Less, k.More, k.Set}}
}

// coverageKeys move through the skills and add a story for one.
type coverageKeys struct {
	tui.NavKeys
	Add key.Binding
}

func (k coverageKeys) ShortHelp() []key.Binding { return []key.Binding{k.Add, k.Up, k.Down} }

func (k coverageKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.Bindings(), {k.Add}} }
