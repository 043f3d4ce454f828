package compute

import (
	"context"
	"math"
	"testing"
)

// runOne runs a one-op program over the given input tensors and returns the
// output tensor. Inputs are named x, y; the output is out.
func runOne(t *testing.T, code Opcode, params []int32, out Slot, in ...Tensor) Tensor {
	t.Helper()
	p := &Program{}
	names := []string{"x", "y"}
	inputs := map[string]Tensor{}
	op := Op{Code: code}
	for k, tn := range in {
		p.Slots = append(p.Slots, Slot{Name: names[k], DType: tn.DType, Shape: tn.Shape, Input: true})
		inputs[names[k]] = tn
		op.In = append(op.In, k)
	}
	out.Name, out.Output = "out", true
	p.Slots = append(p.Slots, out)
	op.Out = len(p.Slots) - 1
	copy(op.Params[:], params)
	p.Ops = []Op{op}
	if err := p.Validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
	tr, err := Run(context.Background(), CPU{}, p, inputs, RunOptions{})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return tr.Outputs[0].Tensor
}

func i8(s Shape, v ...int8) Tensor   { return Int8Tensor(s, v) }
func i32(s Shape, v ...int32) Tensor { return Int32Tensor(s, v) }

func eqI8(t *testing.T, got Tensor, want ...int8) {
	t.Helper()
	g := got.Int8s()
	if len(g) != len(want) {
		t.Fatalf("got %d elements, want %d", len(g), len(want))
	}
	for i := range want {
		if g[i] != want[i] {
			t.Fatalf("element %d: got %d, want %d (all: %v)", i, g[i], want[i], g)
		}
	}
}

func eqI32(t *testing.T, got Tensor, want ...int32) {
	t.Helper()
	g := got.Int32s()
	if len(g) != len(want) {
		t.Fatalf("got %d elements, want %d", len(g), len(want))
	}
	for i := range want {
		if g[i] != want[i] {
			t.Fatalf("element %d: got %d, want %d (all: %v)", i, g[i], want[i], g)
		}
	}
}

func TestMatMul(t *testing.T) {
	// x = [[1,2,3],[4,5,6]], y = [[1,0,-1],[2,2,2]] (rows are the B^T columns).
	x := i8(Shape{2, 3}, 1, 2, 3, 4, 5, 6)
	y := i8(Shape{2, 3}, 1, 0, -1, 2, 2, 2)
	got := runOne(t, OpMatMul, nil, Slot{DType: Int32, Shape: Shape{2, 2}}, x, y)
	eqI32(t, got, 1-3, 2+4+6, 4-6, 8+10+12)

	// Extremes: (-128)*(-128) = 16384 and (-128)*127 = -16256 are exact.
	x = i8(Shape{1, 2}, -128, -128)
	y = i8(Shape{2, 2}, -128, -128, 127, -128)
	got = runOne(t, OpMatMul, nil, Slot{DType: Int32, Shape: Shape{1, 2}}, x, y)
	eqI32(t, got, 32768, -16256+16384)
}

func TestMatMulExtremes(t *testing.T) {
	// The largest magnitude a matmul can reach within MaxReduce: K products of
	// (-128)*(-128) = 2^14 each. It fits int32, so within the limits only add
	// wraps; the kernel's own tests cover wrapping at larger K.
	x := NewTensor(Int8, Shape{2, MaxReduce})
	y := NewTensor(Int8, Shape{1, MaxReduce})
	for i := range y.Data {
		x.Data[i], x.Data[MaxReduce+i], y.Data[i] = 0x80, 0x7f, 0x80 // rows of -128 and 127
	}
	got := runOne(t, OpMatMul, nil, Slot{DType: Int32, Shape: Shape{2, 1}}, x, y)
	eqI32(t, got, MaxReduce<<14, -127*128*MaxReduce)
}

func TestAdd(t *testing.T) {
	x := i32(Shape{2, 3}, 1, 2, 3, math.MaxInt32, math.MinInt32, -1)
	y := i32(Shape{2, 3}, 10, 20, 30, 1, -1, 1)
	got := runOne(t, OpAdd, nil, Slot{DType: Int32, Shape: Shape{2, 3}}, x, y)
	eqI32(t, got, 11, 22, 33, math.MinInt32, math.MaxInt32, 0) // both wrap

	bias := i32(Shape{3}, 100, 200, 300)
	got = runOne(t, OpAdd, nil, Slot{DType: Int32, Shape: Shape{2, 3}}, x, bias)
	eqI32(t, got, 101, 202, 303, math.MinInt32+99, math.MinInt32+200, 299)
}

func TestRequantRounding(t *testing.T) {
	cases := []struct {
		v, mult, shift, zp, lo, hi int32
		want                       int8
	}{
		{5, 1, 1, 0, -128, 127, 3},     // 2.5 rounds away from zero
		{-5, 1, 1, 0, -128, 127, -3},   // -2.5 too
		{3, 1, 1, 0, -128, 127, 2},     // 1.5
		{-3, 1, 1, 0, -128, 127, -2},   // -1.5
		{1, 1, 1, 0, -128, 127, 1},     // 0.5
		{-1, 1, 1, 0, -128, 127, -1},   // -0.5
		{7, 1, 2, 0, -128, 127, 2},     // 1.75
		{5, 1, 2, 0, -128, 127, 1},     // 1.25
		{-5, 1, 2, 0, -128, 127, -1},   // -1.25
		{6, 1, 2, 0, -128, 127, 2},     // exactly 1.5
		{-6, 1, 2, 0, -128, 127, -2},   // exactly -1.5
		{100, 1, 0, 0, -128, 127, 100}, // shift 0 is the identity
		{1000, 1, 0, 0, -128, 127, 127},
		{-1000, 1, 0, 0, -128, 127, -128},
		{128, 1, 0, 0, -128, 127, 127},   // saturates at 127
		{-129, 1, 0, 0, -128, 127, -128}, // saturates at -128
		{127, 1, 0, 0, -128, 127, 127},
		{-128, 1, 0, 0, -128, 127, -128},
		{10, 1, 0, -5, -128, 127, 5},                           // zero point added after rounding
		{-10, 1, 0, 0, 0, 127, 0},                              // fused relu: min = zero point
		{50, 1, 0, 0, -128, 20, 20},                            // max clamp
		{math.MinInt32, math.MaxInt32, 62, 0, -128, 127, -1},   // |p| = 2^62-2^31: -0.99999... rounds to -1
		{math.MinInt32, 1, 32, 0, -128, 127, -1},               // exactly -0.5 rounds away to -1
		{math.MaxInt32, 1, 32, 0, -128, 127, 0},                // just below 0.5
		{math.MinInt32, math.MaxInt32, 30, 0, -128, 127, -128}, // huge negative saturates
		{math.MaxInt32, math.MaxInt32, 61, 0, -128, 127, 2},    // (2^31-1)^2/2^61 = 1.99999...
		{1 << 30, 1 << 30, 60, 0, -128, 127, 1},                // exactly 2^60/2^60
		{3, 1 << 30, 31, 0, -128, 127, 2},                      // 3*2^30/2^31 = 1.5 -> 2
		{-3, 1 << 30, 31, 0, -128, 127, -2},
	}
	for _, c := range cases {
		if got := Requant(c.v, c.mult, c.shift, c.zp, c.lo, c.hi); got != c.want {
			t.Errorf("Requant(%d, mult %d, shift %d, zp %d, [%d,%d]) = %d, want %d", c.v, c.mult, c.shift, c.zp, c.lo, c.hi, got, c.want)
		}
	}
	// The same through the op.
	x := i32(Shape{4}, 5, -5, 1000, -1000)
	got := runOne(t, OpRequant, []int32{1, 1, 0, -128, 127}, Slot{DType: Int8, Shape: Shape{4}}, x)
	eqI8(t, got, 3, -3, 127, -128)
}

func TestReLU(t *testing.T) {
	got := runOne(t, OpReLU, nil, Slot{DType: Int8, Shape: Shape{4}}, i8(Shape{4}, -128, -1, 0, 127))
	eqI8(t, got, 0, 0, 0, 127)
	got = runOne(t, OpReLU, nil, Slot{DType: Int32, Shape: Shape{3}}, i32(Shape{3}, math.MinInt32, 5, math.MaxInt32))
	eqI32(t, got, 0, 5, math.MaxInt32)
}

func TestLUT(t *testing.T) {
	table := NewTensor(Int8, Shape{256})
	for i := range table.Data {
		table.Data[i] = byte(int8(-(i - 128) / 2)) // f(x) = -x/2, truncated
	}
	got := runOne(t, OpLUT, nil, Slot{DType: Int8, Shape: Shape{2, 2}}, i8(Shape{2, 2}, -128, 0, 127, -1), table)
	eqI8(t, got, 64, 0, -63, 0)
}

func TestArgMax(t *testing.T) {
	// First maximum wins ties.
	x := i8(Shape{3, 4}, 1, 5, 5, 2, -128, -128, -128, -128, -1, -2, 7, 7)
	got := runOne(t, OpArgMax, nil, Slot{DType: Int32, Shape: Shape{3}}, x)
	eqI32(t, got, 1, 0, 2)
	y := i32(Shape{4}, math.MinInt32, math.MaxInt32, 0, math.MaxInt32)
	got = runOne(t, OpArgMax, nil, Slot{DType: Int32, Shape: Shape{}}, y)
	eqI32(t, got, 1)
}

func TestReshape(t *testing.T) {
	x := i32(Shape{2, 3}, 1, 2, 3, 4, 5, 6)
	got := runOne(t, OpReshape, nil, Slot{DType: Int32, Shape: Shape{3, 1, 2}}, x)
	eqI32(t, got, 1, 2, 3, 4, 5, 6)
	if !got.Shape.Equal(Shape{3, 1, 2}) {
		t.Fatalf("shape %v", got.Shape)
	}
}

func TestTranspose(t *testing.T) {
	x := i8(Shape{2, 3}, 1, 2, 3, 4, 5, 6)
	got := runOne(t, OpTranspose, []int32{1, 0}, Slot{DType: Int8, Shape: Shape{3, 2}}, x)
	eqI8(t, got, 1, 4, 2, 5, 3, 6)

	// Rank 3, perm (2,0,1): out[i][j][k] = x[j][k][i].
	v := make([]int32, 2*3*4)
	for i := range v {
		v[i] = int32(i)
	}
	x3 := i32(Shape{2, 3, 4}, v...)
	got = runOne(t, OpTranspose, []int32{2, 0, 1}, Slot{DType: Int32, Shape: Shape{4, 2, 3}}, x3)
	g := got.Int32s()
	for i := 0; i < 4; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 3; k++ {
				if want := int32(j*12 + k*4 + i); g[i*6+j*3+k] != want {
					t.Fatalf("out[%d][%d][%d] = %d, want %d", i, j, k, g[i*6+j*3+k], want)
				}
			}
		}
	}
}

func TestSlice(t *testing.T) {
	v := make([]int8, 4*5)
	for i := range v {
		v[i] = int8(i)
	}
	got := runOne(t, OpSlice, []int32{1, 2}, Slot{DType: Int8, Shape: Shape{2, 3}}, i8(Shape{4, 5}, v...))
	eqI8(t, got, 7, 8, 9, 12, 13, 14)
}

func TestConcat(t *testing.T) {
	x := i32(Shape{2, 2}, 1, 2, 3, 4)
	y := i32(Shape{2, 1}, 9, 8)
	got := runOne(t, OpConcat, []int32{1}, Slot{DType: Int32, Shape: Shape{2, 3}}, x, y)
	eqI32(t, got, 1, 2, 9, 3, 4, 8)
	y0 := i32(Shape{1, 2}, 7, 7)
	got = runOne(t, OpConcat, []int32{0}, Slot{DType: Int32, Shape: Shape{3, 2}}, x, y0)
	eqI32(t, got, 1, 2, 3, 4, 7, 7)
}

func TestInPlaceReadsOldValue(t *testing.T) {
	// add h = h + h reads the old h for both inputs.
	p := &Program{
		Slots: []Slot{{Name: "h", DType: Int32, Shape: Shape{2}, Input: true, Output: true}},
		Ops:   []Op{{Code: OpAdd, Out: 0, In: []int{0, 0}}, {Code: OpAdd, Out: 0, In: []int{0, 0}}},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	tr, err := Run(context.Background(), CPU{}, p, map[string]Tensor{"h": i32(Shape{2}, 3, -5)}, RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatal(err)
	}
	eqI32(t, tr.Outputs[0].Tensor, 12, -20)
	first, err := tr.Tensor(1, 0)
	if err != nil {
		t.Fatal(err)
	}
	eqI32(t, first, 6, -10)
	init, _ := tr.Tensor(0, 0)
	eqI32(t, init, 3, -5)
}
