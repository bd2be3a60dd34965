package mock

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// Stories in the mock interview: a STAR question shows the person's
// stories that suit it, best first (tui.StoryPick), and ctrl+o picks one
// to tell. The summary then says, under each answer told with a story,
// whether it reached the story's result and kept its numbers; the story is
// marked as used today.

// storyState is what the interview keeps of stories: the pick for the
// question asked, and the story told with each answer, by its index.
type storyState struct {
	pick tui.StoryPick
	told map[int]stories.Story
}

// Init reads the person's stories, for the STAR questions to come.
func (m *mockInterview) Init() tea.Cmd { return m.LoadStories() }

// storiesLoaded keeps the stories read.
func (m *mockInterview) storiesLoaded(msg tui.StoriesLoadedMsg) tea.Cmd {
	if msg.Err != nil {
		return m.StatusErr("Could not read your stories: " + msg.Err.Error())
	}
	m.pick.Set(msg.Stories)
	m.layout()
	m.syncKeys()
	return nil
}

// storyKey picks the next suggested story, when the key is the pick's.
func (m *mockInterview) storyKey(msg tea.KeyMsg) bool {
	if !key.Matches(msg, m.keys.story) {
		return false
	}
	m.pick.Next()
	m.layout()
	m.syncKeys()
	return true
}

// tellStory notes the story picked for the answer about to be recorded,
// and records its use; an empty answer tells no story.
func (m *mockInterview) tellStory() tea.Cmd {
	if m.box.Value() == "" {
		return nil
	}
	s, ok := m.pick.Told(m.now)
	if !ok {
		return nil
	}
	if m.told == nil {
		m.told = map[int]stories.Story{}
	}
	m.told[len(m.result.Answers)] = s
	return m.MarkStoryUsed(s)
}

// storyUsed reports a use that could not be recorded.
func (m *mockInterview) storyUsed(msg tui.StoryUsedMsg) tea.Cmd {
	if msg.Err != nil {
		return m.StatusErr("Could not note that you used the story: " + msg.Err.Error())
	}
	return nil
}

// storyBlock is the story line(s) under the question, with the line
// break after them; "" for none.
func (m *mockInterview) storyBlock() string {
	if m.phase != mockAsking {
		return ""
	}
	if v := m.pick.View(m.Styles(), m.Width); v != "" {
		return v + "\n"
	}
	return ""
}

// syncStoryKey offers the pick's key while a question it has stories for
// is asked.
func (m *mockInterview) syncStoryKey() {
	m.keys.story = m.pick.Key
	m.keys.story.SetEnabled(m.phase == mockAsking && m.pick.Offered())
}

// storySummary says how answer i told its story, for the summary; "" when
// it was told with none.
func (m *mockInterview) storySummary(i int, a practice.MockAnswer, width int) string {
	s, ok := m.told[i]
	if !ok {
		return ""
	}
	return tui.StoryUseText(m.Styles(), s, a.Answer, width) + "\n"
}
