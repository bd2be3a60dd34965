package tui

// TODO(stub): replaced by the real practice screen.
func newPracticeHome(c *ctx) Screen { return newTodo(c, "Practice") }
