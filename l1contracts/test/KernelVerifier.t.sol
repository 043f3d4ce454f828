// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {Tensor, Slot, Ref} from "./utils/Ref.sol";
import {Program, Prepared, Fault, Trace, Model} from "./utils/Model.sol";
import {KernelVerifier} from "../src/KernelVerifier.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {InputWitness, ChunkWitness, SlotWitness} from "../src/CruxTypes.sol";

/// KernelVerifier against the reference model: every op, edge shapes, every bad
/// witness, and random ops.
contract KernelVerifierTest is Fixture {
    KernelVerifier internal kv;

    function setUp() public {
        kv = new KernelVerifier();
    }

    // ------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------

    /// A one-op program over `slots` (the op writes slot `out`), run on random
    /// inputs (wide: full-range int32 values).
    function oneOp(Slot[] memory slots, bytes memory rec, uint256 seed, bool wide)
        internal
        pure
        returns (Program memory p, Trace memory tr)
    {
        p.slots = slots;
        p.ops = new bytes[](1);
        p.ops[0] = rec;
        Tensor[] memory ins = new Tensor[](slots.length);
        for (uint256 s; s < slots.length; ++s) {
            Slot memory d = slots[s];
            if (d.input) ins[s] = Ref.random(d.dtype, d.rank, d.dims, uint256(keccak256(abi.encode(seed, s))), wide);
        }
        tr = Model.run(p, ins, Model.noFault());
    }

    function elementOf(Program memory p, Trace memory tr, uint256 i, uint256 e, InputWitness[] memory ins)
        internal
        view
        returns (int256)
    {
        Slot memory o = p.slots[Ref.opOut(p.ops[i])];
        return kv.element(tr.states[i], p.slots.length, p.ops[i], o.dtype, o.rank, o.dims, e, ins);
    }

    /// Checks element e of op i against the trace (every `stride`-th element,
    /// plus the last one).
    function checkOp(Program memory p, Trace memory tr, uint256 i, uint256 stride) internal view {
        Tensor memory w = tr.writes[i];
        uint256 n = Ref.elems(w);
        for (uint256 e; e < n; e += stride) {
            checkElement(p, tr, i, e);
        }
        checkElement(p, tr, i, n - 1);
    }

    function checkElement(Program memory p, Trace memory tr, uint256 i, uint256 e) internal view {
        int256 got = elementOf(p, tr, i, e, Model.inputWitnesses(p, tr, i, e));
        assertEq(got, Ref.get(tr.writes[i], e), string.concat("op ", vm.toString(i), " element ", vm.toString(e)));
    }

    function s1(uint8 dt, uint256 a) internal pure returns (Slot memory) {
        return Model.slot(dt, 1, Ref.d4(a, 0, 0, 0), true, false);
    }

    function s2(uint8 dt, uint256 a, uint256 b) internal pure returns (Slot memory) {
        return Model.slot(dt, 2, Ref.d4(a, b, 0, 0), true, false);
    }

    function outSlot(Slot memory s) internal pure returns (Slot memory) {
        s.input = false;
        s.output = true;
        return s;
    }

    function slots2(Slot memory a, Slot memory b) internal pure returns (Slot[] memory s) {
        s = new Slot[](2);
        s[0] = a;
        s[1] = outSlot(b);
    }

    function slots3(Slot memory a, Slot memory b, Slot memory c) internal pure returns (Slot[] memory s) {
        s = new Slot[](3);
        s[0] = a;
        s[1] = b;
        s[2] = outSlot(c);
    }

    // ------------------------------------------------------------------
    // Every op of the game program
    // ------------------------------------------------------------------

    function test_allOpsOfGameProgram() public view {
        Program memory p = gameProgram(2);
        Trace memory tr = Model.run(p, inputsFor(p, 5), Model.noFault());
        for (uint256 i; i < p.ops.length; ++i) {
            uint256 n = Ref.elems(tr.writes[i]);
            checkOp(p, tr, i, n > 64 ? n / 61 : 1);
        }
    }

    function test_paddingElementIsZero() public view {
        Program memory p = gameProgram(0);
        Trace memory tr = Model.run(p, inputsFor(p, 5), Model.noFault());
        InputWitness[] memory none = new InputWitness[](2);
        // op 0 writes h [4,8]: 32 elements; 33 and far beyond are padding.
        assertEq(elementOf(p, tr, 0, 32, none), 0, "first padding element");
        assertEq(elementOf(p, tr, 0, 255, none), 0, "last element of the chunk");
    }

    // ------------------------------------------------------------------
    // Edge shapes
    // ------------------------------------------------------------------

    /// K = 1000: rows straddle chunk boundaries (row 1 is bytes 1000..1999).
    function test_matmul_rowsAcrossChunks() public view {
        (Program memory p, Trace memory tr) = oneOp(
            slots3(s2(1, 3, 1000), s2(1, 4, 1000), s2(2, 3, 4)), Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams()), 1, false
        );
        checkOp(p, tr, 0, 1);
    }

    function test_matmul_K1_andMaxK() public view {
        (Program memory p, Trace memory tr) = oneOp(
            slots3(s2(1, 5, 1), s2(1, 3, 1), s2(2, 5, 3)), Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams()), 2, false
        );
        checkOp(p, tr, 0, 1);
        (p, tr) = oneOp(
            slots3(s2(1, 2, 8192), s2(1, 1, 8192), s2(2, 2, 1)), Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams()), 3, false
        );
        checkOp(p, tr, 0, 1);
    }

    /// matmul with all -128: the sum wraps (K = 8192: 8192 * 16384 = 2^27, no
    /// wrap; use x = y to reach the largest magnitude).
    function test_matmul_extremes() public view {
        (Program memory p, Trace memory tr) = oneOp(
            slots3(s2(1, 1, 8192), s2(1, 1, 8192), s2(2, 1, 1)), Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams()), 4, false
        );
        for (uint256 k; k < 8192; ++k) {
            tr.initial[0].data[k] = 0x80;
            tr.initial[1].data[k] = 0x80;
        }
        tr = Model.run(p, tr.initial, Model.noFault());
        assertEq(elementOf(p, tr, 0, 0, Model.inputWitnesses(p, tr, 0, 0)), 8192 * 16384, "-128 * -128 * 8192");
    }

    function test_add_shapes() public view {
        // same shape, full-range values (wrapping)
        Slot memory x = Model.slot(2, 3, Ref.d4(2, 3, 50, 0), true, false);
        (Program memory p, Trace memory tr) =
            oneOp(slots3(x, x, x), Ref.record(Ref.ADD, 2, 0, 1, Ref.noParams()), 5, true);
        checkOp(p, tr, 0, 7);
        // bias row of the last dim
        (p, tr) = oneOp(slots3(x, s1(2, 50), x), Ref.record(Ref.ADD, 2, 0, 1, Ref.noParams()), 6, true);
        checkOp(p, tr, 0, 5);
        // rank 0 + rank 0
        Slot memory sc = Model.slot(2, 0, Ref.d4(0, 0, 0, 0), true, false);
        (p, tr) = oneOp(slots3(sc, sc, sc), Ref.record(Ref.ADD, 2, 0, 1, Ref.noParams()), 7, true);
        checkOp(p, tr, 0, 1);
        // rank 1: the bias form and the full form coincide
        (p, tr) = oneOp(slots3(s1(2, 300), s1(2, 300), s1(2, 300)), Ref.record(Ref.ADD, 2, 0, 1, Ref.noParams()), 8, true);
        checkOp(p, tr, 0, 13);
        // the output slot is also an input (h = h + b)
        Slot[] memory sl = new Slot[](2);
        sl[0] = Model.slot(2, 2, Ref.d4(3, 4, 0, 0), true, true);
        sl[1] = s1(2, 4);
        (p, tr) = oneOp(sl, Ref.record(Ref.ADD, 0, 0, 1, Ref.noParams()), 9, true);
        checkOp(p, tr, 0, 1);
    }

    function test_requant_params() public view {
        Slot memory x = s2(2, 4, 100);
        Slot memory o = s2(1, 4, 100);
        int256[5][5] memory ps = [
            [int256(1), 0, 0, -128, 127],
            [int256(2147483647), 62, 0, -128, 127],
            [int256(2147483647), 31, -5, -128, 127],
            [int256(1073741824), 40, 127, 0, 127],
            [int256(12345), 12, -128, -10, 10]
        ];
        for (uint256 k; k < ps.length; ++k) {
            (Program memory p, Trace memory tr) = oneOp(
                slots2(x, o), Ref.record(Ref.REQUANT, 1, 0, 0, Ref.params(ps[k][0], ps[k][1], ps[k][2], ps[k][3], ps[k][4])), k, true
            );
            checkOp(p, tr, 0, 3);
        }
    }

    function test_relu_bothDtypes() public view {
        (Program memory p, Trace memory tr) =
            oneOp(slots2(s1(1, 2000), s1(1, 2000)), Ref.record(Ref.RELU, 1, 0, 0, Ref.noParams()), 1, false);
        checkOp(p, tr, 0, 17);
        (p, tr) = oneOp(slots2(s1(2, 700), s1(2, 700)), Ref.record(Ref.RELU, 1, 0, 0, Ref.noParams()), 2, true);
        checkOp(p, tr, 0, 11);
    }

    function test_lut() public view {
        (Program memory p, Trace memory tr) = oneOp(
            slots3(s2(1, 30, 40), s1(1, 256), s2(1, 30, 40)), Ref.record(Ref.LUT, 2, 0, 1, Ref.noParams()), 3, false
        );
        checkOp(p, tr, 0, 7);
    }

    function test_argmax_shapes() public view {
        // int32 rows of 700 (2800 bytes: rows straddle chunks), rank 2 -> 1
        (Program memory p, Trace memory tr) = oneOp(
            slots2(s2(2, 3, 700), Model.slot(2, 1, Ref.d4(3, 0, 0, 0), false, false)),
            Ref.record(Ref.ARGMAX, 1, 0, 0, Ref.noParams()),
            4,
            true
        );
        checkOp(p, tr, 0, 1);
        // int8, rank 1 -> rank 0
        (p, tr) = oneOp(
            slots2(s1(1, 5000), Model.slot(2, 0, Ref.d4(0, 0, 0, 0), false, false)),
            Ref.record(Ref.ARGMAX, 1, 0, 0, Ref.noParams()),
            5,
            false
        );
        checkOp(p, tr, 0, 1);
        // ties: the first maximum wins
        (p, tr) = oneOp(
            slots2(Model.slot(1, 3, Ref.d4(2, 2, 8, 0), true, false), Model.slot(2, 2, Ref.d4(2, 2, 0, 0), false, false)),
            Ref.record(Ref.ARGMAX, 1, 0, 0, Ref.noParams()),
            6,
            false
        );
        for (uint256 k; k < 32; ++k) {
            tr.initial[0].data[k] = bytes1(uint8(k % 3 == 1 ? 7 : 2));
        }
        tr = Model.run(p, tr.initial, Model.noFault());
        checkOp(p, tr, 0, 1);
        assertEq(Ref.get(tr.writes[0], 0), 1, "first of the tied maxima");
    }

    function test_reshape() public view {
        (Program memory p, Trace memory tr) = oneOp(
            slots2(s2(2, 6, 100), Model.slot(2, 3, Ref.d4(10, 3, 20, 0), false, false)),
            Ref.record(Ref.RESHAPE, 1, 0, 0, Ref.noParams()),
            7,
            true
        );
        checkOp(p, tr, 0, 9);
    }

    function test_transpose_ranks() public view {
        // rank 3, perm (2, 0, 1): out [7, 3, 5]
        int32[14] memory perm;
        perm[0] = 2;
        perm[1] = 0;
        perm[2] = 1;
        (Program memory p, Trace memory tr) = oneOp(
            slots2(Model.slot(2, 3, Ref.d4(3, 5, 7, 0), true, false), Model.slot(2, 3, Ref.d4(7, 3, 5, 0), false, false)),
            Ref.record(Ref.TRANSPOSE, 1, 0, 0, perm),
            8,
            true
        );
        checkOp(p, tr, 0, 1);
        // rank 4, perm (3, 1, 0, 2): out [6, 3, 2, 4]
        perm[0] = 3;
        perm[1] = 1;
        perm[2] = 0;
        perm[3] = 2;
        (p, tr) = oneOp(
            slots2(Model.slot(1, 4, Ref.d4(2, 3, 4, 6), true, false), Model.slot(1, 4, Ref.d4(6, 3, 2, 4), false, false)),
            Ref.record(Ref.TRANSPOSE, 1, 0, 0, perm),
            9,
            false
        );
        checkOp(p, tr, 0, 1);
    }

    function test_slice_rank3() public view {
        int32[14] memory st;
        st[0] = 1;
        st[1] = 0;
        st[2] = 90;
        (Program memory p, Trace memory tr) = oneOp(
            slots2(Model.slot(2, 3, Ref.d4(3, 4, 400, 0), true, false), Model.slot(2, 3, Ref.d4(2, 4, 300, 0), false, false)),
            Ref.record(Ref.SLICE, 1, 0, 0, st),
            10,
            true
        );
        checkOp(p, tr, 0, 23);
    }

    function test_concat_axes() public view {
        for (uint256 axis; axis < 3; ++axis) {
            uint32[4] memory xd = Ref.d4(2, 3, 40, 0);
            uint32[4] memory yd = Ref.d4(2, 3, 40, 0);
            uint32[4] memory od = Ref.d4(2, 3, 40, 0);
            yd[axis] = 5;
            od[axis] = xd[axis] + 5;
            int32[14] memory pa;
            pa[0] = int32(int256(axis));
            (Program memory p, Trace memory tr) = oneOp(
                slots3(Model.slot(1, 3, xd, true, false), Model.slot(1, 3, yd, true, false), Model.slot(1, 3, od, false, false)),
                Ref.record(Ref.CONCAT, 2, 0, 1, pa),
                11 + axis,
                false
            );
            checkOp(p, tr, 0, 7);
        }
    }

    // ------------------------------------------------------------------
    // Bad witnesses and bad types
    // ------------------------------------------------------------------

    function matmulCase() internal pure returns (Program memory p, Trace memory tr, InputWitness[] memory ins) {
        Slot[] memory sl = new Slot[](3);
        sl[0] = Model.slot(1, 2, Ref.d4(3, 1000, 0, 0), true, false);
        sl[1] = Model.slot(1, 2, Ref.d4(4, 1000, 0, 0), true, false);
        sl[2] = Model.slot(2, 2, Ref.d4(3, 4, 0, 0), false, true);
        p.slots = sl;
        p.ops = new bytes[](1);
        p.ops[0] = Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams());
        Tensor[] memory inputs = new Tensor[](3);
        inputs[0] = Ref.random(1, 2, sl[0].dims, 1, false);
        inputs[1] = Ref.random(1, 2, sl[1].dims, 2, false);
        tr = Model.run(p, inputs, Model.noFault());
        ins = Model.inputWitnesses(p, tr, 0, 6); // row 1 of x (bytes 1000..1999, chunks 0-1), row 2 of y
    }

    function expectElementRevert(Program memory p, Trace memory tr, InputWitness[] memory ins, bytes memory err)
        internal
    {
        vm.expectRevert(err);
        this.callElement(p, tr, ins, 6);
    }

    function callElement(Program memory p, Trace memory tr, InputWitness[] memory ins, uint256 e)
        external
        view
        returns (int256)
    {
        return elementOf(p, tr, 0, e, ins);
    }

    function test_bad_slotWitness() public {
        (Program memory p, Trace memory tr, InputWitness[] memory ins) = matmulCase();
        assertEq(this.callElement(p, tr, ins, 6), Ref.get(tr.writes[0], 6), "baseline");
        ins[1].slot.siblings[0] ^= bytes32(uint256(1));
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadSlotWitness.selector, 1));
        ins[1].slot.siblings[0] ^= bytes32(uint256(1));
        ins[0].slot.dataRoot = bytes32(uint256(ins[0].slot.dataRoot) ^ 1);
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadSlotWitness.selector, 0));
        ins[0].slot.dataRoot = bytes32(uint256(ins[0].slot.dataRoot) ^ 1);
        // A witness for another slot (y's witness as x's).
        InputWitness memory saved = ins[0];
        ins[0] = ins[1];
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadSlotWitness.selector, 0));
        ins[0] = saved;
        // A shape that does not match the slot root.
        ins[0].slot.dims[0] = 4;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadSlotWitness.selector, 0));
        ins[0].slot.dims[0] = 3;
        ins[0].slot.rank = 5;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadSlotWitness.selector, 0));
    }

    function test_bad_chunks() public {
        (Program memory p, Trace memory tr, InputWitness[] memory ins) = matmulCase();
        ChunkWitness[] memory full = ins[0].chunks;
        assertEq(full.length, 2, "row 1 of x spans chunks 0 and 1");
        // missing chunk
        ChunkWitness[] memory one = new ChunkWitness[](1);
        one[0] = full[0];
        ins[0].chunks = one;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkCount.selector, 0, 2, 1));
        // wrong order
        ChunkWitness[] memory swapped = new ChunkWitness[](2);
        swapped[0] = full[1];
        swapped[1] = full[0];
        ins[0].chunks = swapped;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkWitness.selector, 0, 0));
        ins[0].chunks = full;
        // tampered data
        full[1].data[5] ^= 0x01;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkWitness.selector, 0, 1));
        full[1].data[5] ^= 0x01;
        // tampered sibling
        full[0].siblings[0] ^= bytes32(uint256(1));
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkWitness.selector, 0, 0));
        full[0].siblings[0] ^= bytes32(uint256(1));
        // short data
        bytes memory keep = full[0].data;
        full[0].data = new bytes(1023);
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkWitness.selector, 0, 0));
        full[0].data = keep;
        // y's chunk count
        ins[1].chunks = new ChunkWitness[](0);
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadChunkCount.selector, 1, 2, 0));
    }

    function test_bad_opAndTypes() public {
        (Program memory p, Trace memory tr, InputWitness[] memory ins) = matmulCase();
        InputWitness[] memory one = new InputWitness[](1);
        one[0] = ins[0];
        expectElementRevert(p, tr, one, abi.encodeWithSelector(ICruxErrors.WrongInputCount.selector, 2, 1));
        bytes memory rec = p.ops[0];
        rec[0] = 0x0b;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.UnknownOpcode.selector, 11));
        rec[0] = 0x00;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.UnknownOpcode.selector, 0));
        rec[0] = 0x01;
        rec[1] = 0x01;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.NonCanonicalOp.selector));
        rec[1] = 0x00;
        // the output type must be what matmul of x and y gives
        p.slots[2].dims[1] = 5;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.OutputTypeMismatch.selector));
        p.slots[2].dims[1] = 4;
        p.slots[2].dtype = 3;
        expectElementRevert(p, tr, ins, abi.encodeWithSelector(ICruxErrors.BadOutputType.selector));
        p.slots[2].dtype = 2;
        // an operand of the wrong type (relu's output as lut's table)
        (Program memory q, Trace memory qt) = oneOp(
            slots3(s2(1, 3, 4), s1(1, 255), s2(1, 3, 4)), Ref.record(Ref.RELU, 2, 0, 0, Ref.noParams()), 1, false
        );
        q.ops[0] = Ref.record(Ref.LUT, 2, 0, 1, Ref.noParams());
        qt = Model.run(q, qt.initial, Model.noFault());
        InputWitness[] memory w = new InputWitness[](2);
        w[0].slot = Model.slotWitness(q, qt, 0, 0);
        w[1].slot = Model.slotWitness(q, qt, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadOperandType.selector, 1));
        this.callElement(q, qt, w, 0);
    }

    function test_bad_params() public {
        (Program memory p, Trace memory tr) = oneOp(
            slots2(s2(2, 2, 3), s2(1, 2, 3)), Ref.record(Ref.REQUANT, 1, 0, 0, Ref.params(1, 63, 0, -128, 127)), 1, false
        );
        InputWitness[] memory ins = new InputWitness[](1);
        ins[0].slot = Model.slotWitness(p, tr, 0, 0);
        ins[0].chunks = Model.chunkWitnesses(p, tr, 0, 0, 0, 3);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadRequantParams.selector));
        this.callElement(p, tr, ins, 0);
    }

    // ------------------------------------------------------------------
    // Random ops against the reference
    // ------------------------------------------------------------------

    /// forge-config: default.fuzz.runs = 1000
    function testFuzz_randomOps(uint256 seed) public view {
        (Program memory p, Trace memory tr) = randomOp(seed);
        uint256 n = Ref.elems(tr.writes[0]);
        uint256 r = uint256(keccak256(abi.encode(seed, "elements")));
        for (uint256 k; k < 4; ++k) {
            checkElement(p, tr, 0, (r >> (16 * k)) % n);
        }
    }

    function dim(uint256 r, uint256 max) internal pure returns (uint256) {
        return 1 + r % max;
    }

    function randomShape(uint256 r, uint256 minRank, uint256 maxElems)
        internal
        pure
        returns (uint8 rank, uint32[4] memory d)
    {
        rank = uint8(minRank + r % (5 - minRank));
        uint256 n = 1;
        for (uint256 k; k < rank; ++k) {
            uint256 v = dim(r >> (8 + 8 * k), k + 1 == rank ? 300 : 6);
            if (n * v > maxElems) v = 1;
            d[k] = uint32(v);
            n *= v;
        }
    }

    function randomOp(uint256 seed) internal pure returns (Program memory p, Trace memory tr) {
        uint256 r = uint256(keccak256(abi.encode(seed)));
        uint8 code = uint8(1 + r % 10);
        r >>= 8;
        uint8 dt = uint8(1 + r % 2);
        r >>= 8;
        (uint8 rank, uint32[4] memory d) = randomShape(r, 0, 3000);
        r = uint256(keccak256(abi.encode(r)));
        int32[14] memory pm;
        if (code == Ref.MATMUL) {
            uint256 k = dim(r, 2100);
            uint256 m = dim(r >> 16, 3);
            uint256 n = dim(r >> 24, 3);
            return oneOp(slots3(s2(1, m, k), s2(1, n, k), s2(2, m, n)), Ref.record(code, 2, 0, 1, pm), seed, false);
        }
        if (code == Ref.ADD) {
            Slot memory x = Model.slot(2, rank, d, true, false);
            Slot memory y = (rank >= 1 && r % 2 == 0) ? s1(2, d[rank - 1]) : x;
            return oneOp(slots3(x, y, x), Ref.record(code, 2, 0, 1, pm), seed, true);
        }
        if (code == Ref.REQUANT) {
            int256 lo = int256(r % 256) - 128;
            int256 hi = lo + int256((r >> 8) % uint256(128 - lo));
            pm = Ref.params(int256(1 + (r >> 16) % 2147483647), int256((r >> 48) % 63), int256((r >> 56) % 256) - 128, lo, hi);
            Slot memory x = Model.slot(2, rank, d, true, false);
            return oneOp(slots2(x, Model.slot(1, rank, d, false, false)), Ref.record(code, 1, 0, 0, pm), seed, true);
        }
        if (code == Ref.RELU) {
            Slot memory x = Model.slot(dt, rank, d, true, false);
            return oneOp(slots2(x, x), Ref.record(code, 1, 0, 0, pm), seed, true);
        }
        if (code == Ref.LUT) {
            Slot memory x = Model.slot(1, rank, d, true, false);
            return oneOp(slots3(x, s1(1, 256), x), Ref.record(code, 2, 0, 1, pm), seed, false);
        }
        if (code == Ref.ARGMAX) {
            (rank, d) = randomShape(r, 1, 3000);
            uint32[4] memory od = Ref.d4(d[0], d[1], d[2], d[3]);
            od[rank - 1] = 0;
            return oneOp(
                slots2(Model.slot(dt, rank, d, true, false), Model.slot(2, rank - 1, od, false, false)),
                Ref.record(code, 1, 0, 0, pm),
                seed,
                true
            );
        }
        if (code == Ref.RESHAPE) {
            uint256 n = Ref.count(rank, d);
            return oneOp(
                slots2(Model.slot(dt, rank, d, true, false), s1(dt, n)), Ref.record(code, 1, 0, 0, pm), seed, true
            );
        }
        if (code == Ref.TRANSPOSE) {
            (rank, d) = randomShape(r, 2, 3000);
            uint256[4] memory perm = [uint256(0), 1, 2, 3];
            for (uint256 k = rank; k > 1; --k) {
                uint256 j = (r >> (40 + 4 * k)) % k;
                (perm[k - 1], perm[j]) = (perm[j], perm[k - 1]);
            }
            uint32[4] memory od;
            for (uint256 k; k < rank; ++k) {
                pm[k] = int32(int256(perm[k]));
                od[k] = d[perm[k]];
            }
            return oneOp(
                slots2(Model.slot(dt, rank, d, true, false), Model.slot(dt, rank, od, false, false)),
                Ref.record(code, 1, 0, 0, pm),
                seed,
                true
            );
        }
        if (code == Ref.SLICE) {
            (rank, d) = randomShape(r, 1, 3000);
            uint32[4] memory od;
            for (uint256 k; k < rank; ++k) {
                uint256 ext = 1 + (r >> (40 + 8 * k)) % d[k];
                uint256 st = (r >> (80 + 8 * k)) % (d[k] - ext + 1);
                od[k] = uint32(ext);
                pm[k] = int32(int256(st));
            }
            return oneOp(
                slots2(Model.slot(dt, rank, d, true, false), Model.slot(dt, rank, od, false, false)),
                Ref.record(code, 1, 0, 0, pm),
                seed,
                true
            );
        }
        // CONCAT
        (rank, d) = randomShape(r, 1, 1500);
        uint256 axis = (r >> 60) % rank;
        uint32[4] memory yd = Ref.d4(d[0], d[1], d[2], d[3]);
        yd[axis] = uint32(dim(r >> 70, 5));
        uint32[4] memory cd = Ref.d4(d[0], d[1], d[2], d[3]);
        cd[axis] = d[axis] + yd[axis];
        pm[0] = int32(int256(axis));
        return oneOp(
            slots3(Model.slot(dt, rank, d, true, false), Model.slot(dt, rank, yd, true, false), Model.slot(dt, rank, cd, false, false)),
            Ref.record(code, 2, 0, 1, pm),
            seed,
            true
        );
    }
}
