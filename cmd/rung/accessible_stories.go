package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/stories"
)

// The story prompts of `rung --accessible stories`: plain lines out, one
// line in, no cursor movement or colour, for screen readers and pipes, as
// the accessible questionnaire. b goes back; Enter on its own leaves a
// menu or keeps what a field holds.

var (
	errPromptBack  = errors.New("back")
	errInputEnded  = errors.New("input ended")
	storyFieldKeys = []string{"title", "skills", "strength", "situation", "task", "action", "result"}
)

type storyPrompts struct {
	e      *env
	g      *globals
	lib    *content.Library
	skills []string
	sc     *bufio.Scanner
	out    io.Writer
	err    error // the first write error; later writes are skipped
}

func runAccessibleStories(e *env, g *globals) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 0, 64<<10), stories.MaxFileSize)
	p := &storyPrompts{e: e, g: g, lib: lib, skills: progress.SkillIDs(lib), sc: sc, out: e.stdout}
	code := p.menu()
	if p.err != nil {
		return outputDone(e, p.err)
	}
	return code
}

func (p *storyPrompts) line(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintln(p.out, content.Sanitize(fmt.Sprintf(format, args...)))
	}
}

func (p *storyPrompts) prompt(s string) {
	if p.err == nil {
		_, p.err = fmt.Fprint(p.out, content.Sanitize(s)+" ")
	}
}

// read returns the next line without its surrounding space; errPromptBack
// for b or back; errInputEnded at the end of the input (or after a write
// error, since nobody is reading the prompts then).
func (p *storyPrompts) read() (string, error) {
	if p.err != nil {
		return "", errInputEnded
	}
	if !p.sc.Scan() {
		if err := p.sc.Err(); err != nil {
			return "", err
		}
		return "", errInputEnded
	}
	s := strings.TrimSpace(p.sc.Text())
	if strings.EqualFold(s, "b") || strings.EqualFold(s, "back") {
		return "", errPromptBack
	}
	return s, nil
}

// menu offers list, add and export until the person is done.
func (p *storyPrompts) menu() int {
	p.line("Your STAR stories, kept in your progress (%s track). Type b to go back at any prompt.", p.lib.Track.ID)
	for p.err == nil {
		list, dir, err := readStories(p.e, p.g, p.lib.Track.ID)
		if err != nil {
			p.line("Your stories cannot be read: %v", err)
			return exitError
		}
		p.line("")
		p.line("You have %s. What would you like to do?", count(len(list), "story", "stories"))
		p.line("  1) List your stories")
		p.line("  2) Add a story")
		p.line("  3) Export your stories to a Markdown file")
		p.line("  4) Done")
		p.prompt("Enter a number from 1 to 4:")
		s, err := p.read()
		switch {
		case errors.Is(err, errInputEnded):
			p.line("")
			return exitOK
		case errors.Is(err, errPromptBack), s == "" || s == "4" || strings.EqualFold(s, "q"):
			return exitOK
		case err != nil:
			p.line("Reading your answer failed: %v", err)
			return exitError
		}
		switch s {
		case "1":
			err = p.list(list, dir)
		case "2":
			err = p.add(list)
		case "3":
			err = p.export(list, dir)
		default:
			p.line("%q is not one of the choices.", s)
		}
		if errors.Is(err, errInputEnded) {
			return exitOK
		}
		if err != nil {
			p.line("%v", err)
			return exitError
		}
	}
	return exitOK
}

// list names each story; a number tells that one in full.
func (p *storyPrompts) list(list []stories.Story, dir string) error {
	if len(list) == 0 {
		p.line("%s", strings.TrimSpace(noStories(p.lib.Track.ID, dir)))
		return nil
	}
	loc := p.e.now().Location()
	for {
		p.line("")
		for i, s := range list {
			p.line("  %d) %s. Strength %d of 5, last used %s.", i+1, s.Title, s.Strength, lastUsed(s.LastUsed, loc))
		}
		which := fmt.Sprintf("a number from 1 to %d", len(list))
		if len(list) == 1 {
			which = "1"
		}
		p.prompt("Enter " + which + " to hear that story in full, or Enter to go back:")
		s, err := p.read()
		if errors.Is(err, errPromptBack) || (err == nil && s == "") {
			return nil
		}
		if err != nil {
			return err
		}
		n, aerr := strconv.Atoi(s)
		if aerr != nil || n < 1 || n > len(list) {
			p.line("%q is not one of the stories.", s)
			continue
		}
		p.tell(list[n-1])
	}
}

// tell says a whole story.
func (p *storyPrompts) tell(s stories.Story) {
	p.line("")
	p.line("%s", s.Title)
	p.line("Skills: %s. Strength %d of 5. Last used %s.", strings.Join(s.Skills, ", "), s.Strength,
		lastUsed(s.LastUsed, p.e.now().Location()))
	for _, part := range stories.Parts {
		p.line("%s: %s", part, s.Text(part))
	}
	if !s.Measurable() {
		p.line("Note: the result has no number in it; panels want a measurable outcome.")
	}
}

// export writes the stories to a new file whose name is asked.
func (p *storyPrompts) export(list []stories.Story, dir string) error {
	if len(list) == 0 {
		p.line("%s", strings.TrimSpace(noStories(p.lib.Track.ID, dir)))
		return nil
	}
	for {
		p.prompt("The file to write them to (a new file; an existing one is never replaced), or Enter to go back:")
		path, err := p.read()
		if errors.Is(err, errPromptBack) || (err == nil && path == "") {
			return nil
		}
		if err != nil {
			return err
		}
		err = createNew(path, stories.Format(list))
		switch {
		case errors.Is(err, fs.ErrExist):
			p.line("%s already exists; give a new file name.", path)
		case err != nil:
			p.line("Cannot write %s: %v", path, err)
		default:
			p.line("Wrote %s to %s.", count(len(list), "story", "stories"), path)
			return nil
		}
	}
}

// saveStory keeps a new story, creating the data folder if need be.
func (p *storyPrompts) saveStory(s stories.Story) (int64, error) {
	st, _, err := openStore(p.e, p.g)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	return st.SaveStory(progress.ToStore(p.lib.Track.ID, s))
}

// titleTaken reports whether the track has a story with this title.
func titleTaken(list []stories.Story, title string) bool {
	for _, s := range list {
		if s.Title == title {
			return true
		}
	}
	return false
}

// fieldProblem is what Check finds wrong with one field of a draft, or "".
func fieldProblem(s stories.Story, skills []string, key string) string {
	err := stories.Check(stories.Normalize(s), skills)
	var probs *content.Problems
	if !errors.As(err, &probs) {
		return ""
	}
	for _, pr := range probs.List() {
		if pr.Key == key {
			pr.Key = ""
			return pr.String() + "."
		}
	}
	return ""
}

// storeErrorWords turns a store error met while saving into words.
func storeErrorWords(err error) string {
	if errors.Is(err, store.ErrTitleTaken) {
		return "You already have a story with this title; change the title (field 1)."
	}
	return fmt.Sprintf("The story was not saved: %v", err)
}
