package app

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/rung-career/rung/internal/tui"
)

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
