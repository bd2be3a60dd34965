package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxDepth bounds the nesting of a content file. The deepest legitimate value in
// the schema is about six levels down; anything far deeper is a mistake or an
// attack on the decoder.
const maxDepth = 24

// Pos records where a value came from. Every schema struct embeds one; the
// decoder fills it in.
type Pos struct {
	File string
	Line int
	keys map[string]int
}

// KeyLine returns the line of key in the mapping the struct was decoded from,
// or the struct's own line when the key is absent.
func (p Pos) KeyLine(key string) int {
	if l, ok := p.keys[key]; ok {
		return l
	}
	return p.Line
}

var posType = reflect.TypeOf(Pos{})

// decoder turns a yaml.Node tree into schema values, strictly: unknown keys,
// wrong types, missing required keys, control characters and aliases are all
// problems. It keeps going after a problem, so one pass reports them all.
type decoder struct {
	file     string
	problems *Problems
}

func (d *decoder) addf(line int, key, hint, format string, args ...any) {
	d.problems.add(Problem{File: d.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// decodeFile parses one YAML file into a Document.
func decodeFile(file string, data []byte, problems *Problems) *Document {
	d := &decoder{file: file, problems: problems}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		d.addf(line, "", "save the file as UTF-8", "the file is not valid UTF-8 text")
		return nil
	}
	if line, col, r, bad := findControl(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))); bad {
		d.addf(line+1, "", "remove it; content is plain text (tabs and newlines are fine)",
			"control character %U at column %d (terminal escape sequences are not allowed)", r, col)
		return nil
	}
	if len(bytes.TrimSpace(stripComments(data))) == 0 {
		d.addf(1, "", "a mapping of sections such as `roles:` or `cards:`", "the file is empty")
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		line, msg := yamlErrorLine(err)
		d.addf(line, "", "fix the YAML syntax (check indentation, quotes and colons)", "%s", msg)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		line := extra.Line
		if err != nil {
			line, _ = yamlErrorLine(err)
		}
		d.addf(line, "", "put each file's sections in one document (remove the extra `---`)", "the file holds more than one YAML document")
		return nil
	}
	doc := &Document{}
	node := &root
	if node.Kind == yaml.DocumentNode && len(node.Content) == 1 {
		node = node.Content[0]
	}
	d.value(node, reflect.ValueOf(doc).Elem(), "", 0)
	return doc
}

// stripComments drops YAML comment lines so a file of only comments counts as empty.
func stripComments(data []byte) []byte {
	var out []byte
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' || bytes.Equal(t, []byte("---")) {
			continue
		}
		out = append(out, line...)
		out = append(out, '\n')
	}
	return out
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// yamlErrorLine pulls the line number out of a yaml.v3 parse error
// ("yaml: line 3: mapping values are not allowed in this context").
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return 1, msg
}

func (d *decoder) value(n *yaml.Node, v reflect.Value, key string, depth int) {
	if depth > maxDepth {
		d.addf(n.Line, key, "flatten the structure; content needs only a few levels", "nesting is deeper than %d levels", maxDepth)
		return
	}
	if n.Kind == yaml.AliasNode {
		d.addf(n.Line, key, "write the value out in full", "aliases (*%s) are not allowed in content files", n.Value)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" && v.Kind() != reflect.String {
		return // an empty value: leave the zero value; required checks catch it
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), key, depth)
	case reflect.Struct:
		d.structure(n, v, key, depth)
	case reflect.Slice:
		d.list(n, v, key, depth)
	case reflect.String:
		d.text(n, v, key)
	case reflect.Int:
		d.integer(n, v, key)
	case reflect.Float64:
		d.number(n, v, key)
	case reflect.Bool:
		d.boolean(n, v, key)
	default:
		panic(fmt.Sprintf("content: schema field %s of unsupported kind %s", key, v.Kind()))
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return n.Value
		case "!!null":
			return "nothing"
		}
		return fmt.Sprintf("the text %q", clip(n.Value, 40))
	}
	return "something else"
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "..."
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// field describes one key of a schema struct.
type field struct {
	name     string
	index    int
	required bool
}

type structInfo struct {
	fields []field
	byName map[string]field
	posIdx int // index of the embedded Pos, or -1
	names  []string
}

var structCache sync.Map // reflect.Type -> *structInfo

func infoFor(t reflect.Type) *structInfo {
	if si, ok := structCache.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{byName: map[string]field{}, posIdx: -1}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == posType {
			si.posIdx = i
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" || tag == "" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fd := field{name: name, index: i, required: opts == "required"}
		si.fields = append(si.fields, fd)
		si.byName[name] = fd
		si.names = append(si.names, name)
	}
	structCache.Store(t, si)
	return si
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, key string, depth int) {
	if n.Kind != yaml.MappingNode {
		d.addf(n.Line, key, "a mapping of `key: value` lines", "expected a mapping, found %s", kindName(n))
		return
	}
	si := infoFor(v.Type())
	pos := Pos{File: d.file, Line: n.Line, keys: make(map[string]int, len(n.Content)/2)}
	seen := make(map[string]bool, len(n.Content)/2)
	suggested := map[string]bool{} // keys an unknown key was probably meant to be
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.addf(k.Line, key, "keys are plain words such as `id` or `name`", "a key must be a plain word, found %s", kindName(k))
			continue
		}
		name := k.Value
		path := join(key, name)
		if prev, dup := pos.keys[name]; dup {
			d.addf(k.Line, path, "keep one of them", "key %q appears twice (first on line %d)", name, prev)
			continue
		}
		pos.keys[name] = k.Line
		f, ok := si.byName[name]
		if !ok {
			hint := "valid keys here: " + strings.Join(si.names, ", ")
			if s := nearest(name, si.names); s != "" {
				hint = fmt.Sprintf("did you mean %q? %s", s, hint)
				suggested[s] = true
			}
			d.addf(k.Line, path, hint, "unknown key %q", name)
			continue
		}
		seen[name] = true
		d.value(val, v.Field(f.index), path, depth+1)
		if f.required && isEmpty(v.Field(f.index)) && !hasProblemAt(d.problems, d.file, val.Line) {
			d.addf(k.Line, path, "give it a value", "%q must not be empty", name)
		}
	}
	for _, f := range si.fields {
		if f.required && !seen[f.name] && !suggested[f.name] {
			d.addf(n.Line, join(key, f.name), "add `"+f.name+":` here", "missing required key %q", f.name)
		}
	}
	if si.posIdx >= 0 {
		v.Field(si.posIdx).Set(reflect.ValueOf(pos))
	}
}

func hasProblemAt(p *Problems, file string, line int) bool {
	for _, x := range p.list {
		if x.File == file && x.Line == line {
			return true
		}
	}
	return false
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return strings.TrimSpace(v.String()) == ""
	case reflect.Slice:
		return v.Len() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return false // numbers and bools: zero is a value
}

func (d *decoder) list(n *yaml.Node, v reflect.Value, key string, depth int) {
	if n.Kind != yaml.SequenceNode {
		d.addf(n.Line, key, "a list, one `- item` per line", "expected a list, found %s", kindName(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.value(item, s.Index(i), fmt.Sprintf("%s[%d]", key, i), depth+1)
	}
	v.Set(s)
}

func (d *decoder) scalar(n *yaml.Node, key, want string) bool {
	if n.Kind != yaml.ScalarNode {
		d.addf(n.Line, key, want, "expected %s, found %s", want, kindName(n))
		return false
	}
	return true
}

func (d *decoder) text(n *yaml.Node, v reflect.Value, key string) {
	if !d.scalar(n, key, "text") {
		return
	}
	if n.Tag == "!!null" {
		return
	}
	if line, col, r, bad := findControl(n.Value); bad {
		// Lines inside a block scalar start one below the key.
		at := n.Line + line
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			at++
		}
		d.addf(at, key, "remove it; content is plain text (tabs and newlines are fine)",
			"control character %U at column %d (terminal escape sequences are not allowed)", r, col)
		return
	}
	v.SetString(strings.TrimSpace(n.Value))
}

// findControl reports the first control character other than tab and newline,
// including C1 controls and the escape character, with its line (0-based)
// and column (1-based) inside s.
func findControl(s string) (line, col int, r rune, found bool) {
	col = 0
	for _, c := range s {
		col++
		if c == '\n' {
			line++
			col = 0
			continue
		}
		if c == '\t' {
			continue
		}
		if isControl(c) {
			return line, col, c, true
		}
	}
	return 0, 0, 0, false
}

// isControl is true for C0 and C1 controls (ESC, CSI, OSC's BEL...), DEL,
// the Unicode line separators and the bidirectional overrides that can make
// text display differently from what it says.
func isControl(c rune) bool {
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' ||
		(c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == utf8.RuneError
}

func (d *decoder) integer(n *yaml.Node, v reflect.Value, key string) {
	if !d.scalar(n, key, "a whole number") {
		return
	}
	i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 10, 64)
	if err != nil || n.Tag == "!!str" || i > math.MaxInt32 || i < math.MinInt32 {
		d.addf(n.Line, key, "a whole number such as 3", "expected a whole number, found %s", kindName(n))
		return
	}
	v.SetInt(i)
}

func (d *decoder) number(n *yaml.Node, v reflect.Value, key string) {
	if !d.scalar(n, key, "a number") {
		return
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || n.Tag == "!!str" || math.IsNaN(f) || math.IsInf(f, 0) {
		d.addf(n.Line, key, "a number such as 2 or 0.5", "expected a number, found %s", kindName(n))
		return
	}
	v.SetFloat(f)
}

func (d *decoder) boolean(n *yaml.Node, v reflect.Value, key string) {
	if !d.scalar(n, key, "true or false") {
		return
	}
	switch n.Value {
	case "true":
		v.SetBool(true)
	case "false":
		v.SetBool(false)
	default:
		d.addf(n.Line, key, "true or false", "expected true or false, found %s", kindName(n))
	}
}

// nearest suggests the candidate closest to s by edit distance, if it is close.
func nearest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if dd := EditDistance(s, c); dd < bestD {
			best, bestD = c, dd
		}
	}
	return best
}

// EditDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// sortedKeys returns a map's keys in order, for stable messages.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
