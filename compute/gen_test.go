package compute

import (
	"fmt"
	"math/rand/v2"
)

// progGen builds random valid programs with random inputs, covering every op,
// in-place writes, multi-chunk tensors and every rank.
type progGen struct {
	r      *rand.Rand
	p      *Program
	inputs map[string]Tensor
}

func randomProgram(seed uint64, nOps int) (*Program, map[string]Tensor) {
	g := &progGen{r: rand.New(rand.NewPCG(seed, 0x5eed)), p: &Program{}, inputs: map[string]Tensor{}}
	// A few inputs of both dtypes; sizes up to a few chunks.
	g.input(Int8, g.shape(2, 48))
	g.input(Int8, g.shape(2, 48))
	g.input(Int32, g.shape(0, 24))
	g.input(Int32, g.shape(3, 12))
	g.input(Int8, Shape{256}) // a lookup table
	g.input(Int8, g.shape(1, 40))
	for len(g.p.Ops) < nOps {
		g.op()
	}
	// The last few written slots are outputs, plus one random slot.
	for i := len(g.p.Ops) - 1; i >= 0 && i >= len(g.p.Ops)-3; i-- {
		g.p.Slots[g.p.Ops[i].Out].Output = true
	}
	g.p.Slots[g.r.IntN(len(g.p.Slots))].Output = true
	if err := g.p.Validate(); err != nil {
		panic(fmt.Sprintf("generator made an invalid program: %v", err))
	}
	return g.p, g.inputs
}

func (g *progGen) shape(minRank, maxDim int) Shape {
	rank := minRank + g.r.IntN(MaxRank-minRank+1)
	s := make(Shape, rank)
	for k := range s {
		s[k] = 1 + g.r.IntN(maxDim)
	}
	// Keep tensors small enough for fast tests: at most ~8 KiB of elements.
	for s.Elems() > 2048 {
		k := g.r.IntN(rank)
		s[k] = (s[k] + 1) / 2
	}
	return s
}

func (g *progGen) input(d DType, s Shape) int {
	name := fmt.Sprintf("in%d", len(g.p.Slots))
	t := NewTensor(d, s)
	for i := range t.Data {
		t.Data[i] = byte(g.r.Uint32())
	}
	// Bias some int8 values to the extremes to exercise saturation.
	if d == Int8 {
		for i := 0; i < len(t.Data)/8; i++ {
			t.Data[g.r.IntN(len(t.Data))] = []byte{0x80, 0x7f}[g.r.IntN(2)]
		}
	}
	g.inputs[name] = t
	return g.slot(Slot{Name: name, DType: d, Shape: s, Input: true})
}

func (g *progGen) slot(s Slot) int {
	g.p.Slots = append(g.p.Slots, s)
	return len(g.p.Slots) - 1
}

// pick returns a random slot satisfying ok, or -1.
func (g *progGen) pick(ok func(Slot) bool) int {
	var c []int
	for i, s := range g.p.Slots {
		if ok(s) {
			c = append(c, i)
		}
	}
	if len(c) == 0 {
		return -1
	}
	return c[g.r.IntN(len(c))]
}

// out returns a slot of type (d, s) to write: sometimes an existing one of
// that type (possibly an input of this very op), usually a new scratch slot.
func (g *progGen) out(d DType, s Shape) int {
	if g.r.IntN(4) == 0 {
		if i := g.pick(func(x Slot) bool { return x.DType == d && x.Shape.Equal(s) }); i >= 0 {
			return i
		}
	}
	return g.slot(Slot{Name: fmt.Sprintf("s%d", len(g.p.Slots)), DType: d, Shape: s.Clone()})
}

func (g *progGen) emit(code Opcode, out int, in []int, params ...int32) {
	op := Op{Code: code, Out: out, In: in}
	copy(op.Params[:], params)
	g.p.Ops = append(g.p.Ops, op)
}

func (g *progGen) op() {
	is := func(d DType) func(Slot) bool { return func(s Slot) bool { return s.DType == d } }
	rankAtLeast := func(r int) func(Slot) bool { return func(s Slot) bool { return len(s.Shape) >= r } }
	switch g.r.IntN(10) {
	case 0: // matmul x[M,K] * y[N,K]^T, reusing an int8 matrix when one fits
		x := g.pick(func(s Slot) bool { return s.DType == Int8 && len(s.Shape) == 2 })
		if x < 0 {
			x = g.input(Int8, Shape{1 + g.r.IntN(20), 1 + g.r.IntN(70)})
		}
		k := g.p.Slots[x].Shape[1]
		y := g.pick(func(s Slot) bool { return s.DType == Int8 && len(s.Shape) == 2 && s.Shape[1] == k })
		m, n := g.p.Slots[x].Shape[0], g.p.Slots[y].Shape[0]
		g.emit(OpMatMul, g.out(Int32, Shape{m, n}), []int{x, y})
	case 1: // add, same shape or bias row
		x := g.pick(is(Int32))
		xs := g.p.Slots[x].Shape
		y := x
		if len(xs) >= 1 && g.r.IntN(2) == 0 {
			if b := g.pick(func(s Slot) bool { return s.DType == Int32 && s.Shape.Equal(Shape{xs[len(xs)-1]}) }); b >= 0 {
				y = b
			}
		}
		g.emit(OpAdd, g.out(Int32, xs), []int{x, y})
	case 2: // requant with random parameters
		x := g.pick(is(Int32))
		lo := int32(g.r.IntN(256) - 128)
		hi := lo + int32(g.r.IntN(int(127-lo)+1))
		g.emit(OpRequant, g.out(Int8, g.p.Slots[x].Shape), []int{x},
			1+g.r.Int32N(1<<31-1), g.r.Int32N(63), int32(g.r.IntN(256)-128), lo, hi)
	case 3:
		x := g.r.IntN(len(g.p.Slots))
		g.emit(OpReLU, g.out(g.p.Slots[x].DType, g.p.Slots[x].Shape), []int{x})
	case 4:
		x := g.pick(is(Int8))
		t := g.pick(func(s Slot) bool { return s.DType == Int8 && s.Shape.Equal(Shape{256}) })
		g.emit(OpLUT, g.out(Int8, g.p.Slots[x].Shape), []int{x, t})
	case 5:
		x := g.pick(rankAtLeast(1))
		s := g.p.Slots[x].Shape
		g.emit(OpArgMax, g.out(Int32, s[:len(s)-1]), []int{x})
	case 6: // reshape to a random factorisation of the element count
		x := g.r.IntN(len(g.p.Slots))
		n := g.p.Slots[x].Shape.Elems()
		var s Shape
		for len(s) < MaxRank-1 && n > 1 && g.r.IntN(3) > 0 {
			f := 1 + g.r.IntN(n)
			for n%f != 0 {
				f--
			}
			s, n = append(s, f), n/f
		}
		if n > 1 || g.r.IntN(2) == 0 {
			s = append(s, n)
		}
		g.emit(OpReshape, g.out(g.p.Slots[x].DType, s), []int{x})
	case 7:
		x := g.pick(rankAtLeast(2))
		xs := g.p.Slots[x].Shape
		perm := g.r.Perm(len(xs))
		s := make(Shape, len(xs))
		ps := make([]int32, len(xs))
		for k, a := range perm {
			s[k], ps[k] = xs[a], int32(a)
		}
		g.emit(OpTranspose, g.out(g.p.Slots[x].DType, s), []int{x}, ps...)
	case 8:
		x := g.pick(rankAtLeast(1))
		xs := g.p.Slots[x].Shape
		s := make(Shape, len(xs))
		start := make([]int32, len(xs))
		for k, d := range xs {
			s[k] = 1 + g.r.IntN(d)
			start[k] = int32(g.r.IntN(d - s[k] + 1))
		}
		g.emit(OpSlice, g.out(g.p.Slots[x].DType, s), []int{x}, start...)
	case 9: // concat with a slice of itself along a random axis
		x := g.pick(rankAtLeast(1))
		xs := g.p.Slots[x].Shape
		axis := g.r.IntN(len(xs))
		ys := xs.Clone()
		ys[axis] = 1 + g.r.IntN(xs[axis])
		y := g.out(g.p.Slots[x].DType, ys)
		g.emit(OpSlice, y, []int{x}, make([]int32, len(xs))...)
		s := xs.Clone()
		s[axis] += ys[axis]
		g.emit(OpConcat, g.out(g.p.Slots[x].DType, s), []int{x, y}, int32(axis))
	}
}
