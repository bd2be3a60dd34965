// Package stories is the person's bank of STAR interview stories: a
// situation, task, action and result, the skills of the active track each
// story shows, and how strong the person judges it. It reads and writes the
// Markdown story file, checks stories (story text is untrusted: it comes
// from files and from typing), and decides which skills have no story and
// which stories suit an interview card.
//
// It is plain Go: no terminal, no database. The store keeps stories as plain
// fields and the callers map between the two.
package stories

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rung-career/rung/internal/content"
)

// Limits on what a story may hold.
const (
	MinStrength = 1
	MaxStrength = 5
	// WeakStrength is the highest strength that counts as weak: a skill
	// whose stories are all this weak or weaker is not really covered.
	WeakStrength = 2
	// MaxTitle is the longest title, in characters.
	MaxTitle = 200
	// MaxFileSize bounds a story file; fifteen long stories are well under.
	MaxFileSize = 1 << 20
)

// Story is one STAR story.
type Story struct {
	// ID is the store's id; 0 for a story not stored yet.
	ID    int64
	Title string
	// The four parts, as Markdown text without the headings.
	Situation string
	Task      string
	Action    string
	Result    string
	// Skills are skill ids of the active track, in the order written.
	Skills []string
	// Strength is the person's own judgement, MinStrength..MaxStrength.
	Strength int
	// LastUsed is when the story was last used in practice; zero if never.
	// It is not part of the story file.
	LastUsed time.Time
}

// Part is one of the four STAR parts.
type Part int

// The parts, in the order they are told.
const (
	Situation Part = iota
	Task
	Action
	Result
)

// Parts lists the parts in order.
var Parts = []Part{Situation, Task, Action, Result}

// String is the part's heading word, as in "### Situation".
func (p Part) String() string {
	switch p {
	case Situation:
		return "Situation"
	case Task:
		return "Task"
	case Action:
		return "Action"
	case Result:
		return "Result"
	}
	return fmt.Sprintf("Part(%d)", int(p))
}

// key is the part's field name in problems.
func (p Part) key() string { return strings.ToLower(p.String()) }

// What says what a part holds, for hints and prompts.
func (p Part) What() string {
	switch p {
	case Situation:
		return "where and when it happened, and what was at stake"
	case Task:
		return "what was yours to do"
	case Action:
		return "what you did, step by step"
	default:
		return "what came of it, with a number if you can"
	}
}

// Text returns the text of part p.
func (s *Story) Text(p Part) string {
	switch p {
	case Situation:
		return s.Situation
	case Task:
		return s.Task
	case Action:
		return s.Action
	default:
		return s.Result
	}
}

// SetText sets the text of part p.
func (s *Story) SetText(p Part, text string) {
	switch p {
	case Situation:
		s.Situation = text
	case Task:
		s.Task = text
	case Action:
		s.Action = text
	default:
		s.Result = text
	}
}

// Equal reports whether two stories hold the same fields, ID and LastUsed
// included (times compared as instants).
func (s Story) Equal(o Story) bool {
	return s.SameText(o) && s.ID == o.ID && s.LastUsed.Equal(o.LastUsed)
}

// SameText reports whether two stories say the same: title, parts, skills
// and strength; the ID and LastUsed are not compared. Importing a story
// that has the same text as the stored one changes nothing.
func (s Story) SameText(o Story) bool {
	return s.Title == o.Title && s.Situation == o.Situation && s.Task == o.Task && s.Action == o.Action &&
		s.Result == o.Result && s.Strength == o.Strength && slices.Equal(s.Skills, o.Skills)
}

// Normalize returns s in the form the story file keeps: the title and each
// part trimmed of surrounding space and blank lines, CRLF line ends turned
// into LF, and skill ids trimmed. Check and Format expect normalized stories.
func Normalize(s Story) Story {
	s.Title = strings.TrimSpace(s.Title)
	for _, p := range Parts {
		s.SetText(p, normalizeText(s.Text(p)))
	}
	skills := make([]string, len(s.Skills))
	for i, id := range s.Skills {
		skills[i] = strings.TrimSpace(id)
	}
	s.Skills = skills
	return s
}

func normalizeText(t string) string {
	return strings.TrimSpace(strings.ReplaceAll(t, "\r\n", "\n"))
}

// Check reports what is wrong with a story typed or edited in the app,
// against the valid skill ids of the active track: the same rules the story
// file is held to. It returns nil for a good story, else a
// *content.Problems whose Key names the field (title, skills, strength,
// situation, task, action, result). Normalize the story first.
func Check(s Story, skills []string) error {
	probs := &content.Problems{}
	add := func(key, msg, hint string) {
		probs.Add(content.Problem{Key: key, Msg: msg, Hint: hint})
	}
	if msg, hint := checkTitle(s.Title); msg != "" {
		add("title", msg, hint)
	}
	if len(s.Skills) == 0 {
		add("skills", "no skills", skillsHint(skills))
	}
	seen := map[string]bool{}
	for _, id := range s.Skills {
		if msg, hint := checkSkill(id, skills, seen); msg != "" {
			add("skills", msg, hint)
		}
	}
	if s.Strength < MinStrength || s.Strength > MaxStrength {
		add("strength", fmt.Sprintf("%d is out of range", s.Strength), strengthHint)
	}
	for _, p := range Parts {
		if msg, hint := checkPart(p, s.Text(p)); msg != "" {
			add(p.key(), msg, hint)
		}
	}
	if probs.Len() > 0 {
		return probs
	}
	return nil
}

const strengthHint = "a whole number from 1 (weak) to 5 (strong)"

func skillsHint(skills []string) string {
	return "list the ids of the skills the story shows, separated by commas; valid skill ids: " + strings.Join(skills, ", ")
}

// checkTitle says what is wrong with a (trimmed) title, and what is valid.
func checkTitle(t string) (msg, hint string) {
	switch {
	case t == "":
		return "the story has no title", `write the title after "## "`
	case strings.ContainsAny(t, "\r\n"):
		return "the title is more than one line", "keep the title to one line"
	case utf8.RuneCountInString(t) > MaxTitle:
		return fmt.Sprintf("the title is %d characters long", utf8.RuneCountInString(t)),
			fmt.Sprintf("at most %d; put the detail in the situation", MaxTitle)
	}
	return controlProblem(t)
}

// checkSkill says what is wrong with one skill id of a story, and what is
// valid; seen collects the ids met so far.
func checkSkill(id string, skills []string, seen map[string]bool) (msg, hint string) {
	switch {
	case id == "":
		return "an empty skill id (two commas in a row, or one at the end)", skillsHint(skills)
	case !slices.Contains(skills, id):
		hint = "valid skill ids: " + strings.Join(skills, ", ")
		if near := content.Nearest(id, skills); near != "" {
			hint = fmt.Sprintf("did you mean %q? %s", near, hint)
		}
		return fmt.Sprintf("unknown skill %q", content.Sanitize(id)), hint
	case seen[id]:
		return fmt.Sprintf("skill %q is listed twice", id), "list each skill once"
	}
	seen[id] = true
	return "", ""
}

// checkPart says what is wrong with the (normalized) text of a part.
func checkPart(p Part, text string) (msg, hint string) {
	if text == "" {
		return "is empty", fmt.Sprintf("under \"### %s\", write %s", p, p.What())
	}
	if msg, hint := controlProblem(text); msg != "" {
		return msg, hint
	}
	for i, l := range strings.Split(text, "\n") {
		if isHeading(l) {
			return fmt.Sprintf("line %d of the %s starts with \"##\", which the story file reads as a heading", i+1, p.key()),
				"indent that line, or start it with other words"
		}
	}
	return "", ""
}

// controlProblem reports the first control character or terminal escape in
// s (tabs and newlines are fine), with its place in s.
func controlProblem(s string) (msg, hint string) {
	line, col, bad := content.FindControl([]byte(s))
	if !bad {
		return "", ""
	}
	where := fmt.Sprintf("at column %d", col)
	if line > 1 {
		where = fmt.Sprintf("on line %d, column %d", line, col)
	}
	return describeControl(s, line, col, where)
}

// describeControl names the control character at line:col of s (both
// 1-based, as content.FindControl gives them), or says the text is not
// UTF-8 there, and what to do.
func describeControl(s string, line, col int, where string) (msg, hint string) {
	hint = "remove it; stories are plain text (tabs and newlines are fine)"
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if line < 1 || line > len(lines) {
		return "control character " + where, hint
	}
	l := lines[line-1]
	i := 0
	for n := 1; n < col && i < len(l); n++ {
		_, size := utf8.DecodeRuneInString(l[i:])
		i += size
	}
	r, size := utf8.DecodeRuneInString(l[i:])
	switch {
	case r == utf8.RuneError && size <= 1:
		return "text that is not UTF-8 " + where, "save the file as UTF-8 text"
	case r == 0x1b || r == 0x9b || r == 0x9d:
		return fmt.Sprintf("control character U+%04X %s (terminal escape sequences are not allowed)", r, where), hint
	}
	return fmt.Sprintf("control character U+%04X %s", r, where), hint
}

// isHeading is true for a line the story file reads as a story or part
// heading: it starts with "##" but not "####".
func isHeading(l string) bool {
	return strings.HasPrefix(l, "##") && !strings.HasPrefix(l, "####")
}
