package tui

import (
	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/practice"
)

// maker builds the screen of a route on its argument.
type maker func(c *Context, arg any) Screen

// routeTable is every screen of the app, by route.
var routeTable = map[Route]maker{
	RouteHome:   func(c *Context, _ any) Screen { return newHome(c) },
	RouteAssess: func(c *Context, _ any) Screen { return newQuestionnaire(c) },
	RouteResults: func(c *Context, arg any) Screen {
		p, _ := arg.(assess.Placement)
		return newResults(c, p)
	},
	RouteLadder:  func(c *Context, _ any) Screen { return newLadder(c) },
	RouteRoadmap: func(c *Context, _ any) Screen { return newRoadmap(c) },
	RouteStep: func(c *Context, arg any) Screen {
		n, _ := arg.(int)
		return newStepDetail(c, n)
	},
	RouteSkills: func(c *Context, _ any) Screen { return newSkills(c) },
	RouteSkill: func(c *Context, arg any) Screen {
		id, _ := arg.(string)
		return newSkillDetail(c, id)
	},
	RouteGuide: func(c *Context, _ any) Screen { return newGuide(c) },
	RouteGuidePage: func(c *Context, arg any) Screen {
		s, _ := arg.(int)
		return newGuidePage(c, guideSection(s))
	},
	RouteNote:        func(c *Context, _ any) Screen { return newThankYou(c) },
	RoutePerspective: func(c *Context, _ any) Screen { return newPerspective(c) },
	RouteInsight: func(c *Context, arg any) Screen {
		i, _ := arg.(int)
		return newInsight(c, i)
	},
	RouteReference: func(c *Context, _ any) Screen { return newReference(c) },
	RoutePractice:  func(c *Context, _ any) Screen { return newPracticeHome(c) },
	RouteFlashcards: func(c *Context, arg any) Screen {
		d, _ := arg.(practice.Deck)
		return newFlashcards(c, c.Progress().Reviews(), d, false)
	},
	RouteCram: func(c *Context, arg any) Screen {
		d, _ := arg.(practice.Deck)
		return newFlashcards(c, c.Progress().Reviews(), d, true)
	},
	RouteRehearse: func(c *Context, arg any) Screen {
		d, _ := arg.(practice.Deck)
		return newRehearse(c, c.Progress().Reviews(), d)
	},
	RouteMock:  func(c *Context, _ any) Screen { return newMockInterview(c) },
	RouteStats: func(c *Context, _ any) Screen { return newPracticeStats(c, c.Progress().Reviews()) },
}
