package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/rung-career/rung/internal/store"
)

// commandPaths lists every command of the tree as its arguments
// ("stories", "import"), cobra's completion and help commands included.
func commandPaths() [][]string {
	c := &cli{e: &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, stdin: strings.NewReader("")}}
	var out [][]string
	var walk func(cmd *cobra.Command, path []string)
	walk = func(cmd *cobra.Command, path []string) {
		for _, sub := range cmd.Commands() {
			if sub.Hidden {
				continue
			}
			p := append(slices.Clone(path), sub.Name())
			out = append(out, p)
			walk(sub, p)
		}
	}
	walk(c.root(), nil)
	return out
}

// oneDashLong is a long flag written with one dash (Go's flag package's
// style), which help must not show.
var oneDashLong = regexp.MustCompile(`(^|[\s,(\[])-[a-zA-Z][a-zA-Z-]+`)

// TestHelpEverywhere: rung and every command answer --help (and rung help
// COMMAND) on stdout with exit 0: what it does, its usage, examples, and
// flags written --long.
func TestHelpEverywhere(t *testing.T) {
	paths := append([][]string{nil}, commandPaths()...)
	if len(paths) < 18 {
		t.Fatalf("only %d commands: %v", len(paths), paths)
	}
	for _, p := range paths {
		name := strings.TrimSpace("rung " + strings.Join(p, " "))
		t.Run(name, func(t *testing.T) {
			code, out, errs := runWith(t, "", append(slices.Clone(p), "--help")...)
			if code != exitOK || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			for _, want := range []string{"Usage:\n  " + name, "\nExamples:\n  ", "\nFlags:\n", "  -h, --help "} {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q:\n%s", want, out)
				}
			}
			if len(p) > 0 && !strings.Contains(out, "\nGlobal flags:\n      --accessible ") {
				t.Errorf("the global flags are missing:\n%s", out)
			}
			if m := oneDashLong.FindString(out); m != "" {
				t.Errorf("help shows the one-dash flag %q:\n%s", m, out)
			}
			if _, short, _ := runWith(t, "", append(slices.Clone(p), "-h")...); short != out {
				t.Error("-h and --help differ")
			}
			if len(p) > 0 {
				if code, viaHelp, _ := runWith(t, "", append([]string{"help"}, p...)...); code != exitOK || viaHelp != out {
					t.Errorf("rung help %s: exit %d, differs from --help:\n%s", strings.Join(p, " "), code, viaHelp)
				}
			}
		})
	}
	code, out, _ := runWith(t, "", "help")
	if _, root, _ := runWith(t, "", "--help"); code != exitOK || out != root {
		t.Errorf("rung help: exit %d, differs from rung --help", code)
	}
}

// TestExitCodes runs every command on good and bad input: 0 when it did
// its work, 2 for bad input (a usage error also says where the help is),
// 1 when something failed at run time.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	answer := answerFile(t, "I would call the hotline and report it, then tell my supervisor.")
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, nil, 0o644)
	const usage = "for usage and examples.\n"
	cases := []struct {
		args  []string
		stdin string
		code  int
		err   string // in stderr
	}{
		{[]string{"version"}, "", exitOK, ""},
		{[]string{"--version"}, "", exitOK, ""},
		{[]string{"help", "stats"}, "", exitOK, ""},
		{[]string{"tracks"}, "", exitOK, ""},
		{[]string{"tracks", "--format", "json"}, "", exitOK, ""},
		{[]string{"assess", "--answers", persona}, "", exitOK, ""},
		{[]string{"assess", "--answers", "-", "--format", "markdown"}, "years_experience: 3\n", exitOK, ""},
		{[]string{"assess", "--answers", persona, "--save"}, "", exitOK, "Saved to "},
		{[]string{"rehearse", "--list", "--format", "json"}, "", exitOK, ""},
		{[]string{"rehearse", "--card", "suspected-child-abuse", "--answer", answer}, "", exitOK, ""},
		{[]string{"stats"}, "", exitOK, ""},
		{[]string{"stats", "--format", "json"}, "", exitOK, ""},
		{[]string{"stories", "list"}, "", exitOK, ""},
		{[]string{"stories", "coverage", "--format", "json"}, "", exitOK, ""},
		{[]string{"stories", "import", goodStories}, "", exitOK, ""},
		{[]string{"content", "validate"}, "", exitOK, ""},
		{[]string{"content", "export", filepath.Join(t.TempDir(), "out")}, "", exitOK, ""},
		{[]string{"completion", "bash"}, "", exitOK, ""},
		{[]string{"completion", "zsh"}, "", exitOK, ""},
		{[]string{"completion", "fish"}, "", exitOK, ""},
		{[]string{"completion", "powershell"}, "", exitOK, ""},
		{[]string{"--accessible", "practice"}, "q\n", exitOK, ""},
		{[]string{"practice", "--accessible"}, "", exitOK, ""},

		{nil, "", exitUsage, "needs a terminal"},
		{[]string{"frobnicate"}, "", exitUsage, `rung: unknown command "frobnicate"`},
		{[]string{"stat"}, "", exitUsage, `did you mean "stats"?`},
		{[]string{"--bogus"}, "", exitUsage, "rung: unknown flag: --bogus\nRun `rung --help` " + usage},
		{[]string{"-x"}, "", exitUsage, "unknown shorthand flag: 'x' in -x"},
		{[]string{"version", "now"}, "", exitUsage, `rung version: unexpected argument "now"`},
		{[]string{"help", "frob"}, "", exitUsage, `rung help: no command "frob"`},
		{[]string{"tracks", "extra"}, "", exitUsage, "Run `rung tracks --help` " + usage},
		{[]string{"tracks", "--format", "yaml"}, "", exitUsage, `unknown --format "yaml"; valid: text, json`},
		{[]string{"--track", "nowhere", "tracks"}, "", exitUsage, `--track "nowhere" is not a built-in track`},
		{[]string{"assess"}, "", exitUsage, "--answers FILE is required"},
		{[]string{"assess", "--answers"}, "", exitUsage, "rung assess: flag needs an argument: --answers\nRun `rung assess --help` " + usage},
		{[]string{"assess", "--answers", persona, "--format", "pdf"}, "", exitUsage, `unknown --format "pdf"`},
		{[]string{"assess", "--answers", "-"}, "networking: 7\n", exitUsage, "stdin:1: networking: 7 is out of range"},
		{[]string{"assess", "--save", "--answers", persona, "--format", "json", "x"}, "", exitUsage, `unexpected argument "x"`},
		{[]string{"rehearse"}, "", exitUsage, "--list shows the ids)\nRun `rung rehearse --help` " + usage},
		{[]string{"rehearse", "--card", "nope", "--answer", answer}, "", exitUsage, `no card "nope"`},
		{[]string{"practice", "extra"}, "", exitUsage, `rung practice: unexpected argument "extra"`},
		{[]string{"practice"}, "", exitUsage, "needs a terminal"},
		{[]string{"stats", "extra"}, "", exitUsage, `rung stats: unexpected argument "extra"`},
		{[]string{"stats", "--format", "csv"}, "", exitUsage, `rung stats: unknown --format "csv"; valid: text, json`},
		{[]string{"--content", "no-such-dir", "stats"}, "", exitUsage, "no-such-dir: no such folder"},
		{[]string{"stories"}, "", exitUsage, "say what to do"},
		{[]string{"stories", "publish"}, "", exitUsage, `unknown action "publish"`},
		{[]string{"stories", "import"}, "", exitUsage, "give one file"},
		{[]string{"content"}, "", exitUsage, "say what to do"},
		{[]string{"content", "frob"}, "", exitUsage, `unknown action "frob"; valid: validate, export`},
		{[]string{"content", "export"}, "", exitUsage, "give the folder"},
		{[]string{"content", "validate", "a", "b"}, "", exitUsage, "give at most one folder"},
		{[]string{"completion"}, "", exitUsage, "say which shell"},
		{[]string{"completion", "tcsh"}, "", exitUsage, `unknown command "tcsh"`},

		{[]string{"--data-dir", file, "stats"}, "", exitError, "rung stats: "},
		{[]string{"stories", "export", filepath.Join(t.TempDir(), "s.md")}, "", exitError, "no stories yet"},
		{[]string{"--data-dir", file, "assess", "--answers", persona, "--save"}, "", exitError, "not saved"},
	}
	for _, c := range cases {
		args := c.args
		if !slices.Contains(args, "--data-dir") {
			args = append([]string{"--data-dir", t.TempDir()}, args...)
		}
		code, _, errs := runWith(t, c.stdin, args...)
		if code != c.code || !strings.Contains(errs, c.err) {
			t.Errorf("rung %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), code, errs, c.code, c.err)
		}
		if c.code == exitOK && c.err == "" && errs != "" {
			t.Errorf("rung %s: stderr %q", strings.Join(c.args, " "), errs)
		}
	}
}

// TestOneDashLongFlags: command lines written for Go's flag package
// (-format json, -data-dir=DIR) still work; values that start with a
// dash, short flags and everything after -- are left alone.
func TestOneDashLongFlags(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errs := runWith(t, "", "-data-dir="+dir, "tracks", "-format", "json")
	if code != exitOK || !strings.HasPrefix(out, "{\n  \"tracks\"") {
		t.Errorf("-format json: exit %d, %q %q", code, out, errs)
	}
	code, out, _ = runWith(t, "current_role: director\n", "assess", "-answers", "-", "-format=json")
	if code != exitOK || !strings.Contains(out, `"current": "director"`) {
		t.Errorf("-answers - -format=json: exit %d, %q", code, out)
	}
	for _, c := range []struct{ in, want []string }{
		{[]string{"-track", "uk-children", "-accessible", "stats"}, []string{"--track", "uk-children", "--accessible", "stats"}},
		{[]string{"assess", "--answers", "-format"}, []string{"assess", "--answers", "-format"}}, // a file named -format
		{[]string{"-h", "-", "--", "-format"}, []string{"-h", "-", "--", "-format"}},
		{[]string{"-xyz", "-version"}, []string{"-xyz", "--version"}},
	} {
		if got := longFlags((&cli{e: &env{}}).root(), c.in); !slices.Equal(got, c.want) {
			t.Errorf("longFlags(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReadOnlyCommandsCreateNothing: the commands that only read create
// no data folder, no database and no file, whether the folder is missing,
// empty, or holds a database, and whether it was named by --data-dir or
// found through XDG_DATA_HOME.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	t.Parallel()
	answer := answerFile(t, "I would report it.")
	commands := [][]string{
		{"stats"}, {"stats", "--format", "json"}, {"tracks"}, {"tracks", "--format", "json"},
		{"assess", "--answers", persona}, {"assess", "--answers", persona, "--format", "json"},
		{"assess", "--answers", persona, "--format", "markdown"},
		{"stories", "list"}, {"stories", "coverage"}, {"stories", "list", "--format", "json"},
		{"stories", "export", filepath.Join(t.TempDir(), "x.md")},
		{"rehearse", "--list"}, {"rehearse", "--card", "suspected-child-abuse", "--answer", answer},
		{"content", "validate"}, {"version"}, {"--version"}, {"--help"}, {"help", "stats"},
		{"completion", "bash"}, {"stats", "--bogus"}, {"practice", "extra"},
	}
	listing := func(dir string) []string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return []string{err.Error()}
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	withDB := t.TempDir()
	st, err := store.Open(withDB)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, c := range []struct {
		name string
		dir  string // the data folder
		env  map[string]string
		args []string // before the command
		want []string // what the folder holds after
	}{
		{"missing", filepath.Join(t.TempDir(), "missing"), nil, nil, nil},
		{"empty", t.TempDir(), nil, nil, []string{}},
		{"database", withDB, nil, nil, []string{store.FileName}},
		{"XDG_DATA_HOME", "", map[string]string{"XDG_DATA_HOME": t.TempDir()}, nil, nil},
		{"RUNG_DATA_DIR", filepath.Join(t.TempDir(), "env"), nil, nil, nil},
	} {
		dir := c.dir
		vars := c.env
		switch c.name {
		case "XDG_DATA_HOME":
			dir = filepath.Join(vars["XDG_DATA_HOME"], "rung")
		case "RUNG_DATA_DIR":
			vars = map[string]string{"RUNG_DATA_DIR": dir}
		default:
			c.args = []string{"--data-dir", dir}
		}
		for _, args := range commands {
			e, _ := testEnv("", vars)
			run(append(slices.Clone(c.args), args...), e)
			got := listing(dir)
			if c.want == nil {
				if _, err := os.Stat(dir); !os.IsNotExist(err) {
					t.Fatalf("%s: rung %s created the data folder %s: %v", c.name, strings.Join(args, " "), dir, got)
				}
				continue
			}
			if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Fatalf("%s: after rung %s the data folder holds %v, want %v", c.name, strings.Join(args, " "), got, c.want)
			}
		}
	}
}

// TestStatsForecast: rung stats counts the reviews coming up over the next
// 7 and 30 days, by study day, leaving out suspended cards; in text and
// as the forecast field of its JSON.
func TestStatsForecast(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) // runWith's clock, a Monday
	rec := func(card string, state int, due time.Time) {
		t.Helper()
		_, err := st.RecordReview(store.Review{Track: "social-services", CardID: card, Rating: 3, Mode: "flashcard",
			ReviewedAt: now.Add(-time.Hour), After: store.CardState{State: state, Reps: 1, Due: due}})
		if err != nil {
			t.Fatal(err)
		}
	}
	rec("tell-me-about-yourself", 1, now.Add(10*time.Minute)) // learning: today
	rec("why-social-work", 2, now.Add(48*time.Hour))          // review: Wednesday
	rec("strengths-and-weaknesses", 2, now.AddDate(0, 0, 10)) // within 30 days
	rec("what-inspired-you", 2, now.AddDate(0, 0, 45))        // beyond
	rec("suspected-child-abuse", 2, now.Add(72*time.Hour))    // suspended: not counted
	if err := st.SetSuspended("social-services", "suspected-child-abuse", true); err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, out, errs := runWith(t, "", "--data-dir", dir, "stats")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "Reviews coming up: 2 in the next 7 days, 3 in the next 30 days\n" +
		"  today 1 · Tue 0 · Wed 1 · Thu 0 · Fri 0 · Sat 0 · Sun 0\n"
	if !strings.Contains(out, want) {
		t.Errorf("text lacks\n%s\n%s", want, out)
	}

	code, out, _ = runWith(t, "", "--data-dir", dir, "stats", "--format", "json")
	var v struct {
		Track    string `json:"track"`
		DataDir  string `json:"data_dir"`
		Forecast struct {
			Next7  int   `json:"next_7_days"`
			Next30 int   `json:"next_30_days"`
			Days   []int `json:"days"`
		} `json:"forecast"`
		Reviews struct {
			Total int            `json:"total"`
			Days  map[string]int `json:"days"`
		} `json:"reviews"`
		Cards struct {
			Total, New int
		} `json:"cards"`
		Retention struct {
			Percent *int `json:"percent"`
		} `json:"retention"`
	}
	if err := json.Unmarshal([]byte(out), &v); code != exitOK || err != nil {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	f := v.Forecast
	if f.Next7 != 2 || f.Next30 != 3 || len(f.Days) != 30 || f.Days[0] != 1 || f.Days[2] != 1 || f.Days[10] != 1 {
		t.Errorf("forecast %+v", f)
	}
	if v.Track != "social-services" || v.DataDir != dir || v.Reviews.Total != 5 || v.Reviews.Days["2026-11-23"] != 5 ||
		v.Cards.Total != 32 || v.Cards.New != 27 || v.Retention.Percent != nil {
		t.Errorf("stats JSON: %+v\n%s", v, out)
	}
}

// TestCompletion: each shell's script is written, and the completion it
// drives offers commands, flags and their values.
func TestCompletion(t *testing.T) {
	t.Parallel()
	for shell, want := range map[string]string{
		"bash": "complete -o default -F __start_rung rung", "zsh": "#compdef rung",
		"fish": "complete -c rung", "powershell": "Register-ArgumentCompleter",
	} {
		code, out, errs := runWith(t, "", "completion", shell)
		if code != exitOK || errs != "" || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, stderr %q, script lacks %q", shell, code, errs, want)
		}
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{""}, []string{"assess", "stats", "stories", "completion"}},
		{[]string{"st"}, []string{"stats", "stories"}},
		{[]string{"stories", ""}, []string{"import", "export", "list", "coverage"}},
		{[]string{"--track", ""}, []string{"social-services", "uk-children"}},
		{[]string{"stats", "--format", ""}, []string{"text", "json"}},
		{[]string{"assess", "--format", ""}, []string{"text", "json", "markdown"}},
		{[]string{"rehearse", "--card", "suspected"}, []string{"suspected-child-abuse"}},
		{[]string{"stats", "--"}, []string{"--format", "--data-dir", "--track"}},
	} {
		_, out, _ := runWith(t, "", append([]string{"__complete"}, c.args...)...)
		var got []string
		for _, l := range strings.Split(out, "\n") {
			if l != "" && !strings.HasPrefix(l, ":") {
				word, _, _ := strings.Cut(l, "\t")
				got = append(got, word)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("completing %q: %q lacks %q", c.args, got, w)
			}
		}
	}
}

// bashCompletionShim stands in for the one function of the bash-completion
// package that rung's script needs, where the package is not installed.
const bashCompletionShim = `
if [[ -r /usr/share/bash-completion/bash_completion ]]; then
  source /usr/share/bash-completion/bash_completion
else
  _get_comp_words_by_ref() {
    cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cword=$COMP_CWORD
    words=("${COMP_WORDS[@]}")
  }
fi
`

// TestBashCompletesWords loads the bash script into a real bash and asks
// it to complete words, as Tab would.
func TestBashCompletesWords(t *testing.T) {
	bin := buildRung(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	complete := func(line string) string {
		t.Helper()
		script := bashCompletionShim + `source <(rung completion bash)
COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
__start_rung rung "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"`
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script, "bash", line)
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"),
			"RUNG_DATA_DIR="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", line, err, out)
		}
		return string(out)
	}
	for line, want := range map[string][]string{
		"rung st":                       {"stats", "stories"},
		"rung stories ":                 {"import", "export", "list", "coverage"},
		"rung --track uk":               {"uk-children"},
		"rung stats --format ":          {"text", "json"},
		"rung rehearse --card handling": {"handling-a-crisis"},
	} {
		got := strings.Fields(complete(line))
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%q completes to %q, lacks %q", line, got, w)
			}
		}
	}
}

// TestREADMEQuotesHelp: the README's usage section quotes `rung --help`
// exactly, so the two cannot drift apart.
func TestREADMEQuotesHelp(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const start = "```text\n$ rung --help\n"
	_, quoted, ok := strings.Cut(string(readme), start)
	if !ok {
		t.Fatalf("the README does not quote %q", start)
	}
	quoted, _, _ = strings.Cut(quoted, "```\n")
	_, help, _ := runWith(t, "", "--help")
	if quoted != help {
		t.Errorf("the README's quote of rung --help differs from it; rung --help is:\n%s", help)
	}
}
