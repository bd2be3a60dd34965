package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
)

// --- Ratings ---------------------------------------------------------------

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

func newSkillRatings(c *Context) skillRatings {
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
func loadSkillRatings(c *Context, to int) tea.Cmd {
	pr, lib := c.Progress(), c.Lib()
	if !pr.Open() {
		return nil
	}
	return func() tea.Msg {
		saved, ok, err := pr.Latest(lib)
		if err != nil || !ok {
			return skillRatingsMsg{to: to, err: err}
		}
		return skillRatingsMsg{to: to, found: true, skills: saved.Answers.Skills, at: saved.At}
	}
}

// --- The skill document ------------------------------------------------------

// skillBody renders everything about one skill but its name: category,
// description, the five levels (the person's own marked), the steps that
// build it, the requirements that read it and the interview questions that
// show it.
func skillBody(st *Styles, lib *content.Library, sk *content.Skill, r skillRatings, width int) string {
	var b strings.Builder
	cat := sk.Category
	if c, ok := lib.SkillCategory(sk.Category); ok {
		cat = c.Name
	}
	b.WriteString(st.Muted.Render(Wrap(Clean(cat), width)))
	b.WriteString("\n\n")
	b.WriteString(Wrap(Clean(sk.Description), width))

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
			lines := strings.Split(Wrap(Clean(a), width-pw), "\n")
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
			b.WriteString("\n\n" + st.Muted.Render(Wrap(note, width)))
		}
	}

	var steps []string
	for _, s := range lib.Steps {
		if slices.Contains(s.Skills, sk.ID) {
			steps = append(steps, fmt.Sprintf("Step %d: %s", s.Number, Clean(s.Title)))
		}
	}
	if len(steps) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Steps that build it") + "\n")
		b.WriteString(Bullets(st, width, "•", steps))
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
		line := Clean(role) + ": " + Clean(q.Label)
		if q.Kind == "required" {
			line += " (required)"
		}
		reqs = append(reqs, line)
	}
	if len(reqs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Rungs that ask for it") + "\n")
		b.WriteString(Bullets(st, width, "•", reqs))
	}

	var qs []string
	for _, c := range lib.Cards {
		if slices.Contains(c.Skills, sk.ID) {
			qs = append(qs, c.Question)
		}
	}
	if len(qs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Interview questions that show it") + "\n")
		b.WriteString(Bullets(st, width, "•", qs))
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

// --- The skills list ---------------------------------------------------------

type skillsKeys struct {
	filter, clear, accept, cancel, open, up, down, pageDown, pageUp key.Binding
}

func newSkillsKeys() skillsKeys {
	return skillsKeys{
		filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		clear:    key.NewBinding(key.WithKeys("x", "esc"), key.WithHelp("esc/x", "clear filter")),
		accept:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		up:       key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "up")),
		down:     key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "down")),
		pageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn", "scroll detail")),
		pageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll detail")),
	}
}

// maxFilter bounds what can be typed into the filter.
const maxFilter = 40

// skills lists every skill of the track, labeled by category, with a
// filter; enter opens a skill. On wide terminals the selected skill's detail
// is shown beside the list.
type skills struct {
	Base
	keys    skillsKeys
	menu    Menu
	hay     []string // lower-cased name, id and description of each skill
	visible []int    // indices into lib.Skills that match the filter
	query   string
	typing  bool
	ratings skillRatings
	pane    Doc
	wide    bool
}

func newSkills(c *Context) Screen {
	s := &skills{Base: NewBase(c), keys: newSkillsKeys(), ratings: newSkillRatings(c)}
	for _, sk := range c.Lib().Skills {
		s.hay = append(s.hay, strings.ToLower(sk.Name+"\n"+sk.ID+"\n"+Clean(sk.Description)))
	}
	s.pane = NewDoc(func(width int) string {
		sk := s.selected()
		if sk == nil {
			return ""
		}
		return s.Styles().Title.Render(Truncate(Clean(sk.Name), width)) + "\n" +
			skillBody(s.Styles(), s.Lib(), sk, s.ratings, width)
	})
	s.refilter()
	return s
}

func (s *skills) Title() string { return "Skills" }

func (s *skills) Init() tea.Cmd { return loadSkillRatings(s.Context, s.id) }

// Refresh re-reads the ratings: an assessment may have been taken since.
func (s *skills) Refresh() tea.Cmd { return loadSkillRatings(s.Context, s.id) }

func (s *skills) Capturing() bool { return s.typing }

// ClaimsEsc: with a filter kept, esc clears it before it goes back.
func (s *skills) ClaimsEsc() bool { return !s.typing && s.query != "" }

func (s *skills) selected() *content.Skill {
	if len(s.visible) == 0 {
		return nil
	}
	return &s.Lib().Skills[s.visible[s.menu.Cursor]]
}

// refilter recomputes the visible skills, keeping the selection when it
// still matches.
func (s *skills) refilter() {
	keep := -1
	if len(s.visible) > 0 {
		keep = s.visible[s.menu.Cursor]
	}
	q := strings.ToLower(strings.TrimSpace(s.query))
	s.visible = s.visible[:0]
	for i, h := range s.hay {
		if q == "" || strings.Contains(h, q) {
			s.visible = append(s.visible, i)
		}
	}
	cursor := max(0, slices.Index(s.visible, keep))
	s.rebuild()
	s.menu.Cursor = cursor
	s.paneChanged()
}

// rebuild lays out the menu rows; the first visible skill of each category
// carries the category's name.
func (s *skills) rebuild() {
	lib := s.Lib()
	items := make([]Item, 0, len(s.visible))
	prev := ""
	for _, i := range s.visible {
		sk := lib.Skills[i]
		it := Item{Title: Clean(sk.Name)}
		if s.listWidth() >= 70 {
			it.Desc = Clean(sk.Description)
		}
		if sk.Category != prev {
			it.Badge = sk.Category
			if c, ok := lib.SkillCategory(sk.Category); ok {
				it.Badge = Clean(c.Name)
			}
			prev = sk.Category
		}
		items = append(items, it)
	}
	cursor := s.menu.Cursor
	s.menu = NewMenu(items, false)
	s.menu.Cursor = min(cursor, max(0, len(items)-1))
}

func (s *skills) SetSize(w, h int) {
	s.Base.SetSize(w, h)
	s.wide = w >= SplitWidth
	s.rebuild()
	if s.wide {
		_, pw := SplitWidths(w)
		SizePane(&s.pane, pw, h)
	}
}

// listWidth is the width of the list column.
func (s *skills) listWidth() int {
	if s.wide {
		lw, _ := SplitWidths(s.Width)
		return lw
	}
	return s.Width
}

// paneChanged re-renders the selected skill's detail beside the list.
func (s *skills) paneChanged() { RefreshPane(&s.pane, s.Height) }

// skillsHead is the height above the list: the title, the filter line and a
// blank line.
const skillsHead = 3

func (s *skills) menuHeight() int { return max(1, s.Height-skillsHead-1) }

func (s *skills) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		s.ratings.set(msg)
		s.paneChanged()
		if msg.err != nil {
			return s, s.StatusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case AssessedMsg:
		return s, loadSkillRatings(s.Context, s.id)
	case tea.KeyMsg:
		if s.typing {
			s.typeKey(msg)
			return s, nil
		}
		return s, s.key(msg)
	case tea.MouseMsg:
		return s, s.mouse(msg)
	}
	return s, nil
}

// typeKey edits the filter while it has focus.
func (s *skills) typeKey(msg tea.KeyMsg) {
	switch {
	case key.Matches(msg, s.keys.cancel):
		s.typing, s.query = false, ""
		s.refilter()
	case key.Matches(msg, s.keys.accept):
		s.typing = false
		if strings.TrimSpace(s.query) == "" {
			s.query = ""
		}
	case key.Matches(msg, s.keys.up), key.Matches(msg, s.keys.down):
		s.move(msg)
	case msg.Type == tea.KeyBackspace:
		if r := []rune(s.query); len(r) > 0 {
			s.query = string(r[:len(r)-1])
			s.refilter()
		}
	case msg.Type == tea.KeyCtrlU:
		s.query = ""
		s.refilter()
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		added := false
		for _, r := range msg.Runes {
			if unicode.IsPrint(r) && len([]rune(s.query)) < maxFilter {
				s.query += string(r)
				added = true
			}
		}
		if added {
			s.refilter()
		}
	}
}

func (s *skills) move(msg tea.KeyMsg) {
	before := s.menu.Cursor
	if key.Matches(msg, s.keys.up) {
		s.menu.Update(tea.KeyMsg{Type: tea.KeyUp}, s.menuHeight())
	} else {
		s.menu.Update(tea.KeyMsg{Type: tea.KeyDown}, s.menuHeight())
	}
	if s.menu.Cursor != before {
		s.paneChanged()
	}
}

func (s *skills) key(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.filter):
		s.typing = true
		return nil
	case key.Matches(msg, s.keys.clear) && s.query != "":
		s.query = ""
		s.refilter()
		return nil
	case s.wide && key.Matches(msg, s.keys.pageDown):
		s.pane.Viewport.PageDown()
		return nil
	case s.wide && key.Matches(msg, s.keys.pageUp):
		s.pane.Viewport.PageUp()
		return nil
	case key.Matches(msg, s.keys.open) || msg.String() == "right" || msg.String() == "l":
		return s.open()
	}
	before := s.menu.Cursor
	if s.menu.Update(msg, s.menuHeight()) && s.menu.Cursor != before {
		s.paneChanged()
	}
	return nil
}

func (s *skills) open() tea.Cmd {
	if sk := s.selected(); sk != nil {
		return Navigate(RouteSkill, sk.ID)
	}
	return nil
}

func (s *skills) mouse(msg tea.MouseMsg) tea.Cmd {
	if s.wide && msg.X >= s.listWidth() {
		return s.pane.Update(msg)
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		before := s.menu.Cursor
		if s.menu.Click(msg.Y - skillsHead) {
			if s.menu.Cursor == before {
				return s.open()
			}
			s.paneChanged()
		}
	}
	return nil
}

func (s *skills) count() string {
	n := len(s.Lib().Skills)
	if strings.TrimSpace(s.query) == "" {
		return fmt.Sprintf("%d skills", n)
	}
	return fmt.Sprintf("%d of %d skills", len(s.visible), n)
}

func (s *skills) filterLine(width int) string {
	st := s.Styles()
	q := Clean(s.query)
	switch {
	case s.typing:
		return Truncate(st.Accent.Render("Filter: ")+q+st.Accent.Render("_")+
			st.Faint.Render("  enter keep · esc clear"), width)
	case q != "":
		return Truncate(st.Accent.Render("Filter: ")+q+st.Faint.Render("  / edit · x clear"), width)
	}
	return Truncate(st.Faint.Render("Press / to filter by name or description"), width)
}

func (s *skills) listView(width int) string {
	st := s.Styles()
	head := st.Title.Render("Skills") + "  " + st.Muted.Render(s.count())
	var body string
	if len(s.visible) == 0 {
		how := "Press x to clear the filter."
		if s.typing {
			how = "Press esc to clear the filter."
		}
		body = st.Muted.Render(Wrap(fmt.Sprintf("No skill matches %q. %s", Clean(s.query), how), width))
	} else {
		body = s.menu.View(st, width, s.menuHeight())
	}
	return Truncate(head, width) + "\n" + s.filterLine(width) + "\n\n" + body
}

func (s *skills) View() string {
	if !s.wide {
		return s.listView(s.Width)
	}
	lw, pw := SplitWidths(s.Width)
	left := Fit(s.listView(lw), lw, s.Height)
	right := Pane(s.Styles(), &s.pane, pw)
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", right)
}

func (s *skills) Keys() help.KeyMap {
	k := s.keys
	if s.typing {
		move := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
		return KeyMap{Short: []key.Binding{move, k.accept, k.cancel}, Full: [][]key.Binding{{move, k.accept, k.cancel}}}
	}
	nav := NewNavKeys()
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
	open := k.open
	open.SetEnabled(len(s.visible) > 0)
	clear := k.clear
	clear.SetEnabled(s.query != "")
	pd, pu := k.pageDown, k.pageUp
	pd.SetEnabled(s.wide)
	pu.SetEnabled(s.wide)
	return KeyMap{
		Short: []key.Binding{choose, open, k.filter, clear, pd},
		Full:  [][]key.Binding{{nav.Up, nav.Down, nav.Top, nav.Bottom, open}, {k.filter, clear, pd, pu}},
	}
}

// --- One skill ---------------------------------------------------------------

// skillDetail is one skill in Full: the levels, with the person's own
// rating marked, and what builds it, reads it and shows it.
type skillDetail struct {
	Base
	sk      *content.Skill
	ratings skillRatings
	doc     Doc
}

func newSkillDetail(c *Context, id string) Screen {
	d := &skillDetail{Base: NewBase(c), ratings: newSkillRatings(c)}
	d.sk, _ = c.Lib().Skill(id)
	d.doc = NewDoc(func(width int) string {
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
	return Clean(d.sk.Name)
}

func (d *skillDetail) Init() tea.Cmd { return loadSkillRatings(d.Context, d.id) }

func (d *skillDetail) SetSize(w, h int) {
	d.Base.SetSize(w, h)
	d.doc.SetSize(min(w, ReadWidth), max(1, h-2))
}

func (d *skillDetail) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		d.ratings.set(msg)
		d.doc.Invalidate()
		if msg.err != nil {
			return d, d.StatusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case AssessedMsg:
		return d, loadSkillRatings(d.Context, d.id)
	case tea.KeyMsg, tea.MouseMsg:
		return d, DocNav(&d.doc, msg)
	}
	return d, nil
}

func (d *skillDetail) View() string {
	st := d.Styles()
	hint := d.doc.ScrollHint(st)
	tw := min(d.Width, ReadWidth)
	title := st.Title.Render(Truncate(d.Title(), tw-lipgloss.Width(hint)-2))
	gap := max(1, tw-lipgloss.Width(title)-lipgloss.Width(hint))
	return title + strings.Repeat(" ", gap) + hint + "\n\n" + d.doc.View()
}

func (d *skillDetail) Keys() help.KeyMap {
	n := NewNavKeys()
	dk := DocKeys()
	return KeyMap{Short: dk, Full: [][]key.Binding{append(dk, n.Top, n.Bottom)}}
}
