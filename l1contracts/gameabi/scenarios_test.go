package gameabi_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/l1contracts/gameabi"
)

// Result statuses of IResultRegistry.Status.
const (
	statusPending   = 1
	statusFinalized = 2
	statusRejected  = 3
)

const jobOps = 24 // ops per random job: every op kind, several times

// cheated runs a random job with the executor telling lie (made for the
// program by pick) and returns the scenario.
func cheated(t *testing.T, seed uint64, pick func(*compute.Program) cheat.Lie) scenario {
	t.Helper()
	p, inputs := randomJob(seed)
	lie := pick(p)
	s := scenario{p: p, inputs: inputs, honest: runTrace(t, compute.CPU{Workers: 1}, p, inputs)}
	s.claimed = runTrace(t, cheat.Wrap(compute.CPU{Workers: 1}, lie), p, inputs)
	if s.claimed.FinalState() == s.honest.FinalState() {
		t.Fatalf("lie %v does not change the final state", lie)
	}
	return s
}

func randomJob(seed uint64) (*compute.Program, map[string]compute.Tensor) {
	return computetest.RandomProgram(seed, jobOps)
}

// expectSlashed checks the aftermath of a game the challenger won: the
// result is rejected, the stake is down by the slash amount per lost game,
// and each winning challenger is owed its bond plus its reward.
func (w *world) expectSlashed(c fraudproof.Commitment, stakeBefore *big.Int, games int, winners ...int) {
	w.t.Helper()
	if got := w.status(c.ResultID); got != statusRejected {
		w.t.Errorf("result status %d, want rejected", got)
	}
	slash := new(big.Int).Mul(w.params.SlashAmount, big.NewInt(int64(games)))
	if want := new(big.Int).Sub(stakeBefore, slash); w.stake().Cmp(want) != 0 {
		w.t.Errorf("stake %v after %d lost games, want %v", w.stake(), games, want)
	}
	reward := new(big.Int).Mul(w.params.SlashAmount, big.NewInt(int64(w.params.RewardBps)))
	reward.Div(reward, big.NewInt(10_000))
	want := new(big.Int).Add(w.params.ChallengerBond, reward)
	for _, acct := range winners {
		if got := w.payout(acct); got.Cmp(want) != 0 {
			w.t.Errorf("account %d is owed %v, want bond + reward = %v", acct, got, want)
		}
		before := w.balance(acct)
		r := w.mustSend("withdrawing the payout", acct, w.addrs.DisputeGame, w.game.PackWithdrawPayout(), nil)
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		gained := new(big.Int).Sub(w.balance(acct), before)
		if gained.Add(gained, fee).Cmp(want) != 0 {
			w.t.Errorf("account %d withdrew %v, want %v", acct, gained, want)
		}
	}
}

func (w *world) challengerWins(t *testing.T, s scenario, states fraudproof.TraceProvider) *match {
	t.Helper()
	c := w.post(commitment(t, s.claimed, states))
	stake := w.stake()
	m := w.open(c, player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(s.honest)})
	winner := m.play(
		player{role: fraudproof.Executor, acct: executorAcct, tr: states},
		player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(s.honest)},
	)
	if winner != fraudproof.Challenger {
		t.Fatalf("winner %s (%s), want the challenger", winner, m.reason)
	}
	w.expectSlashed(c, stake, 1, challengerAcct)
	t.Logf("%v", m)
	return m
}

// (a) The executor falsifies the final output.
func TestGameFalseFinalOutput(t *testing.T) {
	w := newWorld(t)
	s := cheated(t, 101, func(p *compute.Program) cheat.Lie {
		l, err := cheat.Default(p, cheat.FinalOutput)
		if err != nil {
			t.Fatal(err)
		}
		return l
	})
	w.challengerWins(t, s, fraudproof.FromTrace(s.claimed))
}

// (b) The executor falsifies one element in one middle step; later steps
// compute on the lie.
func TestGameFalseMiddleStep(t *testing.T) {
	w := newWorld(t)
	s := cheated(t, 102, func(p *compute.Program) cheat.Lie {
		return cheat.Lie{Kind: cheat.OpOutput, Op: len(p.Ops) / 2, Elem: 0}
	})
	w.challengerWins(t, s, fraudproof.FromTrace(s.claimed))
}

// (c) The executor's states change a leaf the op did not write.
func TestGameFalseUnwrittenLeaf(t *testing.T) {
	w := newWorld(t)
	p, inputs := randomJob(103)
	honest := runTrace(t, compute.CPU{Workers: 1}, p, inputs)
	// Slot 1 is an input no op writes (RandomProgram never writes inputs).
	forged := forgedSlot{TraceProvider: fraudproof.FromTrace(honest), After: len(p.Ops) / 3, Slot: 1, Elem: 7}
	s := scenario{p: p, inputs: inputs, honest: honest, claimed: honest}
	m := w.challengerWins(t, s, forged)
	if m.g.Reason == "" {
		t.Error("no reason recorded")
	}
}

// (d) The executor posts a wrong step count: one direct proof disproves it.
func TestDirectProofStepCount(t *testing.T) {
	w := newWorld(t)
	p, inputs := randomJob(104)
	tr := runTrace(t, compute.CPU{Workers: 1}, p, inputs)
	c := commitment(t, tr, fraudproof.FromTrace(tr))
	c.Steps = cheat.WrongSteps(c.Steps)
	c = w.post(c)
	stake := w.stake()
	if _, ok, err := fraudproof.OutputRootProof(c, fraudproof.FromTrace(tr)); ok || err != nil {
		t.Fatalf("an output-root proof against a correct output root: ok=%v err=%v", ok, err)
	}
	proof, ok, err := fraudproof.StepCountProof(c, p)
	if err != nil || !ok {
		t.Fatalf("no step-count proof: ok=%v err=%v", ok, err)
	}
	if err := fraudproof.VerifyDirectProof(c, proof); err != nil {
		t.Fatalf("the engine rejects its own proof: %v", err)
	}
	m := &match{w: w, gas: map[string][]uint64{}}
	m.sendRaw(challengerAcct, proof, nil)
	if got := w.status(c.ResultID); got != statusRejected {
		t.Fatalf("result status %d after the proof, want rejected", got)
	}
	reward := new(big.Int).Mul(w.params.SlashAmount, big.NewInt(int64(w.params.RewardBps)))
	reward.Div(reward, big.NewInt(10_000))
	if got := w.payout(challengerAcct); got.Cmp(reward) != 0 {
		t.Errorf("challenger owed %v, want %v", got, reward)
	}
	if want := new(big.Int).Sub(stake, w.params.SlashAmount); w.stake().Cmp(want) != 0 {
		t.Errorf("stake %v, want %v", w.stake(), want)
	}
	// The same proof again: the result is no longer pending.
	if _, err := w.send(challengerAcct, w.addrs.DisputeGame, mustCalldata(t, proof), nil); err == nil {
		t.Error("a second step-count proof against a rejected result was accepted")
	}
	t.Logf("%v", m)
}

// A wrong output root over correct states: one direct proof.
func TestDirectProofOutputRoot(t *testing.T) {
	w := newWorld(t)
	p, inputs := randomJob(105)
	tr := runTrace(t, compute.CPU{Workers: 1}, p, inputs)
	c := commitment(t, tr, fraudproof.FromTrace(tr))
	c.OutputRoot[0] ^= 1
	c = w.post(c)
	proof, ok, err := fraudproof.OutputRootProof(c, fraudproof.FromTrace(tr))
	if err != nil || !ok {
		t.Fatalf("no output-root proof: ok=%v err=%v", ok, err)
	}
	m := &match{w: w, gas: map[string][]uint64{}}
	m.sendRaw(challengerAcct, proof, nil)
	if got := w.status(c.ResultID); got != statusRejected {
		t.Fatalf("result status %d after the proof, want rejected", got)
	}
	t.Logf("%v", m)
}

func mustCalldata(t *testing.T, m fraudproof.Move) []byte {
	t.Helper()
	data, err := gameabi.Calldata(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// An honest executor defends its result against a lying challenger, keeps
// its stake, is paid part of the challenger's bond, and its result finalizes.
func TestGameHonestExecutorDefends(t *testing.T) {
	w := newWorld(t)
	s := cheated(t, 106, func(p *compute.Program) cheat.Lie {
		return cheat.Lie{Kind: cheat.OpOutput, Op: len(p.Ops) - 3, Elem: 1}
	})
	// The executor ran honestly; the challenger believes the lie.
	c := w.post(commitment(t, s.honest, fraudproof.FromTrace(s.honest)))
	stake := w.stake()
	liar := player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(s.claimed)}
	m := w.open(c, liar)
	winner := m.play(player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(s.honest)}, liar)
	if winner != fraudproof.Executor {
		t.Fatalf("winner %s (%s), want the executor", winner, m.reason)
	}
	if w.stake().Cmp(stake) != 0 {
		t.Errorf("honest executor's stake %v, was %v", w.stake(), stake)
	}
	reward := new(big.Int).Mul(w.params.ChallengerBond, big.NewInt(int64(w.params.RewardBps)))
	reward.Div(reward, big.NewInt(10_000))
	if got := w.payout(executorAcct); got.Cmp(reward) != 0 {
		t.Errorf("executor owed %v, want %v", got, reward)
	}
	w.finalize(c)
	t.Logf("%v", m)
}

// finalize waits out the challenge window and finalizes c.
func (w *world) finalize(c fraudproof.Commitment) {
	w.t.Helper()
	if err := w.chain.AdjustTime(w.params.ChallengeWindow); err != nil {
		w.t.Fatal(err)
	}
	w.mustSend("finalizing", bystanderAcct, w.addrs.ResultRegistry, w.results.PackFinalize(new(big.Int).SetUint64(c.ResultID)), nil)
	if got := w.status(c.ResultID); got != statusFinalized {
		w.t.Fatalf("status %d after finalize, want finalized", got)
	}
}

// A party that stops moving loses on its clock: a cheating executor that goes
// silent, and a lying challenger that does.
func TestGameTimeouts(t *testing.T) {
	t.Run("silent cheater", func(t *testing.T) {
		w := newWorld(t)
		s := cheated(t, 107, func(p *compute.Program) cheat.Lie {
			return cheat.Lie{Kind: cheat.OpOutput, Op: 2, Elem: 0}
		})
		c := w.post(commitment(t, s.claimed, fraudproof.FromTrace(s.claimed)))
		stake := w.stake()
		ch := player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(s.honest)}
		exec := player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(s.claimed)}
		m := w.open(c, ch)
		for range 3 { // it answers a few moves, then stops
			m.step(exec, ch)
		}
		exec.silent = true
		winner := m.play(exec, ch)
		if winner != fraudproof.Challenger || m.gas["timeout"] == nil {
			t.Fatalf("winner %s (%s), want the challenger by timeout", winner, m.reason)
		}
		w.expectSlashed(c, stake, 1, challengerAcct)
	})
	t.Run("silent liar", func(t *testing.T) {
		w := newWorld(t)
		s := cheated(t, 108, func(p *compute.Program) cheat.Lie {
			return cheat.Lie{Kind: cheat.OpOutput, Op: 5, Elem: 0}
		})
		c := w.post(commitment(t, s.honest, fraudproof.FromTrace(s.honest)))
		stake := w.stake()
		liar := player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(s.claimed)}
		exec := player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(s.honest)}
		m := w.open(c, liar)
		for range 2 {
			m.step(exec, liar)
		}
		liar.silent = true
		winner := m.play(exec, liar)
		if winner != fraudproof.Executor || m.gas["timeout"] == nil {
			t.Fatalf("winner %s (%s), want the executor by timeout", winner, m.reason)
		}
		if w.stake().Cmp(stake) != 0 {
			t.Errorf("stake %v, was %v", w.stake(), stake)
		}
		w.finalize(c)
	})
}

// Two challengers against one cheater: two games in parallel on one
// commitment, both won, both paid, the stake slashed twice, and the result
// is rejected (it cannot finalize while a game is open or after one is lost).
func TestGameTwoChallengers(t *testing.T) {
	w := newWorld(t)
	s := cheated(t, 109, func(p *compute.Program) cheat.Lie {
		return cheat.Lie{Kind: cheat.OpOutput, Op: len(p.Ops) / 4, Elem: 2}
	})
	c := w.post(commitment(t, s.claimed, fraudproof.FromTrace(s.claimed)))
	stake := w.stake()
	honest := fraudproof.FromTrace(s.honest)
	exec := player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(s.claimed)}
	ch1 := player{role: fraudproof.Challenger, acct: challengerAcct, tr: honest}
	ch2 := player{role: fraudproof.Challenger, acct: challenger2Acct, tr: honest}
	m1 := w.open(c, ch1)
	m2 := w.open(c, ch2)
	// Interleave: one move of each game at a time, as two challengers
	// racing on one chain would.
	for !m1.g.Over() || !m2.g.Over() {
		m1.step(exec, ch1)
		m2.step(exec, ch2)
	}
	if m1.g.Winner() != fraudproof.Challenger || m2.g.Winner() != fraudproof.Challenger {
		t.Fatalf("winners %s and %s, want both challengers", m1.g.Winner(), m2.g.Winner())
	}
	w.expectSlashed(c, stake, 2, challengerAcct, challenger2Acct)
}

// step makes at most one move in m (nothing once it is over).
func (m *match) step(players ...player) {
	m.w.t.Helper()
	if m.g.Over() {
		return
	}
	for _, p := range players {
		mv, ok, err := fraudproof.NextMove(m.g, p.role, p.tr)
		if err != nil {
			m.w.t.Fatalf("%s: %v", p.role, err)
		}
		if ok {
			m.sendRaw(p.acct, mv, nil)
			m.apply(p.role, mv)
			return
		}
	}
	m.w.t.Fatalf("nobody can move in the %s phase", m.g.Phase)
}

// Random jobs, random lies, both directions: the honest side always wins on
// chain, and after every move the contract's view equals the engine's.
func TestGameRandomLies(t *testing.T) {
	n := 24
	if testing.Short() {
		n = 6
	}
	w := newWorld(t)
	r := rand.New(rand.NewPCG(3, 5))
	worst := &match{}
	for k := 0; k < n; k++ {
		p, inputs := computetest.RandomProgram(uint64(1000+k), 4+r.IntN(40))
		honest := runTrace(t, compute.CPU{Workers: 1}, p, inputs)
		op := r.IntN(len(p.Ops))
		out, _ := honest.Tensor(op+1, p.Ops[op].Out)
		lie := cheat.Lie{Kind: cheat.OpOutput, Op: op, Elem: r.IntN(out.Shape.Elems())}
		liar := runTrace(t, cheat.Wrap(compute.CPU{Workers: 1}, lie), p, inputs)
		if liar.FinalState() == honest.FinalState() {
			continue
		}
		// Even k: a cheating executor; odd k: a lying challenger.
		execTr, chalTr, want := liar, honest, fraudproof.Challenger
		if k%2 == 1 {
			execTr, chalTr, want = honest, liar, fraudproof.Executor
		}
		c := w.post(commitment(t, execTr, fraudproof.FromTrace(execTr)))
		ch := player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(chalTr)}
		m := w.open(c, ch)
		if got := m.play(player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(execTr)}, ch); got != want {
			t.Fatalf("job %d (%d ops, lie %v): winner %s (%s), want %s", k, len(p.Ops), lie, got, m.reason, want)
		}
		if m.totalGas() > worst.totalGas() {
			worst = m
		}
	}
	t.Logf("most expensive game: %v", worst)
}
