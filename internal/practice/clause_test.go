package practice

import (
	"strings"
	"testing"
)

// scopeOf marks each word of the expanded answer: "-" negated, "?" hedged,
// "_" in a sentence that says nothing, "+" otherwise.
func scopeOf(answer string) (words, marks string) {
	a := newAnswer(answer)
	var w, m []string
	for i, s := range a.seq {
		sc := a.scope[i]
		mark := "+"
		switch {
		case !sc.says:
			mark = "_"
		case sc.neg:
			mark = "-"
		case sc.hedge:
			mark = "?"
		}
		w = append(w, s)
		m = append(m, strings.Repeat(mark, len(s)))
	}
	return strings.Join(w, " "), strings.Join(m, " ")
}

func TestNegationScope(t *testing.T) {
	cases := []struct {
		in string
		// neg lists words that must be negated, plain words that must not.
		neg, plain []string
	}{
		{"I don't use a calendar or any kind of system, and I never review my list.",
			[]string{"use", "calendar", "system", "review", "list"}, []string{"i", "and"}},
		{"Risk doesn't really come into it for me.", []string{"risk", "come"}, nil},
		{"I don't tell my supervisor when I'm behind, and I don't worry about deadlines.",
			[]string{"supervisor", "deadlines"}, []string{"behind"}},
		{"I would not confront the parent or question the child in detail, because that is the investigators' job.",
			[]string{"confront", "parent", "question", "detail"}, []string{"investigators", "job"}},
		{"I wouldn't confront the parent but I would report it to the hotline.",
			[]string{"confront"}, []string{"report", "hotline"}},
		{"I didn't panic and called 911 straight away.", []string{"panic"}, []string{"called", "911"}},
		{"I would never fail to tell my supervisor.", []string{"fail"}, []string{"tell", "supervisor"}},
		{"I wouldn't hesitate to call 911.", nil, []string{"call", "911"}},
		{"I wouldn't wait to report it.", []string{"wait"}, []string{"report"}},
		{"I'd report it without confronting anyone.", []string{"confronting", "anyone"}, []string{"report"}},
		{"Instead of confronting the parent, I would call the hotline.", []string{"confronting", "parent"}, []string{"call", "hotline"}},
		{"I'd call the hotline rather than investigate myself.", []string{"investigate", "myself"}, []string{"call", "hotline"}},
		{"Confronting the parent is never my job.", []string{"confronting", "parent", "job"}, nil},
		{"Not only do I document, I also tell my supervisor.", nil, []string{"document", "supervisor"}},
		{"I'd report no later than 24 hours.", nil, []string{"report", "later", "24", "hours"}},
		{"I don't use a calendar, a list or a tracker.", []string{"calendar", "list", "tracker"}, nil},
		{"I'd decide whether to report it.", nil, []string{"decide"}},
		{"Neither my supervisor nor the family would hear from me.", []string{"supervisor", "family"}, nil},
		{"I would not, under any circumstances, confront the parent.", []string{"confront", "parent"}, nil},
		{"I refused to share the file, and I told my supervisor.", []string{"share", "file"}, []string{"told", "supervisor"}},
		{"If they don't I'd leave them to calm down.", nil, []string{"leave", "calm"}},
		{"I don't think I'd confront the parent.", []string{"think", "confront", "parent"}, nil},
		{"I'd decide whether I should report it.", nil, []string{"decide"}},
		{"I wouldn't just send the records.", []string{"send", "records"}, nil},
		{"It's not just the money, it's the housing.", nil, []string{"money", "housing"}},
		// The panel review: a negation in an if-clause stays there, with or
		// without a comma; a verb's object is not its subject.
		{"If I can't get to something I tell my supervisor early.", []string{"get"}, []string{"tell", "supervisor", "early"}},
		{"If a family doesn't speak English their kids can translate.", []string{"speak", "english"}, []string{"kids", "translate"}},
		{"If a family doesn't speak English, their kids can translate.", []string{"speak", "english"}, []string{"kids", "translate"}},
		{"If they don't have food, heating or a bed, I'd call.", []string{"food", "heating", "bed"}, []string{"call"}},
		{"My supervisor once told me not to report a case.", []string{"report", "case"}, []string{"my", "supervisor", "told"}},
		{"I don't let stress get to me and I never take time off.", []string{"stress", "time", "off"}, nil},
	}
	for _, c := range cases {
		a := newAnswer(c.in)
		idx := map[string]int{}
		for i, w := range a.seq {
			if _, ok := idx[w]; !ok {
				idx[w] = i
			}
		}
		words, marks := scopeOf(c.in)
		for _, w := range c.neg {
			i, ok := idx[w]
			if !ok {
				t.Fatalf("%q: no word %q", c.in, w)
			}
			if !a.scope[i].neg || !a.scope[i].says {
				t.Errorf("%q: %q not negated\n%s\n%s", c.in, w, words, marks)
			}
		}
		for _, w := range c.plain {
			i, ok := idx[w]
			if !ok {
				t.Fatalf("%q: no word %q", c.in, w)
			}
			if a.scope[i].neg || !a.scope[i].says {
				t.Errorf("%q: %q negated or unsaid\n%s\n%s", c.in, w, words, marks)
			}
		}
	}
	if _, m := scopeOf("I'd decide whether to report it."); m != "+ +++++ ++++++ +++++++ ?? ?????? ??" {
		t.Errorf("hedge: %s", m)
	}
	// A concessive clause commits to nothing: "even if someone is in
	// danger" is not knowing the limits of confidentiality.
	if _, m := scopeOf("I never share anything, even if someone is in danger."); m != "+ +++++ ----- -------- ???? ?? ??????? ?? ?? ??????" {
		t.Errorf("concessive: %s", m)
	}
	if _, m := scopeOf("I'd report it no matter what the parents say."); m != "+ +++++ ++++++ ++ ?? ?????? ???? ??? ??????? ???" {
		t.Errorf("no matter: %s", m)
	}
}

// Phrases match the way people say them: a modal or small adverb between
// two words, any determiner for "the", everyday equals; never a modal after
// "I" (tense matters) or a word after a negator, and never across a clause.
func TestPhraseMatching(t *testing.T) {
	cases := []struct {
		phrase, answer string
		want           string // the words matched, or "" for none
	}{
		{"kids translate", "Their kids can translate for them.", "kids can translate"},
		{"kids translate", "Their children will translate.", "children will translate"},
		{"talk to the parents", "I'd talk to the mom and dad first.", "talk to the mom and dad"},
		{"talk to the parents", "I'd talk to his dad.", "talk to his dad"},
		{"tell the supervisor", "I'd tell my supervisor.", "tell my supervisor"},
		{"tell the supervisor", "I'd tell supervisor Lee.", "tell supervisor"},
		{"cut the frontline", "I would cut all the frontline staff.", "cut all the frontline"},
		{"not plan", "I don't really plan.", "don't really plan"},
		{"not report", "I wouldn't just report it.", ""},
		{"i called the", "I'd call the hotline.", ""},
		{"i called the", "I called the hotline.", "I called the"},
		{"kids translate", "Their kids; they can translate.", ""},
		{"tell the staff", "I wouldn't tell the team until it's done.", "tell the team"},
	}
	for _, c := range cases {
		a := newAnswer(c.answer)
		var got string
		if occ := a.findAll(compile(c.phrase)); len(occ) > 0 {
			got = a.quoteSpan(occ[0].from, occ[0].to-1)
		}
		if got != c.want {
			t.Errorf("%q in %q: matched %q, want %q", c.phrase, c.answer, got, c.want)
		}
	}
}

func TestSaysSomething(t *testing.T) {
	cases := []struct {
		in   string
		says bool
	}{
		{"confidential consent secure limits intake", false},
		{"Confidentiality, consent, secure records, limits, intake.", false},
		{"- consent\n- secure records\n- limits\n- intake", false},
		{"Safety. Calm. Assess. Supervisor. Document.", false},
		{"I get written consent before I share anything.", true},
		{"I'd call 911.", true},
		{"I arranged it.", true},
		{"Report it to CPS at once.", true},
		{"First, safety, then calm, assess, supervisor, debrief.", false},
		{"My records stay in a locked cabinet, and paper notes are shredded.", true},
		{"Summer camp, foster care, caseworker, honesty, showed me, to this day.", false},
		{"It looks at the whole situation, the family, the money, the housing, not just the medical problem, and it puts the person's own voice at the center.", true},
	}
	for _, c := range cases {
		a := newAnswer(c.in)
		all := true
		for _, sc := range a.scope {
			all = all && sc.says
		}
		if all != c.says {
			w, m := scopeOf(c.in)
			t.Errorf("%q: says=%v, want %v\n%s\n%s", c.in, all, c.says, w, m)
		}
	}
}
