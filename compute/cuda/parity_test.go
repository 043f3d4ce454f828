package cuda

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
)

// checkParity runs p on the CPU reference and on b and requires the same
// program root, every state root S_0..S_n, the same output root and the same
// output bytes. On a mismatch it names the first step that differs, its op
// and the first differing byte of the tensor it wrote.
func checkParity(t *testing.T, b compute.Backend, p *compute.Program, inputs map[string]compute.Tensor) {
	t.Helper()
	ctx := context.Background()
	want, err := compute.Run(ctx, compute.CPU{}, p, inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := compute.Run(ctx, b, p, inputs, compute.RunOptions{KeepWrites: true})
	if err != nil {
		t.Fatalf("%s: %v", b.Name(), err)
	}
	if got.ProgramRoot != want.ProgramRoot {
		t.Fatalf("program root %s, want %s", got.ProgramRoot, want.ProgramRoot)
	}
	if len(got.States) != len(want.States) {
		t.Fatalf("%d states, want %d", len(got.States), len(want.States))
	}
	for k := range want.States {
		if got.States[k] == want.States[k] {
			continue
		}
		if k == 0 {
			t.Fatalf("input root %s, want %s", got.States[0], want.States[0])
		}
		op := p.Ops[k-1]
		gt, _ := got.Tensor(k, op.Out)
		wt, _ := want.Tensor(k, op.Out)
		t.Fatalf("state root S_%d differs: step %d (%s %v -> slot %d %s%v) %s", k, k, op.Code, op.In, op.Out,
			p.Slots[op.Out].DType, p.Slots[op.Out].Shape, firstDiff(gt.Data, wt.Data))
	}
	if got.OutputRoot != want.OutputRoot {
		t.Fatalf("output root %s, want %s", got.OutputRoot, want.OutputRoot)
	}
	for i, o := range want.Outputs {
		if g := got.Outputs[i]; g.Name != o.Name || g.Root != o.Root || !bytes.Equal(g.Tensor.Data, o.Tensor.Data) {
			t.Fatalf("output %q differs: %s", o.Name, firstDiff(g.Tensor.Data, o.Tensor.Data))
		}
	}
}

func firstDiff(got, want []byte) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d bytes, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			return fmt.Sprintf("byte %d of %d is %#02x, want %#02x", i, len(want), got[i], want[i])
		}
	}
	return "tensor bytes equal (the root differs)"
}

// Random programs of every op kind, including writes into input slots and
// multi-chunk tensors: every state root equal to the CPU's.
func TestParityRandomPrograms(t *testing.T) {
	devices(t, func(t *testing.T, b *Backend) {
		seeds := 40
		if testing.Short() {
			seeds = 8
		}
		for seed := uint64(1); seed <= uint64(seeds); seed++ {
			p, inputs := computetest.RandomProgram(seed, 30)
			t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { checkParity(t, b, p, inputs) })
		}
	})
}

// mnistProgram is the MNIST example program over the first batch test images
// (the example's 10,000 when batch is mnist.Batch) and its inputs.
func mnistProgram(t testing.TB, batch int) (*compute.Program, map[string]compute.Tensor) {
	t.Helper()
	p, inputs, err := mnist.ReadFiles(filepath.Join("..", "..", "examples", "mnist"))
	if err != nil {
		t.Fatal(err)
	}
	if batch != mnist.Batch {
		for i, s := range p.Slots {
			if len(s.Shape) > 0 && s.Shape[0] == mnist.Batch {
				p.Slots[i].Shape = append(compute.Shape{batch}, s.Shape[1:]...)
			}
		}
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	inputs[mnist.ImagesSlot] = mnist.ImagesTensor(test, batch)
	return p, inputs
}

// The MNIST job: the whole 10,000-image job on a GPU; 256 images on the
// emulator, which is far slower than the CPU reference.
func TestParityMNIST(t *testing.T) {
	t.Run("emu", func(t *testing.T) {
		b := emuBackend(t)
		p, inputs := mnistProgram(t, 256)
		checkParity(t, b, p, inputs)
	})
	t.Run("gpu", func(t *testing.T) {
		b := gpuBackend(t)
		p, inputs := mnistProgram(t, mnist.Batch)
		checkParity(t, b, p, inputs)
	})
}

// randInt8 fills an int8 tensor with uniform bytes, a quarter of them at the
// extremes -128 and 127 (the largest products).
func randInt8(r *rand.Rand, s compute.Shape) compute.Tensor {
	t := compute.NewTensor(compute.Int8, s)
	for i := range t.Data {
		switch r.IntN(8) {
		case 0:
			t.Data[i] = 0x80
		case 1:
			t.Data[i] = 0x7f
		default:
			t.Data[i] = byte(r.Uint32())
		}
	}
	return t
}

func matmulProgram(m, k, n int) *compute.Program {
	p := &compute.Program{
		Slots: []compute.Slot{
			{Name: "x", DType: compute.Int8, Shape: compute.Shape{m, k}, Input: true},
			{Name: "y", DType: compute.Int8, Shape: compute.Shape{n, k}, Input: true},
			{Name: "out", DType: compute.Int32, Shape: compute.Shape{m, n}, Output: true},
		},
		Ops: []compute.Op{{Code: compute.OpMatMul, Out: 2, In: []int{0, 1}}},
	}
	if err := p.Validate(); err != nil {
		panic(err)
	}
	return p
}

// Both matmul kernels on shapes around their tile edges: partial tiles in M
// and N, K below, at and across the k-tile, more tile rows than one raster
// group (M > 1024), K at MaxReduce with extreme values, and (for dp4a) K not
// a multiple of 16 or of 4.
func TestParityMatMul(t *testing.T) {
	shapes := [][3]int{ // M, K, N
		{1, 16, 1}, {3, 32, 5}, {17, 48, 9}, {128, 64, 128}, {129, 80, 130},
		{64, 256, 200}, {1100, 32, 10}, {2, 8192, 3}, {33, 16, 257},
		{5, 1100, 12}, {7, 13, 3}, {65, 70, 66}, {1, 1, 1},
	}
	devices(t, func(t *testing.T, b *Backend) {
		r := rand.New(rand.NewPCG(1, 2))
		for _, mma := range []bool{true, false} {
			for _, s := range shapes {
				m, k, n := s[0], s[1], s[2]
				if mma && k%16 != 0 {
					continue // the backend always takes dp4a there
				}
				name := fmt.Sprintf("dp4a/%dx%dx%d", m, k, n)
				if mma {
					name = fmt.Sprintf("mma/%dx%dx%d", m, k, n)
				}
				t.Run(name, func(t *testing.T) {
					b.noMMA = !mma
					defer func() { b.noMMA = false }()
					inputs := map[string]compute.Tensor{
						"x": randInt8(r, compute.Shape{m, k}),
						"y": randInt8(r, compute.Shape{n, k}),
					}
					checkParity(t, b, matmulProgram(m, k, n), inputs)
				})
			}
		}
	})
}

// Ops whose output slot is also an input: the in-place elementwise forms and
// the forms that need a fresh buffer (transpose of a square tensor onto
// itself, a lookup table overwritten by its own lookup, slice onto itself).
func TestParityAliasing(t *testing.T) {
	p := &compute.Program{
		Slots: []compute.Slot{
			{Name: "sq", DType: compute.Int32, Shape: compute.Shape{33, 33}, Input: true},
			{Name: "t", DType: compute.Int8, Shape: compute.Shape{256}, Input: true},
			{Name: "v", DType: compute.Int32, Shape: compute.Shape{33}, Input: true},
			{Name: "c", DType: compute.Int8, Shape: compute.Shape{5, 7, 3}, Input: true},
			{Name: "w", DType: compute.Int32, Shape: compute.Shape{256}, Input: true},
			{Name: "o", DType: compute.Int8, Shape: compute.Shape{256}, Output: true},
		},
		Ops: []compute.Op{
			{Code: compute.OpTranspose, Out: 0, In: []int{0}, Params: [14]int32{1, 0}},
			{Code: compute.OpAdd, Out: 0, In: []int{0, 2}},
			{Code: compute.OpAdd, Out: 2, In: []int{2, 2}},
			{Code: compute.OpReLU, Out: 0, In: []int{0}},
			{Code: compute.OpLUT, Out: 1, In: []int{1, 1}},
			{Code: compute.OpLUT, Out: 5, In: []int{1, 1}},
			{Code: compute.OpTranspose, Out: 3, In: []int{3}, Params: [14]int32{0, 1, 2}},
			{Code: compute.OpSlice, Out: 3, In: []int{3}, Params: [14]int32{0, 0, 0}},
			{Code: compute.OpReshape, Out: 3, In: []int{3}},
			{Code: compute.OpArgMax, Out: 2, In: []int{0}},
			{Code: compute.OpRequant, Out: 1, In: []int{4}, Params: [14]int32{1 << 30, 40, 3, -100, 100}},
			{Code: compute.OpReLU, Out: 1, In: []int{1}},
			{Code: compute.OpLUT, Out: 5, In: []int{5, 1}},
		},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	inputs := map[string]compute.Tensor{}
	for _, s := range p.Slots {
		if s.Input {
			x := compute.NewTensor(s.DType, s.Shape)
			for i := range x.Data {
				x.Data[i] = byte(r.Uint32())
			}
			inputs[s.Name] = x
		}
	}
	devices(t, func(t *testing.T, b *Backend) { checkParity(t, b, p, inputs) })
}

// The device chunk tree against merkle.DataRoot for sizes around every
// boundary of the hashing passes: one chunk, a partial chunk, 128 chunks (one
// full leaf block), 129, 2^15 (one leaves pass and one full nodes pass) and
// 2^15 + 3 chunks (a second nodes pass over a ragged level).
func TestDataRoot(t *testing.T) {
	sizes := []int{1, 1023, 1024, 1025, 3 * 1024, 128 * 1024, 129*1024 - 5, 1 << 20, 200 << 10}
	if !testing.Short() {
		sizes = append(sizes, 32<<20, 32<<20+3*1024)
	}
	devices(t, func(t *testing.T, b *Backend) {
		r := rand.New(rand.NewPCG(5, 6))
		for _, n := range sizes {
			p := &compute.Program{
				Slots: []compute.Slot{
					{Name: "x", DType: compute.Int8, Shape: compute.Shape{n}, Input: true},
					{Name: "y", DType: compute.Int8, Shape: compute.Shape{n}, Output: true},
				},
				Ops: []compute.Op{{Code: compute.OpReLU, Out: 1, In: []int{0}}},
			}
			m, err := b.NewMachine(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			x := randInt8(r, compute.Shape{n})
			if err := m.Load(context.Background(), 0, x); err != nil {
				t.Fatal(err)
			}
			got, err := m.DataRoot(context.Background(), 0)
			if err != nil {
				t.Fatal(err)
			}
			if want := merkle.DataRoot(x.Data, 0); got != want {
				t.Errorf("%d bytes: data root %s, want %s", n, got, want)
			}
			// A never-written slot is the zero root without touching the device.
			if got, _ := m.DataRoot(context.Background(), 1); got != compute.ZeroDataRoot(compute.Int8, compute.Shape{n}) {
				t.Errorf("%d bytes: zero slot root %s", n, got)
			}
			if err := m.Close(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
