// Package accessible is rung as plain sequential prompts: one line out,
// one line in, no cursor movement or colour, for screen readers and pipes.
// Ask is the self-assessment (rung --accessible) and Practice the
// flashcards (rung --accessible practice), on the same questionnaire,
// decks, scheduler and progress as the app.
package accessible

import (
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// clean collapses runs of whitespace (folded YAML) to one space, after
// taking out anything that could drive the terminal.
func clean(s string) string { return strings.Join(strings.Fields(content.Sanitize(s)), " ") }
