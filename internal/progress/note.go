package progress

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rung-career/rung/internal/content"
)

// A thank-you note is the track's template with its {placeholders} filled
// from a form. The name and contact details are remembered from one note to
// the next, in the database's settings.

// rememberedNoteFields are the template fields whose values are kept from
// one note to the next.
var rememberedNoteFields = []string{"your_name", "contact"}

// RememberedNoteFields are the template fields whose values are kept from
// one note to the next.
func RememberedNoteFields() []string { return append([]string(nil), rememberedNoteFields...) }

func noteSettingKey(field string) string { return "note." + field }

// RememberedNote reads the remembered values of the fields asked for;
// empty without a database.
func (s *Service) RememberedNote(fields []string) (map[string]string, error) {
	out := map[string]string{}
	db := s.store()
	if db == nil {
		return out, nil
	}
	for _, k := range fields {
		v, ok, err := db.Setting(noteSettingKey(k))
		if err != nil {
			return out, err
		}
		if ok {
			out[k] = v
		}
	}
	return out, nil
}

// SaveNote writes a note's text to a new file in the output folder, named
// after the organization and the day, and then remembers the values given
// (the name and contact details) for the next note. rememberErr says that
// remembering failed while the note was saved.
func (s *Service) SaveNote(text, organization string, at time.Time, remember map[string]string) (path string, rememberErr, err error) {
	base := "thank-you"
	if slug := NoteSlug(organization); slug != "" {
		base += "-" + slug
	}
	base += "-" + at.Format(time.DateOnly)
	path, err = WriteNew(s.outDir, Numbered(base, ".txt"), []byte(text))
	if err != nil {
		return "", nil, err
	}
	if db := s.store(); db != nil {
		for _, k := range rememberedNoteFields {
			v, ok := remember[k]
			if !ok {
				continue
			}
			if err := db.SetSetting(noteSettingKey(k), v); err != nil {
				rememberErr = err
			}
		}
	}
	return path, rememberErr, nil
}

// NoteShown is how a field shows in the note: its value, or its label in
// brackets while it is empty.
func NoteShown(value, label string) string {
	if value == "" {
		return "[" + clean(label) + "]"
	}
	return value
}

// FillNote replaces each {placeholder} of a template string with what mark
// makes of the field's value (or of "[Label]" when it is empty). value must
// return clean, single-line text.
func FillNote(tpl *content.Template, s string, value func(key string) string, mark func(key, text string, filled bool) string) string {
	labels := make(map[string]string, len(tpl.Fields))
	for _, f := range tpl.Fields {
		labels[f.Key] = f.Label
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(0, i):], '}')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		key := s[i+1 : i+j]
		if label, ok := labels[key]; ok {
			v := value(key)
			b.WriteString(mark(key, NoteShown(v, label), v != ""))
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// NoteParagraphs splits a template body into paragraphs. The YAML wraps
// long paragraphs by hand; those are joined into one line each (a mail
// program wraps them again). A paragraph of short lines only, like a
// signature, keeps its line breaks.
func NoteParagraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		var lines []string
		short := true
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
				short = short && utf8.RuneCountInString(l) < 40
			}
		}
		if len(lines) == 0 {
			continue
		}
		sep := " "
		if short {
			sep = "\n"
		}
		out = append(out, strings.Join(lines, sep))
	}
	return out
}

// NoteText is the note as it is saved: the subject line, a blank line, then
// the body, one line per paragraph, with nothing that could drive a
// terminal.
func NoteText(tpl *content.Template, value func(string) string) string {
	plain := func(_, text string, _ bool) string { return text }
	parts := []string{"Subject: " + FillNote(tpl, clean(tpl.Subject), value, plain)}
	for _, p := range NoteParagraphs(tpl.Body) {
		parts = append(parts, FillNote(tpl, p, value, plain))
	}
	return content.Sanitize(strings.Join(parts, "\n\n") + "\n")
}

// NoteSlug makes a file-name part of free text: lower case letters and
// digits, runs of anything else as one hyphen, at most 40 characters.
func NoteSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if utf8.RuneCountInString(b.String()) >= 40 {
				break
			}
			continue
		}
		dash = true
	}
	return b.String()
}

// clean collapses runs of whitespace (folded YAML, typed text) to one
// space, after taking out anything that could drive a terminal.
func clean(s string) string { return strings.Join(strings.Fields(content.Sanitize(s)), " ") }

// NoteMissing lists the details of a note still left empty, as the note
// shows them ("[Your contact information]"), in the template's order: a
// note saved or copied with any of these still has its brackets in.
func NoteMissing(tpl *content.Template, value func(key string) string) []string {
	var out []string
	for _, f := range tpl.Fields {
		if clean(value(f.Key)) == "" {
			out = append(out, NoteShown("", f.Label))
		}
	}
	return out
}
