package fraudproof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
)

// elementCase is one Element call built from an honest trace.
type elementCase struct {
	StateRoot Hash
	NSlots    uint64
	Record    []byte
	OutDType  uint8
	OutShape  Shape
	E         uint64
	Inputs    []InputWitness
	Want      int64 // the element in the trace's S_{i+1}
	Op        compute.Op
	SlotRoots []Hash // of S_i
}

func (c elementCase) call() (int64, error) {
	return Element(c.StateRoot, c.NSlots, c.Record, c.OutDType, c.OutShape, c.E, c.Inputs)
}

// newElementCase builds the witness of element e of op i from the trace.
func newElementCase(t testing.TB, tr TraceProvider, i, e int) elementCase {
	t.Helper()
	p := tr.Program()
	op := p.Ops[i]
	ws, err := ElementWitness(tr, uint64(i), uint64(e))
	if err != nil {
		t.Fatalf("op %d element %d: %v", i, e, err)
	}
	s0, _ := tr.StateRoot(i)
	out, err := tr.Tensor(i+1, op.Out)
	if err != nil {
		t.Fatal(err)
	}
	rec := op.Record()
	roots, err := tr.SlotRoots(i)
	if err != nil {
		t.Fatal(err)
	}
	return elementCase{SlotRoots: roots,
		StateRoot: s0, NSlots: uint64(len(p.Slots)), Record: rec[:],
		OutDType: uint8(out.DType), OutShape: ShapeOf(out.Shape), E: uint64(e),
		Inputs: ws, Want: elemAt(out.DType, out.Data, e), Op: op,
	}
}

// sampleElements picks elements of op i's output: all of a small output,
// else the first, the last and some at random.
func sampleElements(r *rand.Rand, n, k int) []int {
	if n <= k {
		es := make([]int, n)
		for e := range es {
			es[e] = e
		}
		return es
	}
	es := []int{0, n - 1}
	for len(es) < k {
		es = append(es, r.IntN(n))
	}
	return es
}

// TestElementMatchesTrace: for random elements of every op of random
// programs, Element accepts the honest witness and returns the value the
// reference interpreter wrote.
func TestElementMatchesTrace(t *testing.T) {
	t.Parallel()
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			p, inputs := computetest.RandomProgram(seed, 40)
			tr := FromTrace(run(t, p, inputs, nil))
			r := rand.New(rand.NewPCG(seed, 9))
			seen := map[compute.Opcode]int{}
			for i, op := range p.Ops {
				for _, e := range sampleElements(r, p.Slots[op.Out].Shape.Elems(), 12) {
					c := newElementCase(t, tr, i, e)
					got, err := c.call()
					if err != nil {
						t.Fatalf("op %d (%s) element %d: %v", i, op.Code, e, err)
					}
					if got != c.Want {
						t.Fatalf("op %d (%s) element %d: Element = %d, the trace has %d", i, op.Code, e, got, c.Want)
					}
					seen[op.Code]++
				}
			}
			if len(seen) != 10 {
				t.Fatalf("only ops %v covered", seen)
			}
		})
	}
}

// cloneInputs deep-copies witnesses so a test can tamper with one.
func cloneInputs(in []InputWitness) []InputWitness {
	out := make([]InputWitness, len(in))
	for k, w := range in {
		out[k].Slot = w.Slot
		out[k].Slot.Siblings = slices.Clone(w.Slot.Siblings)
		for _, c := range w.Chunks {
			out[k].Chunks = append(out[k].Chunks, ChunkWitness{Index: c.Index, Data: slices.Clone(c.Data), Siblings: slices.Clone(c.Siblings)})
		}
	}
	return out
}

// tamper is one change to an Element call and the error it must cause; a
// nil want means KernelVerifier accepts the change too (it does not read
// that field) and the value must stay the same, or be 0 when zero is set
// (an element past the output is padding).
type tamper struct {
	name string
	want error
	f    func(c *elementCase)
	zero bool
}

// tampers lists every field of a case that can be changed: each change must
// be rejected with the error naming it.
func tampers(c elementCase) []tamper {
	ts := []tamper{
		{name: "stateRoot", want: ErrBadSlotWitness, f: func(c *elementCase) { c.StateRoot[7] ^= 1 }},
		{name: "nSlots zero", want: ErrBadSlotWitness, f: func(c *elementCase) { c.NSlots = 0 }},
		{name: "nSlots too many", want: ErrBadSlotWitness, f: func(c *elementCase) { c.NSlots = compute.MaxSlots + 1 }},
		{name: "nSlots depth", want: ErrBadSlotWitness, f: func(c *elementCase) { c.NSlots = 2*c.NSlots + 1 }},
		{name: "record short", want: ErrBadRecord, f: func(c *elementCase) { c.Record = c.Record[:63] }},
		{name: "record long", want: ErrBadRecord, f: func(c *elementCase) { c.Record = append(c.Record, 0) }},
		{name: "record opcode 0", want: ErrUnknownOpcode, f: func(c *elementCase) { c.Record[0] = 0 }},
		{name: "record opcode 11", want: ErrUnknownOpcode, f: func(c *elementCase) { c.Record[0] = 11 }},
		{name: "record reserved", want: ErrBadRecord, f: func(c *elementCase) { c.Record[1] = 1 }},
		{name: "record out", f: func(c *elementCase) { c.Record[2] = 0xff }},
		{name: "record unused param 13", f: func(c *elementCase) { c.Record[63] ^= 1 }},
		{name: "record in0", want: ErrBadSlotWitness, f: func(c *elementCase) { c.Record[4] = 0xff }},
		{name: "outDType", want: ErrBadOutType, f: func(c *elementCase) { c.OutDType = 3 }},
		{name: "outDType swapped", want: ErrOpType, f: func(c *elementCase) { c.OutDType = 3 - c.OutDType }},
		{name: "outRank", want: ErrBadOutType, f: func(c *elementCase) { c.OutShape.Rank = 5 }},
		{name: "outDims beyond rank", want: ErrBadOutType, f: func(c *elementCase) { c.OutShape.Dims[3] = 1; c.OutShape.Rank = min(c.OutShape.Rank, 3) }},
		{name: "outDims zero", want: ErrBadOutType, f: func(c *elementCase) { c.OutShape.Rank = 1; c.OutShape.Dims = [4]uint32{} }},
		{name: "outDims huge", want: ErrBadOutType, f: func(c *elementCase) { c.OutShape.Rank = 1; c.OutShape.Dims = [4]uint32{1 << 31} }},
		// Past the output, the value is padding: nothing else is checked.
		{name: "e out of range", zero: true, f: func(c *elementCase) { c.E = 1 << 40; c.Inputs[0].Slot.Siblings = nil }},
		{name: "e one past", zero: true, f: func(c *elementCase) {
			_, sh, _ := tensorType(c.OutDType, c.OutShape)
			c.E = uint64(sh.Elems())
			c.StateRoot = Hash{}
		}},
		{name: "no inputs", want: ErrInputCount, f: func(c *elementCase) { c.Inputs = nil }},
		{name: "extra input", want: ErrInputCount, f: func(c *elementCase) { c.Inputs = append(c.Inputs, c.Inputs[0]) }},
	}
	if c.Op.Code != compute.OpReshape && c.Op.Code != compute.OpSlice {
		// Their output shape is free within the input's; others fix it.
		ts = append(ts, tamper{name: "outDims", want: ErrOpType, f: func(c *elementCase) {
			c.OutShape.Rank, c.OutShape.Dims = 4, [4]uint32{1, 1, 1, 1<<20 + 3}
		}})
	}
	if arity(c.Op.Code) == 1 {
		ts = append(ts, tamper{name: "record unused in1", f: func(c *elementCase) { c.Record[7] = 1 }})
	}
	if c.Op.Code == compute.OpRequant {
		ts = append(ts,
			tamper{name: "requant multiplier 0", want: ErrOpType, f: func(c *elementCase) { binary.BigEndian.PutUint32(c.Record[8:], 0) }},
			tamper{name: "requant shift 63", want: ErrOpType, f: func(c *elementCase) { binary.BigEndian.PutUint32(c.Record[12:], 63) }},
			// Parameters are checked after x's chunks, as in KernelVerifier.
			tamper{name: "requant multiplier 0 and chunk", want: ErrBadChunks, f: func(c *elementCase) {
				binary.BigEndian.PutUint32(c.Record[8:], 0)
				c.Inputs[0].Chunks[0].Data[0] ^= 1
			}},
		)
	}
	for k, w := range c.Inputs {
		ts = append(ts,
			tamper{name: fmt.Sprintf("in%d dtype", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.DType = 3 - c.Inputs[k].Slot.DType }},
			tamper{name: fmt.Sprintf("in%d bad dtype", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.DType = 0 }},
			tamper{name: fmt.Sprintf("in%d rank", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.Rank++ }},
			tamper{name: fmt.Sprintf("in%d dims", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.Dims[0] += 1 }},
			tamper{name: fmt.Sprintf("in%d dataRoot", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.DataRoot[0] ^= 1 }},
			tamper{name: fmt.Sprintf("in%d extra sibling", k), want: ErrBadSlotWitness, f: func(c *elementCase) {
				c.Inputs[k].Slot.Siblings = append(c.Inputs[k].Slot.Siblings, Hash{})
			}},
		)
		// Another slot index for operand k: rejected unless that slot happens
		// to hold the same slot root (then the witness is true for it too).
		if other := (c.Op.In[k] + 1) % int(c.NSlots); c.SlotRoots[other] != c.SlotRoots[c.Op.In[k]] {
			ts = append(ts, tamper{name: fmt.Sprintf("in%d record slot", k), want: ErrBadSlotWitness, f: func(c *elementCase) {
				binary.BigEndian.PutUint16(c.Record[4+2*k:], uint16(other))
			}})
		}
		if w.Slot.Rank < 4 {
			ts = append(ts, tamper{name: fmt.Sprintf("in%d dim beyond rank", k), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.Dims[3] = 1 }})
		}
		for j := range w.Slot.Siblings {
			ts = append(ts, tamper{name: fmt.Sprintf("in%d sibling %d", k, j), want: ErrBadSlotWitness, f: func(c *elementCase) { c.Inputs[k].Slot.Siblings[j][31] ^= 1 }})
		}
		ts = append(ts,
			tamper{name: fmt.Sprintf("in%d extra chunk", k), want: ErrBadChunks, f: func(c *elementCase) {
				ch := c.Inputs[k].Chunks
				next := ChunkWitness{Index: 0, Data: make([]byte, compute.ChunkSize)}
				if len(ch) > 0 {
					next.Index, next.Siblings = ch[len(ch)-1].Index+1, ch[len(ch)-1].Siblings
				}
				c.Inputs[k].Chunks = append(ch, next)
			}},
		)
		for n := range w.Chunks {
			ts = append(ts,
				tamper{name: fmt.Sprintf("in%d chunk %d dropped", k, n), want: ErrBadChunks, f: func(c *elementCase) {
					c.Inputs[k].Chunks = slices.Delete(c.Inputs[k].Chunks, n, n+1)
				}},
				tamper{name: fmt.Sprintf("in%d chunk %d index", k, n), want: ErrBadChunks, f: func(c *elementCase) { c.Inputs[k].Chunks[n].Index ^= 1 }},
				tamper{name: fmt.Sprintf("in%d chunk %d index high", k, n), want: ErrBadChunks, f: func(c *elementCase) { c.Inputs[k].Chunks[n].Index += 1 << 63 }},
				tamper{name: fmt.Sprintf("in%d chunk %d data", k, n), want: ErrBadChunks, f: func(c *elementCase) { c.Inputs[k].Chunks[n].Data[1023] ^= 0x80 }},
				tamper{name: fmt.Sprintf("in%d chunk %d short", k, n), want: ErrBadChunks, f: func(c *elementCase) {
					c.Inputs[k].Chunks[n].Data = c.Inputs[k].Chunks[n].Data[:1000]
				}},
				tamper{name: fmt.Sprintf("in%d chunk %d extra sibling", k, n), want: ErrBadChunks, f: func(c *elementCase) {
					c.Inputs[k].Chunks[n].Siblings = append(c.Inputs[k].Chunks[n].Siblings, Hash{})
				}},
			)
			for j := range w.Chunks[n].Siblings {
				ts = append(ts, tamper{name: fmt.Sprintf("in%d chunk %d sibling %d", k, n, j), want: ErrBadChunks, f: func(c *elementCase) {
					c.Inputs[k].Chunks[n].Siblings[j][0] ^= 4
				}})
			}
		}
	}
	return ts
}

// TestElementRejectsTampering: any change to any field of an honest witness
// is rejected, with the error naming the field (and the input and chunk).
func TestElementRejectsTampering(t *testing.T) {
	t.Parallel()
	p, inputs := computetest.RandomProgram(11, 60)
	tr := FromTrace(run(t, p, inputs, nil))
	r := rand.New(rand.NewPCG(11, 1))
	checked := 0
	for i, op := range p.Ops {
		for _, e := range sampleElements(r, p.Slots[op.Out].Shape.Elems(), 2) {
			base := newElementCase(t, tr, i, e)
			for _, tm := range tampers(base) {
				c := base
				c.Record = slices.Clone(base.Record)
				c.Inputs = cloneInputs(base.Inputs)
				tm.f(&c)
				got, err := c.call()
				if tm.want == nil {
					want := base.Want
					if tm.zero {
						want = 0
					}
					if err != nil || got != want {
						t.Fatalf("op %d (%s) element %d, changed %s: %d, %v; want %d", i, op.Code, e, tm.name, got, err, want)
					}
					continue
				}
				if !errors.Is(err, tm.want) {
					t.Fatalf("op %d (%s) element %d, tampered %s: error %v, want %v", i, op.Code, e, tm.name, err, tm.want)
				}
				var we *WitnessError
				if errors.As(err, &we) && tm.name[:2] == "in" && fmt.Sprintf("in%d", we.Input) != tm.name[:3] {
					t.Fatalf("tampered %s: error names input %d", tm.name, we.Input)
				}
				checked++
			}
			// The untouched case still passes: tampering never leaked.
			if got, err := base.call(); err != nil || got != base.Want {
				t.Fatalf("op %d element %d after tampering: %d, %v", i, e, got, err)
			}
		}
	}
	t.Logf("%d tampered calls rejected", checked)
}

// TestElementConcatOtherInput: the concat operand an element does not read
// carries its slot witness and no chunk.
func TestElementConcatOtherInput(t *testing.T) {
	t.Parallel()
	p, inputs := computetest.RandomProgram(11, 60)
	tr := FromTrace(run(t, p, inputs, nil))
	for i, op := range p.Ops {
		if op.Code != compute.OpConcat {
			continue
		}
		n := p.Slots[op.Out].Shape.Elems()
		fromX, fromY := 0, 0
		for e := 0; e < n; e += max(1, n/50) {
			c := newElementCase(t, tr, i, e)
			if len(c.Inputs[0].Chunks) == 0 {
				fromY++
			} else if len(c.Inputs[1].Chunks) == 0 {
				fromX++
			} else {
				t.Fatalf("concat element %d reads both operands", e)
			}
		}
		if fromX == 0 || fromY == 0 {
			t.Errorf("op %d: elements from x %d, from y %d", i, fromX, fromY)
		}
		return
	}
	t.Fatal("no concat in the program")
}
