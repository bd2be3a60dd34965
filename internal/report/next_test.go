package report_test

import (
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/report"
)

func TestNextAction(t *testing.T) {
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	if n := report.Next(lib, nil, nil, 0); n.Kind != report.NextAssess {
		t.Errorf("no assessment: %+v", n)
	}
	if n := report.Next(lib, nil, nil, 3); n.Kind != report.NextCards || n.Text != "Review the 3 interview cards due" {
		t.Errorf("cards due: %+v", n)
	}
	p, _, _ := sections(t, "case-manager-one-year") // top gap: years in the field, step 2
	n := report.Next(lib, &p, nil, 5)
	st, _ := lib.Step(2)
	if n.Kind != report.NextStep || n.Step != 2 || n.Action != st.Actions[0].ID || !strings.HasPrefix(n.Text, "Step 2: ") {
		t.Fatalf("top gap: %+v", n)
	}
	// Ticking the first action moves on to the next one.
	ticks := map[string]bool{st.ID + "/" + st.Actions[0].ID: true}
	if n := report.Next(lib, &p, ticks, 5); n.Action != st.Actions[1].ID {
		t.Errorf("after a tick: %+v", n)
	}
	// A prerequisite's step comes first: the MPA manager's license gap waits
	// on a social work degree (step 3).
	p2, _, _ := sections(t, "mpa-manager")
	if n := report.Next(lib, &p2, nil, 0); n.Step != 3 {
		t.Errorf("prerequisite first: %+v", n)
	}
}
