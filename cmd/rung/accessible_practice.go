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

// newCardsPerDay is the daily limit of new flashcards, the app's default.
const newCardsPerDay = 10

// runAccessiblePractice is `rung --accessible practice`: the app's
// flashcards as plain prompts, on the same decks, schedule and progress.
// When the database cannot be opened, the session runs with its grades
// kept in memory, and says so first.
func runAccessiblePractice(e *env, g *globals) int {
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		fmt.Fprintf(e.stderr, "rung practice: %v\n", err)
		return exitError
	}
	f := accessible.Flashcards{Lib: lib, Scheduler: sched, NewPerDay: newCardsPerDay, Now: e.now}
	if e.width != nil {
		if w := e.width(); w > 0 { // a terminal: wrap at words, no wider than reads well
			f.Width = min(w, 100) - 1
		}
	}
	st, err := openPracticeStore(e, g, lib, &f)
	if err != nil {
		fmt.Fprintf(e.stdout, "Your grades will not be saved: %v\n", err)
		f.Reviews, f.States = progress.NewMemory(), practice.States{}
		f.Decks = practice.Decks(lib, nil)
	} else {
		defer st.Close()
	}
	_, err = accessible.Practice(f, e.stdin, e.stdout)
	if errors.Is(err, accessible.ErrNotSaved) {
		return exitError
	}
	return outputDone(e, err)
}

// openPracticeStore opens the database and reads what the session starts
// from: the card states, today's new cards, and the decks, with the next
// rung's from the latest saved assessment.
func openPracticeStore(e *env, g *globals, lib *content.Library, f *accessible.Flashcards) (*store.Store, error) {
	st, _, err := openStore(e, g)
	if err != nil {
		return nil, err
	}
	now := e.now()
	track := lib.Track.ID
	if f.States, err = cardStates(st, track); err == nil {
		f.NewToday, err = st.NewCardsReviewedOn(track, now, now.Location())
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	// A saved assessment that cannot be read back (answers an edited track
	// no longer takes) only leaves out the next rung's deck.
	var latest *assess.Placement
	if saved, ok, _ := progress.New(st, nil, false, "").Latest(lib); ok {
		p := assess.Evaluate(lib, saved.Answers)
		latest = &p
	}
	f.Reviews = st
	f.Decks = practice.Decks(lib, latest)
	return st, nil
}
