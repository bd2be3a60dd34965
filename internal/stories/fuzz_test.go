package stories

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

// FuzzParse feeds arbitrary bytes to the story parser. It must never panic;
// a file it takes must give stories that pass Check and survive Format and
// Parse again unchanged; a file it refuses must come back as one-line,
// plain-text problems and no stories.
func FuzzParse(f *testing.F) {
	f.Add([]byte(goodFile))
	for _, dir := range []string{"../../testdata/stories", "../../testdata/stories/broken"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, file := range files {
			data, _ := os.ReadFile(file)
			f.Add(data)
		}
	}
	for _, s := range []string{"", "##", "###", "## x\n###", "## a\n## a\n", "## t\nSkills: ethics\nStrength: 1\n### Situation\n## x",
		"## t\nSkills:,\nStrength: -0\n### Result\n\xff", "## \u202e\n", "#### x\n## y\r\n### Task\r\n", story("Skills: ethics\nStrength: 3\n", "S", "T", "A", "R")} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		list, err := Parse("in.md", in, testSkills)
		if err != nil {
			var probs *content.Problems
			if !errors.As(err, &probs) || probs.Len() == 0 || list != nil {
				t.Fatalf("refusal is not a list of problems: %v (%d stories)", err, len(list))
			}
			for _, p := range probs.List() {
				if s := p.String(); content.Sanitize(s) != s || strings.ContainsRune(s, '\n') {
					t.Fatalf("problem text carries control characters or newlines: %q", s)
				}
			}
			return
		}
		for _, s := range list {
			if err := Check(s, testSkills); err != nil || !reflect.DeepEqual(Normalize(s), s) {
				t.Fatalf("parsed story fails Check or is not normalized: %v\n%#v", err, s)
			}
		}
		again, err := Parse("again.md", []byte(Format(list)), testSkills)
		if err != nil || !reflect.DeepEqual(again, list) {
			t.Fatalf("round trip: %v\n%#v\n%#v\n%s", err, list, again, Format(list))
		}
	})
}
