package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
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
			s, err := progress.Gather(st, lib, e.now())
			if err != nil {
				fmt.Fprintf(e.stderr, "rung stats: %v\n", err)
				return exitError
			}
			return outputDone(e, writeStats(e.stdout, lib, s, dir, e.now()))
		},
	}
}

// writeStats prints the figures as plain text: no colour, no cursor
// movement, nothing asked of the terminal.
func writeStats(w io.Writer, lib *content.Library, f progress.Stats, dir string, now time.Time) error {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if f.Empty() {
		pf("No practice or assessments saved yet (data folder: %s).\n", dir)
		pf("To start: `rung practice` opens the interview flashcards, and `rung` the self-assessment\n")
		pf("(or `rung assess --answers FILE` without the app). Your figures show up here as you go.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	pf("Practice statistics: %s track (data folder: %s)\n\n", lib.Track.Name, dir)

	pf("Reviews, last %d weeks\n", practice.HeatWeeks)
	for _, l := range f.Heat.Lines(1) {
		pf("  %s\n", l)
	}
	pf("  %s\n", practice.HeatLegend())
	pf("  %s on %s · %d today · streak %s\n\n", count(f.Heat.Total, "review", "reviews"),
		count(f.Heat.ActiveDays, "day", "days"), f.Heat.Today, count(f.Heat.Streak(now), "day", "days"))

	pf("Retention, last %d days: ", practice.RetentionDays)
	if pct, ok := f.Retention.Percent(); ok {
		pf("%d%% (you remembered %d of %d cards that were due for review)\n\n", pct, f.Retention.Passed, f.Retention.Reviews)
	} else {
		pf("not measured yet (it counts reviews of cards on days-long intervals)\n\n")
	}

	c := f.Counts
	pf("Cards by state (%d in all)\n", c.Total())
	for _, r := range []struct {
		name string
		n    int
	}{{"New", c.New}, {"Learning", c.Learning}, {"Review", c.Review}, {"Relearning", c.Relearning}, {"Leech", c.Leech}} {
		pf("  %-11s %4d\n", r.name, r.n)
	}
	pf("\n")

	if len(f.Points) == 0 {
		pf("Readiness history: no saved assessments yet (take the self-assessment in `rung`).\n")
	} else {
		pf("Readiness history  %s  (oldest to newest)\n", practice.Sparkline(practice.Readiness(f.Points)))
		for _, p := range f.Points {
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
