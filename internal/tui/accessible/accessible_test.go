package accessible

import (
	"errors"
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// answersFor builds the input lines that answer every question of the
// shipped questionnaire validly: option 2, 3 years, 3 on every scale, yes,
// 4 for every skill.
func answersFor(t *testing.T, qs []content.Question) []string {
	t.Helper()
	var in []string
	for _, q := range qs {
		switch q.Kind {
		case content.KindChoice:
			in = append(in, "2")
		case content.KindNumber:
			in = append(in, "3")
		case content.KindScale:
			in = append(in, "3")
		case content.KindYesNo:
			in = append(in, "y")
		case content.KindSkills:
			for range q.Skills {
				in = append(in, "4")
			}
		default:
			t.Fatalf("question %q: kind %q not covered", q.Answer, q.Kind)
		}
	}
	return append(in, "") // Enter on the review: submit
}

func ask(t *testing.T, lines []string) (out string, has func(key string) bool, err error) {
	t.Helper()
	var b strings.Builder
	a, err := Ask(lib(t), strings.NewReader(strings.Join(lines, "\n")+"\n"), &b)
	return b.String(), a.Has, err
}

func TestAccessibleAnswersEverything(t *testing.T) {
	qs := lib(t).Questionnaire.Questions
	out, has, err := ask(t, answersFor(t, qs))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, q := range qs {
		if !has(q.Answer) {
			t.Errorf("%s not answered", q.Answer)
		}
	}
	if n := strings.Count(out, "Question "); n != len(qs) {
		t.Errorf("%d questions asked, want %d", n, len(qs))
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes in plain prompts")
	}
}

func TestAccessibleRetriesSkipsAndGoesBack(t *testing.T) {
	l := lib(t)
	qs := l.Questionnaire.Questions
	if qs[0].Kind != content.KindChoice || len(qs[0].Options) < 3 || qs[1].Kind != content.KindNumber {
		t.Fatalf("the shipped questionnaire no longer starts with a choice and a number")
	}
	rest := answersFor(t, qs)[2:]
	lines := append([]string{
		"9", "abc", // not choices: asked again
		"2",  // question 1
		"b",  // back from question 2 to question 1
		"3",  // question 1 again
		"-3", // out of range: asked again
		"",   // question 2 skipped
	}, rest...)
	var out strings.Builder
	a, err := Ask(l, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{`"9" is not one of the choices.`, `"abc" is not one of the choices.`,
		"Back to: Which of these", `"-3" is out of range; enter a whole number from 0 to 60.`, "Skipped.", "type b to go back"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if got, want := a.Text(qs[0].Answer), qs[0].Options[2].Value; got != want {
		t.Errorf("%s = %q after going back, want %q", qs[0].Answer, got, want)
	}
	if a.Has(qs[1].Answer) {
		t.Errorf("%s answered, though skipped", qs[1].Answer)
	}

	// b at the first question stays there.
	out.Reset()
	a, _ = Ask(l, strings.NewReader("b\n2\n"), &out)
	if !strings.Contains(out.String(), "This is the first question.") || a.Text(qs[0].Answer) != qs[0].Options[1].Value {
		t.Errorf("back at the first question:\n%s", out.String())
	}
}

func TestAccessibleInputEnds(t *testing.T) {
	qs := lib(t).Questionnaire.Questions
	_, has, err := ask(t, []string{"2"})
	if !errors.Is(err, ErrInputEnded) {
		t.Fatalf("err = %v, want ErrInputEnded", err)
	}
	if !has(qs[0].Answer) {
		t.Error("the answer given before the input ended is lost")
	}
}

// TestAccessibleReviewAndOptionNumbers: yes/no takes the numbers it shows;
// a question hidden by an earlier answer is not asked; the review lists
// every answer, a number changes one and comes back, Enter submits.
func TestAccessibleReviewAndOptionNumbers(t *testing.T) {
	l := lib(t)
	lines := []string{
		"1",      // current role: none of these yet (years in the role is not asked)
		"2",      // years in social services
		"1",      // no degree: the field of study is not asked
		"1",      // credential: none
		"0", "0", // supervising, direct reports
		"2",           // budget: 2 = No
		"1", "2", "2", // programs, policy, network
	}
	for range 15 {
		lines = append(lines, "") // skills skipped
	}
	// The review: change the degree (row 3) to a bachelor's; the field of study
	// now applies and shows as row 4, not answered; answer it, then submit.
	lines = append(lines, "3", "3", "4", "1", "")
	var out strings.Builder
	a, err := Ask(l, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	o := out.String()
	for _, want := range []string{"1) Yes", "2) No", "Review your answers:", "Owned a budget: no", "Highest degree: No degree yet",
		"Highest degree: Bachelor's degree", "Field of the degree: not answered", "Field of the degree: Social work", "Press Enter to submit"} {
		if !strings.Contains(o, want) {
			t.Errorf("output lacks %q:\n%s", want, o)
		}
	}
	if strings.Contains(o, "How many whole years have you been in that role") {
		t.Error("years in the role asked of someone who holds no role")
	}
	if a.Bool("managed_budget") || !a.Has("managed_budget") || a.Text("education") != "bachelors" || a.Text("education_field") != "social_work" {
		t.Errorf("answers: %s", a.YAML(l))
	}
}

var shippedLib *content.Library

func lib(t testing.TB) *content.Library {
	t.Helper()
	if shippedLib == nil {
		l, err := content.Load(tracks.Default())
		if err != nil {
			t.Fatal(err)
		}
		shippedLib = l
	}
	return shippedLib
}
