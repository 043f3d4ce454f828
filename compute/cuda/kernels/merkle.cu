// merkle.cu: the chunk tree of a slot (docs/compute.md section 3.1) on the
// device, so a slot's data root costs one 32-byte copy to the host.
//
// Hashes are keccak256 with the legacy (Ethereum) padding, exactly as
// compute/merkle: a leaf is H(0x00 || 1024-byte chunk), an inner node
// H(0x01 || left || right). A hash lives in memory as its 32 bytes, read as
// four little-endian 64-bit words, which are the first four lanes of the
// final Keccak state.
//
// Exactness: hashing is bit manipulation on 64-bit words, with no rounding
// anywhere; the only question is whether the tree is the reference's tree.
// The reference pads each odd level with the zero subtree of that height,
// which is the same as the full tree of depth d = ceil(log2 n) whose leaf
// positions >= n hold the zero leaf. The kernels compute that full tree: a
// block reduces an aligned subtree, treating positions beyond the data as
// zero leaves (or, above the leaves, as the precomputed zero subtree of their
// height, which is by definition what hashing those zero leaves gives). The
// backend sizes slot buffers to whole chunks and keeps the bytes beyond the
// tensor zero, which is the reference's padding of the last chunk.
#include "common.cuh"

__constant__ u64 keccak_rc[24] = {
    0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull,
};

// n is always a literal in 1..63 here (a shift by 64 would be undefined).
#define ROTL(x, n) (((x) << (n)) | ((x) >> (64 - (n))))

// Keccak-f[1600]; lane (x, y) is a[x + 5y].
CRUX_DEVICE void keccak_f(u64 a[25]) {
    for (int round = 0; round < 24; ++round) {
        u64 c[5], d[5], b[25];
#pragma unroll
        for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
#pragma unroll
        for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ ROTL(c[(x + 1) % 5], 1);
        // theta, rho and pi: b[y + 5*((2x + 3y) % 5)] = rot(a[x + 5y] ^ d[x], r[x][y])
        b[0] = a[0] ^ d[0];
        b[10] = ROTL(a[1] ^ d[1], 1);
        b[20] = ROTL(a[2] ^ d[2], 62);
        b[5] = ROTL(a[3] ^ d[3], 28);
        b[15] = ROTL(a[4] ^ d[4], 27);
        b[16] = ROTL(a[5] ^ d[0], 36);
        b[1] = ROTL(a[6] ^ d[1], 44);
        b[11] = ROTL(a[7] ^ d[2], 6);
        b[21] = ROTL(a[8] ^ d[3], 55);
        b[6] = ROTL(a[9] ^ d[4], 20);
        b[7] = ROTL(a[10] ^ d[0], 3);
        b[17] = ROTL(a[11] ^ d[1], 10);
        b[2] = ROTL(a[12] ^ d[2], 43);
        b[12] = ROTL(a[13] ^ d[3], 25);
        b[22] = ROTL(a[14] ^ d[4], 39);
        b[23] = ROTL(a[15] ^ d[0], 41);
        b[8] = ROTL(a[16] ^ d[1], 45);
        b[18] = ROTL(a[17] ^ d[2], 15);
        b[3] = ROTL(a[18] ^ d[3], 21);
        b[13] = ROTL(a[19] ^ d[4], 8);
        b[14] = ROTL(a[20] ^ d[0], 18);
        b[24] = ROTL(a[21] ^ d[1], 2);
        b[9] = ROTL(a[22] ^ d[2], 61);
        b[19] = ROTL(a[23] ^ d[3], 56);
        b[4] = ROTL(a[24] ^ d[4], 14);
        // chi
#pragma unroll
        for (int y = 0; y < 25; y += 5) {
#pragma unroll
            for (int x = 0; x < 5; ++x) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        }
        // iota
        a[0] ^= keccak_rc[round];
    }
}

// hash_chunk: H(0x00 || the 1024 bytes at w), w 8-byte aligned. The message is
// 1025 bytes: 8 blocks of 136 bytes (17 lanes) after padding, 0x01 right
// after the data (byte 1025) and 0x80 in the last byte (1087). The tag shifts
// the data by one byte, so message lane k (bytes 8k..8k+7) is the top byte of
// data word k-1 followed by the low seven bytes of data word k; "word 128" is
// the 0x01 pad byte, and the tag plays the top byte of "word -1".
CRUX_DEVICE void hash_chunk(u64 out[4], const u64* w) {
    u64 a[25];
#pragma unroll
    for (int i = 0; i < 25; ++i) a[i] = 0;
    u64 prev = 0;  // (u64)0x00 << 56: the leaf tag
    for (int blk = 0; blk < 8; ++blk) {
#pragma unroll
        for (int j = 0; j < 17; ++j) {
            const int k = blk * 17 + j;
            const u64 cur = k < 128 ? w[k] : (k == 128 ? 1ull : 0ull);
            u64 lane = (prev >> 56) | (cur << 8);
            if (k == 135) lane |= 0x80ull << 56;
            a[j] ^= lane;
            prev = cur;
        }
        keccak_f(a);
    }
#pragma unroll
    for (int i = 0; i < 4; ++i) out[i] = a[i];
}

// hash_node: H(0x01 || l || r), a 65-byte message in one block: 0x01 pad at
// byte 65 (lane 8, second byte), 0x80 at byte 135 (lane 16, top byte).
CRUX_DEVICE void hash_node(u64 out[4], const u64* l, const u64* r) {
    u64 a[25];
#pragma unroll
    for (int i = 0; i < 25; ++i) a[i] = 0;
    u64 prev = 1ull << 56;  // the node tag 0x01
#pragma unroll
    for (int j = 0; j < 8; ++j) {
        const u64 cur = j < 4 ? l[j] : r[j - 4];
        a[j] = (prev >> 56) | (cur << 8);
        prev = cur;
    }
    a[8] = (prev >> 56) | (1ull << 8);
    a[16] = 0x80ull << 56;
    keccak_f(a);
#pragma unroll
    for (int i = 0; i < 4; ++i) out[i] = a[i];
}

// reduce_block: thread t < 2^L holds node t of an aligned subtree level in h;
// L levels later thread 0 holds the subtree's root and writes it to out. All
// threads of the block call it (the barriers are unconditional).
CRUX_DEVICE void reduce_block(u64* out, u64 (*sm)[4], u64 h[4], u32 L, u32 t) {
    for (u32 lv = L; lv > 0; --lv) {
        const u32 width = 1u << lv;
        if (t < width) {
#pragma unroll
            for (int i = 0; i < 4; ++i) sm[t][i] = h[i];
        }
        __syncthreads();
        if (t < width / 2) hash_node(h, sm[2 * t], sm[2 * t + 1]);
        __syncthreads();  // all reads of this level before the next level's writes
    }
    if (t == 0) {
#pragma unroll
        for (int i = 0; i < 4; ++i) out[i] = h[i];
    }
}

// merkle_leaves: block b (2^L threads, L <= 7) hashes chunks b*2^L .. b*2^L +
// 2^L - 1 (those >= nchunks are the zero leaf, zeros[0]) and writes the root
// of that height-L subtree to out[b]. data holds whole chunks.
CRUX_KERNEL void __launch_bounds__(128) merkle_leaves(u64* out, const u64* data, u32 nchunks, u32 L, const u64* zeros) {
    __shared__ u64 sm[128][4];
    const u32 t = threadIdx.x;
    const u32 i = (blockIdx.x << L) + t;
    u64 h[4];
    if (i < nchunks) {
        hash_chunk(h, data + i * 128u);  // i < 2^20 chunks: i*128 < 2^27
    } else {
#pragma unroll
        for (int k = 0; k < 4; ++k) h[k] = zeros[k];
    }
    reduce_block(out + blockIdx.x * 4u, sm, h, L, t);
}
CRUX_EXPORT(merkle_leaves)

// merkle_nodes: in holds count nodes of height h; block b (2^(L-1) threads,
// 1 <= L <= 8) reduces nodes b*2^L .. b*2^L + 2^L - 1 (those >= count are the
// zero subtree of height h, zeros[h]) by L levels into out[b]. out and in
// must not overlap: other blocks may still be reading in.
CRUX_KERNEL void __launch_bounds__(128)
    merkle_nodes(u64* out, const u64* in, u32 count, u32 h, u32 L, const u64* zeros) {
    __shared__ u64 sm[128][4];
    const u32 t = threadIdx.x;
    const u32 p = (blockIdx.x << (L - 1)) + t;  // the pair this thread hashes first
    const u64* l = 2 * p < count ? in + 8u * p : zeros + 4u * h;
    const u64* r = 2 * p + 1 < count ? in + 8u * p + 4u : zeros + 4u * h;
    u64 node[4];
    hash_node(node, l, r);
    reduce_block(out + blockIdx.x * 4u, sm, node, L - 1, t);
}
CRUX_EXPORT(merkle_nodes)
