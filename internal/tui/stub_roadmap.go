package tui

import "fmt"

// TODO(stub): replaced by the real roadmap screen.
func newRoadmap(c *ctx) Screen { return newTodo(c, "Roadmap") }

// TODO(stub): replaced by the real step detail in roadmap.go.
func newStepDetail(c *ctx, n int) Screen { return newTodo(c, fmt.Sprintf("Step %d", n)) }
