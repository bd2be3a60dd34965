package app

import (
	"strings"
	"testing"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// seedForecast studies cards on the last days so that their reviews fall
// due over the coming month, and suspends one and buries another.
func seedForecast(t testing.TB, h *harness) {
	t.Helper()
	ids := []string{"tell-me-about-yourself", "why-social-work", "strengths-and-weaknesses", "what-inspired-you",
		"working-with-diverse-populations", "challenging-case", "difficult-client", "handling-a-crisis", "mandatory-reporting",
		"suspected-child-abuse", "prioritizing-caseload", "ensuring-confidentiality"}
	for i, id := range ids {
		if i < 8 {
			// Easy on a new card: back in about a week, a day apart.
			seedReview(t, h, id, srs.Easy, testNow.AddDate(0, 0, -i).Add(-2*time.Hour))
			continue
		}
		// Recalled once more when due: back in a few weeks.
		seedReview(t, h, id, srs.Easy, testNow.AddDate(0, 0, -20-i))
		seedReview(t, h, id, srs.Good, testNow.AddDate(0, 0, -12-i))
	}
	for _, id := range []string{"creating-a-care-plan", "conducting-needs-assessment"} {
		seedReview(t, h, id, srs.Easy, testNow.AddDate(0, 0, -4).Add(-3*time.Hour)) // two more on one day
	}
	track := h.m.c.Lib().Track.ID
	if err := h.store.SetSuspended(track, "why-social-work", true); err != nil {
		t.Fatal(err)
	}
	if err := h.store.Bury(track, "tell-me-about-yourself", practice.DayEnd(testNow)); err != nil {
		t.Fatal(err)
	}
}

func TestStatsForecast(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedForecast(t, h)
	h.open(tui.RouteStats, nil)
	for range 12 {
		h.keys("j")
	}
	h.contains("Reviews due, next 7 and 30 days", "Today", "Tomorrow", "Next 30 days", "Suspended cards and leeches are not counted")
	h.golden("stats-forecast-80x24")

	w := newHarness(t, 200, 60)
	seedForecast(t, w)
	w.open(tui.RouteStats, nil)
	w.contains("Reviews due, next 7 and 30 days", "Next 30 days")
	w.golden("stats-forecast-200x60")

	// Without anything studied, the forecast says what will fill it.
	e := newHarness(t, 80, 24)
	e.open(tui.RouteStats, nil)
	e.keys("pgdown")
	if !strings.Contains(e.flat(), "Nothing falls due in the next 30 days") {
		t.Errorf("empty forecast:\n%s", e.view())
	}
}
