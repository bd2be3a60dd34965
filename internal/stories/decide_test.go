package stories

import (
	"reflect"
	"testing"
	"time"
)

func TestHasNumber(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"The family stayed housed.", false},
		{"The family stayed housed for 14 months.", true},
		{"Waiting times fell by 30%.", true},
		{"Waiting times fell by a third.", true},
		{"Referrals doubled.", true},
		{"Three families were rehoused.", true},
		{"We cut no-shows by half.", true},
		{"Everyone used it and morale rose.", false},
		{"A oneness of purpose", false}, // whole words only
		{"Saved ٣ hours", true},         // any digit
	} {
		if got := HasNumber(c.text); got != c.want {
			t.Errorf("HasNumber(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if (Story{Result: "none"}).Measurable() || !(Story{Result: "2 wins"}).Measurable() {
		t.Error("Measurable does not follow the result")
	}
}

func TestCover(t *testing.T) {
	list := []Story{
		{ID: 1, Title: "B", Skills: []string{"advocacy", "ethics"}, Strength: 4},
		{ID: 2, Title: "A", Skills: []string{"advocacy"}, Strength: 4},
		{ID: 3, Title: "C", Skills: []string{"leadership", "retired-skill"}, Strength: 2},
		{ID: 4, Title: "D", Skills: []string{"leadership"}, Strength: 1},
		{ID: 5, Title: "E", Skills: []string{"ethics"}, Strength: 5},
		{ID: 6, Title: "F", Skills: []string{"communication", "zz-old", "aa-old"}, Strength: 3},
	}
	got := Cover(testSkills, list)
	want := Coverage{
		Skills: []SkillCoverage{
			{Skill: "advocacy", Stories: []int64{2, 1}, Best: 4}, // same strength: by title
			{Skill: "crisis-intervention", Stories: []int64{}},
			{Skill: "leadership", Stories: []int64{3, 4}, Best: 2},
			{Skill: "communication", Stories: []int64{6}, Best: 3},
			{Skill: "ethics", Stories: []int64{5, 1}, Best: 5},
		},
		Uncovered: []string{"crisis-intervention"},
		Weak:      []string{"leadership"},
		Unknown:   []string{"aa-old", "retired-skill", "zz-old"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Cover:\n got %+v\nwant %+v", got, want)
	}
	if got.Covered() != 4 || !got.Skills[2].Weak() || got.Skills[1].Weak() || got.Skills[3].Weak() {
		t.Errorf("Covered %d, weak flags %v %v %v", got.Covered(), got.Skills[2].Weak(), got.Skills[1].Weak(), got.Skills[3].Weak())
	}

	empty := Cover(testSkills, nil)
	if len(empty.Uncovered) != len(testSkills) || empty.Weak != nil || empty.Covered() != 0 {
		t.Errorf("no stories: %+v", empty)
	}
	// A weak story next to a strong one: the skill is covered, not weak.
	mixed := Cover([]string{"ethics"}, []Story{{ID: 1, Skills: []string{"ethics"}, Strength: 1}, {ID: 2, Skills: []string{"ethics"}, Strength: 3}})
	if len(mixed.Weak) != 0 || mixed.Skills[0].Best != 3 {
		t.Errorf("mixed: %+v", mixed)
	}
	// Exactly WeakStrength is weak; one above is not.
	for s, weak := range map[int]bool{WeakStrength: true, WeakStrength + 1: false} {
		c := Cover([]string{"ethics"}, []Story{{ID: 1, Skills: []string{"ethics"}, Strength: s}})
		if (len(c.Weak) == 1) != weak {
			t.Errorf("strength %d: weak %v, want %v", s, c.Weak, weak)
		}
	}
}

func TestSuggest(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	list := []Story{
		{ID: 1, Title: "one shared, strong", Skills: []string{"advocacy"}, Strength: 5, LastUsed: day(20)},
		{ID: 2, Title: "two shared, weak", Skills: []string{"ethics", "advocacy"}, Strength: 1},
		{ID: 3, Title: "unrelated", Skills: []string{"leadership"}, Strength: 5},
		{ID: 4, Title: "one shared, strong, used long ago", Skills: []string{"ethics"}, Strength: 5, LastUsed: day(2)},
		{ID: 5, Title: "one shared, strong, never used", Skills: []string{"advocacy", "leadership"}, Strength: 5},
		{ID: 7, Title: "tie", Skills: []string{"communication"}, Strength: 3},
		{ID: 6, Title: "tie", Skills: []string{"communication"}, Strength: 3},
		{ID: 8, Title: "a tie", Skills: []string{"communication"}, Strength: 3},
	}
	cases := []struct {
		card []string
		want []int64
	}{
		{[]string{"advocacy", "ethics"}, []int64{2, 5, 4, 1}},
		{[]string{"ethics", "advocacy", "ethics"}, []int64{2, 5, 4, 1}}, // a repeated card skill counts once
		{[]string{"communication"}, []int64{8, 6, 7}},                   // ties: title, then id
		{[]string{"crisis-intervention"}, nil},
		{nil, nil},
	}
	for _, c := range cases {
		var got []int64
		for _, s := range Suggest(list, c.card) {
			got = append(got, s.Story.ID)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Suggest(%v) = %v, want %v", c.card, got, c.want)
		}
	}
	if s := Suggest(list, []string{"advocacy", "ethics"}); !reflect.DeepEqual(s[0].Shared, []string{"advocacy", "ethics"}) {
		t.Errorf("Shared = %v, want the card's order", s[0].Shared)
	}
	// The input order does not change the output.
	rev := make([]Story, len(list))
	for i, s := range list {
		rev[len(list)-1-i] = s
	}
	a, b := Suggest(list, []string{"communication", "advocacy"}), Suggest(rev, []string{"communication", "advocacy"})
	if !reflect.DeepEqual(a, b) {
		t.Error("Suggest depends on the input order")
	}
}

func TestPartNames(t *testing.T) {
	var s Story
	for i, p := range Parts {
		s.SetText(p, p.String())
		if s.Text(p) != []string{"Situation", "Task", "Action", "Result"}[i] {
			t.Errorf("part %d: %q", i, s.Text(p))
		}
	}
	if Part(9).String() != "Part(9)" {
		t.Error(Part(9).String())
	}
}
