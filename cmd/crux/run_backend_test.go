package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crux-rollup/crux/compute/cuda"
)

// Where the CUDA backend cannot run (no PTX in the binary, no driver, no
// GPU), --backend cuda fails with one line saying what is missing, while
// --backend auto (the default) runs on the CPU and says why at debug level;
// both agree with --backend cpu.
func TestRunBackendSelection(t *testing.T) {
	reason := cuda.Available()
	if reason == nil {
		t.Skip("this machine can run the cuda backend")
	}
	_, prog, x, w := fixture(t)
	args := []string{"run", "--program", prog, "--input", "x=" + x, "--input", "w=" + w, "--json"}

	r := crux(t, nil, append(args, "--backend", "cuda")...)
	msg := strings.TrimSuffix(r.stderr, "\n")
	if r.code == 0 || strings.Contains(msg, "\n") || !strings.HasPrefix(msg, `crux: --backend "cuda": cuda backend unavailable: `) {
		t.Fatalf("--backend cuda: %+v", r)
	}
	if !strings.Contains(msg, reason.Error()) {
		t.Fatalf("--backend cuda: stderr %q does not give the reason %q", msg, reason)
	}
	t.Logf("--backend cuda: %s", msg)

	reports := map[string]runReport{}
	for _, b := range []string{"auto", "cpu"} {
		r := crux(t, nil, append([]string{"--log.level", "debug"}, append(args, "--backend", b)...)...)
		if r.code != 0 {
			t.Fatalf("--backend %s: %+v", b, r)
		}
		var rep runReport
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("--backend %s: %v\n%s", b, err, r.stdout)
		}
		if rep.Backend != "cpu" {
			t.Fatalf("--backend %s ran on %q", b, rep.Backend)
		}
		if b == "auto" && !strings.Contains(r.stderr, "cuda backend not used") {
			t.Errorf("--backend auto does not log why it fell back:\n%s", r.stderr)
		}
		reports[b] = rep
	}
	if reports["auto"].StateRoot != reports["cpu"].StateRoot || reports["auto"].OutputRoot != reports["cpu"].OutputRoot {
		t.Fatal("auto and cpu disagree")
	}
}
