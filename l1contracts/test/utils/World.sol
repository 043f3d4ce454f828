// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Tensor, Slot, Ref} from "./Ref.sol";
import {Program, Prepared, Model} from "./Model.sol";
import {OpProof, SlotWitness, ChunkWitness, InputWitness, SlotProof} from "../../src/CruxTypes.sol";

/// A side's trace in the World: honest (variant 0), or from step `step` on
/// (1-based) holding variant `variant` of y instead of the true one.
struct WTrace {
    uint8 variant;
    uint256 step;
}

/// A small but real program whose every trace is cheap to answer for, so that
/// unit, fuzz and invariant tests can play many games to any phase:
///
///   slot 0  x  int8 [3000]  input   (3 chunks, a 4-leaf chunk tree)
///   slot 1  y  int8 [3000]  output
///   ops     n times  y = relu(x)
///
/// S_0 has y all zero; every later honest state is S_done (y = relu(x)). A
/// faulty trace holds a wrong y from its fault step on, so the game between it
/// and the honest trace always ends at step `step` - 1. Variants of y:
///   1 bit 0 of byte 5 flipped       (chunk 0, inside the tensor)
///   2 bit 0 of byte 2500 flipped    (chunk 2, inside the tensor)
///   3 byte 1023 of chunk 2 set      (a padding byte of the last chunk)
///   4 leaf 3 is a garbage chunk     (beyond the tensor: resolveLeaf)
/// Precomputed once in the constructor; the getters are cheap.
contract World {
    uint8 public constant HONEST = 0;
    uint8 public constant FLIP0 = 1;
    uint8 public constant FLIP2 = 2;
    uint8 public constant PAD = 3;
    uint8 public constant BEYOND = 4;
    uint8 public constant VARIANTS = 5;
    uint256 public constant NBYTES = 3000;
    uint256 public constant NCHUNKS = 3;

    bytes internal _record;
    bytes internal _x;
    bytes32[] internal _xLeaves;
    bytes32 public xSlotRoot;
    bytes32 public zeroYSlotRoot;
    bytes32 internal _zeroYDataRoot;
    bytes32 public initState;
    mapping(uint8 => bytes) internal _y; // y's bytes per variant
    mapping(uint8 => bytes32[]) internal _leaves; // y's committed chunk leaves per variant
    mapping(uint8 => bytes32) public ySlotRoot;
    mapping(uint8 => bytes32) public doneState;
    bytes internal _garbage;

    constructor() {
        _record = Ref.record(Ref.RELU, 1, 0, 0, Ref.noParams());
        Tensor memory x = Ref.random(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), 0xC0FFEE, false);
        _x = x.data;
        _xLeaves = Ref.chunkLeaves(x);
        xSlotRoot = Ref.tensorSlotRoot(x);
        Tensor memory y0 = Ref.zeros(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0));
        zeroYSlotRoot = Ref.tensorSlotRoot(y0);
        _zeroYDataRoot = Ref.dataRoot(y0);
        initState = Ref.node(xSlotRoot, zeroYSlotRoot);
        Slot memory decl = Model.slot(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), false, true);
        Tensor memory yt = Ref.exec(_record, x, x, decl);
        for (uint8 v; v < VARIANTS; ++v) {
            Tensor memory y = Ref.copy(yt);
            if (v == FLIP0) y.data[5] ^= 0x01;
            if (v == FLIP2) y.data[2500] ^= 0x01;
            bytes32[] memory lv = Ref.chunkLeaves(y);
            if (v == PAD) {
                bytes memory ch = Ref.chunk(y, 2);
                ch[1023] = 0x01;
                lv[2] = Ref.chunkLeaf(ch);
            }
            if (v == BEYOND) {
                _garbage = Model.garbageChunk(4);
                lv[3] = Ref.chunkLeaf(_garbage);
            }
            _y[v] = y.data;
            _leaves[v] = lv;
            ySlotRoot[v] = Ref.slotRoot(Ref.INT8, 1, y.dims, Ref.root(lv));
            doneState[v] = Ref.node(xSlotRoot, ySlotRoot[v]);
        }
    }

    // ------------------------------------------------------------------
    // The program
    // ------------------------------------------------------------------

    function record() external view returns (bytes memory) {
        return _record;
    }

    function program(uint256 n) public view returns (Program memory p) {
        p.slots = new Slot[](2);
        p.slots[0] = Model.slot(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), true, false);
        p.slots[1] = Model.slot(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), false, true);
        p.ops = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            p.ops[i] = _record;
        }
    }

    function prepared(uint256 n) public view returns (Prepared memory) {
        return Model.prepare(program(n));
    }

    function programRoot(uint256 n) external view returns (bytes32) {
        return prepared(n).root;
    }

    function opProof(uint256 n, uint256 i) external view returns (OpProof memory) {
        return Model.opProof(program(n), prepared(n), i);
    }

    // ------------------------------------------------------------------
    // Traces
    // ------------------------------------------------------------------

    /// The variant of y a trace holds after step k (k >= 1).
    function variantAt(WTrace memory t, uint256 k) public pure returns (uint8) {
        return t.variant != HONEST && k >= t.step ? t.variant : HONEST;
    }

    function state(WTrace memory t, uint256 k) public view returns (bytes32) {
        return k == 0 ? initState : doneState[variantAt(t, k)];
    }

    /// The trace's roots at the points p_1..p_{P-1} of [lo, hi].
    function dissection(WTrace memory t, uint256 lo, uint256 hi) external view returns (bytes32[] memory d) {
        uint256 len = hi - lo;
        uint256 p = len < 16 ? len : 16;
        d = new bytes32[](p - 1);
        for (uint256 q = 1; q < p; ++q) {
            d[q - 1] = state(t, lo + (q * len) / p);
        }
    }

    /// The output root of a trace of n steps (one output slot: its slot root).
    function outputRoot(WTrace memory t, uint256 n) external view returns (bytes32) {
        return ySlotRoot[variantAt(t, n)];
    }

    // ------------------------------------------------------------------
    // Witnesses (the agreed S_i is always an honest state)
    // ------------------------------------------------------------------

    /// y's witness under the honest S_i, as the slot of a one-element
    /// InputWitness list (returning a bare SlotWitness as well as
    /// InputWitness[] from one contract trips a stack-too-deep in solc's
    /// legacy ABI decoder).
    function outWitness(uint256 i) external view returns (InputWitness[] memory ws) {
        ws = new InputWitness[](1);
        SlotWitness memory w = ws[0].slot;
        w.dtype = Ref.INT8;
        w.rank = 1;
        w.dims = Ref.d4(NBYTES, 0, 0, 0);
        w.dataRoot = i == 0 ? _zeroYDataRoot : Ref.root(_leaves[HONEST]);
        w.siblings = new bytes32[](1);
        w.siblings[0] = xSlotRoot;
    }

    function dataRoot(uint8 v) external view returns (bytes32) {
        return Ref.root(_leaves[v]);
    }

    /// The descendants of y's data root: its 4 chunk leaves.
    function leaves(uint8 v) external view returns (bytes32[] memory) {
        return _leaves[v];
    }

    /// Chunk c of y as variant v commits it.
    function chunk(uint8 v, uint256 c) public view returns (bytes memory ch) {
        if (v == BEYOND && c == 3) return _garbage;
        Tensor memory y = Tensor(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), _y[v]);
        ch = Ref.chunk(y, c);
        if (v == PAD && c == 2) ch[1023] = 0x01;
    }

    /// The operand witness for element e of the relu at step i+1 (reading x
    /// under the honest S_i); empty for a padding element.
    function inputs(uint256 i, uint256 e) external view returns (InputWitness[] memory ins) {
        if (e >= NBYTES) return ins;
        ins = new InputWitness[](1);
        SlotWitness memory s;
        s.dtype = Ref.INT8;
        s.rank = 1;
        s.dims = Ref.d4(NBYTES, 0, 0, 0);
        s.dataRoot = Ref.root(_xLeaves);
        s.siblings = new bytes32[](1);
        s.siblings[0] = i == 0 ? zeroYSlotRoot : ySlotRoot[HONEST];
        ins[0].slot = s;
        ins[0].chunks = new ChunkWitness[](1);
        uint256 c = e / 1024;
        Tensor memory x = Tensor(Ref.INT8, 1, Ref.d4(NBYTES, 0, 0, 0), _x);
        ins[0].chunks[0] = ChunkWitness(c, Ref.chunk(x, c), Ref.proof(_xLeaves, c));
    }

    /// y's slot proof under a final state of variant v (for proveOutputRoot).
    function finalSlotProof(uint8 v) external view returns (SlotProof[] memory sp) {
        sp = new SlotProof[](1);
        sp[0].root = ySlotRoot[v];
        sp[0].siblings = new bytes32[](1);
        sp[0].siblings[0] = xSlotRoot;
    }
}
