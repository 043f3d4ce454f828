// Package rerun re-executes jobs named by result commitments: it fetches a
// job's data by the commitment's program and input roots, runs it in the
// background with a bound on concurrent runs, and caches the trace. The
// challenger and the watcher use it to learn the truth about a commitment
// without blocking their loops on a long job.
package rerun

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/jobs"
)

// Jobs fetches a job's data by its roots, checking them (client.Client does).
type Jobs interface {
	GetJob(ctx context.Context, programRoot, inputRoot compute.Hash) (jobs.Bundle, error)
}

// Cache runs jobs and keeps the traces of the MaxTraces most recently used
// (a trace with every write kept is large). It implements dispute.Traces.
type Cache struct {
	jobs    Jobs
	backend compute.Backend
	log     *slog.Logger
	runs    chan struct{} // semaphore
	mu      sync.Mutex
	traces  map[[2]compute.Hash]*entry
	clock   uint64 // use counter for eviction
}

// MaxTraces is how many finished traces a Cache keeps; an evicted one is
// simply run again when asked for.
const MaxTraces = 16

type entry struct {
	ready   chan struct{}
	tr      *compute.Trace
	err     error
	lastUse uint64
}

// New returns a cache running at most maxRuns jobs at once on backend.
func New(j Jobs, backend compute.Backend, maxRuns int, log *slog.Logger) *Cache {
	if maxRuns <= 0 {
		maxRuns = 1
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Cache{jobs: j, backend: backend, log: log, runs: make(chan struct{}, maxRuns), traces: map[[2]compute.Hash]*entry{}}
}

// Run returns the run of c's job, starting it in the background on first
// request: ok is false until it is done. A failed run is reported once and
// retried on the next request (the data may not be on the L2 yet).
func (c *Cache) Run(ctx context.Context, programRoot, inputRoot compute.Hash) (tr *compute.Trace, ok bool, err error) {
	key := [2]compute.Hash{programRoot, inputRoot}
	c.mu.Lock()
	e, found := c.traces[key]
	if !found {
		e = &entry{ready: make(chan struct{})}
		c.traces[key] = e
		go c.run(context.WithoutCancel(ctx), key, e)
		c.evict()
	}
	c.clock++
	e.lastUse = c.clock
	c.mu.Unlock()
	select {
	case <-e.ready:
	default:
		return nil, false, nil
	}
	if e.err != nil {
		c.mu.Lock()
		if c.traces[key] == e {
			delete(c.traces, key)
		}
		c.mu.Unlock()
		return nil, false, e.err
	}
	return e.tr, true, nil
}

// evict drops the least recently used finished traces beyond MaxTraces.
// Called with c.mu held.
func (c *Cache) evict() {
	for len(c.traces) > MaxTraces {
		var oldest [2]compute.Hash
		var min uint64
		found := false
		for k, e := range c.traces {
			select {
			case <-e.ready:
			default:
				continue // still running
			}
			if !found || e.lastUse < min {
				oldest, min, found = k, e.lastUse, true
			}
		}
		if !found {
			return
		}
		delete(c.traces, oldest)
	}
}

// Trace implements dispute.Traces.
func (c *Cache) Trace(ctx context.Context, cm fraudproof.Commitment) (fraudproof.TraceProvider, bool, error) {
	tr, ok, err := c.Run(ctx, cm.ProgramRoot, cm.InputRoot)
	if !ok || err != nil {
		return nil, ok, err
	}
	return fraudproof.FromTrace(tr), true, nil
}

func (c *Cache) run(ctx context.Context, key [2]compute.Hash, e *entry) {
	defer close(e.ready)
	c.runs <- struct{}{}
	defer func() { <-c.runs }()
	start := time.Now()
	b, err := c.jobs.GetJob(ctx, key[0], key[1])
	if err != nil {
		e.err = fmt.Errorf("fetching job %s/%s: %w", key[0], key[1], err)
		return
	}
	e.tr, err = compute.Run(ctx, c.backend, b.Program, b.Inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		e.err = fmt.Errorf("re-running job %s/%s: %w", key[0], key[1], err)
		return
	}
	c.log.Info("re-executed job", "program", key[0], "steps", e.tr.Steps(), "took", time.Since(start))
}
