// Package l1test holds what the role packages' tests share: a simulated L1
// with the contracts deployed, an in-memory store of job bundles, and a
// dispute.Traces that always answers with one trace. Test code only.
package l1test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

// Chain is a simulated L1 (mined by hand: every Wait mines a block) with the
// crux contracts deployed from account 0 with deploy.DefaultParams.
type Chain struct {
	*l1sim.Chain
	Ctx    context.Context
	Addrs  deploy.Addresses
	Params deploy.Params
}

// NewChain starts one for t (closed when t ends).
func NewChain(t testing.TB) *Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	c := l1sim.New(l1sim.Config{})
	t.Cleanup(func() { c.Close() })
	p := deploy.DefaultParams()
	a, err := deploy.Deploy(ctx, c.Client(), c.Transactor(0), c.Wait, p)
	if err != nil {
		t.Fatalf("deploying the contracts: %v", err)
	}
	return &Chain{Chain: c, Ctx: ctx, Addrs: a, Params: p}
}

// Sender is account acct's sender on the chain.
func (c *Chain) Sender(acct int) *dispute.KeySender {
	return dispute.NewKeySender(c.Client(), c.Transactor(acct), c.Wait)
}

// Jobs is an in-memory job store (what the L2's crux_getJob serves).
type Jobs map[[2]compute.Hash]jobs.Bundle

// Add stores b under its roots and returns them.
func (m Jobs) Add(b jobs.Bundle) (programRoot, inputRoot compute.Hash) {
	pr, ir, err := b.Roots(1)
	if err != nil {
		panic(err)
	}
	m[[2]compute.Hash{pr, ir}] = b
	return pr, ir
}

// GetJob returns the bundle with the given roots.
func (m Jobs) GetJob(_ context.Context, p, i compute.Hash) (jobs.Bundle, error) {
	b, ok := m[[2]compute.Hash{p, i}]
	if !ok {
		return jobs.Bundle{}, fmt.Errorf("no job %s/%s", p, i)
	}
	return b, nil
}

// Fixed is a dispute.Traces that answers every commitment with TR (none
// when TR is nil).
type Fixed struct{ TR fraudproof.TraceProvider }

// Trace implements dispute.Traces.
func (f Fixed) Trace(context.Context, fraudproof.Commitment) (fraudproof.TraceProvider, bool, error) {
	return f.TR, f.TR != nil, nil
}
