package tui

// TODO(stub): replaced by the real perspective screen.
func newPerspective(c *ctx) Screen { return newTodo(c, "Leadership perspective") }
