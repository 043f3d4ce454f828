package dispute_test

import (
	"context"
	"testing"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/internal/l1test"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

type env struct {
	*l1test.Chain
	t *testing.T
}

func newEnv(t *testing.T) *env { return &env{Chain: l1test.NewChain(t), t: t} }

func (e *env) player(acct int, tr fraudproof.TraceProvider) *dispute.Player {
	return dispute.New(e.Client(), e.Sender(acct), l1test.Fixed{TR: tr}, e.Addrs.DisputeGame, e.Addrs.ResultRegistry)
}

// post bonds account acct and posts the commitment of trace tr (with steps
// overridden when non-zero), returning its result id.
func (e *env) post(acct int, tr *compute.Trace, steps uint64) fraudproof.Commitment {
	s := e.Sender(acct)
	pr := bindings.NewProviderRegistry()
	if _, err := s.Send(e.Ctx, e.Addrs.ProviderRegistry, pr.PackBond(), e.Params.MinStake); err != nil {
		e.t.Fatal(err)
	}
	c := fraudproof.Commitment{JobID: merkle.Keccak([]byte("job")), ProgramRoot: tr.ProgramRoot, InputRoot: tr.InputRoot(),
		OutputRoot: tr.OutputRoot, FinalState: tr.FinalState(), Steps: uint64(tr.Steps())}
	if steps != 0 {
		c.Steps = steps
	}
	rr := bindings.NewResultRegistry()
	r, err := s.Send(e.Ctx, e.Addrs.ResultRegistry, rr.PackPostResult(c.JobID, c.ProgramRoot, c.InputRoot, c.OutputRoot, c.FinalState, c.Steps), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if ev, err := rr.UnpackResultPostedEvent(l); err == nil {
			c.ResultID = ev.ResultId.Uint64()
		}
	}
	return c
}

func run(t *testing.T, b compute.Backend, p *compute.Program, in map[string]compute.Tensor) *compute.Trace {
	tr, err := compute.Run(context.Background(), b, p, in, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// A cheating executor and an honest challenger, each a Player that knows
// nothing but the chain and its own trace, play to the end; midway both
// are replaced by fresh Players (a restart), which pick the game up from
// the chain. The challenger wins and withdraws bond plus reward.
func TestPlayersFinishAGameAcrossRestarts(t *testing.T) {
	e := newEnv(t)
	p, in := computetest.RandomProgram(77, 30)
	honest := run(t, compute.CPU{Workers: 1}, p, in)
	liar := run(t, cheat.Wrap(compute.CPU{Workers: 1}, cheat.Lie{Kind: cheat.OpOutput, Op: 17}), p, in)
	c := e.post(1, liar, 0)

	exec, chal := e.player(1, fraudproof.FromTrace(liar)), e.player(2, fraudproof.FromTrace(honest))
	did, id, err := chal.Challenge(e.Ctx, c, fraudproof.FromTrace(honest))
	if err != nil || did != "open" || id == 0 {
		t.Fatalf("challenge: %q game %d: %v", did, id, err)
	}
	if ids, err := exec.GamesOf(e.Ctx, c.ResultID); err != nil || len(ids) != 1 || ids[0] != id {
		t.Fatalf("games of result %d: %v %v", c.ResultID, ids, err)
	}
	moves := 0
	for round := 0; ; round++ {
		if round == 3 { // restart both
			exec, chal = e.player(1, fraudproof.FromTrace(liar)), e.player(2, fraudproof.FromTrace(honest))
		}
		if round > 100 {
			t.Fatal("game does not end")
		}
		var g fraudproof.Game
		for _, pl := range []*dispute.Player{exec, chal} {
			out, err := pl.Step(e.Ctx, id)
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			if out.Moved != "" {
				moves++
			}
			g = out.Game
		}
		if g.Over() {
			if g.Winner() != fraudproof.Challenger {
				t.Fatalf("winner %s (%s)", g.Winner(), g.Reason)
			}
			break
		}
	}
	// A bystander sees the same game.
	g, role, err := e.player(4, nil).Sync(e.Ctx, id)
	if err != nil || role != fraudproof.NoRole || g.Winner() != fraudproof.Challenger {
		t.Fatalf("bystander sync: winner %s role %s err %v", g.Winner(), role, err)
	}
	owed, err := chal.WithdrawPayout(e.Ctx)
	if err != nil || owed.Cmp(e.Params.ChallengerBond) <= 0 {
		t.Fatalf("challenger withdrew %v (bond %v): %v", owed, e.Params.ChallengerBond, err)
	}
	if again, err := chal.WithdrawPayout(e.Ctx); err != nil || again.Sign() != 0 {
		t.Fatalf("second withdrawal: %v %v", again, err)
	}
	t.Logf("%d moves, challenger withdrew %v wei", moves, owed)
}

// When the opponent stops moving, the player claims the game by timeout once
// its clock has run out, and not before.
func TestPlayerClaimsTimeout(t *testing.T) {
	e := newEnv(t)
	p, in := computetest.RandomProgram(78, 20)
	honest := run(t, compute.CPU{Workers: 1}, p, in)
	liar := run(t, cheat.Wrap(compute.CPU{Workers: 1}, cheat.Lie{Kind: cheat.OpOutput, Op: 5}), p, in)
	c := e.post(1, honest, 0)
	// The lying challenger opens, then goes silent.
	liarPlayer := e.player(2, fraudproof.FromTrace(liar))
	_, id, err := liarPlayer.Challenge(e.Ctx, c, fraudproof.FromTrace(liar))
	if err != nil {
		t.Fatal(err)
	}
	exec := e.player(1, fraudproof.FromTrace(honest))
	if out, err := exec.Step(e.Ctx, id); err != nil || out.Moved != "bisect" {
		t.Fatalf("executor's answer: %q %v", out.Moved, err)
	}
	if out, err := exec.Step(e.Ctx, id); err != nil || out.Moved != "" {
		t.Fatalf("executor moved %q before the liar's clock ran out (%v)", out.Moved, err)
	}
	if err := e.AdjustTime(e.Params.ClockDuration + time.Second); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Step(e.Ctx, id)
	if err != nil || out.Moved != "timeout" || out.Game.Winner() != fraudproof.Executor {
		t.Fatalf("after the clock: moved %q winner %s: %v", out.Moved, out.Game.Winner(), err)
	}
}

// Challenge picks the direct proof for a wrong step count.
func TestChallengeWrongSteps(t *testing.T) {
	e := newEnv(t)
	p, in := computetest.RandomProgram(79, 12)
	honest := run(t, compute.CPU{Workers: 1}, p, in)
	c := e.post(1, honest, cheat.WrongSteps(uint64(honest.Steps())))
	did, _, err := e.player(2, nil).Challenge(e.Ctx, c, fraudproof.FromTrace(honest))
	if err != nil || did != "proveStepCount" {
		t.Fatalf("challenge: %q %v", did, err)
	}
	// An honest commitment is left alone.
	c2 := e.post(3, honest, 0)
	if did, _, err := e.player(2, nil).Challenge(e.Ctx, c2, fraudproof.FromTrace(honest)); err != nil || did != "" {
		t.Fatalf("challenged an honest result: %q %v", did, err)
	}
}
