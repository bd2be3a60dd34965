package stories

import (
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// Editing a story as Markdown in the person's own editor: the story is
// written to a temporary file (through progress: screens touch no files),
// the editor runs with the terminal handed to it (tea.ExecProcess), and the
// file is read back and parsed as a story file. An edit that does not
// parse, or whose title another story has, is kept with its problems
// (file:line, what is wrong, what would be valid) until the person fixes
// it in the editor again or drops it: typing is never lost.

type (
	// editReadyMsg: the story is in its temporary file (or could not be).
	editReadyMsg struct {
		to   int
		job  editJob
		edit *progress.Edit
		err  error
	}
	// editDoneMsg: the editor has exited.
	editDoneMsg struct {
		to   int
		job  editJob
		edit *progress.Edit
		err  error
	}
	// editReadMsg: the file as the editor left it.
	editReadMsg struct {
		to   int
		job  editJob
		name string
		text string
		err  error
	}
	// editSavedMsg: the edited story was saved, or why not.
	editSavedMsg struct {
		to    int
		job   editJob
		name  string
		text  string
		story stories.Story
		err   error
	}
)

func (m editReadyMsg) Target() int { return m.to }
func (m editDoneMsg) Target() int  { return m.to }
func (m editReadMsg) Target() int  { return m.to }
func (m editSavedMsg) Target() int { return m.to }

// editJob is the story being edited: its id, its title before the edit,
// and the text given to the editor.
type editJob struct {
	id    int64
	title string
	text  string
}

// failedEdit is an edit the story file could not take, kept to fix.
type failedEdit struct {
	job      editJob
	name     string // the file's name, as the problems call it
	text     string // as the person left it
	problems []string
}

// editState is the list's edit in the editor, if one is under way.
type editState struct {
	waiting bool // the editor is open, or its file being read
	failed  *failedEdit
	doc     tui.Doc // the problems of a failed edit
}

// startEdit writes text to a temporary file named after the story, in a
// command; the editor opens when it is there.
func (l *list) startEdit(id int64, title, text string) tea.Cmd {
	l.edit.waiting = true
	pr, to, job := l.Progress(), l.ID(), editJob{id: id, title: title, text: text}
	name := progress.NoteSlug(title)
	if name == "" {
		name = "story"
	}
	name += ".md"
	return func() tea.Msg {
		e, err := pr.NewEdit(name, text)
		return editReadyMsg{to: to, job: job, edit: e, err: err}
	}
}

// editUpdate follows an edit through its steps.
func (l *list) editUpdate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case editReadyMsg:
		if msg.err != nil {
			l.edit.waiting = false
			return l.StatusErr("Could not write the story to a file for your editor: " + msg.err.Error())
		}
		to, job, e := l.ID(), msg.job, msg.edit
		return tea.ExecProcess(e.Command(), func(err error) tea.Msg { return editDoneMsg{to: to, job: job, edit: e, err: err} })
	case editDoneMsg:
		return l.editorExited(msg)
	case editReadMsg:
		if msg.err != nil {
			l.edit.waiting = false
			return l.StatusErr("Could not read your edit back: " + msg.err.Error())
		}
		return l.parseEdit(msg.job, msg.name, msg.text)
	case editSavedMsg:
		l.edit.waiting = false
		if msg.err != nil {
			problem := fmt.Sprintf("%s:1: title: %s", msg.name, msg.err.Error())
			if errors.Is(msg.err, progress.ErrTitleTaken) {
				problem = fmt.Sprintf("%s:1: title: another of your stories is called “%s”; give this one a title of its own",
					msg.name, tui.Clean(msg.story.Title))
			}
			l.fail(msg.job, msg.name, msg.text, []string{problem})
			return nil
		}
		l.edit.failed = nil
		return tea.Batch(l.LoadStories(), l.Status("Saved your edit of “"+tui.Clean(msg.story.Title)+"”."))
	}
	return nil
}

// editorExited reads the file back, unless the editor failed: then the
// story stays as it was.
func (l *list) editorExited(msg editDoneMsg) tea.Cmd {
	to, job, e := l.ID(), msg.job, msg.edit
	if msg.err != nil {
		l.edit.waiting = false
		return tea.Batch(func() tea.Msg { _ = e.Remove(); return nil },
			l.StatusErr(fmt.Sprintf("Your editor (%s) did not finish: %v. The story is as it was; set $EDITOR to the editor you use.",
				tui.Clean(e.EditorName()), msg.err)))
	}
	return func() tea.Msg {
		text, err := e.Finish()
		return editReadMsg{to: to, job: job, name: e.Name(), text: text, err: err}
	}
}

// parseEdit reads an edit as a story file of one story and saves it over
// the story edited; an edit it cannot take is kept with its problems.
func (l *list) parseEdit(job editJob, name, text string) tea.Cmd {
	if text == job.text {
		l.edit.waiting = false
		if l.edit.failed == nil {
			return l.Status("No change to “" + tui.Clean(job.title) + "”. (An editor that opens a window must wait " +
				"until it is closed: for example EDITOR=\"code --wait\".)")
		}
	}
	list, err := stories.Parse(name, []byte(text), progress.SkillIDs(l.Lib()))
	var problems []string
	var probs *content.Problems
	switch {
	case errors.As(err, &probs):
		for _, p := range probs.List() {
			problems = append(problems, p.String())
		}
	case err != nil:
		problems = append(problems, name+": "+err.Error())
	case len(list) != 1:
		problems = append(problems, fmt.Sprintf("%s: the file holds %d stories; an edit keeps one "+
			"(add the others with a, or with `rung stories import FILE`)", name, len(list)))
	}
	if len(problems) > 0 {
		l.edit.waiting = false
		l.fail(job, name, text, problems)
		return nil
	}
	s := list[0]
	s.ID = job.id
	pr, track, to := l.Progress(), l.Lib().Track.ID, l.ID()
	return func() tea.Msg {
		saved, err := pr.SaveStory(track, s)
		return editSavedMsg{to: to, job: job, name: name, text: text, story: saved, err: err}
	}
}

// fail keeps an edit with its problems, to fix or drop.
func (l *list) fail(job editJob, name, text string, problems []string) {
	l.edit.failed = &failedEdit{job: job, name: name, text: text, problems: problems}
	l.edit.doc.SetSize(tui.Reading(l.Width), max(1, l.Height-4))
	l.edit.doc.Viewport.GotoTop()
	l.edit.doc.Invalidate()
}

// editKey: while the editor is open nothing; with a failed edit, back to
// the editor with the text as it was left, or drop it.
func (l *list) editKey(msg tea.KeyMsg) tea.Cmd {
	f := l.edit.failed
	switch {
	case f == nil:
	case key.Matches(msg, l.keys.Fix):
		// The editor opens on the text as it was left; closing it
		// unchanged shows the same problems again.
		return l.startEdit(f.job.id, f.job.title, f.text)
	case key.Matches(msg, l.keys.Drop):
		l.edit.failed = nil
		return l.Status("Dropped your edit of “" + tui.Clean(f.job.title) + "”; the story is as it was.")
	default:
		l.keys.Scroll(&l.edit.doc, msg, true)
	}
	return nil
}

// failedText lists what is wrong with a failed edit.
func (l *list) failedText(width int) string {
	f := l.edit.failed
	if f == nil {
		return ""
	}
	st := l.Styles()
	var b strings.Builder
	for i, p := range f.problems {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(st.Bad.Render("!") + " " + tui.IndentWrap(content.Sanitize(p), width-2, 2))
	}
	return b.String()
}

func (l *list) failedView() string {
	st := l.Styles()
	f := l.edit.failed
	head := st.Warn.Render(tui.Truncate("Your edit of “"+tui.Clean(f.job.title)+"” was not saved:", l.Width))
	keys := st.Muted.Render(tui.Truncate("e: back to your editor, with your text as you left it · x: drop your edit", l.Width))
	if h := l.edit.doc.ScrollHint(st); h != "" {
		keys = tui.Truncate(keys+"  "+h, l.Width)
	}
	return head + "\n\n" + tui.Fit(l.edit.doc.View(), l.Width, l.edit.doc.Viewport.Height) + "\n\n" + keys
}
