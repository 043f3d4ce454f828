// argmax.cu: the index of the first maximal element of each row of length n
// (n = the last dimension, at most MaxReduce).
//
// Exactness: one warp per row. Each lane scans its elements j = lane,
// lane+32, ... in increasing order, replacing its candidate only on a strictly
// greater value, so it holds the first maximum of its subsequence. The lanes
// are then combined by a butterfly on the order "greater value, or equal value
// and smaller index", with "no element" (lanes beyond a short row) below
// everything. That combination is the maximum of a total order, hence
// associative and commutative, so every lane ends with the first maximum of
// the row whatever the combination tree: the reference's answer.
#include "common.cuh"

template <typename T>
CRUX_DEVICE void argmax_rows(i32* out, const T* x, u32 rows, u32 n) {
    const u32 lane = threadIdx.x & 31;
    const u32 warps = (gridDim.x * blockDim.x) >> 5;
    // r is the same for all lanes of a warp, so the shuffles below always
    // have the whole warp (blockDim is a multiple of 32).
    for (u32 r = (blockIdx.x * blockDim.x + threadIdx.x) >> 5; r < rows; r += warps) {
        const T* row = x + r * n;  // r*n < 2^30
        i32 best = 0, at = -1;     // at < 0: no element yet
        for (u32 j = lane; j < n; j += 32) {
            i32 v = row[j];
            if (at < 0 || v > best) {
                best = v;
                at = (i32)j;
            }
        }
        for (int m = 16; m >= 1; m >>= 1) {
            i32 ov = shfl_xor(best, m), oat = shfl_xor(at, m);
            if (oat >= 0 && (at < 0 || ov > best || (ov == best && oat < at))) {
                best = ov;
                at = oat;
            }
        }
        if (lane == 0) out[r] = at;
    }
}

CRUX_KERNEL void argmax_i8(i32* out, const i8* x, u32 rows, u32 n) { argmax_rows(out, x, rows, n); }
CRUX_EXPORT(argmax_i8)

CRUX_KERNEL void argmax_i32(i32* out, const i32* x, u32 rows, u32 n) { argmax_rows(out, x, rows, n); }
CRUX_EXPORT(argmax_i32)
