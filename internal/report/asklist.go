package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
)

// AskList is the printable Markdown list of the questions a person starred
// to ask the interviewer: grouped by the guide's areas, in the guide's
// order, each with what its answer tells you, and a line for notes. It
// returns the list and how many of the starred ids it found (ids no longer
// in the guide are left out).
func AskList(lib *content.Library, starred []string, at time.Time) (string, int) {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	pf("# Questions to ask the interviewer\n\n")
	pf("*%s track, %s. Starred in rung's interview guide. Under each question: what its answer tells you, "+
		"and room for what you hear.*\n", lib.Track.Name, at.Format("January 2, 2006"))
	if lib.Guide == nil {
		return b.String(), 0
	}
	found := 0
	for i := range lib.Guide.AskAreas {
		a := &lib.Guide.AskAreas[i]
		ids := a.QuestionIDs()
		n := 0
		for j, q := range a.Questions {
			if !slices.Contains(starred, ids[j]) {
				continue
			}
			if n == 0 {
				pf("\n## %s\n", oneLine(content.Sanitize(a.Name)))
			}
			n++
			pf("\n")
			// Each part a paragraph of the item, so a Markdown viewer keeps
			// them on lines of their own.
			pf("%d. **%s**\n\n", n, oneLine(content.Sanitize(q.Text)))
			pf("   *What it tells you:* %s\n\n", oneLine(content.Sanitize(q.Tells)))
			pf("   *Notes:* ______________________________________________\n")
		}
		found += n
	}
	return b.String(), found
}
