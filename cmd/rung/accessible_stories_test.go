package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAccessibleStoriesAdd adds a story with the plain prompts, going back
// a field and fixing mistakes on the way, then lists it and exports it.
func TestAccessibleStoriesAdd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	out := filepath.Join(t.TempDir(), "mine.md")
	input := strings.Join([]string{
		"2",                                       // add
		"",                                        // no title: asked again
		"Kept a family housed",                    // title
		"advocasy",                                // unknown skill: asked again
		"11, advocacy",                            // crisis-intervention by number, advocacy by id
		"b",                                       // back to the skills
		"",                                        // keep them
		"9",                                       // strength out of range
		"4",                                       // strength
		"An eviction notice", "in five days.", "", // situation, two lines
		"Keep them housed.", "",
		"Called the landlord.", "",
		"They stayed housed.", "",
		"7", // change the result
		"They stayed housed 14 months.", "",
		"",           // save
		"1", "1", "", // list, hear story 1, back
		"3", out, "", // export
		"4",
	}, "\n") + "\n"
	code, stdout, errs := runWith(t, input, "--data-dir", dir, "--accessible", "stories")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errs, stdout)
	}
	for _, want := range []string{
		"You have 0 stories. What would you like to do?",
		"Field 1 of 7, the title",
		"The title is needed; type it, or b to go back.",
		`unknown skill "advocasy"; did you mean "advocacy"?`,
		"Press Enter to keep what it holds now: crisis-intervention, advocacy",
		`"9" is not a whole number from 1 to 5.`,
		"  4) Situation: An eviction notice / in five days.",
		"Note: the result has no number in it; panels want a measurable outcome.",
		"  7) Result: They stayed housed 14 months.",
		`Saved as story #1, "Kept a family housed". You have 1 story.`,
		"  1) Kept a family housed. Strength 4 of 5, last used never.",
		"Situation: An eviction notice\nin five days.",
		"Wrote 1 story to " + out + ".",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	data, err := os.ReadFile(out)
	want := "## Kept a family housed\nSkills: crisis-intervention, advocacy\nStrength: 4\n\n### Situation\nAn eviction notice\nin five days.\n\n" +
		"### Task\nKeep them housed.\n\n### Action\nCalled the landlord.\n\n### Result\nThey stayed housed 14 months.\n"
	if err != nil || string(data) != want {
		t.Errorf("exported %q (%v), want %q", data, err, want)
	}
	if t.Failed() {
		t.Log(stdout)
	}
}

// TestAccessibleStoriesSafety: listing with no stories creates nothing;
// leaving a draft asks first; an input that ends mid-story prints the
// draft; a taken title and an existing file are refused with a reason.
func TestAccessibleStoriesSafety(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	code, out, _ := runWith(t, "1\n3\n\n", "--data-dir", dir, "--accessible", "stories")
	if code != exitOK || !strings.Contains(out, "No stories yet in the social-services track") {
		t.Errorf("exit %d\n%s", code, out)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("listing created the data folder")
	}

	// b on the first field with a title typed asks first; n keeps the draft.
	code, out, _ = runWith(t, "2\nMy story\nb\nb\nn\n\nethics\n", "--data-dir", dir, "--accessible", "stories")
	for _, want := range []string{
		"Leave this story without saving it?",
		"The input ended before the story was saved. Here it is as a story file; finish it and run `rung stories import FILE`:",
		"## My story\nSkills: ethics\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code != exitOK {
		t.Errorf("exit %d", code)
	}

	runWith(t, "", "--data-dir", dir, "stories", "import", goodStories)
	existing := filepath.Join(t.TempDir(), "x.md")
	os.WriteFile(existing, []byte("keep"), 0o600)
	_, out, _ = runWith(t, "2\nKept a family housed after an eviction notice\nb\n3\n"+existing+"\n\n4\n",
		"--data-dir", dir, "--accessible", "stories")
	for _, want := range []string{
		`You already have a story titled "Kept a family housed after an eviction notice"; give this one another title.`,
		existing + " already exists; give a new file name.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if data, _ := os.ReadFile(existing); string(data) != "keep" {
		t.Error("an existing file was overwritten")
	}

	// RUNG_ACCESSIBLE=1 reaches the same prompts.
	e, buf := testEnv("4\n", map[string]string{"RUNG_ACCESSIBLE": "1"})
	if code := run([]string{"--data-dir", dir, "stories"}, e); code != exitOK || !strings.Contains(buf.String(), "You have 3 stories.") {
		t.Errorf("RUNG_ACCESSIBLE=1: exit %d\n%s", code, buf.String())
	}
}

// testEnv is runWith's env with environment variables; stdout and stderr
// both go to the buffer returned.
func testEnv(stdin string, vars map[string]string) (*env, *bytes.Buffer) {
	var out bytes.Buffer
	return &env{
		stdin:      strings.NewReader(stdin),
		stdout:     &out,
		stderr:     &out,
		getenv:     func(k string) string { return vars[k] },
		isTerminal: func() bool { return false },
		now:        func() time.Time { return time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) },
	}, &out
}
