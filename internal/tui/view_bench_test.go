package tui

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
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
	{"ladder", "Director", func(_ testing.TB, h *harness) { h.push(newLadder(h.m.c)) }},
	{"ladder-rung-detail", "What to focus on", func(_ testing.TB, h *harness) {
		h.push(newLadder(h.m.c))
		h.keys("k", "k", "tab", "pgdown")
	}},
	{"roadmap", "Roadmap", func(_ testing.TB, h *harness) { h.push(newRoadmap(h.m.c)) }},
	{"step-detail", "done", func(_ testing.TB, h *harness) { h.push(newStepDetail(h.m.c, 1)) }},
	{"skills", "Leadership", func(_ testing.TB, h *harness) { h.push(newSkills(h.m.c)) }},
	{"skill-detail", "Leadership", func(_ testing.TB, h *harness) { h.push(newSkillDetail(h.m.c, "leadership")) }},
	{"perspective", "Leadership perspective", func(_ testing.TB, h *harness) { h.push(newPerspective(h.m.c)) }},
	{"insight", "balcony", func(_ testing.TB, h *harness) {
		h.push(newPerspective(h.m.c))
		h.keys("enter")
	}},
	{"reference-faq", "FAQ", func(_ testing.TB, h *harness) { h.push(newReference(h.m.c)) }},
	{"guide", "Questions to ask", func(_ testing.TB, h *harness) { h.push(newGuide(h.m.c)) }},
	{"guide-page", "Questions to ask", func(_ testing.TB, h *harness) {
		h.push(newGuide(h.m.c))
		h.keys("j", "enter")
	}},
	{"thank-you", "Thank-you note", func(_ testing.TB, h *harness) {
		h.push(newGuide(h.m.c))
		h.keys("j", "j", "j", "enter")
		h.typeText("Ms. Rivera").keys("tab").typeText("Case Manager").keys("tab").typeText("Harbor Family Services")
	}},
	{"questionnaire", "Question 1 of", func(_ testing.TB, h *harness) { h.keys("enter") }},
	{"questionnaire-review", "Review your answers", func(_ testing.TB, h *harness) { answerAll(h) }},
	{"results", "you are here", func(_ testing.TB, h *harness) { answerAll(h); h.keys("s") }},
	{"practice-home", "Due now", func(_ testing.TB, h *harness) {
		h.m.c.latest = supervisorPlacement()
		h.push(newPracticeHome(h.m.c))
	}},
	{"flashcard-front", "show answer", func(_ testing.TB, h *harness) {
		h.m.c.latest = supervisorPlacement()
		h.push(newPracticeHome(h.m.c))
		h.keys("enter")
	}},
	{"flashcard-back", "Again", func(_ testing.TB, h *harness) {
		h.m.c.latest = supervisorPlacement()
		h.push(newPracticeHome(h.m.c))
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
		h.m.c.latest = supervisorPlacement()
		h.push(newPracticeHome(h.m.c))
		h.keys("m")
	}},
	{"mock-asking", "Question 1 of", func(_ testing.TB, h *harness) {
		h.m.c.latest = supervisorPlacement()
		h.push(newPracticeHome(h.m.c))
		h.keys("m", "enter")
		h.typeText("I listened first, then I set clear goals with the family and checked back each week.")
	}},
	{"stats", "Reviews, last 12 weeks", func(tb testing.TB, h *harness) {
		seedHistory(tb, h)
		h.push(newPracticeHome(h.m.c))
		h.keys("s")
	}},
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

// TestFitMatchesLipgloss checks fit's fast path against the lipgloss style
// it stands in for, on every benchmarked screen in colour and on odd text.
func TestFitMatchesLipgloss(t *testing.T) {
	slow := func(s string, w, h int) string {
		return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
	}
	check := func(name, s string, w, h int) {
		t.Helper()
		if got, want := Fit(s, w, h), slow(s, w, h); got != want {
			t.Errorf("%s at %dx%d:\n got %q\nwant %q", name, w, h, got, want)
		}
	}
	for _, s := range []string{"", "a", "a\nb", "\n\n", "héllo wörld 日本語", "x\ty", "a\r\nb",
		strings.Repeat("word ", 40), "\x1b[1mbold\x1b[0m\nplain", "\x1b[31mred\nstill red\x1b[0m"} {
		for _, sz := range [][2]int{{10, 3}, {20, 1}, {80, 24}} {
			check(fmt.Sprintf("%q", s), s, sz[0], sz[1])
		}
	}
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range viewScreens {
			h := newHarness(t, sz[0], sz[1], withColor())
			s.open(t, h)
			v := h.m.top().View()
			check(s.name, v, h.m.w-2, h.m.h-4)
			check(s.name+" (short)", v, h.m.w-2, 5)
		}
	}
}

// TestDocViewMatchesViewport checks doc.view's fast path against the
// viewport it stands in for.
func TestDocViewMatchesViewport(t *testing.T) {
	body := strings.Repeat("\x1b[1mHeading\x1b[0m\nsome text, a few words long\n\n• a bullet · 日本語\n", 8)
	for _, text := range []string{"", "one line", body, body + strings.Repeat("x", 90), "tab\there"} {
		for _, sz := range [][2]int{{1, 1}, {20, 5}, {78, 18}, {198, 54}} {
			for _, off := range []int{0, 3, 40} {
				d := NewDoc(func(int) string { return text })
				d.SetSize(sz[0], sz[1])
				d.Viewport.SetYOffset(off)
				if got, want := d.View(), d.Viewport.View(); got != want {
					t.Errorf("%.20q at %dx%d offset %d:\n got %q\nwant %q", text, sz[0], sz[1], off, got, want)
				}
			}
		}
	}
}

// TestRootViewMatchesJoin checks the root View's assembly against the
// lipgloss joins it replaces, on every benchmarked screen in colour.
func TestRootViewMatchesJoin(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range viewScreens {
			h := newHarness(t, sz[0], sz[1], withColor())
			s.open(t, h)
			m := h.m
			header, footer := m.header(), m.footer()
			bodyH := max(1, m.h-lipgloss.Height(header)-lipgloss.Height(footer))
			body := lipgloss.NewStyle().Padding(0, 1).Render(
				lipgloss.NewStyle().Width(m.w - 2).Height(bodyH).MaxWidth(m.w - 2).MaxHeight(bodyH).Render(m.top().View()))
			want := lipgloss.JoinVertical(lipgloss.Left, header, body, footer)
			if got := m.View(); got != want {
				t.Errorf("%s at %dx%d:\n got %q\nwant %q", s.name, sz[0], sz[1], got, want)
			}
		}
	}
}
