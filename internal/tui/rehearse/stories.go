package rehearse

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/rung-career/rung/internal/stories"
	"github.com/rung-career/rung/internal/tui"
)

// Stories in rehearsal: a STAR card shows the person's stories that suit
// it, best first (tui.StoryPick); ctrl+o picks one to tell before (or
// while) answering. The feedback then says whether the answer told the
// story's result and kept its numbers, and the story is marked as used
// today, so the next STAR card suggests the others first.

// storyState is what rehearsal keeps of stories: the pick for the card
// shown, and the story told with the answer submitted.
type storyState struct {
	pick   tui.StoryPick
	told   stories.Story
	toldOK bool
}

// storiesLoaded keeps the stories read for the cards to come.
func (r *rehearse) storiesLoaded(msg tui.StoriesLoadedMsg) tea.Cmd {
	if msg.Err != nil {
		return r.StatusErr("Could not read your stories: " + msg.Err.Error())
	}
	r.pick.Set(msg.Stories)
	r.layout()
	r.syncKeys()
	return nil
}

// storyKey picks the next suggested story, when the key is the pick's.
func (r *rehearse) storyKey(msg tea.KeyMsg) bool {
	if !key.Matches(msg, r.pick.Key) {
		return false
	}
	r.pick.Next()
	r.layout()
	return true
}

// toldStory notes the story told with an answer just submitted, and
// records its use.
func (r *rehearse) toldStory() tea.Cmd {
	s, ok := r.pick.Told(r.now)
	r.told, r.toldOK = s, ok
	if !ok {
		return nil
	}
	return r.MarkStoryUsed(s)
}

// storyUsed reports a use that could not be recorded.
func (r *rehearse) storyUsed(msg tui.StoryUsedMsg) tea.Cmd {
	if msg.Err != nil {
		return r.StatusErr("Could not note that you used the story: " + msg.Err.Error())
	}
	return nil
}

// storyBlock is the story line(s) under the question while answering,
// with the line break after them; "" for none.
func (r *rehearse) storyBlock() string {
	if r.phase != rehearseTyping {
		return ""
	}
	if v := r.pick.View(r.Styles(), r.Width); v != "" {
		return v + "\n"
	}
	return ""
}

// syncStoryKey offers the pick's key while answering a card it has
// stories for.
func (r *rehearse) syncStoryKey() {
	r.keys.story = r.pick.Key
	r.keys.story.SetEnabled(r.phase == rehearseTyping && r.pick.Offered())
}

// storyFeedback says how the answer told the story picked for it; "" when
// none was.
func (r *rehearse) storyFeedback(width int) string {
	if !r.toldOK {
		return ""
	}
	return tui.StoryUseText(r.Styles(), r.told, r.answer, width)
}

// toldStoryReset forgets the story of the last answer (a new question).
func (r *rehearse) toldStoryReset() { r.told, r.toldOK = stories.Story{}, false }
