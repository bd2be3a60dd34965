// Package app is rung's root model: it owns the screen stack, navigation
// (through the route table in routes.go, the one place that knows every
// screen), the size and layout, the status line, help and the global
// keys, and routes every message. Run starts it full screen.
package app

import (
	"fmt"
	"strings"
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
}

// status is the line above the help: what a screen (or the app, from 0)
// said last. It shows while that screen is on top, and clears after a
// while.
type statusLine struct {
	text string
	err  bool
	from int // the screen that said it; 0 for the app itself
	gen  int // counts lines said, so a stale clear leaves a newer line
}

// clearStatusMsg clears the status line if it still shows generation gen.
type clearStatusMsg struct{ gen int }

// Loads finished in the background.
type (
	libLoadedMsg struct {
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
	c := tui.NewContext(tui.ContextOptions{Library: o.Library, Progress: pr, Now: o.Now, Styles: tui.NewStyles(o.Renderer),
		Scheduler: sched, NewCardsPerDay: o.NewCardsPerDay, NoTicks: o.NoTicks})
	st := c.Styles()
	m := &Model{c: c, keys: newGlobalKeys(), help: help.New(), start: o.Start, openStore: o.OpenStore}
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
}

// Init starts every screen on the stack, and the background loads.
func (m *Model) Init() tea.Cmd {
	if load := m.loadLib; load != nil {
		// The store opens once the track is there (libLoaded): opening it is
		// CPU-bound (SQLite), and on a busy machine it held back the first
		// screen, which needs only the track.
		return func() tea.Msg { lib, err := load(); return libLoadedMsg{lib, err} }
	}
	cmds := []tea.Cmd{m.openStoreCmd()}
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
	return tea.Batch(append(cmds, m.openStoreCmd())...)
}

// storeOpened makes the store available and lets open screens re-read
// their progress.
func (m *Model) storeOpened(msg storeOpenedMsg) tea.Cmd {
	if msg.err != nil {
		return m.broadcast(msg)
	}
	var cmds []tea.Cmd
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

// open builds the screen of a route, from the route table.
func (m *Model) open(r tui.Route, arg any) tui.Screen {
	mk, ok := routes[r]
	if !ok {
		panic(fmt.Sprintf("no screen for the route %s", r))
	}
	return mk(m.c, arg)
}

// navigate opens a route's screen on top of the stack, or in place of the
// screen on top.
func (m *Model) navigate(msg tui.NavigateMsg) tea.Cmd {
	s := m.open(msg.Route, msg.Arg)
	if msg.Replace {
		m.stack[len(m.stack)-1], m.trail[len(m.trail)-1] = s, msg.Route
	} else {
		m.stack, m.trail = append(m.stack, s), append(m.trail, msg.Route)
	}
	m.layout()
	return s.Init()
}

// say shows a status line, and clears it after a while.
func (m *Model) say(msg tui.StatusMsg) tea.Cmd {
	gen := m.status.gen + 1
	m.status = statusLine{text: content.Sanitize(msg.Text), err: msg.Err, from: msg.From, gen: gen}
	return m.c.Tick(6*time.Second, func(time.Time) tea.Msg { return clearStatusMsg{gen} })
}

// statusShown is the status line, when it belongs on the screen on top.
func (m *Model) statusShown() (string, bool) {
	s := m.status
	if s.text == "" || (s.from != 0 && (len(m.stack) == 0 || m.top().ID() != s.from)) {
		return "", false
	}
	return s.text, s.err
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

// back goes back one screen, after asking first when the screen on top has
// work that leaving would lose.
func (m *Model) back() tea.Cmd {
	if len(m.stack) == 1 {
		return nil
	}
	if u, ok := m.top().(tui.Unsaved); ok {
		if what := u.Unsaved(); what != "" {
			m.leaving = what
			m.layout()
			return nil
		}
	}
	return m.leave()
}

// answerLeave takes the answer to "leave and lose it?": y leaves, n or esc
// stays; any other key asks again.
func (m *Model) answerLeave(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Leave):
		m.leaving = ""
		return m.leave()
	case key.Matches(msg, m.keys.Stay):
		m.leaving = ""
		m.layout()
	}
	return nil
}

// leave pops the screen on top, and lets the one under it refresh.
func (m *Model) leave() tea.Cmd {
	m.stack, m.trail = m.stack[:len(m.stack)-1], m.trail[:len(m.trail)-1]
	m.layout()
	if r, ok := m.top().(tui.Refresher); ok {
		return r.Refresh()
	}
	return nil
}

func (m *Model) tooSmall() bool { return m.w < tui.MinWidth || m.h < tui.MinHeight }

// bodySize is the room a screen gets: the width less the margins, the
// height less the measured header and footer.
func (m *Model) bodySize() (w, h int) {
	return m.w - 2, max(1, m.h-lipgloss.Height(m.header())-lipgloss.Height(m.footer()))
}

// layout sizes every screen to the room left by the measured header and footer.
func (m *Model) layout() {
	if m.w == 0 {
		return
	}
	m.help.Width = m.w - 2
	if len(m.stack) == 0 {
		return
	}
	w, h := m.bodySize()
	for _, s := range m.stack {
		s.SetSize(w, h)
	}
}

func (m *Model) header() string {
	st := m.c.Styles()
	if m.c.Lib() == nil {
		return st.Header.Render(st.AppName.Render("rung"))
	}
	crumbs := make([]string, 0, len(m.stack))
	for _, s := range m.stack {
		crumbs = append(crumbs, s.Title())
	}
	left := st.AppName.Render("rung") + st.Crumb.Render(" · "+m.c.Lib().Track.Name)
	trail := st.Crumb.Render(" › " + strings.Join(crumbs[1:], " › "))
	if len(crumbs) == 1 {
		trail = ""
	}
	line := tui.Truncate(left+trail, m.w-2)
	return st.Header.Render(line)
}

func (m *Model) footer() string {
	st := m.c.Styles()
	if len(m.stack) == 0 {
		q := m.keys.QuitOrBack
		q.SetHelp("q", "quit")
		return lipgloss.NewStyle().Padding(0, 1).Render("\n" + m.help.ShortHelpView([]key.Binding{q}))
	}
	if m.leaving != "" {
		ask := st.Warn.Render(tui.Truncate("Leave and lose "+m.leaving+"?", m.w-2))
		keys := m.shortHelp(nil, []key.Binding{m.keys.Leave, m.keys.Stay, m.keys.Quit}, m.w-2)
		return lipgloss.NewStyle().Padding(0, 1).Render(ask + "\n" + keys)
	}
	status := ""
	if text, isErr := m.statusShown(); text != "" {
		style := st.Status
		if isErr {
			style = st.StatusErr
		}
		status = style.Render(tui.Truncate(text, m.w-2))
	}
	return lipgloss.NewStyle().Padding(0, 1).Render(status + "\n" + m.helpView())
}

// helpView is the help under the screen: the short line, or all of the
// keys after ?. The short line keeps the app's own keys (back, more keys)
// whole at its end and cuts the screen's keys to the room left, so "?
// more keys" always shows.
func (m *Model) helpView() string {
	screen, global, full := m.helpKeys()
	width := m.w - 2
	var view string
	if m.fullHelp {
		view = m.help.FullHelpView(full)
	} else {
		view = m.shortHelp(screen, global, width)
	}
	// bubbles/help adds an item that does not fit when no ellipsis fits
	// either, so cut every line to the width here.
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		lines[i] = tui.Truncate(l, width)
	}
	return strings.Join(lines, "\n")
}

// helpKeys joins the screen's keys with the global ones.
// shortHelp draws the help line: the screen's keys that fit whole, then
// " …" when some did not, then the app's own keys, which always fit.
func (m *Model) shortHelp(screen, global []key.Binding, width int) string {
	st := m.help.Styles
	sep := st.ShortSeparator.Render(m.help.ShortSeparator)
	item := func(b key.Binding) string {
		return st.ShortKey.Render(b.Help().Key) + " " + st.ShortDesc.Render(b.Help().Desc)
	}
	join := func(bs []key.Binding) []string {
		var out []string
		for _, b := range bs {
			if b.Enabled() {
				out = append(out, item(b))
			}
		}
		return out
	}
	tail := strings.Join(join(global), sep)
	room := width - lipgloss.Width(tail)
	var line []string
	used, cut := 0, false
	for _, it := range join(screen) {
		w := lipgloss.Width(it) + lipgloss.Width(sep)
		if used+w > room-2 { // keep room for " …"
			cut = true
			break
		}
		line, used = append(line, it), used+w
	}
	out := strings.Join(line, sep)
	switch {
	case cut && out != "":
		out += " " + st.Ellipsis.Render(m.help.Ellipsis) + sep
	case out != "":
		out += sep
	}
	return out + tail
}

// helpKeys are the keys help lists: the screen's short help, the app's
// own keys that follow it, and all of them for the full help.
func (m *Model) helpKeys() (screen, global []key.Binding, full [][]key.Binding) {
	sk := m.top().Keys()
	back := m.keys.Back
	qb := m.keys.QuitOrBack
	if len(m.stack) == 1 {
		back.SetEnabled(false)
		qb.SetHelp("q", "quit")
	} else {
		back.SetHelp("esc/q", "back")
		qb.SetEnabled(false) // shown together with esc
	}
	help := m.keys.Help
	if m.fullHelp {
		help.SetHelp("?", "fewer keys")
	}
	if m.top().Capturing() {
		// The screen owns esc and ? while a field has focus; its own help
		// says what they do.
		back.SetEnabled(false)
		help.SetEnabled(false)
	}
	if c, ok := m.top().(tui.EscClaimer); ok && c.ClaimsEsc() {
		back.SetEnabled(false)
	}
	global = []key.Binding{back, qb, help}
	if m.top().Capturing() {
		global = append(global, m.keys.Quit) // the one way out that always works
	}
	full = append(append([][]key.Binding{}, sk.FullHelp()...), []key.Binding{back, qb, m.keys.Quit, help})
	return sk.ShortHelp(), global, full
}

// View draws header, the top screen and footer, or the too-small message. A
// panic while drawing is caught like one in Update.
func (m *Model) View() (v string) {
	defer func() {
		if r := recover(); r != nil {
			m.Crash = newCrash(r, m.Screen())
			m.quitting, v = true, ""
			if m.quit != nil {
				go m.quit() // View runs on the event loop: quitting from it would block
			}
		}
	}()
	if m.quitting || m.Crash != nil {
		return ""
	}
	if m.w == 0 {
		return ""
	}
	if m.tooSmall() {
		msg := fmt.Sprintf("terminal too small (need %dx%d)\nthis one is %dx%d\nenlarge it, or press q to quit",
			tui.MinWidth, tui.MinHeight, m.w, m.h)
		return lipgloss.Place(m.w, m.h, lipgloss.Center, lipgloss.Center, tui.Wrap(msg, max(10, m.w-2)))
	}
	header := m.header()
	footer := m.footer()
	bodyH := max(1, m.h-lipgloss.Height(header)-lipgloss.Height(footer))
	var content string
	switch {
	case m.loadErr != nil:
		content = m.c.Styles().Bad.Render("The track could not be loaded:") + "\n" + tui.Wrap(m.loadErr.Error(), m.w-2)
	case len(m.stack) == 0:
		content = m.c.Styles().Muted.Render("Loading…")
	default:
		content = m.top().View()
	}
	// What lipgloss.JoinVertical of the header, the body padded by one cell
	// and the footer draws, without measuring every line of the body again:
	// fit makes each line exactly m.w-2 cells.
	var b strings.Builder
	b.Grow(len(header) + len(footer) + len(content) + 2*m.w*(bodyH+4))
	b.WriteString(tui.Fit(header, m.w, lipgloss.Height(header)))
	for l := range strings.SplitSeq(tui.Fit(content, m.w-2, bodyH), "\n") {
		b.WriteString("\n ")
		b.WriteString(l)
		b.WriteString(" ")
	}
	b.WriteString("\n")
	b.WriteString(tui.Fit(footer, m.w, lipgloss.Height(footer)))
	return b.String()
}

// Screen reports the title of the screen on top, for crash reports.
func (m *Model) Screen() string {
	if len(m.stack) == 0 {
		return "start-up"
	}
	return m.top().Title()
}
