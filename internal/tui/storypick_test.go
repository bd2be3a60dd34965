package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/stories"
)

var pickStories = []stories.Story{
	{ID: 1, Title: "Backlog", Skills: []string{"a", "b"}, Strength: 3, Result: "All 38 reviews done within six weeks."},
	{ID: 2, Title: "Eviction", Skills: []string{"a"}, Strength: 5, Result: "Still housed 14 months later."},
	{ID: 3, Title: "Other", Skills: []string{"z"}, Strength: 5, Result: "Fine."},
}

// TestStoryPickCycles: a STAR card suggests the stories sharing its skills,
// most shared first; the key picks each in turn, then none. A direct card
// suggests nothing and says nothing.
func TestStoryPickCycles(t *testing.T) {
	lib := &content.Library{}
	p := NewStoryPick(lib)
	p.Set(pickStories)
	star := &content.Card{ID: "c", Method: "star", Skills: []string{"a", "b"}}
	p.ForCard(star)
	if !p.Offered() || !p.Key.Enabled() {
		t.Fatal("a STAR card with stories offers none")
	}
	var order []string
	for range 3 {
		p.Next()
		s, ok := p.Picked()
		if !ok {
			order = append(order, "none")
			continue
		}
		order = append(order, s.Title)
	}
	if got := strings.Join(order, ","); got != "Backlog,Eviction,none" {
		t.Errorf("picks %s", got)
	}
	p.Next()
	at := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	if s, ok := p.Told(at); !ok || s.Title != "Backlog" || !s.LastUsed.Equal(at) {
		t.Errorf("told %+v %v", s, ok)
	}
	// The story told stays picked until the next card, which starts with
	// none picked and the strongest first.
	if _, ok := p.Picked(); !ok {
		t.Error("telling a story unpicked it")
	}
	p.ForCard(&content.Card{ID: "d", Method: "STAR", Skills: []string{"a"}})
	if _, ok := p.Picked(); ok {
		t.Error("a new card starts with a story picked")
	}
	p.Next()
	if s, _ := p.Picked(); s.Title != "Eviction" {
		t.Errorf("first pick after telling Backlog: %s", s.Title)
	}
	p.ForCard(&content.Card{ID: "e", Method: "direct", Skills: []string{"a"}})
	if p.Offered() || p.Key.Enabled() || p.View(plainStyles(), 80) != "" {
		t.Error("a direct card offers stories")
	}
	p.ForCard(&content.Card{ID: "f", Method: "star", Skills: []string{"q"}})
	if v := p.View(plainStyles(), 200); !strings.Contains(v, "None of your stories shows this question's skills yet: q") {
		t.Errorf("no story suits: %q", v)
	}
}

// TestStoryUseText: the feedback says whether the answer told the story's
// result and kept its numbers, and points out a result with no number.
func TestStoryUseText(t *testing.T) {
	st := plainStyles()
	for _, c := range []struct {
		story  stories.Story
		answer string
		want   []string
	}{
		{pickStories[0], "In the end all 38 reviews were done within six weeks.",
			[]string{"+ You told its result, with its numbers (38, six)."}},
		{pickStories[0], "In the end all the reviews were done within weeks.",
			[]string{"~ You told its result but left out its numbers: 38, six."}},
		{pickStories[1], "I called the landlord.", []string{"! You did not tell its result: end on “Still housed 14 months later.”"}},
		{stories.Story{Title: "Calm", Result: "He stayed and agreed to the plan."}, "He stayed and agreed to the plan.",
			[]string{"+ You told its result.", "~ Its result has no number in it"}},
	} {
		got := ansi.Strip(StoryUseText(st, c.story, c.answer, 200))
		if !strings.HasPrefix(got, "Your story: "+c.story.Title) {
			t.Errorf("%q: %q", c.answer, got)
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: no %q in\n%s", c.answer, w, got)
			}
		}
	}
}
