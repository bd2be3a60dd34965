package accessible

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// ErrInputEnded means the input closed before the questionnaire finished.
var ErrInputEnded = errors.New("input ended before the last question")

// errBack is a request to go back to the question before.
var errBack = errors.New("back")

// Ask runs the questionnaire as plain sequential prompts: one line out, one
// line in, no cursor movement or colour, for screen readers and pipes. The
// questions that earlier answers make meaningless are not asked. After the
// last question comes a review: each answer numbered, a number to change
// one, Enter to submit. It returns the answers given; on ErrInputEnded they
// hold what was answered.
func Ask(lib *content.Library, in io.Reader, out io.Writer) (assess.Answers, error) {
	var a assess.Answers
	q := lib.Questionnaire
	if q == nil {
		return a, errors.New("this track has no questionnaire")
	}
	sc := bufio.NewScanner(in)
	w := &lineWriter{w: out}
	w.line(clean(q.Intro))
	w.line("Press Enter on its own to skip a question, or type b to go back to the one before. " +
		"At the end you can review and change any answer before you submit.")
	for i := 0; i < len(q.Questions); {
		if !assess.Shown(lib, q.Questions[i], a) {
			a.Unset(q.Questions[i].Answer)
			i++
			continue
		}
		err := askOne(sc, w, lib, &a, i)
		if errors.Is(err, errBack) {
			prev := previousShown(lib, a, i)
			if prev < 0 {
				w.line("This is the first question.")
				continue
			}
			i = prev
			a.Unset(q.Questions[i].Answer)
			w.line(fmt.Sprintf("Back to: %s Its answer is cleared until you give it again.", clean(q.Questions[i].Prompt)))
			continue
		}
		if err != nil {
			return a, err
		}
		if w.err != nil {
			return a, w.err
		}
		i++
	}
	return a, review(sc, w, lib, &a)
}

// askOne asks question i, with its place among the questions asked.
func askOne(sc *bufio.Scanner, w *lineWriter, lib *content.Library, a *assess.Answers, i int) error {
	qu := lib.Questionnaire.Questions[i]
	shown := assess.PlannedQuestions(lib, *a, i)
	pos := 1
	for j, k := range shown {
		if k == i {
			pos = j + 1
		}
	}
	w.line("")
	w.line(fmt.Sprintf("Question %d of %d: %s", pos, len(shown), clean(qu.Prompt)))
	if qu.Help != "" {
		w.line(clean(qu.Help))
	}
	switch qu.Kind {
	case content.KindChoice:
		return askChoice(sc, w, a, qu)
	case content.KindNumber:
		return askNumber(sc, w, lib, a, qu)
	case content.KindScale:
		return askScale(sc, w, qu.Anchors, func(n int) { a.SetNumber(qu.Answer, float64(n)) })
	case content.KindYesNo:
		return askYesNo(sc, w, a, qu)
	case content.KindSkills:
		return askSkills(sc, w, lib, a, qu)
	}
	return nil
}

func previousShown(lib *content.Library, a assess.Answers, i int) int {
	for j := i - 1; j >= 0; j-- {
		if assess.Shown(lib, lib.Questionnaire.Questions[j], a) {
			return j
		}
	}
	return -1
}

// review lists the answers, numbered; a number changes that answer (and
// comes back here), Enter submits.
func review(sc *bufio.Scanner, w *lineWriter, lib *content.Library, a *assess.Answers) error {
	qs := lib.Questionnaire.Questions
	for {
		shown := assess.ShownQuestions(lib, *a)
		for _, k := range qs {
			if !assess.Shown(lib, k, *a) {
				a.Unset(k.Answer)
			}
		}
		w.line("")
		w.line("Review your answers:")
		for j, k := range shown {
			qu := qs[k]
			label := qu.Label
			if label == "" {
				label = qu.Prompt
			}
			w.line(fmt.Sprintf("  %d) %s: %s", j+1, clean(label), assess.AnswerWords(lib, qu, *a)))
		}
		w.prompt(fmt.Sprintf("Press Enter to submit, or a number from 1 to %d to change that answer:", len(shown)))
		s, err := read(sc)
		if errors.Is(err, errBack) {
			continue
		}
		if err != nil {
			return err
		}
		if s == "" {
			return w.err
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > len(shown) {
			w.line(fmt.Sprintf("%q is not one of the answers.", s))
			continue
		}
		if err := askOne(sc, w, lib, a, shown[n-1]); err != nil && !errors.Is(err, errBack) {
			return err
		}
	}
}

type lineWriter struct {
	w   io.Writer
	err error
	// width, when not 0, wraps lines at word boundaries, so a terminal
	// does not break words where its screen ends.
	width int
}

func (l *lineWriter) line(s string) {
	if l.err == nil {
		_, l.err = fmt.Fprintln(l.w, wrapLine(content.Sanitize(s), l.width))
	}
}

func (l *lineWriter) prompt(s string) {
	if l.err == nil {
		_, l.err = fmt.Fprint(l.w, wrapLine(s, l.width)+" ")
	}
}

// listMarker is the start of a line of a list: its indent and "1. " or
// "2) ", whose width the lines it wraps onto are indented by.
var listMarker = regexp.MustCompile(`^ *([0-9]+[.)] )?`)

// wrapLine wraps one line of plain text at width (0: not at all), the
// wrapped lines of a list item hanging under its text.
func wrapLine(s string, width int) string {
	if width <= 0 || ansi.StringWidth(s) <= width {
		return s
	}
	prefix := listMarker.FindString(s)
	indent := len(prefix)
	if indent > width/2 {
		indent, prefix = 0, ""
	}
	body := ansi.Wordwrap(s[len(prefix):], width-indent, "")
	return prefix + strings.ReplaceAll(body, "\n", "\n"+strings.Repeat(" ", indent))
}

// read returns the next trimmed line, or ErrInputEnded.
func read(sc *bufio.Scanner) (string, error) {
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return "", err
		}
		return "", ErrInputEnded
	}
	s := strings.TrimSpace(sc.Text())
	if strings.EqualFold(s, "b") || strings.EqualFold(s, "back") {
		return "", errBack
	}
	return s, nil
}

func askChoice(sc *bufio.Scanner, w *lineWriter, a *assess.Answers, qu content.Question) error {
	for i, o := range qu.Options {
		line := fmt.Sprintf("  %d) %s", i+1, clean(o.Label))
		if o.Help != "" {
			line += " - " + clean(o.Help)
		}
		w.line(line)
	}
	return askLine(sc, w, fmt.Sprintf("Enter a number from 1 to %d:", len(qu.Options)), func(s string) string {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > len(qu.Options) {
			return fmt.Sprintf("%q is not one of the choices.", s)
		}
		a.SetText(qu.Answer, qu.Options[n-1].Value)
		return ""
	})
}

// askLine prompts until parse takes the line (it returns "" and has kept
// the answer) or the line is empty (the question is skipped); otherwise it
// says what parse found wrong and asks again.
func askLine(sc *bufio.Scanner, w *lineWriter, prompt string, parse func(s string) (problem string)) error {
	for {
		w.prompt(prompt)
		s, err := read(sc)
		if err != nil {
			return err
		}
		if s == "" {
			w.line("Skipped.")
			return nil
		}
		problem := parse(s)
		if problem == "" {
			return nil
		}
		w.line(problem)
	}
}

func askNumber(sc *bufio.Scanner, w *lineWriter, lib *content.Library, a *assess.Answers, qu content.Question) error {
	f, _ := lib.Fact(qu.Answer)
	hint := assess.NumberHint(*f)
	return askLine(sc, w, "Enter "+hint+":", func(s string) string {
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Sprintf("%q is not a number; enter %s.", s, hint)
		}
		if problem := assess.CheckNumber(*f, n); problem != "" {
			return fmt.Sprintf("%q %s; enter %s.", s, problem, hint)
		}
		if problem := assess.CheckRelation(lib, *a, qu.Answer, n); problem != "" {
			return problem
		}
		a.SetNumber(qu.Answer, n)
		return ""
	})
}

func askScale(sc *bufio.Scanner, w *lineWriter, anchors []string, set func(int)) error {
	for i, an := range anchors {
		w.line(fmt.Sprintf("  %d) %s", i+1, clean(an)))
	}
	return askLine(sc, w, "Enter 1 to 5:", func(s string) string {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 5 {
			return fmt.Sprintf("%q is not a whole number from 1 to 5.", s)
		}
		set(n)
		return ""
	})
}

func askYesNo(sc *bufio.Scanner, w *lineWriter, a *assess.Answers, qu content.Question) error {
	w.line("  1) Yes")
	w.line("  2) No")
	return askLine(sc, w, "Enter 1 for yes or 2 for no (or y, n):", func(s string) string {
		switch strings.ToLower(s) {
		case "1", "y", "yes":
			a.SetBool(qu.Answer, true)
		case "2", "n", "no":
			a.SetBool(qu.Answer, false)
		default:
			return fmt.Sprintf("%q is not 1 (yes) or 2 (no).", s)
		}
		return ""
	})
}

func askSkills(sc *bufio.Scanner, w *lineWriter, lib *content.Library, a *assess.Answers, qu content.Question) error {
	ratings := map[string]int{}
	defer a.SetRatings(qu.Answer, ratings)
	for i, id := range qu.Skills {
		sk, ok := lib.Skill(id)
		if !ok {
			continue
		}
		w.line("")
		w.line(fmt.Sprintf("Skill %d of %d: %s. %s", i+1, len(qu.Skills), sk.Name, clean(sk.Description)))
		if err := askScale(sc, w, sk.Anchors, func(n int) { ratings[id] = n }); err != nil {
			return err
		}
	}
	return nil
}
