//go:build amd64 && !purego

package i8mm

//go:generate go run ./asmgen -o kernel_amd64.s

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// The assembly micro-kernels (kernel_amd64.s). Each computes one tile of C
// over nk packed k steps and stores it (acc == 0) or adds it to C (acc != 0);
// ldc is C's row stride in elements.

//go:noescape
func avx2Kernel6x16(ap, bp unsafe.Pointer, nk int, c *int32, ldc int, acc int)

//go:noescape
func vnniKernel8x48(ap, bp unsafe.Pointer, nk int, c *int32, ldc int, acc int)

// avx2: 6x16 tiles use all 16 ymm registers (12 accumulators, two of B, the
// broadcast and the product). With k blocks of 1024 a B micro-panel is
// 32 KiB: L1-resident on newer cores, else read from L2 at 64 bytes per 12
// VPMADDWD, well within its bandwidth; and K <= 1024 needs one block, so no
// pass that adds to C and no second pack/compute barrier (measured: ~10%
// more with two cores than k blocks of 512). A 120-row A block is 240 KiB,
// for L2.
var avx2Kernel = &packedKernel{
	mr: 6, nr: 16, kq: 2,
	kc: 1024, mc: 120, nc: 2048,
	packA: packAPairs, packB: packBPairs,
	kernel: avx2Kernel6x16,
	dotM:   6,
}

// vnni: 8x48 tiles use 27 of the 32 zmm registers. Packed bytes instead of
// int16 halve the panels: a B micro-panel is 48 KiB, an A block 128 KiB.
var vnniKernel = &packedKernel{
	mr: 8, nr: 48, kq: 4, corr: true,
	kc: 1024, mc: 128, nc: 2064,
	packA: packAQuads, packB: packBQuads,
	kernel: vnniKernel8x48,
	dotM:   3,
}

func archImpls() []*impl {
	var l []*impl
	x := &cpu.X86
	if x.HasAVX2 && x.HasAVX512F && x.HasAVX512VNNI {
		l = append(l, &impl{name: "avx512vnni", matmul: vnniKernel.matmul})
	}
	if x.HasAVX2 {
		l = append(l, &impl{name: "avx2", matmul: avx2Kernel.matmul})
	}
	return l
}

// The packers (kernel_amd64.s), see packPanel.

//go:noescape
func packPairs8(dst, src unsafe.Pointer, lda, n, stride int)

//go:noescape
func packQuads8(dst, src unsafe.Pointer, lda, n, stride int, flip uint32)

//go:noescape
func sumBiased(src unsafe.Pointer, n int) uint64

//go:noescape
func dot4(a, b0, b1, b2, b3 unsafe.Pointer, n int, out *[4]int32)
