package app

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	return r
}

// TestBackgroundLoads checks that the first frame needs neither the library
// nor the store: both arrive as messages.
func TestBackgroundLoads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var opened *store.Store
	m, err := New(Options{
		LoadLibrary: func() (*content.Library, error) { return lib(t), nil },
		OpenStore: func() (progress.Store, error) {
			s, err := store.Open(dir)
			opened = s
			return s, err
		},
		Now: func() time.Time { return testNow }, Renderer: asciiRenderer(), NoTicks: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m, clock: testNow}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.contains("Loading…")
	h.run(m.Init())
	h.contains("Self-assessment", "Interview practice", "0 due · 32 new")
	if opened == nil {
		t.Fatal("store not opened")
	}
	defer opened.Close()
	if !m.c.Progress().Open() {
		t.Error("the store did not reach the screens")
	}
}

func TestBackgroundLoadFailures(t *testing.T) {
	t.Parallel()
	m, err := New(Options{
		LoadLibrary: func() (*content.Library, error) { return nil, errors.New("roles.yaml:3: bad") },
		Now:         func() time.Time { return testNow }, Renderer: asciiRenderer(), NoTicks: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.run(m.Init())
	h.contains("The track could not be loaded", "roles.yaml:3: bad", "q quit")
	_, cmd := m.Update(keyMsg("q"))
	if cmd == nil {
		t.Fatal("q does not quit")
	}

	// A store that fails to open: the app runs and says why.
	h2 := newHarness(t, 80, 24, withoutStore(nil), func(o *Options) {
		o.OpenStore = func() (progress.Store, error) { return nil, errors.New("/data/rung.db was written by a newer rung") }
	})
	h2.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(h2.view(), "was written by a newer") {
		t.Errorf("store error not shown:\n%s", h2.view())
	}
}

// TestRunesTypedTogether: keys read from the terminal in one go arrive as
// one message ("jj"); each rune counts as its own keystroke.
func TestRunesTypedTogether(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(nil))
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jj")})
	h.keys("enter")
	h.contains("My stories")
	if !strings.Contains(h.view(), "› My stories") {
		t.Fatalf("jj then enter did not open the third item:\n%s", h.view())
	}
}

// TestHomeClick: a click on an item's title or description line opens it,
// wherever the intro above the menu ends.
func TestHomeClick(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withoutStore(nil))
	lines := strings.Split(h.view(), "\n")
	row := -1
	for i, l := range lines {
		if strings.Contains(l, "The ladder") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("no ladder item:\n%s", h.view())
	}
	h.send(tea.MouseMsg{X: 10, Y: row + 1, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}) // its description line
	h.contains("› The ladder")
}

// TestLeavingAsksFirst: typed work is not dropped by a stray esc or q;
// ctrl+c still quits at once.
func TestLeavingAsksFirst(t *testing.T) {
	t.Parallel()
	// A rehearsal with an answer typed.
	h := newHarness(t, 80, 24)
	openRehearse(t, h, "all")
	h.typeText("I listened first")
	h.keys("esc", "q") // stop typing, then leave
	h.onTop(tui.RouteRehearse)
	h.contains("Leave and lose the answer you typed?")
	h.keys("x") // any other key asks again
	h.contains("Leave and lose the answer you typed?")
	h.keys("esc")
	h.onTop(tui.RouteRehearse)
	h.keys("q", "y")
	h.onTop(tui.RouteHome)

	// The questionnaire without a database: every answer would be lost.
	h = newHarness(t, 80, 24, withoutStore(nil))
	h.keys("enter", "3", "enter", "esc")
	h.onTop(tui.RouteAssess)
	h.contains("Leave and lose your answers?")
	h.keys("y")
	h.onTop(tui.RouteHome)

	// With one, the page's answer: the others are in the draft.
	h = newHarness(t, 80, 24)
	h.keys("enter", "3", "enter", "2")
	h.keys("esc")
	h.contains("Leave and lose your answer to this question?")
	_, cmd := h.m.Update(keyMsg("ctrl+c"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Error("ctrl+c did not quit while the app asked")
	}
}

// TestStatusBelongsToItsScreen: a status line shows while the screen that
// said it is on top, not on the screens after it, and it expires.
func TestStatusBelongsToItsScreen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	answerAll(h)
	h.keys("s", "s") // submit, then save the plan
	h.contains("Saved your development plan to")
	h.keys("esc")
	h.onTop(tui.RouteHome)
	if v := h.view(); strings.Contains(v, "Saved your") {
		t.Errorf("the results' status shows on home:\n%s", v)
	}
	// A line expires: the root clears it when its timer fires.
	h.open(tui.RouteResults, *h.m.c.Latest())
	h.keys("s")
	h.contains("Saved your development plan to")
	h.send(clearStatusMsg{gen: h.m.status.gen})
	if v := h.view(); strings.Contains(v, "Saved your") {
		t.Errorf("the status did not expire:\n%s", v)
	}
}
