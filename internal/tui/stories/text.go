package stories

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// What the stories screens say about a story: its skills by name, when it
// was last used, what to look at again, and the story in full.

// skillNames names a story's skills as the track does.
func skillNames(lib *content.Library, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = tui.Clean(lib.SkillName(id))
	}
	return strings.Join(names, ", ")
}

// lastUsed says when a story was last told in practice, by days on now's
// calendar: "never used", "used today", "used 3 days ago", "used on
// 2026-01-05" after a month.
func lastUsed(t, now time.Time) string {
	if t.IsZero() {
		return "never used"
	}
	y1, m1, d1 := t.In(now.Location()).Date()
	y2, m2, d2 := now.Date()
	days := int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days <= 0:
		return "used today"
	case days == 1:
		return "used yesterday"
	case days <= 30:
		return fmt.Sprintf("used %d days ago", days)
	}
	return "used on " + t.In(now.Location()).Format(time.DateOnly)
}

// flags are what to look at again in a story: a result without a number
// (panels want a measurable outcome), a weak story.
func flags(s stories.Story) []string {
	var out []string
	if !s.Measurable() {
		out = append(out, "no number in the result")
	}
	if s.Strength <= stories.WeakStrength {
		out = append(out, "weak")
	}
	return out
}

// storyText is a story in full, for the pane beside the list and for
// reading it on its own: the facts, what to look at again, then the four
// parts.
func storyText(st *tui.Styles, lib *content.Library, s stories.Story, now time.Time, width int) string {
	var b strings.Builder
	title := tui.Clean(s.Title)
	if title == "" {
		title = "(no title yet)"
	}
	b.WriteString(st.Title.Render(tui.Wrap(title, width)) + "\n")
	facts := fmt.Sprintf("Strength %d of 5 · %s", s.Strength, lastUsed(s.LastUsed, now))
	b.WriteString(st.Muted.Render(tui.Wrap(facts, width)) + "\n")
	skills := "Skills: " + skillNames(lib, s.Skills)
	if len(s.Skills) == 0 {
		skills = "Skills: none picked yet"
	}
	b.WriteString(st.Muted.Render(tui.Wrap(skills, width)))
	if s.Result != "" && !s.Measurable() {
		b.WriteString("\n" + st.Warn.Render(tui.Wrap("! The result has no number in it: panels want a measurable outcome "+
			"(how many, how much, how soon).", width)))
	}
	if s.Strength <= stories.WeakStrength {
		b.WriteString("\n" + st.Warn.Render(tui.Wrap("! A weak story, by your own judgement: a skill that rests on it alone is not really covered.", width)))
	}
	for _, p := range stories.Parts {
		b.WriteString("\n\n" + tui.Section(st, width, p.String(), s.Text(p)))
	}
	return b.String()
}
