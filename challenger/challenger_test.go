package challenger_test

import (
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
	"github.com/crux-rollup/crux/internal/l1test"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// world is a simulated L1 with the contracts, and the "L2"'s job store.
type world struct {
	*l1test.Chain
	t    *testing.T
	jobs l1test.Jobs
}

func newWorld(t *testing.T) *world {
	return &world{Chain: l1test.NewChain(t), t: t, jobs: l1test.Jobs{}}
}

func (w *world) challenger(acct int) *challenger.Service {
	s, err := challenger.New(challenger.Config{L1: w.Client(), Sender: w.Sender(acct), DisputeGame: w.Addrs.DisputeGame,
		ResultRegistry: w.Addrs.ResultRegistry, Jobs: w.jobs, Backend: compute.CPU{Workers: 1}})
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
	w.jobs.Add(b)
	var backend compute.Backend = compute.CPU{Workers: 1}
	if lie != nil {
		backend = cheat.Wrap(backend, *lie)
	}
	tr, err := compute.Run(w.Ctx, backend, p, in, compute.RunOptions{KeepWrites: true})
	if err != nil {
		w.t.Fatal(err)
	}
	s := w.Sender(acct)
	if _, err := s.Send(w.Ctx, w.Addrs.ProviderRegistry, bindings.NewProviderRegistry().PackBond(), w.Params.MinStake); err != nil {
		w.t.Fatal(err)
	}
	rr := bindings.NewResultRegistry()
	if _, err := s.Send(w.Ctx, w.Addrs.ResultRegistry, rr.PackPostResult(merkle.Keccak([]byte{byte(seed)}), tr.ProgramRoot, tr.InputRoot(),
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
	defender := dispute.New(w.Client(), w.Sender(2), l1test.Fixed{TR: fraudproof.FromTrace(liar)}, w.Addrs.DisputeGame, w.Addrs.ResultRegistry)

	before := w.balance(3)
	ch := w.challenger(3)
	var over bool
	for round := 0; round < 200 && !over; round++ {
		if round == 6 {
			ch = w.challenger(3) // restart
		}
		if err := ch.Tick(w.Ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		ids, err := defender.GamesOf(w.Ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			out, err := defender.Step(w.Ctx, id)
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
	if ids, _ := defender.GamesOf(w.Ctx, 1); len(ids) != 0 {
		t.Errorf("the honest result was disputed: games %v", ids)
	}
	if err := ch.Tick(w.Ctx); err != nil { // withdraws
		t.Fatal(err)
	}
	if gained := new(big.Int).Sub(w.balance(3), before); gained.Sign() <= 0 {
		t.Errorf("challenger's balance changed by %v: it paid for gas and bond but was not paid", gained)
	}
}

func (w *world) balance(acct int) *big.Int {
	b, err := w.Client().BalanceAt(w.Ctx, w.Address(acct), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}
