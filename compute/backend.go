package compute

import (
	"context"
	"fmt"

	"github.com/crux-rollup/crux/compute/merkle"
)

// Backend runs programs on one kind of device. The CPU backend is the
// reference; any other backend must produce the same bits and roots.
type Backend interface {
	// Name identifies the backend ("cpu", "cuda").
	Name() string
	// NewMachine allocates zeroed memory for a validated program.
	NewMachine(ctx context.Context, p *Program) (Machine, error)
}

// Machine holds one program's memory on a device and steps it. Its methods are
// called from one goroutine at a time; an implementation may parallelise
// inside a call. Memory stays on the device: only roots and the tensors asked
// for cross to the host, so a GPU needs no round trip per step.
type Machine interface {
	// Load replaces a slot's contents; Run uses it for the inputs before step 1.
	Load(ctx context.Context, slot int, t Tensor) error
	// Exec executes op i of the program, replacing its output slot.
	Exec(ctx context.Context, op int) error
	// DataRoot returns the chunk-tree root of a slot's current contents.
	DataRoot(ctx context.Context, slot int) (Hash, error)
	// Read returns a slot's current contents. The caller must not modify it.
	Read(ctx context.Context, slot int) (Tensor, error)
	// Close releases the machine's memory.
	Close() error
}

// CPU is the reference backend: the Go interpreter, on up to Workers
// goroutines (GOMAXPROCS when Workers <= 0).
type CPU struct {
	Workers int
}

// Name returns "cpu".
func (CPU) Name() string { return "cpu" }

// NewMachine returns a machine whose slots are all zero.
func (c CPU) NewMachine(_ context.Context, p *Program) (Machine, error) {
	return &cpuMachine{prog: p, mem: make([]Tensor, len(p.Slots)), workers: c.Workers}, nil
}

type cpuMachine struct {
	prog    *Program
	mem     []Tensor // a nil Data means the slot is still all zero
	workers int
}

func (m *cpuMachine) slot(s int) (Tensor, error) {
	if s < 0 || s >= len(m.mem) {
		return Tensor{}, fmt.Errorf("slot %d out of range [0,%d)", s, len(m.mem))
	}
	if m.mem[s].Data == nil {
		decl := m.prog.Slots[s]
		m.mem[s] = NewTensor(decl.DType, decl.Shape)
	}
	return m.mem[s], nil
}

func (m *cpuMachine) Load(_ context.Context, s int, t Tensor) error {
	if s < 0 || s >= len(m.mem) {
		return fmt.Errorf("slot %d out of range [0,%d)", s, len(m.mem))
	}
	decl := m.prog.Slots[s]
	if t.DType != decl.DType || !t.Shape.Equal(decl.Shape) || t.Check() != nil {
		return fmt.Errorf("slot %d %q is %s%v, cannot load %s%v", s, decl.Name, decl.DType, decl.Shape, t.DType, t.Shape)
	}
	m.mem[s] = t
	return nil
}

func (m *cpuMachine) Exec(ctx context.Context, i int) error {
	if i < 0 || i >= len(m.prog.Ops) {
		return fmt.Errorf("op %d out of range [0,%d)", i, len(m.prog.Ops))
	}
	op := m.prog.Ops[i]
	in := make([]Tensor, len(op.In))
	for k, s := range op.In {
		t, err := m.slot(s)
		if err != nil {
			return err
		}
		in[k] = t
	}
	out, err := execOp(ctx, op, in, m.prog.Slots[op.Out], m.workers)
	if err != nil {
		return fmt.Errorf("op %d (%s): %w", i, op.Code, err)
	}
	m.mem[op.Out] = out
	return nil
}

func (m *cpuMachine) DataRoot(_ context.Context, s int) (Hash, error) {
	if s < 0 || s >= len(m.mem) {
		return Hash{}, fmt.Errorf("slot %d out of range [0,%d)", s, len(m.mem))
	}
	if m.mem[s].Data == nil {
		decl := m.prog.Slots[s]
		return ZeroDataRoot(decl.DType, decl.Shape), nil
	}
	return merkle.DataRoot(m.mem[s].Data, m.workers), nil
}

func (m *cpuMachine) Read(_ context.Context, s int) (Tensor, error) { return m.slot(s) }

func (m *cpuMachine) Close() error {
	m.mem = nil
	return nil
}
