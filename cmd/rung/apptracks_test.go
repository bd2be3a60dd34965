package main

import (
	"testing"

	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/store"
	"github.com/rung-career/rung/internal/tui/app"
)

// The app asks which track fits only when none has been chosen: no
// --track, no RUNG_TRACK, nothing remembered; a folder track (--content)
// cannot be switched from at all.
func TestWithTracksAsksOnlyOnTheFirstRun(t *testing.T) {
	remembered := t.TempDir()
	st, err := store.Open(remembered)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetSetting(progress.TrackKey, "uk-children"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, tc := range []struct {
		name      string
		g         globals
		vars      map[string]string
		ask, swap bool
	}{
		{"first run", globals{dataDir: t.TempDir()}, nil, true, true},
		{"--track", globals{dataDir: t.TempDir(), track: "uk-children"}, nil, false, true},
		{"RUNG_TRACK", globals{dataDir: t.TempDir()}, map[string]string{"RUNG_TRACK": "social-services"}, false, true},
		{"remembered", globals{dataDir: remembered}, nil, false, true},
		{"--content", globals{dataDir: t.TempDir(), contentDir: "testdata"}, nil, false, false},
	} {
		e, _ := testEnv("", tc.vars)
		var o app.Options
		g := tc.g
		withTracks(&o, e, &g)
		if o.AskTrack != tc.ask || (o.Tracks != nil) != tc.swap || (o.LoadTrack != nil) != tc.swap {
			t.Errorf("%s: ask %v, switching %v; want ask %v, switching %v", tc.name, o.AskTrack, o.Tracks != nil, tc.ask, tc.swap)
		}
	}
	list, err := trackChoices()
	if err != nil || len(list) != 2 || list[0].ID != "social-services" || list[1].ID != "uk-children" || len(list[1].Rungs) != 9 {
		t.Errorf("trackChoices = %+v, %v", list, err)
	}
}
