package assess

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// YAML writes the answers in the answers-file format (the public interface
// of `rung assess --answers`), keys in the order of the track's facts,
// unanswered keys left out. ParseAnswers reads it back to the same Answers.
func (a Answers) YAML(lib *content.Library) []byte {
	var b strings.Builder
	for _, f := range lib.Facts {
		if !a.Has(f.Key) {
			continue
		}
		if f.Kind == content.FactSkills {
			r := a.Ratings(f.Key)
			if len(r) == 0 {
				fmt.Fprintf(&b, "%s: {}\n", f.Key)
				continue
			}
			b.WriteString(f.Key + ":\n")
			for _, id := range sortedIDs(r) {
				fmt.Fprintf(&b, "  %s: %d\n", id, r[id])
			}
			continue
		}
		fmt.Fprintf(&b, "%s: %s\n", f.Key, a.scalar(f, false))
	}
	if b.Len() == 0 {
		return []byte("{}\n") // nothing answered: still a valid answers file
	}
	return []byte(b.String())
}

// JSON writes the answers as a JSON object with the answers-file keys. JSON
// is YAML, so ParseAnswers reads it back; the store keeps answers this way.
func (a Answers) JSON(lib *content.Library) []byte {
	var b strings.Builder
	b.WriteString("{")
	first := true
	for _, f := range lib.Facts {
		if !a.Has(f.Key) {
			continue
		}
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString(strconv.Quote(f.Key) + ":")
		if f.Kind != content.FactSkills {
			b.WriteString(a.scalar(f, true))
			continue
		}
		r := a.Ratings(f.Key)
		b.WriteString("{")
		for i, id := range sortedIDs(r) {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "%s:%d", strconv.Quote(id), r[id])
		}
		b.WriteString("}")
	}
	b.WriteString("}")
	return []byte(b.String())
}

// scalar writes one answer's value; quote quotes texts (JSON).
func (a Answers) scalar(f content.Fact, quote bool) string {
	switch f.Kind {
	case content.FactNumber, content.FactScale:
		return strconv.FormatFloat(a.Number(f.Key), 'f', -1, 64)
	case content.FactBool:
		return strconv.FormatBool(a.Bool(f.Key))
	}
	if quote {
		return strconv.Quote(a.Text(f.Key))
	}
	return a.Text(f.Key)
}

func sortedIDs(m map[string]int) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
