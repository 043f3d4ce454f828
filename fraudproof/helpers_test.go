package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/fraudproof/cheat"
)

// run executes p on the CPU backend (or b) keeping every write.
func run(t testing.TB, p *compute.Program, inputs map[string]compute.Tensor, b compute.Backend) *compute.Trace {
	t.Helper()
	if b == nil {
		b = compute.CPU{Workers: 1}
	}
	tr, err := compute.Run(context.Background(), b, p, inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return tr
}

// lieTrace runs p (with the inputs of honest trace h) through the cheat
// backend telling lie: the trace a cheater using that backend commits to.
func lieTrace(t testing.TB, h *compute.Trace, lie cheat.Lie) TraceProvider {
	t.Helper()
	return FromTrace(run(t, h.Program, inputsOf(t, h), cheat.Wrap(compute.CPU{Workers: 1}, lie)))
}

// memTrace is a TraceProvider over explicit memories, so tests can make
// traces no correct run produces: a slot changed that the op did not write,
// nonzero padding, chunks beyond the tensor.
type memTrace struct {
	prog   *compute.Program
	mem    [][]compute.Tensor // mem[k][s]: slot s in S_k
	roots  [][]Hash
	states []Hash
}

func newMemTrace(t testing.TB, tr *compute.Trace) *memTrace {
	t.Helper()
	n := tr.Steps()
	m := &memTrace{prog: tr.Program, mem: make([][]compute.Tensor, n+1), roots: make([][]Hash, n+1), states: append([]Hash(nil), tr.States...)}
	for k := 0; k <= n; k++ {
		m.mem[k] = make([]compute.Tensor, len(tr.Program.Slots))
		for s := range m.mem[k] {
			x, err := tr.Tensor(k, s)
			if err != nil {
				t.Fatal(err)
			}
			m.mem[k][s] = x
		}
		r, err := tr.SlotRoots(k)
		if err != nil {
			t.Fatal(err)
		}
		m.roots[k] = r
	}
	return m
}

// set replaces slot s by x in states from..n, until the next op writing s.
func (m *memTrace) set(t testing.TB, from, s int, x compute.Tensor) {
	t.Helper()
	ct, err := NewChunkTree(x)
	if err != nil {
		t.Fatal(err)
	}
	root := compute.SlotRoot(x.DType, x.Shape, ct.Root())
	for k := from; k < len(m.mem); k++ {
		if k > from && m.prog.Ops[k-1].Out == s {
			break
		}
		m.mem[k] = append([]compute.Tensor(nil), m.mem[k]...)
		m.mem[k][s] = x
		m.roots[k] = append([]Hash(nil), m.roots[k]...)
		m.roots[k][s] = root
		m.states[k] = merkle.Root(m.roots[k], merkle.HashZeros())
	}
}

func (m *memTrace) Program() *compute.Program { return m.prog }
func (m *memTrace) Steps() int                { return len(m.mem) - 1 }
func (m *memTrace) StateRoot(k int) (Hash, error) {
	if k < 0 || k >= len(m.states) {
		return Hash{}, fmt.Errorf("state %d out of range", k)
	}
	return m.states[k], nil
}
func (m *memTrace) SlotRoots(k int) ([]Hash, error) {
	if k < 0 || k >= len(m.roots) {
		return nil, fmt.Errorf("state %d out of range", k)
	}
	return append([]Hash(nil), m.roots[k]...), nil
}
func (m *memTrace) Tensor(k, s int) (compute.Tensor, error) {
	if k < 0 || k >= len(m.mem) || s < 0 || s >= len(m.mem[k]) {
		return compute.Tensor{}, fmt.Errorf("slot %d of state %d out of range", s, k)
	}
	return m.mem[k][s], nil
}

// commit is the commitment a provider posts for its own trace.
func commit(t testing.TB, tr TraceProvider) Commitment {
	t.Helper()
	n := tr.Steps()
	roots, err := tr.SlotRoots(n)
	if err != nil {
		t.Fatal(err)
	}
	var out []Hash
	for _, s := range tr.Program().Outputs() {
		out = append(out, roots[s])
	}
	s0, _ := tr.StateRoot(0)
	sn, _ := tr.StateRoot(n)
	return Commitment{
		ResultID:    42,
		ProgramRoot: tr.Program().Root(),
		InputRoot:   s0,
		OutputRoot:  merkle.Root(out, merkle.HashZeros()),
		FinalState:  sn,
		Steps:       uint64(n),
	}
}

// outcome is how a refereed game ended.
type outcome struct {
	game       Game
	moves      int // transactions, the final one included
	byName     map[string]int
	cannotMove map[Role]bool // the solver reported ErrCannotMove on the side's turn
	history    []step
}

// step is one position of a game and the move made from it.
type step struct {
	before Game
	sender Role
	move   Move
}

// play referees a whole game with Apply: the challenger opens from its trace,
// then each side moves by NextMove; a side with no move on its turn loses on
// its clock (Timeout). It fails the test on any solver error other than
// ErrCannotMove and on any move Apply rejects.
func play(t testing.TB, c Commitment, exec, chal TraceProvider) outcome {
	t.Helper()
	return playWith(t, c, exec, chal, nil)
}

// playWith is play where strategy, if set, may replace any move NextMove
// proposes (an adversary that plays other legal moves than the honest ones).
func playWith(t testing.TB, c Commitment, exec, chal TraceProvider, strategy func(g Game, r Role, m Move) Move) outcome {
	t.Helper()
	open, ok, err := OpenMove(c, chal)
	if err != nil || !ok {
		t.Fatalf("OpenMove: ok %v, err %v", ok, err)
	}
	g := NewGame(7, c)
	res := outcome{byName: map[string]int{}, cannotMove: map[Role]bool{}}
	apply := func(sender Role, m Move) {
		t.Helper()
		res.history = append(res.history, step{before: g, sender: sender, move: m})
		if err := g.Apply(sender, m); err != nil {
			t.Fatalf("move %d (%s) rejected: %v", res.moves+1, m.Name(), err)
		}
		res.moves++
		res.byName[m.Name()]++
	}
	apply(Challenger, open)
	trOf := map[Role]TraceProvider{Executor: exec, Challenger: chal}
	for !g.Over() {
		if res.moves > 100 {
			t.Fatalf("game did not end after %d moves", res.moves)
		}
		moved := false
		for _, r := range []Role{g.Turn, g.Turn.Other()} {
			m, ok, err := NextMove(g, r, trOf[r])
			if err != nil {
				if r == g.Turn && errors.Is(err, ErrCannotMove) {
					res.cannotMove[r] = true
					continue
				}
				t.Fatalf("NextMove(%s) in the %s phase: %v", r, g.Phase, err)
			}
			if ok {
				if strategy != nil {
					m = strategy(g, r, m)
				}
				apply(r, m)
				moved = true
				break
			}
		}
		if !moved {
			apply(NoRole, Timeout{GameID: g.ID})
		}
	}
	res.game = g
	return res
}
