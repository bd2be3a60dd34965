package tui

// TODO(stub): replaced by the real ladder screen.
func newLadder(c *ctx) Screen { return newTodo(c, "Ladder") }
