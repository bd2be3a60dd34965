package practice

import (
	"testing"

	"github.com/rung-career/rung/internal/content"
)

// The self-check lists the card's red flags the answer did not raise, each
// once, and leaves concerns out.
func TestSelfCheck(t *testing.T) {
	c := content.Card{RedFlags: []content.RedFlag{
		{Label: "Confronts the suspected abuser"},
		{Label: "Waits for proof before reporting"},
		{Label: "Works every evening", Severity: content.SeverityConcern},
		{Label: "Confronts the suspected abuser"},
		{Label: "Promises secrecy"},
	}}
	f := Feedback{RedFlags: []FlagResult{{Label: "Waits for proof before reporting"}}}
	var got []string
	for _, fl := range SelfCheck(c, f) {
		got = append(got, fl.Label)
	}
	want := []string{"Confronts the suspected abuser", "Promises secrecy"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("SelfCheck = %q, want %q", got, want)
	}
}
