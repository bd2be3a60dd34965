package perspective

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

type (
	// journalMsg brings the track's journal, read off the store.
	journalMsg struct {
		to      int
		entries map[string]progress.JournalEntry
		err     error
	}
	// journalSavedMsg reports an entry kept (text as saved), or why not.
	journalSavedMsg struct {
		to   int
		text string
		err  error
	}
)

func (m journalMsg) Target() int      { return m.to }
func (m journalSavedMsg) Target() int { return m.to }

// loadJournal reads the track's journal for screen id.
func loadJournal(c *tui.Context, id int) tea.Cmd {
	pr, track := c.Progress(), c.Lib().Track.ID
	return func() tea.Msg {
		e, err := pr.Journal(track)
		return journalMsg{to: id, entries: e, err: err}
	}
}

// journalKeys save the entry, leave, and scroll the earlier entries; every
// other key is typed.
type journalKeys struct {
	Save, Back, ScrollDown, ScrollUp key.Binding
}

func (k journalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Save, k.Back, k.ScrollDown, k.ScrollUp}
}

func (k journalKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// journal is a new journal entry on one reflection prompt: a text box,
// saved with the person's progress, and the prompt's earlier entries by
// date (newest first) under it, or beside it on a wide terminal. Each
// visit begins a new entry, so the prompts can be come back to.
type journal struct {
	tui.Base
	promptID string
	insight  string // the insight's title
	prompt   string
	found    bool
	box      textarea.Model
	begun    time.Time
	entryID  string // "" until first saved
	saved    string // the text as last saved
	entries  map[string]progress.JournalEntry
	earlier  tui.Doc
	nEarlier int
	// hideEarlier is set when the earlier entries have no room under the
	// box: the counter says how many there are.
	hideEarlier bool
	keys        journalKeys
	wide        bool
	boxW        int
}

// NewJournal makes a new journal entry on a reflection prompt
// (tui.RouteJournal); its argument is the prompt's id, a string.
func NewJournal(c *tui.Context, arg any) tui.Screen {
	id, _ := arg.(string)
	j := &journal{Base: tui.NewBase(c), promptID: id, begun: c.Now(), entries: map[string]progress.JournalEntry{}}
	if i, p, ok := c.Lib().FindPrompt(id); ok {
		in := &c.Lib().Perspective.Insights[i]
		j.insight, j.prompt, j.found = tui.Clean(in.Title), tui.Clean(in.Prompts[p]), true
	}
	j.box = tui.NewAnswerBox(c.Styles(), "Write what comes to mind. ctrl+s keeps it with your progress.")
	j.box.Focus()
	j.keys = journalKeys{
		Save:       key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "earlier entries")),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "earlier entries back")),
	}
	j.earlier = tui.NewDoc(j.buildEarlier)
	return j
}

func (j *journal) Title() string { return "Journal" }

// Capturing is true: the box always has focus.
func (j *journal) Capturing() bool { return j.found }

func (j *journal) Init() tea.Cmd {
	if !j.found {
		return nil
	}
	return loadJournal(j.Context, j.ID())
}

// Unsaved says the typed entry would be lost.
func (j *journal) Unsaved() string {
	if strings.TrimSpace(j.box.Value()) == strings.TrimSpace(j.saved) {
		return ""
	}
	return "the journal entry you typed"
}

// earlierEntries are the prompt's entries but the one being written.
func (j *journal) earlierEntries() []progress.JournalEntry {
	var out []progress.JournalEntry
	for _, e := range progress.PromptEntries(j.entries, j.promptID) {
		if e.PromptID != j.entryID {
			out = append(out, e)
		}
	}
	return out
}

// buildEarlier draws the earlier entries: the day each was begun, then
// what was written.
func (j *journal) buildEarlier(width int) string {
	st := j.Styles()
	var parts []string
	for _, e := range j.earlierEntries() {
		day := progress.JournalBegun(e).In(j.Now().Location()).Format("Monday, January 2, 2006")
		parts = append(parts, st.Section.Render(day)+"\n"+st.Text.Render(tui.Wrap(strings.TrimSpace(e.Text), width)))
	}
	return strings.Join(parts, "\n\n")
}

func (j *journal) SetSize(w, h int) {
	j.Base.SetSize(w, h)
	j.layout()
}

// head is the insight's title and the prompt, wrapped to the box's width.
func (j *journal) head() string {
	st := j.Styles()
	return st.Muted.Render(tui.Truncate(j.insight, j.boxW)) + "\n" + st.Bold.Render(tui.Wrap(j.prompt, j.boxW))
}

// layout sizes the box and the earlier entries: beside it when wide, else
// under it, sharing the height.
func (j *journal) layout() {
	if j.Width <= 0 || !j.found {
		return
	}
	j.nEarlier = len(j.earlierEntries())
	j.wide = j.Width >= tui.ListBeside
	j.boxW = min(j.Width, tui.ReadWidth)
	if j.wide {
		j.boxW = tui.Columns(j.Width)
	}
	top := lipgloss.Height(j.head()) + 1
	// Below the box: its counter line.
	room := max(3, j.Height-top-2-1)
	j.hideEarlier = !j.wide && room-3-2 < 2
	switch {
	case j.wide:
		j.earlier.SetSize(max(10, min(tui.ReadWidth, j.Width-j.boxW-3)), max(1, j.Height-1))
	case j.nEarlier > 0 && !j.hideEarlier:
		// The earlier entries take what they need, up to half the room
		// (a blank line and a heading above them); the box the rest.
		j.earlier.SetSize(j.boxW, max(1, room/2))
		earlierH := max(1, min(j.earlier.Viewport.TotalLineCount(), room/2))
		boxH := max(3, min(tui.AnswerBoxMax, room-earlierH-2))
		j.earlier.SetSize(j.boxW, max(1, room-boxH-2))
		room = boxH
	}
	j.box.SetWidth(max(10, j.boxW-4))
	j.box.SetHeight(max(3, min(tui.AnswerBoxMax, room)))
	j.earlier.Invalidate()
}

func (j *journal) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	if !j.found {
		return j, nil
	}
	switch msg := msg.(type) {
	case journalMsg:
		if msg.err != nil {
			return j, j.StatusErr("Could not read your journal: " + msg.err.Error())
		}
		j.entries = msg.entries
		j.layout()
	case journalSavedMsg:
		if msg.err != nil {
			return j, j.StatusErr("Could not save the entry: " + msg.err.Error())
		}
		j.saved = msg.text
		if strings.TrimSpace(msg.text) == "" {
			return j, j.Status("Took the entry out of your journal.")
		}
		return j, j.Status("Saved the entry in your journal.")
	case tea.KeyMsg:
		return j, j.key(msg)
	case tea.MouseMsg:
		return j, j.earlier.Update(msg)
	}
	var cmd tea.Cmd
	j.box, cmd = j.box.Update(msg) // a paste
	return j, cmd
}

func (j *journal) key(msg tea.KeyMsg) tea.Cmd {
	j.syncKeys()
	switch {
	case key.Matches(msg, j.keys.Back):
		return tui.Back
	case key.Matches(msg, j.keys.Save):
		return j.save()
	case key.Matches(msg, j.keys.ScrollDown):
		j.earlier.Viewport.PageDown()
		return nil
	case key.Matches(msg, j.keys.ScrollUp):
		j.earlier.Viewport.PageUp()
		return nil
	}
	var cmd tea.Cmd
	j.box, cmd = j.box.Update(msg)
	return cmd
}

// save keeps the entry, in a command. Saving it empty takes a saved entry
// out of the journal.
func (j *journal) save() tea.Cmd {
	text := j.box.Value()
	if strings.TrimSpace(text) == "" && j.entryID == "" {
		return j.StatusErr("Write something first: there is nothing to save yet.")
	}
	if j.entryID == "" {
		// A new entry never takes the id of one kept already (two begun
		// within the same millisecond).
		for {
			if _, taken := j.entries[progress.JournalEntryID(j.promptID, j.begun)]; !taken {
				break
			}
			j.begun = j.begun.Add(time.Millisecond)
		}
		j.entryID = progress.JournalEntryID(j.promptID, j.begun)
	}
	pr, track, entry, at, id := j.Progress(), j.Lib().Track.ID, j.entryID, j.Now(), j.ID()
	return func() tea.Msg {
		return journalSavedMsg{to: id, text: text, err: pr.SetJournal(track, entry, text, at)}
	}
}

// plain reports whether the styles draw nothing (NO_COLOR): the box's
// cursor is then invisible, so its place is spelled out.
func (j *journal) plain() bool { return j.Styles().Accent.Render("x") == "x" }

// counter says whether the entry is kept, and where the cursor is when it
// cannot be seen.
func (j *journal) counter() string {
	st := j.Styles()
	s := "Not saved yet"
	switch {
	case j.entryID != "" && j.Unsaved() == "":
		s = "Saved with your progress"
	case j.entryID != "":
		s = "Changed since you saved it"
	}
	if !j.Progress().Open() {
		s += " (this session only: progress isn't being saved)"
	}
	if j.hideEarlier && j.nEarlier > 0 {
		s += " · " + tui.Count(j.nEarlier, "earlier entry", "earlier entries") + " out of room"
	}
	if j.plain() {
		li := j.box.LineInfo()
		s += fmt.Sprintf(" · cursor at line %d, column %d", j.box.Line()+1, li.StartColumn+li.ColumnOffset+1)
	}
	return st.Muted.Render(tui.Truncate(s, j.boxW))
}

func (j *journal) earlierHead(width int) string {
	st := j.Styles()
	head := st.Section.Render(fmt.Sprintf("Earlier entries · %d", j.nEarlier))
	if h := j.earlier.ScrollHint(st); h != "" {
		head += "  " + h
	}
	return tui.Truncate(head, width)
}

func (j *journal) View() string {
	st := j.Styles()
	if !j.found {
		return st.Warn.Render(tui.Wrap("This reflection prompt is not in the track.", j.Width))
	}
	left := j.head() + "\n\n" + st.FocusBox.Render(j.box.View()) + "\n" + j.counter()
	if j.nEarlier == 0 || j.hideEarlier {
		return left
	}
	if j.wide {
		right := j.earlierHead(j.earlier.Viewport.Width) + "\n" + j.earlier.View()
		leftView := lipgloss.NewStyle().Width(j.boxW).Render(left)
		return lipgloss.JoinHorizontal(lipgloss.Top, leftView, "   ", right)
	}
	return left + "\n\n" + j.earlierHead(j.boxW) + "\n" + j.earlier.View()
}

// Keys are the entry's keys, as they stand.
func (j *journal) Keys() help.KeyMap {
	j.syncKeys()
	return j.keys
}

// syncKeys offers scrolling when the earlier entries are longer than their
// room.
func (j *journal) syncKeys() {
	scrolls := j.found && j.nEarlier > 0 && !j.hideEarlier && j.earlier.Scrolls()
	j.keys.ScrollDown.SetEnabled(scrolls)
	j.keys.ScrollUp.SetEnabled(scrolls)
	j.keys.Save.SetEnabled(j.found)
	j.keys.Back.SetEnabled(j.found)
}
