package practice

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

var loadLib = sync.OnceValues(func() (*content.Library, error) {
	return content.Load(tracks.Default())
})

func shippedLibrary(tb testing.TB) *content.Library {
	tb.Helper()
	lib, err := loadLib()
	if err != nil {
		tb.Fatalf("loading the shipped track: %v", err)
	}
	if len(lib.Cards) == 0 {
		tb.Fatal("the shipped track has no cards")
	}
	return lib
}

func readAnswer(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "feedback", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Cards made up for the tests, so the hand-written cases do not move when the
// shipped deck is edited.
var (
	starCard = content.Card{
		ID: "test-star", Method: "star", Question: "Describe a challenging case you handled.",
		KeyPoints: []content.KeyPoint{
			{Point: "Situation: sets out the case and what made it hard.", Cues: []string{"referred", "complex", "at risk"}},
			{Point: "Task: states your role and goal.", Cues: []string{"task", "goal", "needed to"}},
			{Point: "Action: describes the steps you took.", Cues: []string{"arranged", "coordinated", "visited"}},
			{Point: "Result: gives a concrete outcome.", Cues: []string{"result", "outcome", "improved"}},
			{Point: "Explains the limits of confidentiality.", Cues: []string{"duty to warn", "court order", "limits"}},
		},
	}
	directCard = content.Card{
		ID: "test-direct", Method: "direct", Question: "How do you ensure confidentiality?",
		KeyPoints: []content.KeyPoint{
			{Point: "Shows commitment to confidentiality.", Cues: []string{"confidential", "privacy", "committed"}},
			{Point: "Explains the limits.", Cues: []string{"limits", "exception", "court order"}},
			{Point: "Keeps records secure.", Cues: []string{"secure", "locked", "records"}},
			{Point: "Works with families.", Cues: []string{"families", "parents"}},
			{Point: "Acts on danger.", Cues: []string{"911", "emergency"}},
		},
	}
)

var topicRank = map[string]int{
	TopicRedFlags: -1, TopicKeyPoints: 0, TopicConcerns: 0, TopicStructure: 1, TopicLength: 2, TopicNumbers: 3, TopicOwnership: 4, TopicFillers: 5,
}

// checkInvariants holds for every analysis, whatever the answer.
func checkInvariants(t *testing.T, card content.Card, f Feedback) {
	t.Helper()
	if f.Words < 0 {
		t.Errorf("Words = %d", f.Words)
	}
	if len(f.KeyPoints) != len(card.KeyPoints) {
		t.Errorf("%d point results for %d key points", len(f.KeyPoints), len(card.KeyPoints))
	}
	covered := 0
	for _, p := range f.KeyPoints {
		if p.Covered != (len(p.Matched) > 0) {
			t.Errorf("point %q: Covered=%v with Matched=%q", p.Point, p.Covered, p.Matched)
		}
		if p.Covered {
			covered++
		}
		if len(p.Matched) != len(p.Cues) && len(p.Matched) > len(p.Cues) {
			t.Errorf("point %q: %d quotes for %d cues", p.Point, len(p.Matched), len(p.Cues))
		}
		if p.Covered && (len(p.Against) > 0 || len(p.Listed) > 0 || len(p.Missing) > 0) {
			t.Errorf("point %q made, yet against=%q listed=%q missing=%q", p.Point, p.Against, p.Listed, p.Missing)
		}
		for _, s := range slices.Concat([]string{p.Point}, p.Matched, p.Missing, p.Against, p.Listed, p.Cues) {
			checkText(t, "point result", s)
		}
	}
	for _, fl := range f.RedFlags {
		if fl.Label == "" || fl.Phrase == "" {
			t.Errorf("red flag without label or phrase: %+v", fl)
		}
		for _, s := range []string{fl.Label, fl.Phrase, fl.Why} {
			checkText(t, "red flag", s)
		}
	}
	if len(f.RedFlags) > len(card.RedFlags) {
		t.Errorf("%d red flags raised for %d on the card", len(f.RedFlags), len(card.RedFlags))
	}
	if n := len(findingsOf(f, TopicLength)); n != 1 {
		t.Errorf("%d length findings, want exactly one verdict", n)
	}
	if n := len(findingsOf(f, TopicRedFlags)); n != len(f.RedFlags) {
		t.Errorf("%d red flag findings for %d red flags", n, len(f.RedFlags))
	}
	if n := len(findingsOf(f, TopicConcerns)); n != len(f.Concerns) {
		t.Errorf("%d concern findings for %d concerns", n, len(f.Concerns))
	}
	for _, c := range f.Concerns {
		if c.Label == "" || c.Phrase == "" {
			t.Errorf("concern without label or phrase: %+v", c)
		}
		if slices.ContainsFunc(f.RedFlags, func(r FlagResult) bool { return r.Label == c.Label }) {
			t.Errorf("%q is both a red flag and a concern", c.Label)
		}
	}
	if len(f.RedFlags)+len(f.Concerns) > len(card.RedFlags) {
		t.Errorf("%d red flags and %d concerns raised for %d on the card", len(f.RedFlags), len(f.Concerns), len(card.RedFlags))
	}
	if f.Covered != covered || f.Covered > len(f.KeyPoints) {
		t.Errorf("Covered = %d, counted %d of %d", f.Covered, covered, len(f.KeyPoints))
	}
	if (f.STAR != nil) != isStar(card) || (f.IWe != nil) != isStar(card) {
		t.Errorf("STAR/IWe set = %v/%v for method %q", f.STAR != nil, f.IWe != nil, card.Method)
	}
	if f.STAR != nil {
		for _, p := range f.STAR.parts() {
			if p.part.Present == (p.part.Evidence == "") {
				t.Errorf("STAR %s: present=%v evidence=%q", p.name, p.part.Present, p.part.Evidence)
			}
			checkText(t, "STAR evidence", p.part.Evidence)
		}
	}
	if f.Quantified != (len(f.QuantityExamples) > 0) || len(f.QuantityExamples) > 3 {
		t.Errorf("Quantified=%v with examples %q", f.Quantified, f.QuantityExamples)
	}
	for _, q := range f.QuantityExamples {
		checkText(t, "quantity example", q)
	}
	if len(f.Findings) == 0 {
		t.Error("no findings")
	}
	last := -1
	for _, fd := range f.Findings {
		if fd.Message == "" {
			t.Errorf("empty message in %+v", fd)
		}
		checkText(t, "finding", fd.Message)
		r, ok := topicRank[fd.Topic]
		if !ok {
			t.Errorf("unknown topic %q", fd.Topic)
		}
		if r < last {
			t.Errorf("finding %q (%s) out of order", fd.Message, fd.Topic)
		}
		last = r
	}
	checkText(t, "summary", f.Summary())
}

// checkText fails when s holds a control character or invalid UTF-8.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == 0x1b {
			t.Errorf("%s holds control character %U: %q", what, r, s)
			return
		}
	}
}

func findingsOf(f Feedback, topic string) []Finding {
	var out []Finding
	for _, fd := range f.Findings {
		if fd.Topic == topic {
			out = append(out, fd)
		}
	}
	return out
}

// wantFinding fails unless a finding of the topic has the level and a message
// containing every one of the fragments.
func wantFinding(t *testing.T, f Feedback, topic string, level Level, fragments ...string) {
	t.Helper()
	for _, fd := range findingsOf(f, topic) {
		if fd.Level != level {
			continue
		}
		ok := true
		for _, s := range fragments {
			ok = ok && strings.Contains(fd.Message, s)
		}
		if ok {
			return
		}
	}
	t.Errorf("no %s finding on %s containing %q; have:\n%s", level, topic, fragments, dump(f.Findings))
}

func dump(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.Level.String() + " [" + f.Topic + "] " + f.Message + "\n")
	}
	return b.String()
}

func counts(cs []Count) map[string]int {
	m := map[string]int{}
	for _, c := range cs {
		m[c.Word] = c.N
	}
	return m
}

// Every card of the shipped deck: its own example answer makes at least 60%
// of its key points and raises no red flag, and a STAR example shows at
// least three STAR parts.
func TestShippedExamples(t *testing.T) {
	lib := shippedLibrary(t)
	for _, card := range lib.Cards {
		t.Run(card.ID, func(t *testing.T) {
			f := Analyze(card, card.Example)
			checkInvariants(t, card, f)
			need := int(math.Ceil(0.6 * float64(len(card.KeyPoints))))
			if f.Covered < need {
				var miss []string
				for _, p := range f.KeyPoints {
					if !p.Covered {
						miss = append(miss, p.Point)
					}
				}
				t.Errorf("example covers %d of %d key points, want at least %d; missed %q", f.Covered, len(card.KeyPoints), need, miss)
			}
			if len(f.RedFlags) > 0 {
				t.Errorf("the example answer raises red flags: %+v", f.RedFlags)
			}
			if f.STAR != nil && f.STAR.Present() < 3 {
				t.Errorf("STAR example shows %d of 4 parts: %+v", f.STAR.Present(), *f.STAR)
			}
			if !reflect.DeepEqual(f, Analyze(card, card.Example)) {
				t.Error("Analyze is not deterministic")
			}
		})
	}
}

// Repeating the question is not an answer: for every shipped card, the
// question itself (said twice, so that it is long enough to be sentences)
// makes no key point and raises no red flag. The loader refuses cues that
// repeat the question; this holds the feedback engine's own matching to it.
func TestQuestionMakesNoPoint(t *testing.T) {
	lib := shippedLibrary(t)
	for _, card := range lib.Cards {
		q := "I was asked: " + card.Question + " " + card.Question
		f := Analyze(card, q)
		if f.Covered > 0 || len(f.RedFlags) > 0 {
			for _, p := range f.KeyPoints {
				if p.Covered {
					t.Errorf("%s: the question makes %q through %q", card.ID, p.Point, p.Cues)
				}
			}
			for _, fl := range f.RedFlags {
				t.Errorf("%s: the question raises %q (%q)", card.ID, fl.Label, fl.Phrase)
			}
		}
	}
}

func TestAnalyzeCases(t *testing.T) {
	long := strings.Fields(strings.Repeat("I arranged weekly visits and coordinated with the school so the family stayed together. ", 40))[:500]
	cases := []struct {
		name   string
		card   content.Card
		answer string
		check  func(t *testing.T, f Feedback)
	}{
		{"empty", starCard, "", func(t *testing.T, f Feedback) {
			if f.Words != 0 || f.Covered != 0 || f.SpeakingTime != 0 || f.Quantified || f.Fillers != nil {
				t.Errorf("got %+v", f)
			}
			if f.STAR.Present() != 0 || *f.IWe != (IWeResult{}) {
				t.Errorf("STAR %+v, IWe %+v", *f.STAR, *f.IWe)
			}
			wantFinding(t, f, TopicKeyPoints, Warn, "Made 0 of 5 key points")
			wantFinding(t, f, TopicKeyPoints, Tip, "Not yet: 'Task: states your role and goal' - try words like 'task', 'goal' or 'needed to'.")
			wantFinding(t, f, TopicStructure, Warn, "STAR 0/4", "Situation, Task, Action or Result")
			wantFinding(t, f, TopicLength, Warn, "No answer yet")
			for _, topic := range []string{TopicNumbers, TopicOwnership, TopicFillers} {
				if fs := findingsOf(f, topic); len(fs) > 0 {
					t.Errorf("empty answer has %s findings: %v", topic, fs)
				}
			}
			if got, want := f.Summary(), "0/5 key points · STAR 0/4 · 0 words (~0:00) · no fillers"; got != want {
				t.Errorf("Summary = %q, want %q", got, want)
			}
		}},
		{"whitespace", starCard, " \t\r\n \u00a0\u2003\n ", func(t *testing.T, f Feedback) {
			if !reflect.DeepEqual(f, Analyze(starCard, "")) {
				t.Errorf("whitespace answer differs from the empty one: %+v", f)
			}
		}},
		{"rambling with fillers", directCard, readAnswer(t, "rambling.txt"), func(t *testing.T, f Feedback) {
			want := map[string]int{"um": 2, "uh": 1, "like": 3, "you know": 2, "basically": 1, "sort of": 1, "kind of": 1, "actually": 1, "literally": 1, "i mean": 1}
			if got := counts(f.Fillers); !reflect.DeepEqual(got, want) {
				t.Errorf("fillers = %v, want %v (\"I'd like to\" and \"looks like\" are not fillers)", got, want)
			}
			// Reported in the fixed order.
			var order []string
			for _, c := range f.Fillers {
				order = append(order, c.Word)
			}
			if !slices.Equal(order, fillerOrder) {
				t.Errorf("filler order %q", order)
			}
			wantFinding(t, f, TopicFillers, Warn, "14 fillers", "'like' x3", "per 100")
			wantFinding(t, f, TopicKeyPoints, Warn, "Made 1 of 5")
			wantFinding(t, f, TopicKeyPoints, Tip, "Not yet: 'Explains the limits' - try words like 'limits', 'exception' or 'court order'.")
		}},
		{"we-heavy story", starCard, readAnswer(t, "we-heavy.txt"), func(t *testing.T, f Feedback) {
			if f.IWe.I != 0 || f.IWe.We < 10 {
				t.Errorf("IWe = %+v", *f.IWe)
			}
			if f.STAR.Action.Present {
				t.Errorf("no 'I' did anything, yet action = %+v", f.STAR.Action)
			}
			if !f.STAR.Situation.Present || !f.STAR.Task.Present || !f.STAR.Result.Present {
				t.Errorf("STAR = %+v", *f.STAR)
			}
			wantFinding(t, f, TopicOwnership, Tip, "Say what YOU did: interviewers score your actions.")
			wantFinding(t, f, TopicStructure, Tip, "STAR 3/4: no clear Action", "in the first person")
			wantFinding(t, f, TopicNumbers, Good, "'three times'")
		}},
		{"quantified story", starCard, readAnswer(t, "quantified.txt"), func(t *testing.T, f Feedback) {
			if !f.Quantified || !slices.Equal(f.QuantityExamples, []string{"$20,000", "six months", "3 families"}) {
				t.Errorf("quantities %v %q", f.Quantified, f.QuantityExamples)
			}
			wantFinding(t, f, TopicNumbers, Good, "'$20,000', 'six months' and '3 families'")
			wantStar := STARResult{
				Situation: STARPart{true, "At my last agency"},
				Task:      STARPart{true, "My task"},
				Action:    STARPart{true, "I pulled"},
				Result:    STARPart{true, "As a result"},
			}
			if *f.STAR != wantStar {
				t.Errorf("STAR = %+v, want %+v", *f.STAR, wantStar)
			}
			wantFinding(t, f, TopicStructure, Good, "Clear STAR story", "situation ('At my last agency')", "result ('As a result')")
			// 2 of 5 points is under half: no praise yet for saying "I" or
			// for having no fillers.
			if fs := slices.Concat(findingsOf(f, TopicOwnership), findingsOf(f, TopicFillers)); len(fs) > 0 {
				t.Errorf("praise on an answer making 2 of 5 points: %v", fs)
			}
		}},
		{"500 words", starCard, strings.Join(long, " "), func(t *testing.T, f Feedback) {
			if f.Words != 500 || f.SpeakingTime != 231*time.Second {
				t.Errorf("Words %d, time %v", f.Words, f.SpeakingTime)
			}
			wantFinding(t, f, TopicLength, Warn, "500 words (about 3:51 spoken) is long; interviewers drift after about two minutes")
			wantFinding(t, f, TopicNumbers, Tip, "No numbers yet")
		}},
		{"control characters and escapes", starCard,
			"I \x1b[31marranged\x1b[0m a \x00visit\a and \x1b]0;evil title\x07coordinated\u202e with the \u009b2Jschool;\x08 my task\r\nwas \x1bc done\xff. As a result it improved \x1b[1;",
			func(t *testing.T, f Feedback) {
				if f.Words != 18 {
					t.Errorf("Words = %d, want 18 (escape parameters are not words)", f.Words)
				}
				if got := f.KeyPoints[2].Cues; !slices.Equal(got, []string{"arranged", "coordinated", "visited"}) {
					t.Errorf("action cues matched %q", got)
				}
				// Quoted as written, in the answer's order, escapes and all removed.
				if got := f.KeyPoints[2].Matched; !slices.Equal(got, []string{"arranged", "visit", "coordinated"}) {
					t.Errorf("action quotes %q", got)
				}
				if f.STAR.Action.Evidence != "I arranged" { // quoted as written, the escapes gone
					t.Errorf("action evidence %q", f.STAR.Action.Evidence)
				}
			}},
		{"control characters in the card", content.Card{
			Method: "star",
			KeyPoints: []content.KeyPoint{
				{Point: "Makes \x1b[2Ja point\x07 with\u202e care.", Cues: []string{"arranged\x1b[0m", "\x00", "b\tc"}},
				{Point: "Missed \x1b]0;x\x07one.", Cues: []string{"\x1b[31mred\x1b[0m", "no\x00pe"}},
			},
		}, "I arranged it.", func(t *testing.T, f Feedback) {
			if got := f.KeyPoints[0].Matched; !slices.Equal(got, []string{"arranged"}) {
				t.Errorf("matched %q", got)
			}
			if got := f.KeyPoints[1].Missing; !slices.Equal(got, []string{"red", "no pe"}) {
				t.Errorf("missing %q", got)
			}
			wantFinding(t, f, TopicKeyPoints, Tip, "Not yet: 'Missed one' - try words like 'red' or 'no pe'.")
		}},
		{"unicode", directCard, readAnswer(t, "unicode.txt"), func(t *testing.T, f Feedback) {
			if f.Words != 37 {
				t.Errorf("Words = %d, want 37", f.Words)
			}
			// "I’m" with a curly apostrophe is a word; the cues still match.
			// "٣ families" is in a line that lists words rather than says
			// something, so it makes no point.
			for i, want := range []bool{true, true, true, false, false} {
				if f.KeyPoints[i].Covered != want {
					t.Errorf("point %d covered=%v (%q)", i, f.KeyPoints[i].Covered, f.KeyPoints[i].Matched)
				}
			}
			if !f.Quantified || f.QuantityExamples[0] != "٣ families" {
				t.Errorf("quantities %q", f.QuantityExamples)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Analyze(c.card, c.answer)
			checkInvariants(t, c.card, f)
			c.check(t, f)
			if t.Failed() {
				t.Logf("summary: %s\nfindings:\n%s", f.Summary(), dump(f.Findings))
			}
		})
	}
}

func TestCueMatching(t *testing.T) {
	cases := []struct {
		cue, answer string
		want        bool
	}{
		{"assess", "I did a full assessment.", true},
		{"assess", "I was assessing risk.", true},
		{"confidential", "Confidentiality matters to me.", true},
		{"prioritize", "I prioritised the families at risk.", true},
		{"prioritize", "My priorities were clear.", false}, // a Porter2 quirk; cards list both forms
		{"priority", "My priorities were clear.", true},
		{"weekly", "I see them each week.", true},
		{"child", "The children were safe.", true},
		{"follow up", "I made a follow-up call.", true},
		{"follow up", "I followed up the next day.", true},
		{"follow up", "Follow the plan; up to you.", false},
		{"follow up", "up follow", false},
		{"care about", "I really care about this.", true},
		{"care about", "I care deeply about this.", false},
		{"911", "I called 911.", true},
		{"911", "Case 9110 was closed.", false},
		{"911", "Dial nine one one.", false},
		{"24 hours", "within our 24-hour limit", true},
		{"24 hours", "within 48 hours", false},
		{"hipaa", "The HIPAA rules apply.", true},
		{"car", "I drove my car.", true},
		{"care", "I drove my car.", false},
		{"use", "Give us a call.", false},
		{"user", "I used the system.", false},
		{"set up", "I set up a fair.", true},
		{"set up", "I set it up.", false},
		{"why i", "That's why I stay.", true},
		{"her side", "I heard her side.", true},
		{"", "anything", false},
		{"!!", "anything !!", false},
	}
	for _, c := range cases {
		card := content.Card{Method: "direct", KeyPoints: []content.KeyPoint{{Point: "P.", Cues: []string{c.cue}}}}
		f := Analyze(card, c.answer)
		if got := f.KeyPoints[0].Covered; got != c.want {
			t.Errorf("cue %q in %q: covered=%v, want %v", c.cue, c.answer, got, c.want)
		}
		if c.want && !slices.Equal(f.KeyPoints[0].Cues, []string{c.cue}) {
			t.Errorf("cue %q: cues %q, want it as written in the card", c.cue, f.KeyPoints[0].Cues)
		}
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World!", []string{"hello", "world"}},
		{"$20,000 and 40%; 3.5 days.", []string{"20,000", "dollars", "and", "40", "percent", "3.5", "days"}},
		{"I'm the client's worker, aren't I?", []string{"i'm", "the", "client's", "worker", "aren't", "i"}},
		{"I’ve 'quoted' words'", []string{"i've", "quoted", "words"}},
		{"follow-up 24/7", []string{"follow", "up", "24", "7"}},
		{"1,2,3 and 1.", []string{"1,2,3", "and", "1"}},
		{"£5 €6 $ x", []string{"5", "pounds", "6", "euros", "x"}},
		{"a\x1b[31mb\x1b[0m c", []string{"ab", "c"}},
		{"tab\there\x00nul", []string{"tab", "here", "nul"}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range tokenize(c.in) {
			got = append(got, tk.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestExpandAndIWe(t *testing.T) {
	a := newAnswer("I'm sure we'll see; let's go. I've, I'd and I'll. It's our team's, don't you think? My, me, mine, us.")
	want := "i am sure we will see let us go i have i would and i will it is our team do not you think my me mine us"
	if got := strings.Join(a.seq, " "); got != want {
		t.Errorf("expanded %q\nwant     %q", got, want)
	}
	if i, we := a.iWe(); i != 7 || we != 4 {
		t.Errorf("I=%d we=%d, want 7 and 4", i, we)
	}
}

func TestFillerRules(t *testing.T) {
	cases := []struct {
		in   string
		want map[string]int
	}{
		{"I like my job and would like to stay. It looks like a good fit.", map[string]int{}},
		{"Partners like the housing authority, like schools.", map[string]int{}},
		{"It was like, so hard, and like I said, it helps like a map.", map[string]int{"like": 2}},
		{"Do you know what I mean? You know, it helps.", map[string]int{"you know": 1, "i mean": 1}},
		{"What kind of plan? A sort of map. It was kind of rough.", map[string]int{"kind of": 1}},
		{"Umm, uhh, erm, er, hmm.", map[string]int{"um": 3, "uh": 2}},
		{"She went to the ER with her sister, er, that night.", map[string]int{"uh": 1}},
		{"Actually, basically, literally.", map[string]int{"actually": 1, "basically": 1, "literally": 1}},
	}
	for _, c := range cases {
		got := counts(newAnswer(c.in).fillers())
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("fillers(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestQuantities(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"No numbers here, just one thing.", nil},
		{"In 2023 we called 911.", nil},
		{"We served 2000 families.", []string{"2000 families"}},
		{"Cut costs 40% and saved $20,000 a year.", []string{"40%", "$20,000"}},
		{"Two hundred families, twice a week, a 78-year-old man.", []string{"two hundred families", "twice", "78 year old"}},
		{"9 out of the 11 families agreed; three rural townships.", []string{"9 out of 11 families", "three rural townships"}},
		{"a, b, 1, 2, 3, 4, 5", []string{"1", "2", "3"}},
	}
	for _, c := range cases {
		got, q := quantities(c.in, tokenize(c.in), nil)
		if !slices.Equal(got, c.want) || q != (len(c.want) > 0) {
			t.Errorf("quantities(%q) = %q %v, want %q", c.in, got, q, c.want)
		}
	}
}

func TestLengthBands(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) }
	for _, c := range []struct {
		n     int
		level Level
		frag  string
	}{
		{1, Warn, "1 word (about 0:00 spoken) is too short"},
		{59, Warn, "too short to show much"},
		{60, Tip, "60 words (about 0:28 spoken) is on the short side; aim for 1-2 minutes (130-260 words)"},
		{129, Tip, "on the short side"},
		{130, Good, "130 words, about 1:00 spoken: within the 1-2 minutes a panel expects."},
		{260, Good, "about 2:00 spoken: within"},
		{261, Tip, "runs past two minutes; trim to 130-260 words"},
		{400, Tip, "about 3:05 spoken"},
		{401, Warn, "is long"},
	} {
		f := Analyze(directCard, words(c.n))
		wantFinding(t, f, TopicLength, c.level, c.frag)
	}
}

func TestSummary(t *testing.T) {
	f := Feedback{
		Words: 142, SpeakingTime: speakingTime(142), KeyPoints: make([]PointResult, 5), Covered: 3,
		STAR:    &STARResult{Situation: STARPart{Present: true}, Action: STARPart{Present: true}, Result: STARPart{Present: true}},
		Fillers: []Count{{"um", 1}, {"like", 1}},
	}
	if got, want := f.Summary(), "3/5 key points · STAR 3/4 · 142 words (~1:06) · 2 fillers"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	f = Feedback{Words: 1, KeyPoints: make([]PointResult, 2), Fillers: []Count{{"um", 1}}}
	if got, want := f.Summary(), "0/2 key points · 1 word (~0:00) · 1 filler"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestLevelString(t *testing.T) {
	for l, want := range map[Level]string{Good: "good", Tip: "tip", Warn: "warn", Level(9): "Level(9)"} {
		if got := l.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int(l), got, want)
		}
	}
}
