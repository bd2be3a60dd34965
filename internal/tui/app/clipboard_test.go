package app

import (
	"bytes"
	"os"
	"testing"
)

// TestOSC52Clipboard: copying writes one OSC 52 sequence, the text in
// base64, to the program's output; a terminal stays a terminal behind the
// lock.
func TestOSC52Clipboard(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	var b bytes.Buffer
	out := syncOutput(&b)
	if err := osc52Clipboard(out)("Dear Ms. Rivera"); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "\x1b]52;c;RGVhciBNcy4gUml2ZXJh\x07"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
	if _, ok := syncOutput(os.Stdout).(terminalFile); !ok {
		t.Error("the terminal is no longer a file behind the lock")
	}
}
