package tui

import "github.com/rung-career/rung/internal/content"

// TrackChoice is a built-in track a person can run rung on, as the track
// chooser lists it.
type TrackChoice struct {
	ID, Name, Country, Summary string
	Rungs                      []string // the rungs' titles, lowest first
}

// SwitchTrackMsg asks the root to run rung on another built-in track and
// remember the choice (with that track already running, only to remember
// it). Progress is kept per track, so switching loses nothing.
type SwitchTrackMsg struct{ ID string }

// TrackChoices lists the tracks ids, each as load reads it, for the
// chooser.
func TrackChoices(ids []string, load func(id string) (*content.Library, error)) ([]TrackChoice, error) {
	out := make([]TrackChoice, 0, len(ids))
	for _, id := range ids {
		lib, err := load(id)
		if err != nil {
			return nil, err
		}
		t := TrackChoice{ID: id, Name: lib.Track.Name, Country: lib.Track.Country, Summary: lib.Track.Summary}
		for _, r := range lib.Roles {
			t.Rungs = append(t.Rungs, r.Title)
		}
		out = append(out, t)
	}
	return out, nil
}
