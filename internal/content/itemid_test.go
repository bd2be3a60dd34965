package content

import (
	"strings"
	"testing"
)

func TestTextID(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Can you describe the team dynamics?", "can-you-describe-the-team-dynamics"},
		{"  What's next -- for me?  ", "what-s-next-for-me"},
		{"Café Niños", "café-niños"},
		{"???", "item"},
		{"", "item"},
		{"a\x1b[31mb", "a-31mb"},
		{strings.Repeat("word ", 20), strings.TrimRight(strings.Repeat("word-", 12), "-")},
		{strings.Repeat("x", 70), strings.Repeat("x", 60)},
	} {
		if got := TextID(c.in); got != c.want {
			t.Errorf("TextID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestItemIDs(t *testing.T) {
	a := AskArea{ID: "team", Questions: []AskQuestion{{Text: "Who leads?"}, {Text: "Who pays?"}, {Text: "Who leads?!"}}}
	got := strings.Join(a.QuestionIDs(), " ")
	if want := "team/who-leads team/who-pays team/who-leads-2"; got != want {
		t.Errorf("QuestionIDs = %q, want %q", got, want)
	}
	in := Insight{ID: "balcony", Prompts: []string{"When did you last?", "What now?"}}
	if got := strings.Join(in.PromptIDs(), " "); got != "balcony/when-did-you-last balcony/what-now" {
		t.Errorf("PromptIDs = %q", got)
	}
	tp := GuideTopic{Tips: []string{"Research pay.", "research PAY"}}
	if got := strings.Join(tp.TipIDs(), " "); got != "research-pay research-pay-2" {
		t.Errorf("TipIDs = %q", got)
	}
	lib := &Library{Perspective: &Perspective{Insights: []Insight{{ID: "other"}, in}}}
	if i, j, ok := lib.FindPrompt("balcony/what-now"); !ok || i != 1 || j != 1 {
		t.Errorf("FindPrompt = %d %d %v", i, j, ok)
	}
	for _, id := range []string{"balcony/gone", "nobody/what-now", "balcony", ""} {
		if _, _, ok := lib.FindPrompt(id); ok {
			t.Errorf("FindPrompt(%q) found one", id)
		}
	}
	if _, _, ok := (&Library{}).FindPrompt("balcony/what-now"); ok {
		t.Error("FindPrompt found a prompt in a track without a perspective")
	}
}
