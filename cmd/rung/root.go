package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	tracks "github.com/rung-career/rung/content"
)

// cli is one run of the command line: the environment, the global flags
// and the exit code the command chose.
type cli struct {
	e    *env
	g    globals
	code int
}

// do wraps a command's body as cobra's RunE. The body returns the exit
// code, so the error cobra sees is always nil: the only errors Execute
// returns are the parser's own (see run).
func (c *cli) do(f func(cmd *cobra.Command, args []string) int) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		c.code = f(cmd, args)
		return nil
	}
}

// usageErr prints a usage error, then where the usage is, and returns the
// usage exit code.
func (c *cli) usageErr(cmd *cobra.Command, format string, args ...any) int {
	fmt.Fprintf(c.e.stderr, format+"\n", args...)
	fmt.Fprintln(c.e.stderr, usageHint(cmd))
	return exitUsage
}

// usageHint says where a command's usage is.
func usageHint(cmd *cobra.Command) string {
	return fmt.Sprintf("Run `%s --help` for usage and examples.", cmd.CommandPath())
}

// noArgs is a usage error for a command that takes no arguments but got
// some; ok is false then.
func (c *cli) noArgs(cmd *cobra.Command, args []string, why string) (code int, ok bool) {
	if len(args) == 0 {
		return exitOK, true
	}
	return c.usageErr(cmd, "%s: unexpected argument %q%s", cmd.CommandPath(), args[0], why), false
}

const rootLong = `rung - a career advisor for people in social services

With no command, rung opens the app: the ladder, the roadmap, the
self-assessment and interview practice. The commands below work without it.

Environment: RUNG_TRACK (as --track), RUNG_DATA_DIR (as --data-dir),
RUNG_ACCESSIBLE=1 (as --accessible), NO_COLOR=1 (as --no-color), and
RUNG_NOW=2026-11-30T19:00:00Z to start the clock at another time.`

const rootExamples = `  rung                                    # open the app at its home screen
  rung assess --answers me.yaml           # where you stand (or --format json)
  rung assess --answers me.yaml --save    # ... and keep it in your progress
  rung practice                           # the app, at interview practice
  rung --accessible practice              # flashcards as plain prompts
  rung rehearse --card ID --answer a.txt  # feedback on an answer you drafted
  rung rehearse --list                    # the interview cards' ids
  rung stats                              # your practice figures, reviews due
  rung tracks                             # the built-in tracks; * is in use
  rung --track uk-children                # everything on another track
  rung stories import stories.md          # add your STAR stories (- = stdin)
  rung stories export stories.md          # write them to a new file
  rung stories list                       # your stories (or --format json)
  rung stories coverage                   # which skills have a story
  rung --accessible stories               # your stories as plain prompts
  rung content validate [DIR]             # check a track's YAML
  rung content export DIR                 # write the track out, to adapt it
  rung --content DIR                      # everything on the track in DIR
  source <(rung completion bash)          # completion (also zsh, fish...)
  rung --version`

// Every command's help is what it does (about), then its usage.

// about is what a command does, for the top of its help: its long
// description, else its summary as a sentence.
func about(cmd *cobra.Command) string {
	if cmd.Long != "" {
		return strings.TrimRight(cmd.Long, " \n")
	}
	s := cmd.Short
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// usage is a command's usage, as cobra's UsageFunc: how to call it, its
// subcommands, examples, its own flags, then the global ones. It is Go,
// not one of cobra's templates: text/template would keep every exported
// method in the binary (3 MB more).
func usage(cmd *cobra.Command) error {
	var b strings.Builder
	b.WriteString("Usage:\n  " + cmd.UseLine())
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n  " + cmd.CommandPath() + " <command> [flags]\n\nCommands:")
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(&b, "\n  %-*s  %s", sub.NamePadding(), sub.Name(), sub.Short)
			}
		}
	}
	if cmd.HasExample() {
		b.WriteString("\n\nExamples:\n" + cmd.Example)
	}
	if cmd.HasAvailableLocalFlags() {
		b.WriteString("\n\nFlags:\n" + strings.TrimRight(cmd.LocalFlags().FlagUsages(), " \n"))
	}
	if cmd.HasAvailableInheritedFlags() {
		b.WriteString("\n\nGlobal flags:\n" + strings.TrimRight(cmd.InheritedFlags().FlagUsages(), " \n"))
	}
	if cmd.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\n\nRun `%s <command> --help` for a command's own flags and examples.", cmd.CommandPath())
	}
	b.WriteString("\n")
	_, err := io.WriteString(cmd.OutOrStderr(), b.String())
	return err
}

func init() {
	cobra.EnableCommandSorting = false // the order of root, most used first
}

// root builds the command tree.
func (c *cli) root() *cobra.Command {
	var showVersion bool
	root := &cobra.Command{
		Use:     "rung",
		Short:   "a career advisor for people in social services",
		Long:    rootLong,
		Example: rootExamples,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			hint := ""
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				hint = fmt.Sprintf("; did you mean %q?", s[0])
			}
			return fmt.Errorf("unknown command %q%s", args[0], hint)
		},
		ValidArgsFunction: cobra.NoFileCompletions,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if isCompletion(cmd) || showVersion {
				return nil
			}
			if err := shiftClock(c.e); err != nil {
				c.code = exitUsage
				fmt.Fprintf(c.e.stderr, "rung: %v\n", err)
				return errHandled
			}
			return nil
		},
		RunE: c.do(func(_ *cobra.Command, _ []string) int {
			if showVersion {
				return printVersion(c.e)
			}
			return runApp(c.e, &c.g, "")
		}),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(c.e.stdin)
	root.SetOut(c.e.stdout)
	root.SetErr(c.e.stderr)
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) {
		// Written here, not by cobra, so a reader that went away
		// (`rung --help | head -1`) is a quiet exit like any command's.
		c.code = outputDone(c.e, writeString(c.e.stdout, about(cmd)+"\n\n"+cmd.UsageString()))
	})
	root.SetUsageFunc(usage)
	c.globalFlags(root)
	root.Flags().BoolVar(&showVersion, "version", false, "print the version")

	root.AddCommand(
		c.assessCommand(),
		c.tracksCommand(),
		c.practiceCommand(),
		c.rehearseCommand(),
		c.statsCommand(),
		c.storiesCommand(),
		c.contentCommand(),
		c.versionCommand(),
	)
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	for _, sub := range root.Commands() {
		switch sub.Name() {
		case "completion":
			c.completionCommand(sub)
		case "help":
			c.helpCommand(sub)
		}
	}
	return root
}

// completionExamples show how to load each shell's completion script.
var completionExamples = map[string]string{
	"bash": "  source <(rung completion bash)                    # in this session\n" +
		"  rung completion bash > /etc/bash_completion.d/rung # in every session",
	"zsh": "  source <(rung completion zsh)                     # in this session\n" +
		"  rung completion zsh > \"${fpath[1]}/_rung\"         # in every session",
	"fish": "  rung completion fish | source                     # in this session\n" +
		"  rung completion fish > ~/.config/fish/completions/rung.fish",
	"powershell": "  rung completion powershell | Out-String | Invoke-Expression",
}

// completionCommand fits cobra's completion command to the others: the
// same style of summary, examples, and a usage error without a shell.
func (c *cli) completionCommand(cmd *cobra.Command) {
	cmd.Short = "write a shell completion script: bash, zsh, fish or powershell"
	cmd.Long = `Write the script that lets your shell complete rung's commands, flags and
their values (track ids, card ids, formats, files and folders) when you
press Tab. Load it in your shell's start-up file to have it every time.`
	cmd.Example = completionExamples["bash"] + "\n" + completionExamples["zsh"] + "\n" +
		completionExamples["fish"] + "\n" + completionExamples["powershell"]
	cmd.RunE = c.do(func(cmd *cobra.Command, _ []string) int {
		return c.usageErr(cmd, "rung completion: say which shell: bash, zsh, fish or powershell")
	})
	for _, sh := range cmd.Commands() {
		sh.Short = "write the completion script for " + sh.Name()
		sh.Example = completionExamples[sh.Name()]
	}
}

// helpCommand is `rung help [command]`: a command that does not exist is
// a usage error, as everywhere else.
func (c *cli) helpCommand(cmd *cobra.Command) {
	cmd.Short = "help about any command"
	cmd.Long = "Help about any command: what it does, its flags and examples."
	cmd.Example = "  rung help\n  rung help stats\n  rung help stories import"
	cmd.Run = nil
	cmd.RunE = c.do(func(cmd *cobra.Command, args []string) int {
		target, rest, err := cmd.Root().Find(args)
		if err != nil || len(rest) > 0 {
			return c.usageErr(cmd, "rung help: no command %q", strings.Join(args, " "))
		}
		target.InitDefaultHelpFlag()
		target.HelpFunc()(target, nil)
		return c.code
	})
}

// errHandled is returned by a hook that has already said what is wrong
// and set the exit code.
var errHandled = errors.New("handled")

// isCompletion reports whether cmd is one of cobra's completion commands,
// which run before anything else is set up.
func isCompletion(cmd *cobra.Command) bool {
	for p := cmd; p != nil; p = p.Parent() {
		if p.Name() == "completion" || p.Name() == cobra.ShellCompRequestCmd || p.Name() == cobra.ShellCompNoDescRequestCmd {
			return true
		}
	}
	return false
}

// globalFlags are on every command (persistent flags of the root), so they
// may come before or after the command's name.
func (c *cli) globalFlags(root *cobra.Command) {
	fs := root.PersistentFlags()
	g := &c.g
	fs.StringVar(&g.contentDir, "content", "", "run on the track in `DIR` instead of a built-in one")
	fs.StringVar(&g.track, "track", "", "run on the built-in track `ID` (also RUNG_TRACK)")
	fs.StringVar(&g.dataDir, "data-dir", "", "keep progress in `DIR` (also RUNG_DATA_DIR)")
	fs.BoolVar(&g.noColor, "no-color", false, "draw without color (NO_COLOR=1)")
	fs.BoolVar(&g.accessible, "accessible", false, "plain prompts for screen readers (RUNG_ACCESSIBLE=1)")
	dirs := func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	}
	_ = root.RegisterFlagCompletionFunc("content", dirs)
	_ = root.RegisterFlagCompletionFunc("data-dir", dirs)
	_ = root.RegisterFlagCompletionFunc("track", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return tracks.IDs(), cobra.ShellCompDirectiveNoFileComp
	})
}

// formatFlag adds --format with the values it takes, completed by the shell.
func formatFlag(cmd *cobra.Command, fs *pflag.FlagSet, p *string, usage string, values ...string) {
	fs.StringVar(p, "format", "text", usage)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// checkFormat is a usage error unless format is one of valid.
func (c *cli) checkFormat(cmd *cobra.Command, format string, valid ...string) (int, bool) {
	for _, v := range valid {
		if format == v {
			return exitOK, true
		}
	}
	return c.usageErr(cmd, "%s: unknown --format %q; valid: %s", cmd.CommandPath(), format, strings.Join(valid, ", ")), false
}

func (c *cli) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:               "version",
		Short:             "print the version",
		Example:           "  rung version\n  rung --version",
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: c.do(func(cmd *cobra.Command, args []string) int {
			if code, ok := c.noArgs(cmd, args, ""); !ok {
				return code
			}
			return printVersion(c.e)
		}),
	}
}

func printVersion(e *env) int {
	return outputDone(e, writeString(e.stdout, "rung "+version+"\n"))
}
