package app

import (
	"github.com/rung-career/rung/internal/tui"
	"github.com/rung-career/rung/internal/tui/browse"
	"github.com/rung-career/rung/internal/tui/decks"
	"github.com/rung-career/rung/internal/tui/flashcards"
	"github.com/rung-career/rung/internal/tui/guide"
	"github.com/rung-career/rung/internal/tui/home"
	"github.com/rung-career/rung/internal/tui/ladder"
	"github.com/rung-career/rung/internal/tui/mock"
	"github.com/rung-career/rung/internal/tui/note"
	"github.com/rung-career/rung/internal/tui/perspective"
	"github.com/rung-career/rung/internal/tui/questionnaire"
	"github.com/rung-career/rung/internal/tui/reference"
	"github.com/rung-career/rung/internal/tui/rehearse"
	"github.com/rung-career/rung/internal/tui/results"
	"github.com/rung-career/rung/internal/tui/roadmap"
	"github.com/rung-career/rung/internal/tui/settings"
	"github.com/rung-career/rung/internal/tui/skills"
	"github.com/rung-career/rung/internal/tui/stats"
	"github.com/rung-career/rung/internal/tui/stories"
	"github.com/rung-career/rung/internal/tui/tracks"
)

// maker makes the screen of a route on its argument.
type maker func(c *tui.Context, arg any) tui.Screen

// routes is every screen of the app, by route: the one place that knows
// them all. A new screen is a package, a name in tui.Routes and a line here.
var routes = map[tui.Route]maker{
	tui.RouteHome:        home.New,
	tui.RouteAssess:      questionnaire.New,
	tui.RouteResults:     results.New,
	tui.RouteLadder:      ladder.New,
	tui.RouteRoadmap:     roadmap.New,
	tui.RouteStep:        roadmap.NewStep,
	tui.RouteSkills:      skills.New,
	tui.RouteSkill:       skills.NewSkill,
	tui.RouteGuide:       guide.New,
	tui.RouteGuidePage:   guide.NewPage,
	tui.RouteNote:        note.New,
	tui.RoutePerspective: perspective.New,
	tui.RouteInsight:     perspective.NewInsight,
	tui.RouteReference:   reference.New,
	tui.RoutePractice:    decks.New,
	tui.RouteFlashcards:  flashcards.New,
	tui.RouteCram:        flashcards.NewCram,
	tui.RouteRehearse:    rehearse.New,
	tui.RouteMock:        mock.New,
	tui.RouteStats:       stats.New,
	tui.RouteTracks:      tracks.New,
	tui.RouteBrowse:      browse.New,
	tui.RouteCard:        browse.NewCard,
	tui.RouteSettings:    settings.New,
	tui.RouteJournal:     perspective.NewJournal,

	// The person's STAR stories.
	tui.RouteStories:   stories.New,
	tui.RouteStoryForm: stories.NewForm,
	tui.RouteCoverage:  stories.NewCoverage,
}
