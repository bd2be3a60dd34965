package assess_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// FuzzParseAnswers feeds arbitrary bytes to the answers parser. It must never
// panic; accepted answers must survive a round trip and place in 0..100;
// rejected ones must come back as plain-text problems.
func FuzzParseAnswers(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(personaDir, "*.yaml"))
	for _, file := range files {
		data, _ := os.ReadFile(file)
		f.Add(data)
	}
	for _, s := range []string{"", "{}", "skills: {leadership: 9}", "education: [", "a: &a [*a]", "years_experience: 1e400",
		"current_role: \"director\\e]0;x\\a\"", "skills:\n  leadership: 3\n  leadership: 4\n", "- 1\n- 2\n"} {
		f.Add([]byte(s))
	}
	lib, err := content.Load(os.DirFS("../../content/social-services"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := assess.ParseAnswers(lib, "in.yaml", in)
		if err != nil {
			var probs *content.Problems
			if !errors.As(err, &probs) || probs.Len() == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			for _, p := range probs.List() {
				if s := p.String(); content.Sanitize(s) != s || strings.ContainsRune(s, '\n') {
					t.Fatalf("problem text carries control characters: %q", s)
				}
			}
			return
		}
		p := assess.Evaluate(lib, a)
		if p.Readiness < 0 || p.Readiness > 100 {
			t.Fatalf("readiness %d", p.Readiness)
		}
		b, err := assess.ParseAnswers(lib, "again", a.YAML(lib))
		if err != nil || !b.Equal(a) {
			t.Fatalf("round trip: %v\n%s", err, a.YAML(lib))
		}
	})
}
