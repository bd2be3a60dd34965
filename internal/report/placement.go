// Package report renders placements and practice sessions as plain text,
// JSON and Markdown. It is pure: it writes to the io.Writer or returns the
// bytes it is given no clock (callers pass the time).
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// PlacementJSON is the public JSON shape of `rung assess --format json`. The
// first five fields are the documented interface; the rest explain them.
type PlacementJSON struct {
	Current        *string     `json:"current"`
	Next           *string     `json:"next"`
	QualifiedFor   *string     `json:"qualified_for"`
	Readiness      int         `json:"readiness"`
	Gaps           []GapJSON   `json:"gaps"`
	Track          string      `json:"track"`
	CurrentSource  string      `json:"current_source"`
	Checks         []CheckJSON `json:"checks"`
	Strengths      []string    `json:"strengths"`
	Road           []StopJSON  `json:"road"`
	Salary         *SalaryJSON `json:"salary"`
	UniformRatings bool        `json:"uniform_ratings"`
	Notes          []string    `json:"notes"`
}

// GapJSON is one unmet requirement of the next rung.
type GapJSON struct {
	Requirement string   `json:"requirement"`
	Have        string   `json:"have"`
	Need        string   `json:"need"`
	Steps       []int    `json:"steps"`
	Skills      []string `json:"skills"`
	Label       string   `json:"label"`
	Kind        string   `json:"kind"`
	Reason      string   `json:"reason"`
	Months      int      `json:"months"`
}

// CheckJSON is one requirement of the next rung, met or not.
type CheckJSON struct {
	Requirement string  `json:"requirement"`
	Label       string  `json:"label"`
	Kind        string  `json:"kind"`
	Met         bool    `json:"met"`
	Credit      float64 `json:"credit"`
	Weight      float64 `json:"weight"`
	Reason      string  `json:"reason"`
}

// StopJSON is a rung on the road to the top.
type StopJSON struct {
	Role      string    `json:"role"`
	Qualified bool      `json:"qualified"`
	Readiness int       `json:"readiness"`
	Months    int       `json:"months"`
	Gaps      []GapJSON `json:"gaps"`
}

// SalaryJSON places a person among their rung's salary levels.
type SalaryJSON struct {
	Level     string `json:"level"`
	Name      string `json:"name"`
	Min       int    `json:"min"`
	Max       int    `json:"max"`
	OpenEnded bool   `json:"open_ended"`
	Currency  string `json:"currency"`
	Period    string `json:"period"`
	NextLevel string `json:"next_level,omitempty"`
	Next      string `json:"next,omitempty"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func gapJSON(c assess.Check) GapJSON {
	steps, skills := c.Steps, c.Skills
	if steps == nil {
		steps = []int{}
	}
	if skills == nil {
		skills = []string{}
	}
	return GapJSON{Requirement: c.ID, Have: c.Have, Need: c.Need, Steps: steps, Skills: skills,
		Label: c.Label, Kind: c.Kind, Reason: c.Reason, Months: c.Months}
}

// ToJSON converts a placement to its public JSON shape.
func ToJSON(lib *content.Library, p assess.Placement) PlacementJSON {
	out := PlacementJSON{
		Current: nullable(p.Current), Next: nullable(p.Next), QualifiedFor: nullable(p.QualifiedFor),
		Readiness: p.Readiness, Gaps: []GapJSON{}, Track: lib.Track.ID, CurrentSource: p.CurrentSource,
		Checks: []CheckJSON{}, Strengths: p.Strengths, Road: []StopJSON{}, UniformRatings: p.UniformRatings, Notes: p.Notes,
	}
	if out.Strengths == nil {
		out.Strengths = []string{}
	}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, g := range p.Gaps {
		out.Gaps = append(out.Gaps, gapJSON(g))
	}
	for _, c := range p.Checks {
		out.Checks = append(out.Checks, CheckJSON{Requirement: c.ID, Label: c.Label, Kind: c.Kind, Met: c.Met,
			Credit: float64(int(c.Credit*1000+0.5)) / 1000, Weight: c.Weight, Reason: c.Reason})
	}
	for _, s := range p.Road {
		st := StopJSON{Role: s.Role, Qualified: s.Qualified, Readiness: s.Readiness, Months: s.Months, Gaps: []GapJSON{}}
		for _, g := range s.Gaps {
			st.Gaps = append(st.Gaps, gapJSON(g))
		}
		out.Road = append(out.Road, st)
	}
	if s := p.Salary; s != nil {
		out.Salary = &SalaryJSON{Level: s.Level, Name: s.Name, Min: s.Min, Max: s.Max, OpenEnded: s.OpenEnded,
			Currency: s.Currency, Period: s.Period, NextLevel: s.NextLevel, Next: s.Next}
	}
	return out
}

// WriteJSON writes the placement as indented JSON.
func WriteJSON(w io.Writer, lib *content.Library, p assess.Placement) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ToJSON(lib, p))
}

func title(lib *content.Library, id string) string {
	if r, ok := lib.Role(id); ok {
		return r.Title
	}
	return id
}

// Bar draws a readiness bar of the given width with # and - (plain ASCII, so
// it survives pipes, NO_COLOR and screen readers read it as a percentage).
func Bar(pct, width int) string {
	pct = max(0, min(100, pct))
	filled := (pct*width + 50) / 100
	return "[" + strings.Repeat("#", filled) + strings.Repeat("-", width-filled) + "]"
}

// Duration says a month count roughly, in words.
func Duration(months int) string {
	switch {
	case months <= 0:
		return "now"
	case months < 12:
		if months == 1 {
			return "about a month"
		}
		return fmt.Sprintf("about %d months", months)
	case months < 18:
		return "about a year"
	}
	years := (months + 6) / 12
	return fmt.Sprintf("about %d years", years)
}

// Money formats a salary band: "$50,000 - $70,000" or "$120,000 - $170,000+".
func Money(currency string, minV, maxV int, open bool) string {
	sym := currency + " "
	if currency == "USD" {
		sym = "$"
	}
	s := sym + thousands(minV) + " - " + sym + thousands(maxV)
	if open {
		s += "+"
	}
	return s
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func stepList(lib *content.Library, steps []int) string {
	parts := make([]string, 0, len(steps))
	for _, n := range steps {
		if s, ok := lib.Step(n); ok {
			parts = append(parts, fmt.Sprintf("%d (%s)", n, s.Title))
		}
	}
	return strings.Join(parts, ", ")
}

// WriteText writes the placement for a terminal: a small ladder with a
// "you are here" marker, readiness, every requirement of the next rung, the
// gaps with their steps, and the road to the top.
func WriteText(w io.Writer, lib *content.Library, p assess.Placement) error {
	ew := &errWriter{w: w}
	ew.printf("%s: where you stand\n\n", lib.Track.Name)
	width := 0
	for _, r := range lib.Roles {
		width = max(width, len(r.Title))
	}
	for i := len(lib.Roles) - 1; i >= 0; i-- {
		r := lib.Roles[i]
		mark := ""
		switch r.ID {
		case p.Current:
			mark = "<- you are here"
		case p.Next:
			mark = fmt.Sprintf("<- next (%d%% ready)", p.Readiness)
		}
		ew.printf("%s\n", strings.TrimRight(fmt.Sprintf("  %d  %-*s  %s", r.Rung, width, r.Title, mark), " "))
	}
	if p.Current == "" {
		ew.printf("\n  You hold no rung yet.\n")
	}
	if p.QualifiedFor != "" {
		ew.printf("\nYou meet every required rule up to: %s\n", title(lib, p.QualifiedFor))
	}
	if p.Next == "" {
		ew.printf("\nYou are at the top of the ladder.\n")
	} else {
		ew.printf("\nReadiness for %s: %d%% %s\n", title(lib, p.Next), p.Readiness, Bar(p.Readiness, 20))
		ew.printf("\nWhat %s asks for:\n", title(lib, p.Next))
		for _, c := range p.Checks {
			mark := "[x]"
			if !c.Met {
				mark = "[ ]"
			}
			ew.printf("  %s %s (%s): %s\n", mark, c.Label, c.Kind, c.Reason)
		}
		if len(p.Gaps) > 0 {
			ew.printf("\nGaps, most important first:\n")
			for i, g := range p.Gaps {
				ew.printf("  %d. %s: you have %s; needed: %s\n", i+1, g.Label, g.Have, g.Need)
				ew.printf("     steps: %s\n", stepList(lib, g.Steps))
				if len(g.Skills) > 0 {
					names := make([]string, len(g.Skills))
					for j, id := range g.Skills {
						names[j] = lib.SkillName(id)
					}
					ew.printf("     skills: %s\n", strings.Join(names, ", "))
				}
			}
		}
	}
	if len(p.Road) > 1 {
		ew.printf("\nThe road to %s (rough, from today's answers):\n", title(lib, lib.Track.Goal))
		for _, s := range p.Road {
			gaps := fmt.Sprintf("%d gaps", len(s.Gaps))
			if len(s.Gaps) == 1 {
				gaps = "1 gap"
			}
			state := fmt.Sprintf("%d%% ready, %s, %s", s.Readiness, gaps, Duration(s.Months))
			if len(s.Gaps) == 0 {
				state = "ready now"
			}
			ew.printf("  %-*s  %s\n", width, title(lib, s.Role), state)
		}
	}
	if s := p.Salary; s != nil {
		ew.printf("\nSalary level: %s, %s a %s", s.Name, Money(s.Currency, s.Min, s.Max, s.OpenEnded), s.Period)
		if s.NextName != "" {
			ew.printf("; next: %s", s.NextName)
		}
		ew.printf("\n")
		if s.Next != "" {
			ew.printf("  %s\n", oneLine(s.Next))
		}
	}
	for _, n := range p.Notes {
		ew.printf("\nNote: %s\n", n)
	}
	return ew.err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// errWriter keeps the first write error so callers check once (a closed pipe
// stops the output without a crash).
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

// Plan is the Markdown personal development plan: placement, strengths, gaps
// with the steps and their actions, the road ahead and the salary band. name
// may be empty; now dates the plan.
func Plan(lib *content.Library, p assess.Placement, name string, now time.Time) string {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	heading := "Personal development plan"
	if name != "" {
		heading += ": " + name
	}
	pf("# %s\n\n", heading)
	pf("*%s track, %s. Made with rung from a self-assessment; the thresholds are the track's, "+
		"and an employer's own job description always wins.*\n\n", lib.Track.Name, now.Format("January 2, 2006"))

	pf("## Where I stand\n\n")
	pf("| | |\n|---|---|\n")
	cur := "none yet"
	if p.Current != "" {
		cur = title(lib, p.Current)
	}
	pf("| Current rung | %s |\n", cur)
	if p.Next != "" {
		pf("| Next rung | %s |\n", title(lib, p.Next))
		pf("| Readiness for it | %d%% |\n", p.Readiness)
	} else {
		pf("| Next rung | at the top |\n")
	}
	q := "no rung yet"
	if p.QualifiedFor != "" {
		q = title(lib, p.QualifiedFor)
	}
	pf("| Meets every required rule up to | %s |\n\n", q)
	for _, n := range p.Notes {
		pf("> %s\n\n", n)
	}

	if len(p.Strengths) > 0 {
		pf("## Strengths\n\n")
		for _, s := range p.Strengths {
			pf("- %s\n", s)
		}
		pf("\n")
	}

	if p.Next != "" {
		pf("## What %s asks for\n\n", title(lib, p.Next))
		for _, c := range p.Checks {
			mark := "met"
			if !c.Met {
				mark = "**open**"
			}
			pf("- %s (%s): %s. %s\n", c.Label, c.Kind, mark, capitalize(c.Reason)+".")
		}
		pf("\n")
	}

	if len(p.Gaps) > 0 {
		pf("## Gaps and the steps that close them\n\n")
		seen := map[int]bool{}
		for i, g := range p.Gaps {
			pf("### %d. %s\n\n", i+1, g.Label)
			pf("I have %s; the rung asks for %s.", g.Have, g.Need)
			if g.Months > 0 {
				pf(" Rough time to close: %s.", Duration(g.Months))
			}
			pf("\n\n")
			if g.Note != "" {
				pf("*%s*\n\n", oneLine(g.Note))
			}
			for _, n := range g.Steps {
				s, ok := lib.Step(n)
				if !ok {
					continue
				}
				if seen[n] {
					pf("- Step %d, %s: see above.\n", n, s.Title)
					continue
				}
				seen[n] = true
				pf("**Step %d: %s.** %s\n\n", n, s.Title, oneLine(s.Summary))
				for _, a := range s.Actions {
					pf("- [ ] %s\n", oneLine(a.Text))
				}
				pf("\n")
			}
			if len(g.Skills) > 0 {
				names := make([]string, len(g.Skills))
				for j, id := range g.Skills {
					names[j] = lib.SkillName(id)
				}
				pf("Skills to build: %s.\n\n", strings.Join(names, ", "))
			}
		}
	}

	if len(p.Road) > 0 {
		pf("## The road ahead\n\n")
		pf("| Rung | Readiness | Open gaps | Rough time |\n|---|---|---|---|\n")
		for _, s := range p.Road {
			pf("| %s | %d%% | %d | %s |\n", title(lib, s.Role), s.Readiness, len(s.Gaps), Duration(s.Months))
		}
		pf("\n")
	}

	if s := p.Salary; s != nil {
		pf("## Salary band\n\n")
		pf("%s: %s a %s.", s.Name, Money(s.Currency, s.Min, s.Max, s.OpenEnded), s.Period)
		if s.NextName != "" {
			pf(" Next level: %s.", s.NextName)
		}
		pf("\n\n")
		if s.Next != "" {
			pf("%s\n\n", oneLine(s.Next))
		}
	} else if lib.Salary != nil && len(lib.Salary.Levels) > 0 {
		first := lib.Salary.Levels[0]
		last := lib.Salary.Levels[len(lib.Salary.Levels)-1]
		pf("## Salary at the top\n\n")
		pf("%s pay runs from %s (%s) to %s (%s) a %s.\n\n", title(lib, lib.Salary.Role),
			Money(lib.Salary.Currency, first.Min, first.Max, first.OpenEnded), first.Name,
			Money(lib.Salary.Currency, last.Min, last.Max, last.OpenEnded), last.Name, lib.Salary.Period)
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
