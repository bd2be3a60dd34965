package stats

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/tui"
)

// forecastWeek is how many days the forecast lists one by one; the rest of
// the month is drawn as one mark a day.
const forecastWeek = 7

// forecastGlyphs shade a day of the month's line by its share of the
// busiest day; a day with nothing due is a dot, as in the heatmap.
var forecastGlyphs = []rune("▁▂▃▄▅▆▇█")

// forecastText is the reviews falling due in the coming study days: the
// next seven one by one, with bars, then the next thirty as a line of
// marks, today first.
func (s *model) forecastText(width int) string {
	st := s.Styles()
	f := s.stats.Forecast
	var b strings.Builder
	b.WriteString(st.Section.Render("Reviews due, next 7 and 30 days") + "\n")
	month := practice.ForecastTotal(f)
	if month == 0 {
		b.WriteString(st.Muted.Render(tui.Wrap("Nothing falls due in the next 30 days: the cards you study come back here on the days they are due.", width)))
		return b.String()
	}
	week := f[:min(forecastWeek, len(f))]
	most := max(1, maxOf(week))
	const labelW = 13 // "Tomorrow" and a count, to line up with "Next 30 days"
	barW := max(5, min(20, width-labelW-2))
	start := practice.DayStart(s.Now())
	for i, n := range week {
		bar := st.BarFull.Render(strings.Repeat("█", (n*barW+most-1)/most))
		fmt.Fprintf(&b, "%-9s %3d  %s\n", dayLabel(start, i), n, bar)
	}
	line := []rune(monthLine(f))
	line = line[:min(len(line), max(1, width-labelW-2))]
	fmt.Fprintf(&b, "%-*s  %s\n", labelW, "Next 30 days", st.Accent.Render(string(line)))
	b.WriteString(st.Muted.Render(tui.Wrap(fmt.Sprintf("%s in the next 7 days, %d in the next 30 (one mark a day from today, · for none). "+
		"Suspended cards and leeches are not counted.", tui.Count(practice.ForecastTotal(week), "review", "reviews"), month), width)))
	return b.String()
}

// dayLabel names study day i from start: Today, Tomorrow, then "Wed 25".
func dayLabel(start time.Time, i int) string {
	switch i {
	case 0:
		return "Today"
	case 1:
		return "Tomorrow"
	}
	return start.AddDate(0, 0, i).Format("Mon 2")
}

// monthLine draws a forecast as one mark a day, shaded by the day's share
// of the busiest day.
func monthLine(f []int) string {
	most := max(1, maxOf(f))
	var b strings.Builder
	for _, n := range f {
		if n == 0 {
			b.WriteRune('·')
			continue
		}
		b.WriteRune(forecastGlyphs[(n*(len(forecastGlyphs)-1)+most-1)/most])
	}
	return b.String()
}

func maxOf(f []int) int {
	m := 0
	for _, n := range f {
		m = max(m, n)
	}
	return m
}
