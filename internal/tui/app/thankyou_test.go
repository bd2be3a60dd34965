package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/rung-career/rung/internal/tui"
)

// openNote opens the guide and its thank-you note form.
func openNote(t *testing.T, h *harness) {
	t.Helper()
	h.open(tui.RouteGuide, nil)
	h.keys("j", "j", "j", "enter")
	h.onTop(tui.RouteNote)
}

// field is what the note form shows in the field labeled label (the text
// after the label, on its row).
func (h *harness) field(label string) string {
	h.t.Helper()
	for _, l := range strings.Split(h.view(), "\n") {
		t := strings.TrimLeft(strings.TrimSpace(l), "> ")
		if rest, ok := strings.CutPrefix(t, label); ok {
			return strings.TrimSpace(rest)
		}
	}
	h.t.Fatalf("no field %q:\n%s", label, h.view())
	return ""
}

// note is the note as the form's preview draws it, flattened, on a
// terminal tall enough to show all of it beside the form.
func (h *harness) note() string {
	h.t.Helper()
	h.send(tea.WindowSizeMsg{Width: 200, Height: 80})
	_, preview, ok := strings.Cut(h.view(), "Your note")
	if !ok {
		h.t.Fatalf("no preview:\n%s", h.view())
	}
	var lines []string
	for _, l := range strings.Split(preview, "\n")[1:] {
		// The preview sits right of the form: a margin, 64 cells, a gap.
		lines = append(lines, strings.TrimSpace(ansi.Cut(l, 1+64+3, 200)))
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// fillNoteForm types the first three fields and the last three, skipping
// the prefilled date.
func fillNoteForm(h *harness) {
	h.typeText("Ms. Rivera").keys("tab").
		typeText("Case Manager").keys("tab").
		typeText("Harbor Family Services").keys("tab", "tab").
		typeText("the new family reunification program").keys("tab").
		typeText("crisis intervention").keys("tab").
		typeText("Dana Cole").keys("tab").
		typeText("555-0142 · dana@example.org")
}

func TestThankYouPreviewFollowsTyping(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	if !h.typing() {
		t.Fatal("the form should capture keys while a field has focus")
	}
	h.contains("> Interviewer's name", "Sunday, November 22, 2026", "[Interviewer's name]")

	h.typeText("Ms. Rivera")
	h.contains("Dear Ms. Rivera,")
	h.keys("tab").typeText("Case Manager")
	h.contains("> Job title", "Case Manager interview")
	// q and ? are typed, not taken as back and help.
	h.keys("shift+tab").typeText(" q?")
	if got := h.field("Interviewer's name"); got != "Ms. Rivera q?|" {
		t.Fatalf("name field = %q", got)
	}
	h.keys("backspace", "backspace", "backspace")
	h.contains("> Interviewer's name")

	h.keys("down", "down").typeText("Harbor Family Services")
	h.contains("> Organization", "position at Harbor Family Services")
	// up wraps around from the first field to the last.
	h.keys("up", "up", "up")
	h.contains("> Your contact information", "[Your contact information]")
	h.keys("down")
	h.contains("> Interviewer's name")

	preview := h.note()
	for _, want := range []string{"Subject: Thank you for the Case Manager interview - [Your name]",
		"Dear Ms. Rivera,", "meeting with me on Sunday, November 22, 2026, about the Case Manager position",
		"[A topic you discussed]", "Sincerely,\n[Your name]\n[Your contact information]"} {
		if !strings.Contains(preview, want) && !strings.Contains(flat(preview), want) {
			t.Errorf("preview lacks %q:\n%s", want, preview)
		}
	}
}

func TestThankYouGoldens(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, withOutDir("/home/dana/rung")) // not a temporary folder, whose name changes
	openNote(t, h)
	h.typeText("Ms. Rivera").keys("tab").typeText("Case Manager").keys("tab").typeText("Harbor Family Services")
	h.golden("note-80x24")

	h2 := newHarness(t, 120, 40, withOutDir("/home/dana/rung"))
	openNote(t, h2)
	h2.typeText("Ms. Rivera").keys("tab").typeText("Case Manager").keys("tab").typeText("Harbor Family Services")
	h2.golden("note-120x40")
}

func TestThankYouSave(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	openNote(t, h)
	fillNoteForm(h)
	h.keys("ctrl+s")

	path := filepath.Join(h.out, "thank-you-harbor-family-services-2026-11-22.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the note was not written: %v", err)
	}
	got := string(data)
	if !strings.HasPrefix(got, "Subject: Thank you for the Case Manager interview - Dana Cole\n\nDear Ms. Rivera,\n\n") {
		t.Errorf("note starts wrong:\n%s", got)
	}
	for _, want := range []string{
		"Thank you for meeting with me on Sunday, November 22, 2026, about the Case Manager position at Harbor Family Services. I left",
		"our discussion of the new family reunification program.",
		"my experience in crisis intervention would",
		"Sincerely,\nDana Cole\n555-0142 · dana@example.org\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("note lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "[") || strings.Contains(got, "{") {
		t.Errorf("a filled note still has a placeholder:\n%s", got)
	}
	if h.m.status.text != "Saved the note to "+path || h.m.status.err {
		t.Errorf("status = %q (error %v)", h.m.status.text, h.m.status.err)
	}
	h.contains("Saved: ")

	// A second save never overwrites the first.
	h.keys("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	h.typeText("555-0199")
	h.keys("ctrl+s")
	second := filepath.Join(h.out, "thank-you-harbor-family-services-2026-11-22-2.txt")
	data2, err := os.ReadFile(second)
	if err != nil {
		t.Fatalf("the second note was not written beside the first: %v", err)
	}
	if !strings.Contains(string(data2), "555-0199") {
		t.Errorf("second note lacks the new contact:\n%s", data2)
	}
	if again, _ := os.ReadFile(path); string(again) != got {
		t.Error("the second save changed the first note")
	}
	if h.m.status.text != "Saved the note to "+second {
		t.Errorf("status = %q", h.m.status.text)
	}
}

func TestThankYouRemembersNameAndContact(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	fillNoteForm(h)
	h.keys("ctrl+s")
	if v, ok, err := h.store.Setting("note.your_name"); err != nil || !ok || v != "Dana Cole" {
		t.Fatalf("remembered name = %q, %v, %v", v, ok, err)
	}

	// A new guide in the same session starts a new form, prefilled.
	h.keys("esc", "esc")
	openNote(t, h)
	if got := h.field("Your name"); got != "Dana Cole" {
		t.Errorf("your name = %q, want it remembered", got)
	}
	if got := h.field("Your contact information"); got != "555-0142 · dana@example.org" {
		t.Errorf("contact = %q, want it remembered", got)
	}
	if got := h.field("Interviewer's name"); got != "|" && got != "" {
		t.Errorf("interviewer = %q, want a fresh note", got)
	}
	if preview := h.note(); !strings.Contains(preview, "Sincerely,\nDana Cole") {
		t.Errorf("preview lacks the remembered name:\n%s", preview)
	}
}

// TestThankYouAsksBeforeLeaving: leaving a note with typed text asks
// first; staying keeps the text, leaving drops it, and a saved note leaves
// without asking.
func TestThankYouAsksBeforeLeaving(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	h.typeText("Ms. Rivera")
	h.keys("esc")
	h.onTop(tui.RouteNote)
	h.contains("Leave and lose the note you typed?")
	h.keys("n")
	if got := h.field("Interviewer's name"); got != "Ms. Rivera|" {
		t.Fatalf("staying kept %q", got)
	}
	h.keys("esc", "y")
	h.onTop(tui.RouteGuide)
	h.keys("enter")
	if got := h.field("Interviewer's name"); got != "|" {
		t.Errorf("a new form starts with %q", got)
	}
	// Saved, it leaves without asking.
	h.typeText("Ms. Rivera").keys("ctrl+s", "y", "esc")
	h.onTop(tui.RouteGuide)
}

func TestThankYouResizeKeepsValues(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	h.typeText("Ms. Rivera").keys("tab").typeText("Case Man")
	for _, sz := range [][2]int{{120, 40}, {60, 16}, {200, 60}, {80, 24}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkSize(t, h.view(), sz[0], sz[1])
	}
	h.typeText("ager")
	if a, b := h.field("Interviewer's name"), h.field("Job title"); a != "Ms. Rivera" || b != "Case Manager|" {
		t.Fatalf("values after resizing: %q, %q", a, b)
	}
	h.contains("> Job title", "Case Manager")
}

func TestThankYouStripsEscapes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	// A remembered value with an escape in it (a tampered settings row).
	if err := h.store.SetSetting("note.your_name", "Mallory\x1b]0;pwned\x07 Cole"); err != nil {
		t.Fatal(err)
	}
	openNote(t, h)
	h.typeText("\x1b[31mRivera\x07\u009b2J").keys("tab").typeText("Case\rManager\tII")
	if strings.ContainsAny(h.view(), "\x1b\x07\u009b\r\t") {
		t.Errorf("the view holds a control character:\n%q", h.view())
	}
	h.contains("Mallory]0;pwned Cole")
	if strings.ContainsAny(h.note(), "\x1b\x07\u009b\r\t") {
		t.Error("the preview holds a control character")
	}
}

func TestThankYouSavedNoteHasNoControls(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	if err := h.store.SetSetting("note.contact", "dana@example.org\x1b[2J\x1b]8;;http://x\x07"); err != nil {
		t.Fatal(err)
	}
	openNote(t, h)
	h.typeText("\x1b[31mRivera\x07").keys("tab", "tab").typeText("Harbor\x1b[0m")
	h.keys("ctrl+s", "y") // the empty details are all right
	data, err := os.ReadFile(filepath.Join(h.out, "thank-you-harbor-0m-2026-11-22.txt"))
	if err != nil {
		entries, _ := os.ReadDir(h.out)
		t.Fatalf("note not written (%v); folder holds %v", err, entries)
	}
	for i, r := range string(data) {
		if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)) {
			t.Fatalf("control character %U at byte %d of the note:\n%q", r, i, data)
		}
	}
	if !strings.Contains(string(data), "Dear [31mRivera,") {
		t.Errorf("note lost the visible part of the typed name:\n%s", data)
	}
}

func TestThankYouWithoutStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40, withoutStore(errors.New("read-only folder")))
	openNote(t, h)
	h.contains("will not be remembered")
	fillNoteForm(h)
	h.keys("ctrl+s")
	if _, err := os.Stat(filepath.Join(h.out, "thank-you-harbor-family-services-2026-11-22.txt")); err != nil {
		t.Fatalf("note not saved without a store: %v", err)
	}
}

func TestThankYouSaveError(t *testing.T) {
	t.Parallel()
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 80, 24, withOutDir(blocker))
	openNote(t, h)
	h.typeText("Ms. Rivera")
	h.keys("ctrl+s", "y")
	if !h.m.status.err || !strings.HasPrefix(h.m.status.text, "Could not save the note: ") {
		t.Fatalf("status = %q (error %v)", h.m.status.text, h.m.status.err)
	}
	if _, ok, _ := h.store.Setting("note.your_name"); ok {
		t.Error("a failed save still remembered the name")
	}
}

func TestNotePlainCursor(t *testing.T) {
	t.Parallel()
	// Moving the cursor in the form moves the marker.
	h := newHarness(t, 80, 24)
	openNote(t, h)
	h.typeText("Ms Rivera").keys("left", "left", "left", "left", "left")
	h.contains("> Interviewer's name        Ms R|ivera")
}

// TestThankYouWarnsOfEmptyDetails: saving a note with details still in
// brackets asks first and names them; n goes back to the first empty one,
// y saves it as it is.
func TestThankYouWarnsOfEmptyDetails(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	h.typeText("Ms. Rivera").keys("tab").typeText("Case Manager")
	h.keys("ctrl+s")
	h.contains("Still in brackets: [Organization], [A topic you discussed],",
		"Press y to save the note anyway, or n to go back", "y save anyway", "n/esc go back")
	if entries, _ := os.ReadDir(h.out); len(entries) != 0 {
		t.Fatalf("saved before the answer: %v", entries)
	}
	h.golden("note-warning-80x24")
	// Typing is held while it asks: q does nothing, n goes back to the
	// first empty detail.
	h.keys("q")
	h.contains("Still in brackets")
	h.keys("n")
	h.contains("> Organization")
	if strings.Contains(h.view(), "Still in brackets") {
		t.Error("the warning stayed after n")
	}
	// esc also goes back (not out of the form); y saves as it is.
	h.keys("ctrl+s", "esc")
	h.onTop(tui.RouteNote)
	h.keys("ctrl+s", "y")
	data, err := os.ReadFile(filepath.Join(h.out, "thank-you-2026-11-22.txt"))
	if err != nil || !strings.Contains(string(data), "[Your contact information]") {
		t.Fatalf("saved anyway: %v\n%s", err, data)
	}

	// A filled note saves without asking.
	h2 := newHarness(t, 200, 60)
	openNote(t, h2)
	fillNoteForm(h2)
	h2.keys("ctrl+s")
	if h2.m.status.err || !strings.HasPrefix(h2.m.status.text, "Saved the note to ") {
		t.Errorf("a filled note: status %q", h2.m.status.text)
	}
	h3 := newHarness(t, 200, 60)
	openNote(t, h3)
	h3.keys("ctrl+y")
	h3.contains("Press y to copy the note anyway", "y copy anyway")
	h3.golden("note-warning-200x60")
}

// TestThankYouCopies: ctrl+y copies the note as it is saved, through the
// terminal, and says it may not have worked.
func TestThankYouCopies(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	openNote(t, h)
	fillNoteForm(h)
	h.keys("ctrl+y")
	if len(h.copied) != 1 || !strings.HasPrefix(h.copied[0], "Subject: Thank you for the Case Manager interview - Dana Cole\n\nDear Ms. Rivera,") {
		t.Fatalf("copied %q", h.copied)
	}
	h.contains("Copied to the clipboard, if your terminal allows it: paste to check.")
	if h.m.status.text != "Copied the note to the clipboard, if your terminal allows it." {
		t.Errorf("status %q", h.m.status.text)
	}
	// Copying is not saving: leaving still asks.
	h.keys("esc")
	h.contains("Leave and lose the note you typed?")

	// Without a terminal to copy through, it says so.
	h2 := newHarness(t, 80, 24, func(o *Options) { o.Clipboard = nil })
	openNote(t, h2)
	fillNoteForm(h2)
	h2.keys("ctrl+y")
	if !h2.m.status.err || !strings.Contains(h2.m.status.text, "save the note with ctrl+s instead") {
		t.Errorf("no clipboard: status %q", h2.m.status.text)
	}
}

// TestThankYouShowsTheWholePath: a long path is wrapped, not cut, at 80
// columns, in both layouts.
func TestThankYouShowsTheWholePath(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 120} {
		dir := filepath.Join(t.TempDir(), "a-rather-long-folder-name-for-notes", "interviews-in-the-autumn-of-2026")
		h := newHarness(t, w, 30, withOutDir(dir))
		openNote(t, h)
		fillNoteForm(h)
		h.keys("ctrl+s")
		path := filepath.Join(dir, "thank-you-harbor-family-services-2026-11-22.txt")
		if len(path) < 80 {
			t.Fatalf("the path %q is too short to test", path)
		}
		view := h.view()
		if w >= 100 { // the form's column only, without the note beside it
			var left []string
			for _, l := range strings.Split(view, "\n") {
				left = append(left, ansi.Cut(l, 0, 1+min(64, (w-2-3)/2)))
			}
			view = strings.Join(left, "\n")
		}
		if got := flat(view); !strings.Contains(strings.ReplaceAll(got, " ", ""), strings.ReplaceAll("Saved: "+path, " ", "")) {
			t.Errorf("at %d columns the path is not shown whole:\n%s", w, h.view())
		}
		checkSize(t, h.view(), w, 30)
	}
}

// TestThankYouWarningFits: the warning about empty details fits every
// size, with or without a store.
func TestThankYouWarningFits(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {100, 24}, {100, 16}, {120, 40}, {200, 60}} {
		for _, opts := range [][]harnessOpt{nil, {inMemory()}} {
			h := newHarness(t, sz[0], sz[1], opts...)
			openNote(t, h)
			h.keys("ctrl+s")
			h.contains("y, or n to go back")
			checkSize(t, h.view(), sz[0], sz[1])
			w, hgt := h.m.bodySize()
			if err := fits(h.top().View(), w, hgt); err != nil {
				t.Errorf("at %dx%d: %v", sz[0], sz[1], err)
			}
		}
	}
}
