package tui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// QueryKeys are the keys of a filter or search that takes text: one to
// clear it and stop typing, one to keep it and stop typing, and two to
// erase (a letter, and all of it).
type QueryKeys struct {
	Cancel, Keep, Erase, EraseAll key.Binding
}

// QueryEdit is what a key did to a query being typed.
type QueryEdit int

// What EditQuery did with a key.
const (
	QueryNotMine   QueryEdit = iota // not a key of the query (a nav key, say)
	QueryUnchanged                  // its key, with nothing to change (a rune that does not print)
	QueryKept                       // typing ended, the text kept
	QueryChanged                    // the text changed (or was cleared): filter again
)

// EditQuery applies a key to the text of a query being typed, at most max
// runes long. Cancel clears it and ends typing; Keep ends typing, dropping
// text that is only spaces.
func EditQuery(q *string, typing *bool, msg tea.KeyMsg, k QueryKeys, max int) QueryEdit {
	switch {
	case key.Matches(msg, k.Cancel):
		*typing, *q = false, ""
		return QueryChanged
	case key.Matches(msg, k.Keep):
		*typing = false
		if strings.TrimSpace(*q) == "" {
			*q = ""
		}
		return QueryKept
	case key.Matches(msg, k.Erase):
		r := []rune(*q)
		if len(r) == 0 {
			return QueryUnchanged
		}
		*q = string(r[:len(r)-1])
		return QueryChanged
	case key.Matches(msg, k.EraseAll):
		*q = ""
		return QueryChanged
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		added := false
		for _, r := range msg.Runes {
			if unicode.IsPrint(r) && len([]rune(*q)) < max {
				*q += string(r)
				added = true
			}
		}
		if added {
			return QueryChanged
		}
		return QueryUnchanged
	}
	return QueryNotMine
}
