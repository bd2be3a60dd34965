package practice

import (
	"strings"
	"testing"

	"github.com/rung-career/rung/internal/srs"
)

func TestSettingsBounds(t *testing.T) {
	if err := DefaultSettings().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	for _, tc := range []struct {
		s    Settings
		want string // in the error; "" for valid
	}{
		{Settings{NewCardsPerDay: 0, DesiredRetention: 0.7}, ""},
		{Settings{NewCardsPerDay: 100, DesiredRetention: 0.97}, ""},
		{Settings{NewCardsPerDay: -1, DesiredRetention: 0.9}, "new cards per day is -1; it must be a whole number from 0 to 100"},
		{Settings{NewCardsPerDay: 101, DesiredRetention: 0.9}, "from 0 to 100"},
		{Settings{NewCardsPerDay: 10, DesiredRetention: 0.69}, "desired retention is 0.69; it must be from 0.70 to 0.97"},
		{Settings{NewCardsPerDay: 10, DesiredRetention: 0.99}, "from 0.70 to 0.97"},
	} {
		err := tc.s.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%+v: %v", tc.s, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%+v: error %v, want %q", tc.s, err, tc.want)
		}
	}
}

func TestSettingsSteps(t *testing.T) {
	s := DefaultSettings()
	if got := s.StepNew(-11).NewCardsPerDay; got != 0 {
		t.Errorf("below the floor: %d", got)
	}
	if got := s.StepNew(500).NewCardsPerDay; got != MaxNewPerDay {
		t.Errorf("above the ceiling: %d", got)
	}
	if got := s.StepRetention(3); got.RetentionPercent() != 93 || got.DesiredRetention != 0.93 {
		t.Errorf("0.90 up 3: %v", got.DesiredRetention)
	}
	if got := s.StepRetention(20).DesiredRetention; got != 0.97 {
		t.Errorf("above the ceiling: %v", got)
	}
	if got := s.StepRetention(-40).DesiredRetention; got != 0.70 {
		t.Errorf("below the floor: %v", got)
	}
	// Steps land on whole percents: no 0.8999999 after going down and up.
	r := s
	for range 7 {
		r = r.StepRetention(-1)
	}
	for range 7 {
		r = r.StepRetention(1)
	}
	if r.DesiredRetention != 0.9 {
		t.Errorf("down 7 and up 7: %v", r.DesiredRetention)
	}
	if p := s.StepRetention(5).Params(srs.DefaultParams()); p.DesiredRetention != 0.95 {
		t.Errorf("params retention %v", p.DesiredRetention)
	}
}

func TestComebackDays(t *testing.T) {
	for _, tc := range []struct {
		retention float64
		want      int
	}{{0.9, 30}, {0.97, 7}, {0.8, 99}, {0.7, 279}} {
		got, err := ComebackDays(srs.DefaultParams(), tc.retention)
		if err != nil || got != tc.want {
			t.Errorf("%.2f: %d %v, want %d", tc.retention, got, err, tc.want)
		}
	}
	if _, err := ComebackDays(srs.DefaultParams(), 1.5); err == nil {
		t.Error("a retention of 1.5 gave no error")
	}
}

func TestDaysToStart(t *testing.T) {
	for _, tc := range []struct{ n, per, want int }{{32, 10, 4}, {30, 10, 3}, {0, 10, 0}, {5, 0, -1}, {1, 100, 1}} {
		if got := DaysToStart(tc.n, tc.per); got != tc.want {
			t.Errorf("DaysToStart(%d, %d) = %d, want %d", tc.n, tc.per, got, tc.want)
		}
	}
}
