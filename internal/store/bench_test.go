package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

const (
	benchReviews = 100_000
	benchCards   = 1_000
)

// benchStart is when the seeded history begins; reviews are 5 minutes apart,
// so 100,000 of them span about a year.
var benchStart = mustTime("2024-01-01T08:00:00Z")

func benchReview(i int) Review {
	at := benchStart.Add(time.Duration(i) * 5 * time.Minute)
	r := review("social-services", "card-"+itoa(i%benchCards), 1+i%4, at)
	r.After.Due = at.Add(days(1 + i%60))
	r.After.Leech = i%97 == 0
	return r
}

// seededStore returns a store holding benchReviews reviews of benchCards
// cards, built in one transaction (one fsync, not 100,000) and reopened, so
// the benchmark starts from a file as a year of use leaves it.
func seededStore(b *testing.B) (*Store, time.Time) {
	b.Helper()
	dir := b.TempDir()
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	for i := range benchReviews {
		if _, err := recordReviewTx(ctx, tx, benchReview(i)); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if s, err = Open(dir); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	last := benchReview(benchReviews - 1).ReviewedAt
	return s, last
}

func BenchmarkRecordReview(b *testing.B) {
	s, last := seededStore(b)
	i := 0
	for b.Loop() {
		r := benchReview(i)
		r.ReviewedAt = last.Add(time.Duration(i+1) * time.Second)
		if _, err := s.RecordReview(r); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkNextDue(b *testing.B) {
	s, last := seededStore(b)
	now := last.Add(days(20)) // about a third of the cards are due
	n, err := s.DueCount("social-services", now)
	if err != nil || n == 0 || n == benchCards {
		b.Fatalf("due count %d, %v: the benchmark needs some cards due and some not", n, err)
	}
	for b.Loop() {
		if _, ok, err := s.NextDue("social-services", now); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}

func BenchmarkDueCount(b *testing.B) {
	s, last := seededStore(b)
	now := last.Add(days(20))
	for b.Loop() {
		if _, err := s.DueCount("social-services", now); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReviewCountsByDay(b *testing.B) {
	// A year's heat map: every review in the log is read.
	s, last := seededStore(b)
	loc := time.FixedZone("UTC-5", -5*3600)
	for b.Loop() {
		if _, err := s.ReviewCountsByDay("social-services", last.AddDate(-1, 0, 0), last.Add(time.Hour), loc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUndoLastReview(b *testing.B) {
	// Undo and redo, so each iteration undoes a real review.
	s, last := seededStore(b)
	for b.Loop() {
		r, ok, err := s.UndoLastReview("social-services")
		if err != nil || !ok {
			b.Fatal(ok, err)
		}
		r.ReviewedAt = last
		if _, err := s.RecordReview(r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen(b *testing.B) {
	// Startup cost with a year of reviews, quick_check included.
	s, _ := seededStore(b)
	dir := filepath.Dir(s.Path())
	s.Close()
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	if fi, err := os.Stat(s.Path()); err == nil {
		b.ReportMetric(float64(fi.Size())/(1<<20), "MiB")
	}
}
