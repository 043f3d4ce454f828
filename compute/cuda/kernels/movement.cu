// movement.cu: transpose, slice and concat (reshape is a device-to-device
// copy issued by the backend).
//
// Exactness: these only copy elements. Each thread computes one output index,
// the input index it comes from by the reference's formula, and copies; no
// arithmetic touches the values. The backend never runs them in place (a
// permuting copy would read elements another thread already overwrote).
#include "common.cuh"

// gather: out[c0,c1,c2,c3] = x[base + c0*s0 + c1*s1 + c2*s2 + c3*s3] over the
// output shape [n/(d1*d2*d3), d1, d2, d3] (rank padded to 4 with leading 1s
// and stride 0). Transpose passes the input stride of axis perm[k] as s_k and
// base 0; slice passes the input strides and base = sum start_k * stride_k.
// Every term and partial sum is an offset inside x, so below 2^30.
template <typename T>
CRUX_DEVICE void gather(T* out, const T* x, u32 n, u32 d1, u32 d2, u32 d3, u32 s0, u32 s1, u32 s2, u32 s3, u32 base) {
    CRUX_FOR_EACH(i, n) {
        u32 q = i;
        u32 c3 = q % d3;
        q /= d3;
        u32 c2 = q % d2;
        q /= d2;
        u32 c1 = q % d1;
        u32 c0 = q / d1;
        out[i] = x[base + c0 * s0 + c1 * s1 + c2 * s2 + c3 * s3];
    }
}

CRUX_KERNEL void gather_i8(i8* out, const i8* x, u32 n, u32 d1, u32 d2, u32 d3, u32 s0, u32 s1, u32 s2, u32 s3,
                           u32 base) {
    gather(out, x, n, d1, d2, d3, s0, s1, s2, s3, base);
}
CRUX_EXPORT(gather_i8)

CRUX_KERNEL void gather_i32(i32* out, const i32* x, u32 n, u32 d1, u32 d2, u32 d3, u32 s0, u32 s1, u32 s2, u32 s3,
                            u32 base) {
    gather(out, x, n, d1, d2, d3, s0, s1, s2, s3, base);
}
CRUX_EXPORT(gather_i32)

// concat: the output is outer blocks of xe + ye elements, x's block b (xe
// elements, the axes from axis on) followed by y's block b.
template <typename T>
CRUX_DEVICE void concat(T* out, const T* x, const T* y, u32 n, u32 xe, u32 ye) {
    const u32 w = xe + ye;
    CRUX_FOR_EACH(i, n) {
        u32 b = i / w, r = i % w;
        out[i] = r < xe ? x[b * xe + r] : y[b * ye + (r - xe)];
    }
}

CRUX_KERNEL void concat_i8(i8* out, const i8* x, const i8* y, u32 n, u32 xe, u32 ye) { concat(out, x, y, n, xe, ye); }
CRUX_EXPORT(concat_i8)

CRUX_KERNEL void concat_i32(i32* out, const i32* x, const i32* y, u32 n, u32 xe, u32 ye) {
    concat(out, x, y, n, xe, ye);
}
CRUX_EXPORT(concat_i32)
