package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
)

// MaxAnswerSize is the largest answer rehearse reads: far more than anyone
// says in an interview (about 40 minutes of speech), small enough that a
// wrong file is refused at once.
const MaxAnswerSize = 64 << 10

func (c *cli) rehearseCommand() *cobra.Command {
	var o rehearseOpts
	cmd := &cobra.Command{
		Use:   "rehearse --card ID --answer FILE|-",
		Short: "feedback on an interview answer drafted in your own editor",
		Long: `Feedback on an interview answer you drafted in your own editor, the same
as the app's rehearsal gives: red flags first, then which key points the
answer made (quoting your words), the STAR parts of a story, length, fillers
and numbers, then how to answer and the card's example. It only reads.`,
		Example: `  rung rehearse --list
  rung rehearse --card suspected-child-abuse --answer answer.txt
  rung rehearse --card suspected-child-abuse --answer - < answer.txt
  rung rehearse --card handling-a-crisis --answer a.txt --format json
  rung rehearse --card handling-a-crisis --answer a.txt --format markdown`,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	fs := cmd.Flags()
	fs.StringVar(&o.card, "card", "", "the interview card's `ID` (see --list)")
	fs.StringVar(&o.answer, "answer", "", "the answer: a text `FILE`, or - for stdin")
	formatFlag(cmd, fs, &o.format, "`FORMAT`: text, json or markdown", "text", "json", "markdown")
	fs.BoolVar(&o.list, "list", false, "list the card ids and their questions")
	_ = cmd.RegisterFlagCompletionFunc("card", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return c.cardIDs(), cobra.ShellCompDirectiveNoFileComp
	})
	cmd.RunE = c.do(func(cmd *cobra.Command, args []string) int { return c.rehearse(cmd, args, o) })
	return cmd
}

// rehearseOpts are the flags of rung rehearse.
type rehearseOpts struct {
	card, answer, format string
	list                 bool
}

// cardIDs are the ids of the track's cards with their questions, for the
// shell to complete --card with; none when the track does not load.
func (c *cli) cardIDs() []string {
	src, err := sourceFor(c.e, &c.g, c.g.contentDir)
	if err != nil {
		return nil
	}
	lib, err := src.load()
	if err != nil {
		return nil
	}
	ids := make([]string, len(lib.Cards))
	for i, card := range lib.Cards {
		ids[i] = card.ID + "\t" + oneLine(card.Question)
	}
	return ids
}

func (c *cli) rehearse(cmd *cobra.Command, args []string, o rehearseOpts) int {
	e, g := c.e, &c.g
	if code, ok := c.noArgs(cmd, args, "; give the answer with --answer FILE (or - for stdin)"); !ok {
		return code
	}
	if code, ok := c.checkFormat(cmd, o.format, "text", "json", "markdown"); !ok {
		return code
	}
	if !o.list && o.card == "" {
		return c.usageErr(cmd, "rung rehearse: --card ID is required (rung rehearse --list shows the ids)")
	}
	if !o.list && o.answer == "" {
		return c.usageErr(cmd, "rung rehearse: --answer FILE is required (or --answer - to read the answer from stdin)")
	}
	lib, ok := loadLibrary(e, g)
	if !ok {
		return exitUsage
	}
	if o.list {
		return outputDone(e, writeCardList(e.stdout, lib, o.format))
	}
	card, ok := lib.Card(o.card)
	if !ok {
		fmt.Fprintf(e.stderr, "rung rehearse: no card %q; nearest: %s (rung rehearse --list shows them all)\n",
			content.Sanitize(o.card), strings.Join(nearestCards(lib, o.card, 3), ", "))
		return exitUsage
	}
	label, text, err := readAnswer(e, o.answer)
	if err != nil {
		fmt.Fprintf(e.stderr, "rung rehearse: %v\n", err)
		return exitUsage
	}
	fb := practice.Analyze(*card, text)
	switch o.format {
	case "json":
		err = writeFeedbackJSON(e.stdout, card, fb)
	case "markdown":
		_, err = io.WriteString(e.stdout, feedbackMarkdown(lib, card, fb, label, text))
	default:
		_, err = io.WriteString(e.stdout, feedbackText(card, fb))
	}
	return outputDone(e, err)
}

// readAnswer reads the answer from a file or stdin: text, at most
// MaxAnswerSize bytes, not empty.
func readAnswer(e *env, path string) (label, text string, err error) {
	var data []byte
	if path == "-" {
		label = "stdin"
		data, err = io.ReadAll(io.LimitReader(e.stdin, MaxAnswerSize+1))
	} else {
		label = path
		var st os.FileInfo
		if st, err = os.Stat(path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return "", "", fmt.Errorf("%s: no such file; give the path of a text file with your answer, or - for stdin", path)
			}
			return "", "", err
		}
		if st.IsDir() {
			return "", "", fmt.Errorf("%s: is a folder; give the path of a text file with your answer", path)
		}
		var f *os.File
		if f, err = os.Open(path); err != nil {
			return "", "", err
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, MaxAnswerSize+1))
	}
	switch {
	case err != nil:
		return "", "", fmt.Errorf("%s: %w", label, err)
	case len(data) > MaxAnswerSize:
		return "", "", fmt.Errorf("%s: more than %d KB; an answer is a few hundred words of text", label, MaxAnswerSize>>10)
	case !utf8.Valid(data):
		return "", "", fmt.Errorf("%s: not UTF-8 text; save the answer as plain UTF-8 text", label)
	case strings.TrimSpace(string(data)) == "":
		return "", "", fmt.Errorf("%s: the answer is empty; write it as you would say it, then run this again", label)
	}
	return label, string(data), nil
}

// nearestCards names up to n card ids most like id: ids that contain it
// or share its words first, then by edit distance.
func nearestCards(lib *content.Library, id string, n int) []string {
	id = strings.ToLower(strings.TrimSpace(id))
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	type scored struct {
		id    string
		score int
	}
	var all []scored
	for _, c := range lib.Cards {
		s := content.EditDistance(id, c.ID)
		if id != "" && strings.Contains(c.ID, id) {
			s -= 100
		}
		for _, w := range words {
			if len(w) > 2 && strings.Contains(c.ID, w) {
				s -= 20
			}
		}
		all = append(all, scored{c.ID, s})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score < all[j].score })
	var out []string
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.id)
	}
	return out
}

// writeCardList prints every card's id and question, by category.
func writeCardList(w io.Writer, lib *content.Library, format string) error {
	type item struct {
		ID       string `json:"id"`
		Category string `json:"category"`
		Question string `json:"question"`
	}
	if format == "json" {
		items := make([]item, 0, len(lib.Cards))
		for _, c := range lib.Cards {
			items = append(items, item{c.ID, c.Category, oneLine(c.Question)})
		}
		return writeJSON(w, items)
	}
	width := 0
	for _, c := range lib.Cards {
		width = max(width, len(c.ID))
	}
	var b strings.Builder
	for _, cat := range lib.CardCategories {
		first := true
		for _, c := range lib.Cards {
			if c.Category != cat.ID {
				continue
			}
			if first {
				if b.Len() > 0 {
					b.WriteString("\n")
				}
				if format == "markdown" {
					fmt.Fprintf(&b, "## %s\n\n", oneLine(cat.Name))
				} else {
					fmt.Fprintf(&b, "%s\n", oneLine(cat.Name))
				}
				first = false
			}
			if format == "markdown" {
				fmt.Fprintf(&b, "- `%s`: %s\n", c.ID, oneLine(c.Question))
			} else {
				fmt.Fprintf(&b, "  %-*s  %s\n", width, c.ID, oneLine(c.Question))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine makes content text safe and single-line for a terminal.
func oneLine(s string) string { return strings.Join(strings.Fields(content.Sanitize(s)), " ") }

// The JSON of rung rehearse --format json (documented in the README).
type feedbackJSON struct {
	Card      string         `json:"card"`
	Covered   int            `json:"covered"`
	Total     int            `json:"total"`
	KeyPoints []keyPointJSON `json:"key_points"`
	RedFlags  []redFlagJSON  `json:"red_flags"`
	STAR      *starJSON      `json:"star"`
	Words     int            `json:"words"`
	Fillers   []fillerJSON   `json:"fillers"`
	Findings  []findingJSON  `json:"findings"`
}

type keyPointJSON struct {
	Point   string   `json:"point"`
	Made    bool     `json:"made"`
	Matched []string `json:"matched"`
	// Say is what to add, for a point not made (when the card says).
	Say string `json:"say,omitempty"`
}

type redFlagJSON struct {
	Label  string `json:"label"`
	Phrase string `json:"phrase"`
	Why    string `json:"why"`
}

// starJSON has each STAR part's evidence as the candidate wrote it, or null.
type starJSON struct {
	Present   int     `json:"present"`
	Situation *string `json:"situation"`
	Task      *string `json:"task"`
	Action    *string `json:"action"`
	Result    *string `json:"result"`
}

type fillerJSON struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}

type findingJSON struct {
	Level   string `json:"level"`
	Topic   string `json:"topic"`
	Message string `json:"message"`
}

func writeFeedbackJSON(w io.Writer, c *content.Card, fb practice.Feedback) error {
	v := feedbackJSON{
		Card: c.ID, Covered: fb.Covered, Total: len(fb.KeyPoints), Words: fb.Words,
		KeyPoints: []keyPointJSON{}, RedFlags: []redFlagJSON{}, Fillers: []fillerJSON{}, Findings: []findingJSON{},
	}
	for _, p := range fb.KeyPoints {
		v.KeyPoints = append(v.KeyPoints, keyPointJSON{Point: p.Point, Made: p.Covered, Matched: append([]string{}, p.Matched...), Say: p.Say})
	}
	for _, f := range fb.RedFlags {
		v.RedFlags = append(v.RedFlags, redFlagJSON{Label: f.Label, Phrase: f.Phrase, Why: f.Why})
	}
	if s := fb.STAR; s != nil {
		ev := func(p practice.STARPart) *string {
			if !p.Present {
				return nil
			}
			return &p.Evidence
		}
		v.STAR = &starJSON{Present: s.Present(), Situation: ev(s.Situation), Task: ev(s.Task), Action: ev(s.Action), Result: ev(s.Result)}
	}
	for _, f := range fb.Fillers {
		v.Fillers = append(v.Fillers, fillerJSON{f.Word, f.N})
	}
	for _, f := range fb.Findings {
		v.Findings = append(v.Findings, findingJSON{f.Level.String(), f.Topic, f.Message})
	}
	return writeJSON(w, v)
}

// feedbackText is the app's feedback as plain text: red flags first, then
// the key points with the words that made them, the STAR parts, what was
// found, and then how to answer and the card's example, to compare.
func feedbackText(c *content.Card, fb practice.Feedback) string {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	pf("%s\n%s\n\n", oneLine(c.Question), fb.Summary())
	if len(fb.RedFlags) > 0 {
		pf("Red flags\n")
		for _, f := range fb.RedFlags {
			pf("%s", hang(fmt.Sprintf("%s: you wrote “%s”", f.Label, f.Phrase), "  ! ", "    "))
			pf("%s", indent(f.Why, "    "))
		}
		pf("\n")
	}
	pf("Key points: %d of %d made\n", fb.Covered, len(fb.KeyPoints))
	for _, p := range fb.KeyPoints {
		mark := "[ ]"
		if p.Covered {
			mark = "[x]"
		}
		pf("%s", hang(p.Point, "  "+mark+" ", "      "))
		if line := pointDetail(p); line != "" {
			pf("%s", indent(line, "      "))
		}
	}
	if s := fb.STAR; s != nil {
		pf("\nSTAR story: %d of 4 parts\n", s.Present())
		for _, part := range []struct {
			name string
			p    practice.STARPart
		}{{"Situation", s.Situation}, {"Task", s.Task}, {"Action", s.Action}, {"Result", s.Result}} {
			if part.p.Present {
				pf("  [x] %s (%q)\n", part.name, part.p.Evidence)
			} else {
				pf("  [ ] %s\n", part.name)
			}
		}
	}
	pf("\nWhat the feedback found (+ good, ~ tip, ! fix)\n")
	for _, f := range fb.Findings {
		if f.Topic == practice.TopicRedFlags {
			continue // listed first, above
		}
		pf("%s", hang(f.Message, "  "+levelMark(f.Level)+" ", "    "))
	}
	if check := practice.SelfCheck(*c, fb); len(check) > 0 {
		pf("\nCheck it yourself\n%s", indent(practice.SelfCheckNote, "  "))
		for _, f := range check {
			pf("%s", hang(f.Label, "  • ", "    "))
		}
	}
	pf("\nHow to answer\n%s", indent(c.How, "  "))
	pf("\nExample answer\n%s", indent(c.Example, "  "))
	return b.String()
}

// pointDetail is the line under a key point: what said it, or what to try.
func pointDetail(p practice.PointResult) string {
	switch {
	case p.Covered:
		return "said: " + quoted(p.Matched)
	case len(p.Against) > 0:
		return "you said: " + quoted(p.Against)
	case len(p.Listed) > 0:
		return "only in a list: " + quoted(p.Listed)
	case p.Negated && len(p.Missing) > 0:
		return "say what you would not do: " + strings.Join(p.Missing, ", ")
	case len(p.Missing) > 0:
		return "try: " + strings.Join(p.Missing, ", ")
	}
	return ""
}

func quoted(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "“" + s + "”"
	}
	return strings.Join(q, ", ")
}

func levelMark(l practice.Level) string {
	switch l {
	case practice.Tip:
		return "~"
	case practice.Warn:
		return "!"
	}
	return "+"
}

// indent wraps content text at 78 columns with a prefix on every line.
func indent(s, prefix string) string { return hang(s, prefix, prefix) }

// hang wraps text at 78 columns: first before the first line, rest before
// the others.
func hang(s, first, rest string) string {
	var b strings.Builder
	line, empty := first, true
	for _, w := range strings.Fields(content.Sanitize(s)) {
		if !empty && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > 78 {
			b.WriteString(line + "\n")
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	if !empty {
		b.WriteString(line + "\n")
	}
	return b.String()
}

// feedbackMarkdown is the feedback as a Markdown note, with the answer.
func feedbackMarkdown(lib *content.Library, c *content.Card, fb practice.Feedback, label, answer string) string {
	var b strings.Builder
	pf := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	md := func(s string) string { return mdEscape(oneLine(s)) }
	pf("# Rehearsal: %s\n\n", md(c.Question))
	if cat, ok := lib.CardCategory(c.Category); ok {
		pf("Card `%s` (%s) · answer from %s\n\n", c.ID, md(cat.Name), md(label))
	}
	pf("**%s**\n\n", md(fb.Summary()))
	if len(fb.RedFlags) > 0 {
		pf("## Red flags\n\n")
		for _, f := range fb.RedFlags {
			pf("- **%s** (you wrote “%s”): %s\n", md(f.Label), md(f.Phrase), md(f.Why))
		}
		pf("\n")
	}
	pf("## Key points: %d of %d made\n\n", fb.Covered, len(fb.KeyPoints))
	for _, p := range fb.KeyPoints {
		mark := "[ ]"
		if p.Covered {
			mark = "[x]"
		}
		pf("- %s %s", mark, md(p.Point))
		if d := pointDetail(p); d != "" {
			pf(" — %s", md(d))
		}
		pf("\n")
	}
	if s := fb.STAR; s != nil {
		pf("\n## STAR story: %d of 4 parts\n\n", s.Present())
		for _, part := range []struct {
			name string
			p    practice.STARPart
		}{{"Situation", s.Situation}, {"Task", s.Task}, {"Action", s.Action}, {"Result", s.Result}} {
			if part.p.Present {
				pf("- [x] %s (“%s”)\n", part.name, md(part.p.Evidence))
			} else {
				pf("- [ ] %s\n", part.name)
			}
		}
	}
	pf("\n## What the feedback found\n\n")
	for _, f := range fb.Findings {
		if f.Topic != practice.TopicRedFlags {
			pf("- %s %s\n", levelMark(f.Level), md(f.Message))
		}
	}
	var paras []string
	for _, para := range strings.Split(strings.ReplaceAll(content.Sanitize(answer), "\r\n", "\n"), "\n\n") {
		if para = oneLine(para); para != "" {
			paras = append(paras, "> "+mdEscape(para))
		}
	}
	pf("\n## Your answer\n\n%s\n", strings.Join(paras, "\n>\n"))
	if check := practice.SelfCheck(*c, fb); len(check) > 0 {
		pf("\n## Check it yourself\n\n%s\n\n", md(practice.SelfCheckNote))
		for _, f := range check {
			pf("- %s\n", md(f.Label))
		}
	}
	pf("\n## How to answer\n\n%s\n\n## Example answer\n\n%s\n", md(c.How), md(c.Example))
	return b.String()
}

// mdEscape keeps text from being read as Markdown markup.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", "#", `\#`)
	return r.Replace(s)
}
