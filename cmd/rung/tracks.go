package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

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

func (c *cli) tracksCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "tracks",
		Short: "list the built-in tracks; the one in use is marked",
		Long: `List the built-in career tracks, each with its rungs from first to top.
The one rung runs on now is marked: --track ID, else RUNG_TRACK, else the
one you chose in the app, else social-services. It only reads: it creates
no file or folder.`,
		Example: `  rung tracks
  rung tracks --format json
  rung --track uk-children tracks`,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	formatFlag(cmd, cmd.Flags(), &format, "`FORMAT`: text or json", "text", "json")
	cmd.RunE = c.do(func(cmd *cobra.Command, args []string) int {
		e, g := c.e, &c.g
		if code, ok := c.noArgs(cmd, args, ""); !ok {
			return code
		}
		if code, ok := c.checkFormat(cmd, format, "text", "json"); !ok {
			return code
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
	})
	return cmd
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
