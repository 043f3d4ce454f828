package executor

import (
	"context"
	"fmt"
	"slices"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/jobs"
)

// Cheat kinds, for tests and demos only (--cheat).
const (
	CheatNone   = ""
	CheatOutput = "wrong-output" // a final output element is wrong (the last write of an output slot)
	CheatStep   = "wrong-step"   // one element of a middle step is wrong; later steps compute on it
	CheatLeaf   = "wrong-leaf"   // the states claim a change to a slot the op did not write
	CheatSteps  = "wrong-count"  // the commitment's step count is wrong
	CheatStall  = "stall"        // a wrong final output, and no defence: loses on its clock
)

// Cheat is how a dishonest executor lies; the zero value is honest.
type Cheat struct{ Kind string }

// Validate rejects an unknown kind.
func (c Cheat) Validate() error {
	switch c.Kind {
	case CheatNone, CheatOutput, CheatStep, CheatLeaf, CheatSteps, CheatStall:
		return nil
	}
	return fmt.Errorf("unknown cheat %q (want %s, %s, %s, %s or %s)", c.Kind, CheatOutput, CheatStep, CheatLeaf, CheatSteps, CheatStall)
}

// ownRun is the executor's run of a job as it commits to it.
type ownRun struct {
	fraudproof.TraceProvider
	outputRoot compute.Hash
	outputs    []compute.Tensor // in output slot order
}

// run executes b on backend, telling the cheat's lie.
func (c Cheat) run(ctx context.Context, backend compute.Backend, b jobs.Bundle) (*ownRun, error) {
	p := b.Program
	switch c.Kind {
	case CheatOutput, CheatStall:
		lie, err := cheat.Default(p, cheat.FinalOutput)
		if err != nil {
			return nil, err
		}
		backend = cheat.Wrap(backend, lie)
	case CheatStep:
		backend = cheat.Wrap(backend, cheat.Lie{Kind: cheat.OpOutput, Op: len(p.Ops) / 2})
	}
	tr, err := compute.Run(ctx, backend, p, b.Inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		return nil, err
	}
	run := &ownRun{TraceProvider: fraudproof.FromTrace(tr), outputRoot: tr.OutputRoot}
	for _, o := range tr.Outputs {
		run.outputs = append(run.outputs, o.Tensor)
	}
	if c.Kind == CheatLeaf {
		slot := -1
		for i, s := range p.Slots {
			if s.Input && cheat.LastWrite(p, i) < 0 {
				slot = i
				break
			}
		}
		if slot < 0 {
			return nil, fmt.Errorf("cheat %s: the program has no input slot that no op writes", c.Kind)
		}
		run.TraceProvider = forgedSlot{TraceProvider: run.TraceProvider, after: len(p.Ops) / 2, slot: slot}
	}
	return run, nil
}

// forgedSlot claims that slot changed (its element 0 corrupted) right after
// op `after`, which does not write it: every later state root carries the
// forged slot, which no revealWrite can justify.
type forgedSlot struct {
	fraudproof.TraceProvider
	after, slot int
}

func (f forgedSlot) Tensor(k, s int) (compute.Tensor, error) {
	t, err := f.TraceProvider.Tensor(k, s)
	if err != nil || k <= f.after || s != f.slot {
		return t, err
	}
	return cheat.Corrupt(t, 0), nil
}

func (f forgedSlot) SlotRoots(k int) ([]compute.Hash, error) {
	roots, err := f.TraceProvider.SlotRoots(k)
	if err != nil || k <= f.after {
		return roots, err
	}
	t, err := f.Tensor(k, f.slot)
	if err != nil {
		return nil, err
	}
	roots = slices.Clone(roots)
	roots[f.slot] = t.Root(1)
	return roots, nil
}

func (f forgedSlot) StateRoot(k int) (compute.Hash, error) {
	if k <= f.after {
		return f.TraceProvider.StateRoot(k)
	}
	roots, err := f.SlotRoots(k)
	if err != nil {
		return compute.Hash{}, err
	}
	return merkle.Root(roots, merkle.HashZeros()), nil
}
