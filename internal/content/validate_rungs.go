package content

import (
	"fmt"
	"strings"
)

// The placement checks: the rungs' held_when evidence and typical years,
// the checks that assume the rest of the track is sound (required rules
// monotone up the ladder, every required gap timed), and pay.

func (c checker) rungs(lib *Library) {
	if len(lib.Rungs) == 0 {
		return
	}
	seen := map[string]bool{}
	for i := range lib.Rungs {
		r := &lib.Rungs[i]
		path := fmt.Sprintf("rungs[%d]", i)
		c.ref(r.Pos, "role", path+".role", "role", r.Role, lib.roleIdx)
		if seen[r.Role] {
			c.at(r.Pos, "role", path+".role", "one entry per role", "role %q has two entries", r.Role)
		}
		seen[r.Role] = true
		if r.TypicalYears != nil && (*r.TypicalYears < 0 || *r.TypicalYears > 40) {
			c.at(r.Pos, "typical_years", path+".typical_years", "a number of years from 0 to 40", "typical_years is %g", *r.TypicalYears)
		}
		if r.YearsFrom != "" {
			if f, ok := lib.Fact(r.YearsFrom); !ok || f.Kind != FactNumber {
				c.at(r.Pos, "years_from", path+".years_from", "the key of a number fact: "+strings.Join(lib.numberFacts(), ", "), "unknown number fact %q", r.YearsFrom)
			}
		}
		for j, key := range r.Waives {
			if _, ok := lib.Fact(key); !ok {
				c.at(r.Pos, "waives", fmt.Sprintf("%s.waives[%d]", path, j), "one of the facts in facts.yaml: "+strings.Join(lib.FactKeys(), ", "), "unknown fact %q", key)
			}
		}
		if len(r.Waives) > 0 && strings.TrimSpace(r.WaiveNote) == "" {
			c.at(r.Pos, "waives", path+".waive_note", "add `waive_note:` saying why the rung is open without them", "waives needs a waive_note")
		}
		for j := range r.HeldWhen {
			e := &r.HeldWhen[j]
			for k := range e.All {
				cp := fmt.Sprintf("%s.held_when[%d].all[%d]", path, j, k)
				if f, ok := lib.Fact(e.All[k].Fact); ok && f.Kind == FactRole {
					c.at(e.All[k].Pos, "fact", cp+".fact", "evidence of doing the job, such as direct_reports", "held_when cannot read the role itself")
					continue
				}
				c.condition(lib, &e.All[k], cp)
			}
		}
	}
}

// derived runs the checks that assume the rest of the track is sound (the
// rungs in order, every reference resolved, every threshold parsed); on a
// broken track they would only repeat what is already reported.
func (c checker) derived(lib *Library) {
	if c.p.Len() > 0 {
		return
	}
	c.monotone(lib)
	for i, r := range lib.Requirements {
		c.timed(lib, r, fmt.Sprintf("requirements[%d]", i))
	}
	if len(lib.Rungs) == 0 {
		return
	}
	goal := lib.RoleIndex(lib.Track.Goal)
	for i, role := range lib.Roles {
		if i >= goal {
			break
		}
		if r, ok := lib.RungRule(role.ID); !ok || r.TypicalYears == nil {
			c.p.add(Problem{File: lib.Rungs[0].File, Line: lib.Rungs[0].Line, Key: "rungs",
				Msg:  fmt.Sprintf("role %q has no typical_years", role.ID),
				Hint: "give every rung below the goal the years people usually spend on it, with a typical_note saying where the number comes from"})
		}
	}
}

// timed checks that a required gap has a time to close, or the road could
// not say how far away a rung is.
func (c checker) timed(lib *Library, r Requirement, path string) {
	fact, ok := lib.Fact(r.Fact)
	if r.Kind != ReqRequired || !ok {
		return
	}
	timed := (fact.Kind == FactNumber && fact.IsDuration()) || r.Months > 0
	if fact.Kind == FactOrdered && len(fact.Values) > 0 {
		timed = timed || fact.MonthsBetween(fact.Values[0].Value, r.AtLeast, nil) > 0
	}
	if !timed {
		c.at(r.Pos, "months", path+".months", "add `months:` with the usual time to close the gap (or months on the fact's values)",
			"required rule %q has no time to close", r.ID)
	}
}

func (c checker) pay(lib *Library) {
	if s := lib.Salary; s != nil && s.YearsFact != "" {
		if f, ok := lib.Fact(s.YearsFact); !ok || f.Kind != FactNumber {
			c.at(s.Pos, "years_fact", "salary.years_fact", "the key of a number fact: "+strings.Join(lib.numberFacts(), ", "), "unknown number fact %q", s.YearsFact)
		}
	}
	p := lib.Pay
	if p == nil {
		return
	}
	seen := map[string]bool{}
	for i, r := range p.Rungs {
		path := fmt.Sprintf("pay.rungs[%d]", i)
		c.ref(r.Pos, "role", path+".role", "role", r.Role, lib.roleIdx)
		if seen[r.Role] {
			c.at(r.Pos, "role", path+".role", "one entry per role", "role %q has two entries", r.Role)
		}
		seen[r.Role] = true
		if r.Min < 0 {
			c.at(r.Pos, "min", path+".min", "an amount of 0 or more", "min is %d", r.Min)
		}
		if r.Min > r.Max {
			c.at(r.Pos, "max", path+".max", "max must be at least min", "max %d is below min %d", r.Max, r.Min)
		}
	}
}
