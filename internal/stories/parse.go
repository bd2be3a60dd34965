package stories

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// Parse reads a story file: one "## Title" heading per story, then the
// lines "Skills: id, id" and "Strength: N", then the four parts under
// "### Situation", "### Task", "### Action" and "### Result". Text before
// the first story (a "# " heading, a note) is left out.
//
// The file is taken whole or not at all: if any story is bad (an unknown
// skill, a missing or empty part, a bad or missing strength, a title used
// twice) or the file holds control characters or terminal escapes, Parse
// returns no stories and a *content.Problems naming file:line, the field,
// what is wrong and what would be valid. file names the input in messages;
// skills are the valid skill ids of the active track.
func Parse(file string, data []byte, skills []string) ([]Story, error) {
	p := parser{file: file, skills: skills, probs: &content.Problems{}, titles: map[string]int{}}
	out := p.parse(data)
	if p.probs.Len() > 0 {
		return nil, p.probs
	}
	return out, nil
}

type parser struct {
	file   string
	skills []string
	probs  *content.Problems
	titles map[string]int // the line of each title, for duplicates
}

// draft is a story being read, with the lines its fields came from.
type draft struct {
	Story
	line         int // of the title
	skillsLine   int // 0: no Skills line yet
	strengthLine int
	part         Part // the part being read, when inPart
	inPart       bool
	discard      bool   // the part heading was bad: its text is skipped
	partLine     [4]int // of each part's heading; 0: not seen
	text         [4][]string
}

func (p *parser) add(line int, key, hint, format string, args ...any) {
	p.probs.Add(content.Problem{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func (p *parser) parse(data []byte) []Story {
	if len(data) > MaxFileSize {
		p.add(0, "", fmt.Sprintf("a story file is at most %d KiB", MaxFileSize>>10), "the file is too large (%d KiB)", len(data)>>10)
		return nil
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if line, col, bad := content.FindControl([]byte(text)); bad {
		msg, hint := describeControl(text, line, col, fmt.Sprintf("at column %d", col))
		p.add(line, "", hint, "%s", msg)
		return nil
	}
	var out []Story
	var cur *draft
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		n := i + 1
		switch {
		case strings.HasPrefix(l, "###") && !strings.HasPrefix(l, "####"):
			if cur == nil {
				p.add(n, "", `start each story with a "## Title" line`, "a part heading before the first story")
				continue
			}
			p.partHeading(cur, n, strings.TrimSpace(l[3:]))
		case strings.HasPrefix(l, "##") && !strings.HasPrefix(l, "###"):
			if cur != nil {
				out = append(out, p.finish(cur))
			}
			cur = &draft{line: n}
			cur.Title = strings.TrimSpace(l[2:])
		case cur == nil:
			// Before the first story: a title or a note, not a story.
		case cur.inPart:
			if !cur.discard {
				cur.text[cur.part] = append(cur.text[cur.part], l)
			}
		default:
			p.headerLine(cur, n, l)
		}
	}
	if cur != nil {
		out = append(out, p.finish(cur))
	}
	if len(out) == 0 && p.probs.Len() == 0 {
		p.add(1, "", `start each story with a "## Title" line, then "Skills:", "Strength:" and the four parts, as in the README`,
			"the file has no stories")
	}
	return out
}

// partHeading starts a part: "### Situation" and so on.
func (p *parser) partHeading(cur *draft, n int, name string) {
	// Until a good heading, the lines that follow belong to no part.
	cur.inPart, cur.discard = true, true
	for _, part := range Parts {
		if !strings.EqualFold(name, part.String()) {
			continue
		}
		if prev := cur.partLine[part]; prev != 0 {
			p.add(n, part.key(), "give each part once", "the %s appears twice in %s (first on line %d)", part.key(), storyName(cur), prev)
			return
		}
		cur.part, cur.discard, cur.partLine[part] = part, false, n
		return
	}
	valid := []string{"Situation", "Task", "Action", "Result"}
	hint := `the parts are "### Situation", "### Task", "### Action" and "### Result"`
	if near := content.Nearest(name, valid); near != "" {
		hint = fmt.Sprintf("did you mean %q? %s", "### "+near, hint)
	}
	p.add(n, "", hint, "unknown part %q", "### "+name)
}

// headerLine reads a line between the title and the first part: blank, or
// "Skills: ..." or "Strength: ...".
func (p *parser) headerLine(cur *draft, n int, l string) {
	if strings.TrimSpace(l) == "" {
		return
	}
	const hint = `after the title come the lines "Skills: id, id" and "Strength: 1-5", then the parts under "### Situation", "### Task", "### Action" and "### Result"`
	key, value, ok := strings.Cut(l, ":")
	if !ok {
		p.add(n, "", hint, "text before the first part of %s", storyName(cur))
		return
	}
	key = strings.TrimSpace(key)
	switch strings.ToLower(key) {
	case "skills":
		if cur.skillsLine != 0 {
			p.add(n, "skills", "list all the skills on one line", "a second Skills line (the first is on line %d)", cur.skillsLine)
			return
		}
		cur.skillsLine = n
		p.skillList(cur, n, value)
	case "strength":
		if cur.strengthLine != 0 {
			p.add(n, "strength", "give the strength once", "a second Strength line (the first is on line %d)", cur.strengthLine)
			return
		}
		cur.strengthLine = n
		v := strings.TrimSpace(value)
		s, err := strconv.Atoi(v)
		switch {
		case err != nil:
			p.add(n, "strength", strengthHint, "%q is not a whole number", v)
			return
		case s < MinStrength || s > MaxStrength:
			p.add(n, "strength", strengthHint, "%q is out of range", v)
			return
		}
		cur.Strength = s
	default:
		if near := content.Nearest(strings.ToLower(key), []string{"skills", "strength"}); near != "" {
			p.add(n, "", fmt.Sprintf("did you mean %q? %s", strings.ToUpper(near[:1])+near[1:]+":", hint), "unknown field %q", key)
			return
		}
		p.add(n, "", hint, "text before the first part of %s", storyName(cur))
	}
}

// skillList reads the ids of a Skills line.
func (p *parser) skillList(cur *draft, n int, value string) {
	if strings.TrimSpace(value) == "" {
		p.add(n, "skills", skillsHint(p.skills), "no skills")
		return
	}
	seen := map[string]bool{}
	for _, id := range strings.Split(value, ",") {
		id = strings.TrimSpace(id)
		if msg, hint := checkSkill(id, p.skills, seen); msg != "" {
			p.add(n, "skills", hint, "%s", msg)
			continue
		}
		cur.Skills = append(cur.Skills, id)
	}
}

// finish checks what a whole story needs and returns it.
func (p *parser) finish(cur *draft) Story {
	if msg, hint := checkTitle(cur.Title); msg != "" {
		p.add(cur.line, "title", hint, "%s", msg)
	} else if prev, dup := p.titles[cur.Title]; dup {
		p.add(cur.line, "title", "give each story its own title", "%q is the title of another story too (line %d)", cur.Title, prev)
	} else {
		p.titles[cur.Title] = cur.line
	}
	name := storyName(cur)
	if cur.skillsLine == 0 {
		p.add(cur.line, "skills", `add a line "Skills: id, id" after the title, with the ids of the skills it shows; valid skill ids: `+
			strings.Join(p.skills, ", "), "%s has no Skills line", name)
	}
	if cur.strengthLine == 0 {
		p.add(cur.line, "strength", `add a line "Strength: N" after the title, N from 1 (weak) to 5 (strong)`,
			"%s has no Strength line", name)
	}
	for _, part := range Parts {
		if cur.partLine[part] == 0 {
			p.add(cur.line, part.key(), fmt.Sprintf("add \"### %s\" and under it %s", part, part.What()),
				"%s has no %s", name, part.key())
			continue
		}
		text := normalizeText(strings.Join(cur.text[part], "\n"))
		if text == "" {
			p.add(cur.partLine[part], part.key(), fmt.Sprintf("under \"### %s\", write %s", part, part.What()), "the %s of %s is empty", part.key(), name)
		}
		cur.SetText(part, text)
	}
	return cur.Story
}

// storyName names a story in messages: by its title, or by its line when
// it has none.
func storyName(cur *draft) string {
	if cur.Title == "" {
		return fmt.Sprintf("the story on line %d", cur.line)
	}
	return fmt.Sprintf("story %q", cur.Title)
}
