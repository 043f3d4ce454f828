// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Tensor, Slot, Ref} from "./Ref.sol";
import {OpProof, SlotWitness, ChunkWitness, InputWitness, SlotProof} from "../../src/CruxTypes.sol";

/// A program: slot table and op records.
struct Program {
    Slot[] slots;
    bytes[] ops;
}

/// A program's commitments (compute.md 2.4, 3.2).
struct Prepared {
    bytes16 header;
    bytes slotTable;
    bytes32 slotsHash;
    bytes outputs;
    bytes32 outputsHash;
    bytes32[] opLeaves; // padded with the zero op leaf
    bytes32 opsRoot;
    bytes32 root;
}

/// How a trace departs from the truth at step `step` (1-based: step f runs op
/// f-1). kind: 0 none; 1 flip bit 0 of byte `pos` of the written tensor (later
/// steps compute on the wrong value); 2 the chunk at position `pos` of the
/// written tensor's tree is hashed with `pos`-derived garbage bytes (inside or
/// beyond the tensor; computation goes on with the true bytes); 3 S_f also puts a
/// garbage root in slot `slot` (not the written one); 4 the last chunk of the
/// written tensor has a non-zero padding byte.
struct Fault {
    uint256 step;
    uint8 kind;
    uint256 pos;
    uint256 slot;
}

/// What a run leaves behind, for the steps 1..n and the states S_0..S_n.
struct Trace {
    Tensor[] initial; // per slot
    Tensor[] writes; // writes[i]: tensor written by op i
    bytes32[][] leaves; // leaves[i]: chunk leaves of writes[i] as committed (padded)
    bytes[] overChunk; // overChunk[i]: chunk bytes committed at overPos[i] (empty: none)
    uint256[] overPos;
    bytes32[][] roots; // roots[k]: slot roots of S_k
    bytes32[] states; // S_k
    bytes32 outputRoot;
}

library Model {
    bytes32 internal constant ZERO_OP_LEAF = 0xbc819d373d3538c3aa26a26d34120f2c678e22642b28a1a4811b0a5892b00da7;

    // ------------------------------------------------------------------
    // Programs
    // ------------------------------------------------------------------

    function slot(uint8 dtype, uint8 rank, uint32[4] memory dims, bool input, bool output)
        internal
        pure
        returns (Slot memory s)
    {
        s.dtype = dtype;
        s.rank = rank;
        s.dims = dims;
        s.input = input;
        s.output = output;
    }

    function header(uint256 nSlots, uint256 nOps) internal pure returns (bytes16) {
        return bytes16(abi.encodePacked(bytes4("CRXP"), uint16(1), uint16(0), uint32(nSlots), uint32(nOps)));
    }

    function prepare(Program memory p) internal pure returns (Prepared memory pr) {
        pr.header = header(p.slots.length, p.ops.length);
        for (uint256 s; s < p.slots.length; ++s) {
            Slot memory d = p.slots[s];
            bytes memory name = abi.encodePacked("s", bytes1(uint8(97 + (s % 26))), bytes1(uint8(97 + (s / 26) % 26)));
            uint8 flags = (d.input ? 1 : 0) | (d.output ? 2 : 0);
            pr.slotTable = abi.encodePacked(
                pr.slotTable,
                d.dtype,
                flags,
                d.rank,
                uint8(name.length),
                d.dims[0],
                d.dims[1],
                d.dims[2],
                d.dims[3],
                name
            );
            if (d.output) pr.outputs = abi.encodePacked(pr.outputs, uint16(s));
        }
        pr.slotsHash = keccak256(pr.slotTable);
        pr.outputsHash = keccak256(pr.outputs);
        bytes32[] memory leaves = new bytes32[](p.ops.length);
        for (uint256 i; i < p.ops.length; ++i) {
            leaves[i] = Ref.opLeaf(p.ops[i]);
        }
        pr.opLeaves = Ref.pad(leaves, ZERO_OP_LEAF);
        pr.opsRoot = Ref.root(pr.opLeaves);
        pr.root = keccak256(abi.encodePacked(uint8(5), pr.header, pr.slotsHash, pr.outputsHash, pr.opsRoot));
    }

    function opProof(Program memory p, Prepared memory pr, uint256 i) internal pure returns (OpProof memory op) {
        op.record = p.ops[i];
        op.header = abi.encodePacked(pr.header);
        op.slotsHash = pr.slotsHash;
        op.outputsHash = pr.outputsHash;
        op.siblings = Ref.proof(pr.opLeaves, i);
    }

    // ------------------------------------------------------------------
    // Runs
    // ------------------------------------------------------------------

    function noFault() internal pure returns (Fault memory f) {}

    function fault(uint256 step, uint8 kind, uint256 pos, uint256 slotIdx) internal pure returns (Fault memory f) {
        f = Fault(step, kind, pos, slotIdx);
    }

    /// Runs p on `inputs` (indexed by slot; used for input slots only), with an
    /// optional fault.
    function run(Program memory p, Tensor[] memory inputs, Fault memory f) internal pure returns (Trace memory tr) {
        uint256 ns = p.slots.length;
        uint256 n = p.ops.length;
        tr.initial = new Tensor[](ns);
        Tensor[] memory mem = new Tensor[](ns);
        tr.roots = new bytes32[][](n + 1);
        tr.roots[0] = new bytes32[](ns);
        for (uint256 s; s < ns; ++s) {
            tr.initial[s] = p.slots[s].input ? inputs[s] : Ref.like(p.slots[s]);
            mem[s] = tr.initial[s];
            tr.roots[0][s] = Ref.tensorSlotRoot(mem[s]);
        }
        tr.writes = new Tensor[](n);
        tr.leaves = new bytes32[][](n);
        tr.overChunk = new bytes[](n);
        tr.overPos = new uint256[](n);
        tr.states = new bytes32[](n + 1);
        tr.states[0] = Ref.root(Ref.pad(tr.roots[0], bytes32(0)));
        for (uint256 i; i < n; ++i) {
            runStep(p, tr, mem, i, f);
        }
        bytes32[] memory outRoots = new bytes32[](countOutputs(p));
        uint256 k;
        for (uint256 s; s < ns; ++s) {
            if (p.slots[s].output) outRoots[k++] = tr.roots[n][s];
        }
        tr.outputRoot = Ref.root(Ref.pad(outRoots, bytes32(0)));
    }

    function runStep(Program memory p, Trace memory tr, Tensor[] memory mem, uint256 i, Fault memory f)
        internal
        pure
    {
        bytes memory rec = p.ops[i];
        uint256 out = Ref.opOut(rec);
        Tensor memory w;
        {
            Tensor memory x = mem[Ref.opIn(rec, 0)];
            Tensor memory y = Ref.arity(Ref.opCode(rec)) == 2 ? mem[Ref.opIn(rec, 1)] : x;
            w = Ref.exec(rec, x, y, p.slots[out]);
        }
        bool faulty = f.step == i + 1;
        if (faulty && f.kind == 1) w.data[f.pos % w.data.length] ^= 0x01;
        tr.writes[i] = w;
        mem[out] = w;
        tr.leaves[i] = Ref.chunkLeaves(w);
        if (faulty && (f.kind == 2 || f.kind == 4)) overrideChunk(tr, i, w, f);
        bytes32[] memory r = copyRoots(tr.roots[i]);
        Slot memory d = p.slots[out];
        r[out] = Ref.slotRoot(d.dtype, d.rank, d.dims, Ref.root(tr.leaves[i]));
        if (faulty && f.kind == 3) {
            require(f.slot != out, "fault 3 must hit another slot");
            r[f.slot] = keccak256(abi.encode("garbage slot root", f.pos));
        }
        tr.roots[i + 1] = r;
        tr.states[i + 1] = Ref.root(Ref.pad(r, bytes32(0)));
    }

    function overrideChunk(Trace memory tr, uint256 i, Tensor memory w, Fault memory f) internal pure {
        uint256 pos = f.kind == 2 ? f.pos : Ref.nChunks(w) - 1;
        bytes memory ch = f.kind == 2 ? garbageChunk(f.pos) : Ref.chunk(w, pos);
        if (f.kind == 4) {
            require(w.data.length % 1024 != 0, "fault 4 needs a padded last chunk");
            ch[1023] = 0x01;
        }
        require(pos < tr.leaves[i].length, "fault position beyond the tree");
        tr.overChunk[i] = ch;
        tr.overPos[i] = pos;
        tr.leaves[i][pos] = Ref.chunkLeaf(ch);
    }

    function garbageChunk(uint256 seed) internal pure returns (bytes memory ch) {
        ch = new bytes(1024);
        for (uint256 i; i < 1024; i += 32) {
            bytes32 w = keccak256(abi.encode("garbage chunk", seed, i));
            assembly ("memory-safe") {
                mstore(add(add(ch, 32), i), w)
            }
        }
    }

    function copyRoots(bytes32[] memory a) internal pure returns (bytes32[] memory b) {
        b = new bytes32[](a.length);
        for (uint256 i; i < a.length; ++i) {
            b[i] = a[i];
        }
    }

    function countOutputs(Program memory p) internal pure returns (uint256 c) {
        for (uint256 s; s < p.slots.length; ++s) {
            if (p.slots[s].output) ++c;
        }
    }

    function steps(Trace memory tr) internal pure returns (uint256) {
        return tr.writes.length;
    }

    /// The step (1-based) that last wrote slot s at or before state k, 0 if none.
    function lastWrite(Program memory p, uint256 k, uint256 s) internal pure returns (uint256) {
        for (uint256 i = k; i > 0; --i) {
            if (Ref.opOut(p.ops[i - 1]) == s) return i;
        }
        return 0;
    }

    /// Slot s's tensor in S_k (its true bytes as this trace computed them).
    function tensorAt(Program memory p, Trace memory tr, uint256 k, uint256 s) internal pure returns (Tensor memory) {
        uint256 w = lastWrite(p, k, s);
        return w == 0 ? tr.initial[s] : tr.writes[w - 1];
    }

    /// Slot s's committed chunk leaves in S_k.
    function leavesAt(Program memory p, Trace memory tr, uint256 k, uint256 s)
        internal
        pure
        returns (bytes32[] memory)
    {
        uint256 w = lastWrite(p, k, s);
        return w == 0 ? Ref.chunkLeaves(tr.initial[s]) : tr.leaves[w - 1];
    }

    /// Chunk c of slot s in S_k, as committed.
    function chunkAt(Program memory p, Trace memory tr, uint256 k, uint256 s, uint256 c)
        internal
        pure
        returns (bytes memory)
    {
        uint256 w = lastWrite(p, k, s);
        if (w != 0 && tr.overChunk[w - 1].length != 0 && tr.overPos[w - 1] == c) return tr.overChunk[w - 1];
        return Ref.chunk(tensorAt(p, tr, k, s), c);
    }

    // ------------------------------------------------------------------
    // Witnesses
    // ------------------------------------------------------------------

    function slotWitness(Program memory p, Trace memory tr, uint256 k, uint256 s)
        internal
        pure
        returns (SlotWitness memory w)
    {
        Slot memory d = p.slots[s];
        w.dtype = d.dtype;
        w.rank = d.rank;
        w.dims = d.dims;
        w.dataRoot = Ref.root(leavesAt(p, tr, k, s));
        w.siblings = Ref.proof(Ref.pad(tr.roots[k], bytes32(0)), s);
    }

    function slotProof(Trace memory tr, uint256 k, uint256 s) internal pure returns (SlotProof memory sp) {
        sp.root = tr.roots[k][s];
        sp.siblings = Ref.proof(Ref.pad(tr.roots[k], bytes32(0)), s);
    }

    /// Chunk witnesses for bytes [firstByte, lastByte] of slot s in S_k.
    function chunkWitnesses(Program memory p, Trace memory tr, uint256 k, uint256 s, uint256 firstByte, uint256 lastByte)
        internal
        pure
        returns (ChunkWitness[] memory cs)
    {
        uint256 first = firstByte / 1024;
        cs = new ChunkWitness[](lastByte / 1024 - first + 1);
        bytes32[] memory leaves = leavesAt(p, tr, k, s);
        for (uint256 q; q < cs.length; ++q) {
            cs[q].index = first + q;
            cs[q].data = chunkAt(p, tr, k, s, first + q);
            cs[q].siblings = Ref.proof(leaves, first + q);
        }
    }

    /// The witnesses KernelVerifier needs for element e of op i (reading S_i).
    function inputWitnesses(Program memory p, Trace memory tr, uint256 i, uint256 e)
        internal
        pure
        returns (InputWitness[] memory ins)
    {
        bytes memory rec = p.ops[i];
        uint8 code = Ref.opCode(rec);
        uint256 ar = Ref.arity(code);
        ins = new InputWitness[](ar);
        uint256[2] memory sl;
        Tensor[2] memory t;
        for (uint256 k; k < ar; ++k) {
            sl[k] = Ref.opIn(rec, k);
            ins[k].slot = slotWitness(p, tr, i, sl[k]);
            t[k] = tensorAt(p, tr, i, sl[k]);
        }
        (uint256[2] memory lo, uint256[2] memory len) = readRanges(rec, t[0], t[1], p.slots[Ref.opOut(rec)], e);
        for (uint256 k; k < ar; ++k) {
            if (len[k] != 0) ins[k].chunks = chunkWitnesses(p, tr, i, sl[k], lo[k], lo[k] + len[k] - 1);
        }
    }

    /// The byte ranges [lo, lo+len) of each operand that element e of the op
    /// reads (len 0: none), by the rules of compute.md 2.1.
    function readRanges(bytes memory rec, Tensor memory x, Tensor memory y, Slot memory out, uint256 e)
        internal
        pure
        returns (uint256[2] memory lo, uint256[2] memory len)
    {
        uint8 code = Ref.opCode(rec);
        uint256 xs = Ref.elemSize(x.dtype);
        if (code == Ref.MATMUL) {
            uint256 kk = x.dims[1];
            uint256 nn = y.dims[0];
            lo[0] = (e / nn) * kk;
            len[0] = kk;
            lo[1] = (e % nn) * kk;
            len[1] = kk;
        } else if (code == Ref.ADD) {
            lo[0] = 4 * e;
            len[0] = 4;
            lo[1] = 4 * (e % Ref.elems(y));
            len[1] = 4;
        } else if (code == Ref.LUT) {
            lo[0] = e;
            len[0] = 1;
            lo[1] = uint256(Ref.get(x, e) + 128);
            len[1] = 1;
        } else if (code == Ref.ARGMAX) {
            uint256 last = x.dims[x.rank - 1];
            lo[0] = e * last * xs;
            len[0] = last * xs;
        } else if (code == Ref.TRANSPOSE) {
            uint256[4] memory i = Ref.unravel(e, out.rank, out.dims);
            uint256[4] memory j;
            for (uint256 k; k < out.rank; ++k) {
                j[uint256(Ref.opParam(rec, k))] = i[k];
            }
            lo[0] = Ref.ravel(j, x.rank, x.dims) * xs;
            len[0] = xs;
        } else if (code == Ref.SLICE) {
            uint256[4] memory i = Ref.unravel(e, out.rank, out.dims);
            for (uint256 k; k < out.rank; ++k) {
                i[k] += uint256(Ref.opParam(rec, k));
            }
            lo[0] = Ref.ravel(i, x.rank, x.dims) * xs;
            len[0] = xs;
        } else if (code == Ref.CONCAT) {
            uint256 axis = uint256(Ref.opParam(rec, 0));
            uint256[4] memory i = Ref.unravel(e, out.rank, out.dims);
            if (i[axis] < x.dims[axis]) {
                lo[0] = Ref.ravel(i, x.rank, x.dims) * xs;
                len[0] = xs;
            } else {
                i[axis] -= x.dims[axis];
                lo[1] = Ref.ravel(i, y.rank, y.dims) * xs;
                len[1] = xs;
            }
        } else {
            // requant, relu, reshape: element e of x
            lo[0] = e * xs;
            len[0] = xs;
        }
    }
}
