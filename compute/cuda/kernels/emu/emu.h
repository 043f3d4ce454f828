// emu.h: the CUDA execution model on the host, for testing crux's kernels
// without a GPU. Included by common.cuh when CRUX_EMU is defined; the kernels
// and emu/driver.cc are then built with a host C++ compiler into a shared
// library that exports the subset of the CUDA driver API crux uses, so the Go
// backend runs unchanged on top of it (see compute/cuda/emu_test.go).
//
// Model: a launch runs its blocks one after another; the threads of a block
// are fibers (ucontext) switched only at barriers. __syncthreads waits for
// every live thread of the block, and the warp-level wrappers (ldmatrix, mma,
// shfl) exchange data through a per-warp table between two warp barriers,
// implementing the documented lane mappings (common.cuh) and nothing more. The
// scheduler alternates the order in which it resumes threads after each
// barrier, so a kernel that reads shared memory another thread writes without
// a barrier in between sees stale data in one of the two orders, and it
// releases warps waiting at warp barriers at pseudo-random times, so warps
// drift apart as far as the block barriers allow. __shared__
// variables become statics: one instance per launch, which is per block since
// blocks do not overlap. Device memory is host memory; see driver.cc.
//
// What this cannot show: timing, memory-model subtleties between blocks, and
// whether the real hardware implements the instructions as the PTX ISA
// documents them (that is what the GPU parity tests are for).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

struct dim3 {
    unsigned x, y, z;
};

#define __global__
#define __device__
#define __host__
#define __constant__
#define __forceinline__ inline
#define __launch_bounds__(n)
#define __shared__ static

namespace crux_emu {

// What a thread sees as threadIdx, blockIdx, blockDim and gridDim.
struct Ctx {
    dim3 thread_idx, block_idx, block_dim, grid_dim;
    unsigned char* dyn_smem;
};

const Ctx& ctx();
void syncthreads();
void syncwarp();
// The 16 exchange words of the calling lane, and the 32x16 table of its warp.
unsigned long long* lane_slots();
const unsigned long long* warp_slots();
unsigned lane_id();
// cp.async emulation: queue a 16-byte copy (src_bytes of it from gmem, the
// rest zero), close the current group, complete all but the newest n groups.
void async_copy(void* smem, const void* gmem, unsigned src_bytes);
void async_commit();
void async_wait(int n);

typedef void (*Thunk)(void** args);
struct Registrar {
    Registrar(const char* name, Thunk t);
};

// invoke calls a kernel with its arguments unpacked from a cuLaunchKernel
// parameter array (one pointer per argument, to a value of the argument's
// type).
template <typename... A, std::size_t... I>
void invoke(void (*f)(A...), void** args, std::index_sequence<I...>) {
    f(*static_cast<typename std::remove_cv<typename std::remove_reference<A>::type>::type*>(args[I])...);
}
template <typename... A>
void invoke(void (*f)(A...), void** args) {
    invoke(f, args, std::index_sequence_for<A...>{});
}

}  // namespace crux_emu

#define threadIdx (crux_emu::ctx().thread_idx)
#define blockIdx (crux_emu::ctx().block_idx)
#define blockDim (crux_emu::ctx().block_dim)
#define gridDim (crux_emu::ctx().grid_dim)
#define __syncthreads() crux_emu::syncthreads()

#define CRUX_EXPORT(fn) \
    static crux_emu::Registrar crux_emu_reg_##fn(#fn, [](void** a) { crux_emu::invoke(&fn, a); });

#define CRUX_DYNAMIC_SMEM(name) unsigned char* name = crux_emu::ctx().dyn_smem

// cp.async: the copy is queued and performed only when a wait_group retires
// its group, the latest moment the hardware may complete it, so a kernel that
// reads a stage before waiting for it reads stale data.
inline void cp_async16(void* smem, const void* gmem, unsigned src_bytes) {
    crux_emu::async_copy(smem, gmem, src_bytes);
}
inline void cp_async_commit() { crux_emu::async_commit(); }
template <int N>
inline void cp_async_wait() {
    crux_emu::async_wait(N);
}

inline void ldmatrix_x4(unsigned r[4], const void* smem_row) {
    unsigned long long* me = crux_emu::lane_slots();
    me[0] = (unsigned long long)(uintptr_t)smem_row;
    crux_emu::syncwarp();
    const unsigned long long* all = crux_emu::warp_slots();
    unsigned lane = crux_emu::lane_id();
    for (int j = 0; j < 4; ++j) {
        const unsigned char* row = (const unsigned char*)(uintptr_t)all[(8 * j + lane / 4) * 16];
        std::memcpy(&r[j], row + 4 * (lane % 4), 4);
    }
    crux_emu::syncwarp();
}

inline void mma_s8(int d[4], const unsigned a[4], const unsigned b[2]) {
    unsigned long long* me = crux_emu::lane_slots();
    for (int i = 0; i < 4; ++i) me[i] = a[i];
    me[4] = b[0];
    me[5] = b[1];
    crux_emu::syncwarp();
    const unsigned long long* all = crux_emu::warp_slots();
    int A[16][32], B[32][8];
    for (unsigned l = 0; l < 32; ++l) {
        const unsigned long long* s = all + l * 16;
        unsigned g = l / 4, t = l % 4;
        for (unsigned q = 0; q < 4; ++q) {
            A[g][4 * t + q] = (signed char)(s[0] >> (8 * q));
            A[g + 8][4 * t + q] = (signed char)(s[1] >> (8 * q));
            A[g][16 + 4 * t + q] = (signed char)(s[2] >> (8 * q));
            A[g + 8][16 + 4 * t + q] = (signed char)(s[3] >> (8 * q));
            B[4 * t + q][g] = (signed char)(s[4] >> (8 * q));
            B[16 + 4 * t + q][g] = (signed char)(s[5] >> (8 * q));
        }
    }
    unsigned lane = crux_emu::lane_id(), g = lane / 4, t = lane % 4;
    const unsigned rows[4] = {g, g, g + 8, g + 8}, cols[4] = {2 * t, 2 * t + 1, 2 * t, 2 * t + 1};
    for (int i = 0; i < 4; ++i) {
        long long s = 0;
        for (int k = 0; k < 32; ++k) s += (long long)A[rows[i]][k] * B[k][cols[i]];
        d[i] = (int)((unsigned)d[i] + (unsigned)s);  // wrapping, like the hardware without .satfinite
    }
    crux_emu::syncwarp();
}

inline int dp4a(int a, int b, int c) {
    unsigned s = (unsigned)c;
    for (int q = 0; q < 4; ++q) s += (unsigned)((int)(signed char)(a >> (8 * q)) * (int)(signed char)(b >> (8 * q)));
    return (int)s;
}

inline int shfl_xor(int v, int mask) {
    crux_emu::lane_slots()[0] = (unsigned)v;
    crux_emu::syncwarp();
    int r = (int)(unsigned)crux_emu::warp_slots()[(crux_emu::lane_id() ^ (unsigned)mask) * 16];
    crux_emu::syncwarp();
    return r;
}
