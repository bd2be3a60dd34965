package store

import (
	"slices"
	"testing"
	"time"
)

func TestJournalAndStars(t *testing.T) {
	s := newStore(t)
	at := time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
	must(s.SetJournal("t", "balcony", "I spend too long on the dancefloor.", at))
	must(s.SetJournal("t", "balcony", "Less time on the dancefloor now.", at.Add(time.Hour)))
	must(s.SetJournal("t", "authorising", "Who authorises my work?", at))
	j, err := s.Journal("t")
	if err != nil || len(j) != 2 || j["balcony"].Text != "Less time on the dancefloor now." || !j["balcony"].UpdatedAt.Equal(at.Add(time.Hour)) {
		t.Fatalf("journal %+v %v", j, err)
	}
	must(s.SetJournal("t", "authorising", "", at))
	if j, _ := s.Journal("t"); len(j) != 1 {
		t.Fatalf("empty text should remove the entry: %+v", j)
	}

	must(s.SetStarred("t", "ask", "q2", true, at.Add(time.Minute)))
	must(s.SetStarred("t", "ask", "q1", true, at))
	must(s.SetStarred("t", "ask", "q1", true, at.Add(time.Hour))) // starring again keeps the first time
	must(s.SetStarred("other", "ask", "q3", true, at))
	got, err := s.Starred("t", "ask")
	if err != nil || !slices.Equal(got, []string{"q1", "q2"}) {
		t.Fatalf("starred %v %v", got, err)
	}
	must(s.SetStarred("t", "ask", "q1", false, at))
	if got, _ := s.Starred("t", "ask"); !slices.Equal(got, []string{"q2"}) {
		t.Fatalf("after unstarring %v", got)
	}
}
