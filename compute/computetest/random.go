// Package computetest makes random valid compute programs with inputs, for
// tests in every package that must agree with the compute reference: the Go
// dispute engine, the on-chain verifier's differential tests, the backends.
// The programs are deterministic in their seed.
package computetest

import (
	"fmt"
	"math/rand/v2"

	"github.com/crux-rollup/crux/compute"
)

// progBuilder builds a random program through compute's public API.
type progBuilder struct {
	r      *rand.Rand
	p      *compute.Program
	inputs map[string]compute.Tensor
}

// RandomProgram returns a random valid program of nOps ops (nOps >= 1) and its
// inputs, the same for the same seed. Every op kind appears in every program
// of at least ten ops; shapes are small but several tensors span many chunks
// (trees deeper than one descent of four levels), matmul rows straddle chunk
// boundaries, and some ops write into slots written before or into one of
// their own inputs. The last op's slot and up to two others are outputs.
func RandomProgram(seed uint64, nOps int) (*compute.Program, map[string]compute.Tensor) {
	b := &progBuilder{r: rand.New(rand.NewPCG(seed, 0xc0ffee)), p: &compute.Program{}, inputs: map[string]compute.Tensor{}}
	b.input(compute.Int8, compute.Shape{256})          // a lookup table
	b.input(compute.Int32, compute.Shape{70, 70})      // 20 chunks: depth 5
	b.input(compute.Int8, compute.Shape{12, 1100})     // rows straddling chunks
	b.input(compute.Int8, compute.Shape{5, 1100})      // matmul partner of the above
	b.input(compute.Int32, compute.Shape{})            // rank 0
	b.input(compute.Int8, compute.Shape{3, 4, 5, 6})   // rank 4
	b.input(compute.Int32, compute.Shape{2, 3, 7, 11}) // rank 4, int32
	kinds := []compute.Opcode{
		compute.OpMatMul, compute.OpAdd, compute.OpRequant, compute.OpReLU, compute.OpLUT,
		compute.OpArgMax, compute.OpReshape, compute.OpTranspose, compute.OpSlice, compute.OpConcat,
	}
	for len(b.p.Ops) < nOps {
		order := b.r.Perm(len(kinds))
		for _, k := range order {
			if len(b.p.Ops) == nOps {
				break
			}
			b.op(kinds[k])
		}
	}
	b.p.Slots[b.p.Ops[len(b.p.Ops)-1].Out].Output = true
	for k := 0; k < 2; k++ {
		b.p.Slots[b.p.Ops[b.r.IntN(len(b.p.Ops))].Out].Output = true
	}
	if err := b.p.Validate(); err != nil {
		panic(fmt.Sprintf("random program %d is invalid: %v", seed, err))
	}
	return b.p, b.inputs
}

func (b *progBuilder) input(dt compute.DType, s compute.Shape) int {
	name := fmt.Sprintf("in%d", len(b.p.Slots))
	t := compute.NewTensor(dt, s)
	for i := range t.Data {
		t.Data[i] = byte(b.r.Uint32())
	}
	b.inputs[name] = t
	b.p.Slots = append(b.p.Slots, compute.Slot{Name: name, DType: dt, Shape: s.Clone(), Input: true})
	return len(b.p.Slots) - 1
}

// out is the slot an op of result type (dt, s) writes: usually a new scratch
// slot, sometimes an existing slot of that type (maybe one of its inputs).
func (b *progBuilder) out(dt compute.DType, s compute.Shape) int {
	if b.r.IntN(4) == 0 {
		if i := b.pick(func(x compute.Slot) bool { return x.DType == dt && x.Shape.Equal(s) && !x.Input }); i >= 0 {
			return i
		}
	}
	b.p.Slots = append(b.p.Slots, compute.Slot{Name: fmt.Sprintf("s%d", len(b.p.Slots)), DType: dt, Shape: s.Clone()})
	return len(b.p.Slots) - 1
}

func (b *progBuilder) pick(ok func(compute.Slot) bool) int {
	var c []int
	for i, s := range b.p.Slots {
		if ok(s) {
			c = append(c, i)
		}
	}
	if len(c) == 0 {
		return -1
	}
	return c[b.r.IntN(len(c))]
}

func (b *progBuilder) emit(code compute.Opcode, out int, in []int, params ...int32) {
	op := compute.Op{Code: code, Out: out, In: in}
	copy(op.Params[:], params)
	b.p.Ops = append(b.p.Ops, op)
}

func (b *progBuilder) op(code compute.Opcode) {
	dtIs := func(dt compute.DType) func(compute.Slot) bool {
		return func(s compute.Slot) bool { return s.DType == dt }
	}
	rankAtLeast := func(r int) func(compute.Slot) bool {
		return func(s compute.Slot) bool { return len(s.Shape) >= r }
	}
	slots := b.p.Slots
	switch code {
	case compute.OpMatMul:
		x := b.pick(func(s compute.Slot) bool {
			return s.DType == compute.Int8 && len(s.Shape) == 2 && s.Shape[1] <= compute.MaxReduce
		})
		k := slots[x].Shape[1]
		y := b.pick(func(s compute.Slot) bool { return s.DType == compute.Int8 && len(s.Shape) == 2 && s.Shape[1] == k })
		if b.r.IntN(3) == 0 {
			y = b.input(compute.Int8, compute.Shape{1 + b.r.IntN(9), k})
		}
		slots = b.p.Slots
		b.emit(code, b.out(compute.Int32, compute.Shape{slots[x].Shape[0], slots[y].Shape[0]}), []int{x, y})
	case compute.OpAdd:
		x := b.pick(dtIs(compute.Int32))
		xs := slots[x].Shape
		y := b.pick(func(s compute.Slot) bool { return s.DType == compute.Int32 && s.Shape.Equal(xs) })
		if len(xs) >= 1 && b.r.IntN(2) == 0 {
			y = b.input(compute.Int32, compute.Shape{xs[len(xs)-1]})
		}
		b.emit(code, b.out(compute.Int32, xs), []int{x, y})
	case compute.OpRequant:
		x := b.pick(dtIs(compute.Int32))
		lo := int32(b.r.IntN(256) - 128)
		hi := lo + int32(b.r.IntN(int(127-lo)+1))
		shift := b.r.Int32N(63)
		if b.r.IntN(2) == 0 {
			shift = 20 + b.r.Int32N(20) // keep values mostly off the clamps
		}
		b.emit(code, b.out(compute.Int8, slots[x].Shape), []int{x},
			1+b.r.Int32N(1<<31-1), shift, int32(b.r.IntN(256)-128), lo, hi)
	case compute.OpReLU:
		x := b.r.IntN(len(slots))
		b.emit(code, b.out(slots[x].DType, slots[x].Shape), []int{x})
	case compute.OpLUT:
		x := b.pick(dtIs(compute.Int8))
		t := b.pick(func(s compute.Slot) bool { return s.DType == compute.Int8 && s.Shape.Equal(compute.Shape{256}) })
		b.emit(code, b.out(compute.Int8, slots[x].Shape), []int{x, t})
	case compute.OpArgMax:
		x := b.pick(func(s compute.Slot) bool { return len(s.Shape) >= 1 && s.Shape[len(s.Shape)-1] <= compute.MaxReduce })
		s := slots[x].Shape
		b.emit(code, b.out(compute.Int32, s[:len(s)-1]), []int{x})
	case compute.OpReshape:
		x := b.r.IntN(len(slots))
		n := slots[x].Shape.Elems()
		var s compute.Shape
		for len(s) < compute.MaxRank-1 && n > 1 && b.r.IntN(3) > 0 {
			f := 1 + b.r.IntN(n)
			for n%f != 0 {
				f--
			}
			s, n = append(s, f), n/f
		}
		if n > 1 || b.r.IntN(2) == 0 {
			s = append(s, n)
		}
		b.emit(code, b.out(slots[x].DType, s), []int{x})
	case compute.OpTranspose:
		x := b.pick(rankAtLeast(2))
		xs := slots[x].Shape
		perm := b.r.Perm(len(xs))
		s := make(compute.Shape, len(xs))
		ps := make([]int32, len(xs))
		for k, a := range perm {
			s[k], ps[k] = xs[a], int32(a)
		}
		b.emit(code, b.out(slots[x].DType, s), []int{x}, ps...)
	case compute.OpSlice:
		x := b.pick(rankAtLeast(1))
		xs := slots[x].Shape
		s := make(compute.Shape, len(xs))
		start := make([]int32, len(xs))
		for k, d := range xs {
			s[k] = 1 + b.r.IntN(d)
			start[k] = int32(b.r.IntN(d - s[k] + 1))
		}
		b.emit(code, b.out(slots[x].DType, s), []int{x}, start...)
	case compute.OpConcat:
		x := b.pick(rankAtLeast(1))
		xs := slots[x].Shape.Clone()
		axis := b.r.IntN(len(xs))
		y := x
		if b.r.IntN(2) == 0 || xs.Elems() > 4000 { // keep repeated concats small
			ys := xs.Clone()
			ys[axis] = 1 + b.r.IntN(9)
			y = b.input(slots[x].DType, ys)
		}
		s := xs.Clone()
		s[axis] += b.p.Slots[y].Shape[axis]
		b.emit(code, b.out(b.p.Slots[x].DType, s), []int{x, y}, int32(axis))
	}
}
