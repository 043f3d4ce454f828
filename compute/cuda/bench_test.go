package cuda

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
)

// H100DenseInt8TOPS is the H100 SXM's dense int8 tensor-core peak (the H200
// has the same), the yardstick gpu-check reports matmul throughput against.
const H100DenseInt8TOPS = 1979

// fastRandom fills b from a seeded generator, eight bytes a call.
func fastRandom(b []byte, seed uint64) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], r.Uint64())
	}
	for ; i < len(b); i++ {
		b[i] = byte(r.Uint32())
	}
}

// BenchmarkMatMul8192 is one 8192x8192x8192 int8 matmul (C = A * B^T,
// int32 out) on the tensor-core kernel, the op alone (inputs resident on the
// device, a synchronisation per op as in a job). Reports TOPS and the share
// of the H100's dense int8 peak, and spot-checks 64 outputs against exact
// dot products.
func BenchmarkMatMul8192(b *testing.B) {
	g := gpuBackend(b)
	const n = 8192
	ctx := context.Background()
	p := matmulProgram(n, n, n)
	m, err := g.NewMachine(ctx, p)
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	x := compute.NewTensor(compute.Int8, compute.Shape{n, n})
	y := compute.NewTensor(compute.Int8, compute.Shape{n, n})
	fastRandom(x.Data, 1)
	fastRandom(y.Data, 2)
	if err := m.Load(ctx, 0, x); err != nil {
		b.Fatal(err)
	}
	if err := m.Load(ctx, 1, y); err != nil {
		b.Fatal(err)
	}
	if err := m.Exec(ctx, 0); err != nil { // warm-up
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := m.Exec(ctx, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	tops := 2 * float64(n) * n * n * float64(b.N) / b.Elapsed().Seconds() / 1e12
	b.ReportMetric(tops, "TOPS")
	b.ReportMetric(100*tops/H100DenseInt8TOPS, "%peak")
	out, err := m.Read(ctx, 2)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	xs, ys, os := x.Int8s(), y.Int8s(), out.Int32s()
	for s := 0; s < 64; s++ {
		i, j := r.IntN(n), r.IntN(n)
		var want int32
		for k := 0; k < n; k++ {
			want += int32(xs[i*n+k]) * int32(ys[j*n+k])
		}
		if os[i*n+j] != want {
			b.Fatalf("out[%d][%d] = %d, want %d", i, j, os[i*n+j], want)
		}
	}
}

// BenchmarkDataRoot is the chunk-tree root of a 256 MiB slot hashed on the
// device (the commitment of one step's output). Reports GB/s of tensor data.
func BenchmarkDataRoot(b *testing.B) {
	g := gpuBackend(b)
	const size = 256 << 20
	ctx := context.Background()
	p := &compute.Program{
		Slots: []compute.Slot{
			{Name: "x", DType: compute.Int8, Shape: compute.Shape{size}, Input: true},
			{Name: "y", DType: compute.Int8, Shape: compute.Shape{size}, Output: true},
		},
		Ops: []compute.Op{{Code: compute.OpReLU, Out: 1, In: []int{0}}},
	}
	m, err := g.NewMachine(ctx, p)
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	x := compute.NewTensor(compute.Int8, compute.Shape{size})
	fastRandom(x.Data, 5)
	if err := m.Load(ctx, 0, x); err != nil {
		b.Fatal(err)
	}
	if _, err := m.DataRoot(ctx, 0); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.DataRoot(ctx, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
}

// BenchmarkMNIST is the whole MNIST job (10,000 images, commitments
// included, as `crux run` does it) on the CPU reference and on the GPU, side
// by side.
func BenchmarkMNIST(b *testing.B) {
	p, inputs := mnistProgram(b, mnist.Batch)
	run := func(b *testing.B, be compute.Backend) {
		if _, err := compute.Run(context.Background(), be, p, inputs, compute.RunOptions{}); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := compute.Run(context.Background(), be, p, inputs, compute.RunOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/job")
	}
	b.Run("cpu", func(b *testing.B) { run(b, compute.CPU{}) })
	b.Run("cuda", func(b *testing.B) { run(b, gpuBackend(b)) })
}
