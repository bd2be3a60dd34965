package stories

import (
	"slices"
	"testing"
)

func TestUsedIn(t *testing.T) {
	s := Story{Result: "The family kept their flat, and rent arrears fell from 1,200 dollars to 0 within three months."}
	tests := []struct {
		name          string
		answer        string
		result        bool
		numbers, miss []string
	}{
		{"the whole result", "I negotiated a payment plan. In the end the family kept their flat and the arrears of 1,200 dollars fell to 0 within three months.",
			true, []string{"1,200", "0", "three"}, nil},
		{"the result without its figures", "I negotiated a payment plan, and the family kept their flat; the arrears fell a lot.",
			true, nil, []string{"1,200", "0", "three"}},
		{"stops at the situation", "A family got an eviction notice, so I called the landlord and set up a meeting.",
			false, nil, []string{"1,200", "0", "three"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := UsedIn(s, tt.answer)
			if u.Result != tt.result || !slices.Equal(u.Numbers, tt.numbers) || !slices.Equal(u.Missed, tt.miss) {
				t.Errorf("got %+v", u)
			}
		})
	}
}
