// Package cheat makes a compute backend lie in one chosen, reproducible way.
// It exists so that the dispute game can be exercised end to end: an
// executor's devnet "cheat" mode runs its jobs through it, and integration
// tests use it to make the traces a dishonest executor or challenger would
// have. Nothing in production should use it.
//
// A Lie names what to change; Backend wraps any compute.Backend and tells the
// lie while compute.Run records the trace, so the trace, the state roots and
// the commitment are exactly what a cheater running that backend would post.
// Every lie changes one element, always the same way (Corrupt), so a given
// program, inputs and Lie give the same trace on every run.
//
// The kinds, and how the dispute game catches each (docs/dispute.md):
//
//   - OpOutput (a): op i's output is wrong; later ops compute on the lie. The
//     game ends at op i: the element is wrong for op i's committed inputs.
//   - Unwritten (b): a slot op i does not write is changed in memory right
//     after op i. compute.Run hashes only the slot each op writes, so the
//     state roots keep that slot's true root; the lie reaches the commitment
//     only through a later op that reads the slot before it is written again,
//     and the game ends at the first such op whose output changed. If no
//     output changes, the commitment is the honest one and there is nothing
//     to dispute.
//   - FinalOutput (c): the committed value of an output slot after its last
//     write is wrong, while the ops after that write still read the true
//     value: only that slot of the final states differs. The game ends at the
//     op of the last write.
//
// A wrong step count is a lie in the commitment, not in the computation:
// WrongSteps gives one, and fraudproof.StepCountProof disproves it in one
// transaction.
package cheat

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// Kind is what a Lie changes.
type Kind uint8

const (
	// OpOutput changes element Elem of op Op's output right after op Op
	// runs; later ops compute on the changed value.
	OpOutput Kind = iota + 1
	// Unwritten changes element Elem of slot Slot, which op Op does not
	// write, in the machine's memory right after op Op runs.
	Unwritten
	// FinalOutput changes element Elem of output slot Slot as written by the
	// last op that writes it; later ops read the true value.
	FinalOutput
)

var kindNames = map[Kind]string{OpOutput: "op-output", Unwritten: "unwritten", FinalOutput: "final-output"}

func (k Kind) String() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Lie is one deterministic change to a run. Op is used by OpOutput and
// Unwritten, Slot by Unwritten and FinalOutput; Elem is the flat (row-major)
// index of the changed element in the slot it changes.
type Lie struct {
	Kind Kind
	Op   int
	Slot int
	Elem int
}

// String is the form Parse reads: "op-output:OP:ELEM",
// "unwritten:OP:SLOT:ELEM" or "final-output:SLOT:ELEM".
func (l Lie) String() string {
	switch l.Kind {
	case OpOutput:
		return fmt.Sprintf("%s:%d:%d", l.Kind, l.Op, l.Elem)
	case Unwritten:
		return fmt.Sprintf("%s:%d:%d:%d", l.Kind, l.Op, l.Slot, l.Elem)
	case FinalOutput:
		return fmt.Sprintf("%s:%d:%d", l.Kind, l.Slot, l.Elem)
	}
	return fmt.Sprintf("%s:%d:%d:%d", l.Kind, l.Op, l.Slot, l.Elem)
}

// Parse reads a Lie in the form String writes (for command-line flags).
func Parse(s string) (Lie, error) {
	parts := strings.Split(s, ":")
	var kind Kind
	for k, n := range kindNames {
		if parts[0] == n {
			kind = k
		}
	}
	fields := map[Kind]int{OpOutput: 2, Unwritten: 3, FinalOutput: 2}[kind]
	if kind == 0 || len(parts) != 1+fields {
		return Lie{}, fmt.Errorf("cheat %q: want op-output:OP:ELEM, unwritten:OP:SLOT:ELEM or final-output:SLOT:ELEM", s)
	}
	n := make([]int, fields)
	for k, p := range parts[1:] {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Lie{}, fmt.Errorf("cheat %q: field %d is not a non-negative integer", s, k+1)
		}
		n[k] = v
	}
	switch kind {
	case OpOutput:
		return Lie{Kind: kind, Op: n[0], Elem: n[1]}, nil
	case Unwritten:
		return Lie{Kind: kind, Op: n[0], Slot: n[1], Elem: n[2]}, nil
	}
	return Lie{Kind: kind, Slot: n[0], Elem: n[1]}, nil
}

// Target checks the lie against program p and returns the op after which it
// is told and the slot it changes.
func (l Lie) Target(p *compute.Program) (op, slot int, err error) {
	switch l.Kind {
	case OpOutput:
		if l.Op < 0 || l.Op >= len(p.Ops) {
			return 0, 0, fmt.Errorf("cheat %s: op %d out of range [0,%d)", l, l.Op, len(p.Ops))
		}
		op, slot = l.Op, p.Ops[l.Op].Out
	case Unwritten:
		if l.Op < 0 || l.Op >= len(p.Ops) {
			return 0, 0, fmt.Errorf("cheat %s: op %d out of range [0,%d)", l, l.Op, len(p.Ops))
		}
		if l.Slot < 0 || l.Slot >= len(p.Slots) {
			return 0, 0, fmt.Errorf("cheat %s: slot %d out of range [0,%d)", l, l.Slot, len(p.Slots))
		}
		if p.Ops[l.Op].Out == l.Slot {
			return 0, 0, fmt.Errorf("cheat %s: op %d writes slot %d (use op-output)", l, l.Op, l.Slot)
		}
		op, slot = l.Op, l.Slot
	case FinalOutput:
		if l.Slot < 0 || l.Slot >= len(p.Slots) || !p.Slots[l.Slot].Output {
			return 0, 0, fmt.Errorf("cheat %s: slot %d is not an output slot", l, l.Slot)
		}
		op = LastWrite(p, l.Slot)
		if op < 0 {
			return 0, 0, fmt.Errorf("cheat %s: no op writes output slot %d", l, l.Slot)
		}
		slot = l.Slot
	default:
		return 0, 0, fmt.Errorf("cheat: unknown kind %d", uint8(l.Kind))
	}
	if n := p.Slots[slot].Shape.Elems(); l.Elem < 0 || l.Elem >= n {
		return 0, 0, fmt.Errorf("cheat %s: element %d out of range [0,%d) of slot %d", l, l.Elem, n, slot)
	}
	return op, slot, nil
}

// LastWrite is the index of the last op that writes slot s, -1 if none does.
func LastWrite(p *compute.Program, s int) int {
	for i := len(p.Ops) - 1; i >= 0; i-- {
		if p.Ops[i].Out == s {
			return i
		}
	}
	return -1
}

// Default picks a lie of kind k for any program, for a devnet that cheats on
// every job: OpOutput changes element 0 of the last op's output; FinalOutput
// element 0 of the first output slot some op writes; Unwritten element 0 of
// the first input of the first op that reads a slot the op before it did not
// write. OpOutput and FinalOutput always change the final state; Unwritten
// may not (see the package comment).
func Default(p *compute.Program, k Kind) (Lie, error) {
	switch k {
	case OpOutput:
		if len(p.Ops) == 0 {
			return Lie{}, errors.New("cheat: program has no ops")
		}
		return Lie{Kind: k, Op: len(p.Ops) - 1}, nil
	case FinalOutput:
		for _, s := range p.Outputs() {
			if LastWrite(p, s) >= 0 {
				return Lie{Kind: k, Slot: s}, nil
			}
		}
		return Lie{}, errors.New("cheat: no op writes an output slot")
	case Unwritten:
		for i := 1; i < len(p.Ops); i++ {
			for _, s := range p.Ops[i].In {
				if s != p.Ops[i-1].Out {
					return Lie{Kind: k, Op: i - 1, Slot: s}, nil
				}
			}
		}
		return Lie{}, errors.New("cheat: no op reads a slot the op before it did not write")
	}
	return Lie{}, fmt.Errorf("cheat: unknown kind %d", uint8(k))
}

// Corrupt returns a copy of t with element e changed: its most significant
// byte XOR 0x40, i.e. ±64 for int8 and ±2^30 for int32, large enough that
// the change usually survives requantisation and shows in later ops. t is not
// modified. e must be an element of t.
func Corrupt(t compute.Tensor, e int) compute.Tensor {
	c := compute.Tensor{DType: t.DType, Shape: t.Shape.Clone(), Data: append([]byte(nil), t.Data...)}
	c.Data[(e+1)*t.DType.Size()-1] ^= 0x40
	return c
}

// WrongSteps is a wrong step count for a program of n ops, for an executor
// that lies in its commitment instead of its computation: n+1, or n-1 at
// compute.MaxOps (the ResultRegistry takes no count above it).
func WrongSteps(n uint64) uint64 {
	if n >= compute.MaxOps {
		return n - 1
	}
	return n + 1
}

// Backend runs Inner and tells Lie. It is a value: one Backend may start any
// number of machines, each telling the lie once per run.
type Backend struct {
	Inner compute.Backend
	Lie   Lie
}

// Wrap returns inner telling lie.
func Wrap(inner compute.Backend, lie Lie) Backend { return Backend{Inner: inner, Lie: lie} }

// Name is "cheat(" + the inner backend's name + ")".
func (b Backend) Name() string { return "cheat(" + b.Inner.Name() + ")" }

// NewMachine checks the lie against p and starts an inner machine that tells
// it.
func (b Backend) NewMachine(ctx context.Context, p *compute.Program) (compute.Machine, error) {
	op, slot, err := b.Lie.Target(p)
	if err != nil {
		return nil, err
	}
	m, err := b.Inner.NewMachine(ctx, p)
	if err != nil {
		return nil, err
	}
	return &machine{Machine: m, prog: p, lie: b.Lie, op: op, slot: slot}, nil
}

// machine tells one lie. For FinalOutput the inner machine keeps the true
// value (so later ops read it) and shown is what Read and DataRoot report for
// the slot, which is what compute.Run commits to.
type machine struct {
	compute.Machine
	prog  *compute.Program
	lie   Lie
	op    int
	slot  int
	shown *compute.Tensor
}

func (m *machine) Exec(ctx context.Context, i int) error {
	if err := m.Machine.Exec(ctx, i); err != nil {
		return err
	}
	if i >= 0 && i < len(m.prog.Ops) && m.prog.Ops[i].Out == m.slot {
		m.shown = nil // a new write replaces any value shown before
	}
	if i != m.op {
		return nil
	}
	t, err := m.Machine.Read(ctx, m.slot)
	if err != nil {
		return err
	}
	lied := Corrupt(t, m.lie.Elem)
	if m.lie.Kind == FinalOutput {
		m.shown = &lied
		return nil
	}
	return m.Machine.Load(ctx, m.slot, lied)
}

func (m *machine) Load(ctx context.Context, s int, t compute.Tensor) error {
	if s == m.slot {
		m.shown = nil
	}
	return m.Machine.Load(ctx, s, t)
}

func (m *machine) Read(ctx context.Context, s int) (compute.Tensor, error) {
	if m.shown != nil && s == m.slot {
		return *m.shown, nil
	}
	return m.Machine.Read(ctx, s)
}

func (m *machine) DataRoot(ctx context.Context, s int) (compute.Hash, error) {
	if m.shown != nil && s == m.slot {
		return merkle.DataRoot(m.shown.Data, 1), nil
	}
	return m.Machine.DataRoot(ctx, s)
}

// Auto is a backend that tells the Default lie of kind k for whatever
// program it runs: a node that lies about every job (a lying challenger in
// a devnet, say) without knowing the jobs in advance.
type Auto struct {
	Inner compute.Backend
	Kind  Kind
}

// Name is "cheat-auto(" + the inner backend's name + ")".
func (a Auto) Name() string { return "cheat-auto(" + a.Inner.Name() + ")" }

// NewMachine picks the lie for p and starts a machine that tells it.
func (a Auto) NewMachine(ctx context.Context, p *compute.Program) (compute.Machine, error) {
	lie, err := Default(p, a.Kind)
	if err != nil {
		return nil, err
	}
	return Wrap(a.Inner, lie).NewMachine(ctx, p)
}
