package srs

import "testing"

func BenchmarkReview(b *testing.B) {
	s := defaultScheduler(b)
	c := Card{State: Review, Stability: 12.5, Difficulty: 5.2, LastReview: t0, Due: t0.Add(12 * day), Reps: 5}
	now := c.Due
	var out Card
	for b.Loop() {
		out, _ = s.Review(c, Good, now)
	}
	_ = out
}

func BenchmarkPreview(b *testing.B) {
	s := defaultScheduler(b)
	c := Card{State: Review, Stability: 12.5, Difficulty: 5.2, LastReview: t0, Due: t0.Add(12 * day), Reps: 5}
	now := c.Due
	var out [4]Card
	for b.Loop() {
		out = s.Preview(c, now)
	}
	_ = out
}
