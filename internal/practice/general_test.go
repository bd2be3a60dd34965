package practice

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/content"
)

func TestStaysGeneral(t *testing.T) {
	cases := []struct {
		answer string
		want   bool
	}{
		// Beliefs, character and stock phrases, nothing done: general.
		{"I'm a very caring person. I believe every family deserves respect. Teamwork is really important to me. " +
			"At the end of the day it's all about the people we serve.", true},
		{"I'm passionate about this work. I value honesty. I'm a team player and I love a challenge.", true},
		// The same stance with what the candidate did: specific.
		{"I'm a caring person, but what matters is what I do. Last year I rang a family every Friday for " +
			"six weeks. Their son went back to school in March. I believe that consistency did it.", false},
		// What the candidate would do, with names: not stance.
		{"I'd ring the duty manager straight away. Then I'd speak to the school's DSL. I'd write up her " +
			"exact words the same afternoon.", false},
		// Too short to judge.
		{"I'm a team player. I believe in respect.", false},
	}
	for _, c := range cases {
		if got := newAnswer(c.answer).staysGeneral(); got != c.want {
			all, st, sp := newAnswer(c.answer).sentenceKinds()
			t.Errorf("%q: general %v, want %v (sentences %d, stance %d, specific %d)", c.answer, got, c.want, all, st, sp)
		}
	}
}

// A general answer that makes some points is told so, as a fix; one that
// makes nearly all of them, as a tip; a specific one is not.
func TestGeneralJudgement(t *testing.T) {
	card := content.Card{ID: "test-general", Method: "direct", Question: "How do you lead?",
		KeyPoints: []content.KeyPoint{
			{Point: "Listens.", Cues: []string{"listen"}}, {Point: "Supports.", Cues: []string{"support"}},
			{Point: "Develops.", Cues: []string{"develop"}}, {Point: "Reviews.", Cues: []string{"review"}},
			{Point: "Recognises.", Cues: []string{"recognise"}},
		}}
	cases := []struct{ answer, level, says string }{
		{"I'm a people person and I listen. I believe in support for my staff. I'm passionate about teamwork.", "warn", "stays general"},
		{"I'm a people person and I listen. I believe in support and I develop people. I'm passionate about review and I recognise effort.", "tip", "stays general"},
		{"I listen to each worker every Monday. I set up support groups in 2023. I develop people through a 6-week plan.", "tip", "would complete it"},
	}
	for _, c := range cases {
		f := Analyze(card, c.answer)
		j, _ := judgementOf(f)
		if j.Level.String() != c.level || !strings.Contains(j.Message, c.says) {
			t.Errorf("%q: judgement %s %q, want %s holding %q", c.answer, j.Level, j.Message, c.level, c.says)
		}
	}
}
