package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
)

// TranscriptName is the file name of a mock interview's transcript:
// mock-interview-<rung>-<date>.md, and for the n-th of the same rung and day
// (n > 1) mock-interview-<rung>-<date>-<n>.md, so none is overwritten.
func TranscriptName(rung string, at time.Time, n int) string {
	name := "mock-interview-" + safeName(rung) + "-" + at.Format(time.DateOnly)
	if n > 1 {
		name += fmt.Sprintf("-%d", n)
	}
	return name + ".md"
}

// safeName keeps a role id fit for a file name (ids are kebab-case already;
// this is a second line of defense for an adapted track).
func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, s)
	if s = strings.Trim(s, "-"); s == "" {
		return "rung"
	}
	return s
}

// Transcript is the Markdown record of a mock interview: the date, the
// rung, the totals, and for each question the answer as typed, the feedback
// summary and the key points it missed.
func Transcript(lib *content.Library, r practice.MockResult) string {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	rung := title(lib, r.Rung)
	t := r.Totals()

	pf("# Mock interview: %s\n\n", rung)
	pf("*%s track, %s. Made with rung. The feedback compares each answer with the key points "+
		"of its question; it is a guide for practice, not a score.*\n\n",
		lib.Track.Name, r.At.Format("January 2, 2006 at 3:04 PM"))
	pf("| | |\n|---|---|\n")
	pf("| Date | %s |\n", r.At.Format("Monday, January 2, 2006"))
	pf("| Rung | %s |\n", rung)
	pf("| Questions | %d (%d answered) |\n", t.Questions, t.Answered)
	pf("| Key points covered | %d of %d (%d%%) |\n", t.Covered, t.Points, t.Percent())
	pf("| Words | %d |\n", t.Words)
	tm := clockTime(t.Time) + " in all"
	if r.Limit > 0 {
		tm += fmt.Sprintf("; limit %s a question, %d over", clockTime(r.Limit), t.Over)
	}
	pf("| Time | %s |\n\n", tm)

	for i, a := range r.Answers {
		cat := a.Card.Category
		if c, ok := lib.CardCategory(cat); ok {
			cat = c.Name
		}
		pf("## %d. %s\n\n", i+1, mdLine(a.Card.Question))
		took := clockTime(a.Elapsed)
		if r.Over(i) {
			took += " (over the limit)"
		}
		pf("*%s · took %s · %s*\n\n", cat, took, a.Feedback.Summary())
		pf("**My answer**\n\n")
		pf("%s\n\n", quote(a.Answer))
		var missed []practice.PointResult
		for _, p := range a.Feedback.KeyPoints {
			if !p.Covered {
				missed = append(missed, p)
			}
		}
		switch {
		case len(a.Feedback.KeyPoints) == 0:
		case len(missed) == 0:
			pf("**Key points:** all %d covered.\n\n", len(a.Feedback.KeyPoints))
		default:
			pf("**Key points missed**\n\n")
			for _, p := range missed {
				pf("- %s", mdLine(p.Point))
				if len(p.Missing) > 0 {
					pf(" Words that would show it: %s.", mdLine(strings.Join(p.Missing, ", ")))
				}
				pf("\n")
			}
			pf("\n")
		}
	}
	return b.String()
}

// quote renders a typed answer as a Markdown block quote, control
// characters removed; an empty answer says so.
func quote(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(content.Sanitize(s), "\r\n", "\n"))
	if s == "" {
		return "> *(no answer)*"
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			lines[i] = ">"
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}

// mdLine makes text one line of Markdown: whitespace collapsed, control
// characters removed.
func mdLine(s string) string { return oneLine(content.Sanitize(s)) }

// clockTime formats a duration as m:ss.
func clockTime(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
