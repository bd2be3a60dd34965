package stories

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// The form's fields, in order: the title, the skills, the strength, then
// the four parts.
const (
	fieldTitle = iota
	fieldSkills
	fieldStrength
	fieldParts // the first part, the situation; the others follow
	fieldCount = fieldParts + 4
)

type formSavedMsg struct {
	to    int
	story stories.Story
	err   error
}

func (m formSavedMsg) Target() int { return m.to }

// form adds or edits a story, one field per part: the title (one line),
// the skills (picked from the track's), the strength (1-5) and the four
// parts (text areas). The fields are listed at the top with what each
// holds; the one with the focus opens below them. A field always has the
// focus, so every key goes to the form.
type form struct {
	tui.Base
	keys     formKeys
	orig     stories.Story // as opened, to tell what is not saved
	title    textinput.Model
	picked   []string // skill ids, in the story's order
	skillCur int      // the cursor in the track's skills
	skillTop int      // the first skill shown
	strength int
	parts    [4]textarea.Model
	focus    int
	problems map[int]string // what a save found wrong, by field
	saving   bool
	preview  tui.Doc
	plain    bool // no colour or reverse video: draw the title's cursor as "|"

	// Layout, computed in SetSize.
	wide    bool
	compact bool // too short to list every field: one line of field names
	formW   int
}

// NewForm makes the story form (tui.RouteStoryForm); its argument is the
// stories.Story to edit, or one with ID 0 (its skills picked already) to
// add.
func NewForm(c *tui.Context, arg any) tui.Screen {
	s, _ := arg.(stories.Story)
	s = stories.Normalize(s)
	if s.Strength < stories.MinStrength || s.Strength > stories.MaxStrength {
		s.Strength = 3
	}
	f := &form{Base: tui.NewBase(c), keys: newFormKeys(), orig: s, picked: slices.Clone(s.Skills), strength: s.Strength}
	st := c.Styles()
	f.title = textinput.New()
	f.title.Prompt = ""
	f.title.CharLimit = stories.MaxTitle
	f.title.Placeholder = "a few words that name the story"
	f.title.Cursor.SetMode(cursor.CursorStatic)
	f.title.Cursor.Style = st.Text.Reverse(true)
	f.title.TextStyle = st.Text
	f.title.PlaceholderStyle = st.Faint
	f.title.SetValue(s.Title)
	for i, p := range stories.Parts {
		f.parts[i] = tui.NewAnswerBox(st, "Write "+p.What()+".")
		f.parts[i].SetValue(s.Text(p))
		f.parts[i].Blur()
	}
	f.title.Focus()
	f.plain = st.Selected.Render("x") == "x"
	f.preview = tui.NewDoc(func(width int) string {
		return storyText(f.Styles(), f.Lib(), stories.Normalize(f.story()), f.Now(), width)
	})
	return f
}

func (f *form) Title() string {
	if f.orig.ID == 0 {
		return "New story"
	}
	return "Edit story"
}

// Capturing: a field always has the focus.
func (f *form) Capturing() bool { return true }

// story is the story as the form holds it now.
func (f *form) story() stories.Story {
	s := stories.Story{ID: f.orig.ID, Title: f.title.Value(), Skills: slices.Clone(f.picked), Strength: f.strength,
		LastUsed: f.orig.LastUsed}
	for i, p := range stories.Parts {
		s.SetText(p, f.parts[i].Value())
	}
	return s
}

// Unsaved: anything typed or picked since the form opened (or was saved).
func (f *form) Unsaved() string {
	if stories.Normalize(f.story()).SameText(f.orig) {
		return ""
	}
	return "the story you typed"
}

func (f *form) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case formSavedMsg:
		f.saving = false
		if msg.err != nil {
			if errors.Is(msg.err, progress.ErrTitleTaken) {
				f.problems = map[int]string{fieldTitle: "another of your stories has this title: give this one its own"}
				f.setFocus(fieldTitle)
				return f, f.StatusErr("Not saved: another of your stories has this title.")
			}
			return f, f.StatusErr("Could not save the story: " + msg.err.Error())
		}
		f.orig = msg.story
		text := "Saved “" + tui.Clean(msg.story.Title) + "”."
		return f, tea.Sequence(tui.Back, func() tea.Msg { return tui.StatusMsg{Text: text} })
	case tea.KeyMsg:
		return f, f.key(msg)
	case tea.MouseMsg:
		return f, f.preview.Update(msg)
	}
	// Anything else (a paste) is for the field with the focus.
	return f, f.updateText(msg)
}

func (f *form) key(msg tea.KeyMsg) tea.Cmd {
	f.syncKeys()
	k := f.keys
	switch {
	case f.saving:
		return nil
	case key.Matches(msg, k.Back):
		return tui.Back
	case key.Matches(msg, k.Save):
		return f.save()
	case key.Matches(msg, k.Next):
		return f.setFocus((f.focus + 1) % fieldCount)
	case key.Matches(msg, k.Prev):
		return f.setFocus((f.focus + fieldCount - 1) % fieldCount)
	case f.focus == fieldSkills:
		f.skillKey(msg)
	case f.focus == fieldStrength:
		f.strengthKey(msg)
	default:
		return f.updateText(msg)
	}
	return nil
}

// skillKey moves in the track's skills and picks or unpicks one.
func (f *form) skillKey(msg tea.KeyMsg) {
	n := len(f.Lib().Skills)
	if n == 0 {
		return
	}
	switch {
	case key.Matches(msg, f.keys.Up):
		f.skillCur = (f.skillCur - 1 + n) % n
	case key.Matches(msg, f.keys.Down):
		f.skillCur = (f.skillCur + 1) % n
	case key.Matches(msg, f.keys.Toggle):
		id := f.Lib().Skills[f.skillCur].ID
		if i := slices.Index(f.picked, id); i >= 0 {
			f.picked = slices.Delete(f.picked, i, i+1)
		} else {
			f.picked = append(f.picked, id)
		}
		delete(f.problems, fieldSkills)
		f.changed()
	}
}

// strengthKey makes the story weaker or stronger, or sets it by its digit.
func (f *form) strengthKey(msg tea.KeyMsg) {
	switch {
	case key.Matches(msg, f.keys.Less):
		f.strength = max(stories.MinStrength, f.strength-1)
	case key.Matches(msg, f.keys.More):
		f.strength = min(stories.MaxStrength, f.strength+1)
	case key.Matches(msg, f.keys.Set):
		f.strength = stories.MinStrength + slices.Index(f.keys.Set.Keys(), msg.String())
	default:
		return
	}
	delete(f.problems, fieldStrength)
	f.changed()
}

// updateText gives a message to the text field with the focus.
func (f *form) updateText(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case f.focus == fieldTitle:
		before := f.title.Value()
		f.title, cmd = f.title.Update(msg)
		if f.title.Value() != before {
			delete(f.problems, fieldTitle)
			f.changed()
		}
	case f.focus >= fieldParts:
		ta := &f.parts[f.focus-fieldParts]
		before := ta.Value()
		*ta, cmd = ta.Update(msg)
		if ta.Value() != before {
			delete(f.problems, f.focus)
			f.changed()
		}
	}
	return cmd
}

// setFocus moves the focus to field i.
func (f *form) setFocus(i int) tea.Cmd {
	f.title.Blur()
	for j := range f.parts {
		f.parts[j].Blur()
	}
	f.focus = i
	var cmd tea.Cmd
	switch {
	case i == fieldTitle:
		cmd = f.title.Focus()
	case i >= fieldParts:
		cmd = f.parts[i-fieldParts].Focus()
	}
	f.layout()
	return cmd
}

// changed re-renders the preview beside the form (once per edit), and
// lays the form out again: a problem fixed or a result's number found
// changes the lines above the field.
func (f *form) changed() {
	f.preview.Invalidate()
	f.layout()
}

// fieldOf is the form's field of a problem's key.
func fieldOf(key string) int {
	switch key {
	case "title":
		return fieldTitle
	case "skills":
		return fieldSkills
	case "strength":
		return fieldStrength
	}
	for i, p := range stories.Parts {
		if strings.EqualFold(key, p.String()) {
			return fieldParts + i
		}
	}
	return fieldTitle
}

// save checks the story as a story file would be checked and saves it, in
// a command; what is wrong is marked on its field, and the focus goes to
// the first.
func (f *form) save() tea.Cmd {
	s := stories.Normalize(f.story())
	err := stories.Check(s, progress.SkillIDs(f.Lib()))
	var probs *content.Problems
	if errors.As(err, &probs) {
		f.problems = map[int]string{}
		first := fieldCount
		for _, p := range probs.List() {
			i := fieldOf(p.Key)
			if _, ok := f.problems[i]; !ok {
				f.problems[i] = formProblem(i, p)
			}
			first = min(first, i)
		}
		cmd := f.setFocus(first)
		return tea.Batch(cmd, f.StatusErr(fmt.Sprintf("Not saved yet: %s to fix, marked with !.",
			tui.Count(len(f.problems), "field", "fields"))))
	}
	f.saving, f.problems = true, nil
	pr, track, to := f.Progress(), f.Lib().Track.ID, f.ID()
	return func() tea.Msg {
		saved, err := pr.SaveStory(track, s)
		return formSavedMsg{to: to, story: saved, err: err}
	}
}

// formProblem says what is wrong with a field in the form's words.
func formProblem(field int, p content.Problem) string {
	switch {
	case field == fieldSkills && p.Msg == "no skills":
		return "pick at least one skill the story shows (space picks)"
	case field >= fieldParts && p.Msg == "is empty":
		return "write " + stories.Parts[field-fieldParts].What()
	case field == fieldTitle && p.Msg == "the story has no title":
		return "give the story a title"
	}
	if p.Hint != "" {
		return p.Msg + "; " + p.Hint
	}
	return p.Msg
}

func (f *form) SetSize(w, h int) {
	f.Base.SetSize(w, h)
	f.layout()
}

// Keys are the form's keys, as they stand.
func (f *form) Keys() help.KeyMap {
	f.syncKeys()
	return f.keys
}

// syncKeys offers the skill keys on the skills, the strength keys on the
// strength.
func (f *form) syncKeys() {
	k := &f.keys
	skills := f.focus == fieldSkills && len(f.Lib().Skills) > 0
	k.Toggle.SetEnabled(skills)
	k.Up.SetEnabled(skills)
	k.Down.SetEnabled(skills)
	k.Toggle.SetHelp("space", "pick skill")
	if skills && slices.Contains(f.picked, f.Lib().Skills[f.skillCur].ID) {
		k.Toggle.SetHelp("space", "unpick skill")
	}
	k.Set.SetEnabled(f.focus == fieldStrength)
	k.Less.SetEnabled(f.focus == fieldStrength && f.strength > stories.MinStrength)
	k.More.SetEnabled(f.focus == fieldStrength && f.strength < stories.MaxStrength)
	for _, b := range []*key.Binding{&k.Save, &k.Next, &k.Prev, &k.Back} {
		b.SetEnabled(!f.saving)
	}
}
