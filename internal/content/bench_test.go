package content_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rung-career/rung/internal/content"
)

// syntheticTrack is the library track with n generated interview cards, each
// shaped like a real one (several key points with cues, an example answer).
func syntheticTrack(b *testing.B, n int) fstest.MapFS {
	b.Helper()
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir(libraryTrack)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(libraryTrack, e.Name()))
		fsys[e.Name()] = &fstest.MapFile{Data: data}
	}
	var y strings.Builder
	y.WriteString("card_categories:\n  - id: general\n    name: General\ncards:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&y, `  - id: card-%d
    category: general
    question: Tell us about a time you handled problem number %d at the library.
    why: >
      Interviewers want to hear how you think under pressure and how you
      put the people you serve first.
    how: >
      Use STAR: the situation, your task, what you did and the result, with a number.
    key_points:
      - point: Sets the situation
        cues: [situation, when, branch, patron]
      - point: Says what you did
        cues: [i led, i organized, i called, i arranged]
      - point: Gives a measurable result
        cues: [result, percent, increased, reduced]
    method: star
    example: |
      When our branch moved to self-checkout, I led the training for twelve
      staff and three volunteers. Within a month, waiting times fell by half.
    rungs: [library-assistant, librarian]
    skills: [leadership]
`, i, i)
	}
	fsys["questions.yaml"] = &fstest.MapFile{Data: []byte(y.String())}
	return fsys
}

// BenchmarkLoadSynthetic shows how load time grows with the size of a deck:
// linearly, as ns/op and B/op per card stay flat from 100 to 10,000 cards.
func BenchmarkLoadSynthetic(b *testing.B) {
	big := content.Limits{File: 64 << 20, Total: 64 << 20, Files: 64}
	for _, n := range []int{100, 1000, 10000} {
		fsys := syntheticTrack(b, n)
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lib, err := content.LoadWithLimits(fsys, big)
				if err != nil {
					b.Fatal(err)
				}
				if len(lib.Cards) != n {
					b.Fatalf("%d cards", len(lib.Cards))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/card")
		})
	}
}
