package i8mm

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// naive is the definition: the plain Go loop with wrapping int32 sums.
func naive(dst []int32, a, b []int8, M, N, K int) {
	for m := range M {
		for j := range N {
			var acc int32
			for k := range K {
				acc += int32(a[m*K+k]) * int32(b[j*K+k])
			}
			dst[m*N+j] = acc
		}
	}
}

func randInt8(r *rand.Rand, n int) []int8 {
	x := make([]int8, n)
	for i := range x {
		x[i] = int8(r.Uint32())
	}
	return x
}

// run calls im with exactly `workers` workers (no clamping for small shapes,
// so the multi-worker paths are exercised on small inputs too).
func run(im *impl, dst []int32, a, b []int8, M, N, K, workers int) {
	checkShape(dst, a, b, M, N, K)
	im.matmul(dst, a, b, M, N, K, workers)
}

// check compares im against naive for one input and several worker counts.
func check(t *testing.T, im *impl, a, b []int8, M, N, K int, workers ...int) {
	t.Helper()
	want := make([]int32, M*N)
	naive(want, a, b, M, N, K)
	for _, w := range workers {
		got := make([]int32, M*N)
		for i := range got {
			got[i] = 0x5a5a5a5a // results must not depend on dst's old contents
		}
		run(im, got, a, b, M, N, K, w)
		if i := firstDiff(got, want); i >= 0 {
			t.Fatalf("%s M=%d N=%d K=%d workers=%d: dst[%d] (m=%d j=%d) = %d, want %d",
				im.name, M, N, K, w, i, i/N, i%N, got[i], want[i])
		}
	}
}

func firstDiff(x, y []int32) int {
	for i := range x {
		if x[i] != y[i] {
			return i
		}
	}
	return -1
}

func TestImpls(t *testing.T) {
	t.Logf("Impl() = %s; available: %v", Impl(), implNames())
	if Impl() != impls[0].name || impls[len(impls)-1] != genericImpl {
		t.Fatalf("Impl() = %s, impls = %v", Impl(), implNames())
	}
}

// testImpls are all implementations and forced paths available here.
func testImpls() []*impl { return append(append([]*impl(nil), impls...), testVariants()...) }

func implNames() []string {
	var s []string
	for _, im := range impls {
		s = append(s, im.name)
	}
	return s
}

// edgeDims are sizes around every tile, vector and block boundary in use.
var edgeDims = []int{1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15, 16, 17, 31, 32, 33, 47, 48, 49, 63, 64, 65, 97, 121, 129}

// edgeK adds the k step, unroll and k block boundaries (kc 512, generic 2048).
var edgeK = []int{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 65, 511, 512, 513, 1023, 1025, 2047, 2049}

func TestShapes(t *testing.T) {
	for _, im := range testImpls() {
		t.Run(im.name, func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(1, 2))
			pick := func(s []int) int { return s[r.IntN(len(s))] }
			for range 250 {
				M, N, K := pick(edgeDims), pick(edgeDims), pick(edgeK)
				check(t, im, randInt8(r, M*K), randInt8(r, N*K), M, N, K, 1, 1+r.IntN(8))
			}
			// Fully random shapes.
			for range 60 {
				M, N, K := 1+r.IntN(140), 1+r.IntN(140), 1+r.IntN(700)
				check(t, im, randInt8(r, M*K), randInt8(r, N*K), M, N, K, 1, 2, 3)
			}
			// Across the N block (nc) and the M block (mc).
			for _, s := range [][3]int{{3, 2100, 70}, {130, 2070, 9}, {300, 50, 600}, {257, 129, 1100}} {
				M, N, K := s[0], s[1], s[2]
				check(t, im, randInt8(r, M*K), randInt8(r, N*K), M, N, K, 1, 2, 5)
			}
		})
	}
}

func fill(n int, v int8) []int8 {
	x := make([]int8, n)
	for i := range x {
		x[i] = v
	}
	return x
}

func TestExtremes(t *testing.T) {
	const M, N = 7, 19 // edge tiles in both directions for every kernel
	for _, im := range testImpls() {
		t.Run(im.name, func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(3, 4))
			for _, K := range []int{1, 3, 64, 1000, 4099} {
				for _, av := range []int8{-128, 127, -1, 0} {
					for _, bv := range []int8{-128, 127, 1} {
						check(t, im, fill(M*K, av), fill(N*K, bv), M, N, K, 1, 3)
					}
				}
				// Random mixes of the extremes.
				ext := func(n int) []int8 {
					x := make([]int8, n)
					for i := range x {
						x[i] = []int8{-128, 127, -127, -1, 1}[r.IntN(5)]
					}
					return x
				}
				check(t, im, ext(M*K), ext(N*K), M, N, K, 1, 2)
			}
		})
	}
}

// TestWraparound: with K >= 131073, sum of (-128)*(-128) = 2^14*K passes
// 2^31 and must wrap exactly like int32 addition does.
func TestWraparound(t *testing.T) {
	for _, im := range testImpls() {
		t.Run(im.name, func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(5, 6))
			for _, K := range []int{131072, 131073, 131075, 262147, 400001} {
				M, N := 3, 17
				a, b := fill(M*K, -128), fill(N*K, -128)
				got := make([]int32, M*N)
				run(im, got, a, b, M, N, K, 2)
				want := int32(uint32(16384 * K))
				for i, v := range got {
					if v != want {
						t.Fatalf("K=%d dst[%d] = %d, want %d", K, i, v, want)
					}
				}
				if K == 131073 && want >= 0 {
					t.Fatalf("K=%d should wrap negative, got %d", K, want)
				}
				// 127*-128 drives sums the other way; mixed rows keep both.
				a = fill(M*K, 127)
				for i := range K {
					a[2*K+i] = -128
				}
				check(t, im, a, b, M, N, K, 1)
				check(t, im, randInt8(r, M*K), randInt8(r, N*K), M, N, K, 1, 3)
			}
		})
	}
}

// TestWorkers: the bits do not depend on the number of workers, including
// more workers than rows (then columns are split too).
func TestWorkers(t *testing.T) {
	for _, im := range testImpls() {
		t.Run(im.name, func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(7, 8))
			for _, s := range [][3]int{{67, 1031, 301}, {1, 300, 200}, {2, 1000, 33}, {200, 1, 100}, {13, 97, 1500}} {
				M, N, K := s[0], s[1], s[2]
				a, b := randInt8(r, M*K), randInt8(r, N*K)
				ref := make([]int32, M*N)
				run(im, ref, a, b, M, N, K, 1)
				for _, w := range []int{2, 3, 4, 7, 16} {
					got := make([]int32, M*N)
					run(im, got, a, b, M, N, K, w)
					if !slices.Equal(got, ref) {
						t.Fatalf("M=%d N=%d K=%d: workers=%d differs from workers=1", M, N, K, w)
					}
				}
			}
		})
	}
}

// TestMatMul exercises the public entry point, including workers <= 0 and
// degenerate shapes.
func TestMatMul(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, s := range [][3]int{{130, 140, 600}, {1, 1, 1}, {5, 3, 0}} {
		M, N, K := s[0], s[1], s[2]
		a, b := randInt8(r, M*K), randInt8(r, N*K)
		want := make([]int32, M*N)
		naive(want, a, b, M, N, K)
		for _, w := range []int{-1, 0, 1, 2} {
			got := make([]int32, M*N)
			for i := range got {
				got[i] = 7
			}
			MatMul(got, a, b, M, N, K, w)
			if !slices.Equal(got, want) {
				t.Fatalf("MatMul M=%d N=%d K=%d workers=%d differs from naive", M, N, K, w)
			}
		}
	}
	MatMul(nil, nil, make([]int8, 6), 0, 2, 3, 1)
	MatMul(nil, make([]int8, 6), nil, 2, 0, 3, 1)
}

func TestPanics(t *testing.T) {
	cases := []struct {
		name    string
		dst     []int32
		a, b    []int8
		M, N, K int
	}{
		{"short a", make([]int32, 6), make([]int8, 5), make([]int8, 9), 2, 3, 3},
		{"long a", make([]int32, 6), make([]int8, 7), make([]int8, 9), 2, 3, 3},
		{"short b", make([]int32, 6), make([]int8, 6), make([]int8, 8), 2, 3, 3},
		{"long dst", make([]int32, 7), make([]int8, 6), make([]int8, 9), 2, 3, 3},
		{"short dst", make([]int32, 5), make([]int8, 6), make([]int8, 9), 2, 3, 3},
		{"negative", nil, nil, nil, -1, -1, 0},
		{"nil inputs", make([]int32, 1), nil, nil, 1, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatalf("no panic")
				}
			}()
			MatMul(c.dst, c.a, c.b, c.M, c.N, c.K, 1)
		})
	}
}

// BenchmarkMatMul1024 reports GOPS (2*M*N*K operations per product) for each
// implementation on one core and on all cores, and for the naive loop.
func BenchmarkMatMul1024(b *testing.B) {
	const M, N, K = 1024, 1024, 1024
	r := rand.New(rand.NewPCG(11, 12))
	x, y := randInt8(r, M*K), randInt8(r, N*K)
	dst := make([]int32, M*N)
	report := func(b *testing.B, elapsed time.Duration) {
		b.ReportMetric(2*M*N*K*float64(b.N)/elapsed.Seconds()/1e9, "GOPS")
	}
	for _, im := range impls {
		for _, w := range []int{1, 0} {
			name := fmt.Sprintf("%s/single-core", im.name)
			if w == 0 {
				name = fmt.Sprintf("%s/all-core", im.name)
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					matMulWith(im, dst, x, y, M, N, K, w)
				}
				report(b, b.Elapsed())
			})
		}
	}
	b.Run("naive", func(b *testing.B) {
		for b.Loop() {
			naive(dst, x, y, M, N, K)
		}
		report(b, b.Elapsed())
	})
}

// BenchmarkShapes covers shapes the interpreter meets besides big squares:
// batches of one (matrix-vector), tiny layers, mid-size blocks.
func BenchmarkShapes(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, s := range [][3]int{{4, 10, 784}, {64, 128, 784}, {1, 1024, 1024}, {256, 256, 256}, {100, 100, 100}} {
		M, N, K := s[0], s[1], s[2]
		x, y := randInt8(r, M*K), randInt8(r, N*K)
		dst := make([]int32, M*N)
		for _, im := range impls {
			for _, w := range []int{1, 0} {
				b.Run(fmt.Sprintf("%dx%dx%d/%s/w%d", M, N, K, im.name, w), func(b *testing.B) {
					for b.Loop() {
						matMulWith(im, dst, x, y, M, N, K, w)
					}
					b.ReportMetric(2*float64(M*N*K)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
				})
			}
		}
	}
}
