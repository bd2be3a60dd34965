package rehearse

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/rung-career/rung/internal/tui"
)

// rehearseKeys type and submit an answer (and time it), then grade it,
// edit it or skip on, and scroll the feedback.
type rehearseKeys struct {
	tui.NavKeys                                       // scroll the feedback
	submit, timer, timerOff, stop, resume, edit, next key.Binding
	grades                                            tui.GradeKeys
	story                                             key.Binding // pick a story (stories.go)
}

func (k rehearseKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.submit, k.story, k.timer, k.stop, k.resume, k.timerOff, k.grades.Help(), k.edit, k.next, k.Down}
}

func (k rehearseKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.submit, k.story, k.timer, k.timerOff, k.stop, k.resume}, {k.grades.Help(), k.edit, k.next}, k.Bindings()}
}
