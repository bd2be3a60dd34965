package practice

import (
	"slices"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
)

func TestGradeLeechRule(t *testing.T) {
	s := newScheduler(t)
	inReview := func(lapses int, leech bool) State {
		return State{Card: srs.Card{State: srs.Review, Stability: 3, Difficulty: 6, Due: deckNow, LastReview: deckNow.Add(-72 * time.Hour),
			Reps: 10 + lapses, Lapses: lapses}, Leech: leech}
	}
	tests := []struct {
		name      string
		before    State
		rating    srs.Rating
		leech     bool
		lapses    int
		wantState srs.State
	}{
		{"seventh lapse is not yet a leech", inReview(6, false), srs.Again, false, 7, srs.Relearning},
		{"eighth lapse makes a leech", inReview(7, false), srs.Again, true, 8, srs.Relearning},
		{"good on a card with 7 lapses", inReview(7, false), srs.Good, false, 7, srs.Review},
		{"a leech lapsing again stays one", inReview(8, true), srs.Again, true, 9, srs.Relearning},
		{"a leech graded hard stays one", inReview(8, true), srs.Hard, true, 8, srs.Review},
		{"a leech graded good is released", inReview(8, true), srs.Good, false, 8, srs.Review},
		{"a released card lapsing to 12 is marked again", inReview(11, false), srs.Again, true, 12, srs.Relearning},
		{"10 lapses is not a mark", inReview(9, false), srs.Again, false, 10, srs.Relearning},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Grade(s, tt.before, tt.rating, deckNow)
			if got.Leech != tt.leech || got.Lapses != tt.lapses || got.State != tt.wantState {
				t.Errorf("Grade = leech %v, lapses %d, state %v; want %v, %d, %v", got.Leech, got.Lapses, got.State, tt.leech, tt.lapses, tt.wantState)
			}
		})
	}
}

func TestGradeNewCard(t *testing.T) {
	s := newScheduler(t)
	got := Grade(s, State{}, srs.Good, deckNow)
	if got.State != srs.Learning || got.Reps != 1 || !got.Due.Equal(deckNow.Add(10*time.Minute)) || !got.LastReview.Equal(deckNow) {
		t.Errorf("new card graded Good: %+v", got)
	}
}

// A grade changes the schedule, never what the person set on the card.
func TestGradeKeepsFlags(t *testing.T) {
	s := newScheduler(t)
	until := DayEnd(deckNow)
	got := Grade(s, State{Flagged: true, Suspended: true, BuriedUntil: until}, srs.Good, deckNow)
	if !got.Flagged || !got.Suspended || !got.BuriedUntil.Equal(until) || got.State != srs.Learning {
		t.Errorf("flags lost: %+v", got)
	}
}

func TestIntervalsOnButtons(t *testing.T) {
	s := newScheduler(t)
	got := Intervals(s, State{}, deckNow)
	var labels []string
	for _, d := range got {
		labels = append(labels, srs.FormatInterval(d))
	}
	// A new card with the default steps (1m, 10m): Again 1m, Hard halfway
	// (5.5m, shown rounded), Good the second step, Easy straight to review.
	want := []string{"1m", "6m", "10m", "8d"}
	if !slices.Equal(labels, want) {
		t.Errorf("new card buttons %v, want %v", labels, want)
	}
	for i := 1; i < 4; i++ {
		if got[i] < got[i-1] {
			t.Errorf("interval %d (%v) shorter than %d (%v)", i, got[i], i-1, got[i-1])
		}
	}
}

// answerAll takes every card the session offers at now and grades it r,
// keeping ss up to date; it returns the cards shown, in order.
func answerAll(t *testing.T, s *srs.Scheduler, sess *Session, ss States, r srs.Rating, now time.Time) []string {
	t.Helper()
	var shown []string
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("session never ends")
		}
		id, ok := sess.Next(now)
		if !ok {
			return shown
		}
		shown = append(shown, id)
		after := Grade(s, ss[id], r, now)
		ss[id] = after
		sess.Answer(id, r, after, now)
	}
}

func TestSessionOrderAndNewLimit(t *testing.T) {
	lib := deckLib(t)
	s := newScheduler(t)
	deck := deckByID(t, Decks(lib, nil), "category/general")
	ss := States{
		"why-social-work":                  {Card: srs.Card{State: srs.Review, Stability: 4, Difficulty: 5, Due: deckNow.Add(-2 * time.Hour), LastReview: deckNow.Add(-96 * time.Hour), Reps: 2}},
		"strengths-and-weaknesses":         {Card: srs.Card{State: srs.Review, Stability: 4, Difficulty: 5, Due: deckNow.Add(-48 * time.Hour), LastReview: deckNow.Add(-144 * time.Hour), Reps: 2}},
		"working-with-diverse-populations": {Card: srs.Card{State: srs.Learning, Step: 1, Stability: 1, Difficulty: 5, Due: deckNow.Add(-time.Minute), LastReview: deckNow.Add(-11 * time.Minute), Reps: 1}},
	}
	sess := NewSession(deck, ss, deckNow, 1, false)
	learning, review, fresh := sess.Left()
	if learning != 1 || review != 2 || fresh != 1 {
		t.Fatalf("Left = %d %d %d, want 1 2 1 (the new-card limit is 1)", learning, review, fresh)
	}
	var order []string
	for range 4 {
		id, ok := sess.Next(deckNow)
		if !ok {
			t.Fatal("session ended early")
		}
		order = append(order, id)
		sess.Answer(id, srs.Easy, Grade(s, ss[id], srs.Easy, deckNow), deckNow)
	}
	want := []string{"working-with-diverse-populations", "strengths-and-weaknesses", "why-social-work", "tell-me-about-yourself"}
	if !slices.Equal(order, want) {
		t.Errorf("order %v, want learning, most overdue review, review, new: %v", order, want)
	}
	if _, ok := sess.Next(deckNow); ok {
		t.Error("session goes on after its cards")
	}
	if sess.NewShown() != 1 || sess.NewLeft() != 0 || sess.Reviewed() != 4 || sess.Tally().Easy != 4 {
		t.Errorf("new shown %d, left %d, reviewed %d, tally %+v", sess.NewShown(), sess.NewLeft(), sess.Reviewed(), sess.Tally())
	}

	// The due deck never introduces new cards; a limit of 0 none either.
	due := deckByID(t, Decks(lib, nil), "due")
	if _, _, f := NewSession(due, States{}, deckNow, 10, false).Left(); f != 0 {
		t.Errorf("due deck has %d new cards", f)
	}
	if _, _, f := NewSession(deck, States{}, deckNow, 0, false).Left(); f != 0 {
		t.Errorf("limit 0 gives %d new cards", f)
	}
}

func TestSessionLearningComesBack(t *testing.T) {
	lib := deckLib(t)
	s := newScheduler(t)
	deck := deckByID(t, Decks(lib, nil), "category/situational")
	ss := States{}
	sess := NewSession(deck, ss, deckNow, 10, false)
	// Good on three new cards: each goes to its 10-minute step and comes back
	// (learn ahead, nothing else left), then Good again graduates it.
	shown := answerAll(t, s, sess, ss, srs.Good, deckNow)
	if len(shown) != 6 {
		t.Fatalf("shown %v, want each of 3 cards twice", shown)
	}
	for _, id := range deck.Cards {
		if st := ss[id]; st.State != srs.Review || st.Reps != 2 {
			t.Errorf("%s: state %v reps %d, want Review after two Goods", id, st.State, st.Reps)
		}
	}
	// Again puts a card back at the first step (1 minute).
	ss2 := States{}
	sess2 := NewSession(deck, ss2, deckNow, 10, false)
	id, _ := sess2.Next(deckNow)
	ss2[id] = Grade(s, ss2[id], srs.Again, deckNow)
	sess2.Answer(id, srs.Again, ss2[id], deckNow)
	if next, _ := sess2.Next(deckNow); next == id {
		t.Error("a card graded Again came straight back before the other new cards")
	}
	if next, _ := sess2.Next(deckNow.Add(2 * time.Minute)); next != id {
		t.Errorf("after its 1m step, next is %s, want %s", next, id)
	}
}

func TestSessionUndo(t *testing.T) {
	lib := deckLib(t)
	s := newScheduler(t)
	deck := deckByID(t, Decks(lib, nil), "category/legal-ethical")
	ss := States{}
	sess := NewSession(deck, ss, deckNow, 1, false)
	if sess.CanUndo() {
		t.Error("a fresh session can undo")
	}
	id, _ := sess.Next(deckNow)
	before := ss[id]
	after := Grade(s, before, srs.Easy, deckNow)
	sess.Answer(id, srs.Easy, after, deckNow)
	if _, ok := sess.Next(deckNow); ok {
		t.Fatal("limit 1: a second new card was offered")
	}
	got, ok := sess.Undo()
	if !ok || got != id {
		t.Fatalf("Undo = %q %v, want %q", got, ok, id)
	}
	if next, _ := sess.Next(deckNow); next != id {
		t.Errorf("after undo next is %q, want %q", next, id)
	}
	if sess.NewLeft() != 1 || sess.NewShown() != 0 || sess.Reviewed() != 0 || sess.Tally().Total() != 0 {
		t.Errorf("after undo: new left %d shown %d reviewed %d", sess.NewLeft(), sess.NewShown(), sess.Reviewed())
	}
	if _, ok := sess.Undo(); ok {
		t.Error("undo twice")
	}
}

func TestCramChangesNothing(t *testing.T) {
	lib := deckLib(t)
	deck := deckByID(t, Decks(lib, nil), "category/legal-ethical")
	ss := States{"mandatory-reporting": {Card: srs.Card{State: srs.Review, Stability: 30, Difficulty: 4,
		Due: deckNow.Add(20 * 24 * time.Hour), LastReview: deckNow.Add(-10 * 24 * time.Hour), Reps: 4}}}
	frozen := States{"mandatory-reporting": ss["mandatory-reporting"]}
	sess := NewSession(deck, ss, deckNow, 0, true)
	var shown []string
	for i := 0; i < 10; i++ {
		id, ok := sess.Next(deckNow)
		if !ok {
			break
		}
		shown = append(shown, id)
		r := srs.Good
		if i == 0 {
			r = srs.Again // the first card comes back at the end
		}
		sess.Answer(id, r, State{}, deckNow)
	}
	want := []string{"ensuring-confidentiality", "mandatory-reporting", "ensuring-confidentiality"}
	if !slices.Equal(shown, want) {
		t.Errorf("cram order %v, want %v (every card, new and not due too, Again again at the end)", shown, want)
	}
	if len(ss) != 1 || ss["mandatory-reporting"] != frozen["mandatory-reporting"] {
		t.Errorf("cram changed states: %+v", ss)
	}
	if got := sess.Tally(); got.Again != 1 || got.Good != 2 {
		t.Errorf("tally %+v", got)
	}
}

func TestLeechDeckSession(t *testing.T) {
	lib := deckLib(t)
	decks := Decks(lib, nil)
	leech := State{Card: srs.Card{State: srs.Review, Stability: 2, Difficulty: 9, Due: deckNow.Add(72 * time.Hour),
		LastReview: deckNow.Add(-24 * time.Hour), Reps: 20, Lapses: 8}, Leech: true}
	ss := States{"mandatory-reporting": leech}
	// Not due anywhere, and not in the daily reviews even when its date comes.
	later := deckNow.Add(96 * time.Hour)
	for _, id := range []string{"all", "due", "category/legal-ethical"} {
		sess := NewSession(deckByID(t, decks, id), ss, later, 0, false)
		if l, r, _ := sess.Left(); l+r != 0 {
			t.Errorf("deck %s offers the leech", id)
		}
	}
	// The leech deck shows it, due or not.
	sess := NewSession(deckByID(t, decks, "leeches"), ss, deckNow, 10, false)
	if id, ok := sess.Next(deckNow); !ok || id != "mandatory-reporting" {
		t.Errorf("leech deck next = %q %v", id, ok)
	}
	if _, _, f := sess.Left(); f != 0 {
		t.Error("leech deck offers new cards")
	}
}

// TestSimulatedWeek reviews the whole deck every evening for a week with
// Good, three new cards a day, on an injected clock, and checks that the
// intervals grow and the due counts behave: the new cards come in three a
// day, nothing is due right after a session, a graduated card is not due
// again the next day, and a card seen again has a longer interval each time.
func TestSimulatedWeek(t *testing.T) {
	lib := deckLib(t)
	s := newScheduler(t)
	deck := deckByID(t, Decks(lib, nil), "all")
	const newPerDay = 3
	ss := States{}
	lastInterval := map[string]time.Duration{}
	grew := 0
	var dueBefore, shownPerDay []int
	for day := 0; day < 7; day++ {
		now := deckNow.Add(time.Duration(day) * 24 * time.Hour)
		c := deck.Count(ss, now)
		dueBefore = append(dueBefore, c.Due)
		if want := len(deck.Cards) - newPerDay*day; c.New != want {
			t.Errorf("day %d: %d new, want %d", day+1, c.New, want)
		}
		sess := NewSession(deck, ss, now, newPerDay, false)
		if _, review, fresh := sess.Left(); review != c.Due || fresh != newPerDay {
			t.Errorf("day %d: session has %d reviews and %d new, deck counts %d due", day+1, review, fresh, c.Due)
		}
		shown := answerAll(t, s, sess, ss, srs.Good, now)
		shownPerDay = append(shownPerDay, len(shown))
		if after := deck.Count(ss, now); after.Due != 0 {
			t.Errorf("day %d: %d still due after the session", day+1, after.Due)
		}
		if next := deck.Count(ss, DayEnd(now).Add(-time.Minute)); next.Due != 0 {
			t.Errorf("day %d: %d cards due again before tomorrow", day+1, next.Due)
		}
		for id, st := range ss {
			if st.State != srs.Review {
				t.Errorf("day %d: %s in %v after the session", day+1, id, st.State)
				continue
			}
			ivl := st.Due.Sub(st.LastReview)
			if prev, ok := lastInterval[id]; ok && st.LastReview.Equal(now) {
				if ivl <= prev {
					t.Errorf("day %d: %s interval %v did not grow from %v", day+1, id, ivl, prev)
				}
				grew++
			}
			lastInterval[id] = ivl
		}
	}
	if grew == 0 {
		t.Error("no card was reviewed twice in a week")
	}
	// Day 1 has nothing due; from day 3 the first day's cards come back.
	if dueBefore[0] != 0 || dueBefore[1] != 0 || dueBefore[2] != newPerDay {
		t.Errorf("due per day %v, want 0, 0, %d, ...", dueBefore, newPerDay)
	}
	t.Logf("due at the start of each day: %v; cards shown per day (new cards twice): %v", dueBefore, shownPerDay)
}

func TestNextDueAndRehearseOrder(t *testing.T) {
	lib := deckLib(t)
	deck := deckByID(t, Decks(lib, nil), "category/general")
	rv := func(due time.Duration) State {
		return State{Card: srs.Card{State: srs.Review, Stability: 3, Difficulty: 5, Due: deckNow.Add(due), LastReview: deckNow.Add(-72 * time.Hour), Reps: 2}}
	}
	ss := States{
		"tell-me-about-yourself":   rv(48 * time.Hour),
		"why-social-work":          rv(-time.Hour),
		"strengths-and-weaknesses": rv(12 * time.Hour), // tomorrow 06:30: due from 04:00
		"what-inspired-you":        {Card: rv(-2 * time.Hour).Card, Leech: true},
	}
	got, ok := NextDue(deck, ss, deckNow)
	if !ok || !got.Equal(time.Date(2026, 11, 23, DayRollover, 0, 0, 0, time.UTC)) {
		t.Errorf("NextDue = %v %v", got, ok)
	}
	order := RehearseOrder(deck, ss, deckNow)
	want := []string{"why-social-work", "working-with-diverse-populations", "strengths-and-weaknesses", "tell-me-about-yourself", "what-inspired-you"}
	if !slices.Equal(order, want) {
		t.Errorf("RehearseOrder = %v, want due, new, by due, leech last: %v", order, want)
	}
	if _, ok := NextDue(deck, States{}, deckNow); ok {
		t.Error("NextDue with nothing scheduled")
	}
}

// TestStudyDays: a card in review falls due when its study day begins (at
// DayRollover), one in learning at its minute.
func TestStudyDays(t *testing.T) {
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, time.UTC) }
	for _, c := range []struct {
		now, end time.Time
	}{
		{at(23, 19, 0), at(24, DayRollover, 0)},
		{at(24, 1, 30), at(24, DayRollover, 0)}, // after midnight is still the evening before
		{at(24, DayRollover, 0), at(25, DayRollover, 0)},
	} {
		if got := DayEnd(c.now); !got.Equal(c.end) {
			t.Errorf("DayEnd(%v) = %v, want %v", c.now, got, c.end)
		}
	}
	for _, c := range []struct {
		name  string
		state srs.State
		due   time.Time
		want  time.Time
	}{
		{"review in the evening", srs.Review, at(25, 19, 15), at(25, DayRollover, 0)},
		{"review after midnight", srs.Review, at(26, 2, 0), at(25, DayRollover, 0)},
		{"learning", srs.Learning, at(25, 19, 15), at(25, 19, 15)},
		{"relearning", srs.Relearning, at(25, 19, 15), at(25, 19, 15)},
	} {
		st := State{Card: srs.Card{State: c.state, Due: c.due}}
		if got := st.AvailableAt(); !got.Equal(c.want) {
			t.Errorf("%s: AvailableAt = %v, want %v", c.name, got, c.want)
		}
		ss := States{"x": st}
		if !ss.IsDue("x", c.want) || ss.IsDue("x", c.want.Add(-time.Minute)) {
			t.Errorf("%s: not due from exactly %v", c.name, c.want)
		}
	}
}
