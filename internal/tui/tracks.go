package tui

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
