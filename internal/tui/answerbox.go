package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
)

// AnswerBoxMax is the most lines the answer box grows to on a tall
// terminal: about two minutes of speech shows at once at a normal width.
const AnswerBoxMax = 14

// NewAnswerBox is the text area answers are typed in, styled from the app's
// styles (so NO_COLOR holds) with a steady cursor: no blink timer.
func NewAnswerBox(st *Styles, placeholder string) textarea.Model {
	ta := textarea.New()
	ta.Placeholder = placeholder
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.CharLimit = 10000
	ta.MaxHeight = 0
	style := textarea.Style{Base: st.Text, CursorLine: st.Text, Placeholder: st.Faint, Prompt: st.Faint,
		Text: st.Text, EndOfBuffer: st.Faint, LineNumber: st.Faint, CursorLineNumber: st.Faint}
	ta.FocusedStyle, ta.BlurredStyle = style, style
	ta.BlurredStyle.Text = st.Muted
	ta.Cursor.Style = st.Text
	ta.Cursor.TextStyle = st.Text
	ta.Cursor.SetMode(cursor.CursorStatic)
	// The app's own keys (ctrl+s, ctrl+d submit; ctrl+t timer) come first.
	ta.KeyMap.DeleteCharacterForward.SetKeys("delete")
	ta.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	return ta
}

// ClockText formats a duration as m:ss (negative as 0:00).
func ClockText(d time.Duration) string {
	s := max(0, int(d.Round(time.Second)/time.Second))
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
