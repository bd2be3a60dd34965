package assess_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"gopkg.in/yaml.v3"
)

const personaDir = "../../testdata/personas"

func shipped(t testing.TB) *content.Library {
	t.Helper()
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

type expectation struct {
	File         string  `yaml:"file"`
	Current      *string `yaml:"current"`
	Source       string  `yaml:"source"`
	Next         *string `yaml:"next"`
	QualifiedFor *string `yaml:"qualified_for"`
	Readiness    [2]int  `yaml:"readiness"`
	FirstGap     string  `yaml:"first_gap"`
	// Unmet lists required rules of the rung held that are not met.
	Unmet []string `yaml:"unmet"`
	// Unanswered lists requirements of the next rung whose answers are missing.
	Unanswered []string `yaml:"unanswered"`
	// Road gives a [min, max] range of months per role on the road; a role
	// listed in RoadUnknown has no estimate.
	Road        map[string][2]int `yaml:"road"`
	RoadUnknown []string          `yaml:"road_unknown"`
	SalaryLevel string            `yaml:"salary_level"`
	SalaryHeld  bool              `yaml:"salary_held"`
	Uniform     bool              `yaml:"uniform"`
	// Notes are phrases the notes must contain; NoNotes, phrases they must
	// not; Urgent, phrases the "check first" notes must contain.
	Notes   []string `yaml:"notes"`
	Urgent  []string `yaml:"urgent"`
	NoNotes []string `yaml:"no_notes"`
	Reason  string   `yaml:"reason"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// personaSets are the persona folders, each with its track and how many
// personas it must hold at least.
var personaSets = []struct {
	dir, track string
	min        int
}{
	{personaDir, "social-services", 25},
	{"../../testdata/personas-uk", "uk-children", 12},
}

// TestPersonas places every persona of each persona folder on its track and
// checks it against expected.yaml, which says why each placement is the one
// an experienced practitioner would sign.
func TestPersonas(t *testing.T) {
	for _, set := range personaSets {
		t.Run(set.track, func(t *testing.T) {
			fsys, err := tracks.Track(set.track)
			if err != nil {
				t.Fatal(err)
			}
			lib, err := content.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			runPersonas(t, lib, set.dir, set.min)
		})
	}
}

func runPersonas(t *testing.T, lib *content.Library, dir string, least int) {
	data, err := os.ReadFile(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want []expectation
	if err := yaml.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) < least {
		t.Errorf("%d personas; want at least %d", len(want), least)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files)-1 != len(want) {
		t.Errorf("%d persona files but %d expectations: every persona needs its expected placement", len(files)-1, len(want))
	}
	for _, w := range want {
		t.Run(strings.TrimSuffix(w.File, ".yaml"), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, w.File))
			if err != nil {
				t.Fatal(err)
			}
			a, err := assess.ParseAnswers(lib, w.File, raw)
			if err != nil {
				t.Fatalf("answers do not parse: %v", err)
			}
			p := assess.Evaluate(lib, a)
			t.Logf("why: %s", w.Reason)
			checkPersona(t, p, w)
		})
	}
}

func checkPersona(t *testing.T, p assess.Placement, w expectation) {
	t.Helper()
	if p.Current != str(w.Current) || p.Next != str(w.Next) || p.QualifiedFor != str(w.QualifiedFor) {
		t.Errorf("placed current=%q next=%q qualified_for=%q; want %q %q %q",
			p.Current, p.Next, p.QualifiedFor, str(w.Current), str(w.Next), str(w.QualifiedFor))
	}
	if w.Source != "" && p.CurrentSource != w.Source {
		t.Errorf("current source %q, want %q", p.CurrentSource, w.Source)
	}
	if p.Readiness < w.Readiness[0] || p.Readiness > w.Readiness[1] {
		t.Errorf("readiness %d, want %d..%d", p.Readiness, w.Readiness[0], w.Readiness[1])
	}
	if w.FirstGap != "" && (len(p.Gaps) == 0 || p.Gaps[0].ID != w.FirstGap) {
		got := "none"
		if len(p.Gaps) > 0 {
			got = p.Gaps[0].ID
		}
		t.Errorf("first gap %s, want %s", got, w.FirstGap)
	}
	var unmet []string
	for _, c := range p.Unmet {
		unmet = append(unmet, c.ID)
	}
	if strings.Join(unmet, ",") != strings.Join(w.Unmet, ",") {
		t.Errorf("unmet rules of the rung held %v, want %v", unmet, w.Unmet)
	}
	if w.Unanswered != nil {
		var un []string
		for _, c := range p.Unanswered {
			un = append(un, c.ID)
		}
		if strings.Join(un, ",") != strings.Join(w.Unanswered, ",") {
			t.Errorf("unanswered %v, want %v", un, w.Unanswered)
		}
	}
	for _, g := range p.Gaps {
		if !g.Answered {
			t.Errorf("gap %s has no answer: an unanswered question is not a gap", g.ID)
		}
	}
	for _, s := range p.Road {
		rng, ranged := w.Road[s.Role]
		unknown := slices.Contains(w.RoadUnknown, s.Role)
		switch {
		case unknown && s.Known:
			t.Errorf("road %s: estimated at %d months; want no estimate", s.Role, s.Months)
		case !unknown && !s.Known:
			t.Errorf("road %s: no estimate (missing %v); want one", s.Role, s.Unknown)
		case ranged && (s.Months < rng[0] || s.Months > rng[1]):
			t.Errorf("road %s: %d months, want %d..%d", s.Role, s.Months, rng[0], rng[1])
		}
	}
	if w.SalaryLevel != "" && (p.Salary == nil || p.Salary.Level != w.SalaryLevel || p.Salary.Held != w.SalaryHeld) {
		t.Errorf("salary %+v, want level %s held %v", p.Salary, w.SalaryLevel, w.SalaryHeld)
	}
	if p.UniformRatings != w.Uniform {
		t.Errorf("uniform ratings %v, want %v", p.UniformRatings, w.Uniform)
	}
	notes := strings.Join(p.Notes, "\n")
	for _, n := range w.Notes {
		if !strings.Contains(notes, n) {
			t.Errorf("notes do not say %q:\n%s", n, notes)
		}
	}
	urgent := strings.Join(p.Urgent, "\n")
	for _, n := range w.Urgent {
		if !strings.Contains(urgent, n) {
			t.Errorf("check-first notes do not say %q:\n%s", n, urgent)
		}
	}
	for _, n := range w.NoNotes {
		if strings.Contains(notes, n) {
			t.Errorf("notes say %q and should not:\n%s", n, notes)
		}
	}
}

func TestExplanationNamesWhatWasReportedAndAsked(t *testing.T) {
	lib := shipped(t)
	raw, _ := os.ReadFile(filepath.Join(personaDir, "case-manager-one-year.yaml"))
	a, err := assess.ParseAnswers(lib, "x", raw)
	if err != nil {
		t.Fatal(err)
	}
	p := assess.Evaluate(lib, a)
	if len(p.Checks) != len(lib.RequirementsFor("supervisor")) {
		t.Fatalf("%d checks for %d supervisor requirements", len(p.Checks), len(lib.RequirementsFor("supervisor")))
	}
	want := "you reported 1 year in social services; Supervisor requires 3 years in social services (our estimate, not a rule: read each job's own requirements)"
	if p.Gaps[0].Reason != want {
		t.Errorf("reason %q, want %q", p.Gaps[0].Reason, want)
	}
	for _, c := range p.Checks {
		if c.Reason == "" || c.Have == "" || c.Need == "" {
			t.Errorf("check %s is not explained: %+v", c.ID, c)
		}
		for _, bad := range []string{"you have no;", "needed: yes", ": a master's degree"} {
			if strings.Contains(c.Reason, bad) {
				t.Errorf("check %s says %q: %s", c.ID, bad, c.Reason)
			}
		}
	}
}

// TestPrerequisiteComesFirst: a social work license cannot be sat with a
// degree in public administration; the gap says the degree comes first and
// counts its time.
func TestPrerequisiteComesFirst(t *testing.T) {
	lib := shipped(t)
	raw, _ := os.ReadFile(filepath.Join(personaDir, "mpa-manager.yaml"))
	a, _ := assess.ParseAnswers(lib, "x", raw)
	p := assess.Evaluate(lib, a)
	var lic assess.Check
	for _, g := range p.Gaps {
		if g.ID == "director-license" {
			lic = g
		}
	}
	if len(lic.First) != 1 || !strings.Contains(lic.First[0].Label, "social work degree") {
		t.Fatalf("license gap does not put the social work degree first: %+v", lic)
	}
	if !strings.Contains(lic.Reason, "first you need a social work degree") || lic.Months < 24+6 {
		t.Errorf("reason %q, months %d", lic.Reason, lic.Months)
	}
	if !slices.Contains(lic.Steps, 4) {
		t.Errorf("steps %v", lic.Steps)
	}
}

func TestRoadToTheTop(t *testing.T) {
	lib := shipped(t)
	a, _ := assess.ParseAnswers(lib, "x", []byte("current_role: social-services-worker\nyears_in_role: 1\nyears_experience: 1\neducation: bachelors\nsupervisory_years: 0\n"))
	p := assess.Evaluate(lib, a)
	var roles []string
	for _, s := range p.Road {
		roles = append(roles, s.Role)
	}
	if got := strings.Join(roles, ","); got != "case-manager,supervisor,manager,director" {
		t.Fatalf("road %s", got)
	}
	dir := p.Road[len(p.Road)-1]
	// Director asks for 8 years; 1 reported: 7 years to go at least.
	if dir.Months < 84 || !dir.Known {
		t.Errorf("director in %d months (known %v); want at least 84", dir.Months, dir.Known)
	}
}

// randomAnswers draws answers over the whole range of every fact.
func randomAnswers(lib *content.Library, r *rand.Rand) assess.Answers {
	var a assess.Answers
	for _, f := range lib.Facts {
		if r.IntN(6) == 0 {
			continue // sometimes unanswered
		}
		switch f.Kind {
		case content.FactNumber:
			a.SetNumber(f.Key, float64(r.IntN(25)))
		case content.FactScale:
			a.SetNumber(f.Key, float64(1+r.IntN(5)))
		case content.FactBool:
			a.SetBool(f.Key, r.IntN(2) == 0)
		case content.FactOrdered, content.FactCategory:
			a.SetText(f.Key, f.Values[r.IntN(len(f.Values))].Value)
		case content.FactRole:
			ids := append([]string{assess.NoRole}, lib.RoleIDs()...)
			if r.IntN(3) == 0 {
				continue // infer
			}
			a.SetText(f.Key, ids[r.IntN(len(ids))])
		case content.FactSkills:
			m := map[string]int{}
			for _, s := range lib.RatedSkills() {
				if r.IntN(4) > 0 {
					m[s] = 1 + r.IntN(5)
				}
			}
			a.SetRatings(f.Key, m)
		}
	}
	// Keep numbers that may not exceed another within it, as the parser does.
	for _, f := range lib.Facts {
		if f.AtMost != "" && a.Has(f.Key) && a.Has(f.AtMost) && a.Number(f.Key) > a.Number(f.AtMost) {
			a.SetNumber(f.Key, a.Number(f.AtMost))
		}
	}
	return a
}

// more returns a copy of a with one answer raised (more experience of some
// kind): a number up, a rating up, yes for a yes/no, the next ordered value,
// a rated skill rated higher. Only answers given are raised: answering a
// question left blank is not "more" of anything (a requirement whose answer
// is missing is left out of readiness until it is answered). The role held
// is left alone.
func more(lib *content.Library, a assess.Answers, r *rand.Rand) assess.Answers {
	b := a.Clone()
	var given []content.Fact
	for _, f := range lib.Facts {
		if a.Has(f.Key) && f.Kind != content.FactRole && f.Kind != content.FactCategory {
			given = append(given, f)
		}
	}
	if len(given) == 0 {
		return b
	}
	f := given[r.IntN(len(given))]
	switch f.Kind {
	case content.FactNumber:
		n := a.Number(f.Key) + float64(1+r.IntN(5))
		if f.AtMost != "" && a.Has(f.AtMost) {
			n = min(n, a.Number(f.AtMost))
		}
		b.SetNumber(f.Key, max(n, a.Number(f.Key)))
	case content.FactScale:
		b.SetNumber(f.Key, float64(min(5, int(a.Number(f.Key))+1)))
	case content.FactBool:
		b.SetBool(f.Key, true)
	case content.FactOrdered:
		rank := max(f.Rank(a.Text(f.Key)), 0)
		b.SetText(f.Key, f.Values[min(len(f.Values)-1, rank+1)].Value)
	case content.FactSkills:
		var rated []string
		for id := range a.Ratings(f.Key) {
			rated = append(rated, id)
		}
		if len(rated) == 0 {
			return b
		}
		slices.Sort(rated)
		s := rated[r.IntN(len(rated))]
		b.SetRating(f.Key, s, min(5, a.Ratings(f.Key)[s]+1))
	}
	return b
}

// TestProperties checks, over generated answers, that more of any experience
// never lowers a placement or readiness, readiness stays in 0..100, the road
// never gets shorter as it climbs, and every gap names steps that exist.
func TestProperties(t *testing.T) {
	for _, track := range []struct {
		name string
		lib  *content.Library
	}{{"social-services", shipped(t)}, {"library", libraryTrack(t)}} {
		t.Run(track.name, func(t *testing.T) {
			lib := track.lib
			r := rand.New(rand.NewPCG(1, 2))
			for i := 0; i < 3000; i++ {
				a := randomAnswers(lib, r)
				p := assess.Evaluate(lib, a)
				checkPlacement(t, lib, a, p)
				b := more(lib, a, r)
				q := assess.Evaluate(lib, b)
				if lib.RoleIndex(q.QualifiedFor) < lib.RoleIndex(p.QualifiedFor) {
					t.Fatalf("more experience lowered qualified_for from %q to %q\nbefore %s\nafter %s", p.QualifiedFor, q.QualifiedFor, a.YAML(lib), b.YAML(lib))
				}
				if lib.RoleIndex(q.Current) < lib.RoleIndex(p.Current) {
					t.Fatalf("more experience lowered current from %q to %q\nbefore %s\nafter %s", p.Current, q.Current, a.YAML(lib), b.YAML(lib))
				}
				if q.Next == p.Next && q.Readiness < p.Readiness {
					t.Fatalf("more experience lowered readiness for %s from %d to %d\nbefore %s\nafter %s", p.Next, p.Readiness, q.Readiness, a.YAML(lib), b.YAML(lib))
				}
			}
		})
	}
}

func checkPlacement(t *testing.T, lib *content.Library, a assess.Answers, p assess.Placement) {
	t.Helper()
	if p.Readiness < 0 || p.Readiness > 100 {
		t.Fatalf("readiness %d out of range for %s", p.Readiness, a.YAML(lib))
	}
	last := -1
	for _, stop := range p.Road {
		if stop.Readiness < 0 || stop.Readiness > 100 {
			t.Fatalf("road readiness %d", stop.Readiness)
		}
		if stop.Known {
			if stop.Months < last && !(stop.Qualified && stop.Months == 0) {
				t.Fatalf("the road gets shorter at %s (%d months after %d):\n%s", stop.Role, stop.Months, last, a.YAML(lib))
			}
			last = stop.Months
		}
		if stop.Qualified && stop.Role == p.Next && (stop.Months != 0 || !stop.Known) && p.Current != "" {
			t.Fatalf("road %s: the next rung, qualified, but %d months away (known %v)", stop.Role, stop.Months, stop.Known)
		}
		if !stop.Known && len(stop.Unknown) == 0 {
			t.Fatalf("road %s has no estimate and does not say what it lacks", stop.Role)
		}
		if !stop.Qualified && stop.Known && stop.Months <= 0 {
			t.Fatalf("road %s: not qualified but %d months away", stop.Role, stop.Months)
		}
		for _, g := range stop.Gaps {
			if len(g.Steps) == 0 {
				t.Fatalf("gap %s names no step", g.ID)
			}
			for _, n := range g.Steps {
				if _, ok := lib.Step(n); !ok {
					t.Fatalf("gap %s names step %d, which does not exist", g.ID, n)
				}
			}
		}
	}
}

// TestInferenceNeverFromQualifications: with no role stated, degrees and
// credentials alone never place anyone on a rung, and years in the field
// alone place someone on the first rung at most.
func TestInferenceNeverFromQualifications(t *testing.T) {
	lib := shipped(t)
	r := rand.New(rand.NewPCG(3, 4))
	quals := []string{"education", "education_field", "license"}
	for i := 0; i < 2000; i++ {
		var a assess.Answers
		for _, key := range quals {
			f, _ := lib.Fact(key)
			a.SetText(key, f.Values[r.IntN(len(f.Values))].Value)
		}
		if p := assess.Evaluate(lib, a); p.Current != "" {
			t.Fatalf("qualifications alone placed someone on %s:\n%s", p.Current, a.YAML(lib))
		}
		a.SetNumber("years_experience", float64(r.IntN(40)))
		if p := assess.Evaluate(lib, a); lib.RoleIndex(p.Current) > 0 {
			t.Fatalf("qualifications and years alone placed someone on %s:\n%s", p.Current, a.YAML(lib))
		}
	}
}

func libraryTrack(t testing.TB) *content.Library {
	t.Helper()
	lib, err := content.Load(os.DirFS("../../testdata/tracks/library"))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestSecondTrackAssesses(t *testing.T) {
	lib := libraryTrack(t)
	a, err := assess.ParseAnswers(lib, "x", []byte("years_experience: 3\neducation: masters\nskills: {leadership: 4}\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := assess.Evaluate(lib, a)
	if p.Current != "library-assistant" || p.CurrentSource != assess.SourceInferred || p.QualifiedFor != "librarian" ||
		p.Next != "librarian" || p.Road[1].Gaps[0].ID != "manager-years" {
		t.Fatalf("got %+v", p)
	}
}

// TestBadAnswers checks the exact message for each kind of bad answers file.
func TestBadAnswers(t *testing.T) {
	lib := shipped(t)
	cases := []struct{ name, in, want string }{
		{"unknown key", "years_experiance: 3\n",
			`me.yaml:1: years_experiance: unknown key "years_experiance"; did you mean "years_experience"? valid keys of the social-services track: years_experience, education, education_field, license, current_role, years_in_role, supervisory_years, direct_reports, managed_budget, program_development, policy_knowledge, networking, skills`},
		{"fractional people", "direct_reports: 2.5\n",
			`me.yaml:1: direct_reports: 2.5 is not a whole number; a whole number from 0 to 100000`},
		{"fractional years in role", "years_experience: 4\nyears_in_role: 1.5\n",
			`me.yaml:2: years_in_role: 1.5 is not a whole number; a whole number from 0 to 60`},
		{"more years in role than in the field", "years_in_role: 6\nyears_experience: 4\n",
			`me.yaml:1: years_in_role: 6 is more than years_experience; at most 4, the 4 given for years_experience`},
		{"wrong enum", "years_experience: 3\neducation: phd\n",
			`me.yaml:2: education: "phd" is not a valid value; one of: none, associate, bachelors, masters, doctorate`},
		{"negative years", "years_experience: -2\n",
			`me.yaml:1: years_experience: -2 is out of range; a number from 0 to 60`},
		{"rating 7", "skills:\n  leadership: 7\n",
			`me.yaml:2: skills.leadership: 7 is out of range; a whole number from 1 to 5`},
		{"wrong type", "managed_budget: sometimes\n",
			`me.yaml:1: managed_budget: "sometimes" is not true or false; true or false`},
		{"text for number", "years_experience: five\n",
			`me.yaml:1: years_experience: "five" is not a number; a number from 0 to 60`},
		{"unknown role", "current_role: team-lead\n",
			`me.yaml:1: current_role: "team-lead" is not a valid value; one of: none, social-services-worker, case-manager, supervisor, manager, director`},
		{"unknown skill", "skills:\n  leadershp: 3\n",
			`me.yaml:2: skills.leadershp: unknown skill "leadershp"; did you mean "leadership"? valid skill ids: leadership, communication, management, social-work-knowledge, legislation-policy, problem-solving, relationship-building, counseling, advocacy, program-development, crisis-intervention, ethics, cultural-sensitivity, interdisciplinary-collaboration, resilience, critical-thinking, emotional-intelligence, organizational-skills`},
		{"fractional rating", "networking: 2.5\n",
			`me.yaml:1: networking: 2.5 is out of range; a whole number from 1 to 5`},
		{"duplicate key", "license: none\nlicense: clinical\n",
			`me.yaml:2: license: key "license" appears twice (first on line 1); keep one of them`},
		{"list", "- years_experience: 3\n",
			`me.yaml:1: the answers must be a mapping; a mapping of ` + "`key: value`" + ` lines, as in the README`},
		{"empty", "",
			`me.yaml:1: the answers file is empty; write one ` + "`key: value`" + ` per line, as in the README`},
		{"escape", "education: \"masters\x1b]0;x\x07\"\n",
			`me.yaml:1: control character at column 20; remove it; answers are plain text`},
		{"syntax", "education: [masters\n",
			`me.yaml:1: did not find expected ',' or ']'; fix the YAML syntax (check indentation and colons)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := assess.ParseAnswers(lib, "me.yaml", []byte(c.in))
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != c.want {
				t.Errorf("got  %s\nwant %s", err, c.want)
			}
		})
	}
}

func BenchmarkEvaluate(b *testing.B) {
	lib := shipped(b)
	raw, _ := os.ReadFile(filepath.Join(personaDir, "case-manager-three-years.yaml"))
	a, err := assess.ParseAnswers(lib, "x", raw)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		assess.Evaluate(lib, a)
	}
}

func TestAnswersYAMLRoundTrip(t *testing.T) {
	lib := shipped(t)
	r := rand.New(rand.NewPCG(7, 7))
	for i := 0; i < 500; i++ {
		a := randomAnswers(lib, r)
		b, err := assess.ParseAnswers(lib, "x", a.YAML(lib))
		if err != nil {
			t.Fatalf("%v\n%s", err, a.YAML(lib))
		}
		if !b.Equal(a) {
			t.Fatalf("round trip changed the answers:\n%s\n---\n%s", a.YAML(lib), b.YAML(lib))
		}
		if assess.Evaluate(lib, a).Readiness != assess.Evaluate(lib, b).Readiness {
			t.Fatal("round trip changed the placement")
		}
		if !json.Valid(a.JSON(lib)) {
			t.Fatalf("invalid JSON: %s", a.JSON(lib))
		}
		c, err := assess.ParseAnswers(lib, "x", a.JSON(lib))
		if err != nil || !c.Equal(a) {
			t.Fatalf("JSON round trip: %v\n%s\n---\n%s", err, a.JSON(lib), c.YAML(lib))
		}
	}
}
