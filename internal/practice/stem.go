package practice

import (
	"sync"
	"sync/atomic"

	"github.com/rung-career/rung/internal/content"
)

// stem is the stemmer answers and cues are matched with: content.Stem, the
// Porter2 stemmer of the Snowball project with a few steps of its own
// (possessives, irregular plurals, British -ise spellings). It is the same
// function the loader uses to refuse a cue that repeats its card's question.
//
// Porter2 replaced the hand-written Porter-style stemmer rung had before: on
// the answers corpus (testdata/rehearse) every answer scored the same with
// either, and this one is maintained. Its known quirks, kept: "added" and
// "add" differ, as do "priority" and "prioritize", "experienced" and
// "experience", "referral" and "referred"; "responsible" and "response"
// meet. "Manage" and "manager" no longer do (content.Stem keeps "manager"
// apart: "could manage the weekend" tells no manager). Cards list the forms
// they need.
//
// Stems are remembered (Porter2 costs about a microsecond a word, and the
// app analyses the answer being typed on every key), up to maxStems words:
// answers are untrusted input.
func stem(w string) string {
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	s := content.Stem(w)
	if stemsN.Add(1) <= maxStems {
		stems.Store(w, s)
	}
	return s
}

var (
	stems  sync.Map // word -> stem
	stemsN atomic.Int64
)

const maxStems = 1 << 15
