package content

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a track, located as precisely as possible.
type Problem struct {
	File string // file name relative to the track folder
	Line int    // 1-based; 0 when the problem is not in one file
	Key  string // dotted path of the key, e.g. cards[3].key_points[0].cues
	Msg  string // what is wrong
	Hint string // what would be valid
}

// String formats the problem as `file:line: key: what is wrong; what would be valid`.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	if p.Key != "" {
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	if p.Hint != "" {
		b.WriteString("; ")
		b.WriteString(p.Hint)
	}
	return b.String()
}

// Problems is every problem found in a track. It is the error Load returns.
type Problems struct {
	list []Problem
}

func (p *Problems) add(x Problem) { p.list = append(p.list, x) }

// List returns the problems sorted by file and line.
func (p *Problems) List() []Problem {
	out := append([]Problem(nil), p.list...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// Len is the number of problems.
func (p *Problems) Len() int { return len(p.list) }

// Error lists every problem, one per line.
func (p *Problems) Error() string {
	lines := make([]string, 0, len(p.list))
	for _, x := range p.List() {
		lines = append(lines, x.String())
	}
	return strings.Join(lines, "\n")
}
