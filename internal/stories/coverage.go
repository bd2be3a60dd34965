package stories

import (
	"cmp"
	"slices"
)

// SkillCoverage is how well one skill is covered by stories.
type SkillCoverage struct {
	Skill string
	// Stories are the ids of the stories that show the skill, strongest
	// first (then by title).
	Stories []int64
	// Best is the highest strength among them; 0 when there are none.
	Best int
}

// Weak is true when the skill has stories but all of them are weak.
func (c SkillCoverage) Weak() bool { return len(c.Stories) > 0 && c.Best <= WeakStrength }

// Coverage is the matrix of the track's skills against the stories.
type Coverage struct {
	// Skills has one entry per skill of the track, in the track's order.
	Skills []SkillCoverage
	// Uncovered are the skills with no story, in the track's order.
	Uncovered []string
	// Weak are the skills whose stories are all weak (strength at most
	// WeakStrength), in the track's order.
	Weak []string
	// Unknown are skill ids that stories name but the track does not have
	// (the track changed since they were written), sorted.
	Unknown []string
}

// Covered is the number of skills with at least one story.
func (c Coverage) Covered() int { return len(c.Skills) - len(c.Uncovered) }

// Cover builds the coverage of the track's skills (ids in the track's
// order) by the stories.
func Cover(skills []string, list []Story) Coverage {
	sorted := slices.Clone(list)
	slices.SortStableFunc(sorted, func(a, b Story) int {
		return cmp.Or(cmp.Compare(b.Strength, a.Strength), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	index := make(map[string]int, len(skills))
	c := Coverage{Skills: make([]SkillCoverage, len(skills))}
	for i, id := range skills {
		index[id] = i
		c.Skills[i] = SkillCoverage{Skill: id, Stories: []int64{}}
	}
	unknown := map[string]bool{}
	for _, s := range sorted {
		for _, id := range s.Skills {
			i, ok := index[id]
			if !ok {
				unknown[id] = true
				continue
			}
			sc := &c.Skills[i]
			if slices.Contains(sc.Stories, s.ID) && s.ID != 0 {
				continue
			}
			sc.Stories = append(sc.Stories, s.ID)
			sc.Best = max(sc.Best, s.Strength)
		}
	}
	for _, sc := range c.Skills {
		switch {
		case len(sc.Stories) == 0:
			c.Uncovered = append(c.Uncovered, sc.Skill)
		case sc.Weak():
			c.Weak = append(c.Weak, sc.Skill)
		}
	}
	for id := range unknown {
		c.Unknown = append(c.Unknown, id)
	}
	slices.Sort(c.Unknown)
	return c
}
