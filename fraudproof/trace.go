package fraudproof

import (
	"fmt"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// TraceProvider is what a player knows of its own run of a program: every
// state root S_k, the slot roots of every S_k and the contents of every slot
// in every S_k. An executor's provider is its run; a challenger's is its
// re-run. A provider that lies (a cheater, or a faulty node) is just another
// provider: the game decides who is right.
//
// States are indexed k = 0..Steps(). Tensor returns the bytes committed to
// under the slot's data root: exactly the tensor's bytes for a correct run;
// bytes past them, if any, are committed as they are (see ChunkTree).
type TraceProvider interface {
	Program() *compute.Program
	Steps() int
	StateRoot(k int) (Hash, error)
	SlotRoots(k int) ([]Hash, error)
	Tensor(k, s int) (compute.Tensor, error)
}

// FromTrace adapts a compute trace. The trace must have been recorded with
// compute.RunOptions.KeepWrites, or Tensor fails for written slots.
func FromTrace(t *compute.Trace) TraceProvider { return traceAdapter{t} }

type traceAdapter struct{ t *compute.Trace }

func (a traceAdapter) Program() *compute.Program { return a.t.Program }
func (a traceAdapter) Steps() int                { return a.t.Steps() }

func (a traceAdapter) StateRoot(k int) (Hash, error) {
	if k < 0 || k >= len(a.t.States) {
		return Hash{}, fmt.Errorf("state %d out of range [0,%d]", k, a.t.Steps())
	}
	return a.t.States[k], nil
}

func (a traceAdapter) SlotRoots(k int) ([]Hash, error)         { return a.t.SlotRoots(k) }
func (a traceAdapter) Tensor(k, s int) (compute.Tensor, error) { return a.t.Tensor(k, s) }

// stateRoot is S_k with k checked against the provider's steps.
func stateRoot(tr TraceProvider, k uint64) (Hash, error) {
	if k > uint64(tr.Steps()) {
		return Hash{}, fmt.Errorf("state %d beyond the trace's %d steps", k, tr.Steps())
	}
	return tr.StateRoot(int(k))
}

// Dissection returns the provider's dissection of [a, b]: its roots at the
// points p_1..p_{P-1} (none when b - a < 2).
func Dissection(tr TraceProvider, a, b uint64) ([]Hash, error) {
	pts := Points(a, b)
	if len(pts) < 3 {
		return nil, nil
	}
	d := make([]Hash, 0, len(pts)-2)
	for _, p := range pts[1 : len(pts)-1] {
		r, err := stateRoot(tr, p)
		if err != nil {
			return nil, fmt.Errorf("dissection of [%d,%d]: %w", a, b, err)
		}
		d = append(d, r)
	}
	return d, nil
}

// SlotChunkTree is the chunk tree of slot s in S_k.
func SlotChunkTree(tr TraceProvider, k, s int) (*ChunkTree, error) {
	t, err := tr.Tensor(k, s)
	if err != nil {
		return nil, fmt.Errorf("slot %d of state %d: %w", s, k, err)
	}
	ct, err := NewChunkTree(t)
	if err != nil {
		return nil, fmt.Errorf("slot %d of state %d: %w", s, k, err)
	}
	return ct, nil
}

// slotWitness is the witness of slot s in S_k: its type and data root from
// the tensor, its siblings from the slot roots. It checks the provider's
// slot root and state root against what it rebuilt.
func slotWitness(tr TraceProvider, k, s int) (SlotWitness, *ChunkTree, error) {
	roots, err := tr.SlotRoots(k)
	if err != nil {
		return SlotWitness{}, nil, fmt.Errorf("slot roots of state %d: %w", k, err)
	}
	if s < 0 || s >= len(roots) {
		return SlotWitness{}, nil, fmt.Errorf("slot %d out of range [0,%d)", s, len(roots))
	}
	ct, err := SlotChunkTree(tr, k, s)
	if err != nil {
		return SlotWitness{}, nil, err
	}
	if r := compute.SlotRoot(ct.dtype, ct.shape, ct.Root()); r != roots[s] {
		return SlotWitness{}, nil, fmt.Errorf("slot %d of state %d: tensor hashes to %s, the trace's slot root is %s", s, k, r, roots[s])
	}
	tree := merkle.NewTree(roots, merkle.HashZeros())
	if sr, err := tr.StateRoot(k); err != nil || sr != tree.Root() {
		return SlotWitness{}, nil, fmt.Errorf("state %d: slot roots hash to %s, the trace's state root is %s (%v)", k, tree.Root(), sr, err)
	}
	sh := ShapeOf(ct.shape)
	return SlotWitness{DType: uint8(ct.dtype), Rank: sh.Rank, Dims: sh.Dims, DataRoot: ct.Root(), Siblings: tree.Proof(s)}, ct, nil
}

// WriteReveal builds the provider's revealWrite for op i (GameID left 0): the
// op proof, the S_i witness of the op's output slot, the slot's new data root
// in S_{i+1} and its descendants. It fails when the provider's S_{i+1} is not
// S_i with only that slot replaced by a tensor of the same type; the game
// would reject such a reveal (ErrBadWrite), so the provider cannot move.
func WriteReveal(tr TraceProvider, i uint64) (RevealWrite, error) {
	p := tr.Program()
	if i >= uint64(len(p.Ops)) || i >= uint64(tr.Steps()) {
		return RevealWrite{}, fmt.Errorf("op %d out of range [0,%d)", i, min(len(p.Ops), tr.Steps()))
	}
	pr, err := p.OpProof(int(i))
	if err != nil {
		return RevealWrite{}, err
	}
	out := p.Ops[i].Out
	w, _, err := slotWitness(tr, int(i), out)
	if err != nil {
		return RevealWrite{}, fmt.Errorf("S_%d witness of slot %d: %w", i, out, err)
	}
	ct, err := SlotChunkTree(tr, int(i)+1, out)
	if err != nil {
		return RevealWrite{}, err
	}
	if ShapeOf(ct.shape) != (Shape{w.Rank, w.Dims}) || uint8(ct.dtype) != w.DType {
		return RevealWrite{}, fmt.Errorf("%w: step %d writes %s%v into slot %d of type %s%v", ErrCannotMove, i+1, ct.dtype, ct.shape, out, compute.DType(w.DType), Shape{w.Rank, w.Dims})
	}
	next, err := stateRoot(tr, i+1)
	if err != nil {
		return RevealWrite{}, err
	}
	if got := merkle.RootFromProof(compute.SlotRoot(ct.dtype, ct.shape, ct.Root()), uint64(out), w.Siblings); got != next {
		return RevealWrite{}, fmt.Errorf("%w: S_%d is not S_%d with only slot %d replaced", ErrCannotMove, i+1, i, out)
	}
	return RevealWrite{
		Op: OpProof{
			Record:      pr.Record[:],
			Header:      pr.Header[:],
			SlotsHash:   pr.SlotsHash,
			OutputsHash: pr.OutputsHash,
			Siblings:    pr.Siblings,
		},
		Out:      w,
		DataRoot: ct.Root(),
		Desc:     ct.Descendants(0, 0),
	}, nil
}

// ElementWitness builds the inputs of proveElement for flat output element e
// of op i: per operand, its S_i slot witness and exactly the chunks holding
// the elements e reads (Element documents which).
func ElementWitness(tr TraceProvider, i, e uint64) ([]InputWitness, error) {
	p := tr.Program()
	if i >= uint64(len(p.Ops)) {
		return nil, fmt.Errorf("op %d out of range [0,%d)", i, len(p.Ops))
	}
	op := p.Ops[i]
	decl := p.Slots[op.Out]
	if e >= uint64(decl.Shape.Elems()) {
		return nil, fmt.Errorf("element %d of %d: %w", e, decl.Shape.Elems(), ErrElementRange)
	}
	ws := make([]InputWitness, len(op.In))
	trees := make([]*ChunkTree, len(op.In))
	in := make([]ttype, len(op.In))
	for k, s := range op.In {
		w, ct, err := slotWitness(tr, int(i), s)
		if err != nil {
			return nil, fmt.Errorf("op %d input %d: %w", i, k, err)
		}
		ws[k].Slot, trees[k], in[k] = w, ct, ttype{ct.dtype, ct.shape}
	}
	out := ttype{decl.DType, decl.Shape}
	if err := typeCheck(op, in, out); err != nil {
		return nil, fmt.Errorf("op %d on the trace's input types: %w", i, err)
	}
	for k, sp := range reads(op, in, out, int(e)) {
		lo, hi := sp.chunks(in[k].dt.Size())
		if lo == hi {
			continue
		}
		for n, sib := range trees[k].proofs(lo, hi) {
			c := lo + uint64(n)
			ws[k].Chunks = append(ws[k].Chunks, ChunkWitness{Index: c, Data: trees[k].Chunk(c), Siblings: sib})
		}
	}
	return ws, nil
}
