package report_test

import (
	"strings"
	"testing"
	"time"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
)

var askNow = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

func TestAskList(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	areas := lib.Guide.AskAreas
	first, last := areas[0].QuestionIDs(), areas[len(areas)-1].QuestionIDs()
	for _, c := range []struct {
		name    string
		starred []string
		found   int
		want    []string // in this order
		not     []string
	}{
		{"none", nil, 0, []string{"# Questions to ask the interviewer"}, []string{"## "}},
		{"gone", []string{"no-such-area/what"}, 0, nil, []string{"## "}},
		// Starred last area first, then the first area's second and first
		// questions: printed in the guide's order, numbered per area.
		{"guide order", []string{last[0], first[1], first[0], "gone/x"}, 3,
			[]string{"## " + areas[0].Name, "1. **" + areas[0].Questions[0].Text, "2. **" + areas[0].Questions[1].Text,
				"## " + areas[len(areas)-1].Name, "1. **" + areas[len(areas)-1].Questions[0].Text},
			nil},
	} {
		got, n := report.AskList(lib, c.starred, askNow)
		if n != c.found {
			t.Errorf("%s: found %d, want %d", c.name, n, c.found)
		}
		at := 0
		for _, w := range c.want {
			w = strings.Join(strings.Fields(w), " ")
			i := strings.Index(got[at:], w)
			if i < 0 {
				t.Errorf("%s: lacks %q after byte %d:\n%s", c.name, w, at, got)
				break
			}
			at += i + len(w)
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: has %q:\n%s", c.name, w, got)
			}
		}
		if !strings.Contains(got, "November 22, 2026") || strings.Contains(got, "\n\n\n") || !strings.HasSuffix(got, "\n") {
			t.Errorf("%s: date, spacing or ending wrong:\n%s", c.name, got)
		}
	}
}
