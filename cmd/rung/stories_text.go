package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/stories"
)

// noStories says there are none yet and how to add some.
func noStories(track, dir string) string {
	return fmt.Sprintf("No stories yet in the %s track (data folder: %s).\n"+
		"Write them in a Markdown file, one \"## Title\" per story (the format is in the README),\n"+
		"and run `rung stories import FILE`; or add them one by one with `rung --accessible stories`.\n", track, dir)
}

// lastUsed says when a story was last used, in the reader's time zone.
func lastUsed(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "never"
	}
	return t.In(loc).Format(time.DateOnly)
}

// storiesText is `rung stories list`: one entry per story, plain text.
func storiesText(lib *content.Library, list []stories.Story, dir string, loc *time.Location) string {
	if len(list) == 0 {
		return noStories(lib.Track.ID, dir)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s track (data folder: %s)\n", count(len(list), "story", "stories"), lib.Track.ID, dir)
	for _, s := range list {
		fmt.Fprintf(&b, "\n#%d  %s\n", s.ID, content.Sanitize(s.Title))
		fmt.Fprintf(&b, "    Strength %d of 5 · last used %s\n", s.Strength, lastUsed(s.LastUsed, loc))
		fmt.Fprintf(&b, "    Skills: %s\n", content.Sanitize(strings.Join(s.Skills, ", ")))
		if !s.Measurable() {
			b.WriteString("    The result has no number in it: panels want a measurable outcome.\n")
		}
	}
	return b.String()
}

// coverageText is `rung stories coverage`: each skill of the track with the
// stories that show it, then the skills with none and the weak ones.
func coverageText(lib *content.Library, list []stories.Story, dir string) string {
	if len(list) == 0 {
		return noStories(lib.Track.ID, dir)
	}
	c := stories.Cover(progress.SkillIDs(lib), list)
	strength := map[int64]int{}
	for _, s := range list {
		strength[s.ID] = s.Strength
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Coverage: %d of the %d skills of the %s track have a story (%s).\n\n",
		c.Covered(), len(c.Skills), lib.Track.ID, count(len(list), "story", "stories"))
	width := 0
	for _, s := range c.Skills {
		width = max(width, len(s.Skill))
	}
	for _, s := range c.Skills {
		var refs []string
		for _, id := range s.Stories {
			refs = append(refs, fmt.Sprintf("#%d (%d)", id, strength[id]))
		}
		line := "-"
		if len(refs) > 0 {
			line = strings.Join(refs, " ")
		}
		if s.Weak() {
			line += "  weak"
		}
		fmt.Fprintf(&b, "  %-*s  %s\n", width, s.Skill, line)
	}
	b.WriteString("\n  #id (strength) of each story that shows the skill, strongest first.\n")
	if len(c.Uncovered) > 0 {
		fmt.Fprintf(&b, "\nNo story yet (%d): %s\n", len(c.Uncovered), strings.Join(c.Uncovered, ", "))
	}
	if len(c.Weak) > 0 {
		fmt.Fprintf(&b, "Only weak stories, strength %d or less (%d): %s\n", stories.WeakStrength, len(c.Weak), strings.Join(c.Weak, ", "))
	}
	if len(c.Unknown) > 0 {
		fmt.Fprintf(&b, "Stories name skills the %s track does not have: %s\n", lib.Track.ID, content.Sanitize(strings.Join(c.Unknown, ", ")))
	}
	return b.String()
}
