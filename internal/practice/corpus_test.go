package practice

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// The answers corpus (testdata/rehearse, and testdata/rehearse-uk for the
// England track): for every shipped card, answers
// written the way candidates really answer, each with the range of key points
// a hiring panel would give it and the red flags it should raise. The issue's
// bar holds for every card:
//   - a strong answer makes at least 80% of the points and raises no flag;
//   - generic, negated and word-list answers make at most 20%;
//   - an unsafe answer raises a red flag;
//   - the strong answer scores above every other answer to the card.

// corpusDirs hold each built-in track's answers corpus.
var corpusDirs = map[string]string{
	"social-services": "../../testdata/rehearse",
	"uk-children":     "../../testdata/rehearse-uk",
}

type corpusFile struct {
	Card    string         `yaml:"card"`
	Answers []corpusAnswer `yaml:"answers"`
}

type corpusAnswer struct {
	Kind     string   `yaml:"kind"` // strong, generic, negated, unsafe, list
	Points   [2]int   `yaml:"points"`
	RedFlags []string `yaml:"red_flags"`
	Concerns []string `yaml:"concerns"` // weaknesses raised as concerns (severity: concern)
	Text     string   `yaml:"text"`
}

var corpusKinds = []string{"strong", "generic", "negated", "unsafe", "list"}

func readCorpus(t testing.TB, corpusDir string) map[string]corpusFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus in %s: %v", corpusDir, err)
	}
	out := map[string]corpusFile{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var f corpusFile
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if want := strings.TrimSuffix(filepath.Base(p), ".yaml"); f.Card != want {
			t.Fatalf("%s holds card %q; name the file after its card", p, f.Card)
		}
		out[f.Card] = f
	}
	return out
}

func TestAnswersCorpus(t *testing.T) {
	for _, track := range tracks.IDs() {
		dir, ok := corpusDirs[track]
		if !ok {
			t.Errorf("track %s has no answers corpus", track)
			continue
		}
		t.Run(track, func(t *testing.T) { answersCorpus(t, trackLibrary(t, track), dir) })
	}
}

func answersCorpus(t *testing.T, lib *content.Library, corpusDir string) {
	corpus := readCorpus(t, corpusDir)
	for id := range corpus {
		if _, ok := lib.Card(id); !ok {
			t.Errorf("corpus file for unknown card %q", id)
		}
	}
	// The share of points each kind of answer makes, summed over the
	// corpus, is logged (go test -v -run TestAnswersCorpus): the figure to
	// compare when the engine or its stemmer changes.
	share := map[string][2]float64{}
	defer func() {
		var parts []string
		for _, k := range corpusKinds {
			if v := share[k]; v[1] > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", k, 100*v[0]/v[1]))
			}
		}
		t.Logf("mean share of key points made: %s", strings.Join(parts, ", "))
	}()
	for _, card := range lib.Cards {
		t.Run(card.ID, func(t *testing.T) {
			f, ok := corpus[card.ID]
			if !ok {
				t.Fatalf("no answers in %s/%s.yaml", corpusDir, card.ID)
			}
			n := len(card.KeyPoints)
			most := int(math.Floor(0.2 * float64(n))) // generic, negated, list
			least := int(math.Ceil(0.8 * float64(n))) // strong
			kinds := map[string]int{}
			strong := -1
			var others []int
			for i, a := range f.Answers {
				kinds[a.Kind]++
				if !slices.Contains(corpusKinds, a.Kind) {
					t.Errorf("answer %d: unknown kind %q; one of %v", i, a.Kind, corpusKinds)
					continue
				}
				lo, hi := a.Points[0], a.Points[1]
				if lo < 0 || lo > hi || hi > n {
					t.Errorf("answer %d (%s): range %d-%d is not within 0-%d", i, a.Kind, lo, hi, n)
				}
				// The file's range may be stricter than the bar, never looser.
				switch a.Kind {
				case "strong":
					if lo < least || len(a.RedFlags) > 0 {
						t.Errorf("answer %d: a strong answer's range starts at %d and has no red flags (80%% of %d is %d)", i, least, n, least)
					}
				case "generic", "negated", "list":
					if hi > most {
						t.Errorf("answer %d (%s): range ends at most at %d (20%% of %d)", i, a.Kind, most, n)
					}
				case "unsafe":
					if len(a.RedFlags) == 0 {
						t.Errorf("answer %d: an unsafe answer names the red flags it raises", i)
					}
				}
				fb := Analyze(card, a.Text)
				checkInvariants(t, card, fb)
				v := share[a.Kind]
				share[a.Kind] = [2]float64{v[0] + float64(fb.Covered)/float64(n), v[1] + 1}
				if fb.Covered < lo || fb.Covered > hi {
					t.Errorf("%s answer %d: %d of %d points, want %d-%d\n%s", a.Kind, i, fb.Covered, n, lo, hi, pointsDump(fb))
				}
				var got []string
				for _, fl := range fb.RedFlags {
					got = append(got, fl.Label)
				}
				want := slices.Clone(a.RedFlags)
				sort.Strings(got)
				sort.Strings(want)
				if !slices.Equal(got, want) {
					t.Errorf("%s answer %d: red flags %q, want %q\n%s", a.Kind, i, got, want, flagsDump(fb))
				}
				got = got[:0]
				for _, c := range fb.Concerns {
					got = append(got, c.Label)
				}
				want = slices.Clone(a.Concerns)
				sort.Strings(got)
				sort.Strings(want)
				if !slices.Equal(got, want) {
					t.Errorf("%s answer %d: concerns %q, want %q\n%s", a.Kind, i, got, want, flagsDump(fb))
				}
				if a.Kind == "strong" {
					strong = fb.Covered
				} else {
					others = append(others, fb.Covered)
				}
			}
			if kinds["strong"] != 1 || kinds["generic"] == 0 || kinds["negated"]+kinds["unsafe"] == 0 || kinds["list"] == 0 {
				t.Errorf("kinds %v: want one strong answer, and generic, negated or unsafe, and list answers", kinds)
			}
			for _, o := range others {
				if strong <= o {
					t.Errorf("the strong answer makes %d points, no more than another answer's %d", strong, o)
				}
			}
		})
	}
}

func pointsDump(f Feedback) string {
	var b strings.Builder
	for _, p := range f.KeyPoints {
		mark := "[ ]"
		if p.Covered {
			mark = "[x]"
		}
		fmt.Fprintf(&b, "  %s %s matched=%q against=%q listed=%q\n", mark, p.Point, p.Matched, p.Against, p.Listed)
	}
	return b.String()
}

func flagsDump(f Feedback) string {
	var b strings.Builder
	for _, fl := range f.RedFlags {
		fmt.Fprintf(&b, "  flag %s: %q\n", fl.Label, fl.Phrase)
	}
	for _, c := range f.Concerns {
		fmt.Fprintf(&b, "  concern %s: %q\n", c.Label, c.Phrase)
	}
	return b.String()
}
