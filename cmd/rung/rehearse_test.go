package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// corpusAnswer reads one answer of the feedback corpus (testdata/rehearse).
func corpusAnswer(t *testing.T, card, kind string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rehearse", card+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Answers []struct {
			Kind string `yaml:"kind"`
			Text string `yaml:"text"`
		} `yaml:"answers"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	for _, a := range f.Answers {
		if a.Kind == kind {
			return a.Text
		}
	}
	t.Fatalf("no %s answer for %s", kind, card)
	return ""
}

// answerFile writes text to a file in a temp folder and returns its path.
func answerFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "answer.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRehearseFormats(t *testing.T) {
	unsafe := answerFile(t, corpusAnswer(t, "suspected-child-abuse", "unsafe"))
	for _, f := range []string{"text", "json", "markdown"} {
		t.Run(f, func(t *testing.T) {
			code, out, errs := runWith(t, "", "rehearse", "--card", "suspected-child-abuse", "--answer", unsafe, "--format", f)
			if code != exitOK || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			// The file name is a temp path; the golden has it as ANSWER.
			golden(t, "rehearse-"+f, strings.ReplaceAll(out, unsafe, "ANSWER"))
		})
	}
	// Text: red flags come before the key points, the example comes last.
	_, out, _ := runWith(t, "", "rehearse", "--card", "suspected-child-abuse", "--answer", unsafe)
	flags, points, example := strings.Index(out, "Red flags"), strings.Index(out, "Key points:"), strings.Index(out, "Example answer")
	if flags < 0 || points < flags || example < points {
		t.Errorf("sections out of order (red flags %d, key points %d, example %d):\n%s", flags, points, example, out)
	}
}

// The JSON is a public interface: exactly the documented fields.
func TestRehearseJSONInterface(t *testing.T) {
	strong := corpusAnswer(t, "difficult-client", "strong")
	code, out, errs := runWith(t, strong, "rehearse", "--card", "difficult-client", "--answer", "-", "--format", "json")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &top); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := []string{"card", "covered", "fillers", "findings", "key_points", "red_flags", "star", "total", "words"}
	if !slices.Equal(keys, want) {
		t.Errorf("top-level fields %v, want %v", keys, want)
	}
	var v struct {
		Card      string `json:"card"`
		Covered   int    `json:"covered"`
		Total     int    `json:"total"`
		KeyPoints []struct {
			Point   string   `json:"point"`
			Made    bool     `json:"made"`
			Matched []string `json:"matched"`
		} `json:"key_points"`
		RedFlags []struct {
			Phrase string `json:"phrase"`
			Why    string `json:"why"`
		} `json:"red_flags"`
		STAR *struct {
			Present   int     `json:"present"`
			Situation *string `json:"situation"`
			Task      *string `json:"task"`
			Action    *string `json:"action"`
			Result    *string `json:"result"`
		} `json:"star"`
		Words   int `json:"words"`
		Fillers []struct {
			Word  string `json:"word"`
			Count int    `json:"count"`
		} `json:"fillers"`
		Findings []struct {
			Level   string `json:"level"`
			Topic   string `json:"topic"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("JSON does not decode strictly: %v\n%s", err, out)
	}
	if v.Card != "difficult-client" || v.Total != 5 || v.Covered < 4 || len(v.KeyPoints) != 5 || v.Words < 100 {
		t.Errorf("unexpected feedback: %+v", v)
	}
	if v.RedFlags == nil || len(v.RedFlags) != 0 || v.Fillers == nil {
		t.Errorf("red_flags and fillers are empty lists, not null: %s", out)
	}
	for _, p := range v.KeyPoints {
		if p.Made != (len(p.Matched) > 0) || p.Matched == nil {
			t.Errorf("key point %+v", p)
		}
	}
	if v.STAR == nil || v.STAR.Present < 3 || v.STAR.Action == nil {
		t.Errorf("star %+v", v.STAR)
	}
	if len(v.Findings) == 0 || v.Findings[0].Level == "" {
		t.Errorf("findings %+v", v.Findings)
	}

	// A direct card has no STAR story: null. Red flags carry the answer's words.
	unsafe := corpusAnswer(t, "ensuring-confidentiality", "unsafe")
	_, out, _ = runWith(t, unsafe, "rehearse", "--card", "ensuring-confidentiality", "--answer", "-", "--format", "json")
	if !strings.Contains(out, `"star": null`) || !strings.Contains(out, `"phrase": "hand over the file"`) {
		t.Errorf("direct card JSON:\n%s", out)
	}
}

func TestRehearseList(t *testing.T) {
	code, out, errs := runWith(t, "", "rehearse", "--list")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"General\n", "Situational\n", "suspected-child-abuse", "What would you do if you suspected child abuse?"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runWith(t, "", "rehearse", "--list", "--format", "json")
	var items []struct{ ID, Category, Question string }
	if err := json.Unmarshal([]byte(out), &items); code != exitOK || err != nil || len(items) < 30 || items[0].Question == "" {
		t.Errorf("list json: exit %d, %v, %d items", code, err, len(items))
	}
}

func TestRehearseErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "latin1.txt")
	big := filepath.Join(dir, "big.txt")
	for p, data := range map[string][]byte{
		empty:  []byte(" \n\t\n"),
		binary: {'c', 'a', 'f', 0xe9, '\n'},
		big:    bytes.Repeat([]byte("word "), MaxAnswerSize/5+1),
	} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ok := answerFile(t, "I would report it to the hotline.")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no card", []string{"--answer", ok}, "--card ID is required"},
		{"no answer", []string{"--card", "handling-a-crisis"}, "--answer FILE is required"},
		{"unknown card", []string{"--card", "child-abuse", "--answer", ok},
			`no card "child-abuse"; nearest: suspected-child-abuse`},
		{"typo", []string{"--card", "handling-a-crisiss", "--answer", ok}, `nearest: handling-a-crisis,`},
		{"missing file", []string{"--card", "handling-a-crisis", "--answer", filepath.Join(dir, "nope.txt")}, "no such file"},
		{"folder", []string{"--card", "handling-a-crisis", "--answer", dir}, "is a folder"},
		{"empty", []string{"--card", "handling-a-crisis", "--answer", empty}, "the answer is empty"},
		{"not utf-8", []string{"--card", "handling-a-crisis", "--answer", binary}, "not UTF-8 text"},
		{"too big", []string{"--card", "handling-a-crisis", "--answer", big}, "more than 64 KB"},
		{"format", []string{"--card", "handling-a-crisis", "--answer", ok, "--format", "html"}, `unknown --format "html"`},
		{"argument", []string{"--card", "handling-a-crisis", ok}, "unexpected argument"},
		{"escape in id", []string{"--card", "x\x1b]0;t\x07", "--answer", ok}, `no card "x]0;t"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runWith(t, "", append([]string{"rehearse"}, c.args...)...)
			if code != exitUsage || out != "" || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errs, c.want)
			}
			if strings.ContainsRune(errs, 0x1b) {
				t.Errorf("escape in stderr: %q", errs)
			}
		})
	}
	// Empty stdin is an empty answer.
	code, _, errs := runWith(t, "", "rehearse", "--card", "handling-a-crisis", "--answer", "-")
	if code != exitUsage || !strings.Contains(errs, "stdin: the answer is empty") {
		t.Errorf("empty stdin: exit %d, %q", code, errs)
	}
}

// A reader that goes away (`rung rehearse ... | head -1`) ends rehearse
// quietly, as it does every command.
func TestRehearseClosedPipe(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX pipes")
	}
	bin := buildRung(t)
	answer := answerFile(t, corpusAnswer(t, "handling-a-crisis", "strong"))
	for _, args := range [][]string{
		{"rehearse", "--card", "handling-a-crisis", "--answer", answer},
		{"rehearse", "--card", "handling-a-crisis", "--answer", answer, "--format", "json"},
		{"rehearse", "--list"},
	} {
		for _, closeFirst := range []bool{true, false} {
			_, stderr, err := runClosedPipe(t, bin, append([]string{"--data-dir", t.TempDir()}, args...), closeFirst)
			var exit *exec.ExitError
			if errors.As(err, &exit) || err != nil || stderr != "" {
				t.Errorf("rung %s (close first %v): %v, stderr %q", strings.Join(args, " "), closeFirst, err, stderr)
			}
		}
	}
}
