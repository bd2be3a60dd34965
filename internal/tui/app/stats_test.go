package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

func openStats(t testing.TB, w, hgt int, seed bool) *harness {
	t.Helper()
	h := newHarness(t, w, hgt)
	if seed {
		seedHistory(t, h)
	}
	h.open(tui.RoutePractice, nil)
	h.keys("s")
	h.onTop(tui.RouteStats)
	return h
}

func TestStatsEmpty(t *testing.T) {
	t.Parallel()
	h := openStats(t, 80, 24, false)
	h.contains("Reviews, last 12 weeks", "No reviews yet", "Not measured yet")
	h.keys("G")
	h.contains("No saved assessments yet")
}

func TestStats80(t *testing.T) {
	t.Parallel()
	h := openStats(t, 80, 24, true)
	h.contains("Reviews, last 12 weeks", "Mon", "Sun", "· none  ░ 1-5", "streak")
	// Every glyph of the map is one of the legend's (or a future day's blank).
	v := h.view()
	for _, g := range []string{"░", "▒"} {
		if !strings.Contains(v, g) {
			t.Errorf("heatmap has no %q cell:\n%s", g, v)
		}
	}
	h.golden("stats-80x24")
	h.keys("G")
	h.contains("Retention, last 30 days", "Cards by state (32 in all)", "Readiness history", "62%  Social Services Supervisor")
}

func TestStats120(t *testing.T) {
	t.Parallel()
	h := openStats(t, 120, 40, true)
	h.contains("Retention, last 30 days", "Cards by state", "Readiness history", "oldest to newest")
	h.golden("stats-120x40")
}

func TestStatsFigures(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	// Three reviews today, one yesterday; in review state one pass and one
	// lapse in the last 30 days.
	seedReview(t, h, "why-social-work", srs.Easy, testNow.Add(-20*24*time.Hour)) // learning -> review
	seedReview(t, h, "why-social-work", srs.Good, testNow.Add(-24*time.Hour))    // review, passed
	seedReview(t, h, "why-social-work", srs.Again, testNow.Add(-time.Hour))      // review, lapsed
	seedReview(t, h, "tell-me-about-yourself", srs.Good, testNow.Add(-2*time.Hour))
	seedReview(t, h, "tell-me-about-yourself", srs.Good, testNow.Add(-time.Hour))
	h.open(tui.RouteStats, nil)
	h.contains("5 reviews on 3 days · 3 today · streak 2 days",
		"50%: you remembered 1 of 2 cards", "New", "30", "Relearning     1")
}
