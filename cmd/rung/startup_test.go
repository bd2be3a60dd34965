//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
)

// TestStartupFirstFrame starts rung and a minimal Bubble Tea program (built
// by the test, from testdata/minimaltea) in a pseudo-terminal of 80x24, in
// turns, and times each from start to its first complete screen: rung's home
// menu, the minimal program's list. The pty answers the queries a real
// terminal answers (termenv asks for the cursor position and the background
// colour at start; unanswered, it waits seconds). The figures are logged;
// since machines are noisy the test fails only on an absurd ratio. The issue's
// target is a ratio of at most 1.2.
func TestStartupFirstFrame(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs and starts each many times")
	}
	needPTY(t)
	rung, minimal := buildRung(t), filepath.Join(t.TempDir(), "minimaltea")
	goBuild(t, minimal, "./testdata/minimaltea")

	const runs = 15
	var rungT, firstT, minT []startup
	dir := returning(t)          // a returning person: the track they chose is remembered
	for i := -1; i < runs; i++ { // run -1 warms the page cache
		r, _ := startIn(t, []string{rung}, "Self-assessment", dir, nil)
		f, _ := startIn(t, []string{rung}, "Which ladder fits you?", t.TempDir(), nil) // the first run asks
		m := startOnce(t, minimal, "Minimal list")
		if i >= 0 {
			rungT, firstT, minT = append(rungT, r), append(firstT, f), append(minT, m)
		}
	}
	t.Logf("first frame of a first run (the track chooser): %v",
		median(firstT, func(s startup) time.Duration { return s.frame }))
	rf, mf := median(rungT, func(s startup) time.Duration { return s.frame }),
		median(minT, func(s startup) time.Duration { return s.frame })
	t.Logf("first text:  rung %v, minimal %v (medians of %d)",
		median(rungT, func(s startup) time.Duration { return s.text }),
		median(minT, func(s startup) time.Duration { return s.text }), runs)
	t.Logf("first frame: rung %v, minimal %v, ratio %.2f (target <= 1.2)", rf, mf, float64(rf)/float64(mf))
	t.Logf("ctrl+c to exit: rung %v, minimal %v",
		median(rungT, func(s startup) time.Duration { return s.exit }),
		median(minT, func(s startup) time.Duration { return s.exit }))
	// Timing is reported, not asserted, unless asked for: a shared CI runner
	// is too noisy for a timer to decide whether a change lands.
	if v := os.Getenv("RUNG_STARTUP_MAX_RATIO"); v != "" {
		limit, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("RUNG_STARTUP_MAX_RATIO=%q: %v", v, err)
		}
		if ratio := float64(rf) / float64(mf); ratio > limit {
			t.Errorf("rung's first frame (%v) is %.2fx the minimal program's (%v); the budget is %.2fx", rf, ratio, mf, limit)
		}
	}
}

// needPTY skips the test where no pseudo-terminal can be opened.
func needPTY(t *testing.T) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	ptmx.Close()
	tty.Close()
}

func goBuild(t *testing.T, out, pkg string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-o", out, pkg)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
}

// startup is one start: times from the start of the process to its first
// printable text and to the marker text, and from ctrl+c to its exit.
type startup struct{ text, frame, exit time.Duration }

func median(s []startup, f func(startup) time.Duration) time.Duration {
	d := make([]time.Duration, len(s))
	for i, x := range s {
		d[i] = f(x)
	}
	slices.Sort(d)
	return d[len(d)/2]
}

var (
	// ansiRE matches the escape sequences a program writes (CSI, OSC, DCS,
	// two-byte escapes), to find its text.
	ansiRE = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP[^\x1b]*\x1b\\|\x1b[ -/][0-~]|\x1b[0-~]`)
	// queryRE matches the queries a terminal answers: cursor position,
	// primary device attributes, OSC 10/11 colours, DECRQM, XTGETTCAP.
	queryRE = regexp.MustCompile(`\x1b\[6n|\x1b\[0?c|\x1b\]1([01]);\?(\x07|\x1b\\)|\x1b\[\?(\d+)\$p|\x1bP\+q[0-9A-Fa-f;]*\x1b\\`)
)

// reply is what a dark xterm-like terminal answers to a query.
func reply(buf []byte, m []int) []byte {
	q := buf[m[0]:m[1]]
	switch {
	case bytes.Equal(q, []byte("\x1b[6n")):
		return []byte("\x1b[1;1R")
	case bytes.HasSuffix(q, []byte("c")) && bytes.HasPrefix(q, []byte("\x1b[")):
		return []byte("\x1b[?62;22c")
	case m[2] >= 0: // OSC 10 (foreground) or 11 (background)
		which, term := buf[m[2]:m[3]], buf[m[4]:m[5]]
		col := "rgb:ffff/ffff/ffff"
		if string(which) == "1" {
			col = "rgb:0000/0000/0000"
		}
		return slices.Concat([]byte("\x1b]1"), which, []byte(";"+col), term)
	case m[6] >= 0:
		return slices.Concat([]byte("\x1b[?"), buf[m[6]:m[7]], []byte(";0$y"))
	default: // XTGETTCAP: nothing known
		return []byte("\x1bP0+r\x1b\\")
	}
}

type chunk struct {
	at time.Time
	b  []byte
}

// returning is a data folder of a person who has run rung before: the
// track they chose is remembered, so the app opens on home.
func returning(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SetSetting(progress.TrackKey, tracks.DefaultTrack); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startOnce starts bin in an 80x24 pty, answers its queries, waits for
// marker on the screen, then quits it with ctrl+c.
func startOnce(t *testing.T, bin, marker string) startup {
	t.Helper()
	s, _ := startIn(t, []string{bin}, marker, t.TempDir(), nil)
	return s
}

// ptyEnd is how startIn ends the program once marker is on the screen.
type ptyEnd func(cmd *exec.Cmd, ptmx *os.File) error

func ctrlC(_ *exec.Cmd, ptmx *os.File) error { _, err := ptmx.Write([]byte{3}); return err }

// ptyRun is what startIn saw: the times, all the program wrote, and how it
// ended.
type ptyRun struct {
	out   []byte
	state *os.ProcessState
}

// startIn is startOnce with the command line (argv[0] the binary), the data
// folder, the ending (nil: ctrl+c) and extra environment chosen by the
// caller; it also returns the whole output and the exit state.
func startIn(t *testing.T, argv []string, marker, dataDir string, end ptyEnd, env ...string) (startup, ptyRun) {
	t.Helper()
	if end == nil {
		end = ctrlC
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	bin := argv[0]
	cmd := exec.Command(bin, argv[1:]...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "LANG=C.UTF-8", "TERM=xterm-256color",
		"COLUMNS=80", "LINES=24", "RUNG_DATA_DIR=" + dataDir}
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	exited := make(chan time.Time, 1)
	go func() { _ = cmd.Wait(); exited <- time.Now() }() // cmd.ProcessState is set before the send
	chunks := make(chan chunk, 64)
	go func() {
		defer close(chunks)
		for {
			b := make([]byte, 32<<10)
			n, err := ptmx.Read(b)
			if n > 0 {
				chunks <- chunk{time.Now(), b[:n]}
			}
			if err != nil {
				return
			}
		}
	}()

	var (
		s        startup
		buf      []byte
		scanFrom int
		deadline = time.After(10 * time.Second)
	)
	for s.frame == 0 {
		select {
		case c, ok := <-chunks:
			if !ok {
				t.Fatalf("%s closed the terminal before showing %q:\n%s", bin, marker, buf)
			}
			buf = append(buf, c.b...)
			last := 0
			for _, m := range queryRE.FindAllSubmatchIndex(buf[scanFrom:], -1) {
				for i := range m {
					if m[i] >= 0 {
						m[i] += scanFrom
					}
				}
				if _, err := ptmx.Write(reply(buf, m)); err != nil {
					t.Fatal(err)
				}
				last = m[1]
			}
			scanFrom = max(last, len(buf)-32, scanFrom) // a query may be cut between reads
			text := ansiRE.ReplaceAll(buf, nil)
			if s.text == 0 && len(bytes.TrimSpace(text)) > 0 {
				s.text = c.at.Sub(start)
			}
			if bytes.Contains(text, []byte(marker)) {
				s.frame = c.at.Sub(start)
			}
		case <-deadline:
			_ = cmd.Process.Kill()
			t.Fatalf("%s did not show %q in 10s; it wrote:\n%q", bin, marker, buf)
		}
	}
	quit := time.Now()
	if err := end(cmd, ptmx); err != nil {
		t.Fatal(err)
	}
	rest := make(chan []byte)
	go func() { // keep reading so the program never blocks on output
		var b []byte
		for c := range chunks {
			b = append(b, c.b...)
		}
		rest <- b
	}()
	select {
	case at := <-exited:
		s.exit = at.Sub(quit)
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("%s did not exit within 5s of being told to", bin)
	}
	ptmx.Close() // ends the reader, should a child still hold the terminal
	return s, ptyRun{out: append(buf, <-rest...), state: cmd.ProcessState}
}
