package stories

import (
	"cmp"
	"slices"
)

// Suggestion is a story that suits an interview card.
type Suggestion struct {
	Story Story
	// Shared are the skills the story and the card have in common, in the
	// card's order.
	Shared []string
}

// Suggest picks the stories whose skills match an interview card's skills,
// best first: more skills in common, then stronger, then the one used
// longest ago (never used first, so practice spreads over the bank), then
// by title and id so that ties always come out in the same order. Stories
// that share no skill with the card are left out.
func Suggest(list []Story, cardSkills []string) []Suggestion {
	var out []Suggestion
	for _, s := range list {
		var shared []string
		for _, id := range cardSkills {
			if slices.Contains(s.Skills, id) && !slices.Contains(shared, id) {
				shared = append(shared, id)
			}
		}
		if len(shared) > 0 {
			out = append(out, Suggestion{Story: s, Shared: shared})
		}
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int {
		return cmp.Or(
			cmp.Compare(len(b.Shared), len(a.Shared)),
			cmp.Compare(b.Story.Strength, a.Story.Strength),
			a.Story.LastUsed.Compare(b.Story.LastUsed),
			cmp.Compare(a.Story.Title, b.Story.Title),
			cmp.Compare(a.Story.ID, b.Story.ID),
		)
	})
	return out
}
