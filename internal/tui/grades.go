package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
)

// GradeKeys are the four grades as one binding, so help lists them once
// ("1-4 grade") and it is the binding the screen matches: 1 Again, 2 Hard,
// 3 Good, 4 Easy.
type GradeKeys struct{ key.Binding }

// NewGradeKeys are the keys 1 to 4.
func NewGradeKeys() GradeKeys {
	return GradeKeys{key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "grade"))}
}

// Match returns the rating of a grade key (its place among the keys),
// false for any other key.
func (g GradeKeys) Match(msg tea.KeyMsg) (srs.Rating, bool) {
	if !key.Matches(msg, g.Binding) {
		return 0, false
	}
	return srs.Rating(slices.Index(g.Keys(), msg.String()) + 1), true
}

// Enable turns the grades on or off.
func (g *GradeKeys) Enable(on bool) { g.SetEnabled(on) }

// Help is the grades' one help entry.
func (g GradeKeys) Help() key.Binding { return g.Binding }

// GradeBar draws the four grade buttons as Anki does, each with the wait
// until the card comes back ("1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy
// 8d"); ivl nil draws them without (cram). It wraps to two lines when
// narrow.
func GradeBar(st *Styles, ivl *[4]time.Duration, width int) string {
	var parts []string
	for i, r := range []srs.Rating{srs.Again, srs.Hard, srs.Good, srs.Easy} {
		p := st.Key.Render(fmt.Sprint(i+1)) + " " + r.String()
		if ivl != nil {
			p += " " + st.Muted.Render(srs.FormatInterval(ivl[i]))
		}
		parts = append(parts, p)
	}
	line := strings.Join(parts, "   ")
	if lipgloss.Width(line) <= width {
		return line
	}
	return strings.Join(parts[:2], "   ") + "\n" + strings.Join(parts[2:], "   ")
}

// cardTitle is a card's question, cut to fit a status line.
func cardTitle(q string) string { return Truncate(Clean(q), 48) }

// QuotedTitle quotes a card's title to end a sentence, the period inside
// the quotation marks as American usage has it: “Tell me about yourself.”
func QuotedTitle(q string) string {
	t := cardTitle(q)
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "…") {
		t += "."
	}
	return "“" + t + "”"
}

// LeechNotice says so when a grade has just made a card a leech; "" when
// it has not.
func LeechNotice(before, after practice.State, question string) string {
	if !after.Leech || before.Leech {
		return ""
	}
	return fmt.Sprintf("Now a leech after %d lapses, set apart in the Leeches deck: %s",
		after.Lapses, QuotedTitle(question))
}
