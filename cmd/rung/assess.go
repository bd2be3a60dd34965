package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
)

func (c *cli) assessCommand() *cobra.Command {
	var o assessOpts
	cmd := &cobra.Command{
		Use:   "assess --answers FILE",
		Short: "place yourself on the ladder from an answers file (- for stdin)",
		Long: `Place yourself on the ladder from an answers file: the same answers the
app's questionnaire collects, as YAML (the format is in the README). It
prints where you stand, the next rung, your readiness for it and the steps
that close each gap. Unknown keys, wrong types and out-of-range values are
errors that name the key, the line and what is valid (exit 2).

Nothing is saved unless you ask with --save; without it, assess creates no
file or folder.`,
		Example: `  rung assess --answers me.yaml
  rung assess --answers me.yaml --format json
  rung assess --answers me.yaml --format markdown --name "Sam Rivera" > plan.md
  rung assess --answers me.yaml --save
  cat me.yaml | rung assess --answers -
  rung --track uk-children assess --answers me-uk.yaml`,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	fs := cmd.Flags()
	fs.StringVar(&o.answers, "answers", "", "the answers `FILE` (YAML; see the README), - for stdin")
	formatFlag(cmd, fs, &o.format, "`FORMAT`: text, json or markdown (a plan)", "text", "json", "markdown")
	fs.StringVar(&o.name, "name", "", "your `NAME`, for the heading of the markdown plan")
	fs.BoolVar(&o.save, "save", false, "also keep it in your progress, as the app does")
	_ = cmd.RegisterFlagCompletionFunc("answers", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
	cmd.RunE = c.do(func(cmd *cobra.Command, args []string) int { return c.assess(cmd, args, o) })
	return cmd
}

// assessOpts are the flags of rung assess.
type assessOpts struct {
	answers, format, name string
	save                  bool
}

func (c *cli) assess(cmd *cobra.Command, args []string, o assessOpts) int {
	e, g := c.e, &c.g
	if code, ok := c.noArgs(cmd, args, "; give the file with --answers"); !ok {
		return code
	}
	if o.answers == "" {
		return c.usageErr(cmd, "rung assess: --answers FILE is required (or answer the questions in the app: run `rung`, or `rung --accessible` for plain prompts)")
	}
	if code, ok := c.checkFormat(cmd, o.format, "text", "json", "markdown"); !ok {
		return code
	}
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	label, data, err := readAnswers(e, o.answers)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung assess: %v\n", err)
		return exitUsage
	}
	a, err := assess.ParseAnswers(lib, label, data)
	if err != nil {
		var probs *content.Problems
		if errors.As(err, &probs) {
			for _, p := range probs.List() {
				fmt.Fprintln(e.stderr, p.String())
			}
		} else {
			fmt.Fprintln(e.stderr, err)
		}
		return exitUsage
	}
	p := assess.Evaluate(lib, a)
	switch o.format {
	case "json":
		err = report.WriteJSON(e.stdout, lib, a, p)
	case "markdown":
		_, err = io.WriteString(e.stdout, report.Plan(lib, p, content.Sanitize(o.name), e.now()))
	default:
		err = report.WriteText(e.stdout, lib, p)
	}
	if code := outputDone(e, err); code != exitOK || !o.save {
		return code
	}
	return saveAssessment(e, g, lib, a, p)
}

// saveAssessment keeps a placement in the store. It reports on stderr, so
// that stdout stays the placement alone (JSON for a script, say).
func saveAssessment(e *env, g *globals, lib *content.Library, a assess.Answers, p assess.Placement) int {
	path, err := storeAssessment(e, g, lib, a, p)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung assess: not saved: %v\n", err)
		return exitError
	}
	fmt.Fprintf(e.stderr, "Saved to %s.\n", path)
	return exitOK
}

// storeAssessment keeps a placement in the store and says where.
func storeAssessment(e *env, g *globals, lib *content.Library, a assess.Answers, p assess.Placement) (string, error) {
	st, _, err := openStore(e, g)
	if err != nil {
		return "", err
	}
	defer st.Close()
	if _, err := st.SaveAssessment(progress.Record(lib, a, p, e.now())); err != nil {
		return "", err
	}
	return st.Path(), nil
}

// writeJSON writes v as indented JSON, as every command's --format json does
// (characters such as & and < as they are, not escaped for HTML).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// outputDone turns a write error into an exit code: a reader that went away
// (`| head -1`) is not an error worth a message.
func outputDone(e *env, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
		return exitOK
	}
	fmt.Fprintf(e.stderr, "rung: writing output: %v\n", err)
	return exitError
}

func readAnswers(e *env, path string) (string, []byte, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, assess.MaxAnswersSize+1))
		return "stdin", data, err
	}
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", nil, fmt.Errorf("%s: no such file; give the path of a YAML answers file (see the README)", path)
		}
		return "", nil, err
	}
	if st.IsDir() {
		return "", nil, fmt.Errorf("%s: is a folder; give the path of a YAML answers file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, assess.MaxAnswersSize+1))
	return path, data, err
}
