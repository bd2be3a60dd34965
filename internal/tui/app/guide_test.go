package app

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/tui"
)

func openGuide(t *testing.T, w, h int) *harness {
	t.Helper()
	hs := newHarness(t, w, h)
	hs.open(tui.RouteGuide, nil)
	return hs
}

func TestGuideFromHome(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	// Walk the home menu down to the guide.
	for i := 0; i < 12 && h.m.top().Title() == "Home"; i++ {
		if strings.Contains(h.view(), "> Interview guide") {
			h.keys("enter")
			break
		}
		h.keys("j")
	}
	if got := h.m.top().Title(); got != "Interview guide" {
		t.Fatalf("top screen is %q, want the guide", got)
	}
}

func TestGuideNarrowSections(t *testing.T) {
	t.Parallel()
	h := openGuide(t, 80, 24)
	h.contains("> Preparing", "Questions to ask", "After the interview", "Thank-you note",
		"Reflection", "Negotiation", "Second interview", "Key takeaways", "Use this guide")
	h.golden("guide-80x24")

	h.keys("j", "enter")
	if got := h.m.top().Title(); got != "Questions to ask" {
		t.Fatalf("enter opened %q, want Questions to ask", got)
	}
	h.contains("Interview guide › Questions to ask", "The work environment",
		"> ☆ Can you describe the team dynamics", "tells you: How well the team works")
	// The page scrolls with j and pgdown.
	before := h.view()
	h.keys("pgdown")
	if h.view() == before {
		t.Fatal("pgdown did not scroll the section")
	}
	h.keys("g")
	if h.view() != before {
		t.Fatal("g did not go back to the top")
	}

	h.keys("esc")
	h.contains("> Questions to ask")
	h.keys("G", "enter")
	h.contains("Key takeaways", "1. Understand the role")
	h.keys("q", "k", "k", "enter")
	h.contains("Negotiation", "Research the market", "> [ ] Look up the role")
	h.keys("tab", "G") // the advice's end
	h.contains("{salary_range}", "100%")
}

// guideSection is the whole text of a section of the guide, as its page
// draws it on a terminal tall enough for all of it, 80 columns of text.
func guideSection(t *testing.T, section int) string {
	t.Helper()
	h := newHarness(t, 82, 400)
	h.open(tui.RouteGuidePage, section)
	return h.view()
}

func TestGuideRendersListsInBodies(t *testing.T) {
	t.Parallel()
	out := guideSection(t, 0) // Preparing
	// The common questions are a list inside a topic's body: each one is
	// its own bullet, not run together into a paragraph.
	for _, want := range []string{"• Tell me about yourself.", "• What inspired you to become a social worker?",
		"To do:", "• Time your \"tell me about yourself\" answer"} {
		if !strings.Contains(out, want) {
			t.Errorf("preparing lacks %q:\n%s", want, out)
		}
	}
	refl := guideSection(t, 4) // Reflection
	if !strings.Contains(refl, "Ask yourself:") || !strings.Contains(refl, "• Did I keep eye contact") {
		t.Errorf("reflection lacks its self-questions:\n%s", refl)
	}
}

func TestGuideWide(t *testing.T) {
	t.Parallel()
	h := openGuide(t, 120, 40)
	h.contains("> Preparing", "Research the organization", "To do:")
	h.golden("guide-120x40")

	h.keys("j")
	h.contains("> Questions to ask", "The work environment", "tells you:")
	h.golden("guide-questions-120x40")

	// pgdown scrolls the text beside the menu; the menu stays put.
	before := h.view()
	h.keys("pgdown")
	if h.view() == before {
		t.Fatal("pgdown did not scroll the section")
	}
	h.contains("> Questions to ask")

	h.keys("j", "j")
	h.contains("> Thank-you note", "[Interviewer's name]", "Press enter to start")
	h.keys("enter")
	if got := h.m.top().Title(); got != "Thank-you note" {
		t.Fatalf("enter opened %q, want the note form", got)
	}
}

func TestGuideMouse(t *testing.T) {
	t.Parallel()
	h := openGuide(t, 120, 40)
	h.send(tea.MouseMsg{X: 3, Y: h.row("   Negotiation"), Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	h.contains("> Negotiation", "Research the market")
}

func TestGuideResizeKeepsSelection(t *testing.T) {
	t.Parallel()
	h := openGuide(t, 120, 40)
	h.keys("j", "j", "j", "j")
	h.contains("> Reflection", "Ask yourself:")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.contains("> Reflection", "4 things to look back on")
	h.send(tea.WindowSizeMsg{Width: 200, Height: 60})
	h.contains("> Reflection", "Ask yourself:")
	checkSize(t, h.view(), 200, 60)
	h.send(tea.WindowSizeMsg{Width: 60, Height: 16})
	checkSize(t, h.view(), 60, 16)
	h.contains("> Reflection")
}
