package progress

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Edit is a text opened in the person's own editor: written to a file of
// its own in a new temporary folder, read back when the editor exits, and
// then removed. The app runs Command with the terminal handed over
// (tea.ExecProcess), so a terminal editor works as well as one in a window
// that is told to wait.
type Edit struct {
	dir, path string
	argv      []string
}

// maxEditSize bounds what is read back from an edit: more than any story
// file may hold, so an oversize one is refused by the parser, by name.
const maxEditSize = 4 << 20

// EditorCommand is the command that edits a file, from the environment:
// $VISUAL, else $EDITOR, split on spaces (so "code --wait" works), else vi
// (notepad on Windows). The file's path goes after it.
func EditorCommand(getenv func(string) string) []string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(v)); len(f) > 0 {
			return f
		}
	}
	if runtime.GOOS == "windows" {
		return []string{"notepad"}
	}
	return []string{"vi"}
}

// SetEditor sets the command that edits a file (nil: the environment's, as
// EditorCommand reads it when an edit starts).
func (s *Service) SetEditor(argv []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.editor = append([]string(nil), argv...)
}

// Editor is the command that edits a file, as an edit would run it now.
func (s *Service) Editor() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.editor) > 0 {
		return append([]string(nil), s.editor...)
	}
	return EditorCommand(os.Getenv)
}

// NewEdit writes text to a new file named name in a new temporary folder,
// ready to open in the editor. name is a plain file name ("story.md").
func (s *Service) NewEdit(name, text string) (*Edit, error) {
	if name == "" || filepath.Base(name) != name {
		return nil, fmt.Errorf("progress: edit: %q is not a plain file name", name)
	}
	dir, err := os.MkdirTemp("", "rung-edit-")
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	return &Edit{dir: dir, path: path, argv: s.Editor()}, nil
}

// Name is the file's name, as messages about its lines call it.
func (e *Edit) Name() string { return filepath.Base(e.path) }

// Path is where the file is while it is edited.
func (e *Edit) Path() string { return e.path }

// EditorName is the editor's program, for messages.
func (e *Edit) EditorName() string { return e.argv[0] }

// Command is the editor opening the file.
func (e *Edit) Command() *exec.Cmd {
	args := append(append([]string(nil), e.argv[1:]...), e.path)
	return exec.Command(e.argv[0], args...)
}

// Finish reads the text back and removes the file and its folder (a
// folder that cannot be removed is left to the system's clean-up of
// temporary files).
func (e *Edit) Finish() (string, error) {
	defer func() { _ = os.RemoveAll(e.dir) }()
	f, err := os.Open(e.path)
	if err != nil {
		return "", err
	}
	data, err := io.ReadAll(io.LimitReader(f, maxEditSize+1))
	if err = errors.Join(err, f.Close()); err != nil {
		return "", err
	}
	if len(data) > maxEditSize {
		return "", fmt.Errorf("%s is over %d MiB: too large to be a story", e.Name(), maxEditSize>>20)
	}
	return string(data), nil
}

// Remove removes the file and its folder, for an edit that never ran.
func (e *Edit) Remove() error { return os.RemoveAll(e.dir) }
