package stories

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/content"
)

var testSkills = []string{"advocacy", "crisis-intervention", "leadership", "communication", "ethics"}

const goodFile = `# My stories

Kept for the Hillside interview.

## Kept a family housed after an eviction notice
Skills: crisis-intervention, advocacy
Strength: 4

### Situation
A mother of three came in with an eviction notice
due in five days.

### Task
Keep the family housed.
### Action
Called the landlord, applied for emergency rent aid,
and went with her to the hearing.

#### What I would do again
Start with the landlord.

### Result
The eviction was stayed; the family stayed 14 months.

## Led a team through a system change
Skills: leadership
Strength: 2

### Situation
New case system.

### Task
Train the team.

### Action
Ran sessions.

### Result
Everyone used it.
`

func TestParseGood(t *testing.T) {
	got, err := Parse("s.md", []byte(goodFile), testSkills)
	if err != nil {
		t.Fatal(err)
	}
	want := []Story{{
		Title:     "Kept a family housed after an eviction notice",
		Skills:    []string{"crisis-intervention", "advocacy"},
		Strength:  4,
		Situation: "A mother of three came in with an eviction notice\ndue in five days.",
		Task:      "Keep the family housed.",
		Action: "Called the landlord, applied for emergency rent aid,\nand went with her to the hearing.\n\n" +
			"#### What I would do again\nStart with the landlord.",
		Result: "The eviction was stayed; the family stayed 14 months.",
	}, {
		Title: "Led a team through a system change", Skills: []string{"leadership"}, Strength: 2,
		Situation: "New case system.", Task: "Train the team.", Action: "Ran sessions.", Result: "Everyone used it.",
	}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Parse:\n got %#v\nwant %#v", got, want)
	}
}

// TestParseLenient covers what the parser accepts beyond its own output:
// CRLF, any case in keys and headings, parts in another order, no blank
// lines, extra spaces.
func TestParseLenient(t *testing.T) {
	in := "\r\n##   Spaced title  \r\nstrength:5\r\nSKILLS:ethics ,  advocacy\r\n" +
		"### result\r\nR 1\r\n###   Action  \r\nA\r\n### TASK\r\nT\r\n### situation\r\n\r\n  S\r\n\r\n"
	got, err := Parse("s.md", []byte(in), testSkills)
	if err != nil {
		t.Fatal(err)
	}
	want := []Story{{Title: "Spaced title", Skills: []string{"ethics", "advocacy"}, Strength: 5,
		Situation: "S", Task: "T", Action: "A", Result: "R 1"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#v\nwant %#v", got, want)
	}
}

// story builds a story file of one story from its parts, for the bad cases.
func story(head string, parts ...string) string {
	s := "## A story\n" + head
	names := []string{"Situation", "Task", "Action", "Result"}
	for i, p := range parts {
		s += "\n### " + names[i] + "\n" + p + "\n"
	}
	return s
}

const allSkills = "valid skill ids: advocacy, crisis-intervention, leadership, communication, ethics"

func TestParseBad(t *testing.T) {
	full := []string{"S", "T", "A", "R 3"}
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{`s.md:1: the file has no stories; start each story with a "## Title" line, then "Skills:", "Strength:" and the four parts, as in the README`}},
		{"only a note", "# Stories\n\nnone yet\n", []string{`s.md:1: the file has no stories; start each story with a "## Title" line, then "Skills:", "Strength:" and the four parts, as in the README`}},
		{"unknown skill", story("Skills: advocasy, ethics\nStrength: 3\n", full...),
			[]string{`s.md:2: skills: unknown skill "advocasy"; did you mean "advocacy"? ` + allSkills}},
		{"unknown skill far", story("Skills: juggling\nStrength: 3\n", full...),
			[]string{`s.md:2: skills: unknown skill "juggling"; ` + allSkills}},
		{"no skills", story("Skills:\nStrength: 3\n", full...),
			[]string{`s.md:2: skills: no skills; list the ids of the skills the story shows, separated by commas; ` + allSkills}},
		{"empty skill id", story("Skills: ethics,,advocacy\nStrength: 3\n", full...),
			[]string{`s.md:2: skills: an empty skill id (two commas in a row, or one at the end); list the ids of the skills the story shows, separated by commas; ` + allSkills}},
		{"skill twice", story("Skills: ethics, ethics\nStrength: 3\n", full...),
			[]string{`s.md:2: skills: skill "ethics" is listed twice; list each skill once`}},
		{"missing skills line", story("Strength: 3\n", full...),
			[]string{`s.md:1: skills: story "A story" has no Skills line; add a line "Skills: id, id" after the title, with the ids of the skills it shows; ` + allSkills}},
		{"strength out of range", story("Skills: ethics\nStrength: 6\n", full...),
			[]string{`s.md:3: strength: "6" is out of range; a whole number from 1 (weak) to 5 (strong)`}},
		{"strength not a number", story("Skills: ethics\nStrength: 4/5\n", full...),
			[]string{`s.md:3: strength: "4/5" is not a whole number; a whole number from 1 (weak) to 5 (strong)`}},
		{"missing strength", story("Skills: ethics\n", full...),
			[]string{`s.md:1: strength: story "A story" has no Strength line; add a line "Strength: N" after the title, N from 1 (weak) to 5 (strong)`}},
		{"missing result", story("Skills: ethics\nStrength: 3\n", "S", "T", "A"),
			[]string{`s.md:1: result: story "A story" has no result; add "### Result" and under it what came of it, with a number if you can`}},
		{"empty task", story("Skills: ethics\nStrength: 3\n", "S", "  ", "A", "R"),
			[]string{`s.md:8: task: the task of story "A story" is empty; under "### Task", write what was yours to do`}},
		{"unknown part", "## A story\nSkills: ethics\nStrength: 3\n### Situaton\nS\n### Task\nT\n### Action\nA\n### Result\nR\n",
			[]string{
				`s.md:1: situation: story "A story" has no situation; add "### Situation" and under it where and when it happened, and what was at stake`,
				`s.md:4: unknown part "### Situaton"; did you mean "### Situation"? the parts are "### Situation", "### Task", "### Action" and "### Result"`,
			}},
		{"part twice", story("Skills: ethics\nStrength: 3\n", full...) + "### Task\nagain\n",
			[]string{`s.md:16: task: the task appears twice in story "A story" (first on line 8); give each part once`}},
		{"unknown field", story("Skills: ethics\nStrenght: 3\n", full...), []string{
			`s.md:1: strength: story "A story" has no Strength line; add a line "Strength: N" after the title, N from 1 (weak) to 5 (strong)`,
			`s.md:3: unknown field "Strenght"; did you mean "Strength:"? after the title come the lines "Skills: id, id" and "Strength: 1-5", then the parts under "### Situation", "### Task", "### Action" and "### Result"`,
		}},
		{"text before parts", story("Skills: ethics\nStrength: 3\nIt was a cold day.\n", full...), []string{
			`s.md:4: text before the first part of story "A story"; after the title come the lines "Skills: id, id" and "Strength: 1-5", then the parts under "### Situation", "### Task", "### Action" and "### Result"`,
		}},
		{"duplicate title", story("Skills: ethics\nStrength: 3\n", full...) + story("Skills: ethics\nStrength: 3\n", full...),
			[]string{`s.md:16: title: "A story" is the title of another story too (line 1); give each story its own title`}},
		{"no title", "##\nSkills: ethics\nStrength: 3\n### Situation\nS\n### Task\nT\n### Action\nA\n### Result\nR\n",
			[]string{`s.md:1: title: the story has no title; write the title after "## "`}},
		{"part before story", "### Situation\nS\n", []string{
			`s.md:1: a part heading before the first story; start each story with a "## Title" line`,
		}},
		{"escape", story("Skills: ethics\nStrength: 3\n", "S", "T", "A \x1b]52;c;aGk=\x07", "R"), []string{
			`s.md:12: control character U+001B at column 3 (terminal escape sequences are not allowed); remove it; stories are plain text (tabs and newlines are fine)`,
		}},
		{"C1 escape", "## A \u009b31m story\n", []string{
			`s.md:1: control character U+009B at column 6 (terminal escape sequences are not allowed); remove it; stories are plain text (tabs and newlines are fine)`,
		}},
		{"bidi override", "## A \u202e story\n", []string{
			`s.md:1: control character U+202E at column 6; remove it; stories are plain text (tabs and newlines are fine)`,
		}},
		{"not utf-8", "## Caf\xe9\n", []string{
			`s.md:1: text that is not UTF-8 at column 7; save the file as UTF-8 text`,
		}},
		{"too large", strings.Repeat("x", MaxFileSize+1), []string{
			`s.md: the file is too large (1024 KiB); a story file is at most 1024 KiB`,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse("s.md", []byte(c.in), testSkills)
			if got != nil {
				t.Errorf("a bad file gave stories: %+v", got)
			}
			var probs *content.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error %v is not *content.Problems", err)
			}
			var lines []string
			for _, p := range probs.List() {
				lines = append(lines, p.String())
			}
			if !reflect.DeepEqual(lines, c.want) {
				t.Errorf("problems:\n got %s\nwant %s", strings.Join(lines, "\n     "), strings.Join(c.want, "\n     "))
			}
		})
	}
}

// TestParseRefusesWhole: one bad story among good ones refuses the file.
func TestParseRefusesWhole(t *testing.T) {
	in := goodFile + story("Skills: ethics\nStrength: 9\n", "S", "T", "A", "R")
	if got, err := Parse("s.md", []byte(in), testSkills); err == nil || got != nil {
		t.Fatalf("got %v, %v", got, err)
	}
}

func TestFormatRoundTrip(t *testing.T) {
	list, err := Parse("s.md", []byte(goodFile), testSkills)
	if err != nil {
		t.Fatal(err)
	}
	out := Format(list)
	again, err := Parse("out.md", []byte(out), testSkills)
	if err != nil {
		t.Fatalf("Format's output does not parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(again, list) {
		t.Fatalf("round trip changed the stories:\n got %#v\nwant %#v", again, list)
	}
	if Format(again) != out {
		t.Fatalf("Format is not stable:\n%s\n---\n%s", Format(again), out)
	}
	// The file is exactly the format.
	want := "## Led a team through a system change\nSkills: leadership\nStrength: 2\n\n" +
		"### Situation\nNew case system.\n\n### Task\nTrain the team.\n\n### Action\nRan sessions.\n\n### Result\nEveryone used it.\n"
	if got := Format(list[1:]); got != want {
		t.Errorf("Format:\n%s\nwant\n%s", got, want)
	}
	if !strings.HasPrefix(out, "## Kept a family housed") || !strings.Contains(out, "14 months.\n\n## Led a team") {
		t.Errorf("stories not separated by one blank line:\n%s", out)
	}
	if Format(nil) != "" {
		t.Error("Format(nil) is not empty")
	}
}

func TestCheck(t *testing.T) {
	good := Story{Title: "T", Skills: []string{"ethics"}, Strength: 3, Situation: "S", Task: "T", Action: "A", Result: "R"}
	cases := []struct {
		name string
		edit func(*Story)
		want string
	}{
		{"good", func(*Story) {}, ""},
		{"no title", func(s *Story) { s.Title = "" }, `title: the story has no title; write the title after "## "`},
		{"two-line title", func(s *Story) { s.Title = "a\nb" }, "title: the title is more than one line; keep the title to one line"},
		{"long title", func(s *Story) { s.Title = strings.Repeat("é", MaxTitle+1) },
			"title: the title is 201 characters long; at most 200; put the detail in the situation"},
		{"escape in title", func(s *Story) { s.Title = "a\x1b[2J" },
			"title: control character U+001B at column 2 (terminal escape sequences are not allowed); remove it; stories are plain text (tabs and newlines are fine)"},
		{"no skills", func(s *Story) { s.Skills = nil },
			"skills: no skills; list the ids of the skills the story shows, separated by commas; " + allSkills},
		{"unknown skill", func(s *Story) { s.Skills = []string{"ethic"} },
			`skills: unknown skill "ethic"; did you mean "ethics"? ` + allSkills},
		{"strength", func(s *Story) { s.Strength = 0 }, "strength: 0 is out of range; a whole number from 1 (weak) to 5 (strong)"},
		{"empty result", func(s *Story) { s.Result = "" }, `result: is empty; under "### Result", write what came of it, with a number if you can`},
		{"heading in action", func(s *Story) { s.Action = "first\n## then" },
			`action: line 2 of the action starts with "##", which the story file reads as a heading; indent that line, or start it with other words`},
		{"escape in situation", func(s *Story) { s.Situation = "ok\nthen \x07" },
			"situation: control character U+0007 on line 2, column 6; remove it; stories are plain text (tabs and newlines are fine)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := good
			s.Skills = slicesClone(good.Skills)
			c.edit(&s)
			err := Check(s, testSkills)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("Check:\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func TestNormalize(t *testing.T) {
	in := Story{Title: "  T  ", Situation: "\r\n  S\r\nmore  \r\n\r\n", Skills: []string{" ethics "}}
	got := Normalize(in)
	if got.Title != "T" || got.Situation != "S\nmore" || got.Skills[0] != "ethics" || in.Skills[0] != " ethics " {
		t.Errorf("Normalize = %#v (input %#v)", got, in)
	}
}

func TestEqual(t *testing.T) {
	a := Story{ID: 1, Title: "T", Skills: []string{"x"}, LastUsed: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	b := a
	b.LastUsed = a.LastUsed.In(time.FixedZone("x", 3600))
	if !a.Equal(b) {
		t.Error("same instant in another zone is not equal")
	}
	b.ID = 2
	if a.Equal(b) || !a.SameText(b) {
		t.Error("ID: Equal should differ, SameText not")
	}
	b.Skills = []string{"y"}
	if a.SameText(b) {
		t.Error("skills differ")
	}
}
