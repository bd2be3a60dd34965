package practice

import "github.com/rung-career/rung/internal/content"

// IsStar reports whether a card is answered with a STAR story, as the
// feedback reads it (its method is "star"): such a card is where a story
// from the person's bank fits.
func IsStar(card content.Card) bool { return isStar(card) }
