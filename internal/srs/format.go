package srs

import (
	"math"
	"strconv"
	"time"
)

// Calendar lengths used for labels, as Anki uses them.
const (
	labelMonthDays = 365.0 / 12
	labelYearDays  = 365.0
)

// FormatInterval formats a time span as a short label like Anki's answer
// buttons: "<1m" under a minute (and for negative spans), then "Nm" while it
// rounds to under 60 minutes, "Nh" under 24 hours, "Nd" under 30 days, "N.Nmo"
// under 12 months (a month is 365/12 days) and "N.Ny" beyond.
func FormatInterval(d time.Duration) string {
	if d < time.Minute {
		return "<1m"
	}
	if m := math.Round(d.Minutes()); m < 60 {
		return strconv.Itoa(int(m)) + "m"
	}
	if h := math.Round(d.Hours()); h < 24 {
		return strconv.Itoa(int(h)) + "h"
	}
	days := d.Hours() / 24
	if n := math.Round(days); n < 30 {
		return strconv.Itoa(int(n)) + "d"
	}
	if mo := math.Round(days/labelMonthDays*10) / 10; mo < 12 {
		return strconv.FormatFloat(mo, 'f', 1, 64) + "mo"
	}
	y := math.Round(days/labelYearDays*10) / 10
	return strconv.FormatFloat(y, 'f', 1, 64) + "y"
}
