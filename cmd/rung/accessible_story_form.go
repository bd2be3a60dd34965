package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/stories"
)

// add asks for a new story field by field, then offers a review where any
// field can be changed before it is saved. Nothing typed is dropped
// without asking; if the input ends first, the draft is printed as a story
// file.
func (p *storyPrompts) add(list []stories.Story) error {
	var d stories.Story
	p.line("")
	p.line("A new story, in %d fields: the title, the skills it shows, how strong it is, then the situation, task, action and result. "+
		"Type b to go back one field.", len(storyFieldKeys))
	for i := 0; i < len(storyFieldKeys); {
		err := p.askField(&d, list, i)
		switch {
		case errors.Is(err, errPromptBack) && i == 0:
			if p.discard(d) {
				return nil
			}
		case errors.Is(err, errPromptBack):
			i--
		case errors.Is(err, errInputEnded):
			p.unsaved(d)
			return err
		case err != nil:
			return err
		default:
			i++
		}
	}
	return p.review(&d, list)
}

// review shows the draft, numbered; a number changes that field, Enter
// saves, b leaves (asking first).
func (p *storyPrompts) review(d *stories.Story, list []stories.Story) error {
	for {
		p.line("")
		p.line("Review your story:")
		for i, key := range storyFieldKeys {
			p.line("  %d) %s: %s", i+1, strings.ToUpper(key[:1])+key[1:], fieldValue(*d, key))
		}
		if !d.Measurable() {
			p.line("Note: the result has no number in it; panels want a measurable outcome.")
		}
		p.prompt(fmt.Sprintf("Press Enter to save it, a number from 1 to %d to change that field, or b to leave without saving:", len(storyFieldKeys)))
		s, err := p.read()
		switch {
		case errors.Is(err, errPromptBack):
			if p.discard(*d) {
				return nil
			}
			continue
		case errors.Is(err, errInputEnded):
			p.unsaved(*d)
			return err
		case err != nil:
			return err
		case s == "":
			if p.save(d, list) {
				return nil
			}
			continue
		}
		n, aerr := strconv.Atoi(s)
		if aerr != nil || n < 1 || n > len(storyFieldKeys) {
			p.line("%q is not one of the fields.", s)
			continue
		}
		if err := p.askField(d, list, n-1); errors.Is(err, errInputEnded) {
			p.unsaved(*d)
			return err
		} else if err != nil && !errors.Is(err, errPromptBack) {
			return err
		}
	}
}

// save keeps the draft and says so; false when it could not be saved and
// the review goes on.
func (p *storyPrompts) save(d *stories.Story, list []stories.Story) bool {
	*d = stories.Normalize(*d)
	if err := stories.Check(*d, p.skills); err != nil {
		p.line("The story is not complete: %v", err)
		return false
	}
	id, err := p.saveStory(*d)
	if err != nil {
		p.line("%s", storeErrorWords(err))
		return false
	}
	p.line("Saved as story #%d, %q. You have %s.", id, d.Title, count(len(list)+1, "story", "stories"))
	return true
}

// discard asks before a draft with anything in it is dropped.
func (p *storyPrompts) discard(d stories.Story) bool {
	if d.Title == "" && len(d.Skills) == 0 && d.Strength == 0 && d.Situation == "" && d.Task == "" && d.Action == "" && d.Result == "" {
		return true
	}
	for {
		p.prompt("Leave this story without saving it? Enter y to leave, or n to keep working on it:")
		s, err := p.read()
		if err != nil {
			return false
		}
		switch strings.ToLower(s) {
		case "y", "yes":
			p.line("The story was not saved.")
			return true
		case "n", "no", "":
			return false
		}
		p.line("%q is not y or n.", s)
	}
}

// unsaved prints a draft the input ended on, so none of it is lost.
func (p *storyPrompts) unsaved(d stories.Story) {
	if d.Title == "" && d.Situation == "" && d.Task == "" && d.Action == "" && d.Result == "" {
		return
	}
	p.line("")
	p.line("The input ended before the story was saved. Here it is as a story file; finish it and run `rung stories import FILE`:")
	p.line("")
	for _, l := range strings.Split(strings.TrimRight(stories.Format([]stories.Story{stories.Normalize(d)}), "\n"), "\n") {
		p.line("%s", l)
	}
}

// fieldValue is a draft's field as words, for the review.
func fieldValue(d stories.Story, key string) string {
	switch key {
	case "title":
		return d.Title
	case "skills":
		return strings.Join(d.Skills, ", ")
	case "strength":
		if d.Strength == 0 {
			return ""
		}
		return fmt.Sprintf("%d of 5", d.Strength)
	}
	for _, part := range stories.Parts {
		if strings.EqualFold(part.String(), key) {
			return strings.ReplaceAll(d.Text(part), "\n", " / ")
		}
	}
	return ""
}

// askField asks field i of the draft until it holds a good value; Enter
// keeps a value it already has.
func (p *storyPrompts) askField(d *stories.Story, list []stories.Story, i int) error {
	key := storyFieldKeys[i]
	p.line("")
	switch key {
	case "title":
		p.line("Field 1 of %d, the title: one line that names the story.", len(storyFieldKeys))
	case "skills":
		p.line("Field 2 of %d, the skills the story shows:", len(storyFieldKeys))
		for j, id := range p.skills {
			sk, _ := p.lib.Skill(id)
			p.line("  %d) %s (%s)", j+1, id, sk.Name)
		}
	case "strength":
		p.line("Field 3 of %d, the strength: how well the story shows what you can do, from 1 (weak) to 5 (strong).", len(storyFieldKeys))
	default:
		p.line("Field %d of %d, the %s: %s. Type it on one or more lines; an empty line ends it.", i+1, len(storyFieldKeys), key, partOf(key).What())
	}
	for {
		if now := fieldValue(*d, key); now != "" {
			p.line("Press Enter to keep what it holds now: %s", now)
		}
		p.prompt(fieldPrompt(key))
		var s string
		var err error
		if i >= 3 {
			s, err = p.readLines()
		} else {
			s, err = p.read()
		}
		if err != nil {
			return err
		}
		if s == "" && fieldValue(*d, key) != "" {
			return nil
		}
		if problem := p.setField(d, list, key, s); problem != "" {
			p.line("%s", problem)
			continue
		}
		return nil
	}
}

func fieldPrompt(key string) string {
	switch key {
	case "title":
		return "Title:"
	case "skills":
		return "Enter the numbers or ids of the skills, separated by commas:"
	case "strength":
		return "Enter 1 to 5:"
	}
	return strings.ToUpper(key[:1]) + key[1:] + ":"
}

func partOf(key string) stories.Part {
	for _, part := range stories.Parts {
		if strings.EqualFold(part.String(), key) {
			return part
		}
	}
	return stories.Situation
}

// readLines reads lines up to an empty one and joins them.
func (p *storyPrompts) readLines() (string, error) {
	var lines []string
	for {
		s, err := p.read()
		if err != nil {
			return "", err
		}
		if s == "" {
			return strings.Join(lines, "\n"), nil
		}
		lines = append(lines, s)
	}
}

// setField puts s in the draft's field when it is good, else says what is
// wrong and leaves the draft as it was.
func (p *storyPrompts) setField(d *stories.Story, list []stories.Story, key, s string) string {
	if strings.TrimSpace(s) == "" {
		return fmt.Sprintf("The %s is needed; type it, or b to go back.", key)
	}
	next := *d
	switch key {
	case "title":
		next.Title = s
		if titleTaken(list, strings.TrimSpace(s)) {
			return fmt.Sprintf("You already have a story titled %q; give this one another title.", strings.TrimSpace(s))
		}
	case "skills":
		ids, problem := p.skillIDs(s)
		if problem != "" {
			return problem
		}
		next.Skills = ids
	case "strength":
		n, err := strconv.Atoi(s)
		if err != nil || n < stories.MinStrength || n > stories.MaxStrength {
			return fmt.Sprintf("%q is not a whole number from 1 to 5.", s)
		}
		next.Strength = n
	default:
		next.SetText(partOf(key), s)
	}
	if problem := fieldProblem(next, p.skills, key); problem != "" {
		return problem
	}
	*d = stories.Normalize(next)
	return ""
}

// skillIDs reads skills given by number or id, separated by commas or
// spaces.
func (p *storyPrompts) skillIDs(s string) ([]string, string) {
	var ids []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if n, err := strconv.Atoi(f); err == nil {
			if n < 1 || n > len(p.skills) {
				return nil, fmt.Sprintf("%d is not one of the skills; enter numbers from 1 to %d, or skill ids.", n, len(p.skills))
			}
			f = p.skills[n-1]
		}
		ids = append(ids, f)
	}
	return ids, ""
}
