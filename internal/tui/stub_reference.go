package tui

// TODO(stub): replaced by the real reference screen.
func newReference(c *ctx) Screen { return newTodo(c, "FAQ and reference") }
