package tui

// Route names a screen. Screens open each other by route (Navigate), never
// by constructor: the route table in internal/tui/app is the one place that
// knows every screen. A new screen is a package, a name here, and a line in
// that table (TestRouteWalk fails until both are there).
type Route int

// The routes; the comment says what each takes as its argument.
const (
	RouteHome        Route = iota // nothing
	RouteAssess                   // nothing: the self-assessment questionnaire
	RouteResults                  // assess.Placement
	RouteLadder                   // nothing
	RouteRoadmap                  // nothing
	RouteStep                     // int: the step's number
	RouteSkills                   // nothing
	RouteSkill                    // string: the skill's id
	RouteGuide                    // nothing
	RouteGuidePage                // int: the section of the guide
	RouteNote                     // nothing: the thank-you note form
	RoutePerspective              // nothing
	RouteInsight                  // int: the insight's index
	RouteReference                // nothing
	RoutePractice                 // nothing
	RouteFlashcards               // practice.Deck
	RouteCram                     // practice.Deck
	RouteRehearse                 // practice.Deck
	RouteMock                     // nothing
	RouteStats                    // nothing
	RouteBrowse                   // nothing: every card of the track
	RouteCard                     // string: a card's id
	RouteSettings                 // nothing: the practice settings
	RouteTracks                   // bool: true when rung asks on its first run
	RouteJournal                  // string: a reflection prompt's id (content.Insight.PromptIDs)
	RouteStories                  // nothing: the person's STAR stories
	RouteStoryForm                // stories.Story: the story to edit; ID 0 adds one (its skills picked already)
	RouteCoverage                 // nothing: the track's skills against the stories
	routeCount
)

var routeNames = [routeCount]string{"home", "assess", "results", "ladder", "roadmap", "step", "skills", "skill",
	"guide", "guide-page", "note", "perspective", "insight", "reference", "practice", "flashcards", "cram",
	"rehearse", "mock", "stats", "browse", "card", "settings", "tracks", "journal", "stories", "story-form", "story-coverage"}

func (r Route) String() string {
	if r < 0 || r >= routeCount {
		return "unknown route"
	}
	return routeNames[r]
}

// Routes lists every route.
func Routes() []Route {
	out := make([]Route, routeCount)
	for i := range out {
		out[i] = Route(i)
	}
	return out
}
