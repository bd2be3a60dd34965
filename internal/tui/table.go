package tui

import (
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/practice"
)

// The screens not yet in packages of their own, made for the root's route
// table. Each goes as its screen moves out.

// MakeHome makes the screen of RouteHome.
func MakeHome(c *Context, _ any) Screen {
	return newHome(c)
}

// MakeAssess makes the screen of RouteAssess.
func MakeAssess(c *Context, _ any) Screen {
	return newQuestionnaire(c)
}

// MakeResults makes the screen of RouteResults.
func MakeResults(c *Context, arg any) Screen {
	p, _ := arg.(assess.Placement)
	return newResults(c, p)
}

// MakePractice makes the screen of RoutePractice.
func MakePractice(c *Context, _ any) Screen {
	return newPracticeHome(c)
}

// MakeFlashcards makes the screen of RouteFlashcards.
func MakeFlashcards(c *Context, arg any) Screen {
	d, _ := arg.(practice.Deck)
	return newFlashcards(c, c.Progress().Reviews(), d, false)
}

// MakeCram makes the screen of RouteCram.
func MakeCram(c *Context, arg any) Screen {
	d, _ := arg.(practice.Deck)
	return newFlashcards(c, c.Progress().Reviews(), d, true)
}

// MakeRehearse makes the screen of RouteRehearse.
func MakeRehearse(c *Context, arg any) Screen {
	d, _ := arg.(practice.Deck)
	return newRehearse(c, c.Progress().Reviews(), d)
}

// MakeMock makes the screen of RouteMock.
func MakeMock(c *Context, _ any) Screen {
	return newMockInterview(c)
}
