package app_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/app"
)

// TestEndToEndQuestionnaire answers the whole questionnaire through the
// production constructor and program loop, and checks the placement shown
// and saved.
func TestEndToEndQuestionnaire(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(tracks.Default())
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	now := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	m, err := app.New(app.Options{Library: lib, Store: st, Now: func() time.Time { return now },
		Renderer: r, OutDir: t.TempDir(), NoTicks: true})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	// WaitFor consumes what it reads, so keep everything seen and search
	// all of it: a frame may arrive while an earlier wait is reading.
	var seen bytes.Buffer
	waitFor := func(s string) {
		t.Helper()
		if bytes.Contains(seen.Bytes(), []byte(s)) {
			return
		}
		before := seen.Len()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			seen.Truncate(before) // b is everything this call has read so far
			seen.Write(b)
			return bytes.Contains(seen.Bytes(), []byte(s))
		}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	key := func(keys ...string) {
		for _, k := range keys {
			switch k {
			case "enter":
				tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			default:
				tm.Type(k)
			}
		}
	}
	waitFor("Self-assessment")
	key("enter")
	waitFor("Question 1 of 13")
	key("5", "enter") // Manager
	waitFor("Question 2 of 13")
	key("4", "enter") // four years in the role
	key("11", "enter")
	key("4", "enter") // master's
	key("1", "enter") // social work
	key("3", "enter") // licensed
	waitFor("Question 7 of 13")
	key("6", "enter") // supervising 6 years
	key("25", "enter")
	key("y", "enter")
	key("4", "enter") // several programs
	key("4", "enter")
	key("4", "enter")
	waitFor("Question 13 of 13")
	key("454444444444544")
	key("enter")
	waitFor("Review your answers")
	key("s")
	waitFor("you are here")
	waitFor("next · 100% ready")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	saved, ok, err := st.LatestAssessment(lib.Track.ID)
	if err != nil || !ok {
		t.Fatalf("not saved: %v", err)
	}
	if saved.Current != "manager" || saved.Next != "director" || saved.Readiness != 100 {
		t.Errorf("saved %s -> %s at %d%%", saved.Current, saved.Next, saved.Readiness)
	}
	out, _ := io.ReadAll(tm.FinalOutput(t))
	if strings.Contains(string(out), "panic") {
		t.Errorf("output mentions a panic")
	}
}
