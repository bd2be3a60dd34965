// Package questionnaire is the self-assessment: one question a page, then a
// page to review the answers and submit them, which places the person on
// the ladder and opens their results.
package questionnaire

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// questionnaireKeys are the questionnaire's keys; which are on depends on
// the kind of question shown (syncKeys), and the review page has its own.
type questionnaireKeys struct {
	Next, Prev, Up, Down, Less, More, Clear, Submit key.Binding
	Pick                                            key.Binding // a choice by its number
	Yes, No                                         key.Binding // a yes-or-no question
	Digit                                           key.Binding // a number being typed
	Erase                                           key.Binding // its last digit
	Rate                                            key.Binding // a skill, 1 to 5
}

func (k questionnaireKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pick, k.Yes, k.No, k.Digit, k.Rate, k.Less, k.More, k.Clear, k.Next, k.Submit, k.Prev, k.Up, k.Down}
}

func (k questionnaireKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Pick, k.Yes, k.No, k.Digit, k.Erase}, {k.Rate, k.Less, k.More, k.Clear},
		{k.Next, k.Submit, k.Prev}}
}

func newQuestionnaireKeys() questionnaireKeys {
	return questionnaireKeys{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "next")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "ctrl+b"), key.WithHelp("shift+tab", "previous")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Less:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		More:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Clear:  key.NewBinding(key.WithKeys("backspace", "0", "delete"), key.WithHelp("0", "clear")),
		Submit: key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "submit")),
		Pick:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "choose")),
		Yes:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Digit:  key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "."), key.WithHelp("0-9", "type a number")),
		Erase:  key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("⌫", "erase")),
		Rate:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "rate")),
	}
}

// syncKeys offers the keys of the page shown: its kind of question, or
// the review page.
func (q *questionnaire) syncKeys() {
	k := &q.keys
	for _, b := range []*key.Binding{&k.Pick, &k.Yes, &k.No, &k.Digit, &k.Erase, &k.Rate, &k.Less, &k.More, &k.Clear, &k.Submit} {
		b.SetEnabled(false)
	}
	k.Up.SetHelp("↑/k", "up")
	k.Down.SetHelp("↓/j", "down")
	k.Next.SetHelp("enter", "next")
	k.Prev.SetEnabled(q.idx > 0)
	qu := q.current()
	if qu == nil { // the review page
		k.Next.SetHelp("enter", "change / submit")
		k.Submit.SetEnabled(true)
		return
	}
	switch qu.Kind {
	case content.KindChoice, content.KindScale, content.KindYesNo:
		n := min(9, q.options(qu))
		picks := make([]string, n)
		for i := range picks {
			picks[i] = strconv.Itoa(i + 1)
		}
		k.Pick.SetKeys(picks...)
		k.Pick.SetHelp("1-"+strconv.Itoa(n), "choose")
		k.Pick.SetEnabled(n > 0)
		k.Yes.SetEnabled(qu.Kind == content.KindYesNo)
		k.No.SetEnabled(qu.Kind == content.KindYesNo)
	case content.KindNumber:
		k.Up.SetHelp("↑", "one more")
		k.Down.SetHelp("↓", "one less")
		k.Digit.SetEnabled(true)
		k.Erase.SetEnabled(q.number[qu.ID] != "")
	case content.KindSkills:
		k.Up.SetHelp("↑/k", "previous skill")
		k.Down.SetHelp("↓/j", "next skill")
		for _, b := range []*key.Binding{&k.Rate, &k.Less, &k.More, &k.Clear} {
			b.SetEnabled(len(qu.Skills) > 0)
		}
	}
}

// draftLoadedMsg brings back the answers of an unfinished or the latest
// assessment, to start from.
type draftLoadedMsg struct {
	to      int
	answers *assess.Answers
	draft   bool
}

func (m draftLoadedMsg) Target() int { return m.to }

// savedMsg reports a store write.
type savedMsg struct {
	to  int
	err error
}

func (m savedMsg) Target() int { return m.to }

// questionnaire asks one question per page, then shows a review page.
type questionnaire struct {
	tui.Base
	keys    questionnaireKeys
	qs      []content.Question
	idx     int // len(qs) is the review page
	answers assess.Answers
	// per-question input state
	cursor map[string]int    // choice / scale / yesno cursor, by question id
	number map[string]string // number text being typed, by question id
	errMsg string
	skill  int  // cursor row in a skills block
	review int  // cursor row on the review page
	dirty  bool // answers changed since the draft was last kept
}

// New makes the self-assessment (tui.RouteAssess); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	q := &questionnaire{Base: tui.NewBase(c), keys: newQuestionnaireKeys(),
		answers: assess.Answers{Given: map[string]bool{}}, cursor: map[string]int{}, number: map[string]string{}}
	if c.Lib().Questionnaire != nil {
		q.qs = c.Lib().Questionnaire.Questions
	}
	return q
}

func (q *questionnaire) Title() string { return "Self-assessment" }

// SetSize keeps the questions to a reading width.
func (q *questionnaire) SetSize(w, h int) { q.Base.SetSize(tui.Reading(w), h) }

// Init starts from unfinished answers, or else the latest assessment's.
func (q *questionnaire) Init() tea.Cmd {
	pr, lib, id := q.Progress(), q.Lib(), q.ID()
	if !pr.Open() {
		return nil
	}
	return func() tea.Msg {
		msg := draftLoadedMsg{to: id}
		if a, draft, ok := pr.Draft(lib); ok {
			msg.answers, msg.draft = &a, draft
		}
		return msg
	}
}

func (q *questionnaire) current() *content.Question {
	if q.idx < len(q.qs) {
		return &q.qs[q.idx]
	}
	return nil
}

// load puts answers into the per-question input state.
func (q *questionnaire) load(a assess.Answers) {
	q.answers = a.Clone()
	for _, qu := range q.qs {
		if !a.Has(qu.Answer) {
			continue
		}
		switch qu.Kind {
		case content.KindChoice:
			for i, o := range qu.Options {
				if o.Value == a.Text(qu.Answer) {
					q.cursor[qu.ID] = i
				}
			}
		case content.KindNumber:
			q.number[qu.ID] = strconv.FormatFloat(a.Number(qu.Answer), 'f', -1, 64)
		case content.KindScale:
			q.cursor[qu.ID] = int(a.Number(qu.Answer)) - 1
		case content.KindYesNo:
			if a.ManagedBudget {
				q.cursor[qu.ID] = 0
			} else {
				q.cursor[qu.ID] = 1
			}
		}
	}
}

func (q *questionnaire) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftLoadedMsg:
		if msg.answers != nil && len(q.answers.Given) == 0 {
			q.load(*msg.answers)
			if msg.draft {
				return q, q.Status("Picked up your unfinished answers where you left them.")
			}
			return q, q.Status("Your last answers are filled in; change what has changed.")
		}
	case savedMsg:
		if msg.err != nil {
			return q, q.StatusErr("Could not save: " + msg.err.Error())
		}
	case tea.KeyMsg:
		return q.key(msg)
	}
	return q, nil
}

func (q *questionnaire) key(msg tea.KeyMsg) (tui.Screen, tea.Cmd) {
	q.syncKeys()
	k := q.keys
	if qu := q.current(); qu != nil {
		switch {
		case key.Matches(msg, k.Next):
			return q, q.commitAndMove(+1)
		case key.Matches(msg, k.Prev):
			return q, q.commitAndMove(-1)
		}
		switch qu.Kind {
		case content.KindChoice, content.KindScale, content.KindYesNo:
			q.choiceKey(qu, msg)
		case content.KindNumber:
			q.numberKey(qu, msg)
		case content.KindSkills:
			q.skillsKey(qu, msg)
		}
		return q, nil
	}
	// The review page.
	rows := len(q.qs) + 1
	switch {
	case key.Matches(msg, k.Up):
		q.review = (q.review - 1 + rows) % rows
	case key.Matches(msg, k.Down):
		q.review = (q.review + 1) % rows
	case key.Matches(msg, k.Prev):
		q.idx = len(q.qs) - 1
	case key.Matches(msg, k.Submit):
		return q, q.submit()
	case key.Matches(msg, k.Next):
		if q.review == len(q.qs) {
			return q, q.submit()
		}
		q.idx = q.review
	}
	return q, nil
}

func (q *questionnaire) options(qu *content.Question) int {
	switch qu.Kind {
	case content.KindChoice:
		return len(qu.Options)
	case content.KindScale:
		return 5
	case content.KindYesNo:
		return 2
	}
	return 0
}

func (q *questionnaire) choiceKey(qu *content.Question, msg tea.KeyMsg) {
	n := q.options(qu)
	cur, ok := q.cursor[qu.ID]
	if !ok {
		cur = -1
	}
	switch {
	case key.Matches(msg, q.keys.Up):
		cur = max(0, cur-1)
	case key.Matches(msg, q.keys.Down):
		cur = min(n-1, cur+1)
	case key.Matches(msg, q.keys.Yes):
		cur = 0
	case key.Matches(msg, q.keys.No):
		cur = 1
	case key.Matches(msg, q.keys.Pick):
		cur = slices.Index(q.keys.Pick.Keys(), msg.String())
	default:
		return
	}
	q.cursor[qu.ID] = cur
	q.errMsg = ""
	q.set(qu, cur)
	q.dirty = true
}

// set records the choice at cursor position cur as the answer.
func (q *questionnaire) set(qu *content.Question, cur int) {
	switch qu.Kind {
	case content.KindChoice:
		q.answers.Set(qu.Answer, qu.Options[cur].Value)
	case content.KindScale:
		q.answers.Set(qu.Answer, cur+1)
	case content.KindYesNo:
		q.answers.Set(qu.Answer, cur == 0)
	}
}

func (q *questionnaire) numberKey(qu *content.Question, msg tea.KeyMsg) {
	s := q.number[qu.ID]
	switch {
	case key.Matches(msg, q.keys.Erase):
		s = s[:len(s)-1]
	case key.Matches(msg, q.keys.Up):
		f, _ := strconv.ParseFloat(s, 64)
		s = strconv.FormatFloat(f+1, 'f', -1, 64)
	case key.Matches(msg, q.keys.Down):
		f, _ := strconv.ParseFloat(s, 64)
		s = strconv.FormatFloat(max(0, f-1), 'f', -1, 64)
	case key.Matches(msg, q.keys.Digit):
		if t := s + msg.String(); len(s) < 8 && strings.Count(t, ".") <= 1 {
			s = t
		}
	default:
		return
	}
	q.number[qu.ID] = s
	q.errMsg = ""
	q.dirty = true
}

func (q *questionnaire) skillsKey(qu *content.Question, msg tea.KeyMsg) {
	if len(qu.Skills) == 0 {
		return
	}
	ratings := q.answers.Skills
	if ratings == nil {
		ratings = map[string]int{}
	}
	id := qu.Skills[q.skill]
	r := ratings[id]
	switch {
	case key.Matches(msg, q.keys.Up):
		q.skill = (q.skill - 1 + len(qu.Skills)) % len(qu.Skills)
		return
	case key.Matches(msg, q.keys.Down):
		q.skill = (q.skill + 1) % len(qu.Skills)
		return
	case key.Matches(msg, q.keys.Less):
		r = max(1, r-1)
	case key.Matches(msg, q.keys.More):
		r = min(5, r+1)
	case key.Matches(msg, q.keys.Clear):
		r = 0
	case key.Matches(msg, q.keys.Rate):
		r = slices.Index(q.keys.Rate.Keys(), msg.String()) + 1
		// A digit rates and moves on, so fifteen ratings are fifteen keys.
		defer func() { q.skill = min(len(qu.Skills)-1, q.skill+1) }()
	default:
		return
	}
	if r == 0 {
		delete(ratings, id)
	} else {
		ratings[id] = r
	}
	q.answers.Set(qu.Answer, ratings)
	q.dirty = true
}

// commitAndMove validates the current page and moves by dir.
func (q *questionnaire) commitAndMove(dir int) tea.Cmd {
	qu := q.current()
	if qu != nil && qu.Kind == content.KindNumber {
		s := strings.TrimSpace(q.number[qu.ID])
		if s == "" {
			q.answers.Unset(qu.Answer)
		} else {
			f, err := strconv.ParseFloat(s, 64)
			lo, hi := bounds(qu)
			if err != nil || f < lo || f > hi {
				q.errMsg = fmt.Sprintf("Enter a number from %g to %g, or leave it empty to skip.", lo, hi)
				return nil
			}
			q.answers.Set(qu.Answer, f)
		}
	}
	if qu != nil && dir > 0 && q.options(qu) > 0 && !q.answers.Has(qu.Answer) {
		q.set(qu, q.cursor[qu.ID]) // enter picks the highlighted choice
	}
	q.errMsg = ""
	q.idx = max(0, min(len(q.qs), q.idx+dir))
	q.skill = 0
	if q.idx == len(q.qs) {
		q.review = len(q.qs) // the cursor starts on Submit
	}
	return q.saveDraft()
}

func bounds(qu *content.Question) (float64, float64) {
	lo, hi := 0.0, 1e6
	if qu.Min != nil {
		lo = *qu.Min
	}
	if qu.Max != nil {
		hi = *qu.Max
	}
	return lo, hi
}

func (q *questionnaire) saveDraft() tea.Cmd {
	pr, id, a := q.Progress(), q.ID(), q.answers.Clone()
	if !pr.Open() {
		return nil
	}
	q.dirty = false
	return func() tea.Msg { return savedMsg{to: id, err: pr.SaveDraft(a)} }
}

// Unsaved says what leaving would lose: with a database, the answer on
// this page (the others are kept as a draft); without one, every answer.
func (q *questionnaire) Unsaved() string {
	switch {
	case !q.dirty:
		return ""
	case q.Progress().Open():
		return "your answer to this question"
	}
	return "your answers"
}

// submit places the person, saves the assessment and opens the results.
func (q *questionnaire) submit() tea.Cmd {
	pr, lib := q.Progress(), q.Lib()
	a := q.answers.Clone()
	p := assess.Evaluate(lib, a)
	at := q.Now()
	cmds := []tea.Cmd{
		func() tea.Msg { return tui.AssessedMsg{Placement: p, At: at} },
		tui.Replace(tui.RouteResults, p),
	}
	if pr.Open() {
		cmds = append(cmds, func() tea.Msg { return tui.AssessmentSavedMsg{Err: pr.SaveAssessment(lib, a, p, at)} })
	}
	return tea.Sequence(cmds...)
}

// answerText says an answer in words, for the review page.
func (q *questionnaire) answerText(qu content.Question) string {
	if !q.answers.Has(qu.Answer) {
		return "not answered"
	}
	switch qu.Kind {
	case content.KindChoice:
		for _, o := range qu.Options {
			if o.Value == q.answers.Text(qu.Answer) {
				return tui.Clean(o.Label)
			}
		}
	case content.KindNumber:
		n := q.answers.Number(qu.Answer)
		s := strconv.FormatFloat(n, 'f', -1, 64)
		if qu.Unit != "" {
			s += " " + tui.UnitFor(n, qu.Unit)
		}
		return s
	case content.KindScale:
		return fmt.Sprintf("%d of 5", int(q.answers.Number(qu.Answer)))
	case content.KindYesNo:
		if q.answers.ManagedBudget {
			return "yes"
		}
		return "no"
	case content.KindSkills:
		n, sum := 0, 0
		for _, id := range qu.Skills {
			if r, ok := q.answers.Skills[id]; ok {
				n++
				sum += r
			}
		}
		if n == 0 {
			return "none rated"
		}
		return fmt.Sprintf("%d of %d rated, average %.1f", n, len(qu.Skills), float64(sum)/float64(n))
	}
	return ""
}

func (q *questionnaire) View() string {
	st := q.Styles()
	if len(q.qs) == 0 {
		return st.Muted.Render("This track has no questionnaire.")
	}
	if q.idx == len(q.qs) {
		return q.reviewView()
	}
	if v := q.questionView(true); lipgloss.Height(v) <= q.Height {
		return v
	}
	return q.questionView(false) // short of room, the question's help goes
}

// questionView draws the question on show, with its help when withHelp.
func (q *questionnaire) questionView(withHelp bool) string {
	st := q.Styles()
	qu := q.current()
	progress := fmt.Sprintf("Question %d of %d ", q.idx+1, len(q.qs))
	head := st.Muted.Render(progress) + tui.Bar(st, 100*(q.idx+1)/len(q.qs), min(30, q.Width-lipgloss.Width(progress)))
	parts := []string{head, "", st.Title.Render(tui.Wrap(qu.Prompt, q.Width))}
	if qu.Help != "" && withHelp {
		parts = append(parts, st.Muted.Render(tui.Wrap(tui.Clean(qu.Help), q.Width)))
	}
	parts = append(parts, "")
	used := lipgloss.Height(strings.Join(parts, "\n"))
	body := ""
	switch qu.Kind {
	case content.KindChoice, content.KindScale, content.KindYesNo:
		// Each option's description in full, wrapped under its label, when
		// the screen has the room; cut to one line each otherwise.
		body = q.choiceView(qu, true)
		if used+lipgloss.Height(body)+3 > q.Height {
			body = q.choiceView(qu, false)
		}
	case content.KindNumber:
		body = q.numberView(qu)
	case content.KindSkills:
		body = q.skillsView(qu, q.Height-used-1)
	}
	parts = append(parts, body)
	if q.errMsg != "" {
		parts = append(parts, "", st.Bad.Render(q.errMsg))
	}
	return strings.Join(parts, "\n")
}

func (q *questionnaire) choiceView(qu *content.Question, wrapHelp bool) string {
	st := q.Styles()
	var labels, helps []string
	switch qu.Kind {
	case content.KindChoice:
		for _, o := range qu.Options {
			labels = append(labels, tui.Clean(o.Label))
			helps = append(helps, tui.Clean(o.Help))
		}
	case content.KindScale:
		for i, a := range qu.Anchors {
			labels = append(labels, fmt.Sprintf("%d", i+1))
			helps = append(helps, tui.Clean(a))
		}
	case content.KindYesNo:
		labels, helps = []string{"Yes", "No"}, []string{"", ""}
	}
	cur := q.cursor[qu.ID]
	answered := q.answers.Has(qu.Answer)
	// When wrapping, the descriptions share one column after the longest
	// label, if that leaves them room; "> ( ) 1. " is 9 cells.
	col := 0
	if wrapHelp {
		for _, l := range labels {
			col = max(col, 9+lipgloss.Width(l)+2)
		}
		if q.Width-col < 30 {
			col = 0
		}
	}
	var b strings.Builder
	for i, l := range labels {
		pointer, mark := "  ", "( )"
		if i == cur {
			pointer = "> "
		}
		if answered && i == cur {
			mark = "(*)"
		}
		num := fmt.Sprintf("%d. ", i+1)
		if qu.Kind == content.KindScale {
			num = ""
		}
		head := tui.Truncate(pointer+mark+" "+num+l, q.Width)
		if i == cur {
			head = st.Selected.Render(head)
		} else {
			head = st.Text.Render(head)
		}
		gap := 2
		if col > 0 {
			gap = max(2, col-lipgloss.Width(head))
		}
		if room := q.Width - lipgloss.Width(head) - gap; helps[i] != "" && room > 8 {
			if wrapHelp {
				// A hanging indent: the lines after the first start under it.
				indent := strings.Repeat(" ", lipgloss.Width(head)+gap)
				for j, l := range strings.Split(tui.Wrap(helps[i], room), "\n") {
					if j > 0 {
						head += "\n" + indent
					} else {
						head += strings.Repeat(" ", gap)
					}
					head += st.Muted.Render(l)
				}
			} else {
				head += "  " + st.Muted.Render(tui.Truncate(helps[i], room))
			}
		}
		b.WriteString(head)
		if i < len(labels)-1 {
			b.WriteString("\n")
		}
	}
	if qu.Kind == content.KindScale && answered {
		b.WriteString("\n\n" + st.Text.Render(tui.Wrap(fmt.Sprintf("%d: %s", cur+1, tui.Clean(qu.Anchors[cur])), q.Width)))
	}
	return b.String()
}

func (q *questionnaire) numberView(qu *content.Question) string {
	st := q.Styles()
	s := q.number[qu.ID]
	lo, hi := bounds(qu)
	field := st.FocusBox.Render(fmt.Sprintf("%-10s", s+"_"))
	unit := ""
	if qu.Unit != "" {
		unit = " " + qu.Unit
	}
	hint := st.Muted.Render(fmt.Sprintf("%g to %g%s · type digits, ↑↓ to step · empty = skip", lo, hi, unit))
	return lipgloss.JoinHorizontal(lipgloss.Center, field, " "+st.Text.Render(strings.TrimSpace(unit))) + "\n" + hint
}

// skillsView draws the skills block as a compact grid: one row per skill with
// its rating on a 1-5 scale, and the selected level's anchor underneath.
func (q *questionnaire) skillsView(qu *content.Question, height int) string {
	st := q.Styles()
	nameW := 0
	for _, id := range qu.Skills {
		nameW = max(nameW, lipgloss.Width(q.Lib().SkillName(id)))
	}
	nameW = min(nameW, max(12, q.Width-30)) // the pointer, the gap, the scale and "  not rated"
	legend := st.Muted.Render(tui.Wrap("1 learning · 2 with help · 3 on your own · 4 leads others · 5 shapes the organization", q.Width))
	id := qu.Skills[q.skill]
	sk, _ := q.Lib().Skill(id)
	r := q.answers.Skills[id]
	anchor := ""
	switch {
	case sk != nil && r > 0 && len(sk.Anchors) == 5:
		anchor = fmt.Sprintf("%s at %d: %s", sk.Name, r, tui.Clean(sk.Anchors[r-1]))
	case sk != nil:
		anchor = fmt.Sprintf("%s: %s Press 1-5 to rate.", sk.Name, tui.Clean(sk.Description))
	}
	anchor = st.Text.Render(tui.Wrap(anchor, q.Width))
	// Room: the legend, the rows, the count line and the anchor. Short of
	// room for three rows, the anchor goes, then the legend.
	if height-1-lipgloss.Height(legend)-lipgloss.Height(anchor) < 3 {
		anchor = ""
		if height-2-lipgloss.Height(legend) < 3 {
			legend = ""
		}
	}
	rows := max(1, height-1-lipgloss.Height(legend)-lipgloss.Height(anchor))
	first := 0
	if q.skill >= rows {
		first = q.skill - rows + 1
	}
	var b strings.Builder
	if legend != "" {
		b.WriteString(legend + "\n")
	}
	rated := 0
	for _, id := range qu.Skills {
		if q.answers.Skills[id] > 0 {
			rated++
		}
	}
	for i := first; i < min(len(qu.Skills), first+rows); i++ {
		skillID := qu.Skills[i]
		r := q.answers.Skills[skillID]
		name := tui.Truncate(q.Lib().SkillName(skillID), nameW)
		var cells []string
		for lvl := 1; lvl <= 5; lvl++ {
			if lvl == r {
				cells = append(cells, fmt.Sprintf("[%d]", lvl))
			} else {
				cells = append(cells, fmt.Sprintf(" %d ", lvl))
			}
		}
		scale := strings.Join(cells, "")
		if r == 0 {
			scale += st.Faint.Render("  not rated")
		}
		pointer := "  "
		if i == q.skill {
			pointer = "> "
		}
		row := pointer + name + strings.Repeat(" ", nameW-lipgloss.Width(name)) + "  "
		if i == q.skill {
			row = st.Selected.Render(row) + scale
		} else {
			row = st.Text.Render(row) + scale
		}
		b.WriteString(row + "\n")
	}
	b.WriteString(st.Faint.Render(fmt.Sprintf("  %d of %d rated", rated, len(qu.Skills))))
	if anchor != "" {
		b.WriteString("\n" + anchor)
	}
	return b.String()
}

func (q *questionnaire) reviewView() string {
	st := q.Styles()
	head := st.Title.Render("Review your answers") + "\n" +
		st.Muted.Render(tui.Wrap("Enter on a row changes it; s or enter on Submit places you on the ladder.", q.Width)) + "\n"
	labelW := 0
	for _, qu := range q.qs {
		labelW = max(labelW, lipgloss.Width(tui.Clean(qu.Label)))
	}
	labelW = min(max(labelW, 12), q.Width/2)
	var rows []string
	for i, qu := range q.qs {
		label := tui.Clean(qu.Label)
		if label == "" {
			label = tui.Clean(qu.Prompt)
		}
		label = tui.Truncate(label, labelW)
		ans := q.answerText(qu)
		style := st.Text
		if !q.answers.Has(qu.Answer) {
			style = st.Faint
		}
		pointer := "  "
		if i == q.review {
			pointer = "> "
		}
		line := pointer + label + strings.Repeat(" ", labelW-lipgloss.Width(label)) + "  "
		if i == q.review {
			line = st.Selected.Render(line)
		}
		rows = append(rows, line+style.Render(tui.Truncate(ans, q.Width-lipgloss.Width(line))))
	}
	submit := "  Submit and see where you stand"
	if q.review == len(q.qs) {
		submit = st.Selected.Render("> Submit and see where you stand")
	}
	rows = append(rows, "", submit)
	// Scroll the rows when the page is short.
	room := max(3, q.Height-lipgloss.Height(head)-1)
	cur := q.review
	if q.review == len(q.qs) {
		cur = len(rows) - 1
	}
	first := 0
	if cur >= room {
		first = cur - room + 1
	}
	end := min(len(rows), first+room)
	return head + "\n" + strings.Join(rows[first:end], "\n")
}

// Keys are the keys of the page shown.
func (q *questionnaire) Keys() help.KeyMap {
	q.syncKeys()
	return q.keys
}
