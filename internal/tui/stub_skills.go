package tui

// TODO(stub): replaced by the real skills screen.
func newSkills(c *ctx) Screen { return newTodo(c, "Skills") }
