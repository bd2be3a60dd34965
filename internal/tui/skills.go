package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// browseSplit is the body width from which the browsing screens (skills,
// perspective, reference) show the selected entry beside the list.
const browseSplit = 110

// readableWidth caps the width of running text on full-screen documents:
// lines much longer than this are hard to read on a wide terminal.
const readableWidth = 100

// browseWidths splits a body width into a list column and a detail pane,
// with a two-cell gap between them.
func browseWidths(w int) (list, pane int) {
	// Half each, up to a list of 64 and a panel of 100: past that, lines
	// of text grow too long to read and the list is mostly blank.
	list = max(30, min(64, (w-2)/2))
	return list, max(20, min(100, w-list-2))
}

// browsePane draws a document in a bordered panel w cells wide, as tall as
// the document's viewport (see hug).
func browsePane(st *Styles, d *doc, w int) string {
	return d.cached(w, func() string { return st.Box.Width(max(1, w-2)).Render(d.view()) })
}

// sizePane sizes a document for a browsePane of at most w x h cells and
// shrinks it to its text, so a short entry gets a short panel.
func sizePane(d *doc, w, h int) {
	d.setSize(max(1, w-4), max(1, h-2))
	hug(d, max(1, h-2))
}

// refreshPane re-renders a pane's document after its entry changed, at most
// h cells tall (the panel's border included), from the top.
func refreshPane(d *doc, h int) {
	d.vp.Height = max(1, h-2)
	d.vp.GotoTop()
	d.invalidate()
	hug(d, max(1, h-2))
}

// hug shrinks a document's viewport to its text, up to maxH lines.
func hug(d *doc, maxH int) {
	d.vp.Height = max(1, min(maxH, d.vp.TotalLineCount()))
	d.vp.SetYOffset(d.vp.YOffset)
}

// docNav handles the document keys the viewport lacks (g and G for top and
// bottom) and passes everything else on to the viewport.
func docNav(d *doc, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		nav := newNavKeys()
		switch {
		case key.Matches(k, nav.Top):
			d.vp.GotoTop()
			return nil
		case key.Matches(k, nav.Bottom):
			d.vp.GotoBottom()
			return nil
		}
	}
	return d.update(msg)
}

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

func (m skillRatingsMsg) target() int { return m.to }

func newSkillRatings(c *ctx) skillRatings {
	if c.store == nil {
		return skillRatings{loaded: true, noStore: true}
	}
	return skillRatings{}
}

func (r *skillRatings) set(m skillRatingsMsg) {
	*r = skillRatings{loaded: true, found: m.found, skills: m.skills, at: m.at, err: m.err}
}

// loadSkillRatings reads the latest assessment off the store, for the
// screen with id to. It does nothing without a store.
func loadSkillRatings(c *ctx, to int) tea.Cmd {
	if c.store == nil {
		return nil
	}
	st, lib, track := c.store, c.lib, c.lib.Track.ID
	return func() tea.Msg {
		a, ok, err := st.LatestAssessment(track)
		if err != nil || !ok {
			return skillRatingsMsg{to: to, err: err}
		}
		ans, err := assess.ParseAnswers(lib, "saved assessment", a.Answers)
		if err != nil {
			return skillRatingsMsg{to: to, err: err}
		}
		var ratings map[string]int
		if f, ok := lib.FactOfKind(content.FactSkills); ok {
			ratings = ans.Ratings(f.Key)
		}
		return skillRatingsMsg{to: to, found: true, skills: ratings, at: a.TakenAt}
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
	b.WriteString(st.Muted.Render(wrap(clean(cat), width)))
	b.WriteString("\n\n")
	b.WriteString(wrap(clean(sk.Description), width))

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
			lines := strings.Split(wrap(clean(a), width-pw), "\n")
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
			b.WriteString("\n\n" + st.Muted.Render(wrap(note, width)))
		}
	}

	var steps []string
	for _, s := range lib.Steps {
		if slices.Contains(s.Skills, sk.ID) {
			steps = append(steps, fmt.Sprintf("Step %d: %s", s.Number, clean(s.Title)))
		}
	}
	if len(steps) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Steps that build it") + "\n")
		b.WriteString(bullets(st, width, "•", steps))
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
		line := clean(role) + ": " + clean(q.Label)
		if q.Kind == "required" {
			line += " (required)"
		}
		reqs = append(reqs, line)
	}
	if len(reqs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Rungs that ask for it") + "\n")
		b.WriteString(bullets(st, width, "•", reqs))
	}

	var qs []string
	for _, c := range lib.Cards {
		if slices.Contains(c.Skills, sk.ID) {
			qs = append(qs, c.Question)
		}
	}
	if len(qs) > 0 {
		b.WriteString("\n\n" + st.Section.Render("Interview questions that show it") + "\n")
		b.WriteString(bullets(st, width, "•", qs))
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
	base
	keys    skillsKeys
	menu    menu
	hay     []string // lower-cased name, id and description of each skill
	visible []int    // indices into lib.Skills that match the filter
	query   string
	typing  bool
	ratings skillRatings
	pane    doc
	wide    bool
}

func newSkills(c *ctx) Screen {
	s := &skills{base: newBase(c), keys: newSkillsKeys(), ratings: newSkillRatings(c)}
	for _, sk := range c.lib.Skills {
		s.hay = append(s.hay, strings.ToLower(sk.Name+"\n"+sk.ID+"\n"+clean(sk.Description)))
	}
	s.pane = newDoc(func(width int) string {
		sk := s.selected()
		if sk == nil {
			return ""
		}
		return s.st().Title.Render(truncate(clean(sk.Name), width)) + "\n" +
			skillBody(s.st(), s.lib(), sk, s.ratings, width)
	})
	s.refilter()
	return s
}

func (s *skills) Title() string { return "Skills" }

func (s *skills) Init() tea.Cmd { return loadSkillRatings(s.c, s.id) }

// Refresh re-reads the ratings: an assessment may have been taken since.
func (s *skills) Refresh() tea.Cmd { return loadSkillRatings(s.c, s.id) }

func (s *skills) Capturing() bool { return s.typing }

// ClaimsEsc: with a filter kept, esc clears it before it goes back.
func (s *skills) ClaimsEsc() bool { return !s.typing && s.query != "" }

func (s *skills) selected() *content.Skill {
	if len(s.visible) == 0 {
		return nil
	}
	return &s.lib().Skills[s.visible[s.menu.cursor]]
}

// refilter recomputes the visible skills, keeping the selection when it
// still matches.
func (s *skills) refilter() {
	keep := -1
	if len(s.visible) > 0 {
		keep = s.visible[s.menu.cursor]
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
	s.menu.cursor = cursor
	s.paneChanged()
}

// rebuild lays out the menu rows; the first visible skill of each category
// carries the category's name.
func (s *skills) rebuild() {
	lib := s.lib()
	items := make([]item, 0, len(s.visible))
	prev := ""
	for _, i := range s.visible {
		sk := lib.Skills[i]
		it := item{title: clean(sk.Name)}
		if s.listWidth() >= 70 {
			it.desc = clean(sk.Description)
		}
		if sk.Category != prev {
			it.badge = sk.Category
			if c, ok := lib.SkillCategory(sk.Category); ok {
				it.badge = clean(c.Name)
			}
			prev = sk.Category
		}
		items = append(items, it)
	}
	cursor := s.menu.cursor
	s.menu = newMenu(items, false)
	s.menu.cursor = min(cursor, max(0, len(items)-1))
}

func (s *skills) SetSize(w, h int) {
	s.base.SetSize(w, h)
	s.wide = w >= browseSplit
	s.rebuild()
	if s.wide {
		_, pw := browseWidths(w)
		sizePane(&s.pane, pw, h)
	}
}

// listWidth is the width of the list column.
func (s *skills) listWidth() int {
	if s.wide {
		lw, _ := browseWidths(s.w)
		return lw
	}
	return s.w
}

// paneChanged re-renders the selected skill's detail beside the list.
func (s *skills) paneChanged() { refreshPane(&s.pane, s.h) }

// skillsHead is the height above the list: the title, the filter line and a
// blank line.
const skillsHead = 3

func (s *skills) menuHeight() int { return max(1, s.h-skillsHead-1) }

func (s *skills) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		s.ratings.set(msg)
		s.paneChanged()
		if msg.err != nil {
			return s, statusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case assessedMsg:
		return s, loadSkillRatings(s.c, s.id)
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
	before := s.menu.cursor
	if key.Matches(msg, s.keys.up) {
		s.menu.update(tea.KeyMsg{Type: tea.KeyUp}, s.menuHeight())
	} else {
		s.menu.update(tea.KeyMsg{Type: tea.KeyDown}, s.menuHeight())
	}
	if s.menu.cursor != before {
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
		s.pane.vp.PageDown()
		return nil
	case s.wide && key.Matches(msg, s.keys.pageUp):
		s.pane.vp.PageUp()
		return nil
	case key.Matches(msg, s.keys.open) || msg.String() == "right" || msg.String() == "l":
		return s.open()
	}
	before := s.menu.cursor
	if s.menu.update(msg, s.menuHeight()) && s.menu.cursor != before {
		s.paneChanged()
	}
	return nil
}

func (s *skills) open() tea.Cmd {
	if sk := s.selected(); sk != nil {
		return push(newSkillDetail(s.c, sk.ID))
	}
	return nil
}

func (s *skills) mouse(msg tea.MouseMsg) tea.Cmd {
	if s.wide && msg.X >= s.listWidth() {
		return s.pane.update(msg)
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		before := s.menu.cursor
		if s.menu.click(msg.Y - skillsHead) {
			if s.menu.cursor == before {
				return s.open()
			}
			s.paneChanged()
		}
	}
	return nil
}

func (s *skills) count() string {
	n := len(s.lib().Skills)
	if strings.TrimSpace(s.query) == "" {
		return fmt.Sprintf("%d skills", n)
	}
	return fmt.Sprintf("%d of %d skills", len(s.visible), n)
}

func (s *skills) filterLine(width int) string {
	st := s.st()
	q := clean(s.query)
	switch {
	case s.typing:
		return truncate(st.Accent.Render("Filter: ")+q+st.Accent.Render("_")+
			st.Faint.Render("  enter keep · esc clear"), width)
	case q != "":
		return truncate(st.Accent.Render("Filter: ")+q+st.Faint.Render("  / edit · x clear"), width)
	}
	return truncate(st.Faint.Render("Press / to filter by name or description"), width)
}

func (s *skills) listView(width int) string {
	st := s.st()
	head := st.Title.Render("Skills") + "  " + st.Muted.Render(s.count())
	var body string
	if len(s.visible) == 0 {
		how := "Press x to clear the filter."
		if s.typing {
			how = "Press esc to clear the filter."
		}
		body = st.Muted.Render(wrap(fmt.Sprintf("No skill matches %q. %s", clean(s.query), how), width))
	} else {
		body = s.menu.view(st, width, s.menuHeight())
	}
	return truncate(head, width) + "\n" + s.filterLine(width) + "\n\n" + body
}

func (s *skills) View() string {
	if !s.wide {
		return s.listView(s.w)
	}
	lw, pw := browseWidths(s.w)
	left := fit(s.listView(lw), lw, s.h)
	right := browsePane(s.st(), &s.pane, pw)
	return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", right)
}

func (s *skills) Keys() keyMap {
	k := s.keys
	if s.typing {
		move := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
		return keyMap{short: []key.Binding{move, k.accept, k.cancel}, full: [][]key.Binding{{move, k.accept, k.cancel}}}
	}
	nav := newNavKeys()
	choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose"))
	open := k.open
	open.SetEnabled(len(s.visible) > 0)
	clear := k.clear
	clear.SetEnabled(s.query != "")
	pd, pu := k.pageDown, k.pageUp
	pd.SetEnabled(s.wide)
	pu.SetEnabled(s.wide)
	return keyMap{
		short: []key.Binding{choose, open, k.filter, clear, pd},
		full:  [][]key.Binding{{nav.Up, nav.Down, nav.Top, nav.Bottom, open}, {k.filter, clear, pd, pu}},
	}
}

// --- One skill ---------------------------------------------------------------

// skillDetail is one skill in full: the levels, with the person's own
// rating marked, and what builds it, reads it and shows it.
type skillDetail struct {
	base
	sk      *content.Skill
	ratings skillRatings
	doc     doc
}

func newSkillDetail(c *ctx, id string) Screen {
	d := &skillDetail{base: newBase(c), ratings: newSkillRatings(c)}
	d.sk, _ = c.lib.Skill(id)
	d.doc = newDoc(func(width int) string {
		if d.sk == nil {
			return d.st().Muted.Render("This skill is not in the track.")
		}
		return skillBody(d.st(), d.lib(), d.sk, d.ratings, width)
	})
	return d
}

func (d *skillDetail) Title() string {
	if d.sk == nil {
		return "Skill"
	}
	return clean(d.sk.Name)
}

func (d *skillDetail) Init() tea.Cmd { return loadSkillRatings(d.c, d.id) }

func (d *skillDetail) SetSize(w, h int) {
	d.base.SetSize(w, h)
	d.doc.setSize(min(w, readableWidth), max(1, h-2))
}

func (d *skillDetail) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case skillRatingsMsg:
		d.ratings.set(msg)
		d.doc.invalidate()
		if msg.err != nil {
			return d, statusErr("Could not read your last assessment: " + msg.err.Error())
		}
	case assessedMsg:
		return d, loadSkillRatings(d.c, d.id)
	case tea.KeyMsg, tea.MouseMsg:
		return d, docNav(&d.doc, msg)
	}
	return d, nil
}

func (d *skillDetail) View() string {
	st := d.st()
	hint := d.doc.scrollHint(st)
	tw := min(d.w, readableWidth)
	title := st.Title.Render(truncate(d.Title(), tw-lipgloss.Width(hint)-2))
	gap := max(1, tw-lipgloss.Width(title)-lipgloss.Width(hint))
	return title + strings.Repeat(" ", gap) + hint + "\n\n" + d.doc.view()
}

func (d *skillDetail) Keys() keyMap {
	n := newNavKeys()
	dk := docKeys()
	return keyMap{short: dk, full: [][]key.Binding{append(dk, n.Top, n.Bottom)}}
}
