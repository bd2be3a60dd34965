package app

import (
	"fmt"
	"testing"

	"github.com/rung-career/rung/internal/tui"
)

func TestZZView(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}} {
		h := newHarness(t, sz[0], sz[1])
		h.open(tui.RouteGuidePage, 1)
		fmt.Println(h.view())
		h.keys("s", "j", "j", "space", "j", "j", "j")
		fmt.Println(h.view())
		h.keys("e")
		fmt.Println(h.view())
		h.keys("esc")
		h.open(tui.RouteGuidePage, 5)
		fmt.Println(h.view())
		h.keys("x", "G")
		fmt.Println(h.view())
	}
}
