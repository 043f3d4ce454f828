package rerun_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/rerun"
)

type memJobs struct {
	m     map[[2]compute.Hash]jobs.Bundle
	calls int
}

func (j *memJobs) GetJob(_ context.Context, p, i compute.Hash) (jobs.Bundle, error) {
	j.calls++
	b, ok := j.m[[2]compute.Hash{p, i}]
	if !ok {
		return jobs.Bundle{}, fmt.Errorf("no job %s/%s", p, i)
	}
	return b, nil
}

// Run starts a job in the background, returns its trace once done, keeps at
// most MaxTraces of them, and retries a job whose data was missing.
func TestCache(t *testing.T) {
	ctx := context.Background()
	store := &memJobs{m: map[[2]compute.Hash]jobs.Bundle{}}
	c := rerun.New(store, compute.CPU{Workers: 1}, 2, nil)
	wait := func(pr, ir compute.Hash) (*compute.Trace, error) {
		for i := 0; i < 1000; i++ {
			tr, ok, err := c.Run(ctx, pr, ir)
			if ok || err != nil {
				return tr, err
			}
			time.Sleep(2 * time.Millisecond)
		}
		t.Fatal("run never finished")
		return nil, nil
	}
	var keys [][2]compute.Hash
	for seed := uint64(1); seed <= rerun.MaxTraces+4; seed++ {
		p, in := computetest.RandomProgram(seed, 6)
		b, _ := jobs.New(p, in)
		pr, ir, _ := b.Roots(1)
		store.m[[2]compute.Hash{pr, ir}] = b
		keys = append(keys, [2]compute.Hash{pr, ir})
		tr, err := wait(pr, ir)
		if err != nil || tr.ProgramRoot != pr || tr.InputRoot() != ir {
			t.Fatalf("seed %d: %v", seed, err)
		}
	}
	// The newest are cached (no fetch); the oldest were evicted (fetched again).
	before := store.calls
	if _, ok, _ := c.Run(ctx, keys[len(keys)-1][0], keys[len(keys)-1][1]); !ok || store.calls != before {
		t.Fatalf("the newest trace was not cached (ok %v, fetches %d -> %d)", ok, before, store.calls)
	}
	if _, err := wait(keys[0][0], keys[0][1]); err != nil || store.calls != before+1 {
		t.Fatalf("the oldest trace was not evicted and run again (fetches %d -> %d): %v", before, store.calls, err)
	}
	// Missing data: an error, then a retry on the next request.
	var missing compute.Hash
	missing[0] = 1
	if _, err := wait(missing, missing); err == nil {
		t.Fatal("a job without data ran")
	}
	calls := store.calls
	if _, err := wait(missing, missing); err == nil || store.calls != calls+1 {
		t.Fatalf("a failed run was not retried (fetches %d -> %d)", calls, store.calls)
	}
}
