package accessible

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// ErrInputEnded means the input closed before the questionnaire finished.
var ErrInputEnded = errors.New("input ended before the last question")

// errBack is a request to go back to the question before.
var errBack = errors.New("back")

// Ask runs the questionnaire as plain sequential prompts: one line out, one
// line in, no cursor movement or colour, for screen readers and pipes. It
// returns the answers given; on ErrInputEnded they hold what was answered.
func Ask(lib *content.Library, in io.Reader, out io.Writer) (assess.Answers, error) {
	a := assess.Answers{Given: map[string]bool{}}
	q := lib.Questionnaire
	if q == nil {
		return a, errors.New("this track has no questionnaire")
	}
	sc := bufio.NewScanner(in)
	w := &lineWriter{w: out}
	w.line(clean(q.Intro))
	w.line("Press Enter on its own to skip a question, or type b to go back to the one before.")
	total := len(q.Questions)
	for i := 0; i < total; {
		qu := q.Questions[i]
		w.line("")
		w.line(fmt.Sprintf("Question %d of %d: %s", i+1, total, clean(qu.Prompt)))
		if qu.Help != "" {
			w.line(clean(qu.Help))
		}
		var err error
		switch qu.Kind {
		case content.KindChoice:
			err = askChoice(sc, w, &a, qu)
		case content.KindNumber:
			err = askNumber(sc, w, &a, qu)
		case content.KindScale:
			err = askScale(sc, w, qu.Anchors, func(n int) { a.Set(qu.Answer, n) })
		case content.KindYesNo:
			err = askYesNo(sc, w, &a, qu)
		case content.KindSkills:
			err = askSkills(sc, w, lib, &a, qu)
		}
		if errors.Is(err, errBack) {
			a.Unset(qu.Answer)
			if i == 0 {
				w.line("This is the first question.")
				continue
			}
			i--
			a.Unset(q.Questions[i].Answer)
			w.line(fmt.Sprintf("Back to question %d; its answer is cleared until you give it again.", i+1))
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
	return a, nil
}

type lineWriter struct {
	w   io.Writer
	err error
}

func (l *lineWriter) line(s string) {
	if l.err == nil {
		_, l.err = fmt.Fprintln(l.w, content.Sanitize(s))
	}
}

func (l *lineWriter) prompt(s string) {
	if l.err == nil {
		_, l.err = fmt.Fprint(l.w, s+" ")
	}
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
		a.Set(qu.Answer, qu.Options[n-1].Value)
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

func askNumber(sc *bufio.Scanner, w *lineWriter, a *assess.Answers, qu content.Question) error {
	lo, hi := 0.0, 1e6
	if qu.Min != nil {
		lo = *qu.Min
	}
	if qu.Max != nil {
		hi = *qu.Max
	}
	unit := ""
	if qu.Unit != "" {
		unit = " " + qu.Unit
	}
	return askLine(sc, w, fmt.Sprintf("Enter a number from %g to %g%s:", lo, hi, unit), func(s string) string {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f < lo || f > hi {
			return fmt.Sprintf("%q is not a number from %g to %g.", s, lo, hi)
		}
		a.Set(qu.Answer, f)
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
	return askLine(sc, w, "Enter y for yes or n for no:", func(s string) string {
		switch strings.ToLower(s) {
		case "y", "yes":
			a.Set(qu.Answer, true)
		case "n", "no":
			a.Set(qu.Answer, false)
		default:
			return fmt.Sprintf("%q is not y or n.", s)
		}
		return ""
	})
}

func askSkills(sc *bufio.Scanner, w *lineWriter, lib *content.Library, a *assess.Answers, qu content.Question) error {
	ratings := map[string]int{}
	defer a.Set(qu.Answer, ratings)
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
