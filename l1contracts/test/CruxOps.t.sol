// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {OpsHarness} from "./harness/OpsHarness.sol";
import {CruxOps} from "../src/lib/CruxOps.sol";

/// Tests of CruxOps against docs/compute.md sections 2.1, 2.2 and 2.4: hand
/// vectors, and fuzzing against references written plainly here.
contract CruxOpsTest is CruxTest {
    OpsHarness internal h;

    int32 internal constant I32_MAX = type(int32).max;
    int32 internal constant I32_MIN = type(int32).min;
    int32 internal constant P30 = 1073741824; // 2^30

    function setUp() public {
        h = new OpsHarness();
    }

    // ------------------------------------------------------------------
    // References
    // ------------------------------------------------------------------

    /// sum_k int8(x[k]) * int8(y[k]), exact in int256, then wrapped to int32.
    function refDot(bytes memory x, bytes memory y) internal pure returns (int32) {
        require(x.length == y.length, "lengths");
        int256 s;
        for (uint256 i; i < x.length; ++i) {
            s += int256(int8(uint8(x[i]))) * int256(int8(uint8(y[i])));
        }
        return int32(s); // keeps the low 32 bits: modulo 2^32, two's complement
    }

    /// requant by the letter of the spec, with division instead of shifts.
    function refRequant(int32 v, int32 m, int32 shift, int32 zp, int32 mn, int32 mx) internal pure returns (int8) {
        int256 p = int256(v) * int256(m);
        int256 r;
        if (shift == 0) {
            r = p;
        } else {
            int256 den = int256(2) ** uint256(int256(shift));
            int256 mag = p >= 0 ? p : -p;
            int256 q = mag / den;
            if (2 * (mag % den) >= den) q += 1; // a half or more: away from zero
            r = p >= 0 ? q : -q;
        }
        int256 t = r + zp;
        if (t < mn) t = mn;
        if (t > mx) t = mx;
        return int8(t);
    }

    function le32(int32 v) internal pure returns (bytes memory) {
        uint32 u = uint32(v);
        return abi.encodePacked(uint8(u), uint8(u >> 8), uint8(u >> 16), uint8(u >> 24));
    }

    function fill(uint256 n, bytes1 b) internal pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i; i < n; ++i) {
            out[i] = b;
        }
    }

    /// Bytes drawn mostly from the extremes -128, 127, -1, 0, 1.
    function extremeBytes(uint256 seed, uint256 n) internal pure returns (bytes memory out) {
        out = randomBytes(seed, n);
        bytes5 pick = 0x807fff0001;
        for (uint256 i; i < n; ++i) {
            uint8 r = uint8(out[i]);
            if (r < 200) out[i] = pick[r % 5];
        }
    }

    function dims4(uint32 a, uint32 b, uint32 c, uint32 d) internal pure returns (uint32[4] memory r) {
        r[0] = a;
        r[1] = b;
        r[2] = c;
        r[3] = d;
    }

    function params(int32 a, int32 b, int32 c, int32 d) internal pure returns (int32[14] memory p) {
        p[0] = a;
        p[1] = b;
        p[2] = c;
        p[3] = d;
    }

    // ------------------------------------------------------------------
    // Op record
    // ------------------------------------------------------------------

    function test_parseOp() public view {
        bytes memory rec = abi.encodePacked(uint8(3), uint8(0), uint16(0x0102), uint16(0xfffe), uint16(7));
        int32[14] memory want = [I32_MAX, int32(62), -128, -5, 127, -1, 0x12345678, 0, 0, 0, 0, 0, 1, I32_MIN];
        for (uint256 k; k < 14; ++k) {
            rec = abi.encodePacked(rec, want[k]); // int32 packs as 4 big-endian bytes
        }
        assertEq(rec.length, 64, "record length");
        CruxOps.Op memory op = h.parseOp(rec);
        assertEq(op.opcode, 3, "opcode");
        assertEq(op.out, 0x0102, "out");
        assertEq(op.in0, 0xfffe, "in0");
        assertEq(op.in1, 7, "in1");
        for (uint256 k; k < 14; ++k) {
            assertEq(op.params[k], want[k], "param");
        }
    }

    function test_parseOp_rejects() public {
        bytes memory rec = new bytes(64);
        rec[1] = 0x01;
        vm.expectRevert(CruxOps.NonCanonicalOp.selector);
        h.parseOp(rec);
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadLength.selector, 64, 63));
        h.parseOp(new bytes(63));
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadLength.selector, 64, 65));
        h.parseOp(new bytes(65));
    }

    function testFuzz_parseOp(uint256 seed) public view {
        bytes memory rec = randomBytes(seed, 64);
        rec[1] = 0;
        CruxOps.Op memory op = h.parseOp(rec);
        assertEq(op.opcode, uint8(rec[0]), "opcode");
        assertEq(op.out, uint256(uint8(rec[2])) << 8 | uint8(rec[3]), "out");
        assertEq(op.in0, uint256(uint8(rec[4])) << 8 | uint8(rec[5]), "in0");
        assertEq(op.in1, uint256(uint8(rec[6])) << 8 | uint8(rec[7]), "in1");
        for (uint256 k; k < 14; ++k) {
            uint256 o = 8 + 4 * k;
            uint32 u = uint32(uint8(rec[o])) << 24 | uint32(uint8(rec[o + 1])) << 16 | uint32(uint8(rec[o + 2])) << 8
                | uint32(uint8(rec[o + 3]));
            assertEq(op.params[k], int32(u), "param");
        }
    }

    // ------------------------------------------------------------------
    // Element access
    // ------------------------------------------------------------------

    function test_int32At() public view {
        bytes memory d = abi.encodePacked(hex"78563412", hex"ffffffff", hex"00000080", hex"ffffff7f", hex"01000000");
        assertEq(h.int32At(d, 0), 0x12345678, "LE");
        assertEq(h.int32At(d, 1), -1, "-1");
        assertEq(h.int32At(d, 2), I32_MIN, "min");
        assertEq(h.int32At(d, 3), I32_MAX, "max");
        assertEq(h.int32At(d, 4), 1, "1");
        assertEq(h.elementAt(d, 2, 2), I32_MIN, "elementAt int32");
        assertEq(h.elementAt(d, 1, 4), -1, "elementAt int8");
        assertEq(h.elementAt(d, 1, 2), 0x34, "elementAt int8 positive");
        assertEq(h.int8At(d, 11), -128, "int8 -128");
        assertEq(h.int8At(d, 15), 127, "int8 127");
        assertTrue(h.int32ToLE(0x12345678) == bytes4(hex"78563412"), "int32ToLE");
        assertTrue(h.int32ToLE(I32_MIN) == bytes4(hex"00000080"), "int32ToLE min");
    }

    function test_elementAccess_bounds() public {
        bytes memory d = new bytes(7);
        vm.expectRevert(abi.encodeWithSelector(CruxOps.IndexOutOfRange.selector, 1, 1));
        h.int32At(d, 1); // bytes 4..7 would run past the end
        vm.expectRevert(abi.encodeWithSelector(CruxOps.IndexOutOfRange.selector, 7, 7));
        h.int8At(d, 7);
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadDType.selector, 3));
        h.elementAt(d, 3, 0);
    }

    function testFuzz_int32LE(int32 v, int32 w) public view {
        bytes memory d = bytes.concat(le32(w), le32(v));
        assertEq(h.int32At(d, 1), v, "int32At");
        assertEq(h.int32At(d, 0), w, "int32At");
        assertTrue(h.int32ToLE(v) == bytes4(le32(v)), "int32ToLE");
    }

    // ------------------------------------------------------------------
    // matmul dot product
    // ------------------------------------------------------------------

    function test_dot_hand() public view {
        assertEq(h.dot("", ""), 0, "K=0");
        assertEq(h.dot(hex"80", hex"80"), 16384, "-128*-128");
        assertEq(h.dot(hex"80", hex"7f"), -16256, "-128*127");
        assertEq(h.dot(hex"7f", hex"7f"), 16129, "127*127");
        assertEq(h.dot(hex"ff", hex"01"), -1, "-1*1");
        // [1,-1,2,-2] . [3,4,-5,6] = 3 - 4 - 10 - 12
        assertEq(h.dot(hex"01ff02fe", hex"0304fb06"), -23, "small");
        assertEq(h.dotMem(hex"01ff02fe", hex"0304fb06"), -23, "small (memory)");
    }

    function test_dot_wraparound() public view {
        // -128 * -128 = 2^14; 2^17 of them sum to 2^31, which wraps to -2^31.
        bytes memory a = fill(131072, 0x80);
        assertEq(h.dot(a, a), I32_MIN, "2^31 wraps to -2^31");
        assertEq(h.dotMem(a, a), I32_MIN, "2^31 wraps to -2^31 (memory)");
        a = fill(131073, 0x80);
        assertEq(h.dot(a, a), int256(I32_MIN) + 16384, "2^31 + 2^14");
        a = fill(262144, 0x80);
        assertEq(h.dot(a, a), 0, "2^32 wraps to 0");
        // Negative wrap: 140000 * (-128 * 127) = -2275840000 -> 2019127296.
        a = fill(140000, 0x80);
        bytes memory b = fill(140000, 0x7f);
        assertEq(h.dot(a, b), 2019127296, "negative wrap");
        assertEq(h.dotMem(a, b), 2019127296, "negative wrap (memory)");
    }

    /// The accumulator is reduced every 1024 words: the largest coefficients
    /// (all bytes 127, so u = v = 255) around and across those boundaries.
    function test_dot_blockBoundaries() public view {
        uint256[6] memory ks = [uint256(32767), 32768, 32769, 65536 + 33, 3 * 32768 + 5, 75000];
        for (uint256 i; i < ks.length; ++i) {
            bytes memory a = fill(ks[i], 0x7f);
            int32 want = int32(int256(16129 * ks[i]));
            assertEq(h.dot(a, a), want, "all 127");
            assertEq(h.dotMem(a, a), want, "all 127 (memory)");
            bytes memory b = extremeBytes(ks[i], ks[i]);
            assertEq(h.dot(a, b), refDot(a, b), "127 vs extremes");
        }
    }

    function test_dot_allLengthsTo100() public view {
        for (uint256 k; k <= 100; ++k) {
            bytes memory x = randomBytes(k, k);
            bytes memory y = randomBytes(k + 1000, k);
            int32 want = refDot(x, y);
            assertEq(h.dot(x, y), want, "random");
            assertEq(h.dotMem(x, y), want, "random (memory)");
            x = extremeBytes(k + 2000, k);
            y = extremeBytes(k + 3000, k);
            assertEq(h.dot(x, y), refDot(x, y), "extremes");
        }
    }

    function test_dot_lengthMismatch() public {
        vm.expectRevert(abi.encodeWithSelector(CruxOps.LengthMismatch.selector, 3, 2));
        h.dot(hex"010203", hex"0102");
    }

    function testFuzz_dot(uint256 seed, uint256 k, bool extreme) public view {
        k = bound(k, 0, 4096);
        bytes memory x = extreme ? extremeBytes(seed, k) : randomBytes(seed, k);
        bytes memory y = extreme ? extremeBytes(~seed, k) : randomBytes(~seed, k);
        int32 want = refDot(x, y);
        assertEq(h.dot(x, y), want, "calldata");
        assertEq(h.dotMem(x, y), want, "memory");
    }

    function testFuzz_dotRaw(bytes memory x, bytes memory y) public view {
        uint256 k = x.length < y.length ? x.length : y.length;
        assembly ("memory-safe") {
            mstore(x, k)
            mstore(y, k)
        }
        assertEq(h.dot(x, y), refDot(x, y), "calldata");
        assertEq(h.dotMem(x, y), refDot(x, y), "memory");
    }

    /// Gas of one matmul output element (the library call only, calldata rows),
    /// against the plain byte-at-a-time loop. Run with -vv to see the figures.
    function test_gas_dot() public view {
        uint256[3] memory ks = [uint256(1024), 4096, 16384];
        for (uint256 i; i < ks.length; ++i) {
            bytes memory x = randomBytes(1, ks[i]);
            bytes memory y = randomBytes(2, ks[i]);
            (int32 r1, uint256 g1) = h.dotGas(x, y);
            (int32 r2, uint256 g2) = h.dotMemGas(x, y);
            (int32 r3, uint256 g3) = h.dotBytewiseGas(x, y);
            int32 want = refDot(x, y);
            assertEq(r1, want, "swar calldata");
            assertEq(r2, want, "swar memory");
            assertEq(r3, want, "bytewise");
            log(string.concat("K=", vm.toString(ks[i]), " dotInt8 (calldata) gas"), g1);
            log(string.concat("K=", vm.toString(ks[i]), " dotInt8Mem (memory) gas"), g2);
            log(string.concat("K=", vm.toString(ks[i]), " byte-at-a-time loop gas"), g3);
        }
    }

    function test_matmulRows() public view {
        // x [M=3, K=5], y [N=4, K=5]: output (2, 1) is flat 2*4+1 = 9.
        (uint256 xo, uint256 yo) = h.matmulRows(9, 4, 5);
        assertEq(xo, 10, "x row 2 at byte 10");
        assertEq(yo, 5, "y row 1 at byte 5");
    }

    // ------------------------------------------------------------------
    // add
    // ------------------------------------------------------------------

    function test_add() public view {
        assertEq(h.add32(I32_MAX, 1), I32_MIN, "wrap up");
        assertEq(h.add32(I32_MIN, -1), I32_MAX, "wrap down");
        assertEq(h.add32(I32_MIN, I32_MIN), 0, "min+min");
        assertEq(h.add32(-5, 3), -2, "plain");
        bytes memory x = bytes.concat(le32(10), le32(I32_MAX), le32(-7));
        bytes memory y = bytes.concat(le32(1), le32(2));
        assertEq(h.addElem(x, 1, y, 0), I32_MIN, "addElem wraps");
        assertEq(h.addElem(x, 2, y, 1), -5, "addElem");
        // x [3,4] + bias [4]: output flat 9 = (2, 1) reads bias[1]; full y reads y[9].
        assertEq(h.addYIndex(9, 4), 1, "bias");
        assertEq(h.addYIndex(9, 12), 9, "same shape");
        // [1,10] + [10]: bias and full forms are the same.
        assertEq(h.addYIndex(7, 10), 7, "rank-1 rows");
    }

    function testFuzz_add(int32 a, int32 b) public view {
        assertEq(h.add32(a, b), int32(int256(a) + int256(b)), "wrapping add");
    }

    // ------------------------------------------------------------------
    // requant
    // ------------------------------------------------------------------

    function rq(int32 v, int32 m, int32 s) internal view returns (int8) {
        return h.requant(v, m, s, 0, -128, 127);
    }

    function test_requant_halves() public view {
        // Exact halves round away from zero, both signs.
        assertEq(rq(3, 1, 1), 2, "1.5");
        assertEq(rq(-3, 1, 1), -2, "-1.5");
        assertEq(rq(1, 1, 1), 1, "0.5");
        assertEq(rq(-1, 1, 1), -1, "-0.5");
        assertEq(rq(2, 1, 2), 1, "0.5 (shift 2)");
        assertEq(rq(-2, 1, 2), -1, "-0.5 (shift 2)");
        assertEq(rq(6, 1, 2), 2, "1.5 (shift 2)");
        assertEq(rq(-6, 1, 2), -2, "-1.5 (shift 2)");
        assertEq(rq(5, 3, 1), 8, "7.5");
        assertEq(rq(-5, 3, 1), -8, "-7.5");
        // Not halves.
        assertEq(rq(5, 1, 2), 1, "1.25");
        assertEq(rq(-5, 1, 2), -1, "-1.25");
        assertEq(rq(7, 1, 2), 2, "1.75");
        assertEq(rq(-7, 1, 2), -2, "-1.75");
        assertEq(rq(1, 1, 2), 0, "0.25");
        assertEq(rq(-1, 1, 2), 0, "-0.25");
        assertEq(rq(0, 1, 5), 0, "zero");
    }

    function test_requant_shift0() public view {
        assertEq(rq(100, 1, 0), 100, "identity");
        assertEq(rq(127, 1, 0), 127, "127");
        assertEq(rq(128, 1, 0), 127, "saturate 128");
        assertEq(rq(-128, 1, 0), -128, "-128");
        assertEq(rq(-129, 1, 0), -128, "saturate -129");
        assertEq(rq(I32_MAX, I32_MAX, 0), 127, "max product");
        assertEq(rq(I32_MIN, I32_MAX, 0), -128, "min product");
        assertEq(rq(-1, I32_MAX, 0), -128, "-(2^31-1)");
    }

    function test_requant_shift62() public view {
        // (2^31-1)^2 = 2^62 - 2^32 + 1: just under 1.0 after >> 62, rounds to 1.
        assertEq(rq(I32_MAX, I32_MAX, 62), 1, "(2^31-1)^2 / 2^62");
        // -2^31 * (2^31-1) = -(2^62 - 2^31): -0.99999... -> -1.
        assertEq(rq(I32_MIN, I32_MAX, 62), -1, "-2^31 (2^31-1) / 2^62");
        // -2^31 * 2^30 = -2^61: exactly -0.5 -> -1.
        assertEq(rq(I32_MIN, P30, 62), -1, "-0.5 at shift 62");
        // 2^30 * (2^31-1) = 2^61 - 2^30: just under 0.5 -> 0.
        assertEq(rq(P30, I32_MAX, 62), 0, "under 0.5 at shift 62");
        assertEq(rq(-P30, I32_MAX, 62), 0, "under -0.5 at shift 62");
        // 2^30 * 2^30 = 2^60 at shift 61: exactly 0.5 -> 1.
        assertEq(rq(P30, P30, 61), 1, "0.5 at shift 61");
        assertEq(rq(I32_MIN, I32_MAX, 61), -2, "-1.99999 at shift 61");
        assertEq(rq(1, 1, 62), 0, "tiny");
        assertEq(rq(I32_MAX, 1, 62), 0, "2^31-1 >> 62");
    }

    function test_requant_multiplierMax() public view {
        // A typical fixed-point multiplier: (2^31-1) / 2^31 ~ 0.99999999953.
        assertEq(rq(1, I32_MAX, 31), 1, "1 * 0.99999");
        assertEq(rq(-1, I32_MAX, 31), -1, "-1 * 0.99999");
        assertEq(rq(100, I32_MAX, 31), 100, "100 * 0.99999");
        assertEq(rq(-100, I32_MAX, 31), -100, "-100 * 0.99999");
        assertEq(rq(127, I32_MAX, 31), 127, "127");
        assertEq(rq(129, I32_MAX, 31), 127, "saturate 129");
        assertEq(rq(-129, I32_MAX, 31), -128, "saturate -129");
        // 2^31-1 times itself >> 55: (2^62 - 2^32 + 1) / 2^55 = 127.99999994 -> 128 -> 127.
        assertEq(rq(I32_MAX, I32_MAX, 55), 127, "saturates after rounding");
        assertEq(rq(I32_MAX, I32_MAX, 56), 64, "63.99999997 -> 64");
        assertEq(rq(I32_MIN, I32_MAX, 56), -64, "-(2^62-2^31)/2^56 -> -64");
    }

    function test_requant_zeroPointAndClamp() public view {
        assertEq(h.requant(0, 1, 0, -5, -128, 127), -5, "zero point");
        assertEq(h.requant(10, 1, 0, 120, -128, 127), 127, "saturate with zero point");
        assertEq(h.requant(-10, 1, 0, -120, -128, 127), -128, "saturate negative with zero point");
        assertEq(h.requant(3, 1, 1, -1, -128, 127), 1, "round then add zero point");
        assertEq(h.requant(-3, 1, 1, 1, -128, 127), -1, "round then add zero point, negative");
        // Fused ReLU: min = zero_point.
        assertEq(h.requant(-100, 1, 0, -3, -3, 127), -3, "fused relu");
        assertEq(h.requant(50, 1, 0, -3, -3, 127), 47, "fused relu, positive");
        assertEq(h.requant(50, 1, 0, 0, -10, 10), 10, "custom max");
        assertEq(h.requant(-50, 1, 0, 0, -10, 10), -10, "custom min");
        assertEq(h.requant(-50, 1, 0, 0, 5, 5), 5, "min == max");
        assertEq(h.requant(I32_MIN, I32_MAX, 0, 127, -128, 127), -128, "extreme product plus zero point");
        assertEq(h.requant(I32_MAX, I32_MAX, 0, -128, -128, 127), 127, "extreme product minus zero point");
    }

    function test_requant_badParams() public {
        int32[6][9] memory bad = [
            [int32(1), 0, 0, 0, -128, 127], // multiplier 0
            [int32(1), -1, 0, 0, -128, 127], // multiplier negative
            [int32(1), I32_MIN, 0, 0, -128, 127],
            [int32(1), 1, -1, 0, -128, 127], // shift -1
            [int32(1), 1, 63, 0, -128, 127], // shift 63
            [int32(1), 1, 0, 128, -128, 127], // zero point 128
            [int32(1), 1, 0, -129, -128, 127], // zero point -129
            [int32(1), 1, 0, 0, -129, 127], // min -129
            [int32(1), 1, 0, 0, 5, 4] // min > max
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(CruxOps.BadRequantParams.selector);
            h.requant(bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4], bad[i][5]);
        }
        vm.expectRevert(CruxOps.BadRequantParams.selector);
        h.requant(1, 1, 0, 0, -128, 128); // max 128
    }

    function test_requantElem() public view {
        bytes memory x = bytes.concat(le32(7), le32(-7));
        int32[14] memory p;
        p[0] = 1;
        p[1] = 1;
        p[2] = 10;
        p[3] = -128;
        p[4] = 127;
        assertEq(h.requantElem(x, 0, p), 14, "3.5 -> 4, + 10");
        assertEq(h.requantElem(x, 1, p), 6, "-3.5 -> -4, + 10");
    }

    function testFuzz_requant(int32 v, uint256 m, uint256 s, uint256 zp, uint256 lo, uint256 hi) public view {
        int32 mult = int32(int256(bound(m, 1, uint256(int256(I32_MAX)))));
        int32 shift = int32(int256(bound(s, 0, 62)));
        int32 zeroPoint = int32(int256(bound(zp, 0, 255)) - 128);
        int32 mn = int32(int256(bound(lo, 0, 255)) - 128);
        int32 mx = int32(int256(bound(hi, uint256(int256(mn) + 128), 255)) - 128);
        assertEq(h.requant(v, mult, shift, zeroPoint, mn, mx), refRequant(v, mult, shift, zeroPoint, mn, mx), "requant");
    }

    /// Shifts chosen near the product's bit length, so the result mostly lands
    /// inside [-128, 127] and the rounding is what is tested, not the clamp.
    function testFuzz_requantRounding(int32 v, uint256 m, uint256 drop) public view {
        int32 mult = int32(int256(bound(m, 1, uint256(int256(I32_MAX)))));
        int256 p = int256(v) * mult;
        uint256 mag = uint256(p < 0 ? -p : p);
        uint256 bits;
        while ((uint256(1) << bits) <= mag) ++bits;
        uint256 s = bits > 8 ? bits - 8 + bound(drop, 0, 3) : bound(drop, 0, 3);
        if (s > 62) s = 62;
        int32 shift = int32(int256(s));
        assertEq(h.requant(v, mult, shift, 0, -128, 127), refRequant(v, mult, shift, 0, -128, 127), "requant");
    }

    /// Exact halves (2q+1) * 2^(s-1) of both signs round away from zero.
    function testFuzz_requantExactHalves(uint256 q, uint256 s, bool negative) public view {
        s = bound(s, 1, 31);
        q = bound(q, 0, 126);
        int32 v = int32(int256(2 * q + 1));
        if (negative) v = -v;
        int32 mult = int32(int256(uint256(1) << (s - 1)));
        int8 want = negative ? -int8(int256(q + 1)) : int8(int256(q + 1));
        assertEq(h.requant(v, mult, int32(int256(s)), 0, -128, 127), want, "half away from zero");
    }

    // ------------------------------------------------------------------
    // relu, lut
    // ------------------------------------------------------------------

    function test_relu() public view {
        assertEq(h.relu8(-128), 0, "-128");
        assertEq(h.relu8(-1), 0, "-1");
        assertEq(h.relu8(0), 0, "0");
        assertEq(h.relu8(127), 127, "127");
        assertEq(h.relu32(I32_MIN), 0, "min");
        assertEq(h.relu32(I32_MAX), I32_MAX, "max");
        assertEq(h.relu32(5), 5, "5");
        assertEq(h.reluElem(hex"80057f", 1, 0), 0, "int8 elem");
        assertEq(h.reluElem(hex"80057f", 1, 2), 127, "int8 elem 127");
        bytes memory x = bytes.concat(le32(-9), le32(9));
        assertEq(h.reluElem(x, 2, 0), 0, "int32 elem");
        assertEq(h.reluElem(x, 2, 1), 9, "int32 elem 9");
    }

    function lutTable() internal pure returns (bytes memory t) {
        t = new bytes(256);
        for (uint256 i; i < 256; ++i) {
            t[i] = bytes1(uint8(255 - i)); // out = -1 - x  (table index x + 128)
        }
    }

    function test_lut() public view {
        bytes memory t = lutTable();
        assertEq(h.lut(t, -128), -1, "table[0]");
        assertEq(h.lut(t, 127), 0, "table[255]");
        assertEq(h.lut(t, 0), 127, "table[128] = 0x7f");
        assertEq(h.lut(t, -1), -128, "table[127] = 0x80");
        assertEq(h.lutElem(hex"7f0080", 2, t), -1, "lutElem");
    }

    function test_lut_badTable() public {
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadLength.selector, 256, 255));
        h.lut(new bytes(255), 0);
    }

    function testFuzz_lut(int8 v, uint256 seed) public view {
        bytes memory t = randomBytes(seed, 256);
        assertEq(h.lut(t, v), int8(uint8(t[uint256(int256(v) + 128)])), "lut");
    }

    // ------------------------------------------------------------------
    // argmax
    // ------------------------------------------------------------------

    function refArgmax8(bytes memory row) internal pure returns (int32 best) {
        for (uint256 i = 1; i < row.length; ++i) {
            if (int8(uint8(row[i])) > int8(uint8(row[uint256(int256(best))]))) best = int32(int256(i));
        }
    }

    function test_argmax() public view {
        assertEq(h.argmaxElem(hex"0307ff0702", 1), 1, "first of two maxima");
        assertEq(h.argmaxElem(hex"80", 1), 0, "single -128");
        assertEq(h.argmaxElem(hex"808080", 1), 0, "all equal");
        assertEq(h.argmaxElem(hex"fbfdfd", 1), 1, "negatives");
        assertEq(h.argmaxElem(hex"80807f", 1), 2, "max last");
        bytes memory r = bytes.concat(le32(I32_MIN), le32(-1), le32(5), le32(5));
        assertEq(h.argmaxElem(r, 2), 2, "int32 first max");
        assertEq(h.argmaxElem(le32(I32_MIN), 2), 0, "int32 single min");
        assertEq(h.argmaxElem(bytes.concat(le32(-7), le32(-7)), 2), 0, "int32 ties");
        assertEq(h.argmaxElem(bytes.concat(le32(I32_MIN), le32(I32_MIN), le32(I32_MAX)), 2), 2, "int32 max last");
        // 1 < 256, but read big-endian their bytes would say 0x01000000 > 0x00010000.
        assertEq(h.argmaxElem(bytes.concat(le32(1), le32(256)), 2), 1, "little-endian compare");
    }

    function test_argmax_rejects() public {
        vm.expectRevert(CruxOps.EmptyRow.selector);
        h.argmaxElem("", 1);
        vm.expectRevert(CruxOps.EmptyRow.selector);
        h.argmaxElem("", 2);
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadLength.selector, 4, 5));
        h.argmaxElem(new bytes(5), 2);
        vm.expectRevert(abi.encodeWithSelector(CruxOps.BadDType.selector, 0));
        h.argmaxElem(new bytes(4), 0);
    }

    function testFuzz_argmax(uint256 seed, uint256 n) public view {
        n = bound(n, 1, 300);
        bytes memory row = extremeBytes(seed, n);
        assertEq(h.argmaxElem(row, 1), refArgmax8(row), "int8");
        bytes memory row32;
        int32 best;
        int32 bestV = I32_MIN;
        for (uint256 i; i < n; ++i) {
            // few distinct values, so ties are common
            int32 v = int32(int256(uint256(keccak256(abi.encode(seed, i))) % 7)) - 3;
            if (uint8(row[i]) == 0x80) v = I32_MIN;
            if (uint8(row[i]) == 0x7f) v = I32_MAX - int32(int256(i % 2));
            if (i == 0 || v > bestV) {
                bestV = v;
                best = int32(int256(i));
            }
            row32 = bytes.concat(row32, le32(v));
        }
        assertEq(h.argmaxElem(row32, 2), best, "int32");
    }

    function test_gas_argmax() public view {
        (, uint256 g8) = h.argmaxGas(randomBytes(5, 1000), 1);
        (, uint256 g32) = h.argmaxGas(randomBytes(6, 4000), 2);
        log("argmax int8, 1000 elements, gas", g8);
        log("argmax int32, 1000 elements, gas", g32);
    }

    // ------------------------------------------------------------------
    // Index mapping
    // ------------------------------------------------------------------

    function testFuzz_ravelUnravel(uint256 flat, uint8 rank, uint32[4] memory d) public view {
        rank = uint8(bound(rank, 0, 4));
        for (uint256 k; k < 4; ++k) {
            d[k] = k < rank ? uint32(bound(d[k], 1, 50)) : 0;
        }
        uint256 n = h.elemCount(rank, d);
        flat = bound(flat, 0, n - 1);
        assertEq(h.ravel(h.unravel(flat, rank, d), rank, d), flat, "ravel(unravel(f)) == f");
    }

    function test_unravel_outOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(CruxOps.IndexOutOfRange.selector, 6, 6));
        h.unravel(6, 2, dims4(2, 3, 0, 0));
    }

    function test_transpose_rank2() public view {
        // x [2,3] -> out [3,2], out[i][j] = x[j][i].
        uint256[6] memory want = [uint256(0), 3, 1, 4, 2, 5];
        int32[14] memory p = params(1, 0, 0, 0);
        for (uint256 f; f < 6; ++f) {
            assertEq(h.transposeSource(f, 2, dims4(2, 3, 0, 0), p), want[f], "rank 2");
        }
        uint32[4] memory od = h.transposeShape(2, dims4(2, 3, 0, 0), p);
        assertEq(od[0], 3, "out shape 0");
        assertEq(od[1], 2, "out shape 1");
    }

    function test_transpose_rank3() public view {
        // perm [2,0,1], x [2,3,4] -> out [4,2,3]: out[a][b][c] = x[b][c][a].
        int32[14] memory p = params(2, 0, 1, 0);
        uint32[4] memory xd = dims4(2, 3, 4, 0);
        uint256 f;
        for (uint256 a; a < 4; ++a) {
            for (uint256 b; b < 2; ++b) {
                for (uint256 c; c < 3; ++c) {
                    assertEq(h.transposeSource(f++, 3, xd, p), b * 12 + c * 4 + a, "rank 3");
                }
            }
        }
    }

    function test_transpose_rank4() public view {
        // perm [3,1,0,2], x [2,3,2,5] -> out [5,3,2,2]: out[i0][i1][i2][i3] = x[i2][i1][i3][i0].
        int32[14] memory p = params(3, 1, 0, 2);
        uint32[4] memory xd = dims4(2, 3, 2, 5);
        uint256 f;
        for (uint256 i0; i0 < 5; ++i0) {
            for (uint256 i1; i1 < 3; ++i1) {
                for (uint256 i2; i2 < 2; ++i2) {
                    for (uint256 i3; i3 < 2; ++i3) {
                        assertEq(h.transposeSource(f++, 4, xd, p), ((i2 * 3 + i1) * 2 + i3) * 5 + i0, "rank 4");
                    }
                }
            }
        }
    }

    function test_transpose_rejects() public {
        vm.expectRevert(CruxOps.BadPerm.selector);
        h.transposeSource(0, 2, dims4(2, 3, 0, 0), params(0, 0, 0, 0));
        vm.expectRevert(CruxOps.BadPerm.selector);
        h.transposeSource(0, 2, dims4(2, 3, 0, 0), params(0, 2, 0, 0));
        vm.expectRevert(CruxOps.BadPerm.selector);
        h.transposeSource(0, 2, dims4(2, 3, 0, 0), params(-1, 0, 0, 0));
        vm.expectRevert(CruxOps.BadShape.selector);
        h.transposeSource(0, 1, dims4(2, 0, 0, 0), params(0, 0, 0, 0));
        vm.expectRevert(abi.encodeWithSelector(CruxOps.IndexOutOfRange.selector, 6, 6));
        h.transposeSource(6, 2, dims4(2, 3, 0, 0), params(1, 0, 0, 0));
    }

    function test_slice() public view {
        // x [4,5], start [1,2], out [2,3]: out[a][b] = x[a+1][b+2].
        int32[14] memory p = params(1, 2, 0, 0);
        uint256 f;
        for (uint256 a; a < 2; ++a) {
            for (uint256 b; b < 3; ++b) {
                assertEq(h.sliceSource(f++, 2, dims4(2, 3, 0, 0), dims4(4, 5, 0, 0), p), (a + 1) * 5 + b + 2, "slice");
            }
        }
        // rank 1, the whole tensor
        assertEq(h.sliceSource(4, 1, dims4(5, 0, 0, 0), dims4(5, 0, 0, 0), params(0, 0, 0, 0)), 4, "identity");
    }

    function test_slice_rejects() public {
        vm.expectRevert(CruxOps.BadSliceStart.selector);
        h.sliceSource(0, 2, dims4(2, 3, 0, 0), dims4(4, 5, 0, 0), params(3, 0, 0, 0)); // 3 + 2 > 4
        vm.expectRevert(CruxOps.BadSliceStart.selector);
        h.sliceSource(0, 2, dims4(2, 3, 0, 0), dims4(4, 5, 0, 0), params(-1, 0, 0, 0));
        vm.expectRevert(CruxOps.BadShape.selector);
        h.sliceSource(0, 0, dims4(0, 0, 0, 0), dims4(0, 0, 0, 0), params(0, 0, 0, 0));
    }

    function test_concat() public view {
        // axis 0: x [2,3], y [1,3] -> out [3,3]; row 2 is y's row 0.
        int32[14] memory p0 = params(0, 0, 0, 0);
        for (uint256 f; f < 9; ++f) {
            (bool fromY, uint256 i) = h.concatSource(f, 2, dims4(2, 3, 0, 0), dims4(1, 3, 0, 0), p0);
            assertTrue(fromY == (f >= 6), "axis 0 source");
            assertEq(i, f >= 6 ? f - 6 : f, "axis 0 index");
        }
        // axis 1: x [2,3], y [2,2] -> out [2,5]; out[r][c] = c < 3 ? x[r][c] : y[r][c-3].
        int32[14] memory p1 = params(1, 0, 0, 0);
        uint256 g;
        for (uint256 r; r < 2; ++r) {
            for (uint256 c; c < 5; ++c) {
                (bool fromY, uint256 i) = h.concatSource(g++, 2, dims4(2, 3, 0, 0), dims4(2, 2, 0, 0), p1);
                assertTrue(fromY == (c >= 3), "axis 1 source");
                assertEq(i, c < 3 ? r * 3 + c : r * 2 + (c - 3), "axis 1 index");
            }
        }
    }

    function test_concat_rejects() public {
        vm.expectRevert(CruxOps.BadConcat.selector);
        h.concatSource(0, 2, dims4(2, 3, 0, 0), dims4(2, 3, 0, 0), params(2, 0, 0, 0)); // axis >= rank
        vm.expectRevert(CruxOps.BadConcat.selector);
        h.concatSource(0, 2, dims4(2, 3, 0, 0), dims4(2, 3, 0, 0), params(-1, 0, 0, 0));
        vm.expectRevert(CruxOps.BadConcat.selector);
        h.concatSource(0, 2, dims4(2, 3, 0, 0), dims4(3, 2, 0, 0), params(0, 0, 0, 0)); // other dims differ
    }
}
