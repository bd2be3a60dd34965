package store

import (
	"testing"
	"time"
)

func TestCardFlags(t *testing.T) {
	s := newStore(t)
	at := time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
	if f, err := s.CardFlags("t"); err != nil || len(f) != 0 {
		t.Fatalf("fresh store: %v %v", f, err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetSuspended("t", "a", true))
	must(s.Bury("t", "b", at.Add(9*time.Hour)))
	must(s.SetFlagged("t", "b", true))
	must(s.SetFlagged("other", "a", true))
	f, err := s.CardFlags("t")
	must(err)
	if len(f) != 2 || !f["a"].Suspended || f["a"].Flagged || !f["b"].Flagged || !f["b"].BuriedUntil.Equal(at.Add(9*time.Hour)) {
		t.Fatalf("flags %+v", f)
	}
	must(s.SetSuspended("t", "a", false))
	must(s.Bury("t", "b", time.Time{}))
	f, _ = s.CardFlags("t")
	if f["a"].Suspended || !f["b"].BuriedUntil.IsZero() || !f["b"].Flagged {
		t.Fatalf("after clearing %+v", f)
	}
	if err := s.SetFlagged("", "a", true); err == nil {
		t.Error("an empty track was accepted")
	}
}

func TestCardReviews(t *testing.T) {
	s := newStore(t)
	at := time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
	for i, id := range []string{"a", "b", "a"} {
		r := Review{Track: "t", CardID: id, Rating: 3, Mode: "flashcard", ReviewedAt: at.Add(time.Duration(i) * time.Hour),
			After: CardState{Track: "t", CardID: id, State: 2, Due: at.AddDate(0, 0, 2)}}
		if _, err := s.RecordReview(r); err != nil {
			t.Fatal(err)
		}
	}
	h, err := s.CardReviews("t", "a")
	if err != nil || len(h) != 2 || !h[0].ReviewedAt.Equal(at) || !h[1].ReviewedAt.Equal(at.Add(2*time.Hour)) {
		t.Fatalf("history %+v %v", h, err)
	}
}
