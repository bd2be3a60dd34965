package skills

import (
	"fmt"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// skillRatings is what the screens know of the person's own ratings: the
// skills block of their latest saved assessment.
type skillRatings struct {
	loaded  bool // the store has answered (or there is none)
	noStore bool
	found   bool // there is a saved assessment
	skills  map[string]int
	at      time.Time
	err     error
}

// skillRatingsMsg carries the ratings of the latest saved assessment.
type skillRatingsMsg struct {
	to     int
	found  bool
	skills map[string]int
	at     time.Time
	err    error
}

func (m skillRatingsMsg) Target() int { return m.to }

func newSkillRatings(c *tui.Context) skillRatings {
	if !c.Progress().Open() {
		return skillRatings{loaded: true, noStore: true}
	}
	return skillRatings{}
}

func (r *skillRatings) set(m skillRatingsMsg) {
	*r = skillRatings{loaded: true, found: m.found, skills: m.skills, at: m.at, err: m.err}
}

// loadSkillRatings reads the latest assessment off the store, for the
// screen with id to. It does nothing without a store.
func loadSkillRatings(c *tui.Context, to int) tea.Cmd {
	pr, lib := c.Progress(), c.Lib()
	if !pr.Open() {
		return nil
	}
	return func() tea.Msg {
		saved, ok, err := pr.Latest(lib)
		if err != nil || !ok {
			return skillRatingsMsg{to: to, err: err}
		}
		return skillRatingsMsg{to: to, found: true, skills: saved.Answers.Ratings(skillsKey(lib)), at: saved.At}
	}
}

// skillBody renders everything about one skill but its name: category,
// description, the five levels (the person's own marked), the steps that
// build it, the requirements that read it and the interview questions that
// show it.
func skillBody(st *tui.Styles, lib *content.Library, sk *content.Skill, r skillRatings, width int) string {
	var b strings.Builder
	cat := sk.Category
	if c, ok := lib.SkillCategory(sk.Category); ok {
		cat = c.Name
	}
	b.WriteString(st.Muted.Render(tui.Wrap(tui.Clean(cat), width)))
	b.WriteString("\n\n")
	b.WriteString(tui.Wrap(tui.Clean(sk.Description), width))

	rating := 0
	if r.found {
		rating = r.skills[sk.ID]
	}
	if len(sk.Anchors) > 0 {
		b.WriteString("\n\n" + st.Section.Render("What each level looks like") + "\n")
		for i, a := range sk.Anchors {
			marker := "  "
			if rating == i+1 {
				marker = "> "
			}
			prefix := fmt.Sprintf("%s%d  ", marker, i+1)
			pw := lipgloss.Width(prefix)
			lines := strings.Split(tui.Wrap(tui.Clean(a), width-pw), "\n")
			for j, l := range lines {
				lead := strings.Repeat(" ", pw)
				if j == 0 {
					lead = prefix
				}
				line := lead + l
				if rating == i+1 {
					line = st.Accent.Render(line)
				}
				b.WriteString(line)
				if i < len(sk.Anchors)-1 || j < len(lines)-1 {
					b.WriteString("\n")
				}
			}
		}
		if note := ratingNote(r, rating, len(sk.Anchors)); note != "" {
			b.WriteString("\n\n" + st.Muted.Render(tui.Wrap(note, width)))
		}
	}

	var steps []string
	for _, s := range lib.Steps {
		if slices.Contains(s.Skills, sk.ID) {
			steps = append(steps, fmt.Sprintf("Step %d: %s", s.Number, tui.Clean(s.Title)))
		}
	}
	if len(steps) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Steps that build it") + "\n")
		b.WriteString(tui.Bullets(st, width, "•", steps))
	}

	var reqs []string
	for _, q := range lib.Requirements {
		if !slices.Contains(q.Of, sk.ID) && !slices.Contains(q.Skills, sk.ID) {
			continue
		}
		role := q.Role
		if ro, ok := lib.Role(q.Role); ok {
			role = ro.Title
		}
		line := tui.Clean(role) + ": " + tui.Clean(q.Label)
		if q.Kind == "required" {
			line += " (required)"
		}
		reqs = append(reqs, line)
	}
	if len(reqs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Rungs that ask for it") + "\n")
		b.WriteString(tui.Bullets(st, width, "•", reqs))
	}

	var qs []string
	for _, c := range lib.Cards {
		if slices.Contains(c.Skills, sk.ID) {
			qs = append(qs, c.Question)
		}
	}
	if len(qs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Interview questions that show it") + "\n")
		b.WriteString(tui.Bullets(st, width, "•", qs))
	}
	return b.String()
}

// ratingNote says what the marker on the levels means, or why there is none.
func ratingNote(r skillRatings, rating, levels int) string {
	switch {
	case r.noStore:
		return "Your own rating can't be shown: progress isn't being saved this session."
	case !r.loaded:
		return ""
	case r.err != nil:
		return "Your last assessment could not be read, so your own rating isn't shown."
	case !r.found:
		return "Take the self-assessment to see your own level marked here."
	case rating == 0:
		return "Your last assessment has no rating for this skill."
	}
	return fmt.Sprintf("> marks your own rating: %d of %d, from your assessment of %s.",
		rating, levels, r.at.Format("Jan 2, 2006"))
}

// skillsKey is the answers key of the track's skill ratings.
func skillsKey(lib *content.Library) string {
	if f, ok := lib.FactOfKind(content.FactSkills); ok {
		return f.Key
	}
	return ""
}
