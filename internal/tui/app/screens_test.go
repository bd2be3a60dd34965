package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// The screen contract, checked for every route of the table, in the states
// below: the route opens; the help offers exactly the keys the screen acts
// on; the screen's own View fits the size the root gave it.

// visit is a route opened on an argument, then keys pressed: one state of
// a screen to check.
type visit struct {
	name  string
	route tui.Route
	arg   func(h *harness) any
	keys  []string
}

// visits are the states every route is checked in. Each route of the table
// must have at least one (TestRouteWalk fails otherwise).
func visits() []visit {
	none := func(*harness) any { return nil }
	deck := func(id string) func(h *harness) any {
		return func(h *harness) any {
			d, _ := practice.FindDeck(practice.Decks(h.m.c.Lib(), h.m.c.Latest()), id)
			return d
		}
	}
	placed := func(h *harness) any { return placementFor(h.t.(*testing.T), caseManagerAnswers) }
	n := func(v any) func(*harness) any { return func(*harness) any { return v } }
	prompt := func(insight, p int) func(*harness) any {
		return func(h *harness) any { return h.m.c.Lib().Perspective.Insights[insight].PromptIDs()[p] }
	}
	enters := func(n int) []string { return slices.Repeat([]string{"enter"}, n) }
	return append([]visit{
		{"home", tui.RouteHome, none, nil},
		{"home-moved", tui.RouteHome, none, []string{"j"}},
		{"assess-choice", tui.RouteAssess, none, nil},
		{"assess-number", tui.RouteAssess, none, enters(1)},
		// Skipping every question: the questions only some people are
		// asked (show_if) are not shown.
		{"assess-yes-no", tui.RouteAssess, none, enters(6)},
		{"assess-scale", tui.RouteAssess, none, enters(8)},
		{"assess-skills", tui.RouteAssess, none, enters(10)},
		{"assess-skills-rated", tui.RouteAssess, none, append(enters(10), "right")},
		{"assess-review", tui.RouteAssess, none, enters(11)},
		{"results", tui.RouteResults, placed, nil},
		{"results-road", tui.RouteResults, placed, []string{"tab"}},
		{"results-end", tui.RouteResults, placed, []string{"G"}},
		{"results-road-scrolled", tui.RouteResults, placed, []string{"tab", "pgdown"}},
		{"ladder", tui.RouteLadder, none, nil},
		{"ladder-moved", tui.RouteLadder, none, []string{"k"}},
		{"ladder-detail", tui.RouteLadder, none, []string{"tab"}},
		{"ladder-detail-scrolled", tui.RouteLadder, none, []string{"tab", "pgdown"}},
		{"roadmap", tui.RouteRoadmap, none, nil},
		{"roadmap-moved", tui.RouteRoadmap, none, []string{"j"}},
		{"step", tui.RouteStep, n(2), nil},
		{"step-moved", tui.RouteStep, n(2), []string{"j"}},
		{"step-text", tui.RouteStep, n(2), []string{"tab"}},
		{"step-text-scrolled", tui.RouteStep, n(2), []string{"tab", "pgdown"}},
		{"skills", tui.RouteSkills, none, nil},
		{"skills-moved", tui.RouteSkills, none, []string{"j"}},
		{"skills-typing", tui.RouteSkills, none, []string{"/", "l"}},
		{"skills-filtered", tui.RouteSkills, none, []string{"/", "l", "enter"}},
		{"skills-scrolled", tui.RouteSkills, none, []string{"pgdown"}},
		{"skill", tui.RouteSkill, n("leadership"), nil},
		{"skill-scrolled", tui.RouteSkill, n("leadership"), []string{"pgdown"}},
		{"guide", tui.RouteGuide, none, nil},
		{"guide-moved", tui.RouteGuide, none, []string{"j"}},
		{"guide-scrolled", tui.RouteGuide, none, []string{"j", "pgdown"}},
		{"guide-page", tui.RouteGuidePage, n(0), nil},
		{"guide-page-scrolled", tui.RouteGuidePage, n(0), []string{"pgdown"}},
		{"guide-ask", tui.RouteGuidePage, n(1), nil},
		{"guide-ask-starred", tui.RouteGuidePage, n(1), []string{"j", "s"}},
		{"guide-ask-saved", tui.RouteGuidePage, n(1), []string{"s", "e"}},
		{"guide-ask-end", tui.RouteGuidePage, n(1), []string{"G"}},
		{"guide-negotiation", tui.RouteGuidePage, n(5), nil},
		{"guide-negotiation-ticked", tui.RouteGuidePage, n(5), []string{"j", "x"}},
		{"guide-negotiation-text", tui.RouteGuidePage, n(5), []string{"tab"}},
		{"guide-negotiation-text-scrolled", tui.RouteGuidePage, n(5), []string{"tab", "pgdown"}},
		{"note", tui.RouteNote, none, nil},
		{"note-typed", tui.RouteNote, none, []string{"M", "s", "tab"}},
		{"note-scrolled", tui.RouteNote, none, []string{"pgdown"}},
		{"note-warning", tui.RouteNote, none, []string{"M", "ctrl+s"}},
		{"note-warning-copy", tui.RouteNote, none, []string{"ctrl+y"}},
		{"note-saved", tui.RouteNote, none, []string{"M", "ctrl+s", "y"}},
		{"note-copied", tui.RouteNote, none, []string{"ctrl+y", "y"}},
		{"perspective", tui.RoutePerspective, none, nil},
		{"perspective-moved", tui.RoutePerspective, none, []string{"j"}},
		{"perspective-scrolled", tui.RoutePerspective, none, []string{"pgdown"}},
		{"insight", tui.RouteInsight, n(0), nil},
		{"insight-next", tui.RouteInsight, n(0), []string{"n"}},
		{"insight-scrolled", tui.RouteInsight, n(0), []string{"pgdown"}},
		{"journal", tui.RouteJournal, prompt(0, 1), nil},
		{"journal-typed", tui.RouteJournal, prompt(0, 1), []string{"I", " ", "w"}},
		{"journal-saved", tui.RouteJournal, prompt(0, 1), []string{"I", "ctrl+s"}},
		{"journal-unknown", tui.RouteJournal, n("no-such/prompt"), nil},
		{"journal-earlier", tui.RouteJournal, withEntries(prompt(0, 1), 0, 1, 3), nil},
		{"journal-earlier-scrolled", tui.RouteJournal, withEntries(prompt(0, 1), 0, 1, 3), []string{"pgdown"}},
		{"insight-journal", tui.RouteInsight, withEntries(n(0), 0, 1, 2), []string{"G"}},
		{"reference", tui.RouteReference, none, nil},
		{"reference-moved", tui.RouteReference, none, []string{"j"}},
		{"practice", tui.RoutePractice, none, nil},
		{"practice-moved", tui.RoutePractice, none, []string{"j"}},
		{"flashcards-front", tui.RouteFlashcards, deck("all"), nil},
		{"flashcards-back", tui.RouteFlashcards, deck("all"), []string{"space"}},
		{"flashcards-back-scrolled", tui.RouteFlashcards, deck("all"), []string{"space", "pgdown"}},
		{"flashcards-graded", tui.RouteFlashcards, deck("all"), []string{"space", "3"}},
		{"cram-front", tui.RouteCram, deck("all"), nil},
		{"cram-back", tui.RouteCram, deck("all"), []string{"space"}},
		{"cram-back-scrolled", tui.RouteCram, deck("all"), []string{"space", "pgdown"}},
		{"rehearse", tui.RouteRehearse, deck("all"), nil},
		{"rehearse-typed", tui.RouteRehearse, deck("all"), []string{"I", " ", "s", "t"}},
		{"rehearse-paused", tui.RouteRehearse, deck("all"), []string{"I", "esc"}},
		{"rehearse-feedback", tui.RouteRehearse, deck("all"), []string{"I", " ", "s", "t", "ctrl+s"}},
		{"rehearse-feedback-scrolled", tui.RouteRehearse, deck("all"), []string{"I", " ", "s", "t", "ctrl+s", "pgdown"}},
		{"mock-setup", tui.RouteMock, none, nil},
		{"mock-setup-moved", tui.RouteMock, none, []string{"down"}},
		{"mock-asking", tui.RouteMock, none, []string{"enter"}},
		{"mock-typed", tui.RouteMock, none, []string{"enter", "I"}},
		{"mock-paused", tui.RouteMock, none, []string{"enter", "I", "esc"}},
		{"mock-skip-asked", tui.RouteMock, none, []string{"enter", "ctrl+s"}},
		{"mock-skip-asked-paused", tui.RouteMock, none, []string{"enter", "esc", "ctrl+s"}},
		{"mock-summary", tui.RouteMock, none, append([]string{"down", "left", "enter"}, slices.Repeat([]string{"ctrl+s", "y"}, 4)...)},
		{"mock-summary-flagged", tui.RouteMock, none, append(append([]string{"down", "left", "enter"},
			slices.Repeat([]string{"ctrl+s", "y"}, 4)...), "f")},
		{"mock-summary-scrolled", tui.RouteMock, none, append(append([]string{"down", "left", "enter"},
			slices.Repeat([]string{"ctrl+s", "y"}, 4)...), "pgdown")},
		{"mock-retry", tui.RouteMock, none, append(append([]string{"down", "left", "enter"},
			slices.Repeat([]string{"ctrl+s", "y"}, 4)...), "r")},
		{"stats", tui.RouteStats, none, nil},
		{"stats-scrolled", tui.RouteStats, none, []string{"pgdown"}},
		{"tracks", tui.RouteTracks, n(false), nil},
		{"tracks-first", tui.RouteTracks, n(true), nil},
		{"tracks-moved", tui.RouteTracks, n(false), []string{"j"}},
		{"practice-browse-row", tui.RoutePractice, none, []string{"G", "k"}},
		{"practice-settings-row", tui.RoutePractice, none, []string{"G"}},
		{"browse", tui.RouteBrowse, none, nil},
		{"browse-moved", tui.RouteBrowse, none, []string{"j"}},
		{"browse-typing", tui.RouteBrowse, none, []string{"/", "c", "a", "s", "e"}},
		{"browse-searched", tui.RouteBrowse, none, []string{"/", "c", "a", "s", "e", "enter"}},
		{"browse-no-match", tui.RouteBrowse, none, []string{"/", "z", "z", "q", "enter"}},
		{"browse-suspended", tui.RouteBrowse, none, []string{"s"}},
		{"browse-buried", tui.RouteBrowse, none, []string{"b"}},
		{"browse-flagged", tui.RouteBrowse, none, []string{"f"}},
		{"browse-show-flagged", tui.RouteBrowse, none, []string{"f", "tab", "tab", "tab"}},
		{"browse-show-empty", tui.RouteBrowse, none, []string{"tab"}},
		{"card", tui.RouteCard, n("tell-me-about-yourself"), nil},
		{"card-set", tui.RouteCard, n("tell-me-about-yourself"), []string{"s", "b", "f"}},
		{"card-scrolled", tui.RouteCard, n("tell-me-about-yourself"), []string{"pgdown"}},
		{"card-unknown", tui.RouteCard, n("no-such-card"), nil},
		{"settings", tui.RouteSettings, none, nil},
		{"settings-retention", tui.RouteSettings, none, []string{"down"}},
		{"settings-changed", tui.RouteSettings, none, []string{"right", "down", "left"}},
		{"settings-floor", tui.RouteSettings, none, slices.Repeat([]string{"left"}, 12)},
		{"settings-ceiling", tui.RouteSettings, none, append([]string{"down"}, slices.Repeat([]string{"right"}, 8)...)},
	}, storyVisits()...)
}

// withEntries is arg, after writing n journal entries on prompt p of
// insight i, a day apart, each a few lines long.
func withEntries(arg func(*harness) any, i, p, n int) func(*harness) any {
	return func(h *harness) any {
		id := h.m.c.Lib().Perspective.Insights[i].PromptIDs()[p]
		for d := range n {
			at := testNow.AddDate(0, 0, -1-d)
			text := fmt.Sprintf("Entry %d. ", d+1) + strings.Repeat("I sat in on a home visit and listened more than I spoke. ", 4)
			if err := h.m.c.Progress().SetJournal(h.m.c.Lib().Track.ID, progress.JournalEntryID(id, at), text, at); err != nil {
				h.t.Fatal(err)
			}
		}
		return arg(h)
	}
}

// reach opens a visit in a fresh app of size w x hgt.
func reach(t *testing.T, v visit, w, hgt int, opts ...harnessOpt) *harness {
	t.Helper()
	h := newHarness(t, w, hgt, opts...)
	if v.route != tui.RouteHome {
		h.open(v.route, v.arg(h))
	}
	h.keys(v.keys...)
	if got := h.m.route(); got != v.route {
		t.Fatalf("%s: %s on top after %q", v.name, got, v.keys)
	}
	return h
}

// TestRouteWalk opens every route of the table, in every state listed, at
// the smallest size: each opens and draws. A route without a visit fails,
// so a new screen is checked as soon as it is in the table.
func TestRouteWalk(t *testing.T) {
	t.Parallel()
	visited := map[tui.Route]bool{}
	for _, v := range visits() {
		visited[v.route] = true
	}
	for _, r := range tui.Routes() {
		if _, ok := routes[r]; !ok {
			t.Errorf("no screen in the route table for %s", r)
		}
		if !visited[r] {
			t.Errorf("no visit of %s: add one to visits()", r)
		}
	}
	if len(routes) != len(tui.Routes()) {
		t.Errorf("the route table has %d routes, tui.Routes() %d", len(routes), len(tui.Routes()))
	}
	for _, v := range visits() {
		if _, ok := routes[v.route]; !ok {
			continue // said above
		}
		h := reach(t, v, tui.MinWidth, tui.MinHeight, inMemory())
		if h.m.Crash != nil || h.view() == "" {
			t.Errorf("%s: no view (crash %v)", v.name, h.m.Crash)
		}
	}
}

// TestScreensFitTheirSize checks each screen's own View, before the root
// pads and cuts it, against the size the root gave it: never a line too
// long, never a line too many.
func TestScreensFitTheirSize(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{60, 16}, {80, 24}, {200, 60}} {
		for _, v := range visits() {
			h := reach(t, v, size[0], size[1], inMemory())
			w, hgt := h.m.bodySize()
			if err := fits(h.top().View(), w, hgt); err != nil {
				t.Errorf("%s at %dx%d (body %dx%d): %v", v.name, size[0], size[1], w, hgt, err)
			}
		}
	}
}

// fits reports how a view overflows w x h, if it does.
func fits(view string, w, h int) error {
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d lines in a body %d high", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Errorf("line %d is %d cells in a body %d wide: %q", i+1, lw, w, ansi.Strip(l))
		}
	}
	return nil
}

// probeKeys are the keys TestHelpMatchesKeys presses in every state: the
// named keys a terminal sends (not ctrl+c, which quits, nor ctrl+v, which
// would read the clipboard), the digits, every lower-case letter, and the
// signs and capitals bound anywhere, by the app or by the Bubbles
// components it uses (the viewport's f, b, d and u among them). A screen
// that matched any other character would have to spell it in Update,
// which TestNoRawKeys forbids.
func probeKeys() []string {
	var ks []string
	for _, r := range "0123456789.!/?abcdefghijklmnopqrstuvwxyzGKJ" {
		ks = append(ks, string(r))
	}
	ks = append(ks, "space", "enter", "tab", "shift+tab", "esc", "backspace", "delete", "up", "down", "left", "right",
		"pgup", "pgdown", "home", "end")
	for _, c := range "abdefghknprstuwxyz" {
		ks = append(ks, "ctrl+"+string(c))
	}
	return ks
}

// rootKeys are the keys the root takes before a screen sees them (unless
// the screen is taking text, or claims esc).
var rootKeys = map[string]bool{"esc": true, "q": true, "?": true}

// typingKeys edit the text in a focused field; a screen taking text acts
// on them without listing them in its help.
func typing(k tea.KeyMsg) bool {
	switch k.Type {
	case tea.KeyRunes, tea.KeySpace, tea.KeyBackspace, tea.KeyDelete, tea.KeyLeft, tea.KeyRight, tea.KeyUp, tea.KeyDown,
		tea.KeyHome, tea.KeyEnd, tea.KeyEnter, tea.KeyCtrlA, tea.KeyCtrlB, tea.KeyCtrlD, tea.KeyCtrlE, tea.KeyCtrlF,
		tea.KeyCtrlH, tea.KeyCtrlK, tea.KeyCtrlN, tea.KeyCtrlP, tea.KeyCtrlU, tea.KeyCtrlW:
		return true
	}
	return false
}

// helpID names a binding by what its help says.
func helpID(b key.Binding) string { return b.Help().Key + " " + b.Help().Desc }

// offered is every enabled binding of a screen's full help.
func offered(s tui.Screen) []key.Binding {
	var out []key.Binding
	for _, col := range s.Keys().FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				out = append(out, b)
			}
		}
	}
	return out
}

// snapshot is what a key can change: the screen on top, what it draws and
// the keys it offers.
func snapshot(h *harness) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s\n", len(h.m.stack), h.m.route())
	for _, k := range offered(h.top()) {
		b.WriteString(helpID(k) + "\n")
	}
	b.WriteString(h.top().View())
	return b.String()
}

// TestHelpMatchesKeys walks every route and checks that help never lies:
// every entry a screen's help offers acts (in one of the states visited),
// every key the screen acts on is in its help, no key is in two entries,
// and the short help is part of the full one.
func TestHelpMatchesKeys(t *testing.T) {
	t.Parallel()
	acted := map[tui.Route]map[string]bool{}   // help entries that acted
	shown := map[tui.Route]map[string]string{} // help entries shown, with a state that showed them
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, v := range visits() {
			if acted[v.route] == nil {
				acted[v.route], shown[v.route] = map[string]bool{}, map[string]string{}
			}
			where := fmt.Sprintf("%s at %dx%d", v.name, size[0], size[1])
			// No store: a key's reaction is the same, and a fresh app costs
			// no database.
			open := func() *harness { return reach(t, v, size[0], size[1], inMemory()) }
			h := open()
			checkOffer(t, where, h.top())
			for _, b := range offered(h.top()) {
				id := helpID(b)
				shown[v.route][id] = where
				for _, k := range b.Keys() {
					if acted[v.route][id] {
						break
					}
					fresh := open()
					acted[v.route][id] = reacts(fresh, keyMsg(printable(k)))
				}
			}
			checkKeysInHelp(t, where, v, open)
		}
	}
	for r, entries := range shown {
		for id, where := range entries {
			if !acted[r][id] {
				t.Errorf("%s: help offers %q, which does nothing in any state visited", where, id)
			}
		}
	}
}

// printable names a binding's key as keyMsg takes it.
func printable(k string) string {
	if k == " " {
		return "space"
	}
	return k
}

// reacts reports whether a key changes anything: the screen on top, what
// it draws, the keys it offers, or a command it starts.
func reacts(h *harness, k tea.KeyMsg) bool {
	acted, _ := reactsFrom(h, snapshot(h), k)
	return acted
}

// reactsFrom is reacts from a snapshot already taken; it returns the
// snapshot after the key.
func reactsFrom(h *harness, before string, k tea.KeyMsg) (bool, string) {
	_, cmd := h.m.Update(k)
	after := snapshot(h)
	return cmd != nil || after != before, after
}

// checkKeysInHelp presses every probe key in turn, from the visit's state
// and on from the states the keys make, and fails for a key that acts but
// is not in the help shown when it was pressed.
func checkKeysInHelp(t *testing.T, where string, v visit, open func() *harness) {
	t.Helper()
	h := open()
	depth, before := len(h.m.stack), snapshot(h)
	for _, p := range probeKeys() {
		k := keyMsg(p)
		top := h.top()
		capturing := top.Capturing()
		claims := false
		if c, ok := top.(tui.EscClaimer); ok {
			claims = c.ClaimsEsc()
		}
		if k.String() == "ctrl+c" || (!capturing && rootKeys[k.String()] && !(k.String() == "esc" && claims)) {
			continue
		}
		offer := offered(top)
		acted, after := reactsFrom(h, before, k)
		before = after
		if !acted {
			continue
		}
		inHelp := false
		for _, b := range offer {
			inHelp = inHelp || key.Matches(k, b)
		}
		if !inHelp && !(capturing && typing(k)) {
			t.Errorf("%s: %q acts but is not in the help", where, p)
		}
		if len(h.m.stack) != depth || h.m.route() != v.route {
			h = open() // the key left the screen: start again
			before = snapshot(h)
		}
	}
}

// checkOffer checks a help: no key in two bindings, the short help a part
// of the full help.
func checkOffer(t *testing.T, where string, s tui.Screen) {
	t.Helper()
	owner := map[string]string{}
	full := map[string]bool{}
	for _, b := range offered(s) {
		full[helpID(b)] = true
		for _, k := range b.Keys() {
			if o, ok := owner[k]; ok {
				t.Errorf("%s: %q is in two help entries, %q and %q", where, k, o, helpID(b))
			}
			owner[k] = helpID(b)
		}
	}
	for _, b := range s.Keys().ShortHelp() {
		if b.Enabled() && !full[helpID(b)] {
			t.Errorf("%s: the short help's %q is not in the full help", where, helpID(b))
		}
	}
}
