package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	tracks "github.com/rung-career/rung/content"
	"github.com/rung-career/rung/internal/content"
)

// trackJSON is one built-in track in `rung tracks --format json`.
type trackJSON struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Country  string     `json:"country"`
	Rungs    []rungJSON `json:"rungs"`
	Selected bool       `json:"selected"`
}

type rungJSON struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

func tracksCommand() *command {
	var format string
	return &command{
		name:    "tracks",
		args:    "[--format json]",
		summary: "list the built-in tracks (choose one with --track ID or RUNG_TRACK, or in the app)",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "text", "output `format`: text or json")
		},
		run: func(e *env, g *globals, args []string) int {
			if len(args) > 0 {
				fmt.Fprintf(e.stderr, "rung tracks: unexpected argument %q\n", args[0])
				return exitUsage
			}
			if format != "text" && format != "json" {
				fmt.Fprintf(e.stderr, "rung tracks: unknown --format %q; valid: text, json\n", format)
				return exitUsage
			}
			chosen, err := chooseTrack(e, g)
			if err != nil {
				fmt.Fprintf(e.stderr, "rung tracks: %v\n", err)
				return exitUsage
			}
			list, err := builtinTracks(chosen)
			if err != nil {
				fmt.Fprintf(e.stderr, "rung tracks: %v\n", err)
				return exitError
			}
			if format == "json" {
				return outputDone(e, writeJSON(e.stdout, map[string][]trackJSON{"tracks": list}))
			}
			var b strings.Builder
			for _, t := range list {
				mark := " "
				if t.Selected {
					mark = "*"
				}
				fmt.Fprintf(&b, "%s %-16s %s (%s): %d rungs, %s to %s\n", mark, t.ID, t.Name, t.Country, len(t.Rungs),
					t.Rungs[0].Title, t.Rungs[len(t.Rungs)-1].Title)
			}
			b.WriteString("\n* the track rung runs on now; choose another with --track ID, RUNG_TRACK=ID or in the app\n")
			_, err = io.WriteString(e.stdout, b.String())
			return outputDone(e, err)
		},
	}
}

// builtinTracks loads every built-in track (from its snapshot) to list it.
func builtinTracks(chosen string) ([]trackJSON, error) {
	var out []trackJSON
	for _, id := range tracks.IDs() {
		fsys, err := tracks.Track(id)
		if err != nil {
			return nil, err
		}
		lib, err := content.LoadSnapshot(fsys, tracks.Snapshot(id))
		if err != nil {
			return nil, fmt.Errorf("built-in track %s: %w", id, err)
		}
		t := trackJSON{ID: id, Name: lib.Track.Name, Country: lib.Track.Country, Selected: id == chosen}
		for _, r := range lib.Roles {
			t.Rungs = append(t.Rungs, rungJSON{ID: r.ID, Title: r.Title})
		}
		out = append(out, t)
	}
	return out, nil
}
