// Package report renders placements and practice sessions as plain text,
// JSON and Markdown. It is pure: it writes to the io.Writer or returns the
// bytes it is given no clock (callers pass the time).
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
)

// PlacementJSON is the public JSON shape of `rung assess --format json`. The
// fields up to Road are the documented interface (see DESIGN.md); the rest
// explain them.
type PlacementJSON struct {
	Current        *string         `json:"current"`
	CurrentSource  string          `json:"current_source"`
	Next           *string         `json:"next"`
	QualifiedFor   *string         `json:"qualified_for"`
	Readiness      int             `json:"readiness"`
	Gaps           []GapJSON       `json:"gaps"`
	Road           []StopJSON      `json:"road"`
	Salary         *SalaryJSON     `json:"salary"`
	Track          string          `json:"track"`
	Evidence       string          `json:"evidence,omitempty"`
	Checks         []CheckJSON     `json:"checks"`
	Unmet          []GapJSON       `json:"unmet"`
	Strengths      []string        `json:"strengths"`
	Pay            []PayJSON       `json:"pay"`
	UniformRatings bool            `json:"uniform_ratings"`
	Notes          []string        `json:"notes"`
	Answers        json.RawMessage `json:"answers"`
}

// GapJSON is one unmet requirement.
type GapJSON struct {
	Requirement string   `json:"requirement"`
	Have        string   `json:"have"`
	Need        string   `json:"need"`
	Steps       []int    `json:"steps"`
	Skills      []string `json:"skills"`
	Label       string   `json:"label"`
	Kind        string   `json:"kind"`
	Reason      string   `json:"reason"`
	First       []string `json:"first"`
	Months      *int     `json:"months"`
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

// StopJSON is a rung on the road to the top. Months is null when an answer
// the estimate needs is missing; Unknown names those answers.
type StopJSON struct {
	Role      string    `json:"role"`
	Readiness int       `json:"readiness"`
	Months    *int      `json:"months"`
	Gaps      []GapJSON `json:"gaps"`
	Qualified bool      `json:"qualified"`
	Unknown   []string  `json:"unknown"`
}

// SalaryJSON places a person among the banded rung's salary levels: by
// years in the job when they hold it (held), else the level a newcomer
// starts at.
type SalaryJSON struct {
	Level     string `json:"level"`
	Name      string `json:"name"`
	Min       int    `json:"min"`
	Max       int    `json:"max"`
	OpenEnded bool   `json:"open_ended"`
	Currency  string `json:"currency"`
	Period    string `json:"period"`
	Held      bool   `json:"held"`
	NextLevel string `json:"next_level,omitempty"`
	Next      string `json:"next,omitempty"`
}

// PayJSON is a rung's pay range with the year and source of the figure.
type PayJSON struct {
	Role     string `json:"role"`
	Min      int    `json:"min"`
	Max      int    `json:"max"`
	Currency string `json:"currency"`
	Period   string `json:"period"`
	AsOf     string `json:"as_of"`
	Source   string `json:"source"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func gapJSON(c assess.Check) GapJSON {
	g := GapJSON{Requirement: c.ID, Have: c.Have, Need: c.Need, Steps: orEmpty(c.Steps), Skills: orEmpty(c.Skills),
		Label: c.Label, Kind: c.Kind, Reason: c.Reason, First: []string{}}
	for _, f := range c.First {
		g.First = append(g.First, f.Label)
	}
	if c.Answered && !c.Met {
		m := c.Months
		g.Months = &m
	}
	return g
}

func gapsJSON(cs []assess.Check) []GapJSON {
	out := []GapJSON{}
	for _, c := range cs {
		out = append(out, gapJSON(c))
	}
	return out
}

// ToJSON converts a placement, and the answers it came from, to its public
// JSON shape.
func ToJSON(lib *content.Library, a assess.Answers, p assess.Placement) PlacementJSON {
	out := PlacementJSON{
		Current: nullable(p.Current), CurrentSource: p.CurrentSource, Next: nullable(p.Next), QualifiedFor: nullable(p.QualifiedFor),
		Readiness: p.Readiness, Gaps: gapsJSON(p.Gaps), Road: []StopJSON{}, Track: lib.Track.ID, Evidence: p.Evidence,
		Checks: []CheckJSON{}, Unmet: gapsJSON(p.Unmet), Strengths: orEmpty(p.Strengths), Pay: []PayJSON{},
		UniformRatings: p.UniformRatings, Notes: orEmpty(p.Notes), Answers: a.JSON(lib),
	}
	for _, c := range p.Checks {
		out.Checks = append(out.Checks, CheckJSON{Requirement: c.ID, Label: c.Label, Kind: c.Kind, Met: c.Met,
			Credit: float64(int(c.Credit*1000+0.5)) / 1000, Weight: c.Weight, Reason: c.Reason})
	}
	for _, s := range p.Road {
		st := StopJSON{Role: s.Role, Qualified: s.Qualified, Readiness: s.Readiness, Gaps: gapsJSON(s.Gaps), Unknown: orEmpty(s.Unknown)}
		if s.Known {
			m := s.Months
			st.Months = &m
		}
		out.Road = append(out.Road, st)
	}
	if s := p.Salary; s != nil {
		out.Salary = &SalaryJSON{Level: s.Level, Name: s.Name, Min: s.Min, Max: s.Max, OpenEnded: s.OpenEnded,
			Currency: s.Currency, Period: s.Period, Held: s.Held, NextLevel: s.NextLevel, Next: oneLine(s.Next)}
	}
	for _, l := range p.Pay {
		out.Pay = append(out.Pay, PayJSON{Role: l.Role, Min: l.Min, Max: l.Max, Currency: l.Currency, Period: l.Period, AsOf: l.AsOf, Source: oneLine(l.Source)})
	}
	return out
}

// WriteJSON writes the placement as indented JSON.
func WriteJSON(w io.Writer, lib *content.Library, a assess.Answers, p assess.Placement) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ToJSON(lib, a, p))
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
	case months < 24:
		return "about a year and a half"
	}
	years := (months + 6) / 12
	return fmt.Sprintf("about %d years", years)
}

// Money formats a salary band: "$50,000 - $70,000" or "$120,000 - $170,000+".
func Money(currency string, minV, maxV int, open bool) string {
	sym := currency + " "
	switch currency {
	case "USD":
		sym = "$"
	case "GBP":
		sym = "£"
	case "EUR":
		sym = "€"
	}
	s := sym + thousands(minV) + " - " + sym + thousands(maxV)
	if minV == maxV {
		s = sym + thousands(minV)
	}
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

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
