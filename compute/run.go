package compute

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/crux-rollup/crux/compute/merkle"
)

// RunOptions tune Run. The zero value runs without recording tensors.
type RunOptions struct {
	// KeepWrites records every step's output tensor in the trace, so that
	// proofs about any chunk of any step can be built without re-running.
	KeepWrites bool
	// Progress, when set, is called after each step with (steps done, total).
	Progress func(done, total int)
}

// Output is one output slot of a finished run.
type Output struct {
	Name   string
	Slot   int
	Tensor Tensor
	Root   Hash // the slot root
}

// Trace is what a run leaves behind: every state root S_0..S_n, the outputs,
// and what is needed to prove any slot (and, with KeepWrites, any chunk) of
// any state.
type Trace struct {
	Program     *Program
	ProgramRoot Hash
	// States[k] is S_k, the state root after step k; States[0] is the input root.
	States     []Hash
	Outputs    []Output
	OutputRoot Hash

	initial    []Tensor // the inputs by slot; zero slots have nil Data
	initRoots  []Hash   // slot roots of S_0
	writeRoots []Hash   // writeRoots[i]: the slot root written by step i+1
	writes     []Tensor // writes[i]: the tensor written by step i+1, with KeepWrites
}

// Steps is the number of steps n.
func (t *Trace) Steps() int { return len(t.States) - 1 }

// InputRoot is S_0.
func (t *Trace) InputRoot() Hash { return t.States[0] }

// FinalState is S_n.
func (t *Trace) FinalState() Hash { return t.States[len(t.States)-1] }

// Run executes the program on a backend from the named input tensors and
// records the trace. p must be valid (DecodeJSON and DecodeBinary validate).
func Run(ctx context.Context, b Backend, p *Program, inputs map[string]Tensor, opt RunOptions) (*Trace, error) {
	initial, err := inputTensors(p, inputs)
	if err != nil {
		return nil, err
	}
	m, err := b.NewMachine(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("starting %s machine: %w", b.Name(), err)
	}
	defer m.Close()

	t := &Trace{
		Program:     p,
		ProgramRoot: p.Root(),
		States:      make([]Hash, 0, len(p.Ops)+1),
		initial:     initial,
		initRoots:   make([]Hash, len(p.Slots)),
		writeRoots:  make([]Hash, len(p.Ops)),
	}
	for s, decl := range p.Slots {
		if !decl.Input {
			t.initRoots[s] = SlotRoot(decl.DType, decl.Shape, ZeroDataRoot(decl.DType, decl.Shape))
			continue
		}
		if err := m.Load(ctx, s, initial[s]); err != nil {
			return nil, fmt.Errorf("loading input %q: %w", decl.Name, err)
		}
		dr, err := m.DataRoot(ctx, s)
		if err != nil {
			return nil, fmt.Errorf("hashing input %q: %w", decl.Name, err)
		}
		t.initRoots[s] = SlotRoot(decl.DType, decl.Shape, dr)
	}
	state := merkle.NewTree(t.initRoots, merkle.HashZeros())
	t.States = append(t.States, state.Root())
	if opt.KeepWrites {
		t.writes = make([]Tensor, len(p.Ops))
	}

	for i, op := range p.Ops {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("before step %d: %w", i+1, err)
		}
		if err := m.Exec(ctx, i); err != nil {
			return nil, fmt.Errorf("step %d: %w", i+1, err)
		}
		dr, err := m.DataRoot(ctx, op.Out)
		if err != nil {
			return nil, fmt.Errorf("step %d: hashing slot %d: %w", i+1, op.Out, err)
		}
		decl := p.Slots[op.Out]
		root := SlotRoot(decl.DType, decl.Shape, dr)
		t.writeRoots[i] = root
		state.Update(op.Out, root)
		t.States = append(t.States, state.Root())
		if opt.KeepWrites {
			if t.writes[i], err = m.Read(ctx, op.Out); err != nil {
				return nil, fmt.Errorf("step %d: reading slot %d: %w", i+1, op.Out, err)
			}
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(p.Ops))
		}
	}

	var outRoots []Hash
	for _, s := range p.Outputs() {
		tensor, err := m.Read(ctx, s)
		if err != nil {
			return nil, fmt.Errorf("reading output %q: %w", p.Slots[s].Name, err)
		}
		root := state.Leaf(s)
		t.Outputs = append(t.Outputs, Output{Name: p.Slots[s].Name, Slot: s, Tensor: tensor, Root: root})
		outRoots = append(outRoots, root)
	}
	t.OutputRoot = merkle.Root(outRoots, merkle.HashZeros())
	return t, nil
}

// inputTensors matches the named inputs to the program's input slots and
// returns them indexed by slot (zero Tensors for the other slots).
func inputTensors(p *Program, inputs map[string]Tensor) ([]Tensor, error) {
	byslot := make([]Tensor, len(p.Slots))
	var want []string
	for _, s := range p.Inputs() {
		decl := p.Slots[s]
		want = append(want, decl.Name)
		t, ok := inputs[decl.Name]
		if !ok {
			return nil, fmt.Errorf("input %q (%s%v) is missing", decl.Name, decl.DType, decl.Shape)
		}
		if err := t.Check(); err != nil {
			return nil, fmt.Errorf("input %q: %w", decl.Name, err)
		}
		if t.DType != decl.DType || !t.Shape.Equal(decl.Shape) {
			return nil, fmt.Errorf("input %q is %s%v, the program declares %s%v", decl.Name, t.DType, t.Shape, decl.DType, decl.Shape)
		}
		byslot[s] = t
	}
	var extra []string
	for name := range inputs {
		if s, ok := p.SlotIndex(name); !ok || !p.Slots[s].Input {
			extra = append(extra, name)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		return nil, fmt.Errorf("%q is not an input of the program (its inputs: %s)", extra[0], strings.Join(want, ", "))
	}
	return byslot, nil
}

// InputRoot computes S_0 for the program and inputs without running anything:
// what a job submitter names as the job's input.
func InputRoot(p *Program, inputs map[string]Tensor, workers int) (Hash, error) {
	initial, err := inputTensors(p, inputs)
	if err != nil {
		return Hash{}, err
	}
	roots := make([]Hash, len(p.Slots))
	for s, decl := range p.Slots {
		if decl.Input {
			roots[s] = initial[s].Root(workers)
		} else {
			roots[s] = SlotRoot(decl.DType, decl.Shape, ZeroDataRoot(decl.DType, decl.Shape))
		}
	}
	return merkle.Root(roots, merkle.HashZeros()), nil
}

// SlotRoots returns every slot root of S_k.
func (t *Trace) SlotRoots(k int) ([]Hash, error) {
	if k < 0 || k > t.Steps() {
		return nil, fmt.Errorf("state %d out of range [0,%d]", k, t.Steps())
	}
	roots := append([]Hash(nil), t.initRoots...)
	for i := 0; i < k; i++ {
		roots[t.Program.Ops[i].Out] = t.writeRoots[i]
	}
	return roots, nil
}

// SlotProof proves slot s of S_k.
func (t *Trace) SlotProof(k, s int) (SlotProof, error) {
	roots, err := t.SlotRoots(k)
	if err != nil {
		return SlotProof{}, err
	}
	if s < 0 || s >= len(roots) {
		return SlotProof{}, fmt.Errorf("slot %d out of range [0,%d)", s, len(roots))
	}
	tree := merkle.NewTree(roots, merkle.HashZeros())
	return SlotProof{Slot: s, SlotRoot: roots[s], Siblings: tree.Proof(s)}, nil
}

// Tensor returns slot s's contents in S_k. It needs the trace to have been
// recorded with KeepWrites (the inputs and outputs are always kept).
func (t *Trace) Tensor(k, s int) (Tensor, error) {
	if k < 0 || k > t.Steps() {
		return Tensor{}, fmt.Errorf("state %d out of range [0,%d]", k, t.Steps())
	}
	if s < 0 || s >= len(t.Program.Slots) {
		return Tensor{}, fmt.Errorf("slot %d out of range [0,%d)", s, len(t.Program.Slots))
	}
	for i := k - 1; i >= 0; i-- {
		if t.Program.Ops[i].Out != s {
			continue
		}
		if t.writes == nil {
			return Tensor{}, fmt.Errorf("slot %d of state %d was written by step %d, and the trace did not keep writes", s, k, i+1)
		}
		return t.writes[i], nil
	}
	if t.initial[s].Data != nil {
		return t.initial[s], nil
	}
	decl := t.Program.Slots[s]
	return NewTensor(decl.DType, decl.Shape), nil
}

// ChunkProof proves chunk c of slot s in S_k against that slot's root.
func (t *Trace) ChunkProof(k, s, c int) (ChunkProof, error) {
	tensor, err := t.Tensor(k, s)
	if err != nil {
		return ChunkProof{}, err
	}
	return tensor.ChunkProof(c)
}
