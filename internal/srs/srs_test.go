package srs

import (
	"math"
	"strings"
	"testing"
	"time"
)

// t0 is the fixed clock every test starts from.
var t0 = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

func mustScheduler(t testing.TB, p Params) *Scheduler {
	t.Helper()
	s, err := NewScheduler(p)
	if err != nil {
		t.Fatalf("NewScheduler: %v", err)
	}
	return s
}

func defaultScheduler(t testing.TB) *Scheduler { return mustScheduler(t, DefaultParams()) }

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestDefaults(t *testing.T) {
	p := DefaultParams()
	want := [21]float64{0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
		1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}
	if p.W != want || DefaultWeights() != want {
		t.Errorf("default weights %v, want %v", p.W, want)
	}
	if p.DesiredRetention != 0.9 || p.MaximumInterval != 36500 || !p.EnableShortTerm || p.EnableFuzz {
		t.Errorf("defaults: %+v", p)
	}
	if len(p.LearningSteps) != 2 || p.LearningSteps[0] != time.Minute || p.LearningSteps[1] != 10*time.Minute {
		t.Errorf("learning steps %v", p.LearningSteps)
	}
	if len(p.RelearningSteps) != 1 || p.RelearningSteps[0] != 10*time.Minute {
		t.Errorf("relearning steps %v", p.RelearningSteps)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("defaults do not validate: %v", err)
	}
	// Fresh slices each call.
	p.LearningSteps[0] = time.Hour
	if DefaultParams().LearningSteps[0] != time.Minute {
		t.Error("DefaultParams shares its step slices")
	}

	c := NewCard(t0)
	if c.State != New || !c.Due.Equal(t0) || c.Stability != 0 || c.Difficulty != 0 || !c.LastReview.IsZero() || c.Reps != 0 || c.Lapses != 0 {
		t.Errorf("NewCard: %+v", c)
	}

	// The scheduler keeps its own copy of the steps.
	p = DefaultParams()
	s := mustScheduler(t, p)
	p.LearningSteps[0] = time.Hour
	if got, _ := s.Review(NewCard(t0), Again, t0); !got.Due.Equal(t0.Add(time.Minute)) {
		t.Errorf("scheduler follows the caller's slice: due %v", got.Due)
	}
	if got := s.Params(); got.LearningSteps[0] != time.Minute {
		t.Errorf("Params() = %v", got.LearningSteps)
	}
}

func TestRatingAndState(t *testing.T) {
	for _, tc := range []struct {
		r    Rating
		name string
	}{{Again, "Again"}, {Hard, "Hard"}, {Good, "Good"}, {Easy, "Easy"}, {0, "Rating(0)"}, {5, "Rating(5)"}} {
		if got := tc.r.String(); got != tc.name {
			t.Errorf("Rating(%d).String() = %q, want %q", int(tc.r), got, tc.name)
		}
		if tc.r.Valid() != (tc.r >= 1 && tc.r <= 4) {
			t.Errorf("Rating(%d).Valid() = %v", int(tc.r), tc.r.Valid())
		}
	}
	for in, want := range map[string]Rating{"again": Again, "Hard": Hard, " GOOD ": Good, "easy": Easy, "1": Again, "4": Easy} {
		got, err := ParseRating(in)
		if err != nil || got != want {
			t.Errorf("ParseRating(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "5", "ok", "goodish"} {
		if _, err := ParseRating(in); err == nil {
			t.Errorf("ParseRating(%q) succeeded", in)
		}
	}
	for s, name := range map[State]string{New: "New", Learning: "Learning", Review: "Review", Relearning: "Relearning", 9: "State(9)"} {
		if got := s.String(); got != name {
			t.Errorf("State(%d).String() = %q, want %q", int(s), got, name)
		}
		if s.Valid() {
			if back, err := ParseState(strings.ToLower(name)); err != nil || back != s {
				t.Errorf("ParseState(%q) = %v, %v", name, back, err)
			}
		}
	}
	if _, err := ParseState("done"); err == nil {
		t.Error(`ParseState("done") succeeded`)
	}
}

func TestFirstReview(t *testing.T) {
	s := defaultScheduler(t)
	w := DefaultWeights()
	tests := []struct {
		r     Rating
		state State
		step  int
		wait  time.Duration
	}{
		{Again, Learning, 0, time.Minute},
		{Hard, Learning, 0, 330 * time.Second}, // (1m + 10m) / 2
		{Good, Learning, 1, 10 * time.Minute},
		{Easy, Review, 0, 8 * day}, // at 90% retention the interval is round(S) = round(w3)
	}
	for _, tc := range tests {
		t.Run(tc.r.String(), func(t *testing.T) {
			c, log := s.Review(NewCard(t0), tc.r, t0)
			if c.State != tc.state || c.Step != tc.step || !c.Due.Equal(t0.Add(tc.wait)) {
				t.Errorf("got state %v step %d due +%v; want %v step %d due +%v", c.State, c.Step, c.Due.Sub(t0), tc.state, tc.step, tc.wait)
			}
			wantD := math.Min(math.Max(w[4]-math.Exp(w[5]*float64(tc.r-1))+1, 1), 10)
			if c.Stability != w[tc.r-1] || !near(c.Difficulty, wantD, 1e-12) {
				t.Errorf("memory S=%v D=%v; want S=%v D=%v", c.Stability, c.Difficulty, w[tc.r-1], wantD)
			}
			if c.Reps != 1 || c.Lapses != 0 || !c.LastReview.Equal(t0) {
				t.Errorf("reps %d lapses %d last review %v", c.Reps, c.Lapses, c.LastReview)
			}
			if log.Rating != tc.r || log.State != New || !log.Due.Equal(t0) || log.ElapsedDays != 0 ||
				log.ScheduledDays != int(tc.wait/day) || !log.Review.Equal(t0) || log.Stability != c.Stability || log.Difficulty != c.Difficulty {
				t.Errorf("log %+v", log)
			}
		})
	}
}

func TestLearningSteps(t *testing.T) {
	s := defaultScheduler(t)
	// A card at learning step 0 (after Again) and at step 1 (after Good).
	step0, _ := s.Review(NewCard(t0), Again, t0)
	step1, _ := s.Review(NewCard(t0), Good, t0)
	if step0.State != Learning || step0.Step != 0 || step1.State != Learning || step1.Step != 1 {
		t.Fatalf("set-up: %+v %+v", step0, step1)
	}
	now := t0.Add(15 * time.Minute)
	tests := []struct {
		name  string
		c     Card
		r     Rating
		state State
		step  int
		wait  time.Duration // 0: a Review interval of whole days
	}{
		{"step0/Again", step0, Again, Learning, 0, time.Minute},
		{"step0/Hard", step0, Hard, Learning, 0, 330 * time.Second},
		{"step0/Good", step0, Good, Learning, 1, 10 * time.Minute},
		{"step0/Easy", step0, Easy, Review, 0, 0},
		{"step1/Again", step1, Again, Learning, 0, time.Minute},
		{"step1/Hard", step1, Hard, Learning, 1, 10 * time.Minute},
		{"step1/Good", step1, Good, Review, 0, 0},
		{"step1/Easy", step1, Easy, Review, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, log := s.Review(tc.c, tc.r, now)
			if c.State != tc.state || c.Step != tc.step {
				t.Fatalf("state %v step %d; want %v step %d", c.State, c.Step, tc.state, tc.step)
			}
			wait := c.Due.Sub(now)
			if tc.wait != 0 {
				if wait != tc.wait {
					t.Errorf("due in %v, want %v", wait, tc.wait)
				}
			} else if wait < day || wait%day != 0 || log.ScheduledDays != int(wait/day) {
				t.Errorf("review interval %v (log %d days), want whole days >= 1", wait, log.ScheduledDays)
			}
			if c.Reps != tc.c.Reps+1 || c.Lapses != 0 {
				t.Errorf("reps %d lapses %d", c.Reps, c.Lapses)
			}
		})
	}

	// One relearning step: Hard waits 1.5 steps; a step index past the end
	// (the steps were shortened) graduates on Hard/Good/Easy.
	review := reviewCard(t, s)
	relearn, _ := s.Review(review, Again, review.Due)
	c, _ := s.Review(relearn, Hard, relearn.Due)
	if c.State != Relearning || c.Due.Sub(relearn.Due) != 15*time.Minute {
		t.Errorf("relearning Hard: %v due +%v, want Relearning +15m", c.State, c.Due.Sub(relearn.Due))
	}
	stale := step1
	stale.Step = 5
	if c, _ := s.Review(stale, Hard, now); c.State != Review {
		t.Errorf("step past the end, Hard: %v, want Review", c.State)
	}
	if c, _ := s.Review(stale, Again, now); c.State != Learning || c.Step != 0 {
		t.Errorf("step past the end, Again: %v step %d, want Learning 0", c.State, c.Step)
	}
}

// reviewCard returns a card that has graduated to Review (Good, Good from new).
func reviewCard(t *testing.T, s *Scheduler) Card {
	t.Helper()
	c, _ := s.Review(NewCard(t0), Good, t0)
	c, _ = s.Review(c, Good, c.Due)
	if c.State != Review {
		t.Fatalf("set-up: card in %v, want Review", c.State)
	}
	return c
}

func TestReviewLapse(t *testing.T) {
	s := defaultScheduler(t)
	c := reviewCard(t, s)
	due := c.Due
	lapsed, log := s.Review(c, Again, due)
	if lapsed.State != Relearning || lapsed.Step != 0 || lapsed.Lapses != 1 || !lapsed.Due.Equal(due.Add(10*time.Minute)) {
		t.Fatalf("after Again in Review: %+v", lapsed)
	}
	if lapsed.Stability >= c.Stability {
		t.Errorf("stability grew on a lapse: %v -> %v", c.Stability, lapsed.Stability)
	}
	if log.State != Review || !log.Due.Equal(due) || log.ElapsedDays != int(due.Sub(c.LastReview)/day) || log.ScheduledDays != 0 {
		t.Errorf("log %+v", log)
	}
	// Again while relearning is not another lapse.
	again, _ := s.Review(lapsed, Again, lapsed.Due)
	if again.State != Relearning || again.Lapses != 1 {
		t.Errorf("Again in Relearning: %v lapses %d", again.State, again.Lapses)
	}
	back, _ := s.Review(again, Good, again.Due)
	if back.State != Review || back.Lapses != 1 || back.Reps != c.Reps+3 {
		t.Errorf("Good after relearning: %+v", back)
	}
	// Hard, Good and Easy in Review stay in Review with growing intervals.
	prev := time.Duration(0)
	for _, r := range []Rating{Hard, Good, Easy} {
		n, _ := s.Review(c, r, due)
		if n.State != Review || n.Lapses != 0 {
			t.Errorf("%v in Review: %v lapses %d", r, n.State, n.Lapses)
		}
		if ivl := n.Due.Sub(due); ivl <= prev {
			t.Errorf("%v interval %v not above the previous rating's %v", r, ivl, prev)
		} else {
			prev = ivl
		}
	}
}

func TestNoSteps(t *testing.T) {
	p := DefaultParams()
	p.LearningSteps = nil
	p.RelearningSteps = nil
	s := mustScheduler(t, p)
	for _, r := range allRatings {
		c, log := s.Review(NewCard(t0), r, t0)
		if c.State != Review || log.ScheduledDays < 1 || c.Due.Sub(t0) != time.Duration(log.ScheduledDays)*day {
			t.Errorf("%v with no learning steps: %v in %d days", r, c.State, log.ScheduledDays)
		}
	}
	c, _ := s.Review(NewCard(t0), Good, t0)
	lapsed, log := s.Review(c, Again, c.Due)
	if lapsed.State != Review || lapsed.Lapses != 1 || log.ScheduledDays < 1 {
		t.Errorf("Again with no relearning steps: %v lapses %d in %d days", lapsed.State, lapsed.Lapses, log.ScheduledDays)
	}
}

func TestMaximumInterval(t *testing.T) {
	p := DefaultParams()
	p.MaximumInterval = 10
	s := mustScheduler(t, p)
	c := NewCard(t0)
	for i := 0; i < 20; i++ {
		var log ReviewLog
		c, log = s.Review(c, Easy, c.Due)
		if log.ScheduledDays > 10 {
			t.Fatalf("review %d: %d days, over the maximum 10", i, log.ScheduledDays)
		}
	}
	if got := c.Due.Sub(c.LastReview); got != 10*day {
		t.Errorf("after 20 Easy reviews the interval is %v, want the cap 10d", got)
	}
	huge := Card{State: Review, Stability: 30000, Difficulty: 5, LastReview: t0, Due: t0.Add(30000 * day)}
	if n, _ := s.Review(huge, Good, huge.Due); n.Due.Sub(huge.Due) != 10*day {
		t.Errorf("huge stability: interval %v, want 10d", n.Due.Sub(huge.Due))
	}
	// Stability itself is capped at 36500 days.
	d := defaultScheduler(t)
	m := d.NextMemory(&Memory{Stability: 36000, Difficulty: 1}, 36000, Easy)
	if m.Stability != MaxStability {
		t.Errorf("stability %v, want the cap %v", m.Stability, MaxStability)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Params)
		want   string
	}{
		{"retention 0", func(p *Params) { p.DesiredRetention = 0 }, "desired retention"},
		{"retention 1", func(p *Params) { p.DesiredRetention = 1 }, "desired retention"},
		{"retention NaN", func(p *Params) { p.DesiredRetention = math.NaN() }, "desired retention"},
		{"weight NaN", func(p *Params) { p.W[9] = math.NaN() }, "w9"},
		{"weight Inf", func(p *Params) { p.W[13] = math.Inf(1) }, "w13"},
		{"initial stability 0", func(p *Params) { p.W[2] = 0 }, "w2"},
		{"decay 0", func(p *Params) { p.W[20] = 0 }, "w20"},
		{"max interval 0", func(p *Params) { p.MaximumInterval = 0 }, "maximum interval"},
		{"learning step 0", func(p *Params) { p.LearningSteps = []time.Duration{time.Minute, 0} }, "learning step 2"},
		{"relearning step negative", func(p *Params) { p.RelearningSteps = []time.Duration{-time.Minute} }, "relearning step 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.change(&p)
			err := p.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error about %q", err, tc.want)
			}
			if s, err2 := NewScheduler(p); s != nil || err2 == nil {
				t.Errorf("NewScheduler accepted bad params")
			}
		})
	}
	// Every problem is reported at once.
	p := DefaultParams()
	p.DesiredRetention = 2
	p.MaximumInterval = -1
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "retention") || !strings.Contains(err.Error(), "maximum interval") {
		t.Errorf("Validate() = %v, want both problems", err)
	}
	// Empty steps are fine.
	p = DefaultParams()
	p.LearningSteps, p.RelearningSteps = nil, []time.Duration{}
	if err := p.Validate(); err != nil {
		t.Errorf("empty steps: %v", err)
	}
}

func TestFuzzRange(t *testing.T) {
	s := defaultScheduler(t)
	for _, tc := range []struct{ days, lo, hi int }{
		{1, 1, 1}, {2, 2, 2}, {3, 2, 4}, {7, 5, 9}, {10, 8, 12}, {20, 17, 23}, {100, 93, 107}, {36500, 36500 - 1827, 36500},
	} {
		if lo, hi := s.FuzzRange(tc.days); lo != tc.lo || hi != tc.hi {
			t.Errorf("FuzzRange(%d) = [%d, %d], want [%d, %d]", tc.days, lo, hi, tc.lo, tc.hi)
		}
	}
	p := DefaultParams()
	p.MaximumInterval = 100
	if lo, hi := mustScheduler(t, p).FuzzRange(100); lo != 93 || hi != 100 {
		t.Errorf("capped FuzzRange(100) = [%d, %d], want [93, 100]", lo, hi)
	}
}

func TestFuzz(t *testing.T) {
	p := DefaultParams()
	plain := mustScheduler(t, p)
	p.EnableFuzz = true
	lowS := mustScheduler(t, p).WithRand(func() float64 { return 0 })
	highS := mustScheduler(t, p).WithRand(func() float64 { return math.Nextafter(1, 0) })
	def := mustScheduler(t, p)

	// Review cards of many stabilities, due now.
	fuzzed := 0
	for S := 0.5; S < 40000; S *= 1.3 {
		c := Card{State: Review, Stability: S, Difficulty: 5, LastReview: t0.Add(-3 * day), Due: t0, Reps: 4}
		_, blog := plain.Review(c, Good, t0)
		lo, hi := plain.FuzzRange(blog.ScheduledDays)
		_, l := lowS.Review(c, Good, t0)
		_, h := highS.Review(c, Good, t0)
		_, d := def.Review(c, Good, t0)
		if l.ScheduledDays != lo || h.ScheduledDays != hi {
			t.Errorf("S=%.1f: interval %d; rand 0 gives %d, rand ~1 gives %d; want %d and %d", S, blog.ScheduledDays, l.ScheduledDays, h.ScheduledDays, lo, hi)
		}
		for _, got := range []int{l.ScheduledDays, h.ScheduledDays, d.ScheduledDays} {
			if got < lo || got > hi || got > p.MaximumInterval || (blog.ScheduledDays >= 3 && got < 2) {
				t.Errorf("S=%.1f: fuzzed interval %d outside [%d, %d]", S, got, lo, hi)
			}
		}
		if blog.ScheduledDays < 3 && (l.ScheduledDays != blog.ScheduledDays || h.ScheduledDays != blog.ScheduledDays) {
			t.Errorf("interval %d (< 2.5 days) was fuzzed", blog.ScheduledDays)
		}
		if l.ScheduledDays < h.ScheduledDays {
			fuzzed++
		}
	}
	if fuzzed < 10 {
		t.Errorf("only %d intervals were fuzzed", fuzzed)
	}
	// Learning steps are never fuzzed.
	if c, _ := highS.Review(NewCard(t0), Good, t0); c.Due.Sub(t0) != 10*time.Minute {
		t.Errorf("learning step fuzzed: %v", c.Due.Sub(t0))
	}
	// The default source is deterministic per card, and varies between cards.
	seen := map[int]bool{}
	for reps := 0; reps < 50; reps++ {
		c := Card{State: Review, Stability: 100, Difficulty: 5, LastReview: t0.Add(-100 * day), Due: t0, Reps: reps}
		_, a := def.Review(c, Good, t0)
		_, b := def.Review(c, Good, t0)
		if a != b {
			t.Fatalf("default fuzz not deterministic: %+v vs %+v", a, b)
		}
		seen[a.ScheduledDays] = true
	}
	if len(seen) < 3 {
		t.Errorf("default fuzz gives only %v over 50 cards", seen)
	}
	// A misbehaving source is kept in range.
	bad := mustScheduler(t, p).WithRand(func() float64 { return 7 })
	c := Card{State: Review, Stability: 100, Difficulty: 5, LastReview: t0.Add(-100 * day), Due: t0}
	_, base := plain.Review(c, Good, t0)
	_, hi := plain.FuzzRange(base.ScheduledDays)
	if _, l := bad.Review(c, Good, t0); l.ScheduledDays != hi {
		t.Errorf("rand 7: %d days, want clamped to %d", l.ScheduledDays, hi)
	}
}

func TestDeterminism(t *testing.T) {
	s := defaultScheduler(t)
	c := reviewCard(t, s)
	now := c.Due.Add(37 * time.Hour)
	a, la := s.Review(c, Hard, now)
	b, lb := s.Review(c, Hard, now)
	if a != b || la != lb {
		t.Errorf("same review, different results: %+v / %+v", a, b)
	}
	before := c
	prev := s.Preview(c, now)
	if c != before {
		t.Error("Preview changed its input")
	}
	for i, r := range allRatings {
		want, _ := s.Review(c, r, now)
		if prev[i] != want {
			t.Errorf("Preview[%d] = %+v, want Review(%v) = %+v", i, prev[i], r, want)
		}
	}
	// Another scheduler with the same params agrees.
	other := defaultScheduler(t)
	if x, _ := other.Review(c, Hard, now); x != a {
		t.Errorf("second scheduler disagrees: %+v vs %+v", x, a)
	}
}

func TestMemoryDetails(t *testing.T) {
	s := defaultScheduler(t)
	w := DefaultWeights()
	// Mean reversion targets the unclamped D0(Easy).
	d0Easy := w[4] - math.Exp(w[5]*3) + 1
	if !near(d0Easy, -4.7716, 1e-4) {
		t.Fatalf("D0(Easy) = %v", d0Easy)
	}
	m := s.NextMemory(&Memory{Stability: 5, Difficulty: 5}, 5, Good)
	if want := w[7]*d0Easy + (1-w[7])*5; !near(m.Difficulty, want, 1e-12) {
		t.Errorf("Good from D=5: D=%v, want %v", m.Difficulty, want)
	}
	// Easy again and again drives difficulty to the floor 1.
	var mem *Memory
	for i := 0; i < 10; i++ {
		n := s.NextMemory(mem, 0, Easy)
		mem = &n
	}
	if mem.Difficulty != 1 {
		t.Errorf("difficulty after 10 Easy = %v, want 1", mem.Difficulty)
	}
	// Same-day: Hard never lowers stability (the increase is floored at 1 for
	// Hard, Good, Easy); Again does.
	for _, S := range []float64{0.5, 3, 50} {
		if h := s.NextMemory(&Memory{S, 5}, 0, Hard); h.Stability != S {
			t.Errorf("same-day Hard from S=%v: %v, want unchanged", S, h.Stability)
		}
		if a := s.NextMemory(&Memory{S, 5}, 0, Again); a.Stability >= S {
			t.Errorf("same-day Again from S=%v: %v, want lower", S, a.Stability)
		}
	}
	// With short-term off, a same-day Good leaves stability unchanged (R = 1).
	p := DefaultParams()
	p.EnableShortTerm = false
	long := mustScheduler(t, p)
	if g := long.NextMemory(&Memory{3, 5}, 0, Good); g.Stability != 3 {
		t.Errorf("long-term same-day Good: S=%v, want 3", g.Stability)
	}
	// A lapse never raises stability: post-lapse stability is capped at
	// S / e^(w17*w18) with short-term on, at S with it off.
	lapse := Memory{Stability: 0.1, Difficulty: 1}
	if a := s.NextMemory(&lapse, 1000, Again); !near(a.Stability, 0.1/math.Exp(w[17]*w[18]), 1e-12) {
		t.Errorf("lapse cap (short-term): S=%v, want %v", a.Stability, 0.1/math.Exp(w[17]*w[18]))
	}
	if a := long.NextMemory(&lapse, 1000, Again); a.Stability != 0.1 {
		t.Errorf("lapse cap (long-term): S=%v, want 0.1", a.Stability)
	}
	// Stability never falls below the floor.
	tiny := DefaultParams()
	tiny.W[0] = 1e-9
	if n := mustScheduler(t, tiny).NextMemory(nil, 0, Again); n.Stability != MinStability {
		t.Errorf("tiny initial stability: %v, want %v", n.Stability, MinStability)
	}
}

func TestRetrievability(t *testing.T) {
	s := defaultScheduler(t)
	if r := s.Retrievability(NewCard(t0), t0.Add(10*day)); r != 0 {
		t.Errorf("new card: %v, want 0", r)
	}
	c := Card{State: Review, Stability: 10, Difficulty: 5, LastReview: t0, Due: t0.Add(10 * day)}
	for _, tc := range []struct {
		at   time.Duration
		want float64
	}{{0, 1}, {23 * time.Hour, 1}, {10 * day, 0.9}, {10*day + 5*time.Hour, 0.9}, {-day, 1}} {
		if r := s.Retrievability(c, t0.Add(tc.at)); !near(r, tc.want, 1e-12) {
			t.Errorf("R at +%v = %v, want %v", tc.at, r, tc.want)
		}
	}
	r30 := s.Retrievability(c, t0.Add(30*day))
	if !(r30 > 0 && r30 < 0.9) {
		t.Errorf("R at 3S = %v", r30)
	}
}

func TestElapsedDays(t *testing.T) {
	s := defaultScheduler(t)
	c := reviewCard(t, s)
	for _, tc := range []struct {
		after time.Duration
		want  int
	}{{0, 0}, {23 * time.Hour, 0}, {47 * time.Hour, 1}, {48 * time.Hour, 2}, {-time.Hour, 0}} {
		_, log := s.Review(c, Good, c.LastReview.Add(tc.after))
		if log.ElapsedDays != tc.want {
			t.Errorf("review %v after the last: ElapsedDays %d, want %d", tc.after, log.ElapsedDays, tc.want)
		}
	}
}

func TestInvalidRatingPanics(t *testing.T) {
	s := defaultScheduler(t)
	defer func() {
		if recover() == nil {
			t.Error("Review with Rating(0) did not panic")
		}
	}()
	s.Review(NewCard(t0), 0, t0)
}

func TestFormatInterval(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{-time.Hour, "<1m"},
		{0, "<1m"},
		{59 * time.Second, "<1m"},
		{time.Minute, "1m"},
		{330 * time.Second, "6m"},
		{10 * time.Minute, "10m"},
		{59 * time.Minute, "59m"},
		{59*time.Minute + 40*time.Second, "1h"},
		{time.Hour, "1h"},
		{3 * time.Hour, "3h"},
		{23 * time.Hour, "23h"},
		{23*time.Hour + 40*time.Minute, "1d"},
		{day, "1d"},
		{2 * day, "2d"},
		{29 * day, "29d"},
		{30 * day, "1.0mo"},
		{45 * day, "1.5mo"},
		{163 * day, "5.4mo"},
		{360 * day, "11.8mo"},
		{364 * day, "1.0y"},
		{498 * day, "1.4y"},
		{36500 * day, "100.0y"},
	} {
		if got := FormatInterval(tc.d); got != tc.want {
			t.Errorf("FormatInterval(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

// TestWeekOfReviews follows one card with an injected clock: reviewed Good
// each time it falls due over 60 days, then forgotten.
func TestWeekOfReviews(t *testing.T) {
	s := defaultScheduler(t)
	now := t0
	c := NewCard(now)
	end := t0.Add(60 * day)
	var intervals []time.Duration
	for !c.Due.After(end) {
		now = c.Due // the clock moves to when the card falls due
		var log ReviewLog
		c, log = s.Review(c, Good, now)
		ivl := c.Due.Sub(now)
		if n := len(intervals); n > 0 && ivl <= intervals[n-1] {
			t.Fatalf("intervals not strictly growing: %v then %v", intervals, ivl)
		}
		if log.ScheduledDays != int(ivl/day) {
			t.Errorf("log says %d days, due is %v away", log.ScheduledDays, ivl)
		}
		intervals = append(intervals, ivl)
	}
	if len(intervals) < 4 || c.State != Review || c.Reps != len(intervals) {
		t.Fatalf("after 60 days: %d reviews %v, card %+v", len(intervals), intervals, c)
	}
	t.Logf("intervals: %v", intervals)

	lapsed, _ := s.Review(c, Again, c.Due)
	if lapsed.State != Relearning || lapsed.Step != 0 || lapsed.Lapses != 1 || lapsed.Due.Sub(c.Due) != 10*time.Minute {
		t.Errorf("Again in Review: %+v", lapsed)
	}
	back, log := s.Review(lapsed, Good, lapsed.Due)
	if back.State != Review || log.ScheduledDays >= int(intervals[len(intervals)-1]/day) {
		t.Errorf("after relearning: %v in %d days (was %v)", back.State, log.ScheduledDays, intervals[len(intervals)-1])
	}
}

// TestSchedulerMemoryState replays the reference memory-state sequence
// (vector reference-memory-state-short-term: Again, then Good after 0, 1, 3, 8
// and 21 days) through Review instead of NextMemory: the scheduler must count
// elapsed days the same way and land on the same state.
func TestSchedulerMemoryState(t *testing.T) {
	s := defaultScheduler(t)
	c := NewCard(t0)
	now := t0.Add(9*time.Hour + 17*time.Minute) // an odd time of day changes nothing
	for i, gap := range []int{0, 0, 1, 3, 8, 21} {
		now = now.Add(time.Duration(gap) * day)
		r := Good
		if i == 0 {
			r = Again
		}
		c, _ = s.Review(c, r, now)
	}
	if !near(c.Stability, 53.62691, 1e-4) || !near(c.Difficulty, 6.3574867, 1e-4) {
		t.Errorf("S=%v D=%v, want 53.62691 and 6.3574867", c.Stability, c.Difficulty)
	}
}
