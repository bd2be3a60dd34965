package assess_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
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
	SalaryLevel  string  `yaml:"salary_level"`
	Uniform      bool    `yaml:"uniform"`
	Reason       string  `yaml:"reason"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestPersonas places every persona of testdata/personas and checks it
// against expected.yaml, which says why each placement is right.
func TestPersonas(t *testing.T) {
	lib := shipped(t)
	data, err := os.ReadFile(filepath.Join(personaDir, "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want []expectation
	if err := yaml.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) < 12 {
		t.Errorf("%d personas; want at least 12", len(want))
	}
	for _, w := range want {
		t.Run(strings.TrimSuffix(w.File, ".yaml"), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(personaDir, w.File))
			if err != nil {
				t.Fatal(err)
			}
			a, err := assess.ParseAnswers(lib, w.File, raw)
			if err != nil {
				t.Fatalf("answers do not parse: %v", err)
			}
			p := assess.Evaluate(lib, a)
			t.Logf("why: %s", w.Reason)
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
			if w.SalaryLevel != "" && (p.Salary == nil || p.Salary.Level != w.SalaryLevel) {
				t.Errorf("salary level %+v, want %s", p.Salary, w.SalaryLevel)
			}
			if p.UniformRatings != w.Uniform {
				t.Errorf("uniform ratings %v, want %v", p.UniformRatings, w.Uniform)
			}
		})
	}
}

func TestExplanationNamesWhatWasReportedAndAsked(t *testing.T) {
	lib := shipped(t)
	raw, _ := os.ReadFile(filepath.Join(personaDir, "case-manager-three-years.yaml"))
	a, err := assess.ParseAnswers(lib, "x", raw)
	if err != nil {
		t.Fatal(err)
	}
	p := assess.Evaluate(lib, a)
	if len(p.Checks) != len(lib.RequirementsFor("supervisor")) {
		t.Fatalf("%d checks for %d supervisor requirements", len(p.Checks), len(lib.RequirementsFor("supervisor")))
	}
	want := "you reported 3 years; Supervisor asks for 4 years"
	if p.Gaps[0].Reason != want {
		t.Errorf("reason %q, want %q", p.Gaps[0].Reason, want)
	}
	for _, c := range p.Checks {
		if c.Reason == "" || c.Have == "" || c.Need == "" {
			t.Errorf("check %s is not explained: %+v", c.ID, c)
		}
	}
}

func TestRoadToTheTop(t *testing.T) {
	lib := shipped(t)
	a, _ := assess.ParseAnswers(lib, "x", []byte("current_role: social-services-worker\nyears_experience: 1\neducation: bachelors\n"))
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
	if dir.Months < 84 {
		t.Errorf("director in %d months; want at least 84", dir.Months)
	}
	for i := 1; i < len(p.Road); i++ {
		if p.Road[i].Months < p.Road[i-1].Months {
			t.Errorf("a higher rung (%s, %d months) is estimated sooner than a lower one (%s, %d)",
				p.Road[i].Role, p.Road[i].Months, p.Road[i-1].Role, p.Road[i-1].Months)
		}
	}
}

// randomAnswers draws answers over the whole range of every fact.
func randomAnswers(lib *content.Library, r *rand.Rand) assess.Answers {
	var a assess.Answers
	for _, f := range content.Facts {
		if r.IntN(6) == 0 {
			continue // sometimes unanswered
		}
		switch f.Kind {
		case content.FactNumber:
			a.Set(f.Key, float64(r.IntN(25)))
		case content.FactScale:
			a.Set(f.Key, 1+r.IntN(5))
		case content.FactBool:
			a.Set(f.Key, r.IntN(2) == 0)
		case content.FactOrdered, content.FactCategory:
			a.Set(f.Key, f.Values[r.IntN(len(f.Values))])
		case content.FactRole:
			ids := append([]string{assess.NoRole}, lib.RoleIDs()...)
			if r.IntN(3) == 0 {
				continue // infer
			}
			a.Set(f.Key, ids[r.IntN(len(ids))])
		case content.FactSkills:
			m := map[string]int{}
			for _, s := range lib.RatedSkills() {
				if r.IntN(4) > 0 {
					m[s] = 1 + r.IntN(5)
				}
			}
			a.Set(f.Key, m)
		}
	}
	return a
}

// more returns a copy of a with one fact raised (more experience of some kind).
func more(lib *content.Library, a assess.Answers, r *rand.Rand) assess.Answers {
	b := a.Clone()
	f := content.Facts[r.IntN(len(content.Facts))]
	switch f.Kind {
	case content.FactNumber:
		b.Set(f.Key, a.Number(f.Key)+float64(1+r.IntN(5)))
	case content.FactScale:
		b.Set(f.Key, min(5, int(a.Number(f.Key))+1))
	case content.FactBool:
		b.Set(f.Key, true)
	case content.FactOrdered:
		rank := max(f.Rank(a.Text(f.Key)), 0)
		b.Set(f.Key, f.Values[min(len(f.Values)-1, rank+1)])
	case content.FactSkills:
		m := map[string]int{}
		for k, v := range a.Skills {
			m[k] = v
		}
		s := lib.RatedSkills()[r.IntN(len(lib.RatedSkills()))]
		m[s] = min(5, m[s]+1)
		b.Set(f.Key, m)
	}
	return b
}

// TestProperties checks, over generated answers, that more of any experience
// never lowers a placement, readiness stays in 0..100 and every gap names a step.
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
				if p.Readiness < 0 || p.Readiness > 100 {
					t.Fatalf("readiness %d out of range for %+v", p.Readiness, a)
				}
				for _, stop := range p.Road {
					if stop.Readiness < 0 || stop.Readiness > 100 {
						t.Fatalf("road readiness %d", stop.Readiness)
					}
					for _, g := range stop.Gaps {
						if len(g.Steps) == 0 {
							t.Fatalf("gap %s names no step", g.ID)
						}
					}
				}
				b := more(lib, a, r)
				q := assess.Evaluate(lib, b)
				if lib.RoleIndex(q.QualifiedFor) < lib.RoleIndex(p.QualifiedFor) {
					t.Fatalf("more experience lowered qualified_for from %q to %q\nbefore %+v\nafter %+v", p.QualifiedFor, q.QualifiedFor, a, b)
				}
				if lib.RoleIndex(q.Current) < lib.RoleIndex(p.Current) {
					t.Fatalf("more experience lowered current from %q to %q", p.Current, q.Current)
				}
				if q.Next == p.Next && q.Readiness < p.Readiness {
					t.Fatalf("more experience lowered readiness for %s from %d to %d\nbefore %+v\nafter %+v", p.Next, p.Readiness, q.Readiness, a, b)
				}
			}
		})
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
	if p.Current != "librarian" || p.Next != "branch-manager" || p.Gaps[0].ID != "manager-years" {
		t.Fatalf("got %+v", p)
	}
}

// TestBadAnswers checks the exact message for each kind of bad answers file.
func TestBadAnswers(t *testing.T) {
	lib := shipped(t)
	cases := []struct{ name, in, want string }{
		{"unknown key", "years_experiance: 3\n",
			`me.yaml:1: years_experiance: unknown key "years_experiance"; did you mean "years_experience"? valid keys: years_experience, education, education_field, license, current_role, supervisory_years, direct_reports, managed_budget, program_development, policy_knowledge, networking, skills`},
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
		b, err := assess.ParseAnswers(lib, "x", a.YAML())
		if err != nil {
			t.Fatalf("%v\n%s", err, a.YAML())
		}
		if string(b.YAML()) != string(a.YAML()) {
			t.Fatalf("round trip changed the answers:\n%s\n---\n%s", a.YAML(), b.YAML())
		}
		if assess.Evaluate(lib, a).Readiness != assess.Evaluate(lib, b).Readiness {
			t.Fatal("round trip changed the placement")
		}
		if !json.Valid(a.JSON()) {
			t.Fatalf("invalid JSON: %s", a.JSON())
		}
		c, err := assess.ParseAnswers(lib, "x", a.JSON())
		if err != nil || string(c.YAML()) != string(a.YAML()) {
			t.Fatalf("JSON round trip: %v\n%s\n---\n%s", err, a.JSON(), c.YAML())
		}
	}
}
