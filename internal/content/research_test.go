package content

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	tracks "github.com/rung-career/rung/content"
)

// TestUKTrackKeepsItsResearch checks the uk-children track against the facts of
// its research notes (testdata/research/uk-children.yaml, a copy kept in the
// repo): the rungs, registration and renewal, the ASYE and the programme that
// replaces it, the knowledge and skills statements, the PCF, and each pay
// figure with its year. A fact dropped or changed in an edit fails here.
func TestUKTrackKeepsItsResearch(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/research/uk-children.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Rungs []string `yaml:"rungs"`
		Facts []struct {
			Fact     string   `yaml:"fact"`
			Contains []string `yaml:"contains"`
		} `yaml:"facts"`
		Pay []struct {
			Role     string `yaml:"role"`
			Min, Max int
			AsOf     string `yaml:"as_of"`
		} `yaml:"pay"`
	}
	if err := yaml.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	fsys, err := tracks.Track("uk-children")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := lib.RoleIDs(); !slices.Equal(got, want.Rungs) {
		t.Errorf("rungs %v\nwant %v", got, want.Rungs)
	}
	var all strings.Builder
	files, _ := fs.Glob(fsys, "*.yaml")
	for _, f := range files {
		b, _ := fs.ReadFile(fsys, f)
		all.WriteString(strings.Join(strings.Fields(string(b)), " ") + " ")
	}
	text := all.String()
	for _, f := range want.Facts {
		for _, c := range f.Contains {
			if !strings.Contains(text, c) {
				t.Errorf("the track no longer says %q (%s)", c, f.Fact)
			}
		}
	}
	for _, p := range want.Pay {
		got, ok := lib.PayFor(p.Role)
		if !ok || got.Min != p.Min || got.Max != p.Max || got.AsOf != p.AsOf || got.Source == "" {
			t.Errorf("pay for %s: %+v, want %d-%d as of %s with a source", p.Role, got, p.Min, p.Max, p.AsOf)
		}
	}
	if lib.Pay == nil || !strings.Contains(lib.Pay.Note, "no national") {
		t.Error("the pay note does not say there is no national scale")
	}
}
