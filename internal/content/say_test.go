package content

import (
	"strings"
	"testing"

	tracks "github.com/rung-career/rung/content"
)

// Every key point of every shipped deck says what to add when an answer
// misses it (say:), as one sentence: rehearsal feedback coaches the
// substance, not words to use.
func TestShippedKeyPointsSay(t *testing.T) {
	for _, id := range tracks.IDs() {
		fsys, err := tracks.Track(id)
		if err != nil {
			t.Fatal(err)
		}
		lib, err := Load(fsys)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		for _, card := range lib.Cards {
			for i, kp := range card.KeyPoints {
				say := strings.TrimSpace(kp.Say)
				switch {
				case say == "":
					t.Errorf("%s: %s key point %d (%q) has no say:", id, card.ID, i+1, kp.Point)
				case !strings.HasSuffix(say, "."):
					t.Errorf("%s: %s key point %d: say %q is not a sentence", id, card.ID, i+1, say)
				}
			}
		}
	}
}
