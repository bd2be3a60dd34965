// Package content holds the shipped career tracks as YAML and exposes them as
// an fs.FS. The schema and loader are in internal/content.
package content

import (
	"embed"
	"io/fs"
)

//go:embed social-services/*.yaml
var tracks embed.FS

// DefaultTrack is the folder of the track rung runs on by default.
const DefaultTrack = "social-services"

// Track returns the embedded track folder of the given name.
func Track(name string) (fs.FS, error) {
	return fs.Sub(tracks, name)
}

// Default returns the embedded default track.
func Default() fs.FS {
	f, err := fs.Sub(tracks, DefaultTrack)
	if err != nil {
		panic(err) // the folder is embedded at build time; this cannot fail
	}
	return f
}

// Files lists the embedded files of a track, for export.
func Files(name string) ([]string, error) {
	entries, err := fs.ReadDir(tracks, name)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out, nil
}
