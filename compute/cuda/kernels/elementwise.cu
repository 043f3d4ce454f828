// elementwise.cu: add, relu, requant and lut (docs/compute.md section 2.1).
//
// Exactness: each output element is a function of input elements at fixed
// positions, computed by one thread with the reference's integer arithmetic;
// there is no reduction, so the thread and block split cannot change a
// result. Every kernel reads an element before writing the element at the
// same index and no other, so out may alias x (or y for add): the backend
// runs these ops in place when the program writes an input slot.
#include "common.cuh"

// add: out = x + y, wrapping. y has w elements: w == n is the same-shape
// form, otherwise y is a bias row of the last dimension's length, which
// divides n, added to every row (element i of a row-major tensor is in column
// i % w).
CRUX_KERNEL void add_i32(i32* out, const i32* x, const i32* y, u32 n, u32 w) {
    if (w == n) {
        CRUX_FOR_EACH(i, n) out[i] = wrap_add(x[i], y[i]);
    } else {
        CRUX_FOR_EACH(i, n) out[i] = wrap_add(x[i], y[i % w]);
    }
}
CRUX_EXPORT(add_i32)

CRUX_KERNEL void relu_i8(i8* out, const i8* x, u32 n) {
    CRUX_FOR_EACH(i, n) out[i] = x[i] > 0 ? x[i] : (i8)0;
}
CRUX_EXPORT(relu_i8)

CRUX_KERNEL void relu_i32(i32* out, const i32* x, u32 n) {
    CRUX_FOR_EACH(i, n) out[i] = x[i] > 0 ? x[i] : 0;
}
CRUX_EXPORT(relu_i32)

// requant1 is compute.Requant term for term. multiplier is in [1, 2^31-1]
// and shift in [0, 62] (validation guarantees both), so |p| < 2^62 and
// |p| + 2^(shift-1) < 2^62 + 2^61: nothing overflows int64. The right shifts
// apply to non-negative values only, where >> is floor division by 2^shift on
// every compiler; negating around the shift rounds half away from zero.
CRUX_DEVICE i8 requant1(i32 v, i32 multiplier, i32 shift, i32 zero_point, i32 lo, i32 hi) {
    i64 p = (i64)v * (i64)multiplier;
    i64 r = p;
    if (shift > 0) {
        i64 half = (i64)1 << (shift - 1);
        r = p >= 0 ? (p + half) >> shift : -((-p + half) >> shift);
    }
    r += zero_point;
    if (r < lo) r = lo;
    if (r > hi) r = hi;
    return (i8)r;  // lo and hi are in [-128, 127]
}

CRUX_KERNEL void requant_i32(i8* out, const i32* x, u32 n, i32 multiplier, i32 shift, i32 zero_point, i32 lo,
                             i32 hi) {
    CRUX_FOR_EACH(i, n) out[i] = requant1(x[i], multiplier, shift, zero_point, lo, hi);
}
CRUX_EXPORT(requant_i32)

// lut: out = table[x + 128]. The table is staged in shared memory by each
// block; the backend never lets out alias the table (a block could otherwise
// read entries another block already overwrote), only x.
CRUX_KERNEL void lut_i8(i8* out, const i8* x, const i8* table, u32 n) {
    __shared__ i8 t[256];
    for (u32 j = threadIdx.x; j < 256; j += blockDim.x) t[j] = table[j];
    __syncthreads();
    CRUX_FOR_EACH(i, n) out[i] = t[(i32)x[i] + 128];
}
CRUX_EXPORT(lut_i8)
