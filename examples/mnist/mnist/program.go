package mnist

import (
	"errors"
	"fmt"

	"github.com/crux-rollup/crux/compute"
)

// Batch is the number of images the program classifies: the whole MNIST test
// set in one job.
const Batch = 10000

// Slot names of the program's images input and outputs.
const (
	ImagesSlot = "images"
	LogitsSlot = "logits"
	PredSlot   = "pred"
)

// Build returns the crux program for q over batch images and the weight
// tensors it takes as inputs, by slot name. Layer l (1-based) has weight slot
// "w<l>" int8 [out, in], bias "b<l>" int32 [out], accumulator "acc<l>" int32
// [batch, out] and activation "h<l>" int8 [batch, out]; the last layer
// accumulates into "logits" and "pred" is its argmax.
func Build(q *Quantized, batch int) (*compute.Program, map[string]compute.Tensor, error) {
	p := &compute.Program{}
	weights := map[string]compute.Tensor{}
	index := map[string]int{}
	slot := func(name string, dt compute.DType, shape []int, in, out bool) {
		index[name] = len(p.Slots)
		p.Slots = append(p.Slots, compute.Slot{Name: name, DType: dt, Shape: shape, Input: in, Output: out})
	}
	op := func(code compute.Opcode, out string, in []string, params ...int64) {
		o := compute.Op{Code: code, Out: index[out]}
		for _, name := range in {
			o.In = append(o.In, index[name])
		}
		for k, v := range params {
			o.Params[k] = int32(v)
		}
		p.Ops = append(p.Ops, o)
	}
	if len(q.Layers) == 0 {
		return nil, nil, errors.New("mnist: no layers")
	}
	in := q.Layers[0].W.Shape[1]
	slot(ImagesSlot, compute.Int8, []int{batch, in}, true, false)
	for i, L := range q.Layers {
		w, b := fmt.Sprintf("w%d", i+1), fmt.Sprintf("b%d", i+1)
		slot(w, compute.Int8, L.W.Shape.Clone(), true, false)
		slot(b, compute.Int32, L.B.Shape.Clone(), true, false)
		weights[w], weights[b] = L.W, L.B
	}
	x := ImagesSlot
	for i, L := range q.Layers {
		out := L.W.Shape[0]
		w, b := fmt.Sprintf("w%d", i+1), fmt.Sprintf("b%d", i+1)
		acc := fmt.Sprintf("acc%d", i+1)
		last := i == len(q.Layers)-1
		if last {
			acc = LogitsSlot
		}
		slot(acc, compute.Int32, []int{batch, out}, false, last)
		op(compute.OpMatMul, acc, []string{x, w})
		op(compute.OpAdd, acc, []string{acc, b})
		if last {
			break
		}
		if L.Requant == nil {
			return nil, nil, fmt.Errorf("mnist: hidden layer %d has no requant", i+1)
		}
		h := fmt.Sprintf("h%d", i+1)
		slot(h, compute.Int8, []int{batch, out}, false, false)
		r := *L.Requant
		op(compute.OpRequant, h, []string{acc}, r.Multiplier, r.Shift, r.ZeroPoint, r.Min, r.Max)
		x = h
	}
	slot(PredSlot, compute.Int32, []int{batch}, false, true)
	op(compute.OpArgMax, PredSlot, []string{LogitsSlot})
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	return p, weights, nil
}
