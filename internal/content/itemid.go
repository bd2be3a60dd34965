package content

import (
	"strconv"
	"strings"
	"unicode"
)

// Some things a person marks are lists of plain text in the track, with no
// id of their own: the questions to ask the interviewer, the tips of a
// guide topic, an insight's reflection prompts. Their progress (a star, a
// tick, a journal entry) is kept under an id made from the text, so
// reordering a list or adding to it keeps every mark where it was; editing
// an item's wording starts it afresh rather than move a mark to another.

// textIDMax is the most characters TextID keeps.
const textIDMax = 60

// TextID is the id of an item named only by its text: its letters and
// digits in lower case, runs of anything else as one hyphen, at most 60
// characters. Text with no letter or digit gets "item".
func TextID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(Sanitize(s)) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(r)
	}
	id := []rune(b.String())
	if len(id) > textIDMax {
		id = []rune(strings.TrimRight(string(id[:textIDMax]), "-"))
	}
	if len(id) == 0 {
		return "item"
	}
	return string(id)
}

// textIDs are the ids of a list's items: TextID of each, and a second item
// whose id an earlier one already has gets "-2" after it (then "-3"...).
func textIDs(texts []string) []string {
	out := make([]string, len(texts))
	seen := map[string]int{}
	for i, t := range texts {
		id := TextID(t)
		seen[id]++
		if k := seen[id]; k > 1 {
			id += "-" + strconv.Itoa(k)
		}
		out[i] = id
	}
	return out
}

// QuestionIDs are the ids of the area's questions, in order: the area's id,
// a slash, and the question's TextID.
func (a *AskArea) QuestionIDs() []string {
	texts := make([]string, len(a.Questions))
	for i, q := range a.Questions {
		texts[i] = q.Text
	}
	ids := textIDs(texts)
	for i := range ids {
		ids[i] = a.ID + "/" + ids[i]
	}
	return ids
}

// TipIDs are the ids of the topic's tips, in order.
func (t *GuideTopic) TipIDs() []string { return textIDs(t.Tips) }

// PromptIDs are the ids of the insight's reflection prompts, in order: the
// insight's id, a slash, and the prompt's TextID.
func (in *Insight) PromptIDs() []string {
	ids := textIDs(in.Prompts)
	for i := range ids {
		ids[i] = in.ID + "/" + ids[i]
	}
	return ids
}

// FindPrompt finds a reflection prompt by its id: the insight's index and
// the prompt's.
func (l *Library) FindPrompt(id string) (insight, prompt int, ok bool) {
	if l.Perspective == nil {
		return 0, 0, false
	}
	head, _, found := strings.Cut(id, "/")
	if !found {
		return 0, 0, false
	}
	for i := range l.Perspective.Insights {
		in := &l.Perspective.Insights[i]
		if in.ID != head {
			continue
		}
		for j, pid := range in.PromptIDs() {
			if pid == id {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}
