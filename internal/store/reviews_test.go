package store

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	_ "time/tzdata" // the time-zone tests must not depend on the machine's zoneinfo
)

func itoa(i int) string           { return strconv.Itoa(i) }
func secs(i int) time.Duration    { return time.Duration(i) * time.Second }
func days(n int) time.Duration    { return time.Duration(n) * 24 * time.Hour }
func mustTime(s string) time.Time { t, err := time.Parse(time.RFC3339, s); must(err); return t }
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// review builds a review of card at time at whose After state is due a day
// later; Before is the card's new state.
func review(track, card string, rating int, at time.Time) Review {
	return Review{
		Track: track, CardID: card, Rating: rating, Mode: "flashcard", ReviewedAt: at, DurationMS: 4200,
		Before: CardState{State: 0, Due: at},
		After: CardState{State: 2, Step: 0, Stability: 3.5, Difficulty: 5.25, Due: at.Add(days(1)),
			LastReview: at, Reps: 1, Lapses: 0},
	}
}

func TestRecordReviewRoundTrip(t *testing.T) {
	s := newStore(t)
	r := Review{
		Track: "social-services", CardID: "q-ethics-1", Rating: 3, Mode: "rehearse",
		ReviewedAt: t0.Add(1234567 * time.Microsecond), DurationMS: 93000,
		Before: CardState{State: 1, Step: 1, Stability: 0.4, Difficulty: 6.1, Due: t0, LastReview: t0.Add(-time.Hour), Reps: 2, Lapses: 0},
		After:  CardState{State: 2, Step: 0, Stability: 4.93, Difficulty: 5.99, Due: t0.Add(days(4)), LastReview: t0, Reps: 3, Lapses: 1, Leech: true},
	}
	id, err := s.RecordReview(r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.ReviewsSince("social-services", time.Time{})
	if err != nil || len(got) != 1 {
		t.Fatalf("ReviewsSince = %v, %v", got, err)
	}
	want := r
	want.ID = id
	want.ReviewedAt = r.ReviewedAt.Truncate(time.Millisecond) // stored as milliseconds
	want.Before.Track, want.Before.CardID = r.Track, r.CardID
	want.After.Track, want.After.CardID = r.Track, r.CardID
	if !reflect.DeepEqual(normReview(got[0]), normReview(want)) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got[0], want)
	}
	if got[0].ReviewedAt.Location() != time.UTC {
		t.Errorf("times come back in %v, want UTC", got[0].ReviewedAt.Location())
	}

	states, err := s.CardStates("social-services")
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 1 || !reflect.DeepEqual(normState(states["q-ethics-1"]), normState(want.After)) {
		t.Errorf("CardStates = %+v, want %+v", states, want.After)
	}
	// A second review of the same card replaces the state, keeps both logs.
	r2 := review("social-services", "q-ethics-1", 1, t0.Add(days(4)))
	if _, err := s.RecordReview(r2); err != nil {
		t.Fatal(err)
	}
	states, _ = s.CardStates("social-services")
	if c := states["q-ethics-1"]; c.Reps != 1 || !c.Due.Equal(t0.Add(days(5))) || c.Leech {
		t.Errorf("state after second review = %+v", c)
	}
	if all, _ := s.ReviewsSince("social-services", time.Time{}); len(all) != 2 {
		t.Errorf("%d reviews in the log, want 2", len(all))
	}
	// Other tracks see nothing.
	if other, _ := s.CardStates("other"); len(other) != 0 {
		t.Errorf("other track states = %v", other)
	}
}

// normReview makes times comparable with DeepEqual (same instant, UTC).
func normReview(r Review) Review {
	r.ReviewedAt = r.ReviewedAt.UTC()
	r.Before, r.After = normState(r.Before), normState(r.After)
	return r
}

func normState(c CardState) CardState {
	if !c.Due.IsZero() {
		c.Due = c.Due.UTC()
	}
	if !c.LastReview.IsZero() {
		c.LastReview = c.LastReview.UTC()
	}
	return c
}

func TestRecordReviewRejectsBadInput(t *testing.T) {
	s := newStore(t)
	for _, r := range []Review{
		review("", "c", 3, t0),
		review("t", "", 3, t0),
		review("t", "c", 0, t0),
		review("t", "c", 5, t0),
	} {
		if _, err := s.RecordReview(r); err == nil {
			t.Errorf("RecordReview(%q, %q, rating %d) succeeded", r.Track, r.CardID, r.Rating)
		}
	}
	if rs, _ := s.ReviewsSince("t", time.Time{}); len(rs) != 0 {
		t.Errorf("a rejected review was stored: %v", rs)
	}
}

func TestUndoLastReview(t *testing.T) {
	s := newStore(t)
	if _, ok, err := s.UndoLastReview("t"); ok || err != nil {
		t.Fatalf("undo on empty log = %v, %v", ok, err)
	}
	first := review("t", "a", 3, t0)
	if _, err := s.RecordReview(first); err != nil {
		t.Fatal(err)
	}
	second := Review{
		Track: "t", CardID: "a", Rating: 1, Mode: "flashcard", ReviewedAt: t0.Add(days(1)),
		Before: first.After,
		After:  CardState{State: 3, Step: 0, Stability: 1.1, Difficulty: 7, Due: t0.Add(days(1) + 10*time.Minute), LastReview: t0.Add(days(1)), Reps: 2, Lapses: 1},
	}
	id2, err := s.RecordReview(second)
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.RecordReview(review("other-track", "a", 4, t0.Add(days(2))))
	if err != nil {
		t.Fatal(err)
	}

	// Undo the second review: the state goes back to the first's After.
	undone, ok, err := s.UndoLastReview("t")
	if err != nil || !ok || undone.ID != id2 || undone.Rating != 1 {
		t.Fatalf("undo = %+v %v %v", undone, ok, err)
	}
	states, _ := s.CardStates("t")
	wantState := first.After
	wantState.Track, wantState.CardID = "t", "a"
	if !reflect.DeepEqual(normState(states["a"]), normState(wantState)) {
		t.Errorf("state after undo = %+v, want %+v", states["a"], wantState)
	}
	if n, _ := s.NewCardsReviewedOn("t", t0, time.UTC); n != 1 {
		t.Errorf("first review still counts as new on its day: got %d", n)
	}

	// Undo the first: the card has no reviews left, so it is new again.
	if _, ok, err := s.UndoLastReview("t"); !ok || err != nil {
		t.Fatalf("second undo = %v %v", ok, err)
	}
	if states, _ := s.CardStates("t"); len(states) != 0 {
		t.Errorf("states after undoing every review = %v", states)
	}
	if n, _ := s.NewCardsReviewedOn("t", t0, time.UTC); n != 0 {
		t.Errorf("undone first review still counts as new: %d", n)
	}
	if _, ok, _ := s.UndoLastReview("t"); ok {
		t.Error("undo on a track with no reviews left succeeded")
	}
	// The other track was not touched.
	if rs, _ := s.ReviewsSince("other-track", time.Time{}); len(rs) != 1 || rs[0].ID != other {
		t.Errorf("other track's log = %v", rs)
	}

	// Ids are never reused after an undo.
	id3, err := s.RecordReview(review("t", "b", 3, t0.Add(days(3))))
	if err != nil || id3 <= other {
		t.Errorf("id after undo = %d (last issued %d), %v", id3, other, err)
	}
}

func TestUndoLastReviewSince(t *testing.T) {
	s := newStore(t)
	if _, err := s.RecordReview(review("t", "a", 3, t0)); err != nil {
		t.Fatal(err)
	}
	sessionStart := t0.Add(time.Hour)
	if _, ok, err := s.UndoLastReviewSince("t", sessionStart); ok || err != nil {
		t.Fatalf("undo reached before the session: %v %v", ok, err)
	}
	if rs, _ := s.ReviewsSince("t", time.Time{}); len(rs) != 1 {
		t.Fatal("a refused undo deleted the review")
	}
	if _, err := s.RecordReview(review("t", "b", 3, sessionStart)); err != nil {
		t.Fatal(err)
	}
	if r, ok, err := s.UndoLastReviewSince("t", sessionStart); !ok || err != nil || r.CardID != "b" {
		t.Fatalf("undo in session = %+v %v %v", r, ok, err)
	}
}

func TestUndoIsLastRecordedNotLatestTime(t *testing.T) {
	// The clock may jump back between two reviews; undo still takes the one
	// just made.
	s := newStore(t)
	if _, err := s.RecordReview(review("t", "a", 3, t0.Add(time.Hour))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordReview(review("t", "b", 3, t0)); err != nil {
		t.Fatal(err)
	}
	if r, _, _ := s.UndoLastReview("t"); r.CardID != "b" {
		t.Errorf("undid %q, want the last recorded b", r.CardID)
	}
}

func TestNextDueAndDueCount(t *testing.T) {
	s := newStore(t)
	now := t0.Add(days(10))
	put := func(card string, due time.Time, leech bool) {
		t.Helper()
		r := review("t", card, 3, t0)
		r.After.Due, r.After.Leech = due, leech
		if _, err := s.RecordReview(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, err := s.NextDue("t", now); ok || err != nil {
		t.Fatalf("NextDue on empty = %v %v", ok, err)
	}
	put("late", now.Add(time.Hour), false) // not yet due
	put("leech", now.Add(-days(9)), true)  // most overdue, but a leech
	put("b", now.Add(-days(2)), false)     // due
	put("a", now.Add(-days(2)), false)     // same due as b: id breaks the tie
	put("exact", now, false)               // due exactly now counts
	put("old", now.Add(-days(3)), false)   // most overdue non-leech
	put("zero", time.Time{}, false)        // zero due: due at once

	var order []string
	for {
		id, ok, err := s.NextDue("t", now)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		order = append(order, id)
		// Review it: due in the future now.
		r := review("t", id, 3, now)
		r.After.Due = now.Add(days(30))
		if _, err := s.RecordReview(r); err != nil {
			t.Fatal(err)
		}
		if len(order) > 10 {
			t.Fatal("NextDue does not advance")
		}
	}
	want := []string{"zero", "old", "a", "b", "exact"}
	if !reflect.DeepEqual(order, want) {
		t.Errorf("NextDue order = %v, want %v", order, want)
	}
	if n, err := s.DueCount("t", now); n != 0 || err != nil {
		t.Errorf("DueCount after reviewing all = %d %v", n, err)
	}
	if n, _ := s.DueCount("t", now.Add(days(31))); n != 6 {
		t.Errorf("DueCount a month on = %d, want 6 (leech excluded)", n)
	}
	if n, _ := s.DueCount("other", now.Add(days(31))); n != 0 {
		t.Errorf("DueCount of another track = %d", n)
	}
}

func TestReviewCountsByDayAcrossTimeZones(t *testing.T) {
	s := newStore(t)
	// Times in UTC; 03:30 UTC is the evening before in New York and the
	// same morning in Tokyo.
	at := []string{
		"2025-03-08T03:30:00Z", // NY 3/7 22:30 (EST), Tokyo 3/8 12:30
		"2025-03-08T15:00:00Z", // NY 3/8 10:00, Tokyo 3/9 00:00
		"2025-03-09T06:59:00Z", // NY 3/9 01:59 (still EST), Tokyo 3/9 15:59
		"2025-03-09T07:01:00Z", // NY 3/9 03:01 EDT: after the DST jump, same day
		"2025-03-10T03:59:59Z", // NY 3/9 23:59:59 EDT, Tokyo 3/10 12:59
		"2025-03-10T04:00:00Z", // NY 3/10 00:00 EDT
	}
	for i, a := range at {
		if _, err := s.RecordReview(review("t", "c"+itoa(i), 3, mustTime(a))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RecordReview(review("other", "x", 3, mustTime(at[0]))); err != nil {
		t.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	from, to := mustTime("2025-03-01T00:00:00Z"), mustTime("2025-04-01T00:00:00Z")
	for _, c := range []struct {
		loc  *time.Location
		want map[string]int
	}{
		{ny, map[string]int{"2025-03-07": 1, "2025-03-08": 1, "2025-03-09": 3, "2025-03-10": 1}},
		{tokyo, map[string]int{"2025-03-08": 1, "2025-03-09": 3, "2025-03-10": 2}},
		{nil, map[string]int{"2025-03-08": 2, "2025-03-09": 2, "2025-03-10": 2}},
	} {
		got, err := s.ReviewCountsByDay("t", from, to, c.loc)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: got %v, want %v", c.loc, got, c.want)
		}
	}
	// [from, to) is half open.
	got, _ := s.ReviewCountsByDay("t", mustTime(at[1]), mustTime(at[5]), time.UTC)
	if want := map[string]int{"2025-03-08": 1, "2025-03-09": 2, "2025-03-10": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("half-open range: got %v, want %v", got, want)
	}
}

func TestNewCardsReviewedOn(t *testing.T) {
	s := newStore(t)
	ny, _ := time.LoadLocation("America/New_York")
	day1 := mustTime("2025-03-08T15:00:00Z") // 10:00 in New York
	// a and b first seen on day 1 (a reviewed again later), c on day 2;
	// d late in the New York evening, which is already the next UTC day.
	for _, r := range []Review{
		review("t", "a", 3, day1),
		review("t", "b", 1, day1.Add(time.Minute)),
		review("t", "a", 3, day1.Add(days(1))),
		review("t", "c", 3, day1.Add(days(1))),
		review("t", "d", 3, mustTime("2025-03-09T03:00:00Z")), // NY 3/8 22:00
		review("other", "z", 3, day1),
	} {
		if _, err := s.RecordReview(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		day  time.Time
		loc  *time.Location
		want int
	}{
		{day1, ny, 3},                    // a, b, d
		{day1, time.UTC, 2},              // a, b (d is 3/9 in UTC)
		{day1.Add(days(1)), ny, 1},       // c only: a was not new
		{day1.Add(days(1)), time.UTC, 2}, // c and d
		{day1.Add(days(2)), ny, 0},
	} {
		if got, err := s.NewCardsReviewedOn("t", c.day, c.loc); got != c.want || err != nil {
			t.Errorf("NewCardsReviewedOn(%v in %v) = %d %v, want %d", c.day, c.loc, got, err, c.want)
		}
	}
}

func TestReviewsSince(t *testing.T) {
	s := newStore(t)
	// Recorded out of time order: the result is in time order.
	for _, h := range []int{5, 1, 3, 2, 4} {
		if _, err := s.RecordReview(review("t", "c"+itoa(h), 3, t0.Add(time.Duration(h)*time.Hour))); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := s.ReviewsSince("t", t0.Add(3*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var cards []string
	for _, r := range rs {
		cards = append(cards, r.CardID)
	}
	if want := []string{"c3", "c4", "c5"}; !reflect.DeepEqual(cards, want) {
		t.Errorf("ReviewsSince = %v, want %v", cards, want)
	}
	if all, _ := s.ReviewsSince("t", time.Time{}); len(all) != 5 {
		t.Errorf("zero since gave %d reviews, want 5", len(all))
	}
}

func TestTwoStoresWriteConcurrently(t *testing.T) {
	// Two rungs on one data dir (two *Store, two connection pools), each
	// recording 200 reviews from two goroutines: every one lands and none
	// fails with "database is locked".
	dir := t.TempDir()
	a, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const per = 200
	var wg sync.WaitGroup
	errs := make(chan error, 4*per)
	ids := make(chan int64, 4*per)
	for w, s := range []*Store{a, a, b, b} {
		wg.Go(func() {
			for i := range per / 2 {
				card := fmt.Sprintf("w%d-c%d", w, i%20)
				id, err := s.RecordReview(review("t", card, 1+i%4, t0.Add(secs(i))))
				if err != nil {
					errs <- err
					continue
				}
				ids <- id
				// Readers interleave with the writers too.
				if _, _, err := s.NextDue("t", t0); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	close(ids)
	for err := range errs {
		t.Error(err)
	}
	seen := map[int64]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("id %d handed out twice", id)
		}
		seen[id] = true
	}
	if len(seen) != 2*per {
		t.Errorf("%d reviews recorded, want %d", len(seen), 2*per)
	}
	rs, err := b.ReviewsSince("t", time.Time{})
	if err != nil || len(rs) != 2*per {
		t.Errorf("log holds %d reviews, %v; want %d", len(rs), err, 2*per)
	}
	if states, _ := a.CardStates("t"); len(states) != 80 {
		t.Errorf("%d card states, want 80", len(states))
	}
}

func TestQueriesUseIndexes(t *testing.T) {
	// The hot queries must not scan or sort the review log or the card
	// table: checked on the very SQL the store runs.
	s := newStore(t)
	for _, q := range []struct {
		name, sql, want string
		args            []any
	}{
		{"NextDue", qNextDue, "card_states_due", []any{"t", 1}},
		{"DueCount", qDueCount, "card_states_due", []any{"t", 1}},
		{"NewCardsReviewedOn", qNewCards, "card_states_first", []any{"t", 0, 1}},
		{"ReviewCountsByDay: span", qReviewSpan, "reviews_by_time", []any{"t", 0, 1}},
		{"ReviewCountsByDay: counts", qDayCounts, "reviews_by_time (track=? AND reviewed_at>? AND reviewed_at<?)", []any{"t", "[]"}},
		{"ReviewsSince", qReviewsSince, "reviews_by_time", []any{"t", 0}},
		{"undo: card's first review", qFirstReview, "reviews_by_card", []any{"t", "c"}},
		{"undo: last review", qLastReview, "SCAN reviews", []any{"t"}},
	} {
		rows, err := s.db.Query("EXPLAIN QUERY PLAN "+q.sql, q.args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if p := strings.Join(plan, "; "); !strings.Contains(p, q.want) || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("%s: plan %q, want %s and no sort", q.name, p, q.want)
		}
	}
}

func TestDaysWhereDSTSkipsMidnight(t *testing.T) {
	// In Santiago the clocks go from 00:00 to 01:00 on 2024-09-08 (that day
	// starts at 01:00 and lasts 23 hours) and from 00:00 back to 23:00 on
	// 2025-04-06 (2025-04-05 lasts 25 hours).
	scl, err := time.LoadLocation("America/Santiago")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := midnight(2024, 9, 8, scl), mustTime("2024-09-08T04:00:00Z"); !got.Equal(want) {
		t.Errorf("midnight(2024-09-08) = %v, want %v", got.UTC(), want)
	}
	if got, want := midnight(2024, 8, 39, scl), mustTime("2024-09-08T04:00:00Z"); !got.Equal(want) {
		t.Errorf("midnight(2024-08-39) = %v, want %v (normalised)", got.UTC(), want)
	}
	s := newStore(t)
	at := []string{
		"2024-09-08T03:59:59Z", // 09-07 23:59:59 -04
		"2024-09-08T04:00:00Z", // 09-08 01:00 -03, the day's first instant
		"2024-09-09T02:59:00Z", // 09-08 23:59 -03
		"2024-09-09T03:00:00Z", // 09-09 00:00 -03
		"2025-04-06T02:30:00Z", // 04-05 23:30 -03
		"2025-04-06T03:30:00Z", // 04-05 23:30 -04, the repeated hour
		"2025-04-06T04:00:00Z", // 04-06 00:00 -04
	}
	for i, a := range at {
		if _, err := s.RecordReview(review("t", "c"+itoa(i), 3, mustTime(a))); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.ReviewCountsByDay("t", mustTime("2024-01-01T00:00:00Z"), mustTime("2026-01-01T00:00:00Z"), scl)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"2024-09-07": 1, "2024-09-08": 2, "2024-09-09": 1, "2025-04-05": 2, "2025-04-06": 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("counts = %v, want %v", got, want)
	}
	for day, n := range want {
		d, _ := time.ParseInLocation(time.DateOnly, day, scl)
		if got, err := s.NewCardsReviewedOn("t", d.Add(12*time.Hour), scl); got != n || err != nil {
			t.Errorf("NewCardsReviewedOn(%s) = %d %v, want %d", day, got, err, n)
		}
	}
}

func TestReviewCountsByDayEdges(t *testing.T) {
	s := newStore(t)
	if got, err := s.ReviewCountsByDay("t", t0, t0.Add(days(1)), time.UTC); err != nil || len(got) != 0 {
		t.Errorf("empty log = %v %v", got, err)
	}
	if _, err := s.RecordReview(review("t", "a", 3, t0)); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ReviewCountsByDay("t", t0.Add(time.Hour), t0, time.UTC); len(got) != 0 {
		t.Errorf("to before from = %v", got)
	}
	// A zero from ("since forever") must not build a bucket per day since
	// year 1.
	if got, _ := s.ReviewCountsByDay("t", time.Time{}, t0.Add(time.Millisecond), nil); !reflect.DeepEqual(got, map[string]int{"2025-03-01": 1}) {
		t.Errorf("since forever = %v", got)
	}
}
