package questionnaire

import (
	"strconv"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/rung-career/rung/internal/content"
)

// questionnaireKeys are the questionnaire's keys; which are on depends on
// the kind of question shown (syncKeys), and the review page has its own.
type questionnaireKeys struct {
	Next, Prev, Up, Down, Less, More, Clear, Submit key.Binding
	Pick                                            key.Binding // a choice by its number
	Yes, No                                         key.Binding // a yes-or-no question
	Digit                                           key.Binding // a number being typed
	Erase                                           key.Binding // its last digit
	Rate                                            key.Binding // a skill, 1 to 5
}

func (k questionnaireKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pick, k.Yes, k.No, k.Digit, k.Rate, k.Less, k.More, k.Clear, k.Next, k.Submit, k.Prev, k.Up, k.Down}
}

func (k questionnaireKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Pick, k.Yes, k.No, k.Digit, k.Erase}, {k.Rate, k.Less, k.More, k.Clear},
		{k.Next, k.Submit, k.Prev}}
}

func newQuestionnaireKeys() questionnaireKeys {
	return questionnaireKeys{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "next")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "ctrl+b"), key.WithHelp("shift+tab", "previous")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Less:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		More:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Clear:  key.NewBinding(key.WithKeys("backspace", "0", "delete"), key.WithHelp("0", "clear")),
		Submit: key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "submit")),
		Pick:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "choose")),
		Yes:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Digit:  key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "."), key.WithHelp("0-9", "type a number")),
		Erase:  key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("⌫", "erase")),
		Rate:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "rate")),
	}
}

// syncKeys offers the keys of the page shown: its kind of question, or
// the review page.
func (q *questionnaire) syncKeys() {
	k := &q.keys
	for _, b := range []*key.Binding{&k.Pick, &k.Yes, &k.No, &k.Digit, &k.Erase, &k.Rate, &k.Less, &k.More, &k.Clear, &k.Submit} {
		b.SetEnabled(false)
	}
	k.Up.SetHelp("↑/k", "up")
	k.Down.SetHelp("↓/j", "down")
	k.Next.SetHelp("enter", "next")
	k.Prev.SetEnabled(q.idx > 0)
	qu := q.current()
	if qu == nil { // the review page
		k.Next.SetHelp("enter", "change / submit")
		k.Submit.SetEnabled(true)
		return
	}
	switch qu.Kind {
	case content.KindChoice, content.KindScale, content.KindYesNo:
		n := min(9, q.options(qu))
		picks := make([]string, n)
		for i := range picks {
			picks[i] = strconv.Itoa(i + 1)
		}
		k.Pick.SetKeys(picks...)
		k.Pick.SetHelp("1-"+strconv.Itoa(n), "choose")
		k.Pick.SetEnabled(n > 0)
		k.Yes.SetEnabled(qu.Kind == content.KindYesNo)
		k.No.SetEnabled(qu.Kind == content.KindYesNo)
	case content.KindNumber:
		k.Up.SetHelp("↑", "one more")
		k.Down.SetHelp("↓", "one less")
		k.Digit.SetEnabled(true)
		k.Erase.SetEnabled(q.number[qu.ID] != "")
	case content.KindSkills:
		k.Up.SetHelp("↑/k", "previous skill")
		k.Down.SetHelp("↓/j", "next skill")
		for _, b := range []*key.Binding{&k.Rate, &k.Less, &k.More, &k.Clear} {
			b.SetEnabled(len(qu.Skills) > 0)
		}
	}
}

// Keys are the keys of the page shown.
func (q *questionnaire) Keys() help.KeyMap {
	q.syncKeys()
	return q.keys
}
