package accessible

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
)

// flashClock is a clock the test moves by hand.
type flashClock struct{ t time.Time }

func (c *flashClock) now() time.Time { return c.t }

func flashcards(t *testing.T, reviews progress.Reviews) (Flashcards, *flashClock) {
	t.Helper()
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	clock := &flashClock{t: time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC)}
	return Flashcards{Lib: lib(t), Decks: practice.Decks(lib(t), nil), States: practice.States{}, Reviews: reviews,
		Scheduler: sched, NewPerDay: 10, Now: clock.now}, clock
}

func runPractice(t *testing.T, f Flashcards, lines ...string) (string, practice.Tally, error) {
	t.Helper()
	var b strings.Builder
	tally, err := Practice(f, strings.NewReader(strings.Join(lines, "\n")+"\n"), &b)
	return b.String(), tally, err
}

// TestPracticeGradesAreSaved: Enter on the deck list takes the first deck
// with work (All questions, for a new person), Enter shows the answer, a
// number grades it; each grade is saved with its rating and mode, and q
// stops with a summary.
func TestPracticeGradesAreSaved(t *testing.T) {
	mem := progress.NewMemory()
	f, _ := flashcards(t, mem)
	out, tally, err := runPractice(t, f, "", "", "3", "", "1", "q")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if tally.Good != 1 || tally.Again != 1 || tally.Total() != 2 {
		t.Errorf("tally %+v", tally)
	}
	first, second := lib(t).Cards[0], lib(t).Cards[1]
	states, _ := mem.CardStates(lib(t).Track.ID)
	if len(states) != 2 || states[first.ID].Reps != 1 || states[second.ID].Reps != 1 {
		t.Errorf("saved states %+v", states)
	}
	reviews, _ := mem.ReviewsSince(lib(t).Track.ID, time.Time{})
	if len(reviews) != 2 || reviews[0].Rating != int(srs.Good) || reviews[1].Rating != int(srs.Again) ||
		reviews[0].Mode != string(practice.ModeFlashcard) || reviews[0].CardID != first.ID {
		t.Errorf("review log %+v", reviews)
	}
	for _, want := range []string{
		"or press Enter for 1, All questions (q to stop):",
		"Card 1 (left: 0 learning, 0 due, 10 new). General, a new card.",
		"Question: " + clean(first.Question),
		"Grade it: 1 Again (1m), 2 Hard (6m), 3 Good (10m), 4 Easy (8d)",
		"Good. Saved; the card comes back in 10m.",
		"Again. Saved; the card comes back in 1m.",
		"Stopped.\nYou graded 2 cards: Again 1, Hard 0, Good 1, Easy 0. Every grade is saved.\nNew cards today: 2 of 10.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Error("escape codes in plain prompts")
	}
}

// TestPracticeEnterShowsTheAnswer: the back of a card (key points, how to
// answer, the example) is printed only after Enter, and typing an answer
// out before Enter shows it too.
func TestPracticeEnterShowsTheAnswer(t *testing.T) {
	f, _ := flashcards(t, progress.NewMemory())
	card := lib(t).Cards[0]
	point := "  1. " + clean(card.KeyPoints[0].Point)
	out, _, _ := runPractice(t, f, "", "q")
	if strings.Contains(out, point) || strings.Contains(out, "Key points:") {
		t.Errorf("the answer was shown before Enter:\n%s", out)
	}
	out, _, _ = runPractice(t, f, "", "", "q")
	for _, want := range []string{"Key points:\n" + point, "How to answer: ", "Example answer: "} {
		if !strings.Contains(out, want) {
			t.Errorf("after Enter, output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runPractice(t, f, "", "I studied social work and ran intake for a shelter.", "q")
	if !strings.Contains(out, "Key points:\n"+point) {
		t.Errorf("a typed answer did not show the back:\n%s", out)
	}
}

// TestPracticePromptsAgain: a deck or grade that is not one is asked
// again; u takes back the last grade in the store too and shows its card
// again; the end of the input stops as q does.
func TestPracticePromptsAgain(t *testing.T) {
	mem := progress.NewMemory()
	f, _ := flashcards(t, mem)
	out, tally, err := runPractice(t, f, "99", "2", "u", "", "5", "good", "u", "", "4")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{
		`"99" is not one of the decks.`,
		"Studying General.",
		"Nothing to undo yet.",
		`"5" is not a grade; type 1 for Again, 2 Hard, 3 Good or 4 Easy.`,
		"Took back the grade of: " + clean(lib(t).Cards[0].Question),
		"Easy. Saved",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if tally.Easy != 1 || tally.Total() != 1 {
		t.Errorf("tally %+v: the undone Good is still counted", tally)
	}
	reviews, _ := mem.ReviewsSince(lib(t).Track.ID, time.Time{})
	if len(reviews) != 1 || reviews[0].Rating != int(srs.Easy) {
		t.Errorf("review log %+v, want the one Easy", reviews)
	}
}

// TestPracticeDueCardsFirst: cards due come before new ones, their state
// is said, and a deck with nothing in it is not offered.
func TestPracticeDueCardsFirst(t *testing.T) {
	f, clock := flashcards(t, progress.NewMemory())
	due := lib(t).Cards[5].ID
	f.States[due] = practice.State{Card: srs.Card{State: srs.Review, Due: clock.t.Add(-time.Hour), Reps: 3, Stability: 4,
		Difficulty: 5, LastReview: clock.t.AddDate(0, 0, -4)}}
	out, _, _ := runPractice(t, f, "", "", "q")
	if !strings.Contains(out, "1) Due now: 1 due") || strings.Contains(out, "Leeches") {
		t.Errorf("deck list:\n%s", out)
	}
	if !strings.Contains(out, "Studying Due now.") || !strings.Contains(out, "in review, seen 3 times.\nQuestion: "+clean(lib(t).Cards[5].Question)) {
		t.Errorf("the due card is not first:\n%s", out)
	}
}

// TestPracticeWrapsForATerminal: with a width (stdout a terminal) lines
// break between words, a key point's lines hanging under its text; with
// none (a pipe) each paragraph stays one line.
func TestPracticeWrapsForATerminal(t *testing.T) {
	f, _ := flashcards(t, progress.NewMemory())
	f.Width = 39
	out, _, _ := runPractice(t, f, "", "", "q")
	for _, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > 40 { // the prompt's trailing space may reach 40
			t.Errorf("line of %d columns: %q", w, l)
		}
	}
	if !strings.Contains(out, "  2. Summarizes relevant experience\n     with specifics.") {
		t.Errorf("a key point does not hang:\n%s", out)
	}
	f.Width = 0
	out, _, _ = runPractice(t, f, "", "", "q")
	if !strings.Contains(out, "\nHow to answer: Give a two-minute answer in three parts: where you trained, what you have done") {
		t.Errorf("a pipe got wrapped lines:\n%s", out)
	}
}
