// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

// A plain, slow reference of docs/compute.md for the tests: tensors, the ten ops,
// Merkle trees in memory, programs and their commitments. Written independently
// of src/lib (loops and abi.encodePacked hashing), so that the contracts are
// checked against a second implementation of the spec.

/// A tensor: dtype (1 int8, 2 int32), rank, dims (0 beyond the rank) and its
/// row-major little-endian bytes.
struct Tensor {
    uint8 dtype;
    uint8 rank;
    uint32[4] dims;
    bytes data;
}

/// A slot declaration.
struct Slot {
    uint8 dtype;
    uint8 rank;
    uint32[4] dims;
    bool input;
    bool output;
}

library Ref {
    uint8 internal constant INT8 = 1;
    uint8 internal constant INT32 = 2;

    uint8 internal constant MATMUL = 1;
    uint8 internal constant ADD = 2;
    uint8 internal constant REQUANT = 3;
    uint8 internal constant RELU = 4;
    uint8 internal constant LUT = 5;
    uint8 internal constant ARGMAX = 6;
    uint8 internal constant RESHAPE = 7;
    uint8 internal constant TRANSPOSE = 8;
    uint8 internal constant SLICE = 9;
    uint8 internal constant CONCAT = 10;

    bytes32 internal constant ZERO_CHUNK_LEAF = 0xb451172d921688ddb03855417ff6024f993372ebfb24728857dac6402ae6575d;

    // ------------------------------------------------------------------
    // Shapes and tensors
    // ------------------------------------------------------------------

    function d4(uint256 a, uint256 b, uint256 c, uint256 d) internal pure returns (uint32[4] memory r) {
        r[0] = uint32(a);
        r[1] = uint32(b);
        r[2] = uint32(c);
        r[3] = uint32(d);
    }

    function elemSize(uint8 dtype) internal pure returns (uint256) {
        return dtype == INT8 ? 1 : 4;
    }

    function count(uint8 rank, uint32[4] memory dims) internal pure returns (uint256 n) {
        n = 1;
        for (uint256 k; k < rank; ++k) {
            n *= dims[k];
        }
    }

    function elems(Tensor memory t) internal pure returns (uint256) {
        return count(t.rank, t.dims);
    }

    function zeros(uint8 dtype, uint8 rank, uint32[4] memory dims) internal pure returns (Tensor memory t) {
        t.dtype = dtype;
        t.rank = rank;
        t.dims = dims;
        t.data = new bytes(count(rank, dims) * elemSize(dtype));
    }

    function like(Slot memory s) internal pure returns (Tensor memory) {
        return zeros(s.dtype, s.rank, s.dims);
    }

    function get(Tensor memory t, uint256 i) internal pure returns (int256) {
        if (t.dtype == INT8) return int8(uint8(t.data[i]));
        uint256 o = 4 * i;
        uint32 u = uint32(uint8(t.data[o])) | (uint32(uint8(t.data[o + 1])) << 8)
            | (uint32(uint8(t.data[o + 2])) << 16) | (uint32(uint8(t.data[o + 3])) << 24);
        return int32(u);
    }

    /// Stores v (already in range for the dtype; int32 values wrap).
    function set(Tensor memory t, uint256 i, int256 v) internal pure {
        if (t.dtype == INT8) {
            require(v >= -128 && v <= 127, "int8 range");
            t.data[i] = bytes1(uint8(int8(v)));
            return;
        }
        uint32 u = uint32(int32(v));
        uint256 o = 4 * i;
        t.data[o] = bytes1(uint8(u));
        t.data[o + 1] = bytes1(uint8(u >> 8));
        t.data[o + 2] = bytes1(uint8(u >> 16));
        t.data[o + 3] = bytes1(uint8(u >> 24));
    }

    function copy(Tensor memory t) internal pure returns (Tensor memory c) {
        c.dtype = t.dtype;
        c.rank = t.rank;
        c.dims = t.dims;
        c.data = bytes.concat(t.data);
    }

    /// A tensor of pseudo-random values; int32 values are drawn from a range
    /// that keeps sums interesting without constant wrapping (`wide` draws full
    /// 32-bit values).
    function random(uint8 dtype, uint8 rank, uint32[4] memory dims, uint256 seed, bool wide)
        internal
        pure
        returns (Tensor memory t)
    {
        t = zeros(dtype, rank, dims);
        uint256 n = elems(t);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            if (dtype == INT8) {
                set(t, i, int256(int8(uint8(r))));
            } else if (wide) {
                set(t, i, int256(int32(uint32(r))));
            } else {
                set(t, i, int256(r % 200001) - 100000);
            }
        }
    }

    function unravel(uint256 flat, uint8 rank, uint32[4] memory dims) internal pure returns (uint256[4] memory idx) {
        for (uint256 k = rank; k > 0; --k) {
            idx[k - 1] = flat % dims[k - 1];
            flat /= dims[k - 1];
        }
    }

    function ravel(uint256[4] memory idx, uint8 rank, uint32[4] memory dims) internal pure returns (uint256 flat) {
        for (uint256 k; k < rank; ++k) {
            flat = flat * dims[k] + idx[k];
        }
    }

    // ------------------------------------------------------------------
    // Op records (compute.md 2.4)
    // ------------------------------------------------------------------

    function record(uint8 code, uint256 out, uint256 in0, uint256 in1, int32[14] memory p)
        internal
        pure
        returns (bytes memory r)
    {
        r = abi.encodePacked(code, uint8(0), uint16(out), uint16(in0), uint16(in1));
        for (uint256 k; k < 14; ++k) {
            r = abi.encodePacked(r, p[k]);
        }
    }

    function params(int256 a, int256 b, int256 c, int256 d, int256 e) internal pure returns (int32[14] memory p) {
        p[0] = int32(a);
        p[1] = int32(b);
        p[2] = int32(c);
        p[3] = int32(d);
        p[4] = int32(e);
    }

    function noParams() internal pure returns (int32[14] memory p) {}

    function opCode(bytes memory rec) internal pure returns (uint8) {
        return uint8(rec[0]);
    }

    function opOut(bytes memory rec) internal pure returns (uint256) {
        return (uint256(uint8(rec[2])) << 8) | uint8(rec[3]);
    }

    function opIn(bytes memory rec, uint256 k) internal pure returns (uint256) {
        return (uint256(uint8(rec[4 + 2 * k])) << 8) | uint8(rec[5 + 2 * k]);
    }

    function opParam(bytes memory rec, uint256 k) internal pure returns (int256) {
        uint256 o = 8 + 4 * k;
        uint32 u = (uint32(uint8(rec[o])) << 24) | (uint32(uint8(rec[o + 1])) << 16)
            | (uint32(uint8(rec[o + 2])) << 8) | uint32(uint8(rec[o + 3]));
        return int32(u);
    }

    function arity(uint8 code) internal pure returns (uint256) {
        return (code == MATMUL || code == ADD || code == LUT || code == CONCAT) ? 2 : 1;
    }

    // ------------------------------------------------------------------
    // The ops (compute.md 2.1, 2.2), one output tensor at a time
    // ------------------------------------------------------------------

    function requant(int256 v, int256 m, int256 shift, int256 zp, int256 lo, int256 hi)
        internal
        pure
        returns (int256)
    {
        int256 p = v * m;
        int256 r = p;
        if (shift > 0) {
            int256 den = int256(2) ** uint256(shift);
            int256 mag = p >= 0 ? p : -p;
            int256 q = mag / den;
            if (2 * (mag % den) >= den) q += 1;
            r = p >= 0 ? q : -q;
        }
        r += zp;
        if (r < lo) r = lo;
        if (r > hi) r = hi;
        return r;
    }

    /// Executes op `rec` on x (and y) into a fresh tensor of the output slot's type.
    function exec(bytes memory rec, Tensor memory x, Tensor memory y, Slot memory outDecl)
        internal
        pure
        returns (Tensor memory o)
    {
        o = like(outDecl);
        uint8 code = opCode(rec);
        if (code == MATMUL) execMatmul(x, y, o);
        else if (code == ADD) execElementwise(rec, x, y, o);
        else if (code == REQUANT) execElementwise(rec, x, y, o);
        else if (code == RELU) execElementwise(rec, x, y, o);
        else if (code == LUT) execElementwise(rec, x, y, o);
        else if (code == ARGMAX) execArgmax(x, o);
        else if (code == RESHAPE) o.data = bytes.concat(x.data);
        else if (code == TRANSPOSE || code == SLICE || code == CONCAT) execMove(rec, x, y, o);
        else revert("Ref.exec: unknown opcode");
    }

    function execMatmul(Tensor memory x, Tensor memory y, Tensor memory o) internal pure {
        uint256 n = elems(o);
        uint256 k = x.dims[1];
        uint256 nn = y.dims[0];
        for (uint256 e; e < n; ++e) {
            int256 s;
            for (uint256 i; i < k; ++i) {
                s += get(x, (e / nn) * k + i) * get(y, (e % nn) * k + i);
            }
            set(o, e, int32(s));
        }
    }

    function execElementwise(bytes memory rec, Tensor memory x, Tensor memory y, Tensor memory o) internal pure {
        uint8 code = opCode(rec);
        uint256 n = elems(o);
        int256[5] memory pm;
        for (uint256 k; k < 5; ++k) {
            pm[k] = opParam(rec, k);
        }
        uint256 ye = elems(y);
        for (uint256 e; e < n; ++e) {
            int256 v = get(x, e);
            if (code == ADD) v = int32(v + get(y, e % ye));
            else if (code == REQUANT) v = requant(v, pm[0], pm[1], pm[2], pm[3], pm[4]);
            else if (code == RELU) v = v > 0 ? v : int256(0);
            else v = get(y, uint256(v + 128)); // LUT
            set(o, e, v);
        }
    }

    function execArgmax(Tensor memory x, Tensor memory o) internal pure {
        uint256 n = elems(o);
        uint256 last = x.dims[x.rank - 1];
        for (uint256 e; e < n; ++e) {
            uint256 best;
            for (uint256 i = 1; i < last; ++i) {
                if (get(x, e * last + i) > get(x, e * last + best)) best = i;
            }
            set(o, e, int256(best));
        }
    }

    /// transpose, slice, concat: each output element copies one input element.
    function execMove(bytes memory rec, Tensor memory x, Tensor memory y, Tensor memory o) internal pure {
        uint256 n = elems(o);
        for (uint256 e; e < n; ++e) {
            (bool fromY, uint256 src) = moveSource(rec, x, o, e);
            set(o, e, fromY ? get(y, src) : get(x, src));
        }
    }

    /// The input element a data-movement op's output element e copies.
    function moveSource(bytes memory rec, Tensor memory x, Tensor memory o, uint256 e)
        internal
        pure
        returns (bool fromY, uint256 src)
    {
        uint8 code = opCode(rec);
        uint256[4] memory i = unravel(e, o.rank, o.dims);
        if (code == TRANSPOSE) {
            uint256[4] memory j;
            for (uint256 k; k < o.rank; ++k) {
                j[uint256(opParam(rec, k))] = i[k];
            }
            return (false, ravel(j, x.rank, x.dims));
        }
        if (code == SLICE) {
            for (uint256 k; k < o.rank; ++k) {
                i[k] += uint256(opParam(rec, k));
            }
            return (false, ravel(i, x.rank, x.dims));
        }
        uint256 axis = uint256(opParam(rec, 0));
        if (i[axis] < x.dims[axis]) return (false, ravel(i, x.rank, x.dims));
        // y has x's dims except along the axis, where it has o's minus x's
        i[axis] -= x.dims[axis];
        uint32[4] memory yd;
        for (uint256 k; k < 4; ++k) {
            yd[k] = o.dims[k];
        }
        yd[axis] = o.dims[axis] - x.dims[axis];
        return (true, ravel(i, o.rank, yd));
    }

    // ------------------------------------------------------------------
    // Hashes and trees (compute.md 3)
    // ------------------------------------------------------------------

    function node(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(1), l, r));
    }

    function slotRoot(uint8 dtype, uint8 rank, uint32[4] memory d, bytes32 data) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(2), dtype, rank, d[0], d[1], d[2], d[3], data));
    }

    function opLeaf(bytes memory rec) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(4), rec));
    }

    function chunkLeaf(bytes memory ch) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0), ch));
    }

    function depthOf(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    function nChunks(Tensor memory t) internal pure returns (uint256 n) {
        n = (t.data.length + 1023) / 1024;
        if (n == 0) n = 1;
    }

    /// Chunk c of the tensor's bytes, zero padded (all zero beyond the tensor).
    function chunk(Tensor memory t, uint256 c) internal pure returns (bytes memory ch) {
        ch = new bytes(1024);
        uint256 start = c * 1024;
        if (start >= t.data.length) return ch;
        uint256 n = t.data.length - start < 1024 ? t.data.length - start : 1024;
        bytes memory src = t.data;
        assembly ("memory-safe") {
            mcopy(add(ch, 32), add(add(src, 32), start), n)
        }
    }

    /// The tensor's chunk leaves, padded with the zero leaf to 2^d.
    function chunkLeaves(Tensor memory t) internal pure returns (bytes32[] memory leaves) {
        uint256 n = nChunks(t);
        leaves = new bytes32[](uint256(1) << depthOf(n));
        for (uint256 c; c < leaves.length; ++c) {
            leaves[c] = c < n ? chunkLeaf(chunk(t, c)) : ZERO_CHUNK_LEAF;
        }
    }

    function pad(bytes32[] memory leaves, bytes32 zero) internal pure returns (bytes32[] memory p) {
        p = new bytes32[](uint256(1) << depthOf(leaves.length));
        for (uint256 i; i < p.length; ++i) {
            p[i] = i < leaves.length ? leaves[i] : zero;
        }
    }

    /// The node at `height` (0 = leaves), position `index`, of the tree over
    /// `padded` (a power-of-two leaf array).
    function nodeAt(bytes32[] memory padded, uint256 height, uint256 index) internal pure returns (bytes32) {
        uint256 w = uint256(1) << height;
        bytes32[] memory lvl = new bytes32[](w);
        for (uint256 i; i < w; ++i) {
            lvl[i] = padded[index * w + i];
        }
        for (uint256 n = w; n > 1; n /= 2) {
            for (uint256 i; i < n / 2; ++i) {
                lvl[i] = node(lvl[2 * i], lvl[2 * i + 1]);
            }
        }
        return lvl[0];
    }

    function root(bytes32[] memory padded) internal pure returns (bytes32) {
        return nodeAt(padded, depthOf(padded.length), 0);
    }

    /// Siblings of leaf i from the leaf level up.
    function proof(bytes32[] memory padded, uint256 i) internal pure returns (bytes32[] memory sib) {
        uint256 d = depthOf(padded.length);
        sib = new bytes32[](d);
        for (uint256 h; h < d; ++h) {
            sib[h] = nodeAt(padded, h, (i >> h) ^ 1);
        }
    }

    /// Siblings of descendant j of the subtree whose 2^m bottom nodes are `nodes`.
    function subProof(bytes32[] memory nodes, uint256 j) internal pure returns (bytes32[] memory) {
        return proof(nodes, j);
    }

    /// The 2^m nodes m = min(4, depth - level) levels below node (level, index)
    /// of the tree over `padded` (depth = log2 padded.length); empty at the leaves.
    function descendants(bytes32[] memory padded, uint256 level, uint256 index)
        internal
        pure
        returns (bytes32[] memory out)
    {
        uint256 depth = depthOf(padded.length);
        if (level == depth) return new bytes32[](0);
        uint256 m = depth - level < 4 ? depth - level : 4;
        out = new bytes32[](uint256(1) << m);
        uint256 h = depth - level - m; // height of the descendants
        for (uint256 j; j < out.length; ++j) {
            out[j] = nodeAt(padded, h, (index << m) + j);
        }
    }

    function dataRoot(Tensor memory t) internal pure returns (bytes32) {
        return root(chunkLeaves(t));
    }

    function tensorSlotRoot(Tensor memory t) internal pure returns (bytes32) {
        return slotRoot(t.dtype, t.rank, t.dims, dataRoot(t));
    }
}
