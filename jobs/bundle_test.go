package jobs_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/jobs"
)

func sample(t testing.TB, seed uint64) jobs.Bundle {
	p, in := computetest.RandomProgram(seed, 12)
	b, err := jobs.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A bundle decodes to the same program and inputs, and its roots are the
// ones a run of the job commits to.
func TestRoundTripAndRoots(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		b := sample(t, seed)
		enc := b.Encode()
		back, err := jobs.Decode(enc)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if !bytes.Equal(back.Encode(), enc) {
			t.Fatalf("seed %d: re-encoding differs", seed)
		}
		pr, ir, err := back.Roots(1)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := compute.Run(context.Background(), compute.CPU{Workers: 1}, b.Program, b.Inputs, compute.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if pr != tr.ProgramRoot || ir != tr.InputRoot() {
			t.Fatalf("seed %d: roots differ from the run's", seed)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	enc := sample(t, 9).Encode()
	bigLen := append([]byte(nil), enc...)
	bigLen[5] = 0xff
	for name, data := range map[string][]byte{
		"empty":            nil,
		"magic":            append([]byte("CRXK"), enc[4:]...),
		"version":          append(append([]byte("CRXJ"), 2), enc[5:]...),
		"truncated":        enc[:len(enc)-1],
		"padded":           append(append([]byte(nil), enc...), 0),
		"program overflow": bigLen,
		"header only":      enc[:9],
	} {
		if _, err := jobs.Decode(data); !errors.Is(err, jobs.ErrBadBundle) {
			t.Errorf("%s: error %v, want ErrBadBundle", name, err)
		}
	}
	b := sample(t, 9)
	for name := range b.Inputs {
		in := map[string]compute.Tensor{}
		for k, v := range b.Inputs {
			in[k] = v
		}
		delete(in, name)
		if _, err := jobs.New(b.Program, in); err == nil {
			t.Errorf("New accepted inputs without %q", name)
		}
		break
	}
}

var update = flag.Bool("update", false, "rewrite the seed corpus under testdata/fuzz/FuzzDecode")

// TestSeedCorpus keeps testdata/fuzz/FuzzDecode in step (-update rewrites it).
func TestSeedCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	if *update {
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for seed := uint64(1); seed <= 3; seed++ {
			enc := sample(t, seed).Encode()
			for name, b := range map[string][]byte{fmt.Sprint("bundle", seed): enc, fmt.Sprint("bad_truncated", seed): enc[:len(enc)/2]} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if e, err := os.ReadDir(dir); err != nil || len(e) < 6 {
		t.Fatalf("seed corpus %s: %v (go test -run TestSeedCorpus -update)", dir, err)
	}
}

// FuzzDecode: nothing crashes Decode, and what it accepts re-encodes to the
// same bytes (one encoding per bundle).
func FuzzDecode(f *testing.F) {
	f.Add(sample(f, 1).Encode())
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := jobs.Decode(data)
		if err != nil {
			return
		}
		if !bytes.Equal(b.Encode(), data) {
			t.Fatal("accepted bundle re-encodes differently")
		}
	})
}

// Published outputs decode to the run's outputs, and their root is the
// run's output root; malformed ones are refused.
func TestOutputs(t *testing.T) {
	b := sample(t, 4)
	tr, err := compute.Run(context.Background(), compute.CPU{Workers: 1}, b.Program, b.Inputs, compute.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var outs []compute.Tensor
	for _, o := range tr.Outputs {
		outs = append(outs, o.Tensor)
	}
	enc, err := jobs.EncodeOutputs(b.Program, outs)
	if err != nil {
		t.Fatal(err)
	}
	back, err := jobs.DecodeOutputs(b.Program, enc)
	if err != nil {
		t.Fatal(err)
	}
	if jobs.OutputRoot(b.Program, back) != tr.OutputRoot {
		t.Fatal("output root differs from the run's")
	}
	for name, bad := range map[string][]byte{"truncated": enc[:len(enc)-1], "padded": append(append([]byte(nil), enc...), 1), "magic": append([]byte("CRXJ"), enc[4:]...)} {
		if _, err := jobs.DecodeOutputs(b.Program, bad); !errors.Is(err, jobs.ErrBadBundle) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := jobs.EncodeOutputs(b.Program, outs[:len(outs)-1]); err == nil {
		t.Error("encoded too few outputs")
	}
}
