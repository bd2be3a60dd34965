package content

import (
	"bytes"
	"strings"
)

// Add records a problem. Other packages that read untrusted input (answers
// files) report through the same type so every message has one shape.
func (p *Problems) Add(x Problem) { p.add(x) }

// FindControl reports the first control character or terminal escape in
// data (tab, newline and CRLF line ends are allowed), with its 1-based line
// and column.
func FindControl(data []byte) (line, col int, found bool) {
	l, c, _, bad := findControl(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))))
	return l + 1, c, bad
}

// YAMLErrorLine splits a yaml.v3 syntax error into its line and message.
func YAMLErrorLine(err error) (int, string) { return yamlErrorLine(err) }

// Nearest suggests the candidate closest to s, or "" when none is close.
func Nearest(s string, candidates []string) string { return nearest(s, candidates) }

// Sanitize removes control characters and terminal escapes from text about to
// be drawn, keeping newlines and tabs. Validation already rejects them in
// content and answers; this is the second line of defense for anything that
// reaches the screen (typed answers, file names, error text).
func Sanitize(s string) string {
	if _, _, _, bad := findControl(s); !bad {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '\n' || r == '\t' || !isControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
