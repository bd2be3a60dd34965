// Package note is the thank-you note form: a field for each of the
// template's placeholders beside (or above) a live preview of the note,
// saved as a text file that never overwrites another.
package note

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// noteAction is what the form does with the note once it is filled.
type noteAction int

const (
	noAction noteAction = iota
	saveNote
	copyNote
)

// noteDateLayout formats the interview date the form prefills.
const noteDateLayout = "Monday, January 2, 2006"

type (
	// noteSettingsMsg carries the remembered field values read off the store.
	noteSettingsMsg struct {
		to     int
		values map[string]string
		err    error
	}
	// noteSavedMsg reports where the note was written, or why it was not.
	noteSavedMsg struct {
		to          int
		edits       int // the form's edits when it was saved
		path        string
		err         error
		rememberErr error
	}
)

func (m noteSettingsMsg) Target() int { return m.to }
func (m noteSavedMsg) Target() int    { return m.to }

// noteKeys move between the fields, save or copy the note and scroll its
// preview; while a warning asks, y goes on and n goes back. Every other
// key is typed into the field, so ? cannot open more help: the short help
// holds them all.
type noteKeys struct {
	Next, Prev, Save, Copy, ScrollDown, ScrollUp, Back key.Binding
	Anyway, Fix                                        key.Binding
}

func (k noteKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Anyway, k.Fix, k.Next, k.Prev, k.Save, k.Back, k.Copy, k.ScrollDown, k.ScrollUp}
}

func (k noteKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Save, k.Copy, k.Back}, {k.ScrollDown, k.ScrollUp}, {k.Anyway, k.Fix}}
}

type noteField struct {
	f  content.TemplateField
	in textinput.Model
}

// thankYou is the thank-you note form: one text field per template field
// and a live preview of the filled note. A field always has focus, so every
// key is typed; esc goes back (the guide keeps the form, and the draft).
type thankYou struct {
	tui.Base
	tpl     *content.Template
	fields  []noteField
	focus   int
	preview tui.Doc
	keys    noteKeys
	saved   string // where the last note was written
	copied  bool   // the note was sent to the clipboard
	// confirm is what waits for a yes while the warning about empty
	// details shows: saving or copying ("" when no warning shows), and
	// missing the details still in brackets.
	confirm noteAction
	missing []string
	// edits counts the changes typed; savedAt is the count the last note
	// saved was written at, so what is not saved is known.
	edits, savedAt int

	// Layout, computed in SetSize.
	wide      bool
	plain     bool // no colour or reverse video: draw the cursor as "|"
	tight     bool // too short for full hints and spacing
	formW     int
	labelW    int
	hints     []string // each field's hint, wrapped to the form width
	hintH     int      // the height of the tallest hint
	intro     string   // wide only: what the form does, wrapped
	previewW  int
	focusLine int // the preview line where the focused field first shows
}

// New makes the thank-you note form (tui.RouteNote); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	n := &thankYou{Base: tui.NewBase(c), tpl: &content.Template{}}
	if c.Lib().Guide != nil {
		n.tpl = &c.Lib().Guide.FollowUp.Template
	}
	n.keys = noteKeys{
		Next:       key.NewBinding(key.WithKeys("tab", "down", "enter"), key.WithHelp("tab", "next")),
		Prev:       key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "prev")),
		Save:       key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Copy:       key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", "copy")),
		Anyway:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "save anyway")),
		Fix:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "go back and fill them in")),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll")),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll back")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
	st := c.Styles()
	for _, f := range n.tpl.Fields {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 200
		// A static cursor: no blink timer outside c.tick.
		in.Cursor.SetMode(cursor.CursorStatic)
		in.Cursor.Style = st.Text.Reverse(true)
		in.TextStyle = st.Text
		in.PlaceholderStyle = st.Faint
		n.fields = append(n.fields, noteField{f: f, in: in})
	}
	if i := n.index("interview_date"); i >= 0 {
		n.fields[i].in.SetValue(c.Now().Format(noteDateLayout))
	}
	if len(n.fields) > 0 {
		n.fields[0].in.Focus()
	}
	n.preview = tui.NewDoc(n.renderPreview)
	// Without colour (NO_COLOR) the cursor's reverse video does not show.
	n.plain = st.Selected.Render("x") == "x"

	return n
}

func (n *thankYou) Title() string { return "Thank-you note" }

// Capturing is true while a field has focus, which is always.
func (n *thankYou) Capturing() bool { return len(n.fields) > 0 }

func (n *thankYou) index(key string) int {
	for i, f := range n.fields {
		if f.f.Key == key {
			return i
		}
	}
	return -1
}

// value is a field's value as it goes into the note: one line, no control
// characters.
func (n *thankYou) value(key string) string {
	if i := n.index(key); i >= 0 {
		return tui.Clean(n.fields[i].in.Value())
	}
	return ""
}

// Init reads the remembered name and contact details.
func (n *thankYou) Init() tea.Cmd {
	pr, id := n.Progress(), n.ID()
	if !pr.Open() {
		return nil
	}
	var fields []string
	for _, k := range progress.RememberedNoteFields() {
		if n.index(k) >= 0 {
			fields = append(fields, k)
		}
	}
	return func() tea.Msg {
		values, err := pr.RememberedNote(fields)
		return noteSettingsMsg{to: id, values: values, err: err}
	}
}

func (n *thankYou) SetSize(w, h int) {
	n.Base.SetSize(w, h)
	st := n.Styles()
	n.wide = w >= tui.TextBeside
	n.formW = w
	if n.wide {
		n.formW = min(64, (w-3)/2)
	}
	n.labelW = 0
	for _, f := range n.fields {
		n.labelW = max(n.labelW, lipgloss.Width(tui.Clean(f.f.Label))+2)
	}
	n.labelW = min(n.labelW, n.formW/2)
	inW := max(4, n.formW-2-n.labelW-1) // the cursor takes one more cell
	n.hints, n.hintH = nil, 0
	for i := range n.fields {
		n.fields[i].in.Width = inW
		// The hint sits under the field's input, where the eye already is.
		hint := ""
		if h := tui.Clean(n.fields[i].f.Hint); h != "" {
			hint = st.Muted.Render(tui.Indent(tui.Wrap(h, max(10, n.formW-2-n.labelW)), 2+n.labelW))
		}
		n.hints = append(n.hints, hint)
		n.hintH = max(n.hintH, lipgloss.Height(hint))
	}
	// Short of room, hints take one line each and the blank line above the
	// note goes, so the note still shows a few lines.
	n.tight = !n.wide && h-len(n.fields)-n.hintH-2 < 4
	if n.tight {
		for i, f := range n.fields {
			if h := tui.Clean(f.f.Hint); h != "" {
				n.hints[i] = st.Muted.Render(tui.Indent(tui.Truncate(h, max(10, n.formW-2-n.labelW)), 2+n.labelW))
			}
		}
		n.hintH = min(n.hintH, 1)
	}
	n.intro = ""
	if n.wide {
		n.intro = st.Muted.Render(tui.Wrap("Fill in the details; the note beside the form updates as you type. "+
			"Details you leave empty show in [brackets].", n.formW))
		n.previewW = w - n.formW - 3
		n.preview.SetSize(n.previewW, max(1, h-2))
	} else {
		n.previewW = w
		gap := 2
		if n.tight {
			gap = 1
		}
		doneH := 0
		if done := n.doneBlock(w); done != "" {
			doneH = lipgloss.Height(done)
		}
		n.preview.SetSize(w, max(1, h-len(n.fields)-n.hintH-gap-doneH))
	}
	n.scrollToFocus()
}

func (n *thankYou) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case noteSettingsMsg:
		if msg.err != nil {
			return n, n.StatusErr("Could not read your saved name and contact details: " + msg.err.Error())
		}
		for k, v := range msg.values {
			if i := n.index(k); i >= 0 && n.fields[i].in.Value() == "" {
				n.fields[i].in.SetValue(tui.Clean(v))
			}
		}
		n.changed()
		return n, nil
	case noteSavedMsg:
		if msg.err != nil {
			return n, n.StatusErr("Could not save the note: " + msg.err.Error())
		}
		n.saved, n.savedAt = msg.path, msg.edits
		n.SetSize(n.Width, n.Height) // the path shows in full
		text := "Saved the note to " + msg.path
		if msg.rememberErr != nil {
			text += " (could not remember your name for next time: " + msg.rememberErr.Error() + ")"
		}
		return n, n.Status(text)
	case noteCopiedMsg:
		return n, n.copyDone(msg)
	case tea.KeyMsg:
		return n, n.key(msg)
	case tea.MouseMsg:
		return n, n.preview.Update(msg)
	}
	// Anything else (a paste from the clipboard) is for the focused field.
	return n, n.updateField(msg)
}

func (n *thankYou) key(msg tea.KeyMsg) tea.Cmd {
	n.syncKeys()
	if n.confirm != noAction {
		return n.answer(msg)
	}
	switch {
	case key.Matches(msg, n.keys.Back):
		return tui.Back
	case key.Matches(msg, n.keys.Save):
		return n.ask(saveNote)
	case key.Matches(msg, n.keys.Copy):
		return n.ask(copyNote)
	case key.Matches(msg, n.keys.Next):
		n.move(1)
	case key.Matches(msg, n.keys.Prev):
		n.move(-1)
	case key.Matches(msg, n.keys.ScrollDown):
		n.preview.Viewport.PageDown()
	case key.Matches(msg, n.keys.ScrollUp):
		n.preview.Viewport.PageUp()
	default:
		return n.updateField(msg)
	}
	return nil
}

func (n *thankYou) updateField(msg tea.Msg) tea.Cmd {
	if len(n.fields) == 0 {
		return nil
	}
	in := &n.fields[n.focus].in
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if in.Value() != before {
		n.edits++
		n.changed()
	}
	return cmd
}

// Unsaved says the typed note would be lost: it has changed since it was
// last saved.
func (n *thankYou) Unsaved() string {
	if n.edits == n.savedAt {
		return ""
	}
	return "the note you typed"
}

// move focuses the next (d=1) or previous (d=-1) field, wrapping around.
func (n *thankYou) move(d int) {
	if len(n.fields) == 0 {
		return
	}
	n.fields[n.focus].in.Blur()
	n.focus = (n.focus + d + len(n.fields)) % len(n.fields)
	n.fields[n.focus].in.Focus()
	n.changed()
}

// changed re-renders the preview (once per edit, never per frame) and
// scrolls it to the focused field.
func (n *thankYou) changed() {
	n.preview.Invalidate()
	n.scrollToFocus()
}

func (n *thankYou) scrollToFocus() {
	vp := &n.preview.Viewport
	if vp.Height < 1 {
		return
	}
	line := n.focusLine
	if vp.Height <= 2 {
		vp.SetYOffset(line)
		return
	}
	switch {
	case line < vp.YOffset:
		vp.SetYOffset(max(0, line-1))
	case line >= vp.YOffset+vp.Height:
		vp.SetYOffset(line - vp.Height + 2)
	}
}

// renderPreview draws the filled note: empty details as "[Label]", the
// focused field highlighted. It also finds the line the focused field is on.
func (n *thankYou) renderPreview(width int) string {
	st := n.Styles()
	focused := ""
	if len(n.fields) > 0 {
		focused = n.fields[n.focus].f.Key
	}
	mark := func(key, text string, filled bool) string {
		switch {
		case key == focused:
			return st.Selected.Render(text)
		case !filled:
			return st.Warn.Render(text)
		}
		return text
	}
	out := tui.RenderNote(st, n.tpl, n.value, mark, min(width, 78))
	n.focusLine = 0
	if focused != "" {
		needle := progress.NoteShown(n.value(focused), n.fields[n.focus].f.Label)
		if r := []rune(needle); len(r) > 12 {
			needle = string(r[:12])
		}
		for i, l := range strings.Split(ansi.Strip(out), "\n") {
			if strings.Contains(l, needle) {
				n.focusLine = i
				break
			}
		}
	}
	return out
}

// save writes the note to a new file in the output folder and remembers the
// name and contact details, in a command.
func (n *thankYou) save() tea.Cmd {
	text := progress.NoteText(n.tpl, n.value)
	pr, org, at, id, edits := n.Progress(), n.value("organization"), n.Now(), n.ID(), n.edits
	remember := map[string]string{}
	for _, k := range progress.RememberedNoteFields() {
		if n.index(k) >= 0 {
			remember[k] = n.value(k)
		}
	}
	return func() tea.Msg {
		path, rememberErr, err := pr.SaveNote(text, org, at, remember)
		return noteSavedMsg{to: id, edits: edits, path: path, err: err, rememberErr: rememberErr}
	}
}

func (n *thankYou) formView() string {
	st := n.Styles()
	rows := make([]string, 0, len(n.fields))
	for i, f := range n.fields {
		label := tui.Truncate(tui.Clean(f.f.Label), n.labelW-1)
		label += strings.Repeat(" ", max(0, n.labelW-lipgloss.Width(label)))
		if i == n.focus {
			input := f.in.View()
			if n.plain {
				input = tui.PlainCursor(f.in.Value(), f.in.Position(), f.in.Width+1)
			}
			rows = append(rows, st.Selected.Render("> "+label)+input)
		} else {
			rows = append(rows, st.Muted.Render("  "+label)+f.in.View())
		}
	}
	hint := ""
	if n.focus < len(n.hints) {
		hint = n.hints[n.focus]
	}
	hint += strings.Repeat("\n", max(0, n.hintH-lipgloss.Height(hint)))
	return strings.Join(rows, "\n") + "\n" + hint
}

// saveLine says where the note goes, before it is saved or copied, or
// what became of it, in full.
func (n *thankYou) saveLine(width int) string {
	if done := n.doneBlock(width); done != "" {
		return done
	}
	dir := n.Progress().OutDir()
	if dir == "" {
		dir = "the current folder"
	}
	return n.Styles().Faint.Render(tui.Wrap("ctrl+s saves to "+tui.Clean(dir)+"; ctrl+y copies", width))
}

func (n *thankYou) previewHead() string {
	st := n.Styles()
	head := st.Section.Render("Your note")
	if hint := n.preview.ScrollHint(st); hint != "" {
		head += "  " + hint
	}
	return head
}

func (n *thankYou) View() string {
	st := n.Styles()
	if len(n.fields) == 0 {
		return st.Muted.Render("This track has no thank-you template.")
	}
	if !n.wide {
		gap := "\n\n"
		if n.tight {
			gap = "\n"
		}
		if n.confirm != noAction {
			// The warning, and under it as much of the note as fits, its
			// brackets marked.
			form := n.formView() + gap
			room := n.Height - lipgloss.Height(form) + 1
			warn := n.warning(n.Width, max(2, room))
			if rest := room - lipgloss.Height(warn) - 2; rest > 0 {
				lines := strings.Split(n.preview.View(), "\n")
				warn += "\n\n" + strings.Join(lines[:min(rest, len(lines))], "\n")
			}
			return form + warn
		}
		head := n.previewHead()
		done := n.doneBlock(n.Width)
		if rest := n.Width - lipgloss.Width(head) - 2; rest > 12 && done == "" {
			dir := n.Progress().OutDir()
			if dir == "" {
				dir = "the current folder"
			}
			head += "  " + st.Faint.Render(tui.Truncate("ctrl+y copies · ctrl+s saves to "+tui.Clean(dir), rest))
		}
		if done != "" {
			head = done + "\n" + head
		}
		return n.formView() + gap + head + "\n" + n.preview.View()
	}
	left := []string{n.intro, "", n.formView(), ""}
	var warn []string
	if !n.Progress().Open() {
		warn = append(warn, st.Warn.Render(tui.Wrap("Your name and contact details will not be remembered this session.", n.formW)))
	}
	if n.confirm != noAction {
		room := n.Height - lipgloss.Height(strings.Join(append(left, warn...), "\n"))
		left = append(left, n.warning(n.formW, max(2, room)))
	} else {
		left = append(left, n.saveLine(n.formW))
	}
	left = append(left, warn...)
	right := n.previewHead() + "\n\n" + n.preview.View()
	leftView := lipgloss.NewStyle().Width(n.formW).Render(strings.Join(left, "\n"))
	return lipgloss.JoinHorizontal(lipgloss.Top, leftView, "   ", right)
}

// Keys are the form's keys, as they stand.
func (n *thankYou) Keys() help.KeyMap {
	n.syncKeys()
	return n.keys
}

// syncKeys offers scrolling when the note is longer than its preview;
// while the warning about empty details shows, only its answers.
func (n *thankYou) syncKeys() {
	asking := n.confirm != noAction
	n.keys.ScrollDown.SetEnabled(!asking && n.preview.Scrolls())
	n.keys.ScrollUp.SetEnabled(!asking && n.preview.Scrolls())
	for _, b := range []*key.Binding{&n.keys.Next, &n.keys.Prev, &n.keys.Save, &n.keys.Copy} {
		b.SetEnabled(!asking && len(n.fields) > 0)
	}
	n.keys.Back.SetEnabled(!asking)
	n.keys.Anyway.SetEnabled(asking)
	n.keys.Fix.SetEnabled(asking)
	if n.confirm == copyNote {
		n.keys.Anyway.SetHelp("y", "copy anyway")
	} else {
		n.keys.Anyway.SetHelp("y", "save anyway")
	}
}
