package content

import "embed"

// The built-in tracks, each loaded, validated and encoded by
// internal/content.Snapshot into <id>.snapshot. Rewrite them after changing
// a track or the loader with:
//
//	go test ./internal/content -run TestEmbeddedSnapshot -update
//
//go:embed *.snapshot
var snapshots embed.FS

// Snapshot returns a built-in track's snapshot, for
// internal/content.LoadSnapshot (which ignores it once the YAML differs from
// what it was made from); nil when there is none.
func Snapshot(id string) []byte {
	b, err := snapshots.ReadFile(id + ".snapshot")
	if err != nil {
		return nil
	}
	return b
}

// DefaultSnapshot returns the default track's snapshot.
func DefaultSnapshot() []byte { return Snapshot(DefaultTrack) }
