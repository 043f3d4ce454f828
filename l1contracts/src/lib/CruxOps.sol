// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title CruxOps
/// @notice One output element of each crux op (docs/compute.md sections 2.1 and
/// 2.2), computed from little-endian tensor bytes, plus the index arithmetic that
/// says which input elements an output element reads, and the parser of the
/// 64-byte big-endian op record (section 2.4).
///
/// Tensor data is passed as calldata byte arrays (a one-step proof carries its
/// chunks in calldata; slicing is free there): int8 elements are 1 byte, int32
/// elements 4 bytes little-endian. Element indices are element indices into the
/// array given, not byte offsets.
///
/// Shapes are (rank, dims[4]) as in CruxMerkle: dims[k] >= 1 for k < rank.
///
/// These functions do not validate whole programs (that is the job of program
/// validation, off chain and in the Go reference). They check what they need to
/// stay well defined (lengths, indices, parameter ranges, permutations) and
/// revert otherwise.
library CruxOps {
    // ---------------------------------------------------------------------
    // Op codes and dtypes (docs/compute.md 2.1, 1)
    // ---------------------------------------------------------------------

    uint8 internal constant OP_MATMUL = 1;
    uint8 internal constant OP_ADD = 2;
    uint8 internal constant OP_REQUANT = 3;
    uint8 internal constant OP_RELU = 4;
    uint8 internal constant OP_LUT = 5;
    uint8 internal constant OP_ARGMAX = 6;
    uint8 internal constant OP_RESHAPE = 7;
    uint8 internal constant OP_TRANSPOSE = 8;
    uint8 internal constant OP_SLICE = 9;
    uint8 internal constant OP_CONCAT = 10;

    uint8 internal constant DTYPE_INT8 = 1;
    uint8 internal constant DTYPE_INT32 = 2;

    uint256 internal constant MAX_RANK = 4;
    uint256 internal constant OP_RECORD_SIZE = 64;
    uint256 internal constant NUM_PARAMS = 14;

    /// A decoded op record.
    struct Op {
        uint8 opcode;
        uint16 out;
        uint16 in0;
        uint16 in1;
        int32[14] params;
    }

    error BadLength(uint256 want, uint256 got);
    error LengthMismatch(uint256 xLen, uint256 yLen);
    error IndexOutOfRange(uint256 index, uint256 limit);
    error NonCanonicalOp();
    error BadDType(uint8 dtype);
    error BadShape();
    error BadRequantParams();
    error BadPerm();
    error BadSliceStart();
    error BadConcat();
    error EmptyRow();

    // ---------------------------------------------------------------------
    // Op record (docs/compute.md 2.4)
    // ---------------------------------------------------------------------

    /// @notice Decodes a 64-byte op record: opcode u8 | reserved u8 (=0) |
    /// out u16 | in0 u16 | in1 u16 | 14 x int32, all big-endian. Reverts on a
    /// wrong length or a non-zero reserved byte.
    function parseOp(bytes calldata record) internal pure returns (Op memory op) {
        if (record.length != OP_RECORD_SIZE) revert BadLength(OP_RECORD_SIZE, record.length);
        uint256 w0;
        uint256 w1;
        assembly ("memory-safe") {
            w0 := calldataload(record.offset)
            w1 := calldataload(add(record.offset, 32))
        }
        if (uint8(w0 >> 240) != 0) revert NonCanonicalOp();
        op.opcode = uint8(w0 >> 248);
        op.out = uint16(w0 >> 224);
        op.in0 = uint16(w0 >> 208);
        op.in1 = uint16(w0 >> 192);
        // p0..p5 are bytes 8..31 of the first word, p6..p13 the second word.
        for (uint256 k; k < 6; ++k) {
            op.params[k] = int32(uint32(w0 >> (160 - 32 * k)));
        }
        for (uint256 k; k < 8; ++k) {
            op.params[6 + k] = int32(uint32(w1 >> (224 - 32 * k)));
        }
    }

    // ---------------------------------------------------------------------
    // Element access (little-endian tensor bytes)
    // ---------------------------------------------------------------------

    /// @notice Element i of int8 data.
    function int8At(bytes calldata data, uint256 i) internal pure returns (int8 v) {
        if (i >= data.length) revert IndexOutOfRange(i, data.length);
        assembly ("memory-safe") {
            v := signextend(0, byte(0, calldataload(add(data.offset, i))))
        }
    }

    /// @notice Element i of int32 data (4 bytes little-endian at byte 4i).
    function int32At(bytes calldata data, uint256 i) internal pure returns (int32 v) {
        if (i >= data.length >> 2) revert IndexOutOfRange(i, data.length >> 2);
        assembly ("memory-safe") {
            let w := shr(224, calldataload(add(data.offset, shl(2, i)))) // b0 b1 b2 b3 read big-endian
            w := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
            v := signextend(3, w)
        }
    }

    /// @notice Element i of data of the given dtype, widened to int32.
    function elementAt(bytes calldata data, uint8 dtype, uint256 i) internal pure returns (int32) {
        if (dtype == DTYPE_INT8) return int8At(data, i);
        if (dtype == DTYPE_INT32) return int32At(data, i);
        revert BadDType(dtype);
    }

    /// @notice The 4 little-endian bytes of v, as a bytes4 (byte 0 = least significant).
    function int32ToLE(int32 v) internal pure returns (bytes4) {
        uint32 u = uint32(v);
        return bytes4((u << 24) | ((u & 0xff00) << 8) | ((u >> 8) & 0xff00) | (u >> 24));
    }

    // ---------------------------------------------------------------------
    // matmul: out[m][n] = sum_k x[m][k] * y[n][k], wrapping int32
    // ---------------------------------------------------------------------

    // Constants of the SWAR dot product below: a 256-bit word as eight 32-bit lanes.
    uint256 private constant LANE_LOW_BYTE = 0x000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000ff;
    uint256 private constant LANE_128 = 0x0000008000000080000000800000008000000080000000800000008000000080;
    uint256 private constant LANE_PAIR_LOW = 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff;
    uint256 private constant LANE_LOW = 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff;
    uint256 private constant SIGN_FLIP = 0x8080808080808080808080808080808080808080808080808080808080808080;
    /// Bias below the top lane: keeps the sum of the lower (signed) coefficients
    /// of the accumulator in [0, 2^224), so they never borrow from the top lane.
    uint256 private constant LOW_BIAS = 1 << 223;
    /// Bytes per row segment whose products are accumulated in one word (1024 words).
    uint256 private constant BLOCK_BYTES = 1024 * 32;

    /// @notice The (m, n) output element of matmul, given row m of x and row n of
    /// y (K int8 bytes each): the wrapping int32 dot product.
    function matmulElem(bytes calldata xRow, bytes calldata yRow) internal pure returns (int32) {
        return dotInt8(xRow, yRow);
    }

    /// @notice Byte offsets of the rows matmul output element `outFlat` reads:
    /// row m = outFlat / N of x [M,K] and row n = outFlat % N of y [N,K].
    function matmulRows(uint256 outFlat, uint256 n, uint256 k)
        internal
        pure
        returns (uint256 xRowOffset, uint256 yRowOffset)
    {
        // forge-lint: disable-next-line(divide-before-multiply)
        xRowOffset = (outFlat / n) * k; // the row index, intended to truncate
        yRowOffset = (outFlat % n) * k;
    }

    /// @notice sum_i int8(x[i]) * int8(y[i]) modulo 2^32, as int32. x and y have
    /// the same length K (any K, including 0).
    ///
    /// How (32 bytes per step, 8 multiply-adds per MUL):
    /// - View a 32-byte word as eight 32-bit lanes of 4 bytes. For g = 0..3, byte
    ///   g of every lane, sign-extended to the lane, gives the integer
    ///   A_g = sum_l x_l 2^(32 l) (two's complement modulo 2^256). Per-lane sign
    ///   extension is (byte XOR 0x80) - 0x80: one XOR per word, then one SUB of
    ///   0x80 in every lane per group.
    /// - The word of y has its lanes reversed first (three swap steps), so its
    ///   groups are B_g = sum_l y_(7-l) 2^(32 l). In the product A_g * B_g the
    ///   coefficient of 2^224 is sum_l x_l y_l, i.e. the top 32 bits of one MUL
    ///   (coefficients of 2^256 and up fall off).
    /// - Products of all groups and of up to 1024 words are added into one
    ///   accumulator. Its lower coefficients (2^0 .. 2^192) are signed sums of at
    ///   most 7 * 4 * 1024 products of magnitude <= 2^14, so below 2^29 each and
    ///   their total L satisfies |L| < 2^222. The accumulator starts at 2^223, so
    ///   2^223 + L lies in [0, 2^224) and never carries into or borrows from the
    ///   top lane: the top 32 bits are exactly the top coefficient modulo 2^32.
    ///   Modulo 2^32 is the wrapping int32 sum the spec asks for; the blocks'
    ///   top lanes are added up.
    /// - The last K % 64 bytes go a word at a time, a partial word loaded with its
    ///   bytes past the end zeroed (a zero byte adds nothing).
    /// Gas (measured, calldata): about 12.0k for K = 1024 and 46.9k for K = 4096,
    /// against 118k and 471k for a byte-at-a-time loop.
    function dotInt8(bytes calldata x, bytes calldata y) internal pure returns (int32 r) {
        uint256 k = x.length;
        if (y.length != k) revert LengthMismatch(k, y.length);
        assembly ("memory-safe") {
            let sum := 0
            let xp := x.offset
            let dy := sub(y.offset, xp) // y is read at xp + dy
            let end := add(xp, k)
            // Two words per iteration, in blocks of BLOCK_BYTES.
            let pairsEnd := add(xp, and(k, not(63)))
            for {} lt(xp, pairsEnd) {} {
                let blockEnd := add(xp, BLOCK_BYTES)
                if gt(blockEnd, pairsEnd) { blockEnd := pairsEnd }
                let acc := LOW_BIAS
                for {} lt(xp, blockEnd) { xp := add(xp, 64) } {
                    {
                        let a := xor(calldataload(xp), SIGN_FLIP)
                        let b := xor(calldataload(add(xp, dy)), SIGN_FLIP)
                        // reverse the eight 32-bit lanes of b
                        b := or(shl(128, b), shr(128, b))
                        b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                        b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                        acc := add(
                            acc,
                            add(
                                add(
                                    mul(sub(and(a, LANE_LOW_BYTE), LANE_128), sub(and(b, LANE_LOW_BYTE), LANE_128)),
                                    mul(
                                        sub(and(shr(8, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(8, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                ),
                                add(
                                    mul(
                                        sub(and(shr(16, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(16, b), LANE_LOW_BYTE), LANE_128)
                                    ),
                                    mul(
                                        sub(and(shr(24, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(24, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                )
                            )
                        )
                    }
                    {
                        let a := xor(calldataload(add(xp, 32)), SIGN_FLIP)
                        let b := xor(calldataload(add(xp, add(dy, 32))), SIGN_FLIP)
                        // reverse the eight 32-bit lanes of b
                        b := or(shl(128, b), shr(128, b))
                        b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                        b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                        acc := add(
                            acc,
                            add(
                                add(
                                    mul(sub(and(a, LANE_LOW_BYTE), LANE_128), sub(and(b, LANE_LOW_BYTE), LANE_128)),
                                    mul(
                                        sub(and(shr(8, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(8, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                ),
                                add(
                                    mul(
                                        sub(and(shr(16, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(16, b), LANE_LOW_BYTE), LANE_128)
                                    ),
                                    mul(
                                        sub(and(shr(24, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(24, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                )
                            )
                        )
                    }
                }
                sum := add(sum, shr(224, acc))
            }
            // The last 0..63 bytes, a word at a time; a partial word is loaded
            // with its bytes past the end zeroed (a zero byte adds nothing).
            for {} lt(xp, end) { xp := add(xp, 32) } {
                let keep := not(0)
                let rem := sub(end, xp)
                if lt(rem, 32) { keep := not(sub(shl(sub(256, shl(3, rem)), 1), 1)) }
                let a := xor(and(calldataload(xp), keep), SIGN_FLIP)
                let b := xor(and(calldataload(add(xp, dy)), keep), SIGN_FLIP)
                b := or(shl(128, b), shr(128, b))
                b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                let acc := LOW_BIAS
                for { let s := 0 } lt(s, 32) { s := add(s, 8) } {
                    acc := add(
                        acc,
                        mul(sub(and(shr(s, a), LANE_LOW_BYTE), LANE_128), sub(and(shr(s, b), LANE_LOW_BYTE), LANE_128))
                    )
                }
                sum := add(sum, shr(224, acc))
            }
            r := signextend(3, sum)
        }
    }

    /// @notice dotInt8 for rows in memory (same algorithm, mload instead of
    /// calldataload).
    function dotInt8Mem(bytes memory x, bytes memory y) internal pure returns (int32 r) {
        uint256 k = x.length;
        if (y.length != k) revert LengthMismatch(k, y.length);
        assembly ("memory-safe") {
            let sum := 0
            let xp := add(x, 32)
            let dy := sub(add(y, 32), xp) // y is read at xp + dy
            let end := add(xp, k)
            // Two words per iteration, in blocks of BLOCK_BYTES.
            let pairsEnd := add(xp, and(k, not(63)))
            for {} lt(xp, pairsEnd) {} {
                let blockEnd := add(xp, BLOCK_BYTES)
                if gt(blockEnd, pairsEnd) { blockEnd := pairsEnd }
                let acc := LOW_BIAS
                for {} lt(xp, blockEnd) { xp := add(xp, 64) } {
                    {
                        let a := xor(mload(xp), SIGN_FLIP)
                        let b := xor(mload(add(xp, dy)), SIGN_FLIP)
                        // reverse the eight 32-bit lanes of b
                        b := or(shl(128, b), shr(128, b))
                        b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                        b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                        acc := add(
                            acc,
                            add(
                                add(
                                    mul(sub(and(a, LANE_LOW_BYTE), LANE_128), sub(and(b, LANE_LOW_BYTE), LANE_128)),
                                    mul(
                                        sub(and(shr(8, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(8, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                ),
                                add(
                                    mul(
                                        sub(and(shr(16, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(16, b), LANE_LOW_BYTE), LANE_128)
                                    ),
                                    mul(
                                        sub(and(shr(24, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(24, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                )
                            )
                        )
                    }
                    {
                        let a := xor(mload(add(xp, 32)), SIGN_FLIP)
                        let b := xor(mload(add(xp, add(dy, 32))), SIGN_FLIP)
                        // reverse the eight 32-bit lanes of b
                        b := or(shl(128, b), shr(128, b))
                        b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                        b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                        acc := add(
                            acc,
                            add(
                                add(
                                    mul(sub(and(a, LANE_LOW_BYTE), LANE_128), sub(and(b, LANE_LOW_BYTE), LANE_128)),
                                    mul(
                                        sub(and(shr(8, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(8, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                ),
                                add(
                                    mul(
                                        sub(and(shr(16, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(16, b), LANE_LOW_BYTE), LANE_128)
                                    ),
                                    mul(
                                        sub(and(shr(24, a), LANE_LOW_BYTE), LANE_128),
                                        sub(and(shr(24, b), LANE_LOW_BYTE), LANE_128)
                                    )
                                )
                            )
                        )
                    }
                }
                sum := add(sum, shr(224, acc))
            }
            // The last 0..63 bytes, a word at a time; a partial word is loaded
            // with its bytes past the end zeroed (a zero byte adds nothing).
            // mload may read past the array: those bytes are masked off.
            for {} lt(xp, end) { xp := add(xp, 32) } {
                let keep := not(0)
                let rem := sub(end, xp)
                if lt(rem, 32) { keep := not(sub(shl(sub(256, shl(3, rem)), 1), 1)) }
                let a := xor(and(mload(xp), keep), SIGN_FLIP)
                let b := xor(and(mload(add(xp, dy)), keep), SIGN_FLIP)
                b := or(shl(128, b), shr(128, b))
                b := or(shl(64, and(b, LANE_PAIR_LOW)), and(shr(64, b), LANE_PAIR_LOW))
                b := or(shl(32, and(b, LANE_LOW)), and(shr(32, b), LANE_LOW))
                let acc := LOW_BIAS
                for { let s := 0 } lt(s, 32) { s := add(s, 8) } {
                    acc := add(
                        acc,
                        mul(sub(and(shr(s, a), LANE_LOW_BYTE), LANE_128), sub(and(shr(s, b), LANE_LOW_BYTE), LANE_128))
                    )
                }
                sum := add(sum, shr(224, acc))
            }
            r := signextend(3, sum)
        }
    }

    // ---------------------------------------------------------------------
    // add: wrapping x + y; y is x's shape or a bias row of x's last dim
    // ---------------------------------------------------------------------

    /// @notice Wrapping int32 addition.
    function add32(int32 a, int32 b) internal pure returns (int32) {
        unchecked {
            return int32(uint32(uint32(a) + uint32(b)));
        }
    }

    /// @notice Element `xi` of x plus element `yi` of y, both int32 data.
    function addElem(bytes calldata x, uint256 xi, bytes calldata y, uint256 yi) internal pure returns (int32) {
        return add32(int32At(x, xi), int32At(y, yi));
    }

    /// @notice The element of y that add's output element `outFlat` reads, given
    /// y's element count: y has either x's shape (yElems = elements of x, index
    /// outFlat) or is a bias row of x's last dim (index outFlat % S[-1]). Both
    /// are outFlat % yElems.
    function addYIndex(uint256 outFlat, uint256 yElems) internal pure returns (uint256) {
        return outFlat % yElems;
    }

    // ---------------------------------------------------------------------
    // requant (docs/compute.md 2.2)
    // ---------------------------------------------------------------------

    /// @notice multiplier in [1, 2^31-1], shift in [0, 62], zero_point in
    /// [-128, 127], -128 <= min <= max <= 127.
    function requantParamsValid(int32 multiplier, int32 shift, int32 zeroPoint, int32 minV, int32 maxV)
        internal
        pure
        returns (bool)
    {
        return multiplier >= 1 && shift >= 0 && shift <= 62 && zeroPoint >= -128 && zeroPoint <= 127 && minV >= -128
            && minV <= maxV && maxV <= 127;
    }

    /// @notice requant of one int32 value:
    ///   p = v * multiplier                                     (exact, |p| <= 2^62)
    ///   r = p if shift == 0, else sign(p) * ((|p| + 2^(shift-1)) >> shift)
    ///   out = clamp(r + zero_point, min, max)
    /// Reverts on parameters out of range.
    function requant(int32 v, int32 multiplier, int32 shift, int32 zeroPoint, int32 minV, int32 maxV)
        internal
        pure
        returns (int8)
    {
        if (!requantParamsValid(multiplier, shift, zeroPoint, minV, maxV)) revert BadRequantParams();
        unchecked {
            // All magnitudes are below 2^63: no overflow in 256-bit arithmetic.
            int256 p = int256(v) * int256(multiplier);
            int256 r = p;
            if (shift != 0) {
                uint256 s = uint256(int256(shift));
                uint256 mag = uint256(p < 0 ? -p : p);
                int256 q = int256((mag + (uint256(1) << (s - 1))) >> s);
                r = p < 0 ? -q : q;
            }
            int256 t = r + zeroPoint;
            if (t < minV) t = minV;
            if (t > maxV) t = maxV;
            return int8(t);
        }
    }

    /// @notice requant with the op's parameters p0..p4 = multiplier, shift,
    /// zero_point, min, max.
    function requant(int32 v, int32[14] memory params) internal pure returns (int8) {
        return requant(v, params[0], params[1], params[2], params[3], params[4]);
    }

    /// @notice requant of element i of int32 data.
    function requantElem(bytes calldata x, uint256 i, int32[14] memory params) internal pure returns (int8) {
        return requant(int32At(x, i), params);
    }

    // ---------------------------------------------------------------------
    // relu, lut
    // ---------------------------------------------------------------------

    function relu8(int8 v) internal pure returns (int8) {
        return v > 0 ? v : int8(0);
    }

    function relu32(int32 v) internal pure returns (int32) {
        return v > 0 ? v : int32(0);
    }

    /// @notice relu of element i of data of the given dtype (the output has the
    /// same dtype; the value is returned widened to int32).
    function reluElem(bytes calldata x, uint8 dtype, uint256 i) internal pure returns (int32) {
        return relu32(elementAt(x, dtype, i));
    }

    /// @notice table[v + 128] for a 256-byte int8 table.
    function lut(bytes calldata table, int8 v) internal pure returns (int8 out) {
        if (table.length != 256) revert BadLength(256, table.length);
        assembly ("memory-safe") {
            out := signextend(0, byte(0, calldataload(add(table.offset, add(signextend(0, v), 128)))))
        }
    }

    /// @notice lut of element i of int8 data.
    function lutElem(bytes calldata x, uint256 i, bytes calldata table) internal pure returns (int8) {
        return lut(table, int8At(x, i));
    }

    // ---------------------------------------------------------------------
    // argmax: index of the first maximal element along the last axis
    // ---------------------------------------------------------------------

    /// @notice Index of the first maximal element of an int8 row (length >= 1).
    function argmaxInt8(bytes calldata row) internal pure returns (int32 best) {
        uint256 n = row.length;
        if (n == 0) revert EmptyRow();
        assembly ("memory-safe") {
            let p := row.offset
            let bestV := signextend(0, byte(0, calldataload(p)))
            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                let v := signextend(0, byte(0, calldataload(add(p, i))))
                if sgt(v, bestV) {
                    bestV := v
                    best := i
                }
            }
        }
    }

    /// @notice Index of the first maximal element of an int32 row (4 bytes LE per
    /// element, at least one element).
    function argmaxInt32(bytes calldata row) internal pure returns (int32 best) {
        uint256 len = row.length;
        if (len == 0) revert EmptyRow();
        if (len & 3 != 0) revert BadLength(len & ~uint256(3), len);
        assembly ("memory-safe") {
            let p := row.offset
            let end := add(p, len)
            let bestV := sub(0, shl(255, 1)) // below every int32
            for { let i := 0 } lt(p, end) {
                p := add(p, 4)
                i := add(i, 1)
            } {
                let w := shr(224, calldataload(p))
                w := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
                let v := signextend(3, w)
                if sgt(v, bestV) {
                    bestV := v
                    best := i
                }
            }
        }
    }

    /// @notice argmaxInt8 for a row in memory.
    function argmaxInt8Mem(bytes memory row) internal pure returns (int32 best) {
        uint256 n = row.length;
        if (n == 0) revert EmptyRow();
        assembly ("memory-safe") {
            let p := add(row, 32)
            let bestV := signextend(0, byte(0, mload(p)))
            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                let v := signextend(0, byte(0, mload(add(p, i))))
                if sgt(v, bestV) {
                    bestV := v
                    best := i
                }
            }
        }
    }

    /// @notice argmaxInt32 for a row in memory (4 bytes LE per element).
    function argmaxInt32Mem(bytes memory row) internal pure returns (int32 best) {
        uint256 len = row.length;
        if (len == 0) revert EmptyRow();
        if (len & 3 != 0) revert BadLength(len & ~uint256(3), len);
        assembly ("memory-safe") {
            let p := add(row, 32)
            let end := add(p, len)
            let bestV := sub(0, shl(255, 1)) // below every int32
            for { let i := 0 } lt(p, end) {
                p := add(p, 4)
                i := add(i, 1)
            } {
                let w := shr(224, mload(p))
                w := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
                let v := signextend(3, w)
                if sgt(v, bestV) {
                    bestV := v
                    best := i
                }
            }
        }
    }

    /// @notice argmax of a row in memory of the given dtype.
    function argmaxElemMem(bytes memory row, uint8 dtype) internal pure returns (int32) {
        if (dtype == DTYPE_INT8) return argmaxInt8Mem(row);
        if (dtype == DTYPE_INT32) return argmaxInt32Mem(row);
        revert BadDType(dtype);
    }

    /// @notice argmax of a row of the given dtype.
    function argmaxElem(bytes calldata row, uint8 dtype) internal pure returns (int32) {
        if (dtype == DTYPE_INT8) return argmaxInt8(row);
        if (dtype == DTYPE_INT32) return argmaxInt32(row);
        revert BadDType(dtype);
    }

    /// @notice First element (flat index into x) of the row argmax output element
    /// `outFlat` reads; the row has lastDim elements.
    function argmaxRowStart(uint256 outFlat, uint256 lastDim) internal pure returns (uint256) {
        return outFlat * lastDim;
    }

    // ---------------------------------------------------------------------
    // Index mapping for the data-movement ops
    // ---------------------------------------------------------------------

    /// @notice Number of elements of a shape (1 for rank 0).
    function elemCount(uint256 rank, uint32[4] memory dims) internal pure returns (uint256 n) {
        if (rank > MAX_RANK) revert BadShape();
        n = 1;
        for (uint256 k; k < rank; ++k) {
            if (dims[k] == 0) revert BadShape();
            n *= dims[k];
        }
    }

    /// @notice Multi-index of row-major flat index `flat` in a shape. Reverts if
    /// flat is not below the element count.
    function unravel(uint256 flat, uint256 rank, uint32[4] memory dims) internal pure returns (uint256[4] memory idx) {
        if (rank > MAX_RANK) revert BadShape();
        uint256 rest = flat;
        for (uint256 k = rank; k > 0;) {
            unchecked {
                --k;
            }
            uint256 d = dims[k];
            if (d == 0) revert BadShape();
            idx[k] = rest % d;
            rest /= d;
        }
        if (rest != 0) revert IndexOutOfRange(flat, elemCount(rank, dims));
    }

    /// @notice Row-major flat index of a multi-index. Reverts if a coordinate is
    /// out of range.
    function ravel(uint256[4] memory idx, uint256 rank, uint32[4] memory dims) internal pure returns (uint256 flat) {
        if (rank > MAX_RANK) revert BadShape();
        for (uint256 k; k < rank; ++k) {
            if (idx[k] >= dims[k]) revert IndexOutOfRange(idx[k], dims[k]);
            flat = flat * dims[k] + idx[k];
        }
    }

    /// @notice reshape copies the bytes unchanged: output element f is input element f.
    function reshapeSource(uint256 outFlat) internal pure returns (uint256) {
        return outFlat;
    }

    /// @notice Output shape of transpose: out[k] = x[perm[k]], perm = params[0..rank).
    function transposeShape(uint256 rank, uint32[4] memory xDims, int32[14] memory params)
        internal
        pure
        returns (uint32[4] memory outDims)
    {
        uint256[4] memory perm = _perm(rank, params);
        for (uint256 k; k < rank; ++k) {
            outDims[k] = xDims[perm[k]];
        }
    }

    /// @notice The flat index into x that transpose output element `outFlat`
    /// reads: out[i] = x[j] with j[perm[k]] = i[k].
    function transposeSource(uint256 outFlat, uint256 rank, uint32[4] memory xDims, int32[14] memory params)
        internal
        pure
        returns (uint256)
    {
        uint256[4] memory perm = _perm(rank, params);
        uint32[4] memory outDims;
        for (uint256 k; k < rank; ++k) {
            outDims[k] = xDims[perm[k]];
        }
        uint256[4] memory i = unravel(outFlat, rank, outDims);
        uint256[4] memory j;
        for (uint256 k; k < rank; ++k) {
            j[perm[k]] = i[k];
        }
        return ravel(j, rank, xDims);
    }

    /// @notice The flat index into x that slice output element `outFlat` reads:
    /// out[i] = x[i + start], start = params[0..rank), the output slot's shape
    /// giving the extent (start[k] + out[k] <= x[k]).
    function sliceSource(
        uint256 outFlat,
        uint256 rank,
        uint32[4] memory outDims,
        uint32[4] memory xDims,
        int32[14] memory params
    ) internal pure returns (uint256) {
        if (rank == 0 || rank > MAX_RANK) revert BadShape();
        uint256[4] memory i = unravel(outFlat, rank, outDims);
        for (uint256 k; k < rank; ++k) {
            int32 start = params[k];
            if (start < 0 || uint256(uint32(start)) + outDims[k] > xDims[k]) revert BadSliceStart();
            i[k] += uint32(start);
        }
        return ravel(i, rank, xDims);
    }

    /// @notice Which input and flat index concat output element `outFlat` reads:
    /// x's elements then y's along axis = params[0]. fromY is false for x.
    function concatSource(
        uint256 outFlat,
        uint256 rank,
        uint32[4] memory xDims,
        uint32[4] memory yDims,
        int32[14] memory params
    ) internal pure returns (bool fromY, uint256 flat) {
        if (rank == 0 || rank > MAX_RANK) revert BadShape();
        int32 axisParam = params[0];
        if (axisParam < 0 || uint256(uint32(axisParam)) >= rank) revert BadConcat();
        uint256 axis = uint32(axisParam);
        uint32[4] memory outDims;
        for (uint256 k; k < rank; ++k) {
            if (k == axis) {
                outDims[k] = xDims[k] + yDims[k];
            } else {
                if (xDims[k] != yDims[k]) revert BadConcat();
                outDims[k] = xDims[k];
            }
        }
        uint256[4] memory i = unravel(outFlat, rank, outDims);
        if (i[axis] < xDims[axis]) {
            return (false, ravel(i, rank, xDims));
        }
        i[axis] -= xDims[axis];
        return (true, ravel(i, rank, yDims));
    }

    /// perm = params[0..rank), checked to be a permutation of 0..rank-1 (rank 2..4).
    function _perm(uint256 rank, int32[14] memory params) private pure returns (uint256[4] memory perm) {
        if (rank < 2 || rank > MAX_RANK) revert BadShape();
        uint256 seen;
        for (uint256 k; k < rank; ++k) {
            int32 p = params[k];
            if (p < 0 || uint256(uint32(p)) >= rank || (seen >> uint32(p)) & 1 != 0) revert BadPerm();
            seen |= uint256(1) << uint32(p);
            perm[k] = uint32(p);
        }
    }
}
