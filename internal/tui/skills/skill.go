package skills

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// skillDetail is one skill in Full: the levels, with the person's own
// rating marked, and what builds it, reads it and shows it.
type skillDetail struct {
	tui.Base
	sk      *content.Skill
	ratings skillRatings
	doc     tui.Doc
	keys    tui.DocKeys
}

// NewSkill makes the screen of one skill (tui.RouteSkill); its argument is
// the skill's id, a string.
func NewSkill(c *tui.Context, arg any) tui.Screen {
	id, _ := arg.(string)
	d := &skillDetail{Base: tui.NewBase(c), ratings: newSkillRatings(c), keys: tui.NewDocKeys()}
	d.sk, _ = c.Lib().Skill(id)
	d.doc = tui.NewDoc(func(width int) string {
		if d.sk == nil {
			return d.Styles().Muted.Render("This skill is not in the track.")
		}
		return skillBody(d.Styles(), d.Lib(), d.sk, d.ratings, width)
	})
	return d
}

func (d *skillDetail) Title() string {
	if d.sk == nil {
		return "Skill"
	}
	return tui.Clean(d.sk.Name)
}

func (d *skillDetail) Init() tea.Cmd { return loadSkillRatings(d.Context, d.ID()) }

func (d *skillDetail) SetSize(w, h int) {
	d.Base.SetSize(w, h)
	d.doc.SetSize(min(w, tui.ReadWidth), max(1, h-2))
}

func (d *skillDetail) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		d.ratings.set(msg)
		d.doc.Invalidate()
		if msg.err != nil {
			return d, d.StatusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case tui.AssessedMsg:
		return d, loadSkillRatings(d.Context, d.ID())
	case tea.KeyMsg:
		d.keys.SetEnabled(d.doc.Scrolls())
		d.keys.Scroll(&d.doc, msg, true)
	case tea.MouseMsg:
		return d, d.doc.Update(msg)
	}
	return d, nil
}

func (d *skillDetail) View() string {
	st := d.Styles()
	hint := d.doc.ScrollHint(st)
	tw := min(d.Width, tui.ReadWidth)
	title := st.Title.Render(tui.Truncate(d.Title(), tw-lipgloss.Width(hint)-2))
	gap := max(1, tw-lipgloss.Width(title)-lipgloss.Width(hint))
	return title + strings.Repeat(" ", gap) + hint + "\n\n" + d.doc.View()
}

// Keys scroll the skill, when it is longer than the screen.
func (d *skillDetail) Keys() help.KeyMap {
	d.keys.SetEnabled(d.doc.Scrolls())
	return d.keys
}
