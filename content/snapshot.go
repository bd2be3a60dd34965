package content

import _ "embed" // the default track's snapshot

// defaultSnapshot is the default track, loaded, validated and encoded by
// internal/content.Snapshot. Rewrite it after changing the track or the
// loader with: go test ./internal/content -run TestEmbeddedSnapshot -update
//
//go:embed social-services.snapshot
var defaultSnapshot []byte

// DefaultSnapshot returns the default track's snapshot, for
// internal/content.LoadSnapshot (which ignores it once the YAML differs from
// what it was made from).
func DefaultSnapshot() []byte { return defaultSnapshot }
