package content

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
)

// A snapshot is a loaded, validated Library encoded as JSON, after the
// SHA-256 of the YAML it was loaded from. Decoding one takes a fifth of the
// time of parsing the YAML, so the built-in track ships with one and the
// app's first screen does not wait for yaml.v3 (see LoadSnapshot). JSON, not
// gob: gob would drop pointers to zero values and empty slices, and its
// package init alone costs a millisecond of every start.
//
// A snapshot carries no positions (file and line) of its values: it is for
// tracks already known to be valid, and a stale one is never used.

// Snapshot encodes l, loaded from fsys, as a snapshot.
func Snapshot(fsys fs.FS, l *Library) ([]byte, error) {
	sum, err := yamlSum(fsys)
	if err != nil {
		return nil, err
	}
	// The flags every card gets from a family marked everywhere are put in
	// place again when the snapshot is read: written out, they would repeat
	// the family on every card.
	// So are the phrases a card's flag takes from its family.
	own := *l
	own.Cards = make([]Card, len(l.Cards))
	for i, c := range l.Cards {
		c.RedFlags = slices.DeleteFunc(slices.Clone(c.RedFlags), func(f RedFlag) bool { return f.Everywhere })
		for j, f := range c.RedFlags {
			if fam, ok := l.family(f.Family); ok && len(f.Phrases) >= len(fam.Phrases) && slices.Equal(f.Phrases[:len(fam.Phrases)], fam.Phrases) {
				c.RedFlags[j].Phrases = f.Phrases[len(fam.Phrases):]
				c.RedFlags[j].Unless = f.Unless[min(len(fam.Unless), len(f.Unless)):]
			}
		}
		own.Cards[i] = c
	}
	var b bytes.Buffer
	b.Write(sum[:])
	if err := json.NewEncoder(&b).Encode(&own); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return b.Bytes(), nil
}

// LoadSnapshot returns the library in snap when snap was made from exactly
// the YAML files now in fsys, and Load(fsys) otherwise (the YAML changed
// since, or snap is empty or damaged): a stale snapshot costs time, never
// correctness.
func LoadSnapshot(fsys fs.FS, snap []byte) (*Library, error) {
	if l, ok := decodeSnapshot(fsys, snap); ok {
		return l, nil
	}
	return Load(fsys)
}

func decodeSnapshot(fsys fs.FS, snap []byte) (*Library, bool) {
	if len(snap) <= sha256.Size {
		return nil, false
	}
	sum, err := yamlSum(fsys)
	if err != nil || !bytes.Equal(sum[:], snap[:sha256.Size]) {
		return nil, false
	}
	l := &Library{}
	if err := json.Unmarshal(snap[sha256.Size:], l); err != nil {
		return nil, false
	}
	for i := range l.Cards {
		for j := range l.Cards[i].RedFlags {
			f := &l.Cards[i].RedFlags[j]
			if fam, ok := l.family(f.Family); ok {
				f.Phrases = slices.Concat(fam.Phrases, f.Phrases)
				f.Unless = slices.Concat(fam.Unless, f.Unless)
			}
		}
	}
	spreadFamilies(l)
	l.index()
	return l, true
}

// family is the red flag family id, if l has it.
func (l *Library) family(id string) (RedFlagFamily, bool) {
	if id == "" {
		return RedFlagFamily{}, false
	}
	for _, f := range l.RedFlagFamilies {
		if f.ID == id {
			return f, true
		}
	}
	return RedFlagFamily{}, false
}

// yamlSum hashes the names and contents of the files Load reads from fsys.
func yamlSum(fsys fs.FS) ([sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return sum, err
	}
	var names []string
	for _, e := range entries {
		if ext := path.Ext(e.Name()); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return sum, err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}
