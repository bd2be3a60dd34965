package roadmap

import (
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// roadTicksMsg brings the ticked actions read off the store.
type roadTicksMsg struct {
	to    int
	ticks map[string]bool
	err   error
}

func (m roadTicksMsg) Target() int { return m.to }

// roadTickSavedMsg reports one tick written to the store.
type roadTickSavedMsg struct {
	to   int
	key  string
	done bool
	err  error
}

func (m roadTickSavedMsg) Target() int { return m.to }

// loadRoadTicks reads the ticks, for screen id (without a store, the ones
// kept in memory this session).
func loadRoadTicks(c *tui.Context, id int) tea.Cmd {
	pr, track := c.Progress(), c.Lib().Track.ID
	return func() tea.Msg {
		t, err := pr.Ticks(track)
		return roadTicksMsg{to: id, ticks: t, err: err}
	}
}

// roadDone counts a step's ticked actions.
func roadDone(ticks map[string]bool, s *content.Step) int {
	n := 0
	for _, a := range s.Actions {
		if ticks[progress.TickKey(s.ID, a.ID)] {
			n++
		}
	}
	return n
}

// roadNoStoreNote is the one line that says ticks are not being saved.
func roadNoStoreNote(st *tui.Styles, width int) string {
	return st.Warn.Render(tui.Truncate("Progress isn't being saved this session: ticks last until you quit.", width))
}

// stepSkills names the skills a step builds.
func stepSkills(lib *content.Library, st *tui.Styles, width int, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = tui.Clean(lib.SkillName(id))
	}
	return st.Section.Render("Skills it builds") + "\n" + tui.Wrap(strings.Join(names, " · "), width)
}

// stepMeets lists, one a line, the requirements a step helps close, each
// with the rungs that ask for it: "A bachelor's degree (rungs 1, 2, 3, 4)".
func stepMeets(lib *content.Library, number int) string {
	var labels []string
	rungs := map[string][]string{}
	for _, q := range lib.Requirements {
		if !slices.Contains(q.Steps, number) {
			continue
		}
		label := tui.Clean(q.Label)
		if _, seen := rungs[label]; !seen {
			labels = append(labels, label)
		}
		if r, ok := lib.Role(q.Role); ok {
			rungs[label] = append(rungs[label], fmt.Sprint(r.Rung))
		}
	}
	lines := make([]string, len(labels))
	for i, l := range labels {
		word := "rung"
		if len(rungs[l]) > 1 {
			word = "rungs"
		}
		lines[i] = fmt.Sprintf("%s (%s %s)", l, word, strings.Join(rungs[l], ", "))
	}
	return strings.Join(lines, "\n")
}

// orEmpty is ticks, or an empty map to tick into when there are none.
func orEmpty(ticks map[string]bool) map[string]bool {
	if ticks == nil {
		return map[string]bool{}
	}
	return ticks
}

// gapLine says which of the person's gaps a step closes.
func gapLine(labels []string) string {
	clean := make([]string, len(labels))
	for i, l := range labels {
		clean[i] = tui.Clean(l)
	}
	return "Closes your gap: " + strings.Join(clean, "; ")
}
