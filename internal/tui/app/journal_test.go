package app

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// TestJournalFromAPrompt: a digit on an insight opens a new entry on that
// prompt; ctrl+s keeps it with the person's progress; leaving with
// unsaved text asks first; coming back lists the entry by date, and the
// insight says how many there are.
func TestJournalFromAPrompt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	in := h.m.c.Lib().Perspective.Insights[0]
	pid := in.PromptIDs()[1]
	h.open(tui.RouteInsight, 0)
	h.keys("G")
	h.contains("Press 1-4 to write about one in your journal", "1-4 write about a question")
	h.keys("2")
	h.onTop(tui.RouteJournal)
	if !h.typing() {
		t.Fatal("the entry should take every key")
	}
	h.contains("The balcony and the dancefloor", "When did you last sit in on a home visit", "Not saved yet",
		"ctrl+s save")
	h.keys("ctrl+s") // nothing typed: nothing saved
	if !h.m.status.err || !strings.Contains(h.m.status.text, "Write something first") {
		t.Errorf("saving nothing: status %q", h.m.status.text)
	}
	h.typeText("I sat in on intake; q and ? are typed.")
	h.keys("esc")
	h.contains("Leave and lose the journal entry you typed?")
	h.keys("n", "ctrl+s")
	h.contains("Saved with your progress")
	j, err := h.store.Journal(h.m.c.Lib().Track.ID)
	if err != nil {
		t.Fatal(err)
	}
	es := progress.PromptEntries(j, pid)
	if len(es) != 1 || es[0].Text != "I sat in on intake; q and ? are typed." || !progress.JournalBegun(es[0]).Equal(testNow) {
		t.Fatalf("kept %+v", es)
	}
	// Changed again, it asks; saved, it leaves without asking.
	h.typeText(" More.")
	h.contains("Changed since you saved it")
	h.keys("ctrl+s", "esc")
	h.onTop(tui.RouteInsight)
	h.contains("✎ 1 entry in your journal, the latest November 22, 2026")

	// A day later, a new entry on the same prompt; the first is listed.
	h.clock = testNow.AddDate(0, 0, 1)
	h.keys("2")
	h.contains("Earlier entries · 1", "Sunday, November 22, 2026", "I sat in on intake; q and ? are typed. More.")
	h.typeText("Second visit.").keys("ctrl+s", "esc")
	h.contains("✎ 2 entries in your journal, the latest November 23, 2026")
	if es := progress.PromptEntries(mustJournal(t, h), pid); len(es) != 2 || es[0].Text != "Second visit." {
		t.Errorf("two entries, newest first: %+v", es)
	}
	// Emptied and saved, an entry is taken out.
	h.keys("2")
	h.typeText("x").keys("ctrl+s", "backspace", "ctrl+s")
	if h.m.status.text != "Took the entry out of your journal." {
		t.Errorf("status %q", h.m.status.text)
	}
	if es := progress.PromptEntries(mustJournal(t, h), pid); len(es) != 2 {
		t.Errorf("after taking one out: %+v", es)
	}
}

func mustJournal(t *testing.T, h *harness) map[string]progress.JournalEntry {
	t.Helper()
	j, err := h.store.Journal(h.m.c.Lib().Track.ID)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestJournalGoldens(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		h := newHarness(t, sz[0], sz[1])
		arg := withEntries(func(h *harness) any { return h.m.c.Lib().Perspective.Insights[0].PromptIDs()[1] }, 0, 1, 2)(h)
		h.open(tui.RouteJournal, arg)
		h.typeText("Today I listened to a family's story at intake.")
		h.golden("journal-" + sizeName(sz))
	}
	// An unknown prompt says so, and esc leaves.
	h := newHarness(t, 80, 24)
	h.open(tui.RouteJournal, "no-such/prompt")
	h.contains("This reflection prompt is not in the track.")
	h.keys("esc")
	h.onTop(tui.RouteHome)
}
