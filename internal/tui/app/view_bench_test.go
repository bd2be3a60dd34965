package app

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/rung-career/rung/internal/tui"
)

// withColor draws in true colour, as a real terminal would: colour costs
// more to render than the ASCII the other tests use.
func withColor() harnessOpt {
	return func(o *Options) {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(termenv.TrueColor)
		r.SetHasDarkBackground(true)
		o.Renderer = r
	}
}

// viewScreens reaches each screen from a fresh harness; want is a text the
// screen shows, so a benchmark cannot measure the wrong screen.
var viewScreens = []struct {
	name, want string
	open       func(tb testing.TB, h *harness)
}{
	{"home", "Self-assessment", func(testing.TB, *harness) {}},
	{"ladder", "Director", func(_ testing.TB, h *harness) { h.open(tui.RouteLadder, nil) }},
	{"ladder-rung-detail", "What to focus on", func(_ testing.TB, h *harness) {
		h.open(tui.RouteLadder, nil)
		h.keys("k", "k", "tab", "pgdown")
	}},
	{"roadmap", "Roadmap", func(_ testing.TB, h *harness) { h.open(tui.RouteRoadmap, nil) }},
	{"step-detail", "done", func(_ testing.TB, h *harness) { h.open(tui.RouteStep, 1) }},
	{"skills", "Leadership", func(_ testing.TB, h *harness) { h.open(tui.RouteSkills, nil) }},
	{"skill-detail", "Leadership", func(_ testing.TB, h *harness) { h.open(tui.RouteSkill, "leadership") }},
	{"perspective", "Leadership perspective", func(_ testing.TB, h *harness) { h.open(tui.RoutePerspective, nil) }},
	{"insight", "balcony", func(_ testing.TB, h *harness) {
		h.open(tui.RoutePerspective, nil)
		h.keys("enter")
	}},
	{"reference-faq", "FAQ", func(_ testing.TB, h *harness) { h.open(tui.RouteReference, nil) }},
	{"guide", "Questions to ask", func(_ testing.TB, h *harness) { h.open(tui.RouteGuide, nil) }},
	{"guide-page", "Questions to ask", func(_ testing.TB, h *harness) {
		h.open(tui.RouteGuide, nil)
		h.keys("j", "enter")
	}},
	{"thank-you", "Thank-you note", func(_ testing.TB, h *harness) {
		h.open(tui.RouteGuide, nil)
		h.keys("j", "j", "j", "enter")
		h.typeText("Ms. Rivera").keys("tab").typeText("Case Manager").keys("tab").typeText("Harbor Family Services")
	}},
	{"questionnaire", "Question 1 of", func(_ testing.TB, h *harness) { h.keys("enter") }},
	{"questionnaire-review", "Review your answers", func(_ testing.TB, h *harness) { answerAll(h) }},
	{"results", "you are here", func(_ testing.TB, h *harness) { answerAll(h); h.keys("s") }},
	{"practice-home", "Due now", func(_ testing.TB, h *harness) {
		h.m.c.SetLatest(*supervisorPlacement(), testNow)
		h.open(tui.RoutePractice, nil)
	}},
	{"flashcard-front", "show answer", func(_ testing.TB, h *harness) {
		h.m.c.SetLatest(*supervisorPlacement(), testNow)
		h.open(tui.RoutePractice, nil)
		h.keys("enter")
	}},
	{"flashcard-back", "Again", func(_ testing.TB, h *harness) {
		h.m.c.SetLatest(*supervisorPlacement(), testNow)
		h.open(tui.RoutePractice, nil)
		h.keys("enter", "space")
	}},
	{"rehearse", "Rehearse", func(tb testing.TB, h *harness) {
		openRehearse(tb, h, "category/behavioral")
		h.typeText(rehearseAnswer)
	}},
	{"rehearse-feedback", "Rehearse", func(tb testing.TB, h *harness) {
		openRehearse(tb, h, "category/behavioral")
		h.typeText(rehearseAnswer).keys("ctrl+s")
	}},
	{"mock-setup", "Time limit", func(_ testing.TB, h *harness) {
		h.m.c.SetLatest(*supervisorPlacement(), testNow)
		h.open(tui.RoutePractice, nil)
		h.keys("m")
	}},
	{"mock-asking", "Question 1 of", func(_ testing.TB, h *harness) {
		h.m.c.SetLatest(*supervisorPlacement(), testNow)
		h.open(tui.RoutePractice, nil)
		h.keys("m", "enter")
		h.typeText("I listened first, then I set clear goals with the family and checked back each week.")
	}},
	{"stats", "Reviews, last 12 weeks", func(tb testing.TB, h *harness) {
		seedHistory(tb, h)
		h.open(tui.RoutePractice, nil)
		h.keys("s")
	}},
	{"browse-search", "enter keep · esc clear", func(tb testing.TB, h *harness) {
		seedBrowse(tb, h)
		h.open(tui.RouteBrowse, nil)
		h.keys("/")
		h.typeText("wor")
	}},
	{"card", "Review history", func(tb testing.TB, h *harness) {
		seedBrowse(tb, h)
		h.open(tui.RouteCard, "strengths-and-weaknesses")
	}},
	{"settings", "Desired retention", func(_ testing.TB, h *harness) { h.open(tui.RouteSettings, nil) }},
}

// BenchmarkView measures the root model's View on each screen, in colour,
// at the smallest usual terminal and a large one. Only View is timed.
func BenchmarkView(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range viewScreens {
			b.Run(fmt.Sprintf("%s/%dx%d", s.name, sz[0], sz[1]), func(b *testing.B) {
				h := newHarness(b, sz[0], sz[1], withColor())
				s.open(b, h)
				if v := h.view(); !strings.Contains(v, s.want) {
					b.Fatalf("%s: view lacks %q:\n%s", s.name, s.want, v)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					_ = h.m.View()
				}
			})
		}
	}
}

// TestDrawingMatchesLipgloss checks the root's fast drawing against the
// lipgloss calls it stands in for, on every benchmarked screen in colour:
// tui.Fit against a sized style, and the root View's assembly against the
// joins it replaces.
func TestDrawingMatchesLipgloss(t *testing.T) {
	t.Parallel()
	slow := func(s string, w, h int) string {
		return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
	}
	check := func(name, s string, w, h int) {
		t.Helper()
		if got, want := tui.Fit(s, w, h), slow(s, w, h); got != want {
			t.Errorf("%s at %dx%d:\n got %q\nwant %q", name, w, h, got, want)
		}
	}
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range viewScreens {
			h := newHarness(t, sz[0], sz[1], withColor())
			s.open(t, h)
			m := h.m
			v := m.top().View()
			check(s.name, v, m.w-2, m.h-4)
			check(s.name+" (short)", v, m.w-2, 5)

			header, footer := m.header(), m.footer()
			bodyH := max(1, m.h-lipgloss.Height(header)-lipgloss.Height(footer))
			body := lipgloss.NewStyle().Padding(0, 1).Render(slow(v, m.w-2, bodyH))
			want := lipgloss.JoinVertical(lipgloss.Left, header, body, footer)
			if got := m.View(); got != want {
				t.Errorf("%s at %dx%d:\n got %q\nwant %q", s.name, sz[0], sz[1], got, want)
			}
		}
	}
}
