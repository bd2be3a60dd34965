package tui

import (
	"github.com/rung-career/rung/internal/practice"
)

// The screens not yet in packages of their own, made for the root's route
// table. Each goes as its screen moves out.

// MakeRehearse makes the screen of RouteRehearse.
func MakeRehearse(c *Context, arg any) Screen {
	d, _ := arg.(practice.Deck)
	return newRehearse(c, c.Progress().Reviews(), d)
}

// MakeMock makes the screen of RouteMock.
func MakeMock(c *Context, _ any) Screen {
	return newMockInterview(c)
}
