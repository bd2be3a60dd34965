package assess

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rung-career/rung/internal/content"
)

// YAML writes the answers in the answers-file format (the public interface
// of `rung assess --answers`), keys in vocabulary order, unanswered keys
// left out. ParseAnswers reads it back to the same Answers.
func (a Answers) YAML() []byte {
	var b strings.Builder
	for _, f := range content.Facts {
		if !a.Has(f.Key) {
			continue
		}
		switch f.Kind {
		case content.FactNumber, content.FactScale:
			fmt.Fprintf(&b, "%s: %s\n", f.Key, strconv.FormatFloat(a.Number(f.Key), 'f', -1, 64))
		case content.FactBool:
			fmt.Fprintf(&b, "%s: %t\n", f.Key, a.ManagedBudget)
		case content.FactOrdered, content.FactCategory, content.FactRole:
			fmt.Fprintf(&b, "%s: %s\n", f.Key, a.Text(f.Key))
		case content.FactSkills:
			if len(a.Skills) == 0 {
				fmt.Fprintf(&b, "%s: {}\n", f.Key)
				continue
			}
			b.WriteString(f.Key + ":\n")
			ids := make([]string, 0, len(a.Skills))
			for id := range a.Skills {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				fmt.Fprintf(&b, "  %s: %d\n", id, a.Skills[id])
			}
		}
	}
	if b.Len() == 0 {
		return []byte("{}\n") // nothing answered: still a valid answers file
	}
	return []byte(b.String())
}

// JSON writes the answers as a JSON object with the answers-file keys. JSON
// is YAML, so ParseAnswers reads it back; the store keeps answers this way.
func (a Answers) JSON() []byte {
	var b strings.Builder
	b.WriteString("{")
	first := true
	sep := func() {
		if !first {
			b.WriteString(",")
		}
		first = false
	}
	for _, f := range content.Facts {
		if !a.Has(f.Key) {
			continue
		}
		sep()
		b.WriteString(strconv.Quote(f.Key) + ":")
		switch f.Kind {
		case content.FactNumber, content.FactScale:
			b.WriteString(strconv.FormatFloat(a.Number(f.Key), 'f', -1, 64))
		case content.FactBool:
			b.WriteString(strconv.FormatBool(a.ManagedBudget))
		case content.FactOrdered, content.FactCategory, content.FactRole:
			b.WriteString(strconv.Quote(a.Text(f.Key)))
		case content.FactSkills:
			ids := make([]string, 0, len(a.Skills))
			for id := range a.Skills {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			b.WriteString("{")
			for i, id := range ids {
				if i > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, "%s:%d", strconv.Quote(id), a.Skills[id])
			}
			b.WriteString("}")
		}
	}
	b.WriteString("}")
	return []byte(b.String())
}
