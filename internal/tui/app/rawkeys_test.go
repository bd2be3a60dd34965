package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoRawKeys reads the TUI's source: keys are matched only through
// key.Binding (key.Matches), never by comparing a key message's string,
// runes or type with a literal, so every key a screen acts on is a binding
// its help can list. (Telling text from keys, tea.KeyRunes and
// tea.KeySpace, is allowed.)
func TestNoRawKeys(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if (n.Op == token.EQL || n.Op == token.NEQ) && (rawKey(n.X) || rawKey(n.Y)) {
					t.Errorf("%s: a key compared by hand; match a key.Binding instead", fset.Position(n.Pos()))
				}
			case *ast.SwitchStmt:
				if n.Tag != nil && rawKey(n.Tag) {
					t.Errorf("%s: a switch on a key; match key.Bindings instead", fset.Position(n.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rawKey reports whether e reads a key by hand: msg.String(), msg.Runes[i],
// or a tea.Key constant other than the two that mean text.
func rawKey(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "String" && len(e.Args) == 0 {
			if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "msg" || id.Name == "k") {
				return true
			}
		}
	case *ast.IndexExpr:
		if sel, ok := e.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "Runes" {
			return true
		}
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && id.Name == "tea" && strings.HasPrefix(e.Sel.Name, "Key") {
			return e.Sel.Name != "KeyRunes" && e.Sel.Name != "KeySpace"
		}
	}
	return false
}
