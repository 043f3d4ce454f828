package compute

import (
	"bytes"
	"context"
	"reflect"
	"runtime"
	"testing"

	"github.com/crux-rollup/crux/compute/merkle"
)

func mustRun(t *testing.T, b Backend, p *Program, in map[string]Tensor, opt RunOptions) *Trace {
	t.Helper()
	tr, err := Run(context.Background(), b, p, in, opt)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return tr
}

func sameTrace(t *testing.T, a, b *Trace) {
	t.Helper()
	if !reflect.DeepEqual(a.States, b.States) {
		for k := range a.States {
			if a.States[k] != b.States[k] {
				t.Fatalf("state %d differs: %s vs %s", k, a.States[k], b.States[k])
			}
		}
		t.Fatalf("state counts differ: %d vs %d", len(a.States), len(b.States))
	}
	if a.OutputRoot != b.OutputRoot || a.ProgramRoot != b.ProgramRoot {
		t.Fatalf("output or program root differs")
	}
	for i := range a.Outputs {
		if !bytes.Equal(a.Outputs[i].Tensor.Data, b.Outputs[i].Tensor.Data) {
			t.Fatalf("output %q differs", a.Outputs[i].Name)
		}
	}
}

// Random programs give identical roots on one thread and on many.
func TestRandomProgramsThreadIndependent(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		p, in := randomProgram(seed, 30)
		prev := runtime.GOMAXPROCS(1)
		one := mustRun(t, CPU{Workers: 1}, p, in, RunOptions{})
		runtime.GOMAXPROCS(prev)
		many := mustRun(t, CPU{Workers: 0}, p, in, RunOptions{})
		sameTrace(t, one, many)
	}
}

// Tensors above the parallel grains (elements and chunks), so that the
// parallel split really happens, give the same bits with 1 and 7 workers.
func TestLargeTensorsThreadIndependent(t *testing.T) {
	x := NewTensor(Int8, Shape{300, 517})
	w := NewTensor(Int8, Shape{301, 517})
	for i := range x.Data {
		x.Data[i] = byte(i*7 + i>>9)
	}
	for i := range w.Data {
		w.Data[i] = byte(i*13 + 5)
	}
	in := map[string]Tensor{"x": x, "w": w}
	p := &Program{
		Slots: []Slot{
			{Name: "x", DType: Int8, Shape: Shape{300, 517}, Input: true},
			{Name: "w", DType: Int8, Shape: Shape{301, 517}, Input: true},
			{Name: "h", DType: Int32, Shape: Shape{300, 301}},
			{Name: "q", DType: Int8, Shape: Shape{300, 301}},
			{Name: "t", DType: Int8, Shape: Shape{301, 300}},
			{Name: "a", DType: Int32, Shape: Shape{300}, Output: true},
		},
		Ops: []Op{
			{Code: OpMatMul, Out: 2, In: []int{0, 1}},
			{Code: OpAdd, Out: 2, In: []int{2, 2}},
			{Code: OpRequant, Out: 3, In: []int{2}, Params: [NumParams]int32{1 << 30, 40, 3, -100, 120}},
			{Code: OpTranspose, Out: 4, In: []int{3}, Params: [NumParams]int32{1, 0}},
			{Code: OpReLU, Out: 2, In: []int{2}},
			{Code: OpArgMax, Out: 5, In: []int{3}},
		},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	one := mustRun(t, CPU{Workers: 1}, p, in, RunOptions{})
	many := mustRun(t, CPU{Workers: 7}, p, in, RunOptions{})
	sameTrace(t, one, many)
}

// The incrementally updated state roots equal roots recomputed from scratch
// from the memory of each state, and every proof verifies while any tampered
// proof fails.
func TestTraceRootsAndProofs(t *testing.T) {
	for seed := uint64(100); seed < 112; seed++ {
		p, in := randomProgram(seed, 20)
		tr := mustRun(t, CPU{}, p, in, RunOptions{KeepWrites: true})
		if tr.Steps() != len(p.Ops) {
			t.Fatalf("steps %d, want %d", tr.Steps(), len(p.Ops))
		}
		ir, err := InputRoot(p, in, 0)
		if err != nil || ir != tr.InputRoot() {
			t.Fatalf("InputRoot %s (err %v), trace S_0 %s", ir, err, tr.InputRoot())
		}
		for k := 0; k <= tr.Steps(); k++ {
			roots := make([]Hash, len(p.Slots))
			for s := range p.Slots {
				tn, err := tr.Tensor(k, s)
				if err != nil {
					t.Fatal(err)
				}
				roots[s] = tn.Root(1)
			}
			if got := merkle.Root(roots, merkle.HashZeros()); got != tr.States[k] {
				t.Fatalf("seed %d: S_%d = %s, recomputed %s", seed, k, tr.States[k], got)
			}
		}
		checkProofs(t, tr, seed)
	}
}

func checkProofs(t *testing.T, tr *Trace, seed uint64) {
	p := tr.Program
	for i := range p.Ops {
		pr, err := p.OpProof(i)
		if err != nil {
			t.Fatal(err)
		}
		if err := pr.Verify(tr.ProgramRoot); err != nil {
			t.Fatalf("op proof %d: %v", i, err)
		}
		bad := pr
		bad.Record[8+int(seed)%56] ^= 1
		if bad.Verify(tr.ProgramRoot) == nil {
			t.Fatalf("tampered op record %d verified", i)
		}
		bad = pr
		bad.Index = (i + 1) % len(p.Ops)
		if p.Ops[bad.Index].Record() != pr.Record && bad.Verify(tr.ProgramRoot) == nil {
			t.Fatalf("op %d verified at index %d", i, bad.Index)
		}
		bad = pr
		bad.Header[15]++ // claims one more op
		if bad.Verify(tr.ProgramRoot) == nil {
			t.Fatalf("op proof with a tampered header verified")
		}
		if len(pr.Siblings) > 0 {
			bad = pr
			bad.Siblings = append([]Hash(nil), pr.Siblings...)
			bad.Siblings[0][3] ^= 0x40
			if bad.Verify(tr.ProgramRoot) == nil {
				t.Fatalf("op proof with a tampered sibling verified")
			}
		}
	}
	for k := 0; k <= tr.Steps(); k += 1 + tr.Steps()/5 {
		for s := range p.Slots {
			sp, err := tr.SlotProof(k, s)
			if err != nil {
				t.Fatal(err)
			}
			if err := sp.Verify(tr.States[k]); err != nil {
				t.Fatalf("slot proof S_%d slot %d: %v", k, s, err)
			}
			bad := sp
			bad.SlotRoot[0] ^= 1
			if bad.Verify(tr.States[k]) == nil {
				t.Fatal("tampered slot root verified")
			}
			bad = sp
			bad.Slot ^= 1
			// (Two equal neighbours, such as two zero slots of one type, are
			// indistinguishable: only a differing neighbour must fail.)
			if len(sp.Siblings) > 0 && sp.Siblings[0] != sp.SlotRoot && bad.Verify(tr.States[k]) == nil {
				t.Fatal("slot proof verified at another index")
			}
			bad = sp
			bad.Slot += 1 << len(sp.Siblings)
			if bad.Verify(tr.States[k]) == nil {
				t.Fatal("slot proof verified at an index beyond the tree")
			}
			if k > 0 && tr.States[k] != tr.States[k-1] && sp.Verify(tr.States[k-1]) == nil {
				// A slot that did not change verifies against both; only the
				// written one must not.
				if s == p.Ops[k-1].Out && tr.writeRoots[k-1] != sp.SlotRoot {
					t.Fatal("written slot verified against the previous state")
				}
			}

			tn, _ := tr.Tensor(k, s)
			n := merkle.Chunks(len(tn.Data))
			c := int(seed+uint64(k)) % n
			cp, err := tr.ChunkProof(k, s, c)
			if err != nil {
				t.Fatal(err)
			}
			if err := cp.Verify(sp.SlotRoot); err != nil {
				t.Fatalf("chunk proof S_%d slot %d chunk %d: %v", k, s, c, err)
			}
			badc := cp
			badc.Chunk = append([]byte(nil), cp.Chunk...)
			badc.Chunk[int(seed)%ChunkSize] ^= 0x10
			if badc.Verify(sp.SlotRoot) == nil {
				t.Fatal("tampered chunk verified")
			}
			badc = cp
			badc.Shape = append(cp.Shape.Clone(), 1)
			if len(badc.Shape) <= MaxRank && badc.Verify(sp.SlotRoot) == nil {
				t.Fatal("chunk verified under another shape")
			}
			badc = cp
			badc.Index = n // one past the end
			if badc.Verify(sp.SlotRoot) == nil {
				t.Fatal("chunk verified beyond the tensor")
			}
		}
	}
}

// Random programs survive both encodings unchanged, with the same root.
func TestRandomProgramsRoundTrip(t *testing.T) {
	for seed := uint64(200); seed < 260; seed++ {
		p, _ := randomProgram(seed, 25)
		bin := p.EncodeBinary()
		q, err := DecodeBinary(bin)
		if err != nil {
			t.Fatalf("seed %d: decoding binary: %v", seed, err)
		}
		if !reflect.DeepEqual(normalize(p), normalize(q)) {
			t.Fatalf("seed %d: binary round trip changed the program", seed)
		}
		js, err := p.EncodeJSON()
		if err != nil {
			t.Fatal(err)
		}
		r, err := DecodeJSON(js)
		if err != nil {
			t.Fatalf("seed %d: decoding JSON: %v\n%s", seed, err, js)
		}
		if !bytes.Equal(r.EncodeBinary(), bin) || r.Root() != p.Root() {
			t.Fatalf("seed %d: JSON round trip changed the program", seed)
		}
	}
}

// normalize makes nil and empty shapes compare equal.
func normalize(p *Program) *Program {
	q := &Program{Ops: p.Ops}
	for _, s := range p.Slots {
		s.Shape = append(Shape{}, s.Shape...)
		q.Slots = append(q.Slots, s)
	}
	return q
}
