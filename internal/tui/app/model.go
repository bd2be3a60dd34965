// Package app is rung's root model: it owns the screen stack, navigation
// (through the route table in routes.go, the one place that knows every
// screen), the size and layout, the status line, help and the global
// keys, and routes every message. Run starts it full screen.
package app

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/srs"
	"github.com/rung-career/rung/internal/tui"
)

// Options configure the app; cmd/rung fills them from flags and the
// environment.
type Options struct {
	Library *content.Library
	// LoadLibrary, when Library is nil, loads it in the background after the
	// first frame (the embedded track is validated by the tests; its YAML
	// costs milliseconds the first frame need not wait for).
	LoadLibrary func() (*content.Library, error)
	Store       progress.Store // may be nil
	StoreErr    error          // why Store is nil, shown to the person
	// OpenStore, when set, opens the store in the background after the first
	// frame; a failure is shown like StoreErr.
	OpenStore func() (progress.Store, error)
	Now       func() time.Time
	Renderer  *lipgloss.Renderer
	// OutDir is where saved plans, notes and transcripts go.
	OutDir string
	// Start is the first screen: "" or "home", "practice", "assess".
	Start string
	// NewCardsPerDay limits new flashcards a day (default 10).
	NewCardsPerDay int
	// Version is shown in crash reports and the home footer.
	Version string
	// NoTicks turns off timers (status expiry, countdowns), for tests.
	NoTicks bool
	// Tracks lists the built-in tracks and LoadTrack loads one, to switch
	// tracks in the app; both nil when rung runs a track from a folder.
	Tracks    func() ([]tui.TrackChoice, error)
	LoadTrack func(id string) (*content.Library, error)
	// AskTrack opens the track chooser over the first screen: no track has
	// been chosen yet (the first run).
	AskTrack bool
	// Clipboard copies text to the clipboard; Run sets it to write OSC 52
	// to the terminal, through the program's output.
	Clipboard func(text string) error
	// Editor is the command that edits a story's file (the file's path
	// goes after it); nil: $VISUAL or $EDITOR when an edit starts.
	Editor []string
}

// Model is the root model: it owns the screen stack, the size, the status
// line and help, and routes messages. Keep Update a dispatcher of small
// handlers.
type Model struct {
	c     *tui.Context
	stack []tui.Screen
	// leaving, when set, is what going back would lose: the root asks
	// before it goes.
	leaving  string
	trail    []tui.Route // the route of each screen on the stack
	w, h     int
	keys     GlobalKeys
	help     help.Model
	fullHelp bool
	status   statusLine
	quitting bool
	// Crash is set when a panic was caught; the program then quits and Run
	// returns it.
	Crash *Crash
	// quit asks the running program to stop; Run sets it. View uses it after
	// a panic, since View cannot return a command.
	quit func()
	// pending loads, run by Init; start is the first screen once loaded.
	loadLib   func() (*content.Library, error)
	openStore func() (progress.Store, error)
	start     string
	loadErr   error
	loadTrack func(id string) (*content.Library, error)
	askTrack  bool
}

// Loads finished in the background.
type (
	libLoadedMsg struct {
		lib *content.Library
		err error
	}
	// trackLoadedMsg brings a track switched to.
	trackLoadedMsg struct {
		lib *content.Library
		err error
	}
	storeOpenedMsg struct {
		s   progress.Store
		err error
		// copyErr: the reviews made before it opened could not be copied in.
		copyErr error
	}
)

// New builds the root model. It does no I/O: stored progress is read by the
// screens' Init commands.
func New(o Options) (*Model, error) {
	if o.Library == nil && o.LoadLibrary == nil {
		return nil, fmt.Errorf("tui: no library")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Renderer == nil {
		o.Renderer = lipgloss.DefaultRenderer()
	}
	if o.NewCardsPerDay <= 0 {
		o.NewCardsPerDay = 10
	}
	sched, err := srs.NewScheduler(srs.DefaultParams())
	if err != nil {
		return nil, err
	}
	pr := progress.New(o.Store, o.StoreErr, o.OpenStore != nil, o.OutDir)
	pr.SetEditor(o.Editor)
	c := tui.NewContext(tui.ContextOptions{Library: o.Library, Progress: pr, Now: o.Now, Styles: tui.NewStyles(o.Renderer),
		Scheduler: sched, NewCardsPerDay: o.NewCardsPerDay, Clipboard: o.Clipboard, NoTicks: o.NoTicks, Tracks: o.Tracks})
	st := c.Styles()
	m := &Model{c: c, keys: newGlobalKeys(), help: help.New(), start: o.Start, openStore: o.OpenStore,
		loadTrack: o.LoadTrack, askTrack: o.AskTrack && o.Tracks != nil && o.LoadTrack != nil}
	m.help.Styles.ShortKey = st.Key
	m.help.Styles.FullKey = st.Key
	m.help.Styles.ShortDesc = st.Help
	m.help.Styles.FullDesc = st.Help
	m.help.Styles.ShortSeparator = st.Help
	m.help.Styles.FullSeparator = st.Help
	m.help.Styles.Ellipsis = st.Help
	if o.Library == nil {
		m.loadLib = o.LoadLibrary
		return m, nil
	}
	m.openScreens()
	return m, nil
}

// openScreens builds the first screens once the library is there.
func (m *Model) openScreens() {
	m.stack, m.trail = []tui.Screen{m.open(tui.RouteHome, nil)}, []tui.Route{tui.RouteHome}
	switch m.start {
	case "practice":
		m.stack, m.trail = append(m.stack, m.open(tui.RoutePractice, nil)), append(m.trail, tui.RoutePractice)
	case "assess":
		m.stack, m.trail = append(m.stack, m.open(tui.RouteAssess, nil)), append(m.trail, tui.RouteAssess)
	}
	if m.askTrack {
		m.askTrack = false
		m.stack, m.trail = append(m.stack, m.open(tui.RouteTracks, true)), append(m.trail, tui.RouteTracks)
	}
}

// Init starts every screen on the stack, and the background loads.
func (m *Model) Init() tea.Cmd {
	if load := m.loadLib; load != nil {
		// The store opens once the track is there (libLoaded): opening it is
		// CPU-bound (SQLite), and on a busy machine it held back the first
		// screen, which needs only the track.
		return func() tea.Msg { lib, err := load(); return libLoadedMsg{lib, err} }
	}
	cmds := []tea.Cmd{m.openStoreCmd(), m.settingsCmd()}
	for _, s := range m.stack {
		cmds = append(cmds, s.Init())
	}
	return tea.Batch(cmds...)
}

// openStoreCmd opens the store in the background, when there is one to open.
func (m *Model) openStoreCmd() tea.Cmd {
	open := m.openStore
	if open == nil {
		return nil
	}
	pr := m.c.Progress()
	return func() tea.Msg {
		s, err := open()
		if err != nil {
			pr.Fail(err)
			return storeOpenedMsg{s: s, err: err}
		}
		return storeOpenedMsg{s: s, copyErr: pr.Attach(s)}
	}
}

func (m *Model) libLoaded(msg libLoadedMsg) tea.Cmd {
	if msg.err != nil {
		m.loadErr = msg.err
		return nil
	}
	m.c.SetLibrary(msg.lib)
	m.openScreens()
	m.layout()
	cmds := make([]tea.Cmd, 0, len(m.stack)+1)
	for _, s := range m.stack {
		cmds = append(cmds, s.Init())
	}
	return tea.Batch(append(cmds, m.openStoreCmd(), m.settingsCmd())...)
}

// settingsCmd reads the practice settings now, unless a store is opening:
// then they are read once it is open.
func (m *Model) settingsCmd() tea.Cmd {
	if m.openStore != nil {
		return nil
	}
	return m.loadSettings()
}

// storeOpened makes the store available and lets open screens re-read
// their progress.
func (m *Model) storeOpened(msg storeOpenedMsg) tea.Cmd {
	if msg.err != nil {
		return m.broadcast(msg)
	}
	cmds := []tea.Cmd{m.loadSettings()}
	if msg.copyErr != nil {
		cmds = append(cmds, func() tea.Msg {
			return tui.StatusMsg{Text: "Practice stays in memory this session: " + msg.copyErr.Error(), Err: true}
		})
	}
	for _, s := range m.stack {
		if r, ok := s.(tui.Refresher); ok {
			cmds = append(cmds, r.Refresh())
		} else {
			cmds = append(cmds, s.Init())
		}
	}
	return tea.Batch(cmds...)
}

func (m *Model) top() tui.Screen { return m.stack[len(m.stack)-1] }

// route is the route of the screen on top.
func (m *Model) route() tui.Route { return m.trail[len(m.trail)-1] }

// Update catches a panic anywhere below it, keeps it as m.Crash and quits, so
// the terminal is restored and a crash report can be written; otherwise it
// dispatches.
func (m *Model) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if c, ok := msg.(crashMsg); ok {
		m.Crash, m.quitting = c.crash, true
		return m, tea.Quit
	}
	if m.Crash != nil {
		return m, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			m.Crash = newCrash(r, m.Screen())
			model, cmd, m.quitting = m, tea.Quit, true
		}
	}()
	model, cmd = m.update(msg)
	return model, safe(cmd, m.Screen())
}

// update routes a message: sizes and navigation here, keys to the focused
// screen (after the global keys), async results to the screen they are for.
func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Keys typed faster than the terminal is read arrive as one message
	// ("jj", or "jj" and enter, over a slow link or with key repeat): each
	// rune is its own keystroke, so "jj" moves down twice instead of being
	// ignored as an unknown key. A paste stays whole.
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && !k.Paste && len(k.Runes) > 1 {
		cmds := make([]tea.Cmd, 0, len(k.Runes))
		for _, r := range k.Runes {
			one := k
			one.Runes = []rune{r}
			_, cmd := m.update(one)
			cmds = append(cmds, cmd)
		}
		return m, tea.Sequence(cmds...)
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.layout()
		return m, nil
	case libLoadedMsg:
		return m, m.libLoaded(msg)
	case storeOpenedMsg:
		return m, m.storeOpened(msg)
	case trackLoadedMsg:
		return m, m.trackLoaded(msg)
	}
	if len(m.stack) == 0 { // still loading, or the track failed to load
		if k, ok := msg.(tea.KeyMsg); ok && (key.Matches(k, m.keys.Quit) || key.Matches(k, m.keys.QuitOrBack)) {
			m.quitting = true
			return m, tea.Quit
		}
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		// Screens see coordinates relative to their own top-left corner.
		msg.Y -= lipgloss.Height(m.header())
		msg.X--
		return m.toTop(msg)
	case tui.NavigateMsg:
		return m, m.navigate(msg)
	case tui.BackMsg:
		return m, m.back()
	case tui.StatusMsg:
		return m, m.say(msg)
	case clearStatusMsg:
		if msg.gen == m.status.gen {
			m.status.text = ""
		}
		return m, nil
	case tui.AssessedMsg:
		m.c.SetLatest(msg.Placement, msg.At)
		return m, m.broadcast(msg)
	case tui.AssessmentSavedMsg:
		return m, m.broadcast(msg)
	case tui.SwitchTrackMsg:
		return m, m.switchTrack(msg.ID)
	case settingsLoadedMsg:
		return m, m.settingsLoaded(msg)
	case tui.SettingsChangedMsg:
		return m, m.applySettings(msg)
	case tui.Addressed:
		for i, s := range m.stack {
			if s.ID() == msg.Target() {
				var cmd tea.Cmd
				m.stack[i], cmd = s.Update(msg)
				return m, cmd
			}
		}
		return m, nil // its screen is gone: a stale result
	}
	return m.toTop(msg)
}

// broadcast sends a message to every screen (a new placement changes home,
// the ladder and practice).
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i, s := range m.stack {
		var cmd tea.Cmd
		m.stack[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (m *Model) toTop(msg tea.Msg) (tea.Model, tea.Cmd) {
	i := len(m.stack) - 1
	var cmd tea.Cmd
	m.stack[i], cmd = m.stack[i].Update(msg)
	return m, cmd
}

func (m *Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Quit) {
		m.quitting = true
		return m, tea.Quit
	}
	if m.tooSmall() {
		if key.Matches(msg, m.keys.QuitOrBack, m.keys.Back) {
			m.quitting = true
			return m, tea.Quit
		}
		return m, nil
	}
	if m.leaving != "" {
		return m, m.answerLeave(msg)
	}
	if m.top().Capturing() {
		return m.toTop(msg) // a focused text field gets keys first
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.fullHelp = !m.fullHelp
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Back):
		if c, ok := m.top().(tui.EscClaimer); ok && c.ClaimsEsc() {
			return m.toTop(msg) // e.g. clear a filter before leaving
		}
		if len(m.stack) == 1 {
			return m, nil
		}
		return m, m.back()
	case key.Matches(msg, m.keys.QuitOrBack):
		if len(m.stack) == 1 {
			m.quitting = true
			return m, tea.Quit
		}
		return m, m.back()
	}
	return m.toTop(msg)
}

// Screen reports the title of the screen on top, for crash reports.
func (m *Model) Screen() string {
	if len(m.stack) == 0 {
		return "start-up"
	}
	return m.top().Title()
}
