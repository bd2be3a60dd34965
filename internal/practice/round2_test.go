package practice

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

// The rules added for the second panel round (testdata/panel/review2.yaml),
// each on a card made up for the test, so the cases do not move when the
// shipped decks are edited.

var round2Card = content.Card{
	ID: "test-round2", Method: "direct", Question: "What would you do?",
	KeyPoints: []content.KeyPoint{
		{Point: "Explains who will be told.", Cues: []string{"not promise", "not keep ... secret", "explain who|explain why"}},
		{Point: "Builds trust.", Cues: []string{"trust", "relationship"}},
		{Point: "Uses the police and return home interviews.", Cues: []string{"police", "return home interview"}},
		{Point: "Looks for strengths.", Cues: []string{"strengths", "going well"}},
		{Point: "Reports to the funder.", Cues: []string{"final report"}},
		{Point: "Acts within a day.", Cues: []string{"24 hours"}},
		{Point: "Tries to hold the placement.", Cues: []string{"some support"}},
	},
	RedFlags: []content.RedFlag{
		{Label: "Promises secrecy", Phrases: []string{"promise ... not tell|secret|between us"}, Why: "It cannot be kept."},
		{Label: "Refuses the police", Phrases: []string{"not report ... police|the missing"}, Why: "A missing child is reported."},
	},
}

func TestRound2Points(t *testing.T) {
	cases := []struct {
		answer  string
		made    []int // points made
		against []int // points the answer contradicts
		flags   []string
		quote   string // a quote some point or flag must hold
	}{
		// Phrases in parts, with alternatives, in one sentence.
		{"I'd promise her that I won't tell anyone.", nil, nil, []string{"Promises secrecy"}, "promise her that I won't tell"},
		{"I'd promise to help her, but I can't keep it a secret, and I'd explain who I will tell.", []int{0}, nil, nil, "explain who"},
		{"I would never promise her it stays between us.", []int{0}, nil, nil, "never promise"},
		{"I'd promise to help. It must not be a secret for long.", nil, nil, nil, ""},
		// Harm verbs: their object and their subject make no point.
		{"It could damage trust with the family.", nil, nil, nil, ""},
		{"Raising it might undermine the relationship.", nil, nil, nil, ""},
		{"I build trust by keeping my word.", []int{1}, nil, nil, "trust"},
		{"Going to the police would only undermine things.", nil, nil, nil, ""},
		// A point refused in a red flag is not made by a mention elsewhere.
		{"I would not report the missing episodes to the police, because getting the police involved can hurt him.", nil, []int{2}, []string{"Refuses the police"}, "would not report the missing episodes to the police"},
		{"I'd call the police and make sure a return home interview happens.", []int{2}, nil, nil, "police"},
		// Labels.
		{"I take a holistic, strengths-based approach to every assessment.", nil, nil, nil, ""},
		{"I look for strengths, such as what is going well at school.", []int{3}, nil, nil, "strengths"},
		// Leaving before it happened negates it.
		{"I left before the final report, so I'm not sure.", nil, []int{4}, nil, "left before the final report"},
		{"I had moved on before the final report was due.", nil, []int{4}, nil, "moved on before the final report"},
		{"I wrote the final report myself.", []int{4}, nil, nil, "final report"},
		// A starting point left behind makes no point.
		{"I'd extend our targets from 24 hours to 10 days.", nil, nil, nil, ""},
		{"Every urgent report is seen within 24 hours.", []int{5}, nil, nil, "24 hours"},
		// Finding out whether is something done; deciding whether is not.
		{"I'd find out whether she could manage the weekend with some support.", []int{6}, nil, nil, "some support"},
		{"I'd decide whether some support would help.", nil, nil, nil, ""},
		// An aside after a dash ends a negation.
		{"I wouldn't judge them - trust matters most.", []int{1}, nil, nil, "trust"},
	}
	for _, c := range cases {
		f := Analyze(round2Card, c.answer)
		checkInvariants(t, round2Card, f)
		var made, against, flags, quotes []string
		for i, p := range f.KeyPoints {
			if p.Covered {
				made = append(made, round2Card.KeyPoints[i].Point)
			}
			if len(p.Against) > 0 {
				against = append(against, round2Card.KeyPoints[i].Point)
			}
			quotes = append(append(quotes, p.Matched...), p.Against...)
		}
		for _, fl := range f.RedFlags {
			flags = append(flags, fl.Label)
			quotes = append(quotes, fl.Phrase)
		}
		var wantMade, wantAgainst []string
		for _, i := range c.made {
			wantMade = append(wantMade, round2Card.KeyPoints[i].Point)
		}
		for _, i := range c.against {
			wantAgainst = append(wantAgainst, round2Card.KeyPoints[i].Point)
		}
		if !slices.Equal(made, wantMade) || !slices.Equal(against, wantAgainst) || !slices.Equal(flags, c.flags) {
			t.Errorf("%q:\nmade %q, want %q\nagainst %q, want %q\nflags %q, want %q\n%s", c.answer, made, wantMade, against, wantAgainst, flags, c.flags, pointsDump(f))
		}
		if c.quote != "" && !slices.ContainsFunc(quotes, func(q string) bool { return strings.Contains(q, c.quote) }) {
			t.Errorf("%q: no quote holds %q; quoted %q", c.answer, c.quote, quotes)
		}
	}
}

func TestRound2Labels(t *testing.T) {
	f := Analyze(round2Card, "I take a holistic, strengths-based, trauma-informed approach; it's based on the assessment.")
	if want := []string{"strengths-based", "trauma-informed"}; !slices.Equal(f.Labels, want) {
		t.Errorf("labels %q, want %q", f.Labels, want)
	}
	if p := f.KeyPoints[3]; p.Covered || !slices.Equal(p.Labels, []string{"strengths-based"}) || len(p.Listed) > 0 {
		t.Errorf("strengths point: %+v", p)
	}
	wantFinding(t, f, TopicKeyPoints, Tip, "you named 'strengths-based' as a label, not something you do")
	wantFinding(t, f, TopicKeyPoints, Tip, "Named approaches as labels ('strengths-based' and 'trauma-informed')")
}

func TestRound2Quantities(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"When I was about twelve my mom got sick.", []string{"twelve"}},
		{"HIPAA and 42 CFR Part 2 where we hold records, and two contracts.", []string{"two contracts"}},
		{"It would take out most of the 25 percent.\n\nSecond, I'd look at overtime.", []string{"25 percent"}},
		{"Section 47 enquiries for 3 families.", []string{"3 families"}},
		{"It cost 40. Then staff left.", []string{"40"}},
	}
	for _, c := range cases {
		got, _ := quantities(c.in, tokenize(c.in), nil)
		if !slices.Equal(got, c.want) {
			t.Errorf("quantities(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	f := Analyze(round2Card, "We got it, around $40,000 over two years.")
	if a := newAnswer("We got $40,000."); a.quoteSpan(2, 3) != "$40,000" {
		t.Errorf("quote of $40,000 is %q", a.quoteSpan(2, 3))
	}
	if !slices.Contains(f.QuantityExamples, "$40,000") {
		t.Errorf("examples %q", f.QuantityExamples)
	}
}

func TestRound2Fillers(t *testing.T) {
	cases := []struct {
		in   string
		want map[string]int
	}{
		{"It's based on the needs we've actually identified.", map[string]int{}},
		{"First I'd map what actually applies to us.", map[string]int{}},
		{"Actually, I think it helps. It was actually really hard, and actually it worked.", map[string]int{"actually": 3}},
	}
	for _, c := range cases {
		if got := counts(newAnswer(c.in).fillers()); !reflect.DeepEqual(got, c.want) {
			t.Errorf("fillers(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	hedged := "I think it went well. I'd probably ask HR, and I believe it was around 60. I'm honestly not sure it was renewed."
	f := Analyze(round2Card, hedged)
	if got := counts(f.Hedges); !reflect.DeepEqual(got, map[string]int{"I think": 1, "probably": 1, "I believe": 1, "not sure": 1}) {
		t.Errorf("hedges %v", got)
	}
	wantFinding(t, f, TopicFillers, Tip, "Hedged 4 times", "'probably' once", "'I think' once")
	for _, fd := range f.Findings {
		if strings.Contains(fd.Message, "sure of itself") {
			t.Errorf("a hedged answer is praised as sure of itself: %q", fd.Message)
		}
	}
	if f := Analyze(round2Card, "I think so. I'd probably call."); len(findingsOf(f, TopicFillers)) > 0 && strings.Contains(dump(f.Findings), "Hedged") {
		t.Errorf("two hedges are speech, not a tip:\n%s", dump(f.Findings))
	}
}

func TestRound2STAR(t *testing.T) {
	card := starCard
	f := Analyze(card, "When I was a supervisor, one of my social workers missed visits. My first priority was the children, so I reviewed her cases. We agreed a plan, and if things didn't improve we would need to move to a formal process.")
	s := f.STAR
	if s.Task.Evidence != "My first priority" || s.Situation.Evidence == "" || strings.Contains(s.Result.Evidence, "improve") {
		t.Errorf("STAR %+v", *s)
	}
	a := newAnswer("one of my social workers, about two years qualified")
	if p := a.signal(situationSignals, nil, 0, len(a.seq)); p.Evidence != "one of my social workers" {
		t.Errorf("situation evidence %q", p.Evidence)
	}
	// A question quoted inside a sentence does not end it.
	a = newAnswer("I wouldn't ask leading questions like 'did he hit you?', and I'd call my manager.")
	if n := strings.Count(strings.Join(scopeMarks(a), ""), "."); n != 1 {
		t.Errorf("%d sentences in %q", n, a.src)
	}
}

// scopeMarks marks each word's sentence end with ".".
func scopeMarks(a *answer) []string {
	out := make([]string, len(a.seq))
	for i, w := range a.seq {
		out[i] = w + " "
		if a.brk[i] == brkSentence {
			out[i] = w + ". "
		}
	}
	return out
}
