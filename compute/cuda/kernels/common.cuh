// common.cuh: types and the few PTX instructions crux kernels use, for three
// compilers:
//
//   - nvcc (make ptx): the real build, device code only (-ptx);
//   - clang without the CUDA SDK (-DCRUX_NO_CUDA_SDK): a second compiler's
//     check of the device code, run by the Go tests when clang is installed;
//   - a host C++ compiler with -DCRUX_EMU: the kernels run on the CPU under
//     emu/emu.h, which the Go tests load as a stand-in libcuda.so.1.
//
// Every instruction whose lane-to-data mapping matters (mma, ldmatrix, shfl)
// goes through a wrapper here, so the emulator implements exactly the
// documented semantics the kernels rely on and nothing else.
#pragma once

#if defined(CRUX_EMU)
#include "emu/emu.h"
#elif defined(CRUX_NO_CUDA_SDK)
// clang's CUDA mode without the SDK headers: declare what they would.
#include <__clang_cuda_builtin_vars.h>
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __shared__ __attribute__((shared))
#define __constant__ __attribute__((constant))
#define __forceinline__ __attribute__((always_inline)) inline
#define __launch_bounds__(n) __attribute__((launch_bounds(n)))
#endif

typedef signed char i8;
typedef unsigned char u8;
typedef int i32;
typedef unsigned int u32;
typedef long long i64;
typedef unsigned long long u64;
struct alignas(16) crux_u128 {
    u32 w[4];
};

#define CRUX_DEVICE __device__ __forceinline__

// Kernels are extern "C" so that the PTX entry names are the plain names the
// Go loader looks up. CRUX_EXPORT registers a kernel with the emulator and is
// empty for the GPU.
#define CRUX_KERNEL extern "C" __global__
#ifndef CRUX_EXPORT
#define CRUX_EXPORT(fn)
#endif

// Element counts and byte offsets fit in 32 bits: a slot holds at most
// MaxSlotBytes = 2^30 bytes (docs/compute.md section 1), so any index into one
// slot, and any index plus one grid stride (< 2^31), is below 2^32.
#define CRUX_MAX_SLOT_BYTES (1u << 30)

// Grid-stride loop over element indices: any grid covers any n, and by the
// bound above neither i nor i + stride (the grid has fewer than 2^31 threads)
// overflows 32 bits.
#define CRUX_FOR_EACH(i, n) \
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += gridDim.x * blockDim.x)

// Wrapping int32 arithmetic: C++ leaves signed overflow undefined, so add in
// unsigned (defined modulo 2^32) and convert back; the conversion of a value
// >= 2^31 to int is two's complement on every compiler crux supports (nvcc,
// clang, gcc), which is exactly the reference's wrapping.
CRUX_DEVICE i32 wrap_add(i32 a, i32 b) { return (i32)((u32)a + (u32)b); }

#if !defined(CRUX_EMU)

// Shared-memory address of a generic pointer into shared memory.
CRUX_DEVICE u32 smem_addr(const void* p) {
#if defined(__NVCC__)
    return (u32)__cvta_generic_to_shared(p);
#else
    u64 a;
    asm("cvta.to.shared.u64 %0, %1;" : "=l"(a) : "l"(p));
    return (u32)a;
#endif
}

// cp.async of 16 bytes global -> shared, bypassing L1. src_bytes is 16 or 0;
// 0 reads nothing and fills the 16 bytes with zeros (the PTX "src-size"
// operand), which is how tiles are padded beyond the matrix edges.
CRUX_DEVICE void cp_async16(void* smem, const void* gmem, u32 src_bytes) {
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(smem_addr(smem)), "l"(gmem), "r"(src_bytes)
                 : "memory");
}
CRUX_DEVICE void cp_async_commit() { asm volatile("cp.async.commit_group;\n" ::: "memory"); }
// Wait until at most N of this thread's committed groups are still in flight.
template <int N>
CRUX_DEVICE void cp_async_wait() {
    asm volatile("cp.async.wait_group %0;\n" ::"n"(N) : "memory");
}

// ldmatrix .x4 of 16-bit elements, used on int8 data as pairs of bytes: lane l
// names row l%8 of matrix l/8 (16 bytes each); register j of lane l receives
// bytes 4*(l%4) .. 4*(l%4)+3 of row l/4 of matrix j.
CRUX_DEVICE void ldmatrix_x4(u32 r[4], const void* smem_row) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0,%1,%2,%3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(smem_addr(smem_row))
                 : "memory");
}

// d += A*B for a 16x32 int8 A (row-major fragment) and a 32x8 int8 B
// (column-major fragment), int32 accumulators. No .satfinite: the int32
// accumulation is the plain two's complement sum, like the reference (and for
// K <= MaxReduce it never leaves int32 anyway, see matmul.cu). Fragments, with
// g = lane/4 and t = lane%4 (bytes little-endian within each register):
//   a[0] = A[g][4t..4t+3]    a[1] = A[g+8][4t..4t+3]
//   a[2] = A[g][16+4t..]     a[3] = A[g+8][16+4t..]
//   b[0] = B[4t..4t+3][g]    b[1] = B[16+4t..16+4t+3][g]
//   d[0] = D[g][2t]  d[1] = D[g][2t+1]  d[2] = D[g+8][2t]  d[3] = D[g+8][2t+1]
CRUX_DEVICE void mma_s8(i32 d[4], const u32 a[4], const u32 b[2]) {
    asm("mma.sync.aligned.m16n8k32.row.col.s32.s8.s8.s32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
        : "+r"(d[0]), "+r"(d[1]), "+r"(d[2]), "+r"(d[3])
        : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));
}

// c + the sum of the four products of the signed bytes of a and b: exact
// (each product is below 2^14 in magnitude) and wrapping on the add.
CRUX_DEVICE i32 dp4a(i32 a, i32 b, i32 c) {
    i32 d;
    asm("dp4a.s32.s32 %0, %1, %2, %3;\n" : "=r"(d) : "r"(a), "r"(b), "r"(c));
    return d;
}

// The value of v held by lane (lane ^ mask), all 32 lanes taking part.
CRUX_DEVICE i32 shfl_xor(i32 v, int mask) {
    i32 r;
    asm volatile("shfl.sync.bfly.b32 %0, %1, %2, 0x1f, 0xffffffff;\n" : "=r"(r) : "r"(v), "r"(mask));
    return r;
}

// Dynamic shared memory: one extern array per kernel, sized at launch and
// 16-byte aligned (cp.async and ldmatrix need 16-byte aligned rows).
#define CRUX_DYNAMIC_SMEM(name)                 \
    extern __shared__ crux_u128 name##_words[]; \
    u8* name = (u8*)name##_words

#endif  // !CRUX_EMU
