package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
)

// Context is what every screen shares for the life of the program: the
// track, the styles, the clock, the scheduler and the latest placement.
// Screens read it; only the root changes it.
type Context struct {
	lib       *content.Library
	progress  *progress.Service
	now       func() time.Time
	st        Styles
	sched     *srs.Scheduler
	nextID    int
	latest    *assess.Placement // the latest saved placement, if any
	latestAt  time.Time
	newPerDay int // daily limit of new cards
	tracks    func() ([]TrackChoice, error)
	clipboard func(text string) error
	// noTicks turns timers off (tests drive time by hand, never sleep).
	noTicks bool
}

// ContextOptions are what the root makes the context from.
type ContextOptions struct {
	Library        *content.Library // nil until it has loaded
	Progress       *progress.Service
	Now            func() time.Time
	Styles         Styles
	Scheduler      *srs.Scheduler
	NewCardsPerDay int
	// Tracks lists the built-in tracks to switch between; nil when rung
	// runs a track from a folder (--content), where switching is off.
	Tracks func() ([]TrackChoice, error)
	// Clipboard copies text to the clipboard through the terminal (OSC
	// 52); nil when there is no terminal to ask.
	Clipboard func(text string) error
	// NoTicks turns timers off: tests move the clock by hand.
	NoTicks bool
}

// NewContext makes the context the screens of one program share.
func NewContext(o ContextOptions) *Context {
	return &Context{lib: o.Library, progress: o.Progress, now: o.Now, st: o.Styles, sched: o.Scheduler,
		newPerDay: o.NewCardsPerDay, tracks: o.Tracks, clipboard: o.Clipboard, noTicks: o.NoTicks}
}

// SetLibrary gives the screens the track once it has loaded; the root
// calls it.
func (c *Context) SetLibrary(lib *content.Library) { c.lib = lib }

// SetLatest keeps a new placement; the root calls it when one is made or
// read back.
func (c *Context) SetLatest(p assess.Placement, at time.Time) { c.latest, c.latestAt = &p, at }

// ClearLatest forgets the placement: the root calls it when the track
// changes, since a placement belongs to its track.
func (c *Context) ClearLatest() { c.latest, c.latestAt = nil, time.Time{} }

// Tracks lists the built-in tracks to choose from; it may block (each
// track's snapshot is read), so call it in a tea.Cmd.
func (c *Context) Tracks() ([]TrackChoice, error) {
	if c.tracks == nil {
		return nil, nil
	}
	return c.tracks()
}

// CanSwitchTrack reports whether the person can switch tracks in the app
// (not when rung runs a track from a folder).
func (c *Context) CanSwitchTrack() bool { return c.tracks != nil }

// Lib is the track.
func (c *Context) Lib() *content.Library { return c.lib }

// Styles are the app's styles.
func (c *Context) Styles() *Styles { return &c.st }

// Now is the time by the app's clock.
func (c *Context) Now() time.Time { return c.now() }

// Scheduler is the spaced-repetition scheduler.
func (c *Context) Scheduler() *srs.Scheduler { return c.sched }

// Latest is the latest placement, saved or just made; nil before any.
func (c *Context) Latest() *assess.Placement { return c.latest }

// LatestAt is when the latest placement was made.
func (c *Context) LatestAt() time.Time { return c.latestAt }

// NewCardsPerDay is the daily limit of new flashcards.
func (c *Context) NewCardsPerDay() int { return c.newPerDay }

// Clipboard copies text to the clipboard by asking the terminal (OSC 52),
// which some terminals do not allow; nil when there is no terminal. It
// writes to the terminal: call it in a command.
func (c *Context) Clipboard() func(text string) error { return c.clipboard }

// Progress is what the person has done: reviews, ticks, assessments, and
// the files written for them. Its methods may block: call them in
// commands.
func (c *Context) Progress() *progress.Service { return c.progress }

// Tick schedules msg after d, unless timers are off (tests drive time by
// hand).
func (c *Context) Tick(d time.Duration, msg func(time.Time) tea.Msg) tea.Cmd {
	if c.noTicks {
		return nil
	}
	return tea.Tick(d, msg)
}

// newID numbers a screen, so async results find it.
func (c *Context) newID() int {
	c.nextID++
	return c.nextID
}

// Base carries what every screen needs; screens embed it.
type Base struct {
	*Context
	id int
	// Width and Height are the room the root gave the screen.
	Width, Height int
}

// NewBase numbers a new screen.
func NewBase(c *Context) Base { return Base{Context: c, id: c.newID()} }

// ID identifies the screen, to route async results to it.
func (b *Base) ID() int { return b.id }

// SetSize keeps the room the root gives the screen.
func (b *Base) SetSize(w, h int) { b.Width, b.Height = w, h }

// Capturing is false: a screen with a text field says when it has focus.
func (b *Base) Capturing() bool { return false }

// Init does nothing: a screen with something to load says what.
func (b *Base) Init() tea.Cmd { return nil }
