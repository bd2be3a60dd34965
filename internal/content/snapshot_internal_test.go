package content

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"reflect"
	"testing"
	"testing/fstest"

	tracks "github.com/rung-career/rung/content"
)

// TestEmbeddedSnapshot fails when a built-in track's snapshot is not what
// the YAML and the loader make now; -update (load_test.go's flag) rewrites it.
func TestEmbeddedSnapshot(t *testing.T) {
	for _, id := range tracks.IDs() {
		t.Run(id, func(t *testing.T) {
			fsys, err := tracks.Track(id)
			if err != nil {
				t.Fatal(err)
			}
			lib, err := Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			snap, err := Snapshot(fsys, lib)
			if err != nil {
				t.Fatal(err)
			}
			path := "../../content/" + id + ".snapshot"
			if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
				if err := os.WriteFile(path, snap, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(snap, tracks.Snapshot(id)) {
				t.Fatalf("%s is stale (the app still works, loading the YAML more slowly); rewrite it with\n"+
					"  go test ./internal/content -run TestEmbeddedSnapshot -update", path)
			}
		})
	}
}

// TestSnapshotIsTheLibrary checks that the snapshot decodes to the library
// the YAML loads to, in every exported value, with working indexes.
func TestSnapshotIsTheLibrary(t *testing.T) {
	fsys := tracks.Default()
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Snapshot(fsys, want)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := decodeSnapshot(fsys, snap)
	if !ok {
		t.Fatal("a fresh snapshot was not used")
	}
	dropKeys(reflect.ValueOf(want).Elem())
	if !reflect.DeepEqual(got, want) {
		t.Error("the snapshot decodes to another library than the YAML loads to")
	}
	if r, ok := got.Role(want.Roles[1].ID); !ok || r.Title != want.Roles[1].Title {
		t.Errorf("index: Role(%q) = %v, %v", want.Roles[1].ID, r, ok)
	}
}

// dropKeys clears the key lines in every Pos under v: a snapshot has none.
func dropKeys(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			dropKeys(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			dropKeys(v.Index(i))
		}
	case reflect.Struct:
		if p, ok := v.Addr().Interface().(*Pos); ok {
			p.keys = nil
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				dropKeys(v.Field(i))
			}
		}
	}
}

// TestSnapshotStale checks that a snapshot is ignored once the YAML differs,
// or when it is damaged.
func TestSnapshotStale(t *testing.T) {
	src := tracks.Default()
	mfs := fstest.MapFS{}
	names, err := tracks.Files(tracks.DefaultTrack)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		data, err := fs.ReadFile(src, n)
		if err != nil {
			t.Fatal(err)
		}
		mfs[n] = &fstest.MapFile{Data: data}
	}
	lib, err := Load(mfs)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Snapshot(mfs, lib)
	if err != nil {
		t.Fatal(err)
	}
	mfs["track.yaml"].Data = bytes.Replace(mfs["track.yaml"].Data, []byte("name: "+lib.Track.Name), []byte("name: Renamed Track"), 1)
	got, err := LoadSnapshot(mfs, snap)
	if err != nil || got.Track.Name != "Renamed Track" {
		t.Errorf("a stale snapshot was used: %v, %q", err, got.Track.Name)
	}
	damaged := append(bytes.Clone(snap[:len(snap)/2]), 0xff)
	if _, ok := decodeSnapshot(src, damaged); ok {
		t.Error("a damaged snapshot decoded")
	}
	if got, err := LoadSnapshot(src, damaged); err != nil || got.Track.Name != lib.Track.Name {
		t.Errorf("no fallback from a damaged snapshot: %v", err)
	}
}

// BenchmarkLoadEmbeddedSnapshot is what the app pays for the built-in track
// (compare BenchmarkLoadEmbedded): the YAML hashed, the snapshot decoded.
func BenchmarkLoadEmbeddedSnapshot(b *testing.B) {
	fsys, snap := tracks.Default(), tracks.DefaultSnapshot()
	if _, ok := decodeSnapshot(fsys, snap); !ok {
		b.Fatal("the embedded snapshot is stale")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadSnapshot(fsys, snap); err != nil {
			b.Fatal(err)
		}
	}
}
