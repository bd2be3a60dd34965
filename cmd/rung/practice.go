package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
)

func practiceCommand() *command {
	return &command{
		name:    "practice",
		summary: "open the app at interview practice (flashcards, rehearsal, mock interviews)",
		run: func(e *env, g *globals, args []string) int {
			if len(args) > 0 {
				fmt.Fprintf(e.stderr, "rung practice: unexpected argument %q\n", args[0])
				return exitUsage
			}
			return runApp(e, g, "practice")
		},
	}
}

func statsCommand() *command {
	return &command{
		name:    "stats",
		summary: "print your practice statistics: reviews per day, retention, cards, readiness",
		run: func(e *env, g *globals, args []string) int {
			if len(args) > 0 {
				fmt.Fprintf(e.stderr, "rung stats: unexpected argument %q\n", args[0])
				return exitUsage
			}
			lib, ok := loadLibrary(e, g)
			if !ok {
				return exitUsage
			}
			st, dir, err := openStore(e, g)
			if err != nil {
				fmt.Fprintf(e.stderr, "rung stats: %v\n", err)
				return exitError
			}
			defer st.Close()
			s, err := readStats(lib, st, e.now())
			if err != nil {
				fmt.Fprintf(e.stderr, "rung stats: %v\n", err)
				return exitError
			}
			return outputDone(e, writeStats(e.stdout, lib, s, dir, e.now()))
		},
	}
}

// practiceFigures are the figures the Stats screen shows, read without the
// app.
type practiceFigures struct {
	heat   practice.Heatmap
	ret    practice.Retention
	counts practice.StateCounts
	points []practice.ReadinessPoint
	seen   int // cards with a stored state
}

func readStats(lib *content.Library, st *store.Store, now time.Time) (practiceFigures, error) {
	var f practiceFigures
	track := lib.Track.ID
	from, to := practice.HeatRange(now)
	days, err := st.ReviewCountsByDay(track, from, to, now.Location())
	if err != nil {
		return f, err
	}
	since := now.AddDate(0, 0, -practice.RetentionDays)
	reviews, err := st.ReviewsSince(track, since)
	if err != nil {
		return f, err
	}
	states, err := st.CardStates(track)
	if err != nil {
		return f, err
	}
	as, err := st.Assessments(track)
	if err != nil {
		return f, err
	}
	f.heat = practice.BuildHeatmap(days, now)
	rv := make([]practice.Reviewed, len(reviews))
	for i, r := range reviews {
		rv[i] = practice.Reviewed{At: r.ReviewedAt, Rating: srs.Rating(r.Rating), Before: srs.State(r.Before.State), Mode: practice.Mode(r.Mode)}
	}
	f.ret = practice.RetentionSince(rv, since)
	ss := make(practice.States, len(states))
	for id, cs := range states {
		ss[id] = practice.State{Card: srs.Card{State: srs.State(cs.State), Reps: cs.Reps, Lapses: cs.Lapses, Due: cs.Due}, Leech: cs.Leech}
	}
	f.seen = len(states)
	f.counts = practice.CountStates(lib, ss)
	for _, a := range as {
		f.points = append(f.points, practice.ReadinessPoint{At: a.TakenAt, Next: a.Next, Readiness: a.Readiness})
	}
	return f, nil
}

// writeStats prints the figures as plain text: no colour, no cursor
// movement, nothing asked of the terminal.
func writeStats(w io.Writer, lib *content.Library, f practiceFigures, dir string, now time.Time) error {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if f.seen == 0 && f.heat.Total == 0 && len(f.points) == 0 {
		pf("No practice or assessments saved yet (data folder: %s).\n", dir)
		pf("To start: `rung practice` opens the interview flashcards, and `rung` the self-assessment\n")
		pf("(or `rung assess --answers FILE` without the app). Your figures show up here as you go.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	pf("Practice statistics: %s track (data folder: %s)\n\n", lib.Track.Name, dir)

	pf("Reviews, last %d weeks\n", practice.HeatWeeks)
	for _, l := range f.heat.Lines(1) {
		pf("  %s\n", l)
	}
	pf("  %s\n", practice.HeatLegend())
	pf("  %s on %s · %d today · streak %s\n\n", count(f.heat.Total, "review", "reviews"),
		count(f.heat.ActiveDays, "day", "days"), f.heat.Today, count(f.heat.Streak(now), "day", "days"))

	pf("Retention, last %d days: ", practice.RetentionDays)
	if pct, ok := f.ret.Percent(); ok {
		pf("%d%% (you remembered %d of %d cards that were due for review)\n\n", pct, f.ret.Passed, f.ret.Reviews)
	} else {
		pf("not measured yet (it counts reviews of cards on days-long intervals)\n\n")
	}

	c := f.counts
	pf("Cards by state (%d in all)\n", c.Total())
	for _, r := range []struct {
		name string
		n    int
	}{{"New", c.New}, {"Learning", c.Learning}, {"Review", c.Review}, {"Relearning", c.Relearning}, {"Leech", c.Leech}} {
		pf("  %-11s %4d\n", r.name, r.n)
	}
	pf("\n")

	if len(f.points) == 0 {
		pf("Readiness history: no saved assessments yet (take the self-assessment in `rung`).\n")
	} else {
		pf("Readiness history  %s  (oldest to newest)\n", practice.Sparkline(practice.Readiness(f.points)))
		for _, p := range f.points {
			next := "at the top"
			if r, ok := lib.Role(p.Next); ok {
				next = r.Title
			} else if p.Next != "" {
				next = p.Next
			}
			pf("  %s  %3d%%  %s\n", p.At.In(now.Location()).Format(time.DateOnly), p.Readiness, content.Sanitize(next))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// count is "1 day" or "3 days".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
