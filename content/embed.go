// Package content holds the built-in career tracks as YAML, with a snapshot
// of each loaded track, and exposes them as fs.FS. The schema and loader are
// in internal/content.
package content

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed social-services/*.yaml uk-children/*.yaml
var tracks embed.FS

// DefaultTrack is the id (and folder) of the track rung runs on when no
// other is chosen.
const DefaultTrack = "social-services"

// builtin is the list of built-in tracks, in the order `rung tracks` shows
// them; each has a folder of YAML and a snapshot named after its id.
var builtin = []string{DefaultTrack, "uk-children"}

// IDs lists the built-in tracks' ids.
func IDs() []string { return append([]string(nil), builtin...) }

// IsBuiltin reports whether id names a built-in track.
func IsBuiltin(id string) bool {
	for _, b := range builtin {
		if b == id {
			return true
		}
	}
	return false
}

// Track returns the embedded folder of a built-in track.
func Track(id string) (fs.FS, error) {
	if !IsBuiltin(id) {
		return nil, fmt.Errorf("no built-in track %q; built in: %s", id, strings.Join(builtin, ", "))
	}
	return fs.Sub(tracks, id)
}

// Default returns the embedded default track.
func Default() fs.FS {
	f, err := Track(DefaultTrack)
	if err != nil {
		panic(err) // the folder is embedded at build time; this cannot fail
	}
	return f
}

// Files lists the embedded files of a track, for export.
func Files(id string) ([]string, error) {
	entries, err := fs.ReadDir(tracks, id)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out, nil
}
