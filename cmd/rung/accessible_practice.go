package main

import (
	"errors"
	"fmt"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/accessible"
)

// runAccessiblePractice is `rung --accessible practice`: the app's
// flashcards as plain prompts, on the same decks, schedule and progress.
// When the database cannot be opened, the session runs with its grades
// kept in memory, and says so first.
func runAccessiblePractice(e *env, g *globals) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	set := practice.DefaultSettings()
	f := accessible.Flashcards{Lib: lib, Now: e.now}
	if e.width != nil {
		if w := e.width(); w > 0 { // a terminal: wrap at words, no wider than reads well
			f.Width = min(w, 100) - 1
		}
	}
	st, err := openPracticeStore(e, g, lib, &f, &set)
	if err != nil {
		fmt.Fprintf(e.stdout, "Your grades will not be saved: %v\n", err)
		f.Reviews, f.States = progress.NewMemory(), practice.States{}
		f.Decks = practice.Decks(lib, nil)
	} else {
		defer st.Close()
	}
	// The settings chosen in the app: new cards a day and the retention the
	// schedule aims for.
	f.NewPerDay = set.NewCardsPerDay
	if f.Scheduler, err = srs.NewScheduler(set.Params(srs.DefaultParams())); err != nil {
		fmt.Fprintf(e.stderr, "rung practice: %v\n", err)
		return exitError
	}
	_, err = accessible.Practice(f, e.stdin, e.stdout)
	if errors.Is(err, accessible.ErrNotSaved) {
		return exitError
	}
	return outputDone(e, err)
}

// openPracticeStore opens the database and reads what the session starts
// from: the card states with their flags, the study day's new cards (as
// the app counts them), the practice settings, and the decks, with the
// next rung's from the latest saved assessment. A stored setting out of
// range keeps its default, and says so.
func openPracticeStore(e *env, g *globals, lib *content.Library, f *accessible.Flashcards, set *practice.Settings) (*store.Store, error) {
	st, _, err := openStore(e, g)
	if err != nil {
		return nil, err
	}
	pr := progress.New(st, nil, false, "")
	today, err := pr.Today(lib.Track.ID, e.now())
	if err != nil {
		st.Close()
		return nil, err
	}
	f.States, f.NewToday = today.States, today.Fresh
	if *set, err = pr.PracticeSettings(*set); err != nil {
		fmt.Fprintf(e.stdout, "%v\n", err)
	}
	// A saved assessment that cannot be read back (answers an edited track
	// no longer takes) only leaves out the next rung's deck.
	var latest *assess.Placement
	if saved, ok, _ := pr.Latest(lib); ok {
		p := assess.Evaluate(lib, saved.Answers)
		latest = &p
	}
	f.Reviews = st
	f.Decks = practice.Decks(lib, latest)
	return st, nil
}
