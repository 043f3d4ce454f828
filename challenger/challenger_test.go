package challenger_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/crux-rollup/crux/challenger"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

// memJobs is an L2 job store in memory.
type memJobs map[[2]compute.Hash]jobs.Bundle

func (m memJobs) GetJob(_ context.Context, p, i compute.Hash) (jobs.Bundle, error) {
	b, ok := m[[2]compute.Hash{p, i}]
	if !ok {
		return jobs.Bundle{}, fmt.Errorf("no job %s/%s", p, i)
	}
	return b, nil
}

type fixed struct{ tr fraudproof.TraceProvider }

func (f fixed) Trace(context.Context, fraudproof.Commitment) (fraudproof.TraceProvider, bool, error) {
	return f.tr, true, nil
}

type world struct {
	t     *testing.T
	ctx   context.Context
	chain *l1sim.Chain
	addrs deploy.Addresses
	p     deploy.Params
	jobs  memJobs
}

func newWorld(t *testing.T) *world {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	chain := l1sim.New(l1sim.Config{})
	t.Cleanup(func() { chain.Close() })
	p := deploy.DefaultParams()
	a, err := deploy.Deploy(ctx, chain.Client(), chain.Transactor(0), chain.Wait, p)
	if err != nil {
		t.Fatal(err)
	}
	return &world{t: t, ctx: ctx, chain: chain, addrs: a, p: p, jobs: memJobs{}}
}

func (w *world) sender(acct int) *dispute.KeySender {
	return dispute.NewKeySender(w.chain.Client(), w.chain.Transactor(acct), w.chain.Wait)
}

func (w *world) challenger(acct int) *challenger.Service {
	s, err := challenger.New(challenger.Config{L1: w.chain.Client(), Sender: w.sender(acct), DisputeGame: w.addrs.DisputeGame,
		ResultRegistry: w.addrs.ResultRegistry, Jobs: w.jobs, Backend: compute.CPU{Workers: 1}})
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// post runs the job (through lie, if any), stores its bundle on the "L2",
// bonds account acct and posts the commitment; it returns the executor's trace.
func (w *world) post(acct int, seed uint64, lie *cheat.Lie) *compute.Trace {
	p, in := computetest.RandomProgram(seed, 20)
	b, err := jobs.New(p, in)
	if err != nil {
		w.t.Fatal(err)
	}
	pr, ir, _ := b.Roots(1)
	w.jobs[[2]compute.Hash{pr, ir}] = b
	var backend compute.Backend = compute.CPU{Workers: 1}
	if lie != nil {
		backend = cheat.Wrap(backend, *lie)
	}
	tr, err := compute.Run(w.ctx, backend, p, in, compute.RunOptions{KeepWrites: true})
	if err != nil {
		w.t.Fatal(err)
	}
	s := w.sender(acct)
	if _, err := s.Send(w.ctx, w.addrs.ProviderRegistry, bindings.NewProviderRegistry().PackBond(), w.p.MinStake); err != nil {
		w.t.Fatal(err)
	}
	rr := bindings.NewResultRegistry()
	if _, err := s.Send(w.ctx, w.addrs.ResultRegistry, rr.PackPostResult(merkle.Keccak([]byte{byte(seed)}), tr.ProgramRoot, tr.InputRoot(),
		tr.OutputRoot, tr.FinalState(), uint64(tr.Steps())), nil); err != nil {
		w.t.Fatal(err)
	}
	return tr
}

// The challenger leaves an honest commitment alone, disputes a cheating
// one, wins against the cheater's defence across its own restart, and
// withdraws bond plus reward.
func TestChallengerSlashesCheater(t *testing.T) {
	w := newWorld(t)
	w.post(1, 1, nil)
	liar := w.post(2, 2, &cheat.Lie{Kind: cheat.OpOutput, Op: 9})
	defender := dispute.New(w.chain.Client(), w.sender(2), fixed{fraudproof.FromTrace(liar)}, w.addrs.DisputeGame, w.addrs.ResultRegistry)

	before := w.balance(3)
	ch := w.challenger(3)
	var over bool
	for round := 0; round < 200 && !over; round++ {
		if round == 6 {
			ch = w.challenger(3) // restart
		}
		if err := ch.Tick(w.ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		ids, err := defender.GamesOf(w.ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			out, err := defender.Step(w.ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			over = out.Game.Over()
			if over && out.Game.Winner() != fraudproof.Challenger {
				t.Fatalf("winner %s (%s)", out.Game.Winner(), out.Game.Reason)
			}
		}
		time.Sleep(5 * time.Millisecond) // let a re-execution finish
	}
	if !over {
		t.Fatal("no game finished")
	}
	if ids, _ := defender.GamesOf(w.ctx, 1); len(ids) != 0 {
		t.Errorf("the honest result was disputed: games %v", ids)
	}
	if err := ch.Tick(w.ctx); err != nil { // withdraws
		t.Fatal(err)
	}
	if gained := new(big.Int).Sub(w.balance(3), before); gained.Sign() <= 0 {
		t.Errorf("challenger's balance changed by %v: it paid for gas and bond but was not paid", gained)
	}
}

func (w *world) balance(acct int) *big.Int {
	b, err := w.chain.Client().BalanceAt(w.ctx, w.chain.Address(acct), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}
