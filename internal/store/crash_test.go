package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// helperEnv, when set, makes TestHelperWriter the writer child of
// TestKilledWriterLosesNothing, writing into the directory it names.
const helperEnv = "RUNG_STORE_HELPER_DIR"

// TestHelperWriter is not a test: run as a child process, it records reviews
// until it is killed, printing each id only after RecordReview returned, so
// every printed id is a review the store said was committed.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("helper process for TestKilledWriterLosesNothing")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		id, err := s.RecordReview(review("t", "card-"+itoa(i%100), 1+i%4, t0.Add(secs(i))))
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(2)
		}
		fmt.Println(id) // os.Stdout is unbuffered: the id is out once this returns
	}
}

func TestKilledWriterLosesNothing(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no subprocesses")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()

	// Read a few committed ids, then SIGKILL the writer while it is in the
	// middle of its next transactions. Lines still in the pipe after the
	// kill were printed after a commit too, so they count.
	var seen []int64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		id, err := strconv.ParseInt(line, 10, 64)
		if err != nil {
			t.Logf("child: %s", line)
			continue
		}
		seen = append(seen, id)
		if len(seen) == 50 && !killed {
			if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
				t.Fatal(err)
			}
			killed = true
		}
	}
	werr := cmd.Wait()
	if !killed {
		t.Fatalf("writer exited before it was killed (%v) after %d ids", werr, len(seen))
	}
	t.Logf("child killed after %d committed ids (%v)", len(seen), werr)

	s, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	rs, err := s.ReviewsSince("t", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	have := map[int64]bool{}
	for _, r := range rs {
		have[r.ID] = true
	}
	for _, id := range seen {
		if !have[id] {
			t.Errorf("committed review %d lost", id)
		}
	}
	// Review and state were one transaction: every reviewed card has a state.
	states, err := s.CardStates("t")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if _, ok := states[r.CardID]; !ok {
			t.Errorf("review %d of %s has no card state", r.ID, r.CardID)
		}
	}
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
}
