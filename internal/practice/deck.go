package practice

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/srs"
)

// This file builds the decks: the same interview cards seen through
// different filters (the next rung, what is due, a category, a rung, the
// leeches), and counts what each holds for a person's card states.

// State is one card's schedule as practice sees it: the scheduler's card,
// whether it has become a leech (lapsed LeechLapses times, set apart), and
// what the person set on it: suspended (out of every review until
// unsuspended), buried (out of today's reviews) or flagged for practice.
type State struct {
	srs.Card
	Leech       bool
	Suspended   bool
	BuriedUntil time.Time // zero when not buried
	Flagged     bool
}

// Resting reports whether the card sits out reviews at now: suspended, or
// buried until a time still to come.
func (st State) Resting(now time.Time) bool {
	return st.Suspended || st.BuriedUntil.After(now)
}

// States are the card states of a track by card id. A card that is absent
// (or stored as New) has never been reviewed.
type States map[string]State

// IsNew reports whether the card has never been reviewed.
func (ss States) IsNew(id string) bool {
	st, ok := ss[id]
	return !ok || st.State == srs.New
}

// IsResting reports whether the card sits out reviews at now (suspended or
// buried).
func (ss States) IsResting(id string, now time.Time) bool { return ss[id].Resting(now) }

// DayRollover is the hour (in the clock's location) at which a new study
// day begins, as in Anki: after midnight still counts as the evening before.
const DayRollover = 4

// DayEnd is when the study day holding t ends: the next DayRollover o'clock
// after t, in t's location.
func DayEnd(t time.Time) time.Time {
	y, m, d := t.Date()
	end := time.Date(y, m, d, DayRollover, 0, 0, 0, t.Location())
	if !t.Before(end) {
		end = end.AddDate(0, 0, 1)
	}
	return end
}

// AvailableAt is when a reviewed card falls due. A card in learning or
// relearning waits for its minute; a card in review, scheduled days ahead,
// falls due when its study day begins, so one reviewed at 19:15 with a 2-day
// interval is due at 19:00 two days on, not a quarter of an hour later.
func (st State) AvailableAt() time.Time {
	if st.State != srs.Review {
		return st.Due
	}
	return DayEnd(st.Due).AddDate(0, 0, -1)
}

// IsDue reports whether a reviewed card, not a leech and not resting, is
// due at now.
func (ss States) IsDue(id string, now time.Time) bool {
	st, ok := ss[id]
	return ok && st.State != srs.New && !st.Leech && !st.Resting(now) && !st.AvailableAt().After(now)
}

// IsLeech reports whether the card is a leech.
func (ss States) IsLeech(id string) bool { return ss[id].Leech }

// DeckKind says how a deck chooses its cards.
type DeckKind int

// The kinds of deck, in the order Decks lists them.
const (
	// KindNext holds the questions for the rung above the latest assessment,
	// those touching the person's gap skills first.
	KindNext DeckKind = iota
	// KindDue holds every reviewed card due now (no new cards).
	KindDue
	// KindAll holds every card.
	KindAll
	// KindCategory holds one card category.
	KindCategory
	// KindRung holds the cards that suit one rung.
	KindRung
	// KindLeeches holds the cards that lapsed too often, set apart.
	KindLeeches
	// KindFlagged holds the cards the person flagged for practice (the
	// questions missed in a mock interview, say).
	KindFlagged
)

func (k DeckKind) String() string {
	switch k {
	case KindNext:
		return "next"
	case KindDue:
		return "due"
	case KindAll:
		return "all"
	case KindCategory:
		return "category"
	case KindRung:
		return "rung"
	case KindLeeches:
		return "leeches"
	case KindFlagged:
		return "flagged"
	}
	return fmt.Sprintf("DeckKind(%d)", int(k))
}

// Deck is a named list of cards to study.
type Deck struct {
	// ID is stable across runs: "next", "due", "all", "leeches",
	// "category/<id>" or "rung/<id>".
	ID   string
	Kind DeckKind
	Name string
	// Desc says in one line what the deck holds.
	Desc string
	// Key is the category or rung id of a category or rung deck, and the
	// next rung's id for KindNext.
	Key string
	// Cards are the candidate card ids in study order. For KindDue and
	// KindLeeches they are every card: which ones are in the deck depends on
	// the states (see Members).
	Cards []string
	// Focus are the cards of a KindNext deck that touch a gap skill (a
	// prefix of Cards).
	Focus int
}

// Members lists the deck's cards for the given states: all of Cards but the
// resting ones (suspended, or buried until later), except that the due deck
// keeps only cards due at now, the leech deck only leeches and the flagged
// deck only flagged cards.
func (d Deck) Members(ss States, now time.Time) []string {
	awake := func(id string) bool { return !ss.IsResting(id, now) }
	switch d.Kind {
	case KindDue:
		return filter(d.Cards, func(id string) bool { return ss.IsDue(id, now) })
	case KindLeeches:
		return filter(d.Cards, func(id string) bool { return ss.IsLeech(id) && awake(id) })
	case KindFlagged:
		return filter(d.Cards, func(id string) bool { return ss[id].Flagged && awake(id) })
	}
	return filter(d.Cards, awake)
}

func filter(ids []string, keep func(string) bool) []string {
	var out []string
	for _, id := range ids {
		if keep(id) {
			out = append(out, id)
		}
	}
	return out
}

// Counts are what a deck holds for one person at one moment.
type Counts struct {
	Total   int // cards in the deck (for due and leech decks: those that qualify)
	Due     int // reviewed cards due now, leeches excluded
	New     int // cards never reviewed
	Leeches int // leeches among the deck's cards
}

// Count counts the deck's cards for the states at now. The due deck has no
// new cards and the leech deck nothing due: leeches are never due.
func (d Deck) Count(ss States, now time.Time) Counts {
	var c Counts
	for _, id := range d.Members(ss, now) {
		c.Total++
		switch {
		case ss.IsLeech(id):
			c.Leeches++
		case ss.IsNew(id):
			if d.Kind != KindDue {
				c.New++
			}
		case ss.IsDue(id, now):
			c.Due++
		}
	}
	return c
}

// Decks lists the decks of a library for a person whose latest placement is
// p (nil when they have not assessed themselves): the next rung's deck
// first when there is one, then what is due, all cards, one deck per
// category, one per rung that has cards, and the leeches.
func Decks(lib *content.Library, p *assess.Placement) []Deck {
	all := make([]string, len(lib.Cards))
	for i, c := range lib.Cards {
		all[i] = c.ID
	}
	var out []Deck
	if d, ok := NextRungDeck(lib, p); ok {
		out = append(out, d)
	}
	out = append(out,
		Deck{ID: "due", Kind: KindDue, Name: "Due now", Desc: "Every card waiting for review, across all decks", Cards: all},
		Deck{ID: "all", Kind: KindAll, Name: "All questions", Desc: "The whole interview deck", Cards: all},
	)
	for _, cat := range lib.CardCategories {
		ids := filter(all, func(id string) bool { c, _ := lib.Card(id); return c.Category == cat.ID })
		if len(ids) == 0 {
			continue
		}
		out = append(out, Deck{ID: "category/" + cat.ID, Kind: KindCategory, Key: cat.ID, Name: cat.Name,
			Desc: oneLine(cat.Description), Cards: ids})
	}
	for _, r := range lib.Roles {
		ids := filter(all, func(id string) bool { c, _ := lib.Card(id); return slices.Contains(c.Rungs, r.ID) })
		if len(ids) == 0 {
			continue
		}
		out = append(out, Deck{ID: "rung/" + r.ID, Kind: KindRung, Key: r.ID, Name: "For " + r.Title,
			Desc: fmt.Sprintf("Questions a %s panel asks", r.Title), Cards: ids})
	}
	out = append(out, Deck{ID: "leeches", Kind: KindLeeches, Name: "Leeches",
		Desc: fmt.Sprintf("Cards forgotten %d times, set apart from the daily reviews", LeechLapses), Cards: all})
	out = append(out, Deck{ID: "flagged", Kind: KindFlagged, Name: "Flagged for practice",
		Desc: "Questions you set aside to practice, such as the ones a mock interview caught you out on", Cards: all})
	return out
}

// NextRungDeck is "your next rung's deck": the cards whose rungs include
// p.Next, those that touch one of the person's gap skills (the skills of
// p.Gaps) first, the more gap skills the earlier, then in library order.
// It is absent when p is nil, at the top of the ladder, or when no card
// suits the next rung.
func NextRungDeck(lib *content.Library, p *assess.Placement) (Deck, bool) {
	if p == nil || p.Next == "" {
		return Deck{}, false
	}
	gap := map[string]bool{}
	for _, g := range p.Gaps {
		for _, s := range g.Skills {
			gap[s] = true
		}
	}
	type scored struct {
		id    string
		score int
	}
	var cards []scored
	for _, c := range lib.Cards {
		if !slices.Contains(c.Rungs, p.Next) {
			continue
		}
		n := 0
		for _, s := range c.Skills {
			if gap[s] {
				n++
			}
		}
		cards = append(cards, scored{c.ID, n})
	}
	if len(cards) == 0 {
		return Deck{}, false
	}
	slices.SortStableFunc(cards, func(a, b scored) int { return b.score - a.score })
	d := Deck{ID: "next", Kind: KindNext, Key: p.Next}
	for _, c := range cards {
		d.Cards = append(d.Cards, c.id)
		if c.score > 0 {
			d.Focus++
		}
	}
	title := p.Next
	if r, ok := lib.Role(p.Next); ok {
		title = r.Title
	}
	d.Name = "Your next rung: " + title
	switch d.Focus {
	case 0:
		d.Desc = fmt.Sprintf("The questions a %s panel asks", title)
	case 1:
		d.Desc = "The questions for your next rung, the one on your gap skills first"
	default:
		d.Desc = fmt.Sprintf("The questions for your next rung, the %d on your gap skills first", d.Focus)
	}
	return d, true
}

// FindDeck returns the deck with the given id.
func FindDeck(decks []Deck, id string) (Deck, bool) {
	for _, d := range decks {
		if d.ID == id {
			return d, true
		}
	}
	return Deck{}, false
}

// oneLine collapses whitespace, for folded YAML in a one-line description.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
