package cheat

import (
	"context"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
)

// program: a = x + y; b = relu(a); c = b + y, with b and c outputs.
func program(t *testing.T) (*compute.Program, map[string]compute.Tensor) {
	t.Helper()
	sh := compute.Shape{300} // 1200 bytes: two chunks
	p := &compute.Program{
		Slots: []compute.Slot{
			{Name: "x", DType: compute.Int32, Shape: sh, Input: true},
			{Name: "y", DType: compute.Int32, Shape: sh, Input: true},
			{Name: "a", DType: compute.Int32, Shape: sh},
			{Name: "b", DType: compute.Int32, Shape: sh, Output: true},
			{Name: "c", DType: compute.Int32, Shape: sh, Output: true},
		},
		Ops: []compute.Op{
			{Code: compute.OpAdd, Out: 2, In: []int{0, 1}},
			{Code: compute.OpReLU, Out: 3, In: []int{2}},
			{Code: compute.OpAdd, Out: 4, In: []int{3, 1}},
		},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	x, y := make([]int32, 300), make([]int32, 300)
	for i := range x {
		x[i], y[i] = int32(i*7-1000), int32(500-i*3)
	}
	return p, map[string]compute.Tensor{"x": compute.Int32Tensor(sh, x), "y": compute.Int32Tensor(sh, y)}
}

func run(t *testing.T, p *compute.Program, in map[string]compute.Tensor, b compute.Backend) *compute.Trace {
	t.Helper()
	tr, err := compute.Run(context.Background(), b, p, in, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func tensor(t *testing.T, tr *compute.Trace, k, s int) []int32 {
	t.Helper()
	x, err := tr.Tensor(k, s)
	if err != nil {
		t.Fatal(err)
	}
	return x.Int32s()
}

// diff lists the elements where two int32 slices differ.
func diff(a, b []int32) []int {
	var d []int
	for i := range a {
		if a[i] != b[i] {
			d = append(d, i)
		}
	}
	return d
}

func TestLies(t *testing.T) {
	p, in := program(t)
	cpu := compute.CPU{Workers: 1}
	h := run(t, p, in, cpu)
	lieRun := func(l Lie) *compute.Trace {
		tr := run(t, p, in, Wrap(cpu, l))
		if again := run(t, p, in, Wrap(cpu, l)); again.FinalState() != tr.FinalState() {
			t.Fatalf("%s: two runs differ", l)
		}
		return tr
	}
	sameStates := func(tr *compute.Trace, upTo int) {
		t.Helper()
		for k := 0; k <= upTo; k++ {
			if tr.States[k] != h.States[k] {
				t.Fatalf("S_%d differs from the honest run", k)
			}
		}
	}

	// (a) a's element 5 is wrong from S_1 on, and relu computed from it.
	tr := lieRun(Lie{Kind: OpOutput, Op: 0, Elem: 5})
	sameStates(tr, 0)
	if tr.States[1] == h.States[1] {
		t.Fatal("op-output: S_1 unchanged")
	}
	if d := diff(tensor(t, tr, 1, 2), tensor(t, h, 1, 2)); len(d) != 1 || d[0] != 5 {
		t.Fatalf("op-output: a differs at %v", d)
	}
	if got, want := tensor(t, tr, 1, 2)[5], tensor(t, h, 1, 2)[5]^(0x40<<24); got != want {
		t.Fatalf("op-output: a[5] = %d, want %d", got, want)
	}
	if got, want := tensor(t, tr, 2, 3)[5], max(tensor(t, tr, 1, 2)[5], 0); got != want {
		t.Fatalf("op-output: relu did not read the lie: %d, want %d", got, want)
	}

	// (b) y's element 7 changed after op 0: the states keep y's true root,
	// relu does not read y, and op 2 computes c from the lie.
	tr = lieRun(Lie{Kind: Unwritten, Op: 0, Slot: 1, Elem: 7})
	sameStates(tr, 2)
	if d := diff(tensor(t, tr, 3, 4), tensor(t, h, 3, 4)); len(d) != 1 || d[0] != 7 {
		t.Fatalf("unwritten: c differs at %v", d)
	}
	if d := diff(tensor(t, tr, 3, 1), tensor(t, h, 3, 1)); len(d) != 0 {
		t.Fatalf("unwritten: the committed y differs at %v", d)
	}

	// (c) b's element 0 is committed wrong after its last write (op 1); op 2
	// still reads the true b, so only slot b of S_2 and S_3 differs.
	tr = lieRun(Lie{Kind: FinalOutput, Slot: 3, Elem: 0})
	sameStates(tr, 1)
	if d := diff(tensor(t, tr, 3, 3), tensor(t, h, 3, 3)); len(d) != 1 || d[0] != 0 {
		t.Fatalf("final-output: b differs at %v", d)
	}
	if d := diff(tensor(t, tr, 3, 4), tensor(t, h, 3, 4)); len(d) != 0 {
		t.Fatalf("final-output: c differs at %v", d)
	}
	roots, _ := tr.SlotRoots(3)
	honest, _ := h.SlotRoots(3)
	for s := range roots {
		if (roots[s] != honest[s]) != (s == 3) {
			t.Fatalf("final-output: slot %d of S_3 differs: %v", s, roots[s] != honest[s])
		}
	}
	if tr.Outputs[0].Root != roots[3] || diff(tr.Outputs[0].Tensor.Int32s(), tensor(t, tr, 3, 3)) != nil {
		t.Fatal("final-output: the reported output is not the committed one")
	}
}

func TestTargetErrors(t *testing.T) {
	p, _ := program(t)
	for _, l := range []Lie{
		{},
		{Kind: 9},
		{Kind: OpOutput, Op: 3},
		{Kind: OpOutput, Op: -1},
		{Kind: OpOutput, Op: 0, Elem: 300},
		{Kind: OpOutput, Op: 0, Elem: -1},
		{Kind: Unwritten, Op: 0, Slot: 2}, // op 0 writes a
		{Kind: Unwritten, Op: 0, Slot: 5}, // no such slot
		{Kind: Unwritten, Op: 3, Slot: 1}, // no such op
		{Kind: FinalOutput, Slot: 2},      // not an output
		{Kind: FinalOutput, Slot: 3, Elem: 300},
	} {
		if _, _, err := l.Target(p); err == nil {
			t.Errorf("%s accepted", l)
		}
		if _, err := Wrap(compute.CPU{}, l).NewMachine(context.Background(), p); err == nil {
			t.Errorf("%s: machine started", l)
		}
	}
	// An output slot no op writes has no last write to lie about.
	q := *p
	q.Slots = append([]compute.Slot(nil), p.Slots...)
	q.Slots[0].Output = true
	if _, _, err := (Lie{Kind: FinalOutput, Slot: 0}).Target(&q); err == nil {
		t.Error("final-output on an unwritten output accepted")
	}
}

func TestParse(t *testing.T) {
	for _, l := range []Lie{
		{Kind: OpOutput, Op: 3, Elem: 17},
		{Kind: Unwritten, Op: 1, Slot: 4, Elem: 0},
		{Kind: FinalOutput, Slot: 9, Elem: 123456},
	} {
		got, err := Parse(l.String())
		if err != nil || got != l {
			t.Errorf("Parse(%q) = %+v, %v", l.String(), got, err)
		}
	}
	for _, s := range []string{"", "op-output", "op-output:1", "op-output:1:2:3", "unwritten:1:2", "final-output:-1:0", "final-output:x:0", "lies:1:2"} {
		if l, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) = %+v", s, l)
		}
	}
}

func TestDefault(t *testing.T) {
	p, in := program(t)
	h := run(t, p, in, compute.CPU{Workers: 1})
	for _, k := range []Kind{OpOutput, Unwritten, FinalOutput} {
		l, err := Default(p, k)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if _, _, err := l.Target(p); err != nil {
			t.Fatalf("Default(%s) = %s: %v", k, l, err)
		}
		tr := run(t, p, in, Wrap(compute.CPU{Workers: 1}, l))
		if k != Unwritten && tr.FinalState() == h.FinalState() {
			t.Errorf("Default(%s) = %s left the final state unchanged", k, l)
		}
	}
	if _, err := Default(p, 0); err == nil {
		t.Error("Default of kind 0")
	}
}

func TestWrongSteps(t *testing.T) {
	for _, n := range []uint64{1, 9, compute.MaxOps - 1, compute.MaxOps} {
		w := WrongSteps(n)
		if w == n || w < 1 || w > compute.MaxOps {
			t.Errorf("WrongSteps(%d) = %d", n, w)
		}
	}
	if got := Wrap(compute.CPU{}, Lie{}).Name(); got != "cheat(cpu)" {
		t.Errorf("Name() = %q", got)
	}
}

// Auto lies about any program with its default lie.
func TestAuto(t *testing.T) {
	p, in := computetest.RandomProgram(3, 12)
	honest, err := compute.Run(context.Background(), compute.CPU{Workers: 1}, p, in, compute.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lied, err := compute.Run(context.Background(), Auto{Inner: compute.CPU{Workers: 1}, Kind: OpOutput}, p, in, compute.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if lied.FinalState() == honest.FinalState() {
		t.Fatal("Auto told no lie")
	}
}
