// matmul.cu: out[m][n] = sum_k x[m][k] * y[n][k], x int8 [M,K], y int8 [N,K],
// out int32 [M,N] (C = A * B^T; both operands are K-contiguous).
//
// Exactness. Each product of two int8 values is exact (|p| <= 2^14) and K is
// at most MaxReduce = 8192 = 2^13, so every partial sum, in any order and any
// grouping, has magnitude at most 2^27 < 2^31: int32 accumulation never
// overflows, and integer addition is associative, so the tensor-core and dp4a
// kernels both produce the exact sum the reference produces, whatever the
// tiling, the order of the k-steps or the internal order of the hardware's
// dot products. (Should MaxReduce ever grow, the result would still match:
// mma without .satfinite and dp4a both add modulo 2^32, like the reference's
// wrapping sum.) Padding beyond M, N or K is zero, which adds 0 * y = 0.
//
// Two kernels:
//   - matmul_i8_mma (K % 16 == 0): int8 tensor cores, mma.m16n8k32, fed by
//     ldmatrix from shared memory that cp.async fills in a 4-stage pipeline;
//     128x128 output tiles per block of 4 warps, 64x64 per warp. Needs
//     sm_80 or newer and 64 KiB of dynamic shared memory.
//   - matmul_i8_dp4a (any K): 64x64 tiles from byte-wise loads and dp4a,
//     for shapes whose rows are not 16-byte aligned.
#include "common.cuh"

namespace {
constexpr int BM = 128, BN = 128, BK = 64;  // block tile (BK in bytes = int8 elements)
constexpr int STAGES = 4;
constexpr int THREADS = 128;  // 4 warps, 2 x 2
constexpr int WM = 64, WN = 64;
constexpr int MT = WM / 16;  // m16 tiles per warp
constexpr int NT = WN / 8;   // n8 tiles per warp
constexpr int TILE_A = BM * BK, TILE_B = BN * BK;
constexpr int STAGE_BYTES = TILE_A + TILE_B;
constexpr int GROUP_M = 8;  // tile rows per raster group (L2 reuse of B)
}  // namespace

// Bytes of dynamic shared memory matmul_i8_mma needs (the Go side mirrors it).
static_assert(STAGES * STAGE_BYTES == 65536, "compute/cuda expects 64 KiB for matmul_i8_mma");

// Offset of 16-byte chunk c (0..3) of row r in a [rows][64 bytes] tile. The
// chunk index is XORed with bits 1-2 of the row, so the eight rows one
// ldmatrix phase reads (same logical chunk, rows 8q..8q+7) fall into eight
// different 16-byte bank groups: no bank conflicts.
CRUX_DEVICE u32 swz(u32 r, u32 c) { return r * BK + ((c ^ ((r >> 1) & 3)) << 4); }

// Queues the cp.async copies of k-tile k0 of rows m0.. of x and n0.. of y into
// one stage. Chunks beyond M, N or K are zero-filled (src-size 0), and K % 16
// == 0 means a chunk is either wholly inside a row or wholly beyond K.
CRUX_DEVICE void load_stage(u8* sa, u8* sb, const i8* x, const i8* y, u32 M, u32 N, u32 K, u32 m0, u32 n0, u32 k0,
                            u32 tid) {
#pragma unroll
    for (int i = 0; i < TILE_A / 16 / THREADS; ++i) {
        const u32 c = tid + i * THREADS, r = c >> 2, ch = c & 3;
        const u32 gm = m0 + r, gk = k0 + ch * 16;
        const bool ok = gm < M && gk < K;
        cp_async16(sa + swz(r, ch), ok ? x + (u64)gm * K + gk : x, ok ? 16 : 0);
    }
#pragma unroll
    for (int i = 0; i < TILE_B / 16 / THREADS; ++i) {
        const u32 c = tid + i * THREADS, r = c >> 2, ch = c & 3;
        const u32 gn = n0 + r, gk = k0 + ch * 16;
        const bool ok = gn < N && gk < K;
        cp_async16(sb + swz(r, ch), ok ? y + (u64)gn * K + gk : y, ok ? 16 : 0);
    }
}

struct alignas(8) crux_i32x2 {
    i32 x, y;
};

// Stores out[row][col] = v0 and out[row][col+1] = v1 where they are inside
// the matrix; col is even, so the pair is 8-byte aligned when N is even.
CRUX_DEVICE void store2(i32* out, u32 M, u32 N, u32 row, u32 col, i32 v0, i32 v1) {
    if (row >= M) return;
    i32* p = out + (u64)row * N + col;
    if ((N & 1) == 0 && col + 1 < N) {
        crux_i32x2 v;
        v.x = v0;
        v.y = v1;
        *(crux_i32x2*)p = v;
    } else {
        if (col < N) p[0] = v0;
        if (col + 1 < N) p[1] = v1;
    }
}

// Tile (tm, tn) of block b: groups of GROUP_M tile rows are walked column by
// column, so the blocks running together share a few rows of A and columns of
// B in L2. A bijection of [0, tilesM*tilesN) onto the tiles.
CRUX_DEVICE void raster(u32 b, u32 tilesM, u32 tilesN, u32& tm, u32& tn) {
    const u32 per_group = GROUP_M * tilesN;
    const u32 first = (b / per_group) * GROUP_M;
    const u32 rows = tilesM - first < GROUP_M ? tilesM - first : GROUP_M;
    const u32 q = b % per_group;
    tm = first + q % rows;
    tn = q / rows;
}

CRUX_KERNEL void __launch_bounds__(THREADS) matmul_i8_mma(i32* out, const i8* x, const i8* y, u32 M, u32 N, u32 K) {
    CRUX_DYNAMIC_SMEM(smem);
    const u32 tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const u32 tilesM = (M + BM - 1) / BM, tilesN = (N + BN - 1) / BN;
    u32 tm, tn;
    raster(blockIdx.x, tilesM, tilesN, tm, tn);
    const u32 m0 = tm * BM, n0 = tn * BN;
    const u32 wm = (warp >> 1) * WM, wn = (warp & 1) * WN;
    const u32 KT = (K + BK - 1) / BK;

    i32 acc[MT][NT][4];
#pragma unroll
    for (int i = 0; i < MT; ++i)
#pragma unroll
        for (int j = 0; j < NT; ++j)
#pragma unroll
            for (int q = 0; q < 4; ++q) acc[i][j][q] = 0;

    // Prologue: the first STAGES-1 k-tiles in flight, one commit group each
    // (empty groups past the end keep the group count uniform).
#pragma unroll
    for (int s = 0; s < STAGES - 1; ++s) {
        if ((u32)s < KT) load_stage(smem + s * STAGE_BYTES, smem + s * STAGE_BYTES + TILE_A, x, y, M, N, K, m0, n0, s * BK, tid);
        cp_async_commit();
    }

    // ldmatrix row addresses: lane l reads row l%8 of matrix l/8. For A the
    // four matrices are (rows 0-7, k 0-15), (rows 8-15, k 0-15), (rows 0-7,
    // k 16-31), (rows 8-15, k 16-31) of an m16 x k32 step: registers a[0..3]
    // of the mma fragment. For B they are (n 0-7, k 0-15), (n 0-7, k 16-31),
    // (n 8-15, k 0-15), (n 8-15, k 16-31): the b[0], b[1] of two n8 tiles.
    const u32 lj = lane >> 3, lr = lane & 7;
    const u32 a_row = lr + ((lj & 1) << 3), a_ch = lj >> 1;
    const u32 b_row = lr + ((lj >> 1) << 3), b_ch = lj & 1;

    for (u32 kt = 0; kt < KT; ++kt) {
        // k-tile kt has landed (at most STAGES-2 younger groups are pending)
        // for this thread; the barrier makes every thread's copies visible and
        // guarantees all warps finished computing on the stage refilled next.
        cp_async_wait<STAGES - 2>();
        __syncthreads();
        const u32 nk = kt + STAGES - 1;
        if (nk < KT) {
            u8* s = smem + (nk % STAGES) * STAGE_BYTES;
            load_stage(s, s + TILE_A, x, y, M, N, K, m0, n0, nk * BK, tid);
        }
        cp_async_commit();

        const u8* sa = smem + (kt % STAGES) * STAGE_BYTES;
        const u8* sb = sa + TILE_A;
#pragma unroll
        for (u32 ks = 0; ks < BK / 32; ++ks) {
            u32 af[MT][4], bf[NT][2];
#pragma unroll
            for (int i = 0; i < MT; ++i) ldmatrix_x4(af[i], sa + swz(wm + i * 16 + a_row, ks * 2 + a_ch));
#pragma unroll
            for (int p = 0; p < NT / 2; ++p) {
                u32 r[4];
                ldmatrix_x4(r, sb + swz(wn + p * 16 + b_row, ks * 2 + b_ch));
                bf[2 * p][0] = r[0];
                bf[2 * p][1] = r[1];
                bf[2 * p + 1][0] = r[2];
                bf[2 * p + 1][1] = r[3];
            }
#pragma unroll
            for (int i = 0; i < MT; ++i)
#pragma unroll
                for (int j = 0; j < NT; ++j) mma_s8(acc[i][j], af[i], bf[j]);
        }
    }
    cp_async_wait<0>();  // only empty groups remain; leave nothing in flight

    // Accumulator fragment: d[0], d[1] at (g, 2t), (g, 2t+1); d[2], d[3] at
    // (g+8, 2t), (g+8, 2t+1) of each m16 x n8 tile.
    const u32 g = lane >> 2, t = lane & 3;
#pragma unroll
    for (int i = 0; i < MT; ++i)
#pragma unroll
        for (int j = 0; j < NT; ++j) {
            const u32 row = m0 + wm + i * 16 + g, col = n0 + wn + j * 8 + 2 * t;
            store2(out, M, N, row, col, acc[i][j][0], acc[i][j][1]);
            store2(out, M, N, row + 8, col, acc[i][j][2], acc[i][j][3]);
        }
}
CRUX_EXPORT(matmul_i8_mma)

// Four bytes of row `row` from column k on, little-endian, zero beyond the
// matrix: one dp4a operand.
CRUX_DEVICE i32 pack4(const i8* p, u32 row, u32 rows, u32 k, u32 K) {
    u32 v = 0;
    if (row < rows) {
        const i8* q = p + (u64)row * K;
#pragma unroll
        for (u32 b = 0; b < 4; ++b)
            if (k + b < K) v |= (u32)(u8)q[k + b] << (8 * b);
    }
    return (i32)v;
}

// matmul_i8_dp4a: a 64x64 output tile per block of 256 threads (16 x 16),
// 4 x 4 outputs per thread, K in steps of 64 bytes staged as 16 words per row
// (one word of padding per row keeps the column reads conflict-free).
CRUX_KERNEL void __launch_bounds__(256) matmul_i8_dp4a(i32* out, const i8* x, const i8* y, u32 M, u32 N, u32 K) {
    __shared__ i32 as[64][17];
    __shared__ i32 bs[64][17];
    const u32 tid = threadIdx.x, tx = tid & 15, ty = tid >> 4;
    const u32 tilesN = (N + 63) / 64;
    const u32 m0 = (blockIdx.x / tilesN) * 64, n0 = (blockIdx.x % tilesN) * 64;
    i32 acc[4][4];
#pragma unroll
    for (int i = 0; i < 4; ++i)
#pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] = 0;
    for (u32 k0 = 0; k0 < K; k0 += 64) {
#pragma unroll
        for (int i = 0; i < 4; ++i) {
            const u32 w = tid + i * 256, r = w >> 4, kw = w & 15;
            as[r][kw] = pack4(x, m0 + r, M, k0 + kw * 4, K);
            bs[r][kw] = pack4(y, n0 + r, N, k0 + kw * 4, K);
        }
        __syncthreads();
#pragma unroll
        for (int kw = 0; kw < 16; ++kw) {
            i32 a[4], b[4];
#pragma unroll
            for (int i = 0; i < 4; ++i) {
                a[i] = as[ty + 16 * i][kw];
                b[i] = bs[tx + 16 * i][kw];
            }
#pragma unroll
            for (int i = 0; i < 4; ++i)
#pragma unroll
                for (int j = 0; j < 4; ++j) acc[i][j] = dp4a(a[i], b[j], acc[i][j]);
        }
        __syncthreads();
    }
#pragma unroll
    for (int i = 0; i < 4; ++i)
#pragma unroll
        for (int j = 0; j < 4; ++j) {
            const u32 row = m0 + ty + 16 * i, col = n0 + tx + 16 * j;
            if (row < M && col < N) out[(u64)row * N + col] = acc[i][j];
        }
}
CRUX_EXPORT(matmul_i8_dp4a)
