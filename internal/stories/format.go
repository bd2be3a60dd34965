package stories

import (
	"strconv"
	"strings"
)

// Format writes stories as a story file, in order, one "## Title" heading
// each: the format Parse reads, so Parse(Format(list)) gives list back,
// every field but ID and LastUsed (which the file does not hold). The
// stories must be normalized and pass Check.
func Format(list []Story) string {
	var b strings.Builder
	for i, s := range list {
		if i > 0 {
			b.WriteString("\n")
		}
		writeStory(&b, s)
	}
	return b.String()
}

func writeStory(b *strings.Builder, s Story) {
	b.WriteString("## ")
	b.WriteString(s.Title)
	b.WriteString("\nSkills: ")
	b.WriteString(strings.Join(s.Skills, ", "))
	b.WriteString("\nStrength: ")
	b.WriteString(strconv.Itoa(s.Strength))
	b.WriteString("\n")
	for _, p := range Parts {
		b.WriteString("\n### ")
		b.WriteString(p.String())
		b.WriteString("\n")
		b.WriteString(s.Text(p))
		b.WriteString("\n")
	}
}
