package app

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/assess"
	"github.com/rung-career/rung/internal/progress"
	"github.com/rung-career/rung/internal/tui"
)

// setting reads a remembered setting off the harness's database.
func (h *harness) setting(key string) string {
	h.t.Helper()
	v, _, err := h.store.Setting(key)
	if err != nil {
		h.t.Fatal(err)
	}
	return v
}

// On the first run rung asks which track fits; choosing the other one runs
// rung on it from home and remembers it.
func TestFirstRunAsksForATrack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, askTrack())
	h.onTop(tui.RouteTracks)
	h.contains("Which ladder fits you?", "> Social Services", "running now", "Children's social work in England",
		"England · 9 rungs: Newly Qualified Social Worker → Social Worker")
	h.golden("tracks-first-80x24")
	h.keys("j", "enter")
	h.onTop(tui.RouteHome)
	if got := h.m.c.Lib().Track.ID; got != "uk-children" {
		t.Fatalf("running %s after choosing the England track", got)
	}
	h.contains("rung · Children's social work in England", "9 rungs from Newly Qualified Social Worker",
		"Switched to Children's social work in England. Progress is kept per track.")
	if got := h.setting(progress.TrackKey); got != "uk-children" {
		t.Errorf("remembered track %q, want uk-children", got)
	}
	if len(h.m.stack) != 1 {
		t.Errorf("%d screens on the stack after switching, want home alone", len(h.m.stack))
	}
}

// Choosing the track already running remembers it and closes the chooser;
// esc decides later and remembers nothing.
func TestChoosingTheRunningTrack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 80, 24, askTrack())
	h.keys("enter")
	h.onTop(tui.RouteHome)
	h.contains("rung opens on Social Services from now on.")
	if got := h.setting(progress.TrackKey); got != "social-services" {
		t.Errorf("remembered track %q, want social-services", got)
	}

	h = newHarness(t, 80, 24, askTrack())
	h.keys("esc")
	h.onTop(tui.RouteHome)
	if got := h.setting(progress.TrackKey); got != "" {
		t.Errorf("esc remembered track %q", got)
	}
}

// Each track keeps its own progress: an assessment made on one is there
// again after a round trip through the other, and not shown on the other.
func TestSwitchingKeepsEachTracksProgress(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40)
	a, err := assess.ParseAnswers(lib(t), "answers.yaml", []byte(caseManagerAnswers))
	if err != nil {
		t.Fatal(err)
	}
	if err := h.m.c.Progress().SaveAssessment(lib(t), a, assess.Evaluate(lib(t), a), testNow); err != nil {
		t.Fatal(err)
	}
	h.open(tui.RouteHome, nil)
	h.contains("My results")
	h.keys("G")
	h.contains("> Switch track", "On Social Services (United States); each track keeps its own progress")
	h.keys("enter")
	h.onTop(tui.RouteTracks)
	h.golden("tracks-120x40")
	h.keys("j", "enter")
	h.onTop(tui.RouteHome)
	if strings.Contains(h.view(), "My results") || h.m.c.Latest() != nil {
		t.Fatalf("the Social Services placement shows on the England track:\n%s", h.view())
	}
	h.contains("On Children's social work in England; each track keeps its own progress")
	h.keys("G", "enter", "k", "enter")
	h.onTop(tui.RouteHome)
	h.contains("rung · Social Services", "My results", "You are a Social Services Case Manager")
}

// A track from a folder cannot be switched from: home offers no switch.
func TestNoSwitchForAFolderTrack(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 120, 40, withoutTracks())
	if strings.Contains(h.view(), "Switch track") {
		t.Errorf("home offers a switch on a folder track:\n%s", h.view())
	}
}
