// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {Slot, Ref} from "./Ref.sol";
import {Program, Prepared, Model} from "./Model.sol";
import {OpProof, SlotWitness, ChunkWitness, InputWitness} from "../../src/CruxTypes.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";

/// The largest dispute the limits allow, built cheaply: a job of 2^16 steps whose
/// disputed step is a matmul x [2^14, K] * y [2^14, K]^T writing a 1 GiB int32
/// [2^14, 2^14] slot (2^20 chunks: the chunk descent is 20 levels, 5 moves).
///
///   slot 0  x    int8  [16384, K]      input
///   slot 1  y    int8  [16384, K]      input
///   slot 2  out  int32 [16384, 16384]  output (1 GiB)
///   slot 3  acc  int32 [8]
///   slot 4  b    int32 [8]             input
///   ops     2^16: op I is out = matmul(x, y); every other op is acc += b
///
/// Everything the contracts check is real: the program root (slot table,
/// outputs, an ops tree of 2^16 leaves whose siblings are uniform subtrees), the
/// slot-table root S_I holding the true slot roots of x, y and the zero out
/// slot, each side's S_{I+1}, the chunk trees of x, y and out (mostly zero: one
/// dense row of x and of y, one dense out chunk per side; zero subtrees have
/// precomputed roots), and the matmul element. What no contract checks is
/// synthetic: the states at other steps are distinct hashes (both sides agree up
/// to S_I), and the acc/b slot roots are hashes. Calldata is as dense as a real
/// dispute's: hashes, and random bytes in the revealed chunk and the two rows.
abstract contract BigDispute is Fixture {
    uint256 internal constant BIG_N = 1 << 16; // steps
    uint256 internal constant BIG_I = 43_690; // the disputed step runs op BIG_I
    uint256 internal constant BIG_MN = 1 << 14; // M = N
    uint256 internal constant BIG_DEPTH = 20; // chunk tree of the 1 GiB slot
    uint256 internal constant M0 = 5000; // the disputed element: out[M0][N0]
    uint256 internal constant N0 = 12_345;

    struct Big {
        uint256 k; // matmul's K
        bytes record;
        bytes16 header;
        bytes32 slotsHash;
        bytes32 outputsHash;
        bytes32[] opSiblings;
        bytes32 programRoot;
        bytes32[5] slotRoots; // in S_I
        bytes32[21] zc; // zero chunk-tree roots Z_0..Z_20
        bytes xRow;
        bytes yRow;
        uint256 xDepth; // chunk tree depth of x and y
        bytes32 xDataRoot;
        bytes32 yDataRoot;
        uint256 c; // the out chunk holding out[M0][N0]
        uint256 j; // its element within the chunk
        bytes eChunk; // E's (wrong) chunk c
        bytes32[21] ePath; // E's nodes on the path to leaf c, by height
        bytes32[21] cPath; // C's
        bytes32 agreed; // S_I
        bytes32 eNext; // E's S_{I+1}
        bytes32 cNext; // C's S_{I+1}
    }

    Big internal big;

    // ------------------------------------------------------------------
    // Building
    // ------------------------------------------------------------------

    function buildBig(uint256 k) internal {
        big.k = k;
        big.record = Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams());
        bigProgram();
        bytes32 z = Ref.ZERO_CHUNK_LEAF;
        for (uint256 h; h <= BIG_DEPTH; ++h) {
            big.zc[h] = z;
            z = Ref.node(z, z);
        }
        // x and y: zero but for row M0 of x and row N0 of y (dense random bytes).
        big.xRow = randomBytes(1, k);
        big.yRow = randomBytes(2, k);
        big.xDepth = Ref.depthOf(BIG_MN * k / 1024);
        big.xDataRoot = runNode(big.xDepth, 0, M0 * k / 1024, rowLeaves(big.xRow));
        big.yDataRoot = runNode(big.xDepth, 0, N0 * k / 1024, rowLeaves(big.yRow));
        uint32[4] memory inDims = Ref.d4(BIG_MN, k, 0, 0);
        big.slotRoots[0] = Ref.slotRoot(Ref.INT8, 2, inDims, big.xDataRoot);
        big.slotRoots[1] = Ref.slotRoot(Ref.INT8, 2, inDims, big.yDataRoot);
        big.slotRoots[2] = Ref.slotRoot(Ref.INT32, 2, outDims(), big.zc[BIG_DEPTH]);
        big.slotRoots[3] = keccak256("synthetic acc slot root");
        big.slotRoots[4] = keccak256("synthetic b slot root");
        big.agreed = slotTableRoot(big.slotRoots[2]);
        // out: E's chunk c is dense and wrong at element j; C's leaf differs.
        uint256 e = M0 * BIG_MN + N0;
        big.c = e / 256;
        big.j = e % 256;
        big.eChunk = randomBytes(3, 1024);
        int32 truth = dot(big.xRow, big.yRow);
        setInt32(big.eChunk, big.j, truth + 1);
        pathOf(Ref.chunkLeaf(big.eChunk), big.ePath);
        pathOf(Ref.chunkLeaf(randomBytes(4, 1024)), big.cPath);
        big.eNext = slotTableRoot(Ref.slotRoot(Ref.INT32, 2, outDims(), big.ePath[BIG_DEPTH]));
        big.cNext = slotTableRoot(Ref.slotRoot(Ref.INT32, 2, outDims(), big.cPath[BIG_DEPTH]));
    }

    function outDims() internal pure returns (uint32[4] memory) {
        return Ref.d4(BIG_MN, BIG_MN, 0, 0);
    }

    function bigProgram() internal {
        Program memory p;
        p.slots = new Slot[](5);
        p.slots[0] = Model.slot(Ref.INT8, 2, Ref.d4(BIG_MN, big.k, 0, 0), true, false);
        p.slots[1] = Model.slot(Ref.INT8, 2, Ref.d4(BIG_MN, big.k, 0, 0), true, false);
        p.slots[2] = Model.slot(Ref.INT32, 2, outDims(), false, true);
        p.slots[3] = Model.slot(Ref.INT32, 1, Ref.d4(8, 0, 0, 0), false, false);
        p.slots[4] = Model.slot(Ref.INT32, 1, Ref.d4(8, 0, 0, 0), true, false);
        Prepared memory pr = Model.prepare(p); // no ops: only its slot table and outputs are used
        big.header = Model.header(5, BIG_N);
        big.slotsHash = pr.slotsHash;
        big.outputsHash = pr.outputsHash;
        // Every op but op BIG_I is the same filler, so op BIG_I's siblings are
        // roots of uniform subtrees of filler leaves.
        bytes32 u = Ref.opLeaf(Ref.record(Ref.ADD, 3, 3, 4, Ref.noParams()));
        big.opSiblings = new bytes32[](16);
        bytes32 node = Ref.opLeaf(big.record);
        for (uint256 h; h < 16; ++h) {
            big.opSiblings[h] = u;
            node = (BIG_I >> h) & 1 == 0 ? Ref.node(node, u) : Ref.node(u, node);
            u = Ref.node(u, u);
        }
        big.programRoot = keccak256(abi.encodePacked(uint8(5), big.header, big.slotsHash, big.outputsHash, node));
    }

    /// The slot table root with slot 2's root replaced (5 slots, 8 positions).
    function slotTableRoot(bytes32 outRoot) internal view returns (bytes32) {
        bytes32[] memory t = new bytes32[](8);
        for (uint256 s; s < 5; ++s) {
            t[s] = big.slotRoots[s];
        }
        t[2] = outRoot;
        return Ref.root(t);
    }

    function slotSiblings(uint256 slot) internal view returns (bytes32[] memory) {
        bytes32[] memory t = new bytes32[](8);
        for (uint256 s; s < 5; ++s) {
            t[s] = big.slotRoots[s];
        }
        return Ref.proof(t, slot);
    }

    function rowLeaves(bytes memory row) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](row.length / 1024);
        for (uint256 q; q < leaves.length; ++q) {
            bytes memory ch = new bytes(1024);
            for (uint256 b; b < 1024; ++b) {
                ch[b] = row[q * 1024 + b];
            }
            leaves[q] = Ref.chunkLeaf(ch);
        }
    }

    /// The node at height h, index idx, of a chunk tree that is zero but for
    /// the leaves `run` at positions first, first + 1, ...
    function runNode(uint256 h, uint256 idx, uint256 first, bytes32[] memory run) internal view returns (bytes32) {
        uint256 lo = idx << h;
        uint256 hi = (idx + 1) << h;
        if (hi <= first || lo >= first + run.length) return big.zc[h];
        if (h == 0) return run[idx - first];
        return Ref.node(runNode(h - 1, 2 * idx, first, run), runNode(h - 1, 2 * idx + 1, first, run));
    }

    function runProof(uint256 depth, uint256 p, uint256 first, bytes32[] memory run)
        internal
        view
        returns (bytes32[] memory sib)
    {
        sib = new bytes32[](depth);
        for (uint256 h; h < depth; ++h) {
            sib[h] = runNode(h, (p >> h) ^ 1, first, run);
        }
    }

    /// The path from leaf c (value `leaf`) to the root of an otherwise zero
    /// 2^20-leaf tree.
    function pathOf(bytes32 leaf, bytes32[21] storage path) internal {
        path[0] = leaf;
        for (uint256 h; h < BIG_DEPTH; ++h) {
            path[h + 1] = (big.c >> h) & 1 == 0 ? Ref.node(path[h], big.zc[h]) : Ref.node(big.zc[h], path[h]);
        }
    }

    function dot(bytes memory a, bytes memory b) internal pure returns (int32 s) {
        unchecked {
            for (uint256 q; q < a.length; ++q) {
                s += int32(int8(uint8(a[q]))) * int32(int8(uint8(b[q])));
            }
        }
    }

    function setInt32(bytes memory ch, uint256 elem, int32 v) internal pure {
        uint32 u = uint32(v);
        for (uint256 b; b < 4; ++b) {
            ch[4 * elem + b] = bytes1(uint8(u >> (8 * b)));
        }
    }

    // ------------------------------------------------------------------
    // The two traces
    // ------------------------------------------------------------------

    /// Side E (true) or C's S_k: agreed up to S_I, different after.
    function bigState(bool e, uint256 k) internal view returns (bytes32) {
        if (k < BIG_I) return keccak256(abi.encode("agreed state", k));
        if (k == BIG_I) return big.agreed;
        if (k == BIG_I + 1) return e ? big.eNext : big.cNext;
        return keccak256(abi.encode(e ? "E state" : "C state", k));
    }

    function bigDissection(bool e, uint256 lo, uint256 hi) internal view returns (bytes32[] memory d) {
        uint256 len = hi - lo;
        uint256 p = len < 16 ? len : 16;
        d = new bytes32[](p - 1);
        for (uint256 t = 1; t < p; ++t) {
            d[t - 1] = bigState(e, lo + (t * len) / p);
        }
    }

    // ------------------------------------------------------------------
    // Move arguments
    // ------------------------------------------------------------------

    struct BigBisect {
        bytes32[] theirs;
        uint256 t;
        bytes32 mine;
        bytes32[] next;
    }

    function bigBisectArgs(IDisputeGame.GameView memory v) internal view returns (BigBisect memory mv) {
        bool e = v.executorToMove;
        mv.theirs = bigDissection(!e, v.a, v.b);
        uint256 len = v.b - v.a;
        uint256 p = len < 16 ? len : 16;
        bytes32 qAtB = e ? v.challengerRoot : v.executorRoot;
        for (uint256 t = 1; t <= p; ++t) {
            if (bigState(e, v.a + (t * len) / p) != (t < p ? mv.theirs[t - 1] : qAtB)) {
                mv.t = t;
                break;
            }
        }
        uint256 lo = v.a + ((mv.t - 1) * len) / p;
        uint256 hi = v.a + (mv.t * len) / p;
        mv.mine = bigState(e, hi);
        mv.next = hi - lo > 1 ? bigDissection(e, lo, hi) : new bytes32[](0);
    }

    function bigOpProof() internal view returns (OpProof memory op) {
        op.record = big.record;
        op.header = abi.encodePacked(big.header);
        op.slotsHash = big.slotsHash;
        op.outputsHash = big.outputsHash;
        op.siblings = big.opSiblings;
    }

    function bigOutWitness() internal view returns (SlotWitness memory w) {
        w.dtype = Ref.INT32;
        w.rank = 2;
        w.dims = outDims();
        w.dataRoot = big.zc[BIG_DEPTH];
        w.siblings = slotSiblings(2);
    }

    /// A side's 16 descendants of node (level, index) of its out chunk tree.
    function bigDesc(bool e, uint256 level, uint256 index) internal view returns (bytes32[] memory d) {
        if (level == BIG_DEPTH) return d;
        uint256 h = BIG_DEPTH - level - 4;
        d = new bytes32[](16);
        for (uint256 q; q < 16; ++q) {
            d[q] = (index << 4) | q == big.c >> h ? (e ? big.ePath[h] : big.cPath[h]) : big.zc[h];
        }
    }

    struct BigDescend {
        uint256 j;
        bytes32 theirs;
        bytes32[] ts;
        bytes32 mine;
        bytes32[] ms;
        bytes32[] next;
    }

    function bigDescendArgs(IDisputeGame.GameView memory v) internal view returns (BigDescend memory mv) {
        bool e = v.executorToMove;
        bytes32[] memory theirD = bigDesc(!e, v.level, v.index);
        bytes32[] memory mineD = bigDesc(e, v.level, v.index);
        uint256 h = BIG_DEPTH - v.level - 4;
        mv.j = (big.c >> h) & 15;
        mv.theirs = theirD[mv.j];
        mv.ts = Ref.subProof(theirD, mv.j);
        mv.mine = mineD[mv.j];
        mv.ms = Ref.subProof(mineD, mv.j);
        mv.next = bigDesc(e, v.level + 4, (uint256(v.index) << 4) | mv.j);
    }

    /// C's witnesses for out[M0][N0]: row M0 of x and row N0 of y under S_I.
    function bigInputs() internal view returns (InputWitness[] memory ins) {
        ins = new InputWitness[](2);
        ins[0] = rowWitness(0, M0, big.xRow, big.xDataRoot);
        ins[1] = rowWitness(1, N0, big.yRow, big.yDataRoot);
    }

    function rowWitness(uint256 slot, uint256 row, bytes memory bytes_, bytes32 dataRoot)
        internal
        view
        returns (InputWitness memory w)
    {
        w.slot = SlotWitness(Ref.INT8, 2, Ref.d4(BIG_MN, big.k, 0, 0), dataRoot, slotSiblings(slot));
        bytes32[] memory run = rowLeaves(bytes_);
        uint256 first = row * big.k / 1024;
        w.chunks = new ChunkWitness[](run.length);
        for (uint256 q; q < run.length; ++q) {
            bytes memory ch = new bytes(1024);
            for (uint256 b; b < 1024; ++b) {
                ch[b] = bytes_[q * 1024 + b];
            }
            w.chunks[q] = ChunkWitness(first + q, ch, runProof(big.xDepth, first + q, first, run));
        }
    }
}
