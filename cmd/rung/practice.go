package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
)

func (c *cli) practiceCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "practice",
		Short: "open the app at interview practice (--accessible: plain prompts)",
		Long: `Open the app at interview practice: the decks of flashcards, rehearsal by
typing and mock interviews.

With --accessible (or RUNG_ACCESSIBLE=1) the flashcards run as plain
prompts instead, for screen readers and pipes: choose a deck, then for each
card the question; Enter shows what a strong answer covers, 1-4 grade it
(Again, Hard, Good, Easy), u takes back the last grade and q stops. Grades
are scheduled and saved as the app's are.`,
		Example: `  rung practice
  rung --accessible practice
  RUNG_ACCESSIBLE=1 rung practice
  rung --track uk-children practice`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: c.do(func(cmd *cobra.Command, args []string) int {
			if code, ok := c.noArgs(cmd, args, ""); !ok {
				return code
			}
			if accessibleMode(c.e, &c.g) {
				return runAccessiblePractice(c.e, &c.g)
			}
			return runApp(c.e, &c.g, "practice")
		}),
	}
}

func (c *cli) statsCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "your practice statistics and the reviews coming up",
		Long: `Print your practice statistics without the app: reviews per day for the last
12 weeks, retention over the last 30 days, your cards by state, the
readiness of your saved assessments, and the reviews coming up in the next
7 and 30 days. It only reads: with no data folder yet it says so and
creates nothing.`,
		Example: `  rung stats
  rung stats --format json
  RUNG_NOW=2026-12-07T19:00:00Z rung stats   # as it will be next week`,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	formatFlag(cmd, cmd.Flags(), &format, "`FORMAT`: text or json", "text", "json")
	cmd.RunE = c.do(func(cmd *cobra.Command, args []string) int {
		e := c.e
		if code, ok := c.noArgs(cmd, args, ""); !ok {
			return code
		}
		if code, ok := c.checkFormat(cmd, format, "text", "json"); !ok {
			return code
		}
		lib, ok := loadLibrary(e, &c.g)
		if !ok {
			return exitUsage
		}
		r, err := readStats(e, &c.g, lib)
		if err != nil {
			fmt.Fprintf(e.stderr, "rung stats: %v\n", err)
			return exitError
		}
		if format == "json" {
			return outputDone(e, writeJSON(e.stdout, statsJSONOf(lib, r, e.now())))
		}
		return outputDone(e, writeStats(e.stdout, lib, r, e.now()))
	})
	return cmd
}

// statsRead is what rung stats shows: the figures, the reviews coming up
// and where they were read from.
type statsRead struct {
	progress.Stats
	// Forecast counts the reviews due on each of the next ForecastDays
	// study days, today first.
	Forecast []int
	Dir      string
}

// ForecastDays is how far ahead rung stats looks.
const ForecastDays = progress.ForecastDays

// readStats gathers the statistics without creating anything: with no
// database yet, the figures are those of an empty one.
func readStats(e *env, g *globals, lib *content.Library) (statsRead, error) {
	r := statsRead{Forecast: make([]int, ForecastDays)}
	dir, err := dataDir(e, g)
	if err != nil {
		return r, err
	}
	r.Dir = dir
	now := e.now()
	st, ok, err := store.OpenIfExists(dir)
	if err != nil {
		return r, err
	}
	if !ok {
		r.Stats, err = progress.Gather(progress.NewMemory(), lib, now)
	} else {
		defer st.Close()
		// The database keeps card flags: the forecast leaves suspended
		// cards out and counts buried ones from the day they come back.
		r.Stats, err = progress.Gather(st, lib, now)
	}
	if err == nil && len(r.Stats.Forecast) > 0 {
		r.Forecast = r.Stats.Forecast
	}
	return r, err
}

// writeStats prints the figures as plain text: no colour, no cursor
// movement, nothing asked of the terminal.
func writeStats(w io.Writer, lib *content.Library, r statsRead, now time.Time) error {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	f := r.Stats
	if f.Empty() {
		pf("No practice or assessments saved yet (data folder: %s).\n", r.Dir)
		pf("To start: `rung practice` opens the interview flashcards, and `rung` the self-assessment\n")
		pf("(or `rung assess --answers FILE` without the app). Your figures show up here as you go.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	pf("Practice statistics: %s track (data folder: %s)\n\n", lib.Track.Name, r.Dir)

	pf("Reviews, last %d weeks\n", practice.HeatWeeks)
	for _, l := range f.Heat.Lines(1) {
		pf("  %s\n", l)
	}
	pf("  %s\n", practice.HeatLegend())
	pf("  %s on %s · %d today · streak %s\n\n", count(f.Heat.Total, "review", "reviews"),
		count(f.Heat.ActiveDays, "day", "days"), f.Heat.Today, count(f.Heat.Streak(now), "day", "days"))

	b.WriteString(forecastText(r.Forecast, now))

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
			pf("  %s  %3d%%  %s\n", p.At.In(now.Location()).Format(time.DateOnly), p.Readiness, content.Sanitize(roleTitle(lib, p.Next)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// roleTitle names the rung an assessment aimed at.
func roleTitle(lib *content.Library, id string) string {
	if r, ok := lib.Role(id); ok {
		return r.Title
	}
	if id == "" {
		return "at the top"
	}
	return id
}

// forecastText is the reviews coming up: the totals for the next 7 and 30
// days, then each of the next 7 days.
func forecastText(f []int, now time.Time) string {
	week := practice.ForecastTotal(f[:min(7, len(f))])
	month := practice.ForecastTotal(f)
	var b strings.Builder
	fmt.Fprintf(&b, "Reviews coming up: %d in the next 7 days, %d in the next %d days\n", week, month, len(f))
	if month == 0 {
		b.WriteString("  none scheduled yet: cards you study come back here when they are due\n\n")
		return b.String()
	}
	days := make([]string, 0, 7)
	for i, n := range f[:min(7, len(f))] {
		days = append(days, fmt.Sprintf("%s %d", forecastDay(i, now), n))
	}
	fmt.Fprintf(&b, "  %s\n\n", strings.Join(days, " · "))
	return b.String()
}

// forecastDay names the i-th study day from now: today, then weekdays. A
// study day begins at practice.DayRollover, so at 1 a.m. "today" is still
// the day before.
func forecastDay(i int, now time.Time) string {
	if i == 0 {
		return "today"
	}
	return practice.DayEnd(now).AddDate(0, 0, i-1).Format("Mon")
}

// count is "1 day" or "3 days".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
