package app

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// says fails unless the view, its lines joined, holds every sentence.
func (h *harness) says(want ...string) {
	h.t.Helper()
	for _, w := range want {
		if !strings.Contains(h.flat(), w) {
			h.t.Fatalf("view lacks %q:\n%s", w, h.view())
		}
	}
}

func setting(t testing.TB, h *harness, key string) string {
	t.Helper()
	v, _, err := h.store.Setting(key)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// The settings are changed in place, bounded, saved at once and in force
// from the next card: the daily limit on the practice home, the retention
// in the scheduler's intervals.
func TestSettingsScreen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RoutePractice, nil)
	h.keys("o")
	h.onTop(tui.RouteSettings)
	h.contains("> New cards a day     ‹ 10 ›", "Desired retention   ‹ 90% ›")
	h.says("all 32 questions of this track are started in 4 days")
	h.golden("settings-80x24")

	h.keys("right", "right")
	h.contains("‹ 12 ›", "Saved: 12 new cards a day, 90% retention.")
	h.says("started in 3 days")
	if v := setting(t, h, progress.NewPerDayKey); v != "12" || h.m.c.NewCardsPerDay() != 12 {
		t.Fatalf("stored %q, in force %d", v, h.m.c.NewCardsPerDay())
	}
	h.keys("d")
	h.contains("‹ 10 ›")
	for range 12 {
		h.keys("left")
	}
	h.contains("‹ 0 ›")
	h.says("At 0, flashcards bring in no new cards")
	if strings.Contains(h.view(), "←/h less") {
		t.Error("less is offered at the floor")
	}
	h.keys("right", "right", "right")

	// Retention: bounded at 97%, its cost in days said.
	h.keys("down")
	h.contains("> Desired retention   ‹ 90% ›")
	h.says("comes back after 30 days at 90%")
	for range 10 {
		h.keys("right")
	}
	h.contains("‹ 97% ›")
	h.says("comes back after 7 days at 97%, against 30 days at 90%")
	if v := setting(t, h, progress.RetentionKey); v != "0.97" || h.m.c.Scheduler().Params().DesiredRetention != 0.97 {
		t.Fatalf("retention stored %q, in force %v", v, h.m.c.Scheduler().Params().DesiredRetention)
	}

	// In force: the home offers 3 new cards, and Easy on a new card is
	// sooner than the usual 8 days.
	h.send(tui.BackMsg{})
	h.contains("Today: 0 reviewed · 0 of 3 new cards")
	h.keys("G")
	h.contains("> Settings", "3 new · 97%")
	openDeck(t, h, "all", false)
	h.contains("0 learning · 0 due · 3 new")
	h.keys("space")
	h.contains("4 Easy 2d")
}

func TestSettingsWide(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 200, 60)
	h.open(tui.RouteSettings, nil)
	h.keys("down", "left", "left", "left", "left", "left")
	h.contains("‹ 85% ›", "d default (90%)")
	h.says("against 30 days at 90%")
	h.golden("settings-200x60")
}

// Stored settings are read at start; a value spoiled by hand leaves the
// default in force and says which setting and what would be valid.
func TestSettingsReadBack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	if err := h.store.SetSetting(progress.NewPerDayKey, "4"); err != nil {
		t.Fatal(err)
	}
	if err := h.store.SetSetting(progress.RetentionKey, "1.5"); err != nil {
		t.Fatal(err)
	}
	h.open(tui.RoutePractice, nil)
	h.run(h.m.loadSettings())
	h.contains("0 of 4 new cards", "Practice settings: setting practice.desired_retention is \"1.5\"")
	if r := h.m.c.Scheduler().Params().DesiredRetention; r != 0.9 {
		t.Errorf("retention %v in force, want the default", r)
	}
}
