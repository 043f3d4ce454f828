//go:build amd64 && !purego

package i8mm

import (
	"testing"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// testVariants adds, for each assembly implementation in use, its paths
// forced one at a time: packed even where matmulDot would be chosen, and
// matmulDot for every shape.
func testVariants() []*impl {
	var l []*impl
	for _, im := range impls {
		var pk *packedKernel
		switch im.name {
		case "avx2":
			pk = avx2Kernel
		case "avx512vnni":
			pk = vnniKernel
		default:
			continue
		}
		forced := *pk
		forced.noDot = true
		l = append(l, &impl{name: im.name + "-packed", matmul: forced.matmul})
		if im.name == "avx2" {
			l = append(l, &impl{name: "avx2-dot", matmul: matmulDot})
		}
	}
	return l
}

// BenchmarkKernel measures the micro-kernels alone on L1-resident panels
// (one k block of zeros, as long as MatMul's): the ceiling for its GOPS.
func BenchmarkKernel(b *testing.B) {
	for _, k := range []struct {
		name string
		ok   bool
		pk   *packedKernel
	}{
		{"avx2-6x16", cpu.X86.HasAVX2, avx2Kernel},
		{"avx512vnni-8x48", cpu.X86.HasAVX512F && cpu.X86.HasAVX512VNNI, vnniKernel},
	} {
		b.Run(k.name, func(b *testing.B) {
			if !k.ok {
				b.Skip("not supported by this CPU")
			}
			pk := k.pk
			nk := pk.kc / pk.kq
			ap := make([]uint32, pk.mr+nk*pk.mr)
			bp := make([]uint32, nk*pk.nr)
			c := make([]int32, pk.mr*pk.nr)
			for b.Loop() {
				pk.kernel(unsafe.Pointer(&ap[0]), unsafe.Pointer(&bp[0]), nk, &c[0], pk.nr, 1)
			}
			b.ReportMetric(2*float64(pk.mr*pk.nr*pk.kc)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
		})
	}
}
