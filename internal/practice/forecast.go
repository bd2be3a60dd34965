package practice

import "time"

// Forecast counts the reviews falling due on each of the coming study days:
// out[0] is today (everything already due, and what falls due before the
// day ends), out[1] tomorrow, and so on for days days. Cards never
// reviewed, leeches and suspended cards are not counted; a buried card
// counts from the day it comes back. Days begin at DayRollover, as the
// schedule's do.
func Forecast(ss States, ids []string, now time.Time, days int) []int {
	out := make([]int, max(days, 0))
	if days <= 0 {
		return out
	}
	end := DayEnd(now)
	for _, id := range ids {
		st, ok := ss[id]
		if !ok || ss.IsNew(id) || st.Leech || st.Suspended {
			continue
		}
		at := st.AvailableAt()
		if st.BuriedUntil.After(at) {
			at = st.BuriedUntil
		}
		day := 0
		for !at.Before(end.AddDate(0, 0, day)) {
			day++
			if day >= days {
				break
			}
		}
		if day < days {
			out[day]++
		}
	}
	return out
}

// ForecastTotal sums a forecast.
func ForecastTotal(f []int) int {
	n := 0
	for _, v := range f {
		n += v
	}
	return n
}
