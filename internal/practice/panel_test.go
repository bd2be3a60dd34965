package practice

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// The panel review (testdata/panel/review.yaml): answers a hiring panel
// member judged, with the points they credit, the red flags they raise and
// the points the answer contradicts. Every feedback the panel would not sign
// is a case here, and so is every caveat that was real. Besides the panel's
// reading, every case checks what the review found wrong across the board:
//   - no stock praise ("reads as sure of itself", "Said 'I' N times") on an
//     answer with a red flag or that makes under half its points;
//   - "Made all N" never sits beside a length warning;
//   - a STAR part whose key point is made is not reported missing;
//   - a point not made is coached with the card's say: sentence, never with
//     a list of words to try;
//   - a "does not" point is quoted with its negation.

// panelFiles are the panel rounds: the first review, the second with its
// hold-out paraphrases, the third with its paraphrase probes, and the fifth
// (a code-blind panel's twenty answers). The case numbers of the file at
// index i are offset by 1000*i.
var panelFiles = []string{"../../testdata/panel/review.yaml", "../../testdata/panel/review2.yaml", "../../testdata/panel/review3.yaml", "../../testdata/panel/review5.yaml"}

// heldOutFiles hold the answers written to measure whether fixes
// generalise (TestHeldOut): round 3's, the first before its fixes, the
// others after them, run once before any further change; and round 5's,
// written blind to the training bank its phrases and cues were broadened
// from.
var heldOutFiles = []string{"../../testdata/panel/heldout3.yaml", "../../testdata/panel/heldout3b.yaml", "../../testdata/panel/heldout3c.yaml", "../../testdata/panel/heldout5.yaml", "../../testdata/panel/heldout5b.yaml", "../../testdata/panel/heldout5c.yaml", "../../testdata/panel/heldout5d.yaml"}

type panelCase struct {
	N              int      `yaml:"n"`
	Track          string   `yaml:"track"`
	Card           string   `yaml:"card"`
	Verdict        string   `yaml:"verdict"`
	Answer         string   `yaml:"answer"`
	Made           []int    `yaml:"made"`
	Either         []int    `yaml:"either"`
	RedFlags       []string `yaml:"red_flags"`
	FlagsEither    []string `yaml:"flags_either"`
	Concerns       []string `yaml:"concerns"` // labels raised as concerns (severity: concern)
	Opposite       []int    `yaml:"opposite"`
	OppositeEither []int    `yaml:"opposite_either"`
	STAR           []int    `yaml:"star"`
	Quotes         []string `yaml:"quotes"`
	NotQuoted      []string `yaml:"not_quoted"` // as shown, or the start of a quote: numbers lower case, quotes as typed
	NotFillers     []string `yaml:"not_fillers"`
	Judgement      []string `yaml:"judgement"`
	Findings       []string `yaml:"findings"`
	NoFindings     []string `yaml:"no_findings"`
	Reason         string   `yaml:"reason"`
	// Round 3: passages some red flag must quote (whatever its label), an
	// answer that raises no flag at all, points that must not be made, and
	// a case that does not pass yet (why).
	FlagOn  []string `yaml:"flag_on"`
	NoFlags bool     `yaml:"no_flags"`
	NotMade []int    `yaml:"not_made"`
	Pending string   `yaml:"pending"`
	// The held-out set: the problem pattern (1-5) and the kind of answer.
	Pattern int    `yaml:"pattern"`
	Kind    string `yaml:"kind"`
}

// reporter is what the panel checks report to: a test, or a recorder for
// a pending case.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// recorder collects what the checks report, for a pending or held-out case.
type recorder struct{ errs []string }

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func readPanel(t testing.TB) []panelCase {
	t.Helper()
	var out []panelCase
	seen := map[int]bool{}
	for i, file := range panelFiles {
		round := 1000 * i // case 15 of the second round is 1015
		for _, c := range readCases(t, file) {
			c.N += round
			if seen[c.N] {
				t.Fatalf("%s: case %d twice", file, c.N-round)
			}
			seen[c.N] = true
			out = append(out, c)
		}
	}
	return out
}

func readCases(t testing.TB, file string) []panelCase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Cases []panelCase `yaml:"cases"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return f.Cases
}

// trackLibraries caches the built-in tracks the tests load (read-only).
var trackLibraries sync.Map // id -> *content.Library

func trackLibrary(t *testing.T, id string) *content.Library {
	t.Helper()
	if id == "" || id == tracks.DefaultTrack {
		return shippedLibrary(t)
	}
	if lib, ok := trackLibraries.Load(id); ok {
		return lib.(*content.Library)
	}
	fsys, err := tracks.Track(id)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := content.Load(fsys)
	if err != nil {
		t.Fatalf("loading track %s: %v", id, err)
	}
	trackLibraries.Store(id, lib)
	return lib
}

func TestPanelReview(t *testing.T) {
	libs := map[string]*content.Library{}
	for _, c := range readPanel(t) {
		t.Run(fmt.Sprintf("%d-%s", c.N, c.Card), func(t *testing.T) {
			lib, ok := libs[c.Track]
			if !ok {
				lib = trackLibrary(t, c.Track)
				libs[c.Track] = lib
			}
			card, ok := lib.Card(c.Card)
			if !ok {
				t.Fatalf("no card %q", c.Card)
			}
			f := Analyze(*card, c.Answer)
			checkInvariants(t, *card, f)
			errs := panelErrors(*card, c, f)
			switch {
			case c.Pending != "" && len(errs) == 0:
				t.Errorf("passes now: drop its pending mark (%s)", c.Pending)
			case c.Pending != "":
				t.Logf("pending (%s):\n  %s", c.Pending, strings.Join(errs, "\n  "))
			default:
				for _, e := range errs {
					t.Error(e)
				}
			}
			if t.Failed() {
				t.Logf("panel: %s\n%s%s%s", c.Reason, pointsDump(f), flagsDump(f), dump(f.Findings))
			}
		})
	}
}

// panelErrors is everything the panel's reading and the common checks
// find wrong with the feedback on one case.
func panelErrors(card content.Card, c panelCase, f Feedback) []string {
	var r recorder
	checkPanelReading(&r, c, f)
	checkCoherent(&r, card, f)
	return r.errs
}

// TestHeldOut runs the answers written for round 3 before its fixes
// (heldout3.yaml) and logs the share that the feedback reads as the panel
// would, by pattern and kind (go test -run TestHeldOut -v). A case not
// marked pending must pass; a pending one that passes must lose its mark.
func TestHeldOut(t *testing.T) {
	for _, file := range heldOutFiles {
		heldOut(t, file)
	}
}

func heldOut(t *testing.T, file string) {
	libs := map[string]*content.Library{}
	type tally struct{ hit, all int }
	byPattern := map[int]*tally{}
	byKind := map[string]*tally{}
	total := tally{}
	for _, c := range readCases(t, file) {
		lib, ok := libs[c.Track]
		if !ok {
			lib = trackLibrary(t, c.Track)
			libs[c.Track] = lib
		}
		card, ok := lib.Card(c.Card)
		if !ok {
			t.Fatalf("%s case %d: no card %q", file, c.N, c.Card)
		}
		f := Analyze(*card, c.Answer)
		checkInvariants(t, *card, f)
		errs := panelErrors(*card, c, f)
		if byPattern[c.Pattern] == nil {
			byPattern[c.Pattern] = &tally{}
		}
		if byKind[c.Kind] == nil {
			byKind[c.Kind] = &tally{}
		}
		for _, m := range []*tally{byPattern[c.Pattern], byKind[c.Kind], &total} {
			m.all++
			if len(errs) == 0 {
				m.hit++
			}
		}
		switch {
		case c.Pending != "" && len(errs) == 0:
			t.Errorf("case %d (%s) passes now: drop its pending mark (%s)", c.N, c.Card, c.Pending)
		case c.Pending != "":
			t.Logf("case %d (%s) pending (%s):\n  %s", c.N, c.Card, c.Pending, strings.Join(errs, "\n  "))
		case len(errs) > 0:
			t.Errorf("case %d (%s, pattern %d, %s):\n  %s\n%s%s", c.N, c.Card, c.Pattern, c.Kind, strings.Join(errs, "\n  "), pointsDump(f), flagsDump(f))
		}
	}
	var lines []string
	for p := 1; p <= 5; p++ {
		if m := byPattern[p]; m != nil {
			lines = append(lines, fmt.Sprintf("pattern %d: %d of %d", p, m.hit, m.all))
		}
	}
	for _, k := range []string{"unsafe", "weak", "sound", "strong"} {
		if m := byKind[k]; m != nil {
			lines = append(lines, fmt.Sprintf("%s: %d of %d", k, m.hit, m.all))
		}
	}
	t.Logf("%s: held-out hit rate %d of %d\n%s", file, total.hit, total.all, strings.Join(lines, "\n"))
}

// checkPanelReading holds the feedback to the panel's reading of the answer.
func checkPanelReading(t reporter, c panelCase, f Feedback) {
	t.Helper()
	// A held-out answer (a pattern) is read only for what it names: the
	// points it must or must not make and the flags; a panel answer for
	// every point.
	strict := c.Pattern == 0
	for i, p := range f.KeyPoints {
		switch {
		case slices.Contains(c.Made, i) && !p.Covered:
			t.Errorf("point %d %q: a panel credits it; not made", i, p.Point)
		case strict && !slices.Contains(c.Made, i) && !slices.Contains(c.Either, i) && p.Covered:
			t.Errorf("point %d %q: a panel gives no credit; made by %q", i, p.Point, p.Matched)
		}
		against := len(p.Against) > 0
		switch {
		case slices.Contains(c.Opposite, i) && !against:
			t.Errorf("point %d %q: the answer contradicts it; no 'says the opposite'", i, p.Point)
		case strict && against && !slices.Contains(c.Opposite, i) && !slices.Contains(c.OppositeEither, i):
			t.Errorf("point %d %q: 'says the opposite' on %q, which does not contradict it", i, p.Point, p.Against)
		}
	}
	var got []string
	for _, fl := range f.RedFlags {
		got = append(got, fl.Label)
		if strict && len(c.FlagOn) == 0 && !slices.Contains(c.RedFlags, fl.Label) && !slices.Contains(c.FlagsEither, fl.Label) {
			t.Errorf("red flag %q (%q) a panel would not raise", fl.Label, fl.Phrase)
		}
	}
	for _, want := range c.RedFlags {
		if !slices.Contains(got, want) {
			t.Errorf("missed red flag %q", want)
		}
	}
	var concerns []string
	for _, cn := range f.Concerns {
		concerns = append(concerns, cn.Label)
		if strict && !slices.Contains(c.Concerns, cn.Label) {
			t.Errorf("concern %q (%q) a panel would not raise", cn.Label, cn.Phrase)
		}
	}
	for _, want := range c.Concerns {
		if !slices.Contains(concerns, want) {
			t.Errorf("missed concern %q", want)
		}
	}
	if c.NoFlags && len(f.RedFlags) > 0 {
		t.Errorf("a sound answer raises %d red flags: %s", len(f.RedFlags), strings.TrimSpace(flagsDump(f)))
	}
	for _, passage := range c.FlagOn {
		if !slices.ContainsFunc(f.RedFlags, func(fl FlagResult) bool { return quotesPassage(fl.Phrase, passage) }) {
			t.Errorf("no red flag on %q", passage)
		}
	}
	for _, i := range c.NotMade {
		if i < len(f.KeyPoints) && f.KeyPoints[i].Covered {
			t.Errorf("point %d %q made by %q, which a panel does not credit", i, f.KeyPoints[i].Point, f.KeyPoints[i].Matched)
		}
	}
	if len(c.STAR) == 2 && f.STAR != nil {
		if n := f.STAR.Present(); n < c.STAR[0] || n > c.STAR[1] {
			t.Errorf("STAR %d/4, a panel sees %d-%d: %+v", n, c.STAR[0], c.STAR[1], *f.STAR)
		}
	}
	var quoted []string
	for _, p := range f.KeyPoints {
		quoted = append(quoted, p.Matched...)
		quoted = append(quoted, p.Against...)
	}
	for _, fl := range f.RedFlags {
		quoted = append(quoted, fl.Phrase)
	}
	quoted = append(quoted, f.QuantityExamples...)
	for _, q := range c.Quotes {
		if !slices.ContainsFunc(quoted, func(s string) bool { return strings.Contains(s, q) }) {
			t.Errorf("no quote holds %q; quoted %q", q, quoted)
		}
	}
	if f.STAR != nil {
		for _, p := range f.STAR.parts() {
			quoted = append(quoted, p.part.Evidence)
		}
	}
	for _, q := range c.NotQuoted {
		if slices.ContainsFunc(quoted, func(s string) bool { return s == q || strings.HasPrefix(s, q+" ") }) {
			t.Errorf("quotes %q, which a panel reads as a fragment or the wrong sentence; quoted %q", q, quoted)
		}
	}
	fillers := counts(f.Fillers)
	for _, w := range c.NotFillers {
		if fillers[w] > 0 {
			t.Errorf("counts %q as a filler, where it carries meaning", w)
		}
	}
	checkPanelFindings(t, c, f)
}

// quotesPassage reports whether a red flag's quote (parts joined by " … ")
// quotes some of passage: three words in a row in common, or all of the
// shorter one.
func quotesPassage(quote, passage string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "’", "'")), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		})
	}
	p := words(passage)
	for _, part := range strings.Split(quote, " … ") {
		q := words(part)
		need := min(3, len(q), len(p))
		if need == 0 {
			continue
		}
		for i := 0; i+need <= len(q); i++ {
			for j := 0; j+need <= len(p); j++ {
				if slices.Equal(q[i:i+need], p[j:j+need]) {
					return true
				}
			}
		}
	}
	return false
}

// checkPanelFindings holds the findings to the panel's reading: the level of
// the one-line judgement, the coaching a panel would give and the praise it
// would not sign.
func checkPanelFindings(t reporter, c panelCase, f Feedback) {
	t.Helper()
	if len(c.Judgement) > 0 {
		j, ok := judgementOf(f)
		if !ok || !slices.Contains(c.Judgement, j.Level.String()) {
			t.Errorf("judgement %s %q; a panel gives %v", j.Level, j.Message, c.Judgement)
		}
	}
	for _, w := range c.Findings {
		if !slices.ContainsFunc(f.Findings, func(fd Finding) bool { return strings.Contains(fd.Message, w) }) {
			t.Errorf("no finding holds %q", w)
		}
	}
	for _, w := range c.NoFindings {
		for _, fd := range f.Findings {
			if strings.Contains(fd.Message, w) {
				t.Errorf("finding %q holds %q", fd.Message, w)
			}
		}
	}
}

// judgementOf is the one-line judgement on the key points ("Made 3 of 5 key
// points ...").
func judgementOf(f Feedback) (Finding, bool) {
	for _, fd := range findingsOf(f, TopicKeyPoints) {
		if strings.HasPrefix(fd.Message, "Made ") {
			return fd, true
		}
	}
	return Finding{}, false
}

// checkCoherent holds what every feedback must do, whatever the answer.
func checkCoherent(t reporter, card content.Card, f Feedback) {
	t.Helper()
	n := len(f.KeyPoints)
	sound := len(f.RedFlags) == 0 && f.Covered*2 >= n
	for _, fd := range f.Findings {
		stock := strings.Contains(fd.Message, "sure of itself") || strings.Contains(fd.Message, "what you did yourself")
		if stock && !sound {
			t.Errorf("stock praise on an answer with %d red flags and %d/%d points: %q", len(f.RedFlags), f.Covered, n, fd.Message)
		}
		if strings.Contains(fd.Message, "says the opposite") && fd.Level != Warn {
			t.Errorf("a point the answer contradicts is a fix, not a %s: %q", fd.Level, fd.Message)
		}
		if strings.Contains(fd.Message, "try words like") && hasSay(card) {
			t.Errorf("coaches words, not substance: %q", fd.Message)
		}
		if fd.Topic == TopicLength && fd.Level == Warn && n > 0 && f.Covered == n {
			t.Errorf("all %d points made, yet a length warning: %q", n, fd.Message)
		}
	}
	if len(f.RedFlags) > 0 && !strings.HasPrefix(f.Summary(), plural(len(f.RedFlags), "red flag", "red flags")) {
		t.Errorf("summary %q does not lead with the red flags", f.Summary())
	}
	for i, p := range f.KeyPoints {
		if p.Covered && p.Negated {
			for _, q := range p.Matched {
				if !hasNegation(q) {
					t.Errorf("point %q: quote %q drops its negation", p.Point, q)
				}
			}
		}
		if !p.Covered && card.KeyPoints[i].Say != "" {
			if p.Say == "" || !slices.ContainsFunc(f.Findings, func(fd Finding) bool { return strings.Contains(fd.Message, p.Say) }) {
				t.Errorf("point %q not made, and its say: is not shown", p.Point)
			}
		}
		if part, ok := starPartOf(p.Point); ok && p.Covered && f.STAR != nil && !f.STAR.part(part).Present {
			t.Errorf("point %q made, yet STAR says no %s", p.Point, part)
		}
	}
}

func hasSay(card content.Card) bool {
	for _, kp := range card.KeyPoints {
		if kp.Say != "" {
			return true
		}
	}
	return false
}

func hasNegation(q string) bool {
	for _, w := range strings.Fields(strings.ToLower(q)) {
		w = strings.Trim(w, ".,;:!?\"'“”")
		if w == "not" || w == "never" || w == "no" || w == "without" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// Every track's example answers raise no red flag and make most of their
// points, and repeating a question makes no point and raises no flag: the
// red flags and cues added for the panel must not catch a good answer.
func TestEveryTrackExamples(t *testing.T) {
	for _, id := range tracks.IDs() {
		lib := trackLibrary(t, id)
		for _, card := range lib.Cards {
			f := Analyze(card, card.Example)
			if len(f.RedFlags) > 0 {
				t.Errorf("%s/%s: the example raises %s", id, card.ID, flagsDump(f))
			}
			if f.Covered*5 < len(card.KeyPoints)*3 {
				t.Errorf("%s/%s: the example makes %d of %d points\n%s", id, card.ID, f.Covered, len(card.KeyPoints), pointsDump(f))
			}
			q := Analyze(card, card.Question+" "+card.Question)
			if q.Covered > 0 || len(q.RedFlags) > 0 {
				t.Errorf("%s/%s: the question makes %d points and raises %d flags", id, card.ID, q.Covered, len(q.RedFlags))
			}
		}
	}
}

// Good answers that use the words of a red flag in a sound way raise no
// flag: the phrases added for the panel review must not catch them.
func TestNoFalseFlags(t *testing.T) {
	cases := []struct{ track, card, answer string }{
		{"", "suspected-child-abuse", "I'd report it the same day, and afterwards I'd keep working with the family. I wouldn't wait to be sure: reasonable suspicion is enough."},
		{"", "suspected-child-abuse", "I'd stay calm, let the child tell me in her own words, and I'd never question her in detail or talk to the parents myself."},
		{"", "ensuring-confidentiality", "I never share anything without a signed release, and no matter what, I explain the limits at intake."},
		{"", "ensuring-confidentiality", "I'd never break confidentiality without telling the client first and explaining why."},
		{"", "handling-a-budget-cut", "I'd keep management informed, protect direct services, and monitor waitlists after it is done."},
		{"", "handling-a-budget-cut", "Rather than cut services first, I'd look at vacancies and contracts, and I'd tell the staff early."},
		{"", "prioritizing-caseload", "I plan my week every Monday in a spreadsheet, safety cases first."},
		{"", "managing-stress-and-burnout", "I take time off when I need it, and I notice when I'm getting short with people."},
		{"", "mandatory-reporting", "The family went along with it once I explained why I had to report."},
		{"uk-children", "disclosure-on-a-visit", "I'd want to be sure she is safe tonight, so I'd check her brothers and sisters and tell my manager straight away."},
		{"uk-children", "sharing-information-without-consent", "I'd never share anything without a reason, but no matter what, a child at risk of significant harm comes first."},
		{"uk-children", "placements-budget-overspend", "I'd report honestly to members and keep investing in early help and family support."},
		// The flags added for the second panel round.
		{"uk-children", "disclosure-on-a-visit", "I'd tell her kindly I can't keep it a secret, call my manager straight away, and visit again next week to see how she is."},
		{"uk-children", "disclosure-on-a-visit", "I'd promise her I'll do everything I can to help, but I can't keep it secret. I'd ring my manager on my phone from the car."},
		{"uk-children", "disclosure-on-a-visit", "I wouldn't ask leading questions like 'did he hit you?', and I wouldn't take photos; I'd let her tell me in her own words and tell my manager the same day."},
		{"uk-children", "disclosure-on-a-visit", "I'd ask her if she feels safe going home to Dad tonight; I'd note the marks I can see and ring my manager from my phone."},
		{"uk-children", "exploitation-outside-home", "I'd report every missing episode to the police and make sure a return home interview happens. Mum is frightened, so I'd support her rather than blame her."},
		{"uk-children", "exploitation-outside-home", "I wouldn't put it down to normal teenage behaviour: going missing is a safeguarding issue."},
		{"uk-children", "friday-placement-breakdown", "I'd record everything before I leave, and review it with my manager on Monday."},
		{"uk-children", "why-childrens-social-work", "Your council's Family Safeguarding model, and its good reputation for supporting new workers, are why I applied."},
		{"", "supervising-a-struggling-worker", "I thanked her in front of the team once her notes were caught up, and I kept my manager informed throughout."},
		{"", "supervising-a-struggling-worker", "I told the team about her promotion. With her consent I told my manager about her health and referred her to occupational health."},
		{"", "supervising-a-struggling-worker", "We agreed a move to another team was for the best, and she is doing well there."},
		{"", "solving-a-hypothetical-problem", "We cut response times from 10 days to 24 hours for high-risk reports, and screened every report by risk, not by who made it."},
		{"", "conducting-needs-assessment", "I never treat everyone the same: I ask about culture, faith and language, and what they need in their own words."},
		{"", "suspected-child-abuse", "I'd stay calm, tell her she did the right thing, and say I can't promise to keep it a secret; I'd call the hotline today and follow up next week."},
		// The families of the third panel round, in sound answers.
		{"", "ensuring-confidentiality", "I never discuss cases with my husband or friends, and files stay locked in the office, never in my car."},
		{"", "ensuring-confidentiality", "If a client's daughter calls, I explain I can't share anything without a signed release, and I offer to ask her mother."},
		{"", "ensuring-confidentiality", "I told my supervisor about the case, and we agreed what to share with the family, with the client's consent."},
		{"", "handling-a-crisis", "I'm not a prescriber, so I'd never advise someone to stop their medication; I'd ask their psychiatrist to review it."},
		{"", "handling-a-crisis", "I'd give him the crisis line number and call the mobile crisis team, and I'd tell my supervisor the same day."},
		{"", "handling-a-crisis", "A psychiatrist later diagnosed bipolar disorder, and I helped him keep his appointments."},
		{"", "mandatory-reporting", "I talk concerns through with my supervisor, but the report is mine to make, and I make it myself the same day."},
		{"", "mandatory-reporting", "A parent once asked me to keep it between us; I explained kindly that I couldn't, and made the report that afternoon."},
		{"", "difficult-client", "I was honest that I had to tell CPS about the bruises, and I explained what would happen next."},
		{"", "difficult-client", "She yelled at me in our first meeting; I listened, and asked what had happened to make her so angry."},
		{"", "suspected-child-abuse", "Her mother begged me not to call CPS. I told her I had to, and I called the hotline that afternoon."},
		{"", "conducting-needs-assessment", "I don't diagnose: if I see signs of depression I screen and refer to a licensed clinician."},
		{"", "creating-a-care-plan", "We set the goals together, in her words, and she signs the plan once she's happy it's hers."},
		{"", "prioritizing-caseload", "When a deadline is about to slip I tell my supervisor early, and I don't stay late every night."},
		{"", "managing-stress-and-burnout", "I used to stay late every evening, but I learned to leave on time and use supervision."},
		{"", "supervising-a-struggling-worker", "With her consent I told HR about her diagnosis, and I met her privately every week."},
		{"", "handling-a-budget-cut", "Is the cut across the board, or can we protect child protective investigations? That's my first question to the county."},
		{"uk-children", "councillor-asks-to-intervene", "I'd thank the councillor, explain I can't discuss the family's case without their consent, tell my manager and record the contact."},
		{"uk-children", "councillor-asks-to-intervene", "Any change to the plan would be decided at a review conference, not by me."},
		{"uk-children", "hearing-the-child", "I see children on their own, and I record their views word for word in the assessment."},
		{"uk-children", "working-with-a-resistant-parent", "I was honest with Mum that if nothing changed we might have to consider care proceedings, and I said it as information, not a threat."},
		{"uk-children", "disclosure-on-a-visit", "She asked if it could stay between the two of us, and I told her gently that I would need to share it to keep her safe."},
		{"uk-children", "caseload-too-high", "I raised it in writing with my manager and kept my boundaries: I don't work evenings and weekends to catch up."},
		{"uk-children", "chronic-neglect", "The review conference decided to step the plan down to child in need, and I agreed the expectations with Mum in writing."},
		{"uk-children", "professional-boundaries", "I'd decline the request and give her my work number, never my personal number."},
		{"uk-children", "sharing-information-without-consent", "If a grandparent rang asking for an update, I'd explain I can't share anything without Mum's agreement."},
	}
	for _, c := range cases {
		card, ok := trackLibrary(t, c.track).Card(c.card)
		if !ok {
			t.Fatalf("no card %q", c.card)
		}
		if f := Analyze(*card, c.answer); len(f.RedFlags)+len(f.Concerns) > 0 {
			t.Errorf("%s: %q raises\n%s", c.card, c.answer, flagsDump(f))
		}
	}
}
