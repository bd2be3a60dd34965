package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/report"
)

func assessCommand() *command {
	var answers, format, name string
	var save bool
	return &command{
		name:    "assess",
		args:    "--answers FILE",
		summary: "place yourself on the ladder from an answers file (- for stdin)",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&answers, "answers", "", "the answers `FILE` (YAML, see the README), or - for stdin")
			fs.StringVar(&format, "format", "text", "output `format`: text, json or markdown (a development plan)")
			fs.StringVar(&name, "name", "", "your `name`, for the heading of the markdown plan")
			fs.BoolVar(&save, "save", false, "also keep this assessment in your progress, as the app does (home, stats, the next-rung deck)")
		},
		run: func(e *env, g *globals, args []string) int {
			if len(args) > 0 {
				fmt.Fprintf(e.stderr, "rung assess: unexpected argument %q; give the file with --answers\n", args[0])
				return exitUsage
			}
			if answers == "" {
				fmt.Fprintln(e.stderr, "rung assess: --answers FILE is required (or answer the questions in the app: run `rung`, or `rung --accessible` for plain prompts)")
				return exitUsage
			}
			if format != "text" && format != "json" && format != "markdown" {
				fmt.Fprintf(e.stderr, "rung assess: unknown --format %q; valid: text, json, markdown\n", format)
				return exitUsage
			}
			lib, ok := loadLibrary(e, g)
			if !ok {
				return exitUsage
			}
			label, data, err := readAnswers(e, answers)
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
			switch format {
			case "json":
				err = report.WriteJSON(e.stdout, lib, a, p)
			case "markdown":
				_, err = io.WriteString(e.stdout, report.Plan(lib, p, content.Sanitize(name), e.now()))
			default:
				err = report.WriteText(e.stdout, lib, p)
			}
			if code := outputDone(e, err); code != exitOK || !save {
				return code
			}
			return saveAssessment(e, g, lib, a, p)
		},
	}
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
