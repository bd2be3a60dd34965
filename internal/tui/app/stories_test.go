package app

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// storyFixtures are three stories: a strong one with a number in its
// result, a weak one without, and one in between.
var storyFixtures = []stories.Story{
	{Title: "Kept a family housed after an eviction notice", Skills: []string{"crisis-intervention", "advocacy", "problem-solving"},
		Strength:  4,
		Situation: "A mother of three came in with an eviction notice due in five days.",
		Task:      "Keep the family housed and the children in their school.",
		Action:    "Called the landlord the same day, applied for emergency rental aid, and went with her to the hearing.",
		Result:    "The eviction was stayed and the family is still housed 14 months later."},
	{Title: "Calmed a father at a child protection conference", Skills: []string{"communication", "emotional-intelligence"},
		Strength:  2,
		Situation: "A father arrived angry at his son's conference and threatened to walk out.",
		Task:      "Keep him in the room so his voice was part of the plan.",
		Action:    "Met him outside first, named what he was feeling, and walked him through what the meeting would decide.",
		Result:    "He stayed for the whole meeting and agreed to the plan."},
	{Title: "Cleared a backlog of overdue reviews", Skills: []string{"organizational-skills", "problem-solving", "resilience"},
		Strength:  3,
		Situation: "Our team had 38 reviews overdue after two colleagues left.",
		Task:      "Bring every review up to date without dropping new work.",
		Action:    "Sorted them by risk, booked two mornings a week for them, and asked my supervisor to hold new allocations.",
		Result:    "All 38 overdue reviews were done within six weeks, and none has lapsed since."},
}

// seedStories keeps the fixtures as the person's stories of the track.
func seedStories(h *harness) {
	h.t.Helper()
	for _, s := range storyFixtures {
		if _, err := h.m.c.Progress().SaveStory(h.m.c.Lib().Track.ID, s); err != nil {
			h.t.Fatal(err)
		}
	}
}

// withStories opens a route on nothing, the fixtures kept first.
func withStories(h *harness) any {
	seedStories(h)
	return nil
}

// withStoriesArg keeps the fixtures, then opens a route on arg.
func withStoriesArg(arg func(h *harness) any) func(h *harness) any {
	return func(h *harness) any {
		seedStories(h)
		return arg(h)
	}
}

// withBadEdit keeps the fixtures and makes the editor write a story file
// with an unknown skill over the story edited.
func withBadEdit(h *harness) any {
	seedStories(h)
	editWith(h, "## Kept a family housed after an eviction notice\nSkills: crisis-intervention, advocasy\nStrength: 4\n\n"+
		"### Situation\nA notice.\n\n### Task\nKeep them housed.\n\n### Action\nCalled the landlord.\n\n### Result\nStill housed 14 months later.\n")
	return nil
}

// editWith makes the app's editor copy a file holding text over the file
// it is given: an editor that writes text, run for real.
func editWith(h *harness, text string) {
	h.t.Helper()
	cp, err := exec.LookPath("cp")
	if err != nil || runtime.GOOS == "windows" {
		h.t.Skip("no cp to stand in for an editor")
	}
	src := filepath.Join(h.t.TempDir(), "edited.md")
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		h.t.Fatal(err)
	}
	h.m.c.Progress().SetEditor([]string{cp, src})
}

// runExec runs what tea.Exec hands the runtime (the editor), as the
// runtime would: the command, then the message its callback makes. The
// message type is the runtime's own, unexported, so its fields are read
// by reflection.
func (h *harness) runExec(msg tea.Msg) bool {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Struct || v.Type().PkgPath() != "github.com/charmbracelet/bubbletea" || v.Type().Name() != "execMsg" {
		return false
	}
	cp := reflect.New(v.Type()).Elem()
	cp.Set(v)
	field := func(name string) any {
		f := cp.FieldByName(name)
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	}
	c, _ := field("cmd").(tea.ExecCommand)
	fn, _ := field("fn").(tea.ExecCallback)
	if c == nil {
		h.t.Fatalf("an exec message without a command")
	}
	err := c.Run()
	if fn != nil {
		h.send(fn(err))
	}
	return true
}

// visitDeck opens a route on the deck of id.
func visitDeck(id string) func(h *harness) any {
	return func(h *harness) any {
		d, _ := practice.FindDeck(practice.Decks(h.m.c.Lib(), h.m.c.Latest()), id)
		return d
	}
}

// storyVisits are the stories screens' states, and the stories in
// rehearsal and the mock interview, for the screen contract.
func storyVisits() []visit {
	deck := visitDeck
	none := func(*harness) any { return nil }
	tabs := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = "tab"
		}
		return out
	}
	edited := func(*harness) any {
		s := storyFixtures[0]
		s.ID = 1
		return s
	}
	// In the mock interview the third question is a STAR one (the clock
	// is fixed, so the questions are).
	toStar := []string{"enter", "I", "ctrl+s", "I", "ctrl+s"}
	return []visit{
		{"stories-empty", tui.RouteStories, none, nil},
		{"stories", tui.RouteStories, withStories, nil},
		{"stories-moved", tui.RouteStories, withStories, []string{"j"}},
		{"stories-read", tui.RouteStories, withStories, []string{"tab"}},
		{"stories-filter-typing", tui.RouteStories, withStories, []string{"/", "p"}},
		{"stories-filtered", tui.RouteStories, withStories, []string{"/", "p", "r", "o", "b", "enter"}},
		{"stories-delete", tui.RouteStories, withStories, []string{"d"}},
		{"stories-edit-failed", tui.RouteStories, withBadEdit, []string{"e"}},
		{"story-form-new", tui.RouteStoryForm, none, nil},
		{"story-form-typed", tui.RouteStoryForm, none, []string{"M", "y"}},
		{"story-form-skills", tui.RouteStoryForm, none, tabs(1)},
		{"story-form-skill-picked", tui.RouteStoryForm, none, append(tabs(1), "space")},
		{"story-form-strength", tui.RouteStoryForm, none, tabs(2)},
		{"story-form-part", tui.RouteStoryForm, none, tabs(3)},
		{"story-form-result", tui.RouteStoryForm, none, append(tabs(6), "o", "k")},
		{"story-form-problems", tui.RouteStoryForm, none, []string{"ctrl+s"}},
		{"story-form-edit", tui.RouteStoryForm, withStoriesArg(edited), nil},
		{"story-coverage-empty", tui.RouteCoverage, none, nil},
		{"story-coverage", tui.RouteCoverage, withStories, nil},
		{"story-coverage-moved", tui.RouteCoverage, withStories, []string{"j"}},
		{"rehearse-stories", tui.RouteRehearse, withStoriesArg(deck("category/behavioral")), nil},
		{"rehearse-story-picked", tui.RouteRehearse, withStoriesArg(deck("category/behavioral")), []string{"ctrl+o"}},
		{"rehearse-story-feedback", tui.RouteRehearse, withStoriesArg(deck("category/behavioral")),
			[]string{"ctrl+o", "I", " ", "s", "t", "ctrl+s"}},
		{"mock-stories", tui.RouteMock, withStories, toStar},
		{"mock-story-picked", tui.RouteMock, withStories, append(toStar, "ctrl+o")},
	}
}

// TestStoryVisitsReachTheirState: the visits above show what they are
// named for (a wrong key sequence would check the wrong state).
func TestStoryVisitsReachTheirState(t *testing.T) {
	t.Parallel()
	want := map[string]string{
		"stories":                 "Kept a family housed",
		"stories-read":            "Situation",
		"stories-filtered":        "Filter: prob",
		"stories-delete":          "Delete “Kept a family housed",
		"stories-edit-failed":     `unknown skill "advocasy"`,
		"story-form-skill-picked": "[x]",
		"story-form-problems":     "! Title: give the story a title",
		"story-form-edit":         "Edit story",
		"story-coverage":          "one weak story",
		"rehearse-stories":        "of your stories suit this question",
		"rehearse-story-picked":   "Story 1 of",
		"rehearse-story-feedback": "Your story:",
		"mock-stories":            "1 of your stories suits this question",
		"mock-story-picked":       "Story 1 of 1: Calmed a father",
	}
	for _, v := range storyVisits() {
		text, ok := want[v.name]
		if !ok {
			continue
		}
		h := reach(t, v, 80, 24, inMemory())
		if !strings.Contains(h.flat(), flat(text)) {
			t.Errorf("%s: the view lacks %q:\n%s", v.name, text, h.view())
		}
	}
}

// openStories is the stories list, on the fixtures kept in a database.
func openStories(t *testing.T, w, hgt int) *harness {
	t.Helper()
	h := newHarness(t, w, hgt)
	seedStories(h)
	h.open(tui.RouteStories, nil)
	return h
}

// stored is the track's stories in the database, by title.
func stored(h *harness) map[string]stories.Story {
	h.t.Helper()
	rows, err := h.store.Stories(h.m.c.Lib().Track.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	out := map[string]stories.Story{}
	for _, r := range rows {
		out[r.Title] = stories.Story{ID: r.ID, Title: r.Title, Situation: r.Situation, Task: r.Task, Action: r.Action,
			Result: r.Result, Skills: r.Skills, Strength: r.Strength, LastUsed: r.LastUsed}
	}
	return out
}

func TestStoriesGoldens(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		name := func(s string) string { return fmt.Sprintf("%s-%dx%d", s, size[0], size[1]) }
		h := openStories(t, size[0], size[1])
		h.keys("j")
		h.golden(name("stories"))
		h.keys("enter")
		h.onTop(tui.RouteStoryForm)
		h.keys("tab", "tab", "tab", "tab", "tab", "tab")
		h.golden(name("story-form"))
		h.keys("esc")
		h.onTop(tui.RouteStories)
		h.keys("c")
		h.onTop(tui.RouteCoverage)
		h.keys("j")
		h.golden(name("story-coverage"))

		// No stories yet: the invitation reads at a reading width, not in
		// the narrow column a list beside a story would take.
		h = newHarness(t, size[0], size[1])
		h.open(tui.RouteStories, nil)
		h.contains("No stories yet.")
		h.golden(name("stories-empty"))
	}
}

// TestStoryAdd: a story typed into the form, part by part, is saved and
// selected in the list, which says so.
func TestStoryAdd(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.open(tui.RouteStories, nil)
	h.contains("No stories yet")
	h.keys("a")
	h.onTop(tui.RouteStoryForm)
	h.typeText("Settled a foster placement")
	h.keys("tab", "down", "space", "down", "space") // Communication, Management
	h.keys("tab", "5")
	h.keys("tab").typeText("A placement was breaking down after two weeks.")
	h.keys("tab").typeText("Keep the boy with the carers.")
	h.keys("tab").typeText("Met the carers weekly and set up respite.")
	h.keys("tab").typeText("He is still there a year on.")
	h.keys("ctrl+s")
	h.onTop(tui.RouteStories)
	h.contains("Saved “Settled a foster placement”.", "> Settled a foster placement", "strength 5")
	got, ok := stored(h)["Settled a foster placement"]
	if !ok || strings.Join(got.Skills, ",") != "communication,management" || got.Strength != 5 ||
		got.Result != "He is still there a year on." {
		t.Errorf("stored %+v", got)
	}
}

// TestStoryFormRefusesBadStory: saving an empty form marks every field
// that needs something and saves nothing; a taken title is refused.
func TestStoryFormRefusesBadStory(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	h.keys("a", "ctrl+s")
	h.onTop(tui.RouteStoryForm)
	h.contains("! Title: give the story a title", "Not saved yet: 6 fields to fix")
	h.typeText(storyFixtures[1].Title)
	h.keys("tab", "space", "tab")
	for range 4 {
		h.keys("tab").typeText("Something.")
	}
	h.keys("tab", "ctrl+s")
	h.onTop(tui.RouteStoryForm)
	h.contains("another of your stories has this title")
	if n := len(stored(h)); n != 3 {
		t.Errorf("%d stories stored", n)
	}
}

// TestStoryEditInForm: enter edits the selected story; the edit keeps when
// it was last used.
func TestStoryEditInForm(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	id := stored(h)[storyFixtures[0].Title].ID
	if err := h.m.c.Progress().MarkStoryUsed(h.m.c.Lib().Track.ID, id, testNow); err != nil {
		t.Fatal(err)
	}
	h.send(tui.BackMsg{})
	h.open(tui.RouteStories, nil)
	h.contains("used today")
	h.keys("enter")
	h.onTop(tui.RouteStoryForm)
	h.contains("Edit story")
	h.keys("ctrl+u").typeText("Stopped an eviction")
	h.keys("ctrl+s")
	h.onTop(tui.RouteStories)
	h.contains("> Stopped an eviction")
	got := stored(h)["Stopped an eviction"]
	if got.ID != id || !got.LastUsed.Equal(testNow) || got.Result != storyFixtures[0].Result {
		t.Errorf("edited story %+v", got)
	}
}

// TestStoryFormLeaveAsks: leaving a form with typing in it asks first;
// staying keeps the text, leaving drops it; an untouched form leaves.
func TestStoryFormLeaveAsks(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	h.keys("a", "esc")
	h.onTop(tui.RouteStories)
	h.keys("a").typeText("Half a title")
	h.keys("esc")
	h.contains("Leave and lose the story you typed?")
	h.keys("n")
	h.onTop(tui.RouteStoryForm)
	h.contains("Half a title")
	h.keys("esc", "y")
	h.onTop(tui.RouteStories)
	if n := len(stored(h)); n != 3 {
		t.Errorf("%d stories stored", n)
	}
}

// TestStoryDeleteConfirm: d asks; n keeps the story, y deletes it.
func TestStoryDeleteConfirm(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	h.keys("d")
	h.contains("Delete “Kept a family housed after an eviction notice”?")
	h.keys("n")
	if len(stored(h)) != 3 {
		t.Fatal("n deleted the story")
	}
	h.keys("d", "esc")
	h.onTop(tui.RouteStories)
	if len(stored(h)) != 3 {
		t.Fatal("esc deleted the story")
	}
	h.keys("d", "y")
	h.contains("Deleted “Kept a family housed after an eviction notice”.", "> Calmed a father")
	if _, ok := stored(h)[storyFixtures[0].Title]; ok || len(stored(h)) != 2 {
		t.Errorf("after delete: %v", stored(h))
	}
}

// TestStoryFilter: a skill's name shows only the stories with that skill;
// other text matches titles and skills; esc clears it before leaving.
func TestStoryFilter(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	h.keys("/").typeText("problem-solving")
	h.keys("enter")
	h.contains("2 of 3 stories", "Kept a family", "Cleared a backlog")
	if strings.Contains(h.view(), "Calmed a father") {
		t.Errorf("the filter shows a story without the skill:\n%s", h.view())
	}
	h.keys("/", "ctrl+u").typeText("Emotional Intelligence")
	h.keys("enter")
	h.contains("1 of 3 stories", "> Calmed a father")
	h.keys("esc")
	h.onTop(tui.RouteStories)
	h.contains("3 stories", "Kept a family")
	h.keys("/").typeText("zzz")
	h.contains("No story matches")
}

// TestStoryEditInEditor: e opens the story as Markdown in $EDITOR; what the
// editor leaves is saved over the story. An edit the story file cannot
// take is kept with its problems at file:line; e opens the editor on the
// text as it was left (nothing typed is lost), and a fixed edit saves.
func TestStoryEditInEditor(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to stand in for an editor")
	}
	h := openStories(t, 80, 24)
	good := stories.Format([]stories.Story{storyFixtures[0]})
	good = strings.Replace(good, "14 months", "16 months", 1)
	editWith(h, good)
	h.keys("e")
	h.contains("Saved your edit of “Kept a family housed after an eviction notice”.")
	if got := stored(h)[storyFixtures[0].Title].Result; !strings.Contains(got, "16 months") {
		t.Fatalf("result after the edit %q", got)
	}

	bad := strings.Replace(good, "advocacy", "advocasy", 1)
	editWith(h, bad)
	h.keys("e")
	h.contains("was not saved")
	if want := `.md:2: skills: unknown skill "advocasy"; did you mean "advocacy"?`; !strings.Contains(h.flat(), want) {
		t.Errorf("the problem at file:line is not shown:\n%s", h.view())
	}
	if u, ok := h.top().(tui.Unsaved); !ok || u.Unsaved() == "" {
		t.Error("a failed edit is not kept as unsaved work")
	}
	h.keys("q")
	h.contains("Leave and lose the story you edited?")
	h.keys("n")

	// The editor now gets the text as it was left: it copies what it is
	// given aside, and writes the fix.
	dir := t.TempDir()
	seen, fixed := filepath.Join(dir, "seen.md"), filepath.Join(dir, "fixed.md")
	fix := strings.Replace(good, "16 months", "18 months", 1)
	if err := os.WriteFile(fixed, []byte(fix), 0o644); err != nil {
		t.Fatal(err)
	}
	h.m.c.Progress().SetEditor([]string{"sh", "-c", `cp "$0" "` + seen + `" && cp "` + fixed + `" "$0"`})
	h.keys("e")
	if b, _ := os.ReadFile(seen); string(b) != bad {
		t.Errorf("the editor was given %q, want the edit as it was left", b)
	}
	h.contains("Saved your edit")
	if got := stored(h)[storyFixtures[0].Title].Result; !strings.Contains(got, "18 months") {
		t.Errorf("result after the fix %q", got)
	}
}

// TestStoryCoverageAddsForSkill: the coverage counts the skills, and enter
// on one opens the form with that skill picked.
func TestStoryCoverageAddsForSkill(t *testing.T) {
	t.Parallel()
	h := openStories(t, 80, 24)
	h.keys("c")
	h.contains("7 of 18 skills have a story · 11 have none · 2 only weak ones", "one weak story")
	h.keys("enter")
	h.onTop(tui.RouteStoryForm)
	h.keys("tab")
	h.contains("Skills     Leadership", "[x] Leadership")
	// Nothing typed: it leaves without asking.
	h.keys("esc")
	h.onTop(tui.RouteCoverage)
}

// TestHomeCountsStories: home says how many stories there are and how
// many skills none shows, and opens them.
func TestHomeCountsStories(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	h.contains("My stories", "none yet")
	seedStories(h)
	h.open(tui.RouteStories, nil)
	h.send(tui.BackMsg{})
	h.contains("3 stories, 11 skills uncovered")
	h.keys("j", "j", "enter")
	h.onTop(tui.RouteStories)
}

// TestRehearseWithStory: a STAR card offers the stories that suit it,
// best first; the one picked is read against the answer (its result and
// numbers) and marked as used.
func TestRehearseWithStory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24)
	seedStories(h)
	h.open(tui.RouteRehearse, visitDeck("category/behavioral")(h))
	h.contains("2 of your stories suit this question: ctrl+o to pick one")
	h.keys("ctrl+o")
	h.contains("Story 1 of 2: Cleared a backlog of overdue reviews", "End on its result: All 38 overdue")
	h.keys("ctrl+o", "ctrl+o")
	h.contains("2 of your stories suit this question")
	h.keys("ctrl+o")
	h.typeText("Our team had 38 reviews overdue. I sorted them by risk and booked mornings for them. " +
		"All 38 were done within six weeks and none has lapsed since.")
	h.keys("ctrl+s")
	h.contains("Your story: Cleared a backlog of overdue reviews", "You told its result, with its numbers (38, six).")
	if got := stored(h)["Cleared a backlog of overdue reviews"]; !got.LastUsed.Equal(testNow) {
		t.Errorf("last used %v", got.LastUsed)
	}
	if got := stored(h)[storyFixtures[0].Title]; !got.LastUsed.IsZero() {
		t.Errorf("a story not told was marked used: %v", got.LastUsed)
	}
}

// TestRehearseStoryResultMissed: an answer that stops before the story's
// result is told so, with the result to end on.
func TestRehearseStoryResultMissed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, inMemory())
	seedStories(h)
	h.open(tui.RouteRehearse, visitDeck("category/behavioral")(h))
	h.keys("ctrl+o")
	h.typeText("Our team had a backlog after two colleagues left, so I sorted the reviews by risk.")
	h.keys("ctrl+s")
	h.contains("! You did not tell its result: end on “All 38 overdue reviews")
}

// TestMockWithStory: in the mock interview a STAR question offers the
// stories that suit it; the summary says how the answer told the one
// picked, and it is marked as used.
func TestMockWithStory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 70)
	seedStories(h)
	h.open(tui.RouteMock, nil)
	h.keys("enter", "I", "ctrl+s", "I", "ctrl+s")
	h.contains("Give an example of how you worked with a difficult client.", "1 of your stories suits this question")
	h.keys("ctrl+o")
	h.contains("Story 1 of 1: Calmed a father at a child protection conference")
	h.typeText("A father was angry at his son's conference. I met him outside first. He stayed for the whole meeting and agreed to the plan.")
	for range 4 {
		h.keys("ctrl+s", "I")
	}
	h.keys("ctrl+s")
	h.contains("Your story: Calmed a father at a child protection conference", "You told its result.")
	if got := stored(h)[storyFixtures[1].Title]; !got.LastUsed.Equal(testNow) {
		t.Errorf("last used %v", got.LastUsed)
	}
}
