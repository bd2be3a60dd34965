package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/content"
	"github.com/rung-career/rung/internal/practice"
	"github.com/rung-career/rung/internal/report"
)

// maxSameName is how many files of one name (name, name-2, ...) WriteNew
// tries before it gives up.
const maxSameName = 999

// WriteNew writes data to a new file in dir, never over one the person
// already has: it tries name(1), name(2), ... and creates the first that
// does not exist (O_EXCL, so not even a file made meanwhile is
// overwritten). dir "" is the current folder; it is made if missing. It
// returns the file's absolute path. A file left half-written by an error
// is removed.
func WriteNew(dir string, name func(n int) string, data []byte) (string, error) {
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return "", err
	}
	for n := 1; n <= maxSameName; n++ {
		path := filepath.Join(abs, name(n))
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(path)
			return "", err
		}
		return path, nil
	}
	return "", fmt.Errorf("%s already holds %d files named like %s", abs, maxSameName, name(1))
}

// Numbered names files base+ext, then base-2+ext, base-3+ext, ...
func Numbered(base, ext string) func(n int) string {
	return func(n int) string {
		if n > 1 {
			return fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		return base + ext
	}
}

// SavePlan writes the Markdown development plan for a placement to the
// output folder, and returns where.
func (s *Service) SavePlan(lib *content.Library, p assess.Placement, at time.Time) (string, error) {
	text := report.Plan(lib, p, "", at)
	return WriteNew(s.outDir, Numbered("development-plan-"+at.Format(time.DateOnly), ".md"), []byte(text))
}

// SaveTranscript writes a mock interview's Markdown transcript to the
// output folder, and returns where.
func (s *Service) SaveTranscript(lib *content.Library, r practice.MockResult) (string, error) {
	text := report.Transcript(lib, r)
	return WriteNew(s.outDir, func(n int) string { return report.TranscriptName(r.Rung, r.At, n) }, []byte(text))
}
