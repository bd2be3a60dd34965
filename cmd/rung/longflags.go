package main

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// longFlags keeps the command lines of rung before cobra working: Go's flag
// package took a long flag with one dash (-format json, -data-dir=DIR),
// which pflag would read as a row of one-letter flags. An argument of one
// dash whose name is one of rung's long flags gets its second dash; values
// of flags, one-letter flags (-h), a lone - (stdin) and everything after
// -- are left as they are.
func longFlags(root *cobra.Command, args []string) []string {
	takesValue := map[string]bool{}
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		add := func(f *pflag.Flag) { takesValue[f.Name] = f.NoOptDefVal == "" }
		cmd.Flags().VisitAll(add)
		cmd.PersistentFlags().VisitAll(add)
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	takesValue["help"] = false
	takesValue["version"] = false

	out := make([]string, len(args))
	copy(out, args)
	valueNext := false
	for i, a := range out {
		if valueNext {
			valueNext = false
			continue
		}
		if a == "--" {
			break
		}
		switch {
		case strings.HasPrefix(a, "--"):
		case strings.HasPrefix(a, "-") && len(a) > 2:
			if _, known := takesValue[flagName(a[1:])]; !known {
				continue
			}
			a = "-" + a
			out[i] = a
		default:
			continue
		}
		name := flagName(a[2:])
		valueNext = takesValue[name] && !strings.Contains(a, "=")
	}
	return out
}

// flagName is the name in "name" or "name=value".
func flagName(s string) string {
	name, _, _ := strings.Cut(s, "=")
	return name
}
