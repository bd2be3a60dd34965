// Package questionnaire is the self-assessment: one question a page, then a
// page to review the answers and submit them, which places the person on
// the ladder and opens their results.
package questionnaire

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
)

// draftLoadedMsg brings back the answers of an unfinished or the latest
// assessment, to start from.
type draftLoadedMsg struct {
	to      int
	answers *assess.Answers
	draft   bool
}

func (m draftLoadedMsg) Target() int { return m.to }

// submittedMsg is a placement made from the answers, after it was saved
// (saved: there was a database to save it in; err: why that failed).
type submittedMsg struct {
	to    int
	p     assess.Placement
	at    time.Time
	saved bool
	err   error
}

func (m submittedMsg) Target() int { return m.to }

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
	skill  int // cursor row in a skills block
	review int // cursor row on the review page: an index into shown(), or len(shown()) for Submit
	// fromReview is set while a question opened from the review page is
	// being changed: Enter goes back to the review, not on to the next.
	fromReview bool
	dirty      bool // answers changed since the draft was last kept
	submitting bool // submitted: the placement is being saved
}

// New makes the self-assessment (tui.RouteAssess); it takes no argument.
func New(c *tui.Context, _ any) tui.Screen {
	q := &questionnaire{Base: tui.NewBase(c), keys: newQuestionnaireKeys(),
		cursor: map[string]int{}, number: map[string]string{}}
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

// shown lists the indexes of the questions asked given the answers so far.
func (q *questionnaire) shown() []int { return assess.ShownQuestions(q.Lib(), q.answers) }

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

func (q *questionnaire) Update(msg tea.Msg) (tui.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftLoadedMsg:
		if msg.answers != nil && q.answers.Len() == 0 {
			q.load(*msg.answers)
			if msg.draft {
				return q, q.Status("Picked up your unfinished answers where you left them.")
			}
			return q, q.Status("Your last answers are filled in; change what has changed.")
		}
	case submittedMsg:
		return q, q.submitted(msg)
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
	// The review page: a row per question asked, then Submit.
	shown := q.shown()
	rows := len(shown) + 1
	q.review = min(q.review, rows-1)
	switch {
	case key.Matches(msg, k.Up):
		q.review = (q.review - 1 + rows) % rows
	case key.Matches(msg, k.Down):
		q.review = (q.review + 1) % rows
	case key.Matches(msg, k.Prev) && len(shown) > 0:
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
	case key.Matches(msg, q.keys.Erase):
		if s == "" {
			return
		}
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
	case key.Matches(msg, q.keys.Rate):
		r = slices.Index(q.keys.Rate.Keys(), msg.String()) + 1
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
	q.dirty = true
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
	f, ok := q.Lib().Fact(qu.Answer)
	if !ok {
		return "This question has no fact to record its answer in."
	}
	hint := assess.NumberHint(*f)
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Sprintf("%q is not a number. Enter %s, or leave it empty to skip.", s, hint)
	}
	if problem := assess.CheckNumber(*f, n); problem != "" {
		return fmt.Sprintf("%s %s. Enter %s, or leave it empty to skip.", s, problem, hint)
	}
	if problem := assess.CheckRelation(q.Lib(), q.answers, qu.Answer, n); problem != "" {
		return problem
	}
	q.answers.SetNumber(qu.Answer, n)
	return ""
}

func (q *questionnaire) saveDraft() tea.Cmd {
	pr, lib, id, a := q.Progress(), q.Lib(), q.ID(), q.answers.Clone()
	if !pr.Open() {
		return nil
	}
	q.dirty = false
	return func() tea.Msg { return savedMsg{to: id, err: pr.SaveDraft(lib, a)} }
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
// The assessment is saved before the results open, so quitting as soon as
// they show loses nothing; the results then say whether it was saved.
func (q *questionnaire) submit() tea.Cmd {
	if q.submitting {
		return nil
	}
	q.submitting = true
	pr, lib, id := q.Progress(), q.Lib(), q.ID()
	a := q.answers.Clone()
	p := assess.Evaluate(lib, a)
	at := q.Now()
	return func() tea.Msg {
		msg := submittedMsg{to: id, p: p, at: at, saved: pr.Open()}
		if msg.saved {
			msg.err = pr.SaveAssessment(lib, a, p, at)
		}
		return msg
	}
}

// submitted opens the results of a placement made (and kept, when there
// is a database).
func (q *questionnaire) submitted(msg submittedMsg) tea.Cmd {
	q.dirty = false
	cmds := []tea.Cmd{
		func() tea.Msg { return tui.AssessedMsg{Placement: msg.p, At: msg.at} },
		tui.Replace(tui.RouteResults, msg.p),
	}
	if msg.saved {
		cmds = append(cmds, func() tea.Msg { return tui.AssessmentSavedMsg{Err: msg.err} })
	}
	return tea.Sequence(cmds...)
}
