package store

import (
	"reflect"
	"testing"
	"time"
)

func TestAssessmentsRoundTrip(t *testing.T) {
	s := newStore(t)
	if _, ok, err := s.LatestAssessment("t"); ok || err != nil {
		t.Fatalf("LatestAssessment on empty = %v %v", ok, err)
	}
	in := []Assessment{
		{Track: "t", TakenAt: t0.Add(48 * time.Hour), Answers: []byte(`{"years_experience":6}`), Placement: []byte(`{"current":"supervisor"}`), Current: "supervisor", Next: "manager", Readiness: 40},
		{Track: "t", TakenAt: t0, Answers: []byte(`{"years_experience":2}`), Placement: []byte(`{"current":"case-manager"}`), Current: "case-manager", Next: "supervisor", Readiness: 75},
		{Track: "t", TakenAt: t0.Add(24 * time.Hour), Answers: []byte(`{}`), Placement: []byte(`{}`), Current: "", Next: "social-services-worker", Readiness: 0},
		{Track: "other", TakenAt: t0.Add(99 * time.Hour), Answers: []byte(`[]`), Placement: []byte(`null`)},
	}
	for i := range in {
		id, err := s.SaveAssessment(in[i])
		if err != nil {
			t.Fatal(err)
		}
		in[i].ID = id
	}
	got, err := s.Assessments("t")
	if err != nil {
		t.Fatal(err)
	}
	want := []Assessment{in[1], in[2], in[0]} // oldest first
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Assessments:\n got %+v\nwant %+v", got, want)
	}
	latest, ok, err := s.LatestAssessment("t")
	if err != nil || !ok || !reflect.DeepEqual(latest, in[0]) {
		t.Errorf("LatestAssessment = %+v %v %v, want %+v", latest, ok, err, in[0])
	}
	if got, _ := s.Assessments("none"); len(got) != 0 {
		t.Errorf("unknown track: %v", got)
	}
	// Same TakenAt: the later save is the latest.
	dup := in[0]
	dup.Readiness = 41
	id, _ := s.SaveAssessment(dup)
	if latest, _, _ := s.LatestAssessment("t"); latest.ID != id {
		t.Errorf("tie on TakenAt: latest id %d, want %d", latest.ID, id)
	}
}

func TestSaveAssessmentRejectsBadInput(t *testing.T) {
	s := newStore(t)
	for _, a := range []Assessment{
		{Track: "", Answers: []byte(`{}`)},
		{Track: "t", Answers: []byte(`{not json`)},
		{Track: "t", Answers: []byte(`{}`), Placement: []byte(`{"a":`)},
	} {
		if _, err := s.SaveAssessment(a); err == nil {
			t.Errorf("SaveAssessment(%+v) succeeded", a)
		}
	}
	// Empty blobs are allowed (and come back empty).
	if _, err := s.SaveAssessment(Assessment{Track: "t", TakenAt: t0}); err != nil {
		t.Fatal(err)
	}
	a, _, _ := s.LatestAssessment("t")
	if len(a.Answers) != 0 || len(a.Placement) != 0 {
		t.Errorf("empty blobs came back as %q %q", a.Answers, a.Placement)
	}
}

func TestTicks(t *testing.T) {
	s := newStore(t)
	if m, err := s.Ticks("t"); err != nil || len(m) != 0 {
		t.Fatalf("Ticks on empty = %v %v", m, err)
	}
	must(s.SetTick("t", "step-3", "take-course", true, t0))
	must(s.SetTick("t", "step-3", "find-mentor", true, t0))
	must(s.SetTick("t", "step-5", "apply", true, t0))
	must(s.SetTick("other", "step-3", "take-course", true, t0))
	must(s.SetTick("t", "step-3", "find-mentor", false, t0.Add(time.Hour))) // untick
	must(s.SetTick("t", "step-9", "never", false, t0))                      // untick of nothing
	got, err := s.Ticks("t")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"step-3/take-course": true, "step-5/apply": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Ticks = %v, want %v", got, want)
	}
	must(s.SetTick("t", "step-3", "find-mentor", true, t0.Add(2*time.Hour))) // tick again
	if got, _ := s.Ticks("t"); !got["step-3/find-mentor"] || len(got) != 3 {
		t.Errorf("re-tick: %v", got)
	}
	if err := s.SetTick("t", "", "a", true, t0); err == nil {
		t.Error("empty step id accepted")
	}
}

func TestSettings(t *testing.T) {
	s := newStore(t)
	if v, ok, err := s.Setting("theme"); ok || err != nil || v != "" {
		t.Fatalf("missing setting = %q %v %v", v, ok, err)
	}
	must(s.SetSetting("theme", "dark"))
	must(s.SetSetting("theme", "light"))
	must(s.SetSetting("empty", ""))
	if v, ok, _ := s.Setting("theme"); !ok || v != "light" {
		t.Errorf("theme = %q %v", v, ok)
	}
	if v, ok, _ := s.Setting("empty"); !ok || v != "" {
		t.Errorf("empty value = %q %v, want stored empty string", v, ok)
	}
	if err := s.SetSetting("", "x"); err == nil {
		t.Error("empty key accepted")
	}
}
