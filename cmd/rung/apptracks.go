package main

import (
	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui"
	"github.com/rung-career/rung/internal/tui/app"
)

// withTracks lets the app switch between the built-in tracks, and ask which
// fits on the first run (no --track, RUNG_TRACK or choice made in the app).
// A track from a folder (--content) cannot be switched from.
func withTracks(o *app.Options, e *env, g *globals) {
	if g.contentDir != "" {
		return
	}
	o.Tracks = trackChoices
	o.LoadTrack = loadBuiltin
	o.AskTrack = g.track == "" && e.getenv("RUNG_TRACK") == "" && storedTrack(e, g) == ""
}

// loadBuiltin loads a built-in track from its snapshot.
func loadBuiltin(id string) (*content.Library, error) {
	fsys, err := tracks.Track(id)
	if err != nil {
		return nil, err
	}
	return content.LoadSnapshot(fsys, tracks.Snapshot(id))
}

// trackChoices lists the built-in tracks for the app's chooser.
func trackChoices() ([]tui.TrackChoice, error) { return tui.TrackChoices(tracks.IDs(), loadBuiltin) }
