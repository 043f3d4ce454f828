package jobs

import (
	"fmt"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

const outputsMagic = "CRXO"

// EncodeOutputs encodes a run's outputs for publication: "CRXO", version 1,
// then the data of every output slot of p in slot order, each exactly as
// long as the slot's type says. outputs are in p.Outputs() order.
func EncodeOutputs(p *compute.Program, outputs []compute.Tensor) ([]byte, error) {
	slots := p.Outputs()
	if len(outputs) != len(slots) {
		return nil, fmt.Errorf("%d output tensors for %d output slots", len(outputs), len(slots))
	}
	out := append([]byte(outputsMagic), version)
	for i, s := range slots {
		sl := p.Slots[s]
		if outputs[i].DType != sl.DType || !outputs[i].Shape.Equal(sl.Shape) {
			return nil, fmt.Errorf("output %q: tensor %v%v, slot %v%v", sl.Name, outputs[i].DType, outputs[i].Shape, sl.DType, sl.Shape)
		}
		out = append(out, outputs[i].Data...)
	}
	return out, nil
}

// DecodeOutputs parses published outputs of program p, strictly.
func DecodeOutputs(p *compute.Program, data []byte) ([]compute.Tensor, error) {
	bad := func(format string, args ...any) ([]compute.Tensor, error) {
		return nil, fmt.Errorf("%w: outputs: %s", ErrBadBundle, fmt.Sprintf(format, args...))
	}
	if len(data) > MaxBundleBytes {
		return bad("%d bytes exceed the %d-byte limit", len(data), MaxBundleBytes)
	}
	if len(data) < len(outputsMagic)+1 || string(data[:len(outputsMagic)]) != outputsMagic {
		return bad("no %q header", outputsMagic)
	}
	if v := data[len(outputsMagic)]; v != version {
		return bad("version %d, this build reads version %d", v, version)
	}
	rest := data[len(outputsMagic)+1:]
	var outs []compute.Tensor
	for _, s := range p.Outputs() {
		sl := p.Slots[s]
		size := sl.Shape.Elems() * sl.DType.Size()
		if size > len(rest) {
			return bad("output %q needs %d bytes, only %d follow", sl.Name, size, len(rest))
		}
		t := compute.NewTensor(sl.DType, sl.Shape)
		copy(t.Data, rest[:size])
		outs = append(outs, t)
		rest = rest[size:]
	}
	if len(rest) != 0 {
		return bad("%d bytes after the last output", len(rest))
	}
	return outs, nil
}

// OutputRoot is the output root a commitment carries for these outputs of p
// (docs/compute.md: the tree of the output slots' roots).
func OutputRoot(p *compute.Program, outputs []compute.Tensor) compute.Hash {
	roots := make([]compute.Hash, len(outputs))
	for i, t := range outputs {
		roots[i] = t.Root(0)
	}
	return merkle.Root(roots, merkle.HashZeros())
}
