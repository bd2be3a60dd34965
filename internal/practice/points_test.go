package practice

import (
	"slices"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

// abuseCard is made up for these tests, after the shape of the shipped
// suspected-abuse card: a plain point, a "does not" point and red flags.
var abuseCard = content.Card{
	ID: "test-abuse", Method: "direct", Question: "What would you do if you suspected child abuse?",
	KeyPoints: []content.KeyPoint{
		{Point: "Reports to child protective services.", Cues: []string{"report", "hotline", "cps"}},
		{Point: "Does not confront the parent or question the child in detail.", Negated: true,
			Cues: []string{"confront", "in detail", "investigate myself"}},
		{Point: "Tells a supervisor.", Cues: []string{"supervisor"}},
		{Point: "Keeps to a schedule.", Cues: []string{"weekly", "calendar"}},
	},
	RedFlags: []content.RedFlag{
		{Label: "Confronts the suspected abuser", Phrases: []string{"confront the parent", "confront them"},
			Why: "It can put the child in more danger and spoil the investigation."},
		{Label: "Waits for proof before reporting", Phrases: []string{"wait until i have proof", "until i have proof", "until i had proof"},
			Why: "The law asks for reasonable suspicion, not proof"},
		{Label: "Investigates alone", Phrases: []string{"investigate myself"}, Why: "That is the investigators' job."},
	},
}

func TestPointsAndFlags(t *testing.T) {
	cases := []struct {
		name    string
		answer  string
		covered []bool
		matched [][]string
		flags   []string // the phrases quoted, in card order
		against map[int][]string
	}{
		{"issue example", "I would confront the parent and ask the child in detail what happened. I would investigate myself before deciding whether to report.",
			[]bool{false, false, false, false}, nil,
			[]string{"confront the parent", "investigate myself"},
			map[int][]string{1: {"confront", "in detail"}}},
		{"strong", "I would report it to the hotline the same day and tell my supervisor. I wouldn't confront the parent or question the child in detail; that is for the investigators. I check my cases each week.",
			[]bool{true, true, true, true},
			[][]string{{"report", "hotline"}, {"wouldn't confront the parent or question the child in detail"}, {"supervisor"}, {"week"}},
			nil, nil},
		{"negated plain points", "I don't report anything and I never tell my supervisor. Confronting the parent is not my job.",
			[]bool{false, true, false, false}, nil, nil,
			map[int][]string{0: {"don't report"}, 2: {"never tell my supervisor"}}},
		{"waits for proof", "I wouldn't call the hotline until I had proof, so I'd keep notes first.",
			[]bool{false, false, false, false}, nil, []string{"until I had proof"}, nil},
		{"does not wait", "I don't wait until I have proof: I report it to the hotline.",
			[]bool{true, false, false, false}, nil, nil, nil},
		{"word list", "report hotline supervisor calendar confront",
			[]bool{false, false, false, false}, nil, nil, nil},
		{"hedged", "I'd think about whether to report it, and maybe confront them.",
			[]bool{false, false, false, false}, nil, []string{"confront them"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Analyze(abuseCard, c.answer)
			checkInvariants(t, abuseCard, f)
			for i, want := range c.covered {
				if f.KeyPoints[i].Covered != want {
					t.Errorf("point %d covered=%v, want %v (matched %q against %q)", i, f.KeyPoints[i].Covered, want, f.KeyPoints[i].Matched, f.KeyPoints[i].Against)
				}
			}
			for i, want := range c.matched {
				if got := f.KeyPoints[i].Matched; !slices.Equal(got, want) {
					t.Errorf("point %d matched %q, want %q", i, got, want)
				}
			}
			var flags []string
			for _, fl := range f.RedFlags {
				flags = append(flags, fl.Phrase)
			}
			if !slices.Equal(flags, c.flags) {
				t.Errorf("red flags %q, want %q", flags, c.flags)
			}
			for i, want := range c.against {
				if got := f.KeyPoints[i].Against; !slices.Equal(got, want) {
					t.Errorf("point %d against %q, want %q", i, got, want)
				}
			}
			if t.Failed() {
				t.Logf("findings:\n%s", dump(f.Findings))
			}
		})
	}
}

func TestFlagAndListFindings(t *testing.T) {
	f := Analyze(abuseCard, "I would confront the parent and make them explain the bruises.")
	wantFinding(t, f, TopicRedFlags, Warn, "Red flag: Confronts the suspected abuser (you wrote 'confront the parent'). It can put the child in more danger")
	if f.Findings[0].Topic != TopicRedFlags {
		t.Errorf("red flags are not first: %s", dump(f.Findings))
	}
	if !strings.HasPrefix(f.Summary(), "1 red flag · 0/4 key points") {
		t.Errorf("summary %q", f.Summary())
	}
	wantFinding(t, f, TopicKeyPoints, Warn, "Not made: 'Does not confront the parent or question the child in detail' - you said 'confront'. Say what you would not do, and why.")

	f = Analyze(abuseCard, "report, hotline, supervisor, calendar. In detail.")
	if !f.Listed || f.Covered != 0 {
		t.Errorf("listed=%v covered=%d", f.Listed, f.Covered)
	}
	wantFinding(t, f, TopicKeyPoints, Warn, "Most of this answer is a list of words")
	wantFinding(t, f, TopicKeyPoints, Tip, "Not made: 'Tells a supervisor' - 'supervisor' came up only in a list")

	f = Analyze(abuseCard, "I never use a calendar.")
	wantFinding(t, f, TopicKeyPoints, Warn, "Not made: 'Keeps to a schedule' - you said 'never use a calendar', which says the opposite.")
}

// Words that raised a red flag make no key point: having a child translate
// is not adapting practice, though "translated" is a cue of that point.
func TestFlaggedWordsMakeNoPoint(t *testing.T) {
	lib := shippedLibrary(t)
	card, ok := lib.Card("working-with-diverse-populations")
	if !ok {
		t.Fatal("no card")
	}
	f := Analyze(*card, "If a family doesn't speak English, I have one of their kids translate for me.")
	if len(f.RedFlags) != 1 || f.Covered != 0 {
		t.Errorf("flags %+v, %d points made:\n%s", f.RedFlags, f.Covered, pointsDump(f))
	}
	f = Analyze(*card, "If a family doesn't speak English, I have the letters translated before the visit.")
	if len(f.RedFlags) != 0 || !f.KeyPoints[2].Covered {
		t.Errorf("flags %+v; adapting not made:\n%s", f.RedFlags, pointsDump(f))
	}
}
