package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// draftKey is the setting that keeps unfinished answers, so leaving the
// questionnaire half-way loses nothing.
const draftKey = "assess.draft"

type questionnaireKeys struct {
	Next, Prev, Up, Down, Less, More, Clear, Submit key.Binding
}

func newQuestionnaireKeys() questionnaireKeys {
	return questionnaireKeys{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "next")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "ctrl+b"), key.WithHelp("shift+tab", "previous")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑↓", "choose")),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Less:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←→/1-5", "rate")),
		More:   key.NewBinding(key.WithKeys("right", "l")),
		Clear:  key.NewBinding(key.WithKeys("backspace", "0", "delete"), key.WithHelp("0", "clear")),
		Submit: key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "submit")),
	}
}

// draftLoadedMsg brings back the answers of an unfinished or the latest
// assessment, to start from.
type draftLoadedMsg struct {
	to      int
	answers *assess.Answers
	draft   bool
}

func (m draftLoadedMsg) target() int { return m.to }

// savedMsg reports a store write.
type savedMsg struct {
	to  int
	err error
}

func (m savedMsg) target() int { return m.to }

// questionnaire asks one question per page, then shows a review page.
type questionnaire struct {
	base
	keys    questionnaireKeys
	qs      []content.Question
	idx     int // len(qs) is the review page
	answers assess.Answers
	// per-question input state
	cursor map[string]int    // choice / scale / yesno cursor, by question id
	number map[string]string // number text being typed, by question id
	errMsg string
	skill  int // cursor row in a skills block
	review int // cursor row on the review page: an index into shown(), or len(shown()) for Submit
	// fromReview is set while a question opened from the review page is
	// being changed: Enter goes back to the review, not on to the next.
	fromReview bool
}

func newQuestionnaire(c *ctx) Screen {
	q := &questionnaire{base: newBase(c), keys: newQuestionnaireKeys(),
		cursor: map[string]int{}, number: map[string]string{}}
	if c.lib.Questionnaire != nil {
		q.qs = c.lib.Questionnaire.Questions
	}
	return q
}

func (q *questionnaire) Title() string { return "Self-assessment" }

// Init starts from unfinished answers, or else the latest assessment's.
func (q *questionnaire) Init() tea.Cmd {
	c, id := q.c, q.id
	if c.store == nil {
		return nil
	}
	return func() tea.Msg {
		msg := draftLoadedMsg{to: id}
		if s, ok, err := c.store.Setting(draftKey); err == nil && ok && s != "" {
			if a, err := assess.ParseAnswers(c.lib, "draft", []byte(s)); err == nil {
				msg.answers, msg.draft = &a, true
				return msg
			}
		}
		if saved, ok, err := c.store.LatestAssessment(c.lib.Track.ID); err == nil && ok {
			if a, err := assess.ParseAnswers(c.lib, "saved", saved.Answers); err == nil {
				msg.answers = &a
			}
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

// shown lists the indexes of the questions asked given the answers so far.
func (q *questionnaire) shown() []int { return assess.ShownQuestions(q.lib(), q.answers) }

// load puts answers into the per-question input state and opens the first
// question asked that has no answer (the review page when all have one).
func (q *questionnaire) load(a assess.Answers) {
	q.answers = a.Clone()
	q.idx = len(q.qs)
	for _, i := range q.shown() {
		if !q.answers.Has(q.qs[i].Answer) {
			q.idx = i
			break
		}
	}
	if q.idx == len(q.qs) {
		q.review = len(q.shown())
	}
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
			q.cursor[qu.ID] = 1
			if a.Bool(qu.Answer) {
				q.cursor[qu.ID] = 0
			}
		}
	}
}

func (q *questionnaire) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftLoadedMsg:
		if msg.answers != nil && q.answers.Len() == 0 {
			q.load(*msg.answers)
			if msg.draft {
				return q, status("Picked up your unfinished answers where you left them.")
			}
			return q, status("Your last answers are filled in; change what has changed.")
		}
	case savedMsg:
		if msg.err != nil {
			return q, statusErr("Could not save: " + msg.err.Error())
		}
	case tea.KeyMsg:
		return q.key(msg)
	}
	return q, nil
}

func (q *questionnaire) key(msg tea.KeyMsg) (Screen, tea.Cmd) {
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
	// The review page: a row per question asked, then Submit.
	shown := q.shown()
	rows := len(shown) + 1
	q.review = min(q.review, rows-1)
	switch {
	case key.Matches(msg, k.Up):
		q.review = (q.review - 1 + rows) % rows
	case key.Matches(msg, k.Down):
		q.review = (q.review + 1) % rows
	case key.Matches(msg, k.Prev):
		q.idx = shown[len(shown)-1]
	case key.Matches(msg, k.Submit):
		return q, q.submit()
	case key.Matches(msg, k.Next):
		if q.review == len(shown) {
			return q, q.submit()
		}
		q.idx, q.fromReview = shown[q.review], true
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
		cur = -1 // nothing highlighted until a key picks, so Enter alone skips
	}
	switch {
	case key.Matches(msg, q.keys.Up):
		cur = max(0, cur-1)
	case key.Matches(msg, q.keys.Down):
		cur = min(n-1, cur+1)
	case qu.Kind == content.KindYesNo && (msg.String() == "y" || msg.String() == "n"):
		cur = map[string]int{"y": 0, "n": 1}[msg.String()]
	case len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
		d := int(msg.Runes[0] - '1')
		if d >= n {
			return
		}
		cur = d
	default:
		return
	}
	q.cursor[qu.ID] = cur
	q.errMsg = ""
	q.set(qu, cur)
}

// set records the choice at cursor position cur as the answer.
func (q *questionnaire) set(qu *content.Question, cur int) {
	switch qu.Kind {
	case content.KindChoice:
		q.answers.SetText(qu.Answer, qu.Options[cur].Value)
	case content.KindScale:
		q.answers.SetNumber(qu.Answer, float64(cur+1))
	case content.KindYesNo:
		q.answers.SetBool(qu.Answer, cur == 0)
	}
}

func (q *questionnaire) numberKey(qu *content.Question, msg tea.KeyMsg) {
	s := q.number[qu.ID]
	switch {
	case msg.Type == tea.KeyBackspace || msg.Type == tea.KeyDelete:
		if len(s) > 0 {
			s = s[:len(s)-1]
		}
	case key.Matches(msg, q.keys.Up):
		f, _ := strconv.ParseFloat(s, 64)
		s = strconv.FormatFloat(f+1, 'f', -1, 64)
	case key.Matches(msg, q.keys.Down):
		f, _ := strconv.ParseFloat(s, 64)
		s = strconv.FormatFloat(max(0, f-1), 'f', -1, 64)
	case len(msg.Runes) == 1 && (msg.Runes[0] >= '0' && msg.Runes[0] <= '9' || msg.Runes[0] == '.'):
		if len(s) < 8 && (msg.Runes[0] != '.' || !strings.Contains(s, ".")) {
			s += string(msg.Runes)
		}
	default:
		return
	}
	q.number[qu.ID] = s
	q.errMsg = ""
}

func (q *questionnaire) skillsKey(qu *content.Question, msg tea.KeyMsg) {
	if len(qu.Skills) == 0 {
		return
	}
	ratings := q.answers.Ratings(qu.Answer)
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
	case len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '5':
		r = int(msg.Runes[0] - '0')
		// A digit rates and moves on, so fifteen ratings are fifteen keys.
		defer func() { q.skill = min(len(qu.Skills)-1, q.skill+1) }()
	default:
		return
	}
	if r == 0 {
		q.answers.ClearRating(qu.Answer, id)
	} else {
		q.answers.SetRating(qu.Answer, id, r)
	}
}

// commitAndMove validates the current page and moves by dir among the
// questions asked. Enter on a question with no answer skips it: it never
// picks an option for the person. A question opened from the review page
// goes back to the review.
func (q *questionnaire) commitAndMove(dir int) tea.Cmd {
	qu := q.current()
	if qu != nil && qu.Kind == content.KindNumber {
		if problem := q.commitNumber(qu); problem != "" {
			q.errMsg = problem
			return nil
		}
	}
	q.errMsg = ""
	q.skill = 0
	shown := q.shown() // after the answer: it may show or hide later questions
	if q.fromReview && dir > 0 {
		// Back to the review, the cursor on the row just changed.
		q.review = max(0, slices.Index(shown, q.idx))
		q.idx, q.fromReview = len(q.qs), false
		return q.saveDraft()
	}
	q.fromReview = false
	q.idx = q.step(shown, dir)
	if q.idx == len(q.qs) {
		q.review = len(shown) // from the last question, the cursor starts on Submit
	}
	return q.saveDraft()
}

// step moves from the current question to the next or previous one asked;
// past the last is the review page.
func (q *questionnaire) step(shown []int, dir int) int {
	pos := slices.Index(shown, q.idx)
	if q.idx == len(q.qs) {
		pos = len(shown)
	}
	if pos < 0 { // the current question was hidden by its own answer's effect
		for pos = 0; pos < len(shown) && shown[pos] < q.idx; pos++ {
		}
		if dir < 0 {
			pos++
		}
	}
	pos = max(0, min(len(shown), pos+dir))
	if pos == len(shown) {
		return len(q.qs)
	}
	return shown[pos]
}

// commitNumber takes the typed number as the answer, or says what is wrong
// with it: the questionnaire accepts exactly what the answers file does.
func (q *questionnaire) commitNumber(qu *content.Question) string {
	s := strings.TrimSpace(q.number[qu.ID])
	if s == "" {
		q.answers.Unset(qu.Answer)
		return ""
	}
	f, _ := q.lib().Fact(qu.Answer)
	hint := assess.NumberHint(*f)
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Sprintf("%q is not a number. Enter %s, or leave it empty to skip.", s, hint)
	}
	if problem := assess.CheckNumber(*f, n); problem != "" {
		return fmt.Sprintf("%s %s. Enter %s, or leave it empty to skip.", s, problem, hint)
	}
	if problem := assess.CheckRelation(q.lib(), q.answers, qu.Answer, n); problem != "" {
		return problem
	}
	q.answers.SetNumber(qu.Answer, n)
	return ""
}

func (q *questionnaire) saveDraft() tea.Cmd {
	c, id, data := q.c, q.id, string(q.answers.JSON(q.lib()))
	if c.store == nil {
		return nil
	}
	return func() tea.Msg { return savedMsg{to: id, err: c.store.SetSetting(draftKey, data)} }
}

// submit places the person, saves the assessment and opens the results.
func (q *questionnaire) submit() tea.Cmd {
	c := q.c
	a := q.answers.Clone()
	p := assess.Evaluate(c.lib, a)
	at := c.now()
	res := newResults(c, p)
	cmds := []tea.Cmd{
		func() tea.Msg { return assessedMsg{p: p, at: at} },
		replace(res),
	}
	if c.store != nil {
		rec := AssessmentRecord(c.lib, a, p, at)
		id := res.ID()
		cmds = append(cmds, func() tea.Msg {
			if _, err := c.store.SaveAssessment(rec); err != nil {
				return savedMsg{to: id, err: err}
			}
			return savedMsg{to: id, err: c.store.SetSetting(draftKey, "")}
		})
	}
	return tea.Sequence(cmds...)
}

// answerText says an answer in words, for the review page.
func (q *questionnaire) answerText(qu content.Question) string {
	return assess.AnswerWords(q.lib(), qu, q.answers)
}

func (q *questionnaire) View() string {
	st := q.st()
	if len(q.qs) == 0 {
		return st.Muted.Render("This track has no questionnaire.")
	}
	if q.idx == len(q.qs) {
		return q.reviewView()
	}
	qu := q.current()
	shown := assess.PlannedQuestions(q.lib(), q.answers, q.idx)
	pos := slices.Index(shown, q.idx) + 1
	if pos == 0 {
		pos = 1
	}
	progress := fmt.Sprintf("Question %d of %d ", pos, len(shown))
	head := st.Muted.Render(progress) + bar(st, 100*pos/max(1, len(shown)), min(30, q.w-lipgloss.Width(progress)))
	parts := []string{head, "", st.Title.Render(wrap(qu.Prompt, q.w))}
	if qu.Help != "" {
		parts = append(parts, st.Muted.Render(wrap(clean(qu.Help), q.w)))
	}
	parts = append(parts, "")
	used := lipgloss.Height(strings.Join(parts, "\n"))
	body := ""
	switch qu.Kind {
	case content.KindChoice, content.KindScale, content.KindYesNo:
		// Each option's description in full, wrapped under its label, when
		// the screen has the room; cut to one line each otherwise.
		body = q.choiceView(qu, true)
		if used+lipgloss.Height(body)+3 > q.h {
			body = q.choiceView(qu, false)
		}
	case content.KindNumber:
		body = q.numberView(qu)
	case content.KindSkills:
		body = q.skillsView(qu, q.h-used-1)
	}
	parts = append(parts, body)
	if q.errMsg != "" {
		parts = append(parts, "", st.Bad.Render(q.errMsg))
	}
	return strings.Join(parts, "\n")
}

func (q *questionnaire) choiceView(qu *content.Question, wrapHelp bool) string {
	st := q.st()
	var labels, helps []string
	switch qu.Kind {
	case content.KindChoice:
		for _, o := range qu.Options {
			labels = append(labels, clean(o.Label))
			helps = append(helps, clean(o.Help))
		}
	case content.KindScale:
		for i, a := range qu.Anchors {
			labels = append(labels, fmt.Sprintf("%d", i+1))
			helps = append(helps, clean(a))
		}
	case content.KindYesNo:
		labels, helps = []string{"Yes", "No"}, []string{"", ""}
	}
	cur, ok := q.cursor[qu.ID]
	if !ok {
		cur = -1
	}
	answered := q.answers.Has(qu.Answer)
	// When wrapping, the descriptions share one column after the longest
	// label, if that leaves them room; "> ( ) 1. " is 9 cells.
	col := 0
	if wrapHelp {
		for _, l := range labels {
			col = max(col, 9+lipgloss.Width(l)+2)
		}
		if q.w-col < 30 {
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
		head := truncate(pointer+mark+" "+num+l, q.w)
		if i == cur {
			head = st.Selected.Render(head)
		} else {
			head = st.Text.Render(head)
		}
		gap := 2
		if col > 0 {
			gap = max(2, col-lipgloss.Width(head))
		}
		if room := q.w - lipgloss.Width(head) - gap; helps[i] != "" && room > 8 {
			if wrapHelp {
				// A hanging indent: the lines after the first start under it.
				indent := strings.Repeat(" ", lipgloss.Width(head)+gap)
				for j, l := range strings.Split(wrap(helps[i], room), "\n") {
					if j > 0 {
						head += "\n" + indent
					} else {
						head += strings.Repeat(" ", gap)
					}
					head += st.Muted.Render(l)
				}
			} else {
				head += "  " + st.Muted.Render(truncate(helps[i], room))
			}
		}
		b.WriteString(head)
		if i < len(labels)-1 {
			b.WriteString("\n")
		}
	}
	if qu.Kind == content.KindScale && answered {
		b.WriteString("\n\n" + st.Text.Render(wrap(fmt.Sprintf("%d: %s", cur+1, clean(qu.Anchors[cur])), q.w)))
	}
	return b.String()
}

func (q *questionnaire) numberView(qu *content.Question) string {
	st := q.st()
	s := q.number[qu.ID]
	field := st.FocusBox.Render(fmt.Sprintf("%-10s", s+"_"))
	hint := "any number"
	if f, ok := q.lib().Fact(qu.Answer); ok {
		hint = assess.NumberHint(*f)
	}
	return field + "\n" + st.Muted.Render(wrap(hint+" · type digits, ↑↓ to step · empty = skip", q.w))
}

// skillsView draws the skills block as a compact grid: one row per skill with
// its rating on a 1-5 scale, and the selected level's anchor underneath.
func (q *questionnaire) skillsView(qu *content.Question, height int) string {
	st := q.st()
	nameW := 0
	for _, id := range qu.Skills {
		nameW = max(nameW, lipgloss.Width(q.lib().SkillName(id)))
	}
	nameW = min(nameW, max(12, q.w-26))
	legend := st.Muted.Render(wrap("1 learning · 2 with help · 3 on your own · 4 leads others · 5 shapes the organization", q.w))
	id := qu.Skills[q.skill]
	sk, _ := q.lib().Skill(id)
	r := q.answers.Ratings(qu.Answer)[id]
	anchor := ""
	switch {
	case sk != nil && r > 0 && len(sk.Anchors) == 5:
		anchor = fmt.Sprintf("%s at %d: %s", sk.Name, r, clean(sk.Anchors[r-1]))
	case sk != nil:
		anchor = fmt.Sprintf("%s: %s Press 1-5 to rate.", sk.Name, clean(sk.Description))
	}
	anchor = st.Text.Render(wrap(anchor, q.w))
	// Room: the legend, the rows, the count line and the anchor.
	rows := max(3, height-1-lipgloss.Height(legend)-lipgloss.Height(anchor))
	first := 0
	if q.skill >= rows {
		first = q.skill - rows + 1
	}
	var b strings.Builder
	b.WriteString(legend + "\n")
	rated := 0
	ratings := q.answers.Ratings(qu.Answer)
	for _, id := range qu.Skills {
		if ratings[id] > 0 {
			rated++
		}
	}
	for i := first; i < min(len(qu.Skills), first+rows); i++ {
		skillID := qu.Skills[i]
		r := ratings[skillID]
		name := truncate(q.lib().SkillName(skillID), nameW)
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
	b.WriteString(st.Faint.Render(fmt.Sprintf("  %d of %d rated", rated, len(qu.Skills))) + "\n")
	b.WriteString(anchor)
	return b.String()
}

func (q *questionnaire) reviewView() string {
	st := q.st()
	head := st.Title.Render("Review your answers") + "\n" +
		st.Muted.Render(wrap("Enter on a row changes it; s or enter on Submit places you on the ladder.", q.w)) + "\n"
	labelW := 0
	shown := q.shown()
	for _, i := range shown {
		labelW = max(labelW, lipgloss.Width(clean(q.qs[i].Label)))
	}
	labelW = min(max(labelW, 12), q.w/2)
	var rows []string
	for i, k := range shown {
		qu := q.qs[k]
		label := clean(qu.Label)
		if label == "" {
			label = clean(qu.Prompt)
		}
		label = truncate(label, labelW)
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
		rows = append(rows, line+style.Render(truncate(ans, q.w-lipgloss.Width(line))))
	}
	submit := "  Submit and see where you stand"
	if q.review == len(shown) {
		submit = st.Selected.Render("> Submit and see where you stand")
	}
	rows = append(rows, "", submit)
	// Scroll the rows when the page is short.
	room := max(3, q.h-lipgloss.Height(head)-1)
	cur := q.review
	if q.review == len(shown) {
		cur = len(rows) - 1
	}
	first := 0
	if cur >= room {
		first = cur - room + 1
	}
	end := min(len(rows), first+room)
	return head + "\n" + strings.Join(rows[first:end], "\n")
}

func (q *questionnaire) Keys() keyMap {
	k := q.keys
	qu := q.current()
	if qu == nil {
		up := k.Up
		up.SetHelp("↑↓", "choose")
		next := k.Next
		next.SetHelp("enter", "change / submit")
		return keyMap{short: []key.Binding{up, next, k.Submit, k.Prev},
			full: [][]key.Binding{{up, next, k.Submit, k.Prev}}}
	}
	choose := k.Up
	switch qu.Kind {
	case content.KindNumber:
		choose.SetHelp("0-9 ↑↓", "enter a number")
	case content.KindSkills:
		choose.SetHelp("↑↓", "skill")
	default:
		choose.SetHelp("↑↓/1-9", "choose")
	}
	prev := k.Prev
	prev.SetEnabled(q.idx > 0)
	short := []key.Binding{choose}
	if qu.Kind == content.KindSkills {
		short = append(short, k.Less, k.Clear)
	}
	short = append(short, k.Next, prev)
	return keyMap{short: short, full: [][]key.Binding{short}}
}
