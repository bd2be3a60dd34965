package app

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

// TestMain registers -update unless teatest's golden package already has
// (both live in this test binary).
func TestMain(m *testing.M) {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
	flag.Parse()
	os.Exit(m.Run())
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testNow is the fixed clock of every TUI test: a Sunday evening.
var testNow = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

var (
	shippedLib     *content.Library
	shippedLibErr  error
	shippedLibOnce sync.Once
)

// lib is the shipped track, loaded once for every test (some run in
// parallel).
func lib(t testing.TB) *content.Library {
	t.Helper()
	shippedLibOnce.Do(func() { shippedLib, shippedLibErr = content.Load(tracks.Default()) })
	if shippedLibErr != nil {
		t.Fatal(shippedLibErr)
	}
	return shippedLib
}

// harness drives the root model directly: synthetic keys in, commands run
// synchronously (timers are off), the final View out with colour off.
type harness struct {
	t     testing.TB
	m     *Model
	store *store.Store
	clock time.Time
	out   string // where the app writes files
	// copied is what the app copied to the clipboard, in order.
	copied []string
}

type harnessOpt func(*Options)

func withStart(s string) harnessOpt { return func(o *Options) { o.Start = s } }
func withoutStore(err error) harnessOpt {
	return func(o *Options) { o.Store, o.StoreErr = nil, err }
}
func withLibrary(l *content.Library) harnessOpt { return func(o *Options) { o.Library = l } }

// errInMemory says a harness has no database at all: everything is kept in
// memory, and making one costs no disk.
var errInMemory = errors.New("this test keeps progress in memory")

func inMemory() harnessOpt { return withoutStore(errInMemory) }
func askTrack() harnessOpt { return func(o *Options) { o.AskTrack = true } }

// withoutTracks is rung on a track from a folder: no switching.
func withoutTracks() harnessOpt { return func(o *Options) { o.Tracks, o.LoadTrack = nil, nil } }

var (
	builtinLibs   = map[string]*content.Library{}
	builtinLibsMu sync.Mutex
)

// builtin loads a built-in track from its YAML, once per test binary.
func builtin(id string) (*content.Library, error) {
	builtinLibsMu.Lock()
	defer builtinLibsMu.Unlock()
	if l, ok := builtinLibs[id]; ok {
		return l, nil
	}
	fsys, err := tracks.Track(id)
	if err != nil {
		return nil, err
	}
	l, err := content.Load(fsys)
	if err != nil {
		return nil, err
	}
	builtinLibs[id] = l
	return l, nil
}

// builtinChoices lists the built-in tracks as cmd/rung does.
func builtinChoices() ([]tui.TrackChoice, error) { return tui.TrackChoices(tracks.IDs(), builtin) }
func withOutDir(dir string) harnessOpt           { return func(o *Options) { o.OutDir = dir } }

func newHarness(t testing.TB, w, h int, opts ...harnessOpt) *harness {
	t.Helper()
	var probe Options
	for _, f := range opts {
		f(&probe)
	}
	var st *store.Store
	if !errors.Is(probe.StoreErr, errInMemory) {
		var err error
		if st, err = store.Open(t.TempDir()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
	}
	hs := &harness{t: t, store: st, clock: testNow}
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	o := Options{Library: lib(t), Now: func() time.Time { return hs.clock }, Renderer: r,
		OutDir: t.TempDir(), NoTicks: true, Version: "test", Tracks: builtinChoices, LoadTrack: builtin,
		Clipboard: func(text string) error { hs.copied = append(hs.copied, text); return nil }}
	if st != nil {
		o.Store = st
	}
	for _, f := range opts {
		f(&o)
	}
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	hs.m, hs.out = m, o.OutDir
	hs.run(m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// run executes a command and feeds what it returns back into the model,
// depth first, as the Bubble Tea runtime would (minus timers and quitting).
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
	default:
		if h.runExec(msg) {
			return
		}
		// tea.Sequence returns an unexported slice type of commands.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				h.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		h.send(msg)
	}
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// keyMsg turns a key name into a key message: "enter", "esc", "up", "ctrl+c",
// "space", "tab", "backspace", or literal runes.
func keyMsg(k string) tea.KeyMsg {
	names := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "ctrl+c": tea.KeyCtrlC, "tab": tea.KeyTab,
		"shift+tab": tea.KeyShiftTab, "backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown,
		"pgup": tea.KeyPgUp, "space": tea.KeySpace, "ctrl+s": tea.KeyCtrlS, "home": tea.KeyHome,
		"end": tea.KeyEnd, "ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "delete": tea.KeyDelete,
	}
	if len(k) == 6 && strings.HasPrefix(k, "ctrl+") && k[5] >= 'a' && k[5] <= 'z' {
		return tea.KeyMsg{Type: tea.KeyCtrlA + tea.KeyType(k[5]-'a')}
	}
	if t, ok := names[k]; ok {
		if t == tea.KeySpace {
			return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		}
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// keys sends each key in turn.
func (h *harness) keys(ks ...string) *harness {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
	return h
}

// typeText sends text as one rune message per character.
func (h *harness) typeText(s string) *harness {
	for _, r := range s {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return h
}

func (h *harness) view() string { return h.m.View() }

// contains fails unless the view holds every string.
func (h *harness) contains(want ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			h.t.Fatalf("view lacks %q:\n%s", w, v)
		}
	}
}

// golden compares the view with testdata/golden/tui/NAME.golden.
func (h *harness) golden(name string) {
	h.t.Helper()
	v := h.view()
	if strings.Contains(v, "\x1b") {
		h.t.Fatalf("%s: escape codes in a colour-off view", name)
	}
	checkSize(h.t, v, h.m.w, h.m.h)
	path := filepath.Join("..", "..", "..", "testdata", "golden", "tui", name+".golden")
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			h.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(v), 0o644); err != nil {
			h.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		h.t.Fatalf("missing golden file %s (run go test ./internal/tui/app -update): %v", path, err)
	}
	if v != string(want) {
		h.t.Errorf("%s differs from its golden file\n--- got ---\n%s\n--- want ---\n%s", name, v, want)
	}
}

// checkSize fails when a view is wider or taller than the terminal.
func checkSize(t testing.TB, v string, w, hgt int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > hgt {
		t.Errorf("view is %d lines, terminal is %d", len(lines), hgt)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, terminal is %d: %q", i+1, lw, w, l)
		}
	}
}

// open opens the screen of a route, as a screen asking for it would.
func (h *harness) open(r tui.Route, arg any) *harness {
	h.t.Helper()
	h.send(tui.NavigateMsg{Route: r, Arg: arg})
	if got := h.m.route(); got != r {
		h.t.Fatalf("opening %s left %s on top", r, got)
	}
	return h
}

// place makes p the latest placement, as a finished or saved assessment
// does: every screen hears of it.
func (h *harness) place(p assess.Placement) *harness {
	h.send(tui.AssessedMsg{Placement: p, At: testNow})
	return h
}

// top is the screen on top.
func (h *harness) top() tui.Screen { return h.m.top() }

// onTop fails unless the screen on top is route r's.
func (h *harness) onTop(r tui.Route) {
	h.t.Helper()
	if got := h.m.route(); got != r {
		h.t.Fatalf("%s on top, want %s:\n%s", got, r, h.view())
	}
}

// flat is the view's text with every run of spaces and line breaks made
// one space, to find wrapped sentences.
func (h *harness) flat() string { return flat(h.view()) }

// flat joins wrapped text back into one line, to match sentences.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// showsCard reports whether the view shows the question of card id.
func (h *harness) showsCard(id string) bool {
	h.t.Helper()
	c, ok := h.m.c.Lib().Card(id)
	if !ok {
		h.t.Fatalf("no card %s", id)
	}
	return strings.Contains(h.flat(), flat(content.Sanitize(c.Question)))
}

// cardShown is the card whose question the view shows, nil for none.
func (h *harness) cardShown() *content.Card {
	v := h.flat()
	for i := range h.m.c.Lib().Cards {
		c := &h.m.c.Lib().Cards[i]
		if strings.Contains(v, flat(content.Sanitize(c.Question))) {
			return c
		}
	}
	return nil
}

// row is the terminal row of the first line of the view holding s.
func (h *harness) row(s string) int {
	h.t.Helper()
	for i, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, s) {
			return i
		}
	}
	h.t.Fatalf("no line holds %q:\n%s", s, h.view())
	return -1
}

// push puts a screen made by the test on top, as navigation would; its
// route is none of the table's.
func (h *harness) push(s tui.Screen) {
	h.m.stack, h.m.trail = append(h.m.stack, s), append(h.m.trail, tui.Route(-1))
	h.m.layout()
	h.run(s.Init())
}
