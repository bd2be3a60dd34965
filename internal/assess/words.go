package assess

import (
	"fmt"

	"github.com/rung-career/rung/internal/content"
)

// AnswerWords says a question's answer in words, for a review page: the
// option's label, the number in the fact's words, "3 of 5", yes or no, or
// how many skills were rated. "not answered" when it was skipped and "not
// asked" when earlier answers hide the question.
func AnswerWords(lib *content.Library, q content.Question, a Answers) string {
	if !Shown(lib, q, a) {
		return "not asked"
	}
	if !a.Has(q.Answer) {
		return "not answered"
	}
	f, _ := lib.Fact(q.Answer)
	switch q.Kind {
	case content.KindChoice:
		for _, o := range q.Options {
			if o.Value == a.Text(q.Answer) {
				return content.Sanitize(o.Label)
			}
		}
		return a.Text(q.Answer)
	case content.KindNumber:
		n := a.Number(q.Answer)
		switch {
		case f != nil && f.IsDuration() && n == 1:
			return "1 year"
		case f != nil && f.IsDuration():
			return content.FormatNumber(n) + " years"
		}
		return content.FormatNumber(n)
	case content.KindScale:
		return fmt.Sprintf("%d of 5", int(a.Number(q.Answer)))
	case content.KindYesNo:
		if a.Bool(q.Answer) {
			return "yes"
		}
		return "no"
	case content.KindSkills:
		r := a.Ratings(q.Answer)
		n, sum := 0, 0
		for _, id := range q.Skills {
			if v, ok := r[id]; ok {
				n++
				sum += v
			}
		}
		if n == 0 {
			return "none rated"
		}
		return fmt.Sprintf("%d of %d rated, average %.1f", n, len(q.Skills), float64(sum)/float64(n))
	}
	return ""
}

// CheckRelation says what is wrong with n as the answer to key given the
// other answers (a number that may not exceed another), or "". It reads
// both directions: years in the role may not exceed years in the field,
// and years in the field may not fall below years in the role.
func CheckRelation(lib *content.Library, a Answers, key string, n float64) string {
	f, ok := lib.Fact(key)
	if !ok {
		return ""
	}
	if f.AtMost != "" && a.Has(f.AtMost) && n > a.Number(f.AtMost)+1e-9 {
		other, _ := lib.Fact(f.AtMost)
		return fmt.Sprintf("That is more than the %s you gave for %q.", content.FormatNumber(a.Number(f.AtMost)), other.Label)
	}
	for _, g := range lib.Facts {
		if g.AtMost == key && a.Has(g.Key) && a.Number(g.Key) > n+1e-9 {
			return fmt.Sprintf("That is less than the %s you gave for %q.", content.FormatNumber(a.Number(g.Key)), g.Label)
		}
	}
	return ""
}

// ShownQuestions lists the indexes of the questions asked given the answers.
func ShownQuestions(lib *content.Library, a Answers) []int {
	if lib.Questionnaire == nil {
		return nil
	}
	var out []int
	for i, q := range lib.Questionnaire.Questions {
		if Shown(lib, q, a) {
			out = append(out, i)
		}
	}
	return out
}

// PlannedQuestions lists the indexes of the questions a person will be
// asked, seen from question at: a question is left out only when its
// show_if is already decided against it (the answer it reads was given and
// fails, or was skipped at an earlier question). Progress ("Question 4 of
// 12") counts these, so the total only shrinks when an answer hides a
// question.
func PlannedQuestions(lib *content.Library, a Answers, at int) []int {
	if lib.Questionnaire == nil {
		return nil
	}
	asked := map[string]int{}
	for i, q := range lib.Questionnaire.Questions {
		if _, ok := asked[q.Answer]; !ok {
			asked[q.Answer] = i
		}
	}
	var out []int
	for i, q := range lib.Questionnaire.Questions {
		planned := true
		for _, c := range q.ShowIf {
			if !a.Has(c.Fact) && asked[c.Fact] >= at {
				continue // not reached yet: it may still show
			}
			planned = planned && a.Holds(lib, c)
		}
		if planned {
			out = append(out, i)
		}
	}
	return out
}
