package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui"
)

// FuzzModel drives the root model with a byte string decoded into window
// sizes, keys, pasted text, mouse events and clock jumps (see fuzzEvents),
// from every start screen, with and without a store, and after each event
// checks that nothing panicked and that the frame fits the window and holds
// no control characters.
//
//	go test ./internal/tui/app -run '^$' -fuzz FuzzModel -fuzztime 90s
//
// The first byte picks the set-up (fuzzConfig); the rest are events:
//
//	0x20-0x7e     that rune typed (space as the space key)
//	0x00-0x1f     a named key from fuzzCtlKeys (0x0d enter, 0x1b esc, 0x09 tab, 0x03 ctrl+c…)
//	0x7f          backspace
//	0xf0 a b c    window size (1+(a<<8|b)%300) x (1+c%100)
//	0xf1 k x y    mouse event k%len(fuzzMouse) at (x, y)
//	0xf2 n        the clock moves on n*37 minutes
//	0xf3 n ...    the next n%32 bytes pasted as one message (any UTF-8, or not)
//	0xf4 n        a rune from fuzzRunes (wide, combining, zero-width, RTL)
//	others        a named key from fuzzKeys
func FuzzModel(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	l := lib(f)
	second, err := content.Load(os.DirFS(filepath.Join("..", "..", "..", "testdata", "tracks", "library")))
	if err != nil {
		f.Fatal(err)
	}
	scratch, template := fuzzScratch(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		fuzzRun(t, l, second, scratch, template, data, nil)
	})
}

// fuzzScratch makes the working folders of a fuzz worker (each worker is its
// own process running the fuzz target's body): a scratch folder, emptied
// before every input, and an empty database made once. Every input starts
// from a copy of that database, so it sees an empty store, the same on every
// run, without paying for creating the schema each time.
func fuzzScratch(t testing.TB) (scratch, template string) {
	t.Helper()
	scratch, template = t.TempDir(), filepath.Join(t.TempDir(), store.FileName)
	st, err := store.Open(filepath.Dir(template))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return scratch, template
}

// fuzzConfig is the first byte of an input.
//
//	bits 0-1  start screen: home, practice, assess, "home" spelled out
//	bits 2-3  store: a fresh one, none (an error shown), opened in the
//	          background, failing to open in the background
//	bit 4     the library loads in the background
//	bit 5     the second track (testdata/tracks/library) instead of the default
//	bit 6     the background library load fails (with bit 4)
//	bit 7     no first window size: events arrive before any size
type fuzzConfig byte

var fuzzStarts = [4]string{"", "practice", "assess", "home"}

// fuzzCtlKeys are the keys for bytes 0x00-0x1f. ctrl+v (paste from the
// system clipboard) is left out: it would run xclip.
var fuzzCtlKeys = [32]tea.KeyMsg{
	{Type: tea.KeyCtrlA}, fzKey(tea.KeyUp), fzKey(tea.KeyDown), fzKey(tea.KeyCtrlC),
	fzKey(tea.KeyCtrlD), fzKey(tea.KeyEnd), fzKey(tea.KeyRight), fzKey(tea.KeyLeft),
	fzKey(tea.KeyBackspace), fzKey(tea.KeyTab), fzKey(tea.KeyShiftTab), fzKey(tea.KeyPgUp),
	fzKey(tea.KeyPgDown), fzKey(tea.KeyEnter), fzKey(tea.KeyHome), fzKey(tea.KeyCtrlS),
	fzKey(tea.KeyCtrlT), fzKey(tea.KeyCtrlU), fzKey(tea.KeyCtrlB), fzKey(tea.KeyCtrlN),
	fzKey(tea.KeyCtrlP), fzKey(tea.KeyDelete), fzKey(tea.KeyCtrlW), fzKey(tea.KeyCtrlK),
	fzKey(tea.KeyCtrlE), fzKey(tea.KeyCtrlF), fzKey(tea.KeyCtrlH), fzKey(tea.KeyEsc),
	{Type: tea.KeyRunes, Runes: []rune{'b'}, Alt: true}, {Type: tea.KeyRunes, Runes: []rune{'f'}, Alt: true},
	{Type: tea.KeyBackspace, Alt: true}, {Type: tea.KeyDelete, Alt: true},
}

// fuzzKeys are the keys for the high bytes that are not markers: the keys
// the app binds, so random bytes hit them often.
var fuzzKeys = []tea.KeyMsg{
	fzKey(tea.KeyUp), fzKey(tea.KeyDown), fzKey(tea.KeyLeft), fzKey(tea.KeyRight), fzKey(tea.KeyEnter), fzKey(tea.KeyEsc),
	fzKey(tea.KeyTab), fzKey(tea.KeyShiftTab), {Type: tea.KeySpace, Runes: []rune{' '}}, fzKey(tea.KeyBackspace),
	fzKey(tea.KeyPgUp), fzKey(tea.KeyPgDown), fzKey(tea.KeyHome), fzKey(tea.KeyEnd), fzKey(tea.KeyCtrlS), fzKey(tea.KeyCtrlD),
	fzKey(tea.KeyCtrlU), fzKey(tea.KeyCtrlT), fzKey(tea.KeyCtrlB), fzKey(tea.KeyDelete),
	fzRuneKey('j'), fzRuneKey('k'), fzRuneKey('h'), fzRuneKey('l'), fzRuneKey('g'), fzRuneKey('G'), fzRuneKey('q'), fzRuneKey('?'), fzRuneKey('/'), fzRuneKey('u'), fzRuneKey('s'), fzRuneKey('n'),
	fzRuneKey('p'), fzRuneKey('r'), fzRuneKey('c'), fzRuneKey('m'), fzRuneKey('e'), fzRuneKey('i'), fzRuneKey('t'), fzRuneKey('x'), fzRuneKey('y'), fzRuneKey('b'), fzRuneKey('f'),
	fzRuneKey('0'), fzRuneKey('1'), fzRuneKey('2'), fzRuneKey('3'), fzRuneKey('4'), fzRuneKey('5'), fzRuneKey('6'), fzRuneKey('9'),
}

// fuzzRunes are awkward runes for layout: wide, combining, zero-width,
// right-to-left, emoji with modifiers, and a replacement character.
var fuzzRunes = []rune{
	'界', 'é', '\u0301', '\u200b', '\u200d', '\u202e', 'ש', '😀', '\U0001F3FD', '\ufffd',
	'\u00a0', '\u2028', '\u3000', 'ｗ', '\u0e31', '€',
}

var fuzzMouse = []tea.MouseEvent{
	{Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress},
	{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress},
	{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress},
	{Button: tea.MouseButtonLeft, Action: tea.MouseActionRelease},
	{Button: tea.MouseButtonNone, Action: tea.MouseActionMotion},
	{Button: tea.MouseButtonRight, Action: tea.MouseActionPress},
	{Button: tea.MouseButtonWheelLeft, Action: tea.MouseActionPress},
}

func fzKey(t tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: t} }
func fzRuneKey(c rune) tea.KeyMsg    { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{c}} }

// Event markers.
const (
	fzSize  = 0xf0
	fzMouse = 0xf1
	fzClock = 0xf2
	fzPaste = 0xf3
	fzRune  = 0xf4
)

// fuzzEvent is one decoded event: a message for the model, or a clock jump.
type fuzzEvent struct {
	msg     tea.Msg
	advance time.Duration
}

// fuzzEvents decodes the bytes after the configuration byte.
func fuzzEvents(data []byte) []fuzzEvent {
	var evs []fuzzEvent
	arg := func(i int) int {
		if i < len(data) {
			return int(data[i])
		}
		return 0
	}
	for i := 0; i < len(data); i++ {
		b := data[i]
		switch {
		case b == ' ':
			evs = append(evs, fuzzEvent{msg: tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}})
		case b > ' ' && b < 0x7f:
			evs = append(evs, fuzzEvent{msg: fzRuneKey(rune(b))})
		case b < ' ':
			evs = append(evs, fuzzEvent{msg: fuzzCtlKeys[b]})
		case b == 0x7f:
			evs = append(evs, fuzzEvent{msg: fzKey(tea.KeyBackspace)})
		case b == fzSize:
			w := 1 + (arg(i+1)<<8|arg(i+2))%300
			h := 1 + arg(i+3)%100
			evs = append(evs, fuzzEvent{msg: tea.WindowSizeMsg{Width: w, Height: h}})
			i += 3
		case b == fzMouse:
			ev := fuzzMouse[arg(i+1)%len(fuzzMouse)]
			ev.X, ev.Y = arg(i+2), arg(i+3)
			evs = append(evs, fuzzEvent{msg: tea.MouseMsg(ev)})
			i += 3
		case b == fzClock:
			evs = append(evs, fuzzEvent{advance: time.Duration(arg(i+1)) * 37 * time.Minute})
			i++
		case b == fzPaste:
			n := arg(i+1) % 32
			end := min(len(data), i+2+n)
			text := data[min(len(data), i+2):end]
			if len(text) > 0 {
				evs = append(evs, fuzzEvent{msg: tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(string(text)), Paste: true}})
			}
			i = end - 1
		case b == fzRune:
			evs = append(evs, fuzzEvent{msg: fzRuneKey(fuzzRunes[arg(i+1)%len(fuzzRunes)])})
			i++
		default:
			evs = append(evs, fuzzEvent{msg: fuzzKeys[int(b)%len(fuzzKeys)]})
		}
	}
	return evs
}

// fuzzMaxEvents caps the events of one input, to keep each run short (the
// longest walk, the questionnaire to its results, takes about 50).
const fuzzMaxEvents = 200

// fuzzMaxMsgs caps the messages the commands of one event may produce, so
// a command that keeps answering itself cannot hang the fuzzer.
const fuzzMaxMsgs = 256

// fuzzDriver runs a model as the harness does (commands synchronously,
// timers off) but reports rather than fails, and stops at a quit.
type fuzzDriver struct {
	t      *testing.T
	m      *Model
	budget int
	quit   bool
}

func (d *fuzzDriver) send(msg tea.Msg) {
	if d.quit {
		return
	}
	d.budget--
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

func (d *fuzzDriver) run(cmd tea.Cmd) {
	if cmd == nil || d.quit {
		return
	}
	if d.budget <= 0 {
		d.t.Fatalf("an event set off more than %d messages", fuzzMaxMsgs)
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		d.send(msg)
	}
}

// fuzzScratchMu keeps the scratch directory to one input at a time.
var fuzzScratchMu sync.Mutex

// fuzzRun runs one input; seen, when not nil, collects the routes of the
// screens that were on top.
func fuzzRun(t *testing.T, l, second *content.Library, scratch, template string, data []byte, seen map[tui.Route]bool) {
	// Inputs of one worker run one at a time, but the seed corpus may run
	// them in parallel under -parallel: keep the scratch directory to one.
	fuzzScratchMu.Lock()
	defer fuzzScratchMu.Unlock()
	if err := os.RemoveAll(scratch); err != nil {
		t.Fatal(err)
	}
	dataDir, outDir := filepath.Join(scratch, "data"), filepath.Join(scratch, "out")
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := os.ReadFile(template)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, store.FileName), db, 0o644); err != nil {
		t.Fatal(err)
	}

	cfg := fuzzConfig(data[0])
	clock := testNow
	rd := lipgloss.NewRenderer(os.Stdout)
	rd.SetColorProfile(termenv.Ascii)
	rd.SetHasDarkBackground(true)
	o := Options{Store: nil, Now: func() time.Time { return clock }, Renderer: rd, OutDir: outDir,
		NoTicks: true, Version: "fuzz", Start: fuzzStarts[cfg&3]}
	track := l
	if cfg&0x20 != 0 {
		track = second // a track from a folder: no switching
	} else {
		o.Tracks, o.LoadTrack = builtinChoices, builtin
	}
	if cfg&0x10 != 0 {
		fail := cfg&0x40 != 0
		o.LoadLibrary = func() (*content.Library, error) {
			if fail {
				return nil, errors.New("roles.yaml:3: a broken track")
			}
			return track, nil
		}
	} else {
		o.Library = track
	}
	var opened *store.Store
	defer func() {
		if opened != nil {
			opened.Close()
		}
	}()
	openStore := func() (*store.Store, error) {
		s, err := store.Open(dataDir)
		if err == nil {
			opened = s
		}
		return s, err
	}
	switch (cfg >> 2) & 3 {
	case 0:
		s, err := openStore()
		if err != nil {
			t.Fatal(err)
		}
		o.Store = s
	case 1:
		o.StoreErr = errors.New("the data directory is read-only")
	case 2:
		o.OpenStore = func() (progress.Store, error) { return openStore() }
	case 3:
		o.OpenStore = func() (progress.Store, error) { return nil, errors.New("database disk image is malformed") }
	}
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	d := &fuzzDriver{t: t, m: m, budget: fuzzMaxMsgs}
	var trail []string // the events so far, for the failure message
	check := func() {
		t.Helper()
		if m.Crash != nil {
			t.Fatalf("panic on the %s screen after %s: %v\n%s", m.Crash.Screen, strings.Join(trail, " "), m.Crash.Value, m.Crash.Stack)
		}
		v := m.View()
		if m.Crash != nil {
			t.Fatalf("panic in View on the %s screen after %s: %v\n%s", m.Crash.Screen, strings.Join(trail, " "), m.Crash.Value, m.Crash.Stack)
		}
		if err := fuzzCheckView(v, m.w, m.h); err != nil {
			t.Fatalf("%s screen, %dx%d, after %s: %v\n%s", m.Screen(), m.w, m.h, strings.Join(trail, " "), err, v)
		}
		// The screen's own view fits the room it was given: the root pads and
		// cuts it, which would hide an overflow.
		if len(m.stack) > 0 && m.w >= tui.MinWidth && m.h >= tui.MinHeight {
			bw, bh := m.bodySize()
			if err := fits(m.top().View(), bw, bh); err != nil {
				t.Fatalf("%s screen's own view, body %dx%d, after %s: %v", m.Screen(), bw, bh, strings.Join(trail, " "), err)
			}
		}
		if seen != nil && len(m.stack) > 0 {
			seen[m.route()] = true
		}
	}
	d.run(m.Init())
	check()
	if cfg&0x80 == 0 {
		trail = append(trail, "size(80x24)")
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		check()
	}
	for i, ev := range fuzzEvents(data[1:]) {
		if d.quit || m.quitting || i == fuzzMaxEvents {
			break
		}
		d.budget = fuzzMaxMsgs
		if ev.advance > 0 {
			clock = clock.Add(ev.advance)
			trail = append(trail, fmt.Sprintf("clock(+%s)", ev.advance))
			continue
		}
		trail = append(trail, fuzzName(ev.msg))
		d.send(ev.msg)
		check()
	}
}

func fuzzName(msg tea.Msg) string {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return fmt.Sprintf("size(%dx%d)", msg.Width, msg.Height)
	case tea.MouseMsg:
		return fmt.Sprintf("mouse(%s@%d,%d)", tea.MouseEvent(msg).String(), msg.X, msg.Y)
	case tea.KeyMsg:
		return fmt.Sprintf("%q", msg.String())
	}
	return fmt.Sprintf("%T", msg)
}

// fuzzCheckView checks a colour-off frame: no control characters but
// newlines at any size, and at the minimum size or above no line wider and
// no more lines than the window.
func fuzzCheckView(v string, w, h int) error {
	if !utf8.ValidString(v) {
		return errors.New("the frame is not valid UTF-8")
	}
	for i, c := range v {
		if c == '\n' {
			continue
		}
		if c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) {
			return fmt.Errorf("control character %U at byte %d", c, i)
		}
	}
	if w < tui.MinWidth || h < tui.MinHeight || v == "" {
		return nil
	}
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d lines in a window %d high", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Errorf("line %d is %d cells in a window %d wide: %q", i+1, lw, w, l)
		}
		if lw := lipgloss.Width(l); lw > w {
			return fmt.Errorf("line %d is %d cells (lipgloss) in a window %d wide: %q", i+1, lw, w, l)
		}
	}
	return nil
}

// fuzzSeeds walk into every screen: home to each section, the
// questionnaire to its results, practice to flashcards, rehearsal, mock and
// stats, and the guide's thank-you form, at several sizes.
func fuzzSeeds() [][]byte {
	const (
		up, down, left, right = "\x01", "\x02", "\x07", "\x06"
		enter, esc, tab, stab = "\r", "\x1b", "\t", "\x0a"
		pgup, pgdn, ctrlS     = "\x0b", "\x0c", "\x0f"
		ctrlC, bksp           = "\x03", "\x7f"
	)
	size := func(w, h int) string { return string([]byte{fzSize, byte(w >> 8), byte(w), byte(h)}) }
	mouse := func(kind, x, y int) string { return string([]byte{fzMouse, byte(kind), byte(x), byte(y)}) }
	clockJump := func(n int) string { return string([]byte{fzClock, byte(n)}) }
	paste := func(s string) string { return string([]byte{fzPaste, byte(len(s))}) + s }
	wide := string([]byte{fzRune, 0}) + string([]byte{fzRune, 7}) + string([]byte{fzRune, 2})
	home := func(n int) string { return strings.Repeat(down, n) + enter } // the nth home entry
	// Home entries with no saved placement: assess, practice, stories,
	// ladder, roadmap, skills, guide, perspective, reference.
	questionnaire := enter + "3" + enter + "3" + enter + "3" + enter + "1" + enter + "1" + enter +
		enter + enter + "n" + enter + "2" + enter + "3" + enter + "2" + enter + "342334434234433" + enter
	seeds := []string{
		"\x00" + questionnaire + "s" + down + down + enter + esc + tab + pgdn + "s" + esc + esc + up + enter + esc,
		"\x00" + home(1) + enter + " 3 4 1u" + esc + "r" + paste("I listened, um, and set goals with 12 families.") + ctrlS + "n" + esc + esc + esc,
		"\x01" + "m" + right + down + right + enter + "I would call my supervisor" + ctrlS + esc + esc + "q",
		"\x01" + "s" + pgdn + "G" + "g" + esc + "c" + " 2" + esc + "G" + up + enter + esc + "?" + "?",
		"\x02" + "5" + enter + "12" + enter + esc + enter + stab + stab + "4" + right + right + "0" + enter,
		"\x03" + home(3) + "k" + "k" + "j" + "G" + "g" + pgdn + pgup + tab + "j" + enter + esc + "q",
		"\x00" + home(4) + "j" + enter + " " + " " + "x" + esc + "G" + enter + esc + esc,
		"\x00" + home(5) + "/" + "lead" + enter + enter + esc + "/" + "zz" + esc + esc + esc,
		"\x00" + home(6) + "j" + enter + pgdn + "g" + esc + "jj" + enter + "Ms. Rivera" + tab + "Case Manager" + tab + "Harbor" + tab + tab +
			"the program" + tab + "crisis" + tab + "Dana" + tab + "555" + ctrlS + esc + esc,
		"\x00" + home(7) + enter + "n" + "p" + "p" + esc + "G" + enter + esc + esc,
		"\x00" + home(7) + enter + "2" + "A thought." + ctrlS + esc + "3" + "x" + esc + "y" + pgdn + esc + esc,
		"\x00" + home(6) + "j" + enter + "s" + "j" + " " + "e" + esc + "jjjj" + enter + "x" + tab + "G" + tab + "x" + esc + esc,
		"\x00" + home(8) + tab + "j" + enter + tab + tab + pgdn + esc + esc,
		"\x00" + size(1, 1) + "j" + size(59, 15) + enter + size(300, 100) + home(1) + size(60, 16) + "?" + size(120, 40) + esc + esc,
		"\x04" + enter + mouse(1, 5, 5) + mouse(0, 5, 5) + mouse(2, 3, 6) + mouse(2, 3, 9) + mouse(4, 0, 0) + esc + esc,
		"\x09" + "r" + "x" + wide + paste("\x1b]52;c;aGk=\x07\x1b[2J\t\x00") + ctrlS + esc + esc,
		"\x10" + home(1) + "s" + esc + esc + "q",
		"\x50" + enter + "q",
		"\x2c" + home(3) + "j" + enter + esc + esc + home(5) + "jj" + enter + esc,
		"\x0c" + home(1) + enter + " 1" + " 1" + "u" + esc,
		"\x80" + "jjj" + size(200, 50) + enter + esc,
		"\x01" + enter + " 4" + clockJump(255) + clockJump(255) + esc + enter + " 3" + bksp + esc + ctrlC + "jjj",
		"\x00" + questionnaire + "s" + "s" + "s" + esc + "G" + up + enter + esc + home(1) + tab + esc,
		// Switch to the other built-in track and use it, then back.
		"\x00" + "G" + enter + down + enter + home(1) + enter + "j" + enter + esc + esc + "G" + enter + up + enter + "G" + enter + enter,
		"\x01" + "o" + right + right + down + left + "d" + tab + "d" + esc + "b" + "/" + "conf" + enter + "s" + "b" + "f" +
			enter + "s" + pgdn + esc + tab + tab + "j" + esc + esc,
		"\x05" + "b" + "/" + "zz" + bksp + bksp + enter + "G" + enter + "b" + "f" + esc + size(200, 50) + "jj" + "s" + esc + "o" + "d" + esc,
		"\x00" + home(2) + "a" + "Kept a family housed" + tab + down + " " + tab + right + tab + "Five days" + tab + "Keep them" + tab +
			"Called" + tab + "Housed 14 months" + ctrlS + "/" + "lead" + enter + esc + "j" + "d" + "y" + "c" + "j" + enter + esc + esc + esc,
	}
	out := make([][]byte, len(seeds))
	for i, s := range seeds {
		out[i] = []byte(s)
	}
	return out
}

// TestFuzzSeedsVisitEveryScreen keeps the seeds honest: between them they
// reach every route of the table.
func TestFuzzSeedsVisitEveryScreen(t *testing.T) {
	t.Parallel()
	l := lib(t)
	second, err := content.Load(os.DirFS(filepath.Join("..", "..", "..", "testdata", "tracks", "library")))
	if err != nil {
		t.Fatal(err)
	}
	scratch, template := fuzzScratch(t)
	seen := map[tui.Route]bool{}
	for _, s := range fuzzSeeds() {
		fuzzRun(t, l, second, scratch, template, s, seen)
	}
	for r := range routes {
		if !seen[r] {
			t.Errorf("no seed reaches %s", r)
		}
	}
	t.Logf("screens reached: %v", seen)
}
