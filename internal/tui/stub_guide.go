package tui

// TODO(stub): replaced by the real guide screen.
func newGuide(c *ctx) Screen { return newTodo(c, "Interview guide") }
