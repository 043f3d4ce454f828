// Package i8mm is the exact int8 matrix multiply behind the crux reference
// interpreter's matmul op (docs/compute.md, section 2.1): C = A * B^T with
// int8 inputs, exact products and int32 sums that wrap modulo 2^32.
//
// The result is defined by the plain Go loop
//
//	var acc int32
//	for k := range K { acc += int32(a[m*K+k]) * int32(b[j*K+k]) }
//
// and every implementation here returns exactly those bits. Because wrapping
// addition is associative and commutative modulo 2^32, the sum may be split
// and reordered freely (blocking over k, threads, SIMD lanes), but no step may
// saturate: saturating instructions (VPMADDUBSW, VPDPBUSDS, VPDPWSSDS) are
// never used. The amd64 kernels are exact by construction: AVX2 sign-extends
// to int16 and uses VPMADDWD + VPADDD; AVX-512 VNNI uses the non-saturating
// VPDPBUSD on b+128 and subtracts 128*sum(a) (mod 2^32).
package i8mm

import (
	"fmt"
	"runtime"
	"sync"
)

// MatMul computes dst[m*n + j] = sum_k a[m*K+k]*b[j*K+k] for m in [0,M), j in [0,N): C = A * B^T,
// both A (M x K) and B (N x K) row-major int8, dst (M x N) row-major int32.
// Products are exact; the sum wraps modulo 2^32 (two's complement int32), exactly like
// a plain Go loop `acc += int32(a)*int32(b)`. workers <= 0 means runtime.GOMAXPROCS(0);
// workers == 1 runs on the calling goroutine. Panics if slice lengths don't match the shape.
func MatMul(dst []int32, a, b []int8, M, N, K int, workers int) {
	matMulWith(active, dst, a, b, M, N, K, workers)
}

func matMulWith(im *impl, dst []int32, a, b []int8, M, N, K, workers int) {
	checkShape(dst, a, b, M, N, K)
	if M == 0 || N == 0 {
		return
	}
	if K == 0 {
		clear(dst)
		return
	}
	im.matmul(dst, a, b, M, N, K, clampWorkers(workers, M, N, K))
}

// Impl names the kernel in use, e.g. "avx2", "avx512vnni", "generic".
func Impl() string { return active.name }

// impl is one implementation of MatMul for valid, non-empty shapes.
type impl struct {
	name   string
	matmul func(dst []int32, a, b []int8, M, N, K, workers int)
}

// impls lists the implementations this CPU can run, best first; active is
// the one MatMul uses. Tests force each in turn through these.
var (
	impls  []*impl
	active *impl
)

var genericImpl = &impl{name: "generic", matmul: matmulGeneric}

func init() {
	impls = append(archImpls(), genericImpl)
	active = impls[0]
}

func checkShape(dst []int32, a, b []int8, M, N, K int) {
	if M < 0 || N < 0 || K < 0 {
		panic(fmt.Sprintf("i8mm: negative shape M=%d N=%d K=%d", M, N, K))
	}
	if len(a) != M*K || len(b) != N*K || len(dst) != M*N {
		panic(fmt.Sprintf("i8mm: shape M=%d N=%d K=%d needs len(a)=%d len(b)=%d len(dst)=%d, got %d %d %d",
			M, N, K, M*K, N*K, M*N, len(a), len(b), len(dst)))
	}
}

// minOpsPerWorker keeps small products on one goroutine: below it, starting
// goroutines costs more than it saves.
const minOpsPerWorker = 1 << 18

func clampWorkers(workers, M, N, K int) int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if n := int64(M) * int64(N) * int64(K) / minOpsPerWorker; n < int64(workers) {
		workers = max(1, int(n))
	}
	return workers
}

// parallel runs fn(0..n-1), on the calling goroutine when n == 1.
func parallel(n int, fn func(w int)) {
	if n == 1 {
		fn(0)
		return
	}
	var wg sync.WaitGroup
	for w := 1; w < n; w++ {
		wg.Go(func() { fn(w) })
	}
	fn(0)
	wg.Wait()
}

// split returns the w-th of n near-equal parts of [0, total), in units of
// unit (the last part takes the remainder).
func split(total, unit, n, w int) (lo, hi int) {
	units := (total + unit - 1) / unit
	lo = units * w / n * unit
	hi = units * (w + 1) / n * unit
	return min(lo, total), min(hi, total)
}
