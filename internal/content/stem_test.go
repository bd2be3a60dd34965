package content

import "testing"

// The stemming the cues rely on: pairs that must meet (a cue on one side, an
// answer's wording on the other) and pairs that must stay apart.
func TestStem(t *testing.T) {
	meet := [][2]string{
		{"confidential", "confidentiality"}, {"assess", "assessment"}, {"assess", "assessing"},
		{"prioritize", "prioritise"}, {"prioritize", "prioritizing"}, {"priority", "priorities"},
		{"organize", "organised"}, {"analyze", "analyse"}, {"recognize", "recognising"},
		{"family", "families"}, {"child", "children"}, {"crisis", "crises"}, {"bias", "biases"},
		{"listen", "listened"}, {"plan", "planned"}, {"hope", "hoping"}, {"care", "caring"},
		{"use", "using"}, {"document", "documentation"}, {"communicate", "communication"},
		{"evaluate", "evaluation"}, {"calm", "calmly"}, {"ethical", "ethically"}, {"weekly", "week"},
		{"client's", "client"}, {"supervisor", "supervisors"}, {"referral", "referrals"},
	}
	for _, p := range meet {
		if a, b := Stem(p[0]), Stem(p[1]); a != b {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want the same", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"care", "car"}, {"use", "us"}, {"community", "communication"}, {"hope", "hop"},
		{"supervise", "supervisor"}, {"exercise", "exercize"}, {"promise", "prom"},
	}
	for _, p := range apart {
		if a, b := Stem(p[0]), Stem(p[1]); a == b {
			t.Errorf("Stem(%q) = Stem(%q) = %q: want them apart", p[0], p[1], a)
		}
	}
	for _, w := range []string{"911", "hipaa2", "de", "élan", "社会"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, got)
		}
	}
}
