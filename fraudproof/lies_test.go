package fraudproof

import (
	"math/rand/v2"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/fraudproof/cheat"
)

// lieCase makes a cheating trace from an honest run; ok is false when the
// program offers no place for this lie.
type lieCase struct {
	name string
	make func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool)
	// final is the move that ends the game; cannotMove says the cheater
	// finds no legal move on its turn (and times out).
	final      string
	cannotMove bool
}

// lastWrites lists the ops whose output slot no later op writes, so a change
// there survives to S_n.
func lastWrites(p *compute.Program) []int {
	var ks []int
	for k, op := range p.Ops {
		if cheat.LastWrite(p, op.Out) == k {
			ks = append(ks, k)
		}
	}
	return ks
}

func pickOp(r *rand.Rand, ks []int, ok func(int) bool) (int, bool) {
	var c []int
	for _, k := range ks {
		if ok(k) {
			c = append(c, k)
		}
	}
	if len(c) == 0 {
		return 0, false
	}
	return c[r.IntN(len(c))], true
}

func outBytes(p *compute.Program, k int) int { return p.Slots[p.Ops[k].Out].Bytes() }

func finalState(tr TraceProvider) Hash {
	s, _ := tr.StateRoot(tr.Steps())
	return s
}

// opOutputLie: (a) element e of op k's output, later ops computing on it.
func opOutputLie(t testing.TB, h *compute.Trace, k, e int) TraceProvider {
	return lieTrace(t, h, cheat.Lie{Kind: cheat.OpOutput, Op: k, Elem: e})
}

// unwrittenLie picks an Unwritten lie whose change reaches S_n: op i and a
// slot s that op i does not write but a later op reads before s is written
// again. Not every such change shows in that op's output (a relu of a
// negative, an argmax that keeps its winner), so it tries a few.
func unwrittenLie(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
	p := h.Program
	type cand struct{ op, slot int }
	var cs []cand
	for i := range p.Ops {
		seen := map[int]bool{}
		for _, op := range p.Ops[i+1:] {
			for _, s := range op.In {
				if s != p.Ops[i].Out && !seen[s] {
					cs = append(cs, cand{i, s})
				}
				seen[s] = true
			}
			seen[op.Out] = true // written again: later reads see the new value
		}
	}
	for try := 0; try < 6 && len(cs) > 0; try++ {
		c := cs[r.IntN(len(cs))]
		lie := cheat.Lie{Kind: cheat.Unwritten, Op: c.op, Slot: c.slot, Elem: r.IntN(p.Slots[c.slot].Shape.Elems())}
		if tr := lieTrace(t, h, lie); finalState(tr) != h.FinalState() {
			return tr, true
		}
	}
	return nil, false
}

// cheatUnwrittenAt: S_k also changes slot s, which op k-1 does not write: a
// state-level lie no backend produces through compute.Run (which hashes only
// the written slot), and which the cheater cannot defend in the write phase.
func cheatUnwrittenAt(t testing.TB, r *rand.Rand, h *compute.Trace, k, s int) TraceProvider {
	m := newMemTrace(t, h)
	x := m.mem[k][s]
	x = compute.Tensor{DType: x.DType, Shape: x.Shape, Data: append([]byte(nil), x.Data...)}
	x.Data[r.IntN(len(x.Data))] ^= 0x11
	m.set(t, k, s, x)
	return m
}

// cheatPaddingAt: op k's output gets nonzero bytes past the tensor in its
// last chunk.
func cheatPaddingAt(t testing.TB, r *rand.Rand, h *compute.Trace, k int) TraceProvider {
	m := newMemTrace(t, h)
	s := h.Program.Ops[k].Out
	x := m.mem[k+1][s]
	room := compute.ChunkSize - len(x.Data)%compute.ChunkSize
	pad := make([]byte, 1+r.IntN(room))
	pad[len(pad)-1] = 1 + byte(r.IntN(255))
	m.set(t, k+1, s, compute.Tensor{DType: x.DType, Shape: x.Shape, Data: append(append([]byte(nil), x.Data...), pad...)})
	return m
}

// cheatBeyondAt: op k's output gets a nonzero chunk just past its chunk
// count (inside the tree's 2^d leaves).
func cheatBeyondAt(t testing.TB, r *rand.Rand, h *compute.Trace, k int) TraceProvider {
	m := newMemTrace(t, h)
	s := h.Program.Ops[k].Out
	x := m.mem[k+1][s]
	n := (len(x.Data) + compute.ChunkSize - 1) / compute.ChunkSize
	data := make([]byte, (n+1)*compute.ChunkSize)
	copy(data, x.Data)
	data[n*compute.ChunkSize+r.IntN(compute.ChunkSize)] = 0x80
	m.set(t, k+1, s, compute.Tensor{DType: x.DType, Shape: x.Shape, Data: data})
	return m
}

func chunksOf(p *compute.Program, k int) int {
	return (outBytes(p, k) + compute.ChunkSize - 1) / compute.ChunkSize
}

// lies are the ways a trace can be wrong, each placed at random: the three
// backend lies of package cheat, and three state-level lies no run through
// compute.Run produces (a faulty or malicious trace builder could).
func lies() []lieCase {
	return []lieCase{
		{
			// (a) one element of an op's output, later ops computing on it;
			// at an op whose slot no later op writes, so S_n changes.
			name: "op-output", final: "proveElement",
			make: func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
				p := h.Program
				k, _ := pickOp(r, lastWrites(p), func(int) bool { return true })
				return opOutputLie(t, h, k, r.IntN(p.Slots[p.Ops[k].Out].Shape.Elems())), true
			},
		},
		{
			// (b) a slot op i does not write changed in memory after op i:
			// caught at the first later op whose output it changed.
			name: "unwritten", final: "proveElement",
			make: unwrittenLie,
		},
		{
			// (c) one element of a final output only.
			name: "final-output", final: "proveElement",
			make: func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
				p := h.Program
				var outs []int
				for _, s := range p.Outputs() {
					if cheat.LastWrite(p, s) >= 0 {
						outs = append(outs, s)
					}
				}
				if len(outs) == 0 {
					return nil, false
				}
				s := outs[r.IntN(len(outs))]
				return lieTrace(t, h, cheat.Lie{Kind: cheat.FinalOutput, Slot: s, Elem: r.IntN(p.Slots[s].Shape.Elems())}), true
			},
		},
		{
			// S_k also changes an input slot step k does not write.
			name: "unwritten-state", final: "timeout", cannotMove: true,
			make: func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
				ins := h.Program.Inputs()
				return cheatUnwrittenAt(t, r, h, 1+r.IntN(len(h.Program.Ops)), ins[r.IntN(len(ins))]), true
			},
		},
		{
			// Nonzero padding past the tensor in its last chunk.
			name: "padding", final: "proveElement",
			make: func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
				p := h.Program
				k, ok := pickOp(r, lastWrites(p), func(k int) bool { return outBytes(p, k)%compute.ChunkSize != 0 })
				if !ok {
					return nil, false
				}
				return cheatPaddingAt(t, r, h, k), true
			},
		},
		{
			// A nonzero chunk beyond the tensor's chunk count.
			name: "beyond-chunks", final: "resolveLeaf",
			make: func(t testing.TB, r *rand.Rand, h *compute.Trace) (TraceProvider, bool) {
				p := h.Program
				k, ok := pickOp(r, lastWrites(p), func(k int) bool { n := chunksOf(p, k); return n&(n-1) != 0 })
				if !ok {
					return nil, false
				}
				return cheatBeyondAt(t, r, h, k), true
			},
		},
	}
}

// inputsOf recovers a trace's named inputs.
func inputsOf(t testing.TB, h *compute.Trace) map[string]compute.Tensor {
	in := map[string]compute.Tensor{}
	for _, s := range h.Program.Inputs() {
		x, err := h.Tensor(0, s)
		if err != nil {
			t.Fatal(err)
		}
		in[h.Program.Slots[s].Name] = x
	}
	return in
}

// maxWriteDepth is the deepest chunk tree of any slot an op writes: the d of
// docs/dispute.md section 4.
func maxWriteDepth(p *compute.Program) uint8 {
	var d uint8
	for _, op := range p.Ops {
		s := p.Slots[op.Out]
		dd, _ := chunkGeometry(s.DType, s.Shape)
		d = max(d, dd)
	}
	return d
}

// checkOutcome asserts who won, how, and the move bound.
func checkOutcome(t testing.TB, res outcome, p *compute.Program, winner Role, lc lieCase) {
	t.Helper()
	checkWinner(t, res, p, winner)
	last := res.history[len(res.history)-1].move.Name()
	if last != lc.final {
		t.Errorf("%s: game ended with %s (%s), want %s", lc.name, last, res.game.Reason, lc.final)
	}
	if cm := res.cannotMove[winner.Other()]; cm != lc.cannotMove {
		t.Errorf("%s: cheater reported ErrCannotMove: %v, want %v", lc.name, cm, lc.cannotMove)
	}
}

// checkWinner asserts who won, that the winner always had a move, and the
// move bound.
func checkWinner(t testing.TB, res outcome, p *compute.Program, winner Role) {
	t.Helper()
	g := res.game
	if g.Winner() != winner {
		t.Fatalf("%s won (%s), want %s", g.Winner(), g.Reason, winner)
	}
	if res.cannotMove[winner] {
		t.Errorf("the honest %s found no move", winner)
	}
	n := uint64(len(p.Ops))
	if b := MaxMoves(n, g.ChunkDepth); res.moves > b {
		t.Errorf("%d moves, bound for n=%d d=%d is %d", res.moves, n, g.ChunkDepth, b)
	}
	if b := MaxMoves(n, maxWriteDepth(p)); res.moves > b {
		t.Errorf("%d moves, bound for n=%d and the deepest written slot is %d", res.moves, n, b)
	}
}
