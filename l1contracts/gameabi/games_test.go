package gameabi_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/gameabi"
)

// player is one side of a game: an account and the trace it believes.
type player struct {
	role   fraudproof.Role
	acct   int
	tr     fraudproof.TraceProvider
	silent bool // stops moving (to lose on its clock)
}

// match is one game on the simulated L1, refereed in Go: every move is sent
// to DisputeGame, applied to the engine's Game, and the contract's view must
// equal the engine's after each one.
type match struct {
	w      *world
	g      fraudproof.Game
	gas    map[string][]uint64 // tx gas by move name
	txs    int                 // L1 transactions of the dispute (open to resolution)
	reason string
}

// scenario is a job: a program, its inputs, and the traces of both sides.
type scenario struct {
	p       *compute.Program
	inputs  map[string]compute.Tensor
	honest  *compute.Trace
	claimed *compute.Trace // what the executor ran (== honest unless it cheats)
}

func runTrace(t testing.TB, b compute.Backend, p *compute.Program, inputs map[string]compute.Tensor) *compute.Trace {
	t.Helper()
	tr, err := compute.Run(context.Background(), b, p, inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatalf("running the job: %v", err)
	}
	return tr
}

// commitment is what an executor whose run is tr and whose states are
// states (tr's own, or forged ones) posts.
func commitment(t testing.TB, tr *compute.Trace, states fraudproof.TraceProvider) fraudproof.Commitment {
	final, err := states.StateRoot(states.Steps())
	if err != nil {
		t.Fatal(err)
	}
	return fraudproof.Commitment{
		JobID:       merkle.Keccak([]byte("job"), tr.ProgramRoot[:]),
		ProgramRoot: tr.ProgramRoot,
		InputRoot:   tr.InputRoot(),
		OutputRoot:  tr.OutputRoot,
		FinalState:  final,
		Steps:       uint64(states.Steps()),
	}
}

// forgedSlot is an executor's trace that claims slot Slot changed (element
// Elem corrupted) right after op After, though op After does not write it:
// every later state root carries the forged slot. Cheat (c) of the issue:
// a leaf the op did not write.
type forgedSlot struct {
	fraudproof.TraceProvider
	After, Slot, Elem int
}

func (f forgedSlot) Tensor(k, s int) (compute.Tensor, error) {
	t, err := f.TraceProvider.Tensor(k, s)
	if err != nil || k <= f.After || s != f.Slot {
		return t, err
	}
	return cheat.Corrupt(t, f.Elem), nil
}

func (f forgedSlot) SlotRoots(k int) ([]fraudproof.Hash, error) {
	roots, err := f.TraceProvider.SlotRoots(k)
	if err != nil || k <= f.After {
		return roots, err
	}
	t, err := f.Tensor(k, f.Slot)
	if err != nil {
		return nil, err
	}
	roots = slices.Clone(roots)
	roots[f.Slot] = t.Root(1)
	return roots, nil
}

func (f forgedSlot) StateRoot(k int) (fraudproof.Hash, error) {
	if k <= f.After {
		return f.TraceProvider.StateRoot(k)
	}
	roots, err := f.SlotRoots(k)
	if err != nil {
		return fraudproof.Hash{}, err
	}
	return merkle.Root(roots, merkle.HashZeros()), nil
}

// bond tops the executor's stake up to the minimum (after slashes).
func (w *world) bond() {
	missing := new(big.Int).Sub(w.params.MinStake, w.stake())
	if missing.Sign() <= 0 {
		return
	}
	w.mustSend("bonding", executorAcct, w.addrs.ProviderRegistry, w.providers.PackBond(), missing)
}

func (w *world) stake() *big.Int {
	out := w.mustCall("stakeOf", w.addrs.ProviderRegistry, w.providers.PackStakeOf(w.chain.Address(executorAcct)))
	s, err := w.providers.UnpackStakeOf(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// post bonds the executor and posts c, returning c with its result id.
func (w *world) post(c fraudproof.Commitment) fraudproof.Commitment {
	w.bond()
	r := w.mustSend("posting the result", executorAcct, w.addrs.ResultRegistry,
		w.results.PackPostResult(c.JobID, c.ProgramRoot, c.InputRoot, c.OutputRoot, c.FinalState, c.Steps), nil)
	for _, l := range r.Logs {
		if ev, err := w.results.UnpackResultPostedEvent(l); err == nil {
			c.ResultID = ev.ResultId.Uint64()
			return c
		}
	}
	w.t.Fatal("no ResultPosted event")
	return c
}

func (w *world) status(resultID uint64) uint8 {
	out := w.mustCall("statusOf", w.addrs.ResultRegistry, w.results.PackStatusOf(new(big.Int).SetUint64(resultID)))
	s, err := w.results.UnpackStatusOf(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) payout(acct int) *big.Int {
	out := w.mustCall("payouts", w.addrs.DisputeGame, w.game.PackPayouts(w.chain.Address(acct)))
	p, err := w.game.UnpackPayouts(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) view(id uint64) bindings.IDisputeGameGameView {
	out := w.mustCall("games", w.addrs.DisputeGame, w.game.PackGames(new(big.Int).SetUint64(id)))
	v, err := w.game.UnpackGames(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// open starts a game for challenger ch against c.
func (w *world) open(c fraudproof.Commitment, ch player) *match {
	w.t.Helper()
	o, ok, err := fraudproof.OpenMove(c, ch.tr)
	if err != nil || !ok {
		w.t.Fatalf("challenger has no opening against result %d: ok=%v err=%v", c.ResultID, ok, err)
	}
	m := &match{w: w, gas: map[string][]uint64{}}
	r := m.sendRaw(ch.acct, o, w.params.ChallengerBond)
	for _, l := range r.Logs {
		if ev, err := w.game.UnpackGameOpenedEvent(l); err == nil {
			m.g = fraudproof.NewGame(ev.GameId.Uint64(), c)
		}
	}
	if m.g.ID == 0 {
		w.t.Fatal("no GameOpened event")
	}
	m.apply(fraudproof.Challenger, o)
	return m
}

// sendRaw sends a move and records its gas.
func (m *match) sendRaw(acct int, mv fraudproof.Move, value *big.Int) *types.Receipt {
	m.w.t.Helper()
	data, err := gameabi.Calldata(mv)
	if err != nil {
		m.w.t.Fatalf("packing %s: %v", mv.Name(), err)
	}
	back, err := gameabi.Decode(data)
	if err != nil || back.Name() != mv.Name() {
		m.w.t.Fatalf("calldata of %s does not decode back: %v", mv.Name(), err)
	}
	r := m.w.mustSend(mv.Name(), acct, m.w.addrs.DisputeGame, data, value)
	m.gas[mv.Name()] = append(m.gas[mv.Name()], r.GasUsed)
	m.txs++
	return r
}

func (m *match) apply(by fraudproof.Role, mv fraudproof.Move) {
	m.w.t.Helper()
	if err := m.g.Apply(by, mv); err != nil {
		m.w.t.Fatalf("the contract accepted %s but the engine rejects it: %v", mv.Name(), err)
	}
	if err := gameabi.CheckView(m.g, m.w.view(m.g.ID)); err != nil {
		m.w.t.Fatalf("after %s: %v", mv.Name(), err)
	}
}

// play runs the game to its end: each side moves per fraudproof.NextMove;
// when the side to move does not (silent or stuck), a bystander lets its
// clock run out and sends timeout.
func (m *match) play(players ...player) fraudproof.Role {
	m.w.t.Helper()
	for steps := 0; !m.g.Over(); steps++ {
		if steps > 200 {
			m.w.t.Fatal("game does not end")
		}
		moved := false
		for _, p := range players {
			if p.silent {
				continue
			}
			mv, ok, err := fraudproof.NextMove(m.g, p.role, p.tr)
			if err != nil && !errors.Is(err, fraudproof.ErrCannotMove) {
				m.w.t.Fatalf("%s: %v", p.role, err)
			}
			if !ok {
				continue
			}
			m.sendRaw(p.acct, mv, nil)
			m.apply(p.role, mv)
			moved = true
			break
		}
		if !moved {
			if err := m.w.chain.AdjustTime(m.w.params.ClockDuration + time.Second); err != nil {
				m.w.t.Fatal(err)
			}
			mv := fraudproof.Timeout{GameID: m.g.ID}
			m.sendRaw(bystanderAcct, mv, nil)
			m.apply(fraudproof.NoRole, mv)
		}
	}
	m.reason = m.g.Reason
	return m.g.Winner()
}

func (m *match) totalGas() (sum uint64) {
	for _, g := range m.gas {
		for _, x := range g {
			sum += x
		}
	}
	return sum
}

func (m *match) String() string {
	names := make([]string, 0, len(m.gas))
	for n := range m.gas {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%s=%v ", n, m.gas[n])
	}
	return fmt.Sprintf("%d txs, %d gas (%s), %s", m.txs, m.totalGas(), strings.TrimSpace(b.String()), m.reason)
}
