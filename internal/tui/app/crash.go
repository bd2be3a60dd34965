package app

import (
	"fmt"
	"reflect"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"
)

// Crash is a panic caught inside the app: what happened, where and the
// stack. Run returns it as an error so the caller can write a crash report
// after the terminal is restored.
type Crash struct {
	Value  any
	Screen string
	Stack  []byte
}

func (c *Crash) Error() string {
	return fmt.Sprintf("rung hit a bug on the %s screen: %v", c.Screen, c.Value)
}

// crashMsg carries a panic from a command back to the root.
type crashMsg struct{ crash *Crash }

// newCrash records a recovered panic. recover itself must be called by the
// deferred function directly, so callers do that and pass the value here.
func newCrash(r any, screen string) *Crash {
	return &Crash{Value: r, Screen: screen, Stack: debug.Stack()}
}

// safe wraps a command so a panic inside it becomes a crashMsg instead of
// killing the program with nothing written down. Batches and sequences are
// wrapped all the way down.
func safe(cmd tea.Cmd, screen string) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{newCrash(r, screen)}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for i := range batch {
				batch[i] = safe(batch[i], screen)
			}
			return batch
		}
		// tea.Sequence returns an unexported slice of commands.
		if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				c, _ := v.Index(i).Interface().(tea.Cmd)
				v.Index(i).Set(reflect.ValueOf(safe(c, screen)))
			}
		}
		return msg
	}
}
