package practice

import (
	"slices"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

// The mechanisms added for the third panel round (testdata/panel/review3.yaml
// and the held-out sets), each on a card made up for the test, so the cases
// do not move when the shipped decks are edited.

var round3Card = content.Card{
	ID: "test-round3", Method: "direct", Question: "What would you do?",
	KeyPoints: []content.KeyPoint{
		{Point: "Brings in the crisis team.", Cues: []string{"crisis team", "police"}},
		{Point: "Gets consent.", Cues: []string{"consent"}},
		{Point: "Explains the limits.", Cues: []string{"limits"}},
		{Point: "Sees the child alone.", Cues: []string{"alone"}},
		{Point: "Tells the supervisor.", Cues: []string{"supervisor"}, NotWith: []string{"Keeps it quiet"}},
		{Point: "Reports to the hotline.", Cues: []string{"hotline"}},
	},
	RedFlags: []content.RedFlag{
		{Label: "Cuts across the board", Phrases: []string{"across the board"}, Why: "No analysis."},
		{Label: "Promises secrecy", Phrases: []string{"keep it between us"}, Why: "It cannot be kept."},
		{Label: "Leading questions", Asked: true, Phrases: []string{"did he hit"}, Why: "It leads."},
		{Label: "Keeps it quiet", Phrases: []string{"not tell ... manager|supervisor"}, Why: "Oversight."},
		{Label: "Files in the car", Phrases: []string{"files ... car"}, Why: "Not secure."},
		{Label: "Stays late", Severity: content.SeverityConcern, Phrases: []string{"stay late", "push through"}, Why: "It does not last."},
		{Label: "Does not know best", Phrases: []string{"clients ... not ... know ... what is good"}, Why: "Paternalism."},
	},
}

func TestRound3Readings(t *testing.T) {
	cases := []struct {
		answer   string
		made     []int
		flags    []string
		concerns []string
	}{
		// A question the candidate asks raises no flag, unless the flag is
		// about questions; a rhetorical "why would I" refuses.
		{"I'd ask first: is it 10 percent across the board or are some lines protected?", nil, nil, nil},
		{"Is the cut across the board? I'd find out.", nil, nil, nil},
		{"I'd ask her, 'Did he hit you with the belt?'", nil, []string{"Leading questions"}, nil},
		{"Why would I call my supervisor? I'd manage.", nil, nil, nil},
		// Someone else's words, views and decisions are not the candidate's.
		{"Her mother told me to keep it between us, and I called the hotline.", []int{5}, nil, nil},
		{"My manager asked whether I'd promised to keep it between us. I hadn't.", nil, nil, nil},
		{"I was told to keep it between us.", nil, nil, nil},
		{"I told her I would keep it between us.", nil, []string{"Promises secrecy"}, nil},
		{"If a parent told me about abuse I'd want to keep it between us.", nil, []string{"Promises secrecy"}, nil},
		{"The law says I must call the hotline the same day.", []int{5}, nil, nil},
		// A habit left is not a practice.
		{"I used to stay late, but I learned to leave on time.", nil, nil, nil},
		{"I stay late most nights to catch up.", nil, nil, []string{"Stays late"}},
		// So is one the next sentence turns away from, or the early days a
		// later "Now I ..." leaves behind; early days still lived are not.
		{"I stayed late most nights. That was wrong, and I stopped.", nil, nil, nil},
		{"In my first year I stayed late most nights. Now I leave on time.", nil, nil, nil},
		{"At first I stayed late most nights, and I still do.", nil, nil, []string{"Stays late"}},
		// What someone else proposes, said straight after the verb, is theirs.
		{"Her aunt suggested keeping it between us, and I said no.", nil, nil, nil},
		{"I suggested keeping it between us.", nil, []string{"Promises secrecy"}, nil},
		// An "or" after an interrupting clause goes on with the denied one.
		{"I wouldn't wait until Monday or stay late over it.", nil, nil, nil},
		{"I'd wait until Monday and stay late over it.", nil, nil, []string{"Stays late"}},
		// A negation does not reach into a "where" clause: "I don't need
		// consent where ..." still says where.
		{"I don't need consent where the hotline tells me to act.", []int{5}, nil, nil},
		// "Without" denies its object, not the clause after it.
		{"I'd act without consent where the hotline tells me to.", []int{5}, nil, nil},
		// A dismissed subject, a narrowed cue, a chance clause, an
		// elliptical refusal and "hold off on" make no point.
		{"Waiting for the crisis team takes too long.", nil, nil, nil},
		{"A crisis team felt like overkill.", nil, nil, nil},
		{"The crisis team here takes about forty minutes, so I wait with her.", []int{0}, nil, nil},
		{"I'd only really worry about consent for HIV status.", nil, nil, nil},
		{"I only share with consent, except where the law requires it.", []int{1}, nil, nil},
		{"I'd explain the limits if it came up.", nil, nil, nil},
		{"Seeing children alone can feel awkward, so I usually don't.", nil, nil, nil},
		{"I'd hold off on involving the police.", nil, nil, nil},
		// Round 5: a harm done, a cost not worth it, a subject that does
		// not matter, and a refusal that points back make no point; the
		// same words said plainly do.
		{"The police tend to make these lads more defensive, so it's a last resort.", nil, nil, nil},
		{"Bringing in the crisis team only winds him up.", nil, nil, nil},
		{"Getting consent is a lot of paperwork for very little.", nil, nil, nil},
		{"Explaining the limits is just not realistic at intake.", nil, nil, nil},
		{"Consent forms don't really matter as long as the family is happy.", nil, nil, nil},
		{"The hotline is mostly for other agencies, so I don't put much weight on it.", nil, nil, nil},
		{"Hotline calls are mostly noise, so I don't bother with them.", nil, nil, nil},
		{"I know people talk about consent, but I go by my own judgement.", nil, nil, nil},
		{"I talk about the limits at the first visit.", []int{2}, nil, nil},
		{"The crisis team made sure he was safe, so I don't worry about them.", []int{0}, nil, nil},
		// What a verb of saying or deciding does not go on to report is no
		// one's words; "X, not Y" denies Y only; thinking about whether
		// something is so is finding out.
		{"If it's agreed, we bring in the crisis team.", []int{0}, nil, nil},
		{"This is about consent, not pressure.", []int{1}, nil, nil},
		// A relative clause goes on denied.
		{"I don't explain what I keep about the limits.", nil, nil, nil},
		// A list of denials stays denied.
		{"No consent forms, no limits explained, nothing.", nil, nil, nil},
		// A short sentence with a verb says something.
		{"Consent comes first, whatever the deadline.", []int{1}, nil, nil},
		{"Consent, deadline, limits, hotline.", nil, nil, nil},
		{"I'd think about whether she is alone, and about whether I should tell my supervisor.", []int{3}, nil, nil},
		// A later part denied in its own clause is not said; a condition of
		// its own is.
		{"I keep the files locked, not in my car.", nil, nil, nil},
		{"The files stay in my car overnight.", nil, []string{"Files in the car"}, nil},
		// A flag whose own negator makes its subject read negated.
		{"Clients don't always know what's good for them.", nil, []string{"Does not know best"}, nil},
		// "neglect to" after a noun is the noun.
		{"I report abuse or neglect to the hotline.", []int{5}, nil, nil},
		// not_with: a point its own red flag contradicts is not made.
		{"I'd update my supervisor later but I'd not tell my manager.", nil, []string{"Keeps it quiet"}, nil},
	}
	for _, c := range cases {
		f := Analyze(round3Card, c.answer)
		checkInvariants(t, round3Card, f)
		var made []int
		for i, p := range f.KeyPoints {
			if p.Covered {
				made = append(made, i)
			}
		}
		var gotFlags, gotConcerns []string
		for _, fl := range f.RedFlags {
			gotFlags = append(gotFlags, fl.Label)
		}
		for _, cn := range f.Concerns {
			gotConcerns = append(gotConcerns, cn.Label)
		}
		if !slices.Equal(made, c.made) || !slices.Equal(gotFlags, c.flags) || !slices.Equal(gotConcerns, c.concerns) {
			t.Errorf("%q:\nmade %v, want %v\nflags %q, want %q\nconcerns %q, want %q\n%s", c.answer, made, c.made,
				gotFlags, c.flags, gotConcerns, c.concerns, pointsDump(f))
		}
	}
}

func TestRound3NotWith(t *testing.T) {
	f := Analyze(round3Card, "I'd tell my supervisor afterwards. I wouldn't tell my manager about it.")
	p := f.KeyPoints[4]
	if p.Covered || len(p.Against) == 0 || !strings.Contains(p.Against[0], "tell my manager") {
		t.Errorf("a point its red flag contradicts is made, or not quoted against: %+v", p)
	}
}

func TestRound3Judgement(t *testing.T) {
	card := content.Card{ID: "test-judgement", Method: "direct", Question: "What would you do?",
		KeyPoints: []content.KeyPoint{
			{Point: "A.", Cues: []string{"alpha"}}, {Point: "B.", Cues: []string{"bravo"}},
			{Point: "C.", Cues: []string{"charlie"}}, {Point: "D.", Cues: []string{"delta"}},
			{Point: "E.", Cues: []string{"echo"}},
		},
		RedFlags: []content.RedFlag{
			{Label: "Unsafe", Phrases: []string{"do harm"}, Why: "Harm."},
			{Label: "Overwork", Severity: content.SeverityConcern, Phrases: []string{"stay late"}, Why: "It does not last."},
		},
	}
	cases := []struct {
		answer, level, says string
	}{
		// A card with red flags the answer did not raise: the points are
		// good, but the answer is not called strong, since the reading
		// misses many wordings.
		{"I use alpha and bravo. I use charlie and delta. I use echo too.", "good", "it cannot call the answer strong"},
		{"I use alpha and bravo. I use charlie and delta.", "good", "before you call it strong"},
		{"I use alpha and bravo. I use charlie and delta. I stay late to do it.", "tip", "keeps it from a strong answer"},
		{"I use alpha and bravo. I use charlie and delta. I don't use echo.", "tip", "keeps it from a strong answer"},
		{"I use alpha and bravo every day.", "tip", "would complete it"},
		{"I use alpha every day.", "warn", "incomplete as it stands"},
		{"I use alpha and bravo. I use charlie and delta. I use echo, and I'd do harm.", "warn", "count this answer against you"},
	}
	for _, c := range cases {
		f := Analyze(card, c.answer)
		checkInvariants(t, card, f)
		j, ok := judgementOf(f)
		if !ok || j.Level.String() != c.level || !strings.Contains(j.Message, c.says) {
			t.Errorf("%q: judgement %s %q, want %s holding %q", c.answer, j.Level, j.Message, c.level, c.says)
		}
	}
	// A card with no red flag to check: plain praise.
	card.RedFlags = card.RedFlags[1:]
	for answer, says := range map[string]string{
		"I use alpha and bravo. I use charlie and delta. I use echo too.": "Made all 5 key points.",
		"I use alpha and bravo. I use charlie and delta.":                 "a strong answer",
	} {
		if j, _ := judgementOf(Analyze(card, answer)); j.Level != Good || !strings.Contains(j.Message, says) {
			t.Errorf("%q, no red flags on the card: judgement %s %q, want good holding %q", answer, j.Level, j.Message, says)
		}
	}
}

func TestRound3Quantities(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"I use the Graded Care Profile 2 with parents.", nil},
		{"Two years on Ward 7, and Covid-19 after that.", []string{"two years"}},
		{"I use the Three Houses tool.", nil},
		{"It stays between the two of us.", nil},
		{"One or two people helped.", nil},
		{"I don't check email after about 7.", nil},
		{"Home by 6 families a week, at 10% more.", []string{"6 families", "10%"}},
		{"The Year 6 children and Route 66.", nil},
		{"Re-referrals fell from 30 percent to 18 percent within a year.", []string{"30 percent to 18 percent"}},
	}
	for _, c := range cases {
		got, _ := quantities(c.in, tokenize(c.in), nil)
		if !slices.Equal(got, c.want) {
			t.Errorf("quantities(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	f := Analyze(round3Card, "I tend not to use tools like three houses, but I've seen children alone for two years.")
	if !slices.Equal(f.QuantityExamples, []string{"two years"}) {
		t.Errorf("a count in a negated clause is no figure, a span of time is: %q", f.QuantityExamples)
	}
}

// A red flag's unless: phrases said in the same sentence qualify its words;
// in another sentence they do not.
func TestFlagUnless(t *testing.T) {
	card := content.Card{ID: "test-unless", Method: "direct", Question: "What do you tell a new client?",
		KeyPoints: []content.KeyPoint{{Point: "Explains the limits.", Cues: []string{"limits"}}},
		RedFlags: []content.RedFlag{{Label: "Promises secrecy", Phrases: []string{"stays between us"},
			Unless: []string{"unless ... risk|danger", "and the team", "have to share", "the limits"}, Why: "Confidentiality has limits."},
			{Label: "Secret deal", Phrases: []string{"between us"}, Why: "No deals."}},
	}
	for answer, want := range map[string]bool{
		"Everything you tell me stays between us.":                                      true,
		"Most of what you tell me stays between us and the team.":                       false,
		"It stays between us, unless someone is at risk.":                               false,
		"Most of it stays between us, but there are times I'd have to share.":           false,
		"It stays between us. Unless someone is in danger, of course.":                  true,
		"I'd never say it stays between us, because there are times I'd have to share.": false,
		// Qualified for one flag, the passage raises no later flag either.
		"I explain what stays between us, and the limits.": false,
		"Keep it between us, I told her.":                  true,
	} {
		f := Analyze(card, answer)
		if got := len(f.RedFlags) > 0; got != want {
			t.Errorf("%q: flagged %v, want %v (%s)", answer, got, want, flagsDump(f))
		}
	}
}

// A family marked everywhere is checked on every card of the deck, even one
// that names no red flag, and is listed under Check it yourself after the
// card's own flags (a panel: unsafe acts on a card with no flags of its own
// got plain praise and no list to check against).
func TestEverywhereFamilies(t *testing.T) {
	lib := shippedLibrary(t)
	card, ok := lib.Card("challenging-case")
	if !ok {
		t.Fatal("no card challenging-case")
	}
	f := Analyze(*card, "Last year I had a mother who I could tell was bipolar, so I told her to come off her medication for a while.")
	if !slices.ContainsFunc(f.RedFlags, func(r FlagResult) bool { return r.Family == "outside-role" }) {
		t.Errorf("a diagnosis and medication advice on a story card raise no flag: %s", flagsDump(f))
	}
	check := SelfCheck(*card, Analyze(*card, "I keep to the plan."))
	if !slices.ContainsFunc(check, func(fl content.RedFlag) bool { return fl.Everywhere && fl.Family == "secret-deal" }) {
		t.Errorf("Check it yourself on a card with no flags of its own leaves out the deck's everywhere families: %v", check)
	}
	if j, _ := judgementOf(Analyze(*card, card.Example)); strings.Contains(j.Message, "a strong answer") || j.Message == "Made all 5 key points." {
		t.Errorf("the example on a card with no flags of its own is called strong outright: %q", j.Message)
	}
	clean := Analyze(*card, card.Example)
	if len(clean.RedFlags) > 0 {
		t.Errorf("the example raises %s", flagsDump(clean))
	}
}

// One negator over two acts joined by "or" raises a flag for each; two
// flags whose phrases end on the same words raise one.
func TestSharedNegator(t *testing.T) {
	card := content.Card{ID: "test-shared", Method: "direct", Question: "What would you do?",
		KeyPoints: []content.KeyPoint{{Point: "A.", Cues: []string{"alpha"}}},
		RedFlags: []content.RedFlag{
			{Label: "Keeps the manager out", Phrases: []string{"not tell ... manager"}, Why: "w"},
			{Label: "Off the record", Phrases: []string{"not ... record"}, Why: "w"},
			{Label: "Secret deal", Phrases: []string{"agree ... not tell ... manager"}, Why: "w"},
		}}
	cases := map[string][]string{
		"I wouldn't tell my manager about the call or record it anywhere.": {"Keeps the manager out", "Off the record"},
		"I'd agree with mum that I won't tell my manager.":                 {"Keeps the manager out"},
	}
	for answer, want := range cases {
		var got []string
		for _, fl := range Analyze(card, answer).RedFlags {
			got = append(got, fl.Label)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: flags %q, want %q", answer, got, want)
		}
	}
}
