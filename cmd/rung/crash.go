package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/tui/app"
)

// writeCrashReport saves what is known about a caught panic into dir (the
// data dir, or the temp dir when there is none) and returns the file's path.
func writeCrashReport(dir string, c *app.Crash, now time.Time) (string, error) {
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	name := fmt.Sprintf("crash-%s.txt", now.UTC().Format("20060102-150405"))
	path := filepath.Join(dir, name)
	report := fmt.Sprintf("rung crash report\n\nversion: %s\ntime:    %s\nscreen:  %s\nsystem:  %s/%s, %s\npanic:   %s\n\n%s",
		version, now.UTC().Format(time.RFC3339), c.Screen, runtime.GOOS, runtime.GOARCH, runtime.Version(),
		content.Sanitize(fmt.Sprint(c.Value)), c.Stack)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(report); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}
