package gameabi_test

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/l1contracts/gameabi"
)

// elementQuery is one KernelVerifier.element call.
type elementQuery struct {
	root     fraudproof.Hash
	nSlots   uint64
	record   []byte
	outDType uint8
	out      fraudproof.Shape
	e        uint64
	inputs   []fraudproof.InputWitness
}

func (q elementQuery) goValue() (int64, error) {
	return fraudproof.Element(q.root, q.nSlots, q.record, q.outDType, q.out, q.e, q.inputs)
}

func (w *world) chainValue(q elementQuery) (int64, error) {
	data, err := gameabi.ElementCalldata(q.root, q.nSlots, q.record, q.outDType, q.out, q.e, q.inputs)
	if err != nil {
		return 0, err
	}
	out, err := w.call(w.addrs.KernelVerifier, data)
	if err != nil {
		return 0, err
	}
	v, err := w.verifier.UnpackElement(out)
	if err != nil {
		return 0, err
	}
	if !v.IsInt64() {
		w.t.Fatalf("KernelVerifier returned %v, beyond int64", v)
	}
	return v.Int64(), nil
}

// elementAt reads flat element e of t as the contract returns it.
func elementAt(t compute.Tensor, e int) int64 {
	if t.DType == compute.Int8 {
		return int64(int8(t.Data[e]))
	}
	return int64(int32(binary.LittleEndian.Uint32(t.Data[4*e:])))
}

// TestKernelVerifierMatchesGo is the differential test of the one-step
// verifier: for random programs of every op kind, random output elements of
// random ops are computed three ways (the trace's S_{i+1}, the Go Element
// verifier, KernelVerifier.element on the simulated EVM) and must agree; a
// tampered witness must be rejected by both verifiers.
func TestKernelVerifierMatchesGo(t *testing.T) {
	w := newWorld(t)
	const want = 1000
	r := rand.New(rand.NewPCG(7, 11))
	cases, tampered := 0, 0
	perOp := map[compute.Opcode]int{}
	for seed := uint64(1); cases < want; seed++ {
		p, inputs := computetest.RandomProgram(seed, 12)
		trace, err := compute.Run(context.Background(), compute.CPU{Workers: 1}, p, inputs, compute.RunOptions{KeepWrites: true})
		if err != nil {
			t.Fatalf("seed %d: running: %v", seed, err)
		}
		tr := fraudproof.FromTrace(trace)
		for i, op := range p.Ops {
			out, err := trace.Tensor(i+1, op.Out)
			if err != nil {
				t.Fatal(err)
			}
			root, err := tr.StateRoot(i)
			if err != nil {
				t.Fatal(err)
			}
			rec := op.Record()
			n := out.Shape.Elems()
			for _, e := range []int{0, n - 1, r.IntN(n)} {
				ws, err := fraudproof.ElementWitness(tr, uint64(i), uint64(e))
				if err != nil {
					t.Fatalf("seed %d op %d element %d: witness: %v", seed, i, e, err)
				}
				q := elementQuery{root, uint64(len(p.Slots)), rec[:], uint8(out.DType), fraudproof.ShapeOf(out.Shape), uint64(e), ws}
				truth := elementAt(out, e)
				goV, err := q.goValue()
				if err != nil {
					t.Fatalf("seed %d op %d (%v) element %d: Go verifier: %v", seed, i, op.Code, e, err)
				}
				chainV, err := w.chainValue(q)
				if err != nil {
					t.Fatalf("seed %d op %d (%v) element %d: KernelVerifier: %v", seed, i, op.Code, e, err)
				}
				if goV != truth || chainV != truth {
					t.Fatalf("seed %d op %d (%v) element %d: trace %d, Go %d, KernelVerifier %d", seed, i, op.Code, e, truth, goV, chainV)
				}
				cases++
				perOp[op.Code]++
				if bad, ok := tamper(r, q); ok {
					tampered++
					if v, err := bad.goValue(); err == nil {
						t.Fatalf("seed %d op %d element %d: Go verifier accepted a tampered witness (value %d)", seed, i, e, v)
					}
					if v, err := w.chainValue(bad); err == nil {
						t.Fatalf("seed %d op %d element %d: KernelVerifier accepted a tampered witness (value %d)", seed, i, e, v)
					}
				}
			}
		}
	}
	for _, code := range []compute.Opcode{compute.OpMatMul, compute.OpAdd, compute.OpRequant, compute.OpReLU, compute.OpLUT,
		compute.OpArgMax, compute.OpReshape, compute.OpTranspose, compute.OpSlice, compute.OpConcat} {
		if perOp[code] < 20 {
			t.Errorf("only %d cases of %v", perOp[code], code)
		}
	}
	t.Logf("%d elements agree (%v); %d tampered witnesses rejected by both", cases, perOp, tampered)
}

// tamper changes one thing a verifier must check: a byte of an input chunk,
// a chunk sibling, a slot's data root or type, the state root, or the op
// record's opcode. Changes that cannot matter (none exist among these: each
// is bound by a hash) are not made.
func tamper(r *rand.Rand, q elementQuery) (elementQuery, bool) {
	bad := q
	bad.inputs = cloneInputs(q.inputs)
	bad.record = slices.Clone(q.record)
	var withChunks []int
	for k, in := range bad.inputs {
		if len(in.Chunks) > 0 {
			withChunks = append(withChunks, k)
		}
	}
	switch kind := r.IntN(5); {
	case kind == 0 && len(withChunks) > 0:
		in := &bad.inputs[withChunks[r.IntN(len(withChunks))]]
		c := &in.Chunks[r.IntN(len(in.Chunks))]
		c.Data[r.IntN(len(c.Data))] ^= byte(1 + r.IntN(255))
	case kind == 1 && len(withChunks) > 0:
		in := &bad.inputs[withChunks[r.IntN(len(withChunks))]]
		c := &in.Chunks[r.IntN(len(in.Chunks))]
		if len(c.Siblings) == 0 {
			return q, false
		}
		c.Siblings[r.IntN(len(c.Siblings))][0] ^= 1
	case kind == 2 && len(bad.inputs) > 0:
		bad.inputs[r.IntN(len(bad.inputs))].Slot.DataRoot[5] ^= 0x80
	case kind == 3 && len(bad.inputs) > 0:
		s := &bad.inputs[r.IntN(len(bad.inputs))].Slot
		s.DType = 3 - s.DType // int8 <-> int32 (1 <-> 2)
	default:
		bad.root[31] ^= 1
	}
	return bad, true
}

func cloneInputs(in []fraudproof.InputWitness) []fraudproof.InputWitness {
	out := make([]fraudproof.InputWitness, len(in))
	for k, w := range in {
		out[k] = w
		out[k].Slot.Siblings = slices.Clone(w.Slot.Siblings)
		out[k].Chunks = make([]fraudproof.ChunkWitness, len(w.Chunks))
		for j, c := range w.Chunks {
			out[k].Chunks[j] = fraudproof.ChunkWitness{Index: c.Index, Data: slices.Clone(c.Data), Siblings: slices.Clone(c.Siblings)}
		}
	}
	return out
}
