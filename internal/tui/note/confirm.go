package note

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// noteCopiedMsg reports that the note was sent to the clipboard, or why
// not.
type noteCopiedMsg struct {
	to  int
	err error
}

func (m noteCopiedMsg) Target() int { return m.to }

// ask saves or copies the note, after a warning when details are still
// empty: the note would keep them as "[Label]".
func (n *thankYou) ask(a noteAction) tea.Cmd {
	if missing := progress.NoteMissing(n.tpl, n.value); len(missing) > 0 {
		n.confirm, n.missing = a, missing
		n.syncKeys()
		return nil
	}
	return n.do(a)
}

// answer takes the answer to the warning: y goes on, n or esc goes back to
// the first empty field. Any other key leaves the warning up.
func (n *thankYou) answer(msg tea.KeyMsg) tea.Cmd {
	a := n.confirm
	switch {
	case key.Matches(msg, n.keys.Anyway):
		n.confirm, n.missing = noAction, nil
		n.syncKeys()
		return n.do(a)
	case key.Matches(msg, n.keys.Fix):
		n.confirm, n.missing = noAction, nil
		for i, f := range n.fields {
			if n.value(f.f.Key) == "" {
				n.move(i - n.focus)
				break
			}
		}
		n.syncKeys()
	}
	return nil
}

func (n *thankYou) do(a noteAction) tea.Cmd {
	if a == copyNote {
		return n.copy()
	}
	return n.save()
}

// copy sends the note to the clipboard through the terminal, in a command.
func (n *thankYou) copy() tea.Cmd {
	clip, id := n.Clipboard(), n.ID()
	if clip == nil {
		return n.StatusErr("There is no terminal to copy through: save the note with ctrl+s instead.")
	}
	text := progress.NoteText(n.tpl, n.value)
	return func() tea.Msg { return noteCopiedMsg{to: id, err: clip(text)} }
}

// copyDone takes the clipboard's answer. The terminal never says whether it
// copied, so the screen says how to check.
func (n *thankYou) copyDone(msg noteCopiedMsg) tea.Cmd {
	if msg.err != nil {
		return n.StatusErr("Could not copy the note: " + msg.err.Error())
	}
	n.copied = true
	n.SetSize(n.Width, n.Height)
	return n.Status("Copied the note to the clipboard, if your terminal allows it.")
}

// doneBlock says where the note was saved, in full, and that it was
// copied; "" before either.
func (n *thankYou) doneBlock(width int) string {
	st := n.Styles()
	var lines []string
	if n.saved != "" {
		lines = append(lines, st.Good.Render(tui.Wrap("Saved: "+tui.Clean(n.saved), width)))
	}
	if n.copied {
		lines = append(lines, st.Muted.Render(tui.Wrap("Copied to the clipboard, if your terminal allows it: paste to check.", width)))
	}
	return strings.Join(lines, "\n")
}

// warning asks before saving or copying a note with empty details, in at
// most maxLines lines (the list of details is cut short first).
func (n *thankYou) warning(width, maxLines int) string {
	st := n.Styles()
	verb := "save"
	if n.confirm == copyNote {
		verb = "copy"
	}
	head := strings.Split(tui.Wrap("Still in brackets: "+strings.Join(n.missing, ", ")+".", width), "\n")
	ask := strings.Split(tui.Wrap("Press y to "+verb+" the note anyway, or n to go back and fill them in.", width), "\n")
	if len(head)+len(ask) > maxLines {
		ask = []string{tui.Truncate(strings.ToUpper(verb[:1])+verb[1:]+" it anyway? y, or n to go back", width)}
	}
	if keep := max(1, maxLines-len(ask)); len(head) > keep {
		head = append(head[:keep-1], tui.Truncate(strings.Join(head[keep-1:], " "), width))
	}
	return st.Warn.Render(strings.Join(head, "\n")) + "\n" + strings.Join(ask, "\n")
}
