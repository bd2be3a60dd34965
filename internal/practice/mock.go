package practice

import (
	"slices"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// This file runs a mock interview: picking the questions for a rung and
// summing up the answers.

// MockSizes are the numbers of questions a mock interview may have.
var MockSizes = []int{4, 6, 8}

// DefaultMockSize is the usual number of questions.
const DefaultMockSize = 6

// MockLimits are the per-question time limits offered; 0 is none.
var MockLimits = []time.Duration{0, 2 * time.Minute, 3 * time.Minute}

// MockRungs lists the rungs (role ids, lowest first) that have cards.
func MockRungs(lib *content.Library) []string {
	var out []string
	for _, r := range lib.Roles {
		if len(lib.CardsFor(r.ID)) > 0 {
			out = append(out, r.ID)
		}
	}
	return out
}

// DefaultMockRung is the rung a mock interview is for unless chosen: the
// next rung of the latest placement, else the current one, else the first
// rung with cards; "" when no rung has cards.
func DefaultMockRung(lib *content.Library, p *assess.Placement) string {
	rungs := MockRungs(lib)
	if p != nil {
		for _, id := range []string{p.Next, p.Current} {
			if id != "" && slices.Contains(rungs, id) {
				return id
			}
		}
	}
	if len(rungs) == 0 {
		return ""
	}
	return rungs[0]
}

// PickMock chooses n questions for a rung across the card categories, as a
// panel would: it opens with the first category (general questions, in the
// shipped track) and then takes one card per category in turn, the other
// categories in an order set by seed, until it has n (or runs out). Within a
// category the cards are shuffled by seed too. The same seed always gives
// the same interview.
func PickMock(lib *content.Library, rung string, n int, seed uint64) []content.Card {
	byCat := map[string][]content.Card{}
	for _, c := range lib.CardsFor(rung) {
		byCat[c.Category] = append(byCat[c.Category], c)
	}
	rnd := splitmix(seed)
	var cats []string
	for _, cat := range lib.CardCategories {
		if len(byCat[cat.ID]) > 0 {
			cats = append(cats, cat.ID)
		}
	}
	if len(cats) == 0 || n <= 0 {
		return nil
	}
	shuffle(cats[1:], rnd)
	for _, id := range cats {
		shuffle(byCat[id], rnd)
	}
	var out []content.Card
	for len(out) < n {
		took := false
		for _, id := range cats {
			if len(out) == n {
				break
			}
			if cs := byCat[id]; len(cs) > 0 {
				out = append(out, cs[0])
				byCat[id] = cs[1:]
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out
}

// splitmix returns a deterministic generator of uint64s seeded by seed.
func splitmix(seed uint64) func() uint64 {
	x := seed
	return func() uint64 {
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return z ^ (z >> 31)
	}
}

func shuffle[T any](s []T, rnd func() uint64) {
	for i := len(s) - 1; i > 0; i-- {
		j := int(rnd() % uint64(i+1))
		s[i], s[j] = s[j], s[i]
	}
}

// MockAnswer is one question of a mock interview and how it went.
type MockAnswer struct {
	Card     content.Card
	Answer   string
	Elapsed  time.Duration // from the question shown to the answer submitted
	Feedback Feedback
}

// MockResult is a finished mock interview.
type MockResult struct {
	Rung    string // role id
	At      time.Time
	Limit   time.Duration // per question; 0 for none
	Answers []MockAnswer
}

// Over reports whether answer i went over the time limit.
func (r MockResult) Over(i int) bool {
	return r.Limit > 0 && r.Answers[i].Elapsed > r.Limit
}

// MockTotals sum up a mock interview.
type MockTotals struct {
	Questions int
	Answered  int // questions with at least one word
	Covered   int // key points covered, over all questions
	Points    int // key points asked for
	Words     int
	Time      time.Duration // time taken, all questions
	Over      int           // answers over the time limit
	RedFlags  int           // red flags raised, over all answers
}

// Percent is the share of key points covered, 0..100.
func (t MockTotals) Percent() int {
	if t.Points == 0 {
		return 0
	}
	return (t.Covered*100 + t.Points/2) / t.Points
}

// Totals sums up the interview.
func (r MockResult) Totals() MockTotals {
	t := MockTotals{Questions: len(r.Answers)}
	for i, a := range r.Answers {
		if a.Feedback.Words > 0 {
			t.Answered++
		}
		t.Covered += a.Feedback.Covered
		t.Points += len(a.Feedback.KeyPoints)
		t.Words += a.Feedback.Words
		t.Time += a.Elapsed
		t.RedFlags += len(a.Feedback.RedFlags)
		if r.Over(i) {
			t.Over++
		}
	}
	return t
}

// MissedShare is the share of a card's key points below which an answer
// counts as missed: a panel scoring against a rubric marks down an answer
// that makes fewer than half of what it listens for.
const MissedShare = 0.5

// Missed lists the cards of the interview a panel would mark down, in the
// order asked: no answer, a red flag raised, or fewer than half the key
// points made. They are the ones to retry, or to flag for practice.
func (r MockResult) Missed() []content.Card {
	var out []content.Card
	for _, i := range r.MissedAnswers() {
		out = append(out, r.Answers[i].Card)
	}
	return out
}
