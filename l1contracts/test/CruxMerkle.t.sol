// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {MerkleHarness} from "./harness/MerkleHarness.sol";
import {CruxMerkle} from "../src/lib/CruxMerkle.sol";

/// Tests of CruxMerkle against docs/compute.md section 3. Trees and proofs are
/// built here with plain abi.encodePacked hashing (a second, independent
/// implementation of the spec), and a few known-answer vectors were computed
/// outside the EVM (node, js-sha3 keccak256).
contract CruxMerkleTest is CruxTest {
    MerkleHarness internal h;

    function setUp() public {
        h = new MerkleHarness();
    }

    // ------------------------------------------------------------------
    // Reference implementation of the spec, written plainly
    // ------------------------------------------------------------------

    function refNode(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x01), l, r));
    }

    function refChunkLeaf(bytes memory chunk) internal pure returns (bytes32) {
        require(chunk.length == 1024, "chunk size");
        return keccak256(abi.encodePacked(uint8(0x00), chunk));
    }

    function refSlotRoot(uint8 dtype, uint8 rank, uint32[4] memory d, bytes32 dataRoot)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(uint8(0x02), dtype, rank, d[0], d[1], d[2], d[3], dataRoot));
    }

    function refOpLeaf(bytes memory record) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x04), record));
    }

    function refProgramRoot(bytes16 header, bytes32 slotsHash, bytes32 outputsHash, bytes32 opsRoot)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(uint8(0x05), header, slotsHash, outputsHash, opsRoot));
    }

    function depthOf(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    /// All levels of the tree over `leaves` padded with `zeroLeaf` to 2^d.
    function refRoot(bytes32[] memory leaves, bytes32 zeroLeaf) internal pure returns (bytes32) {
        uint256 d = depthOf(leaves.length);
        bytes32[] memory level = new bytes32[](uint256(1) << d);
        for (uint256 i; i < level.length; ++i) {
            level[i] = i < leaves.length ? leaves[i] : zeroLeaf;
        }
        for (uint256 n = level.length; n > 1; n /= 2) {
            for (uint256 i; i < n / 2; ++i) {
                level[i] = refNode(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }

    /// The siblings of leaf `index` from the leaf level up.
    function refProof(bytes32[] memory leaves, bytes32 zeroLeaf, uint256 index)
        internal
        pure
        returns (bytes32[] memory proof)
    {
        uint256 d = depthOf(leaves.length);
        proof = new bytes32[](d);
        bytes32[] memory level = new bytes32[](uint256(1) << d);
        for (uint256 i; i < level.length; ++i) {
            level[i] = i < leaves.length ? leaves[i] : zeroLeaf;
        }
        uint256 pos = index;
        for (uint256 j; j < d; ++j) {
            proof[j] = level[pos ^ 1];
            uint256 n = level.length >> j;
            for (uint256 i; i < n / 2; ++i) {
                level[i] = refNode(level[2 * i], level[2 * i + 1]);
            }
            pos >>= 1;
        }
    }

    /// A tensor's bytes cut into zero-padded 1024-byte chunks.
    function chunksOf(bytes memory data) internal pure returns (bytes[] memory chunks) {
        uint256 n = (data.length + 1023) / 1024;
        if (n == 0) n = 1;
        chunks = new bytes[](n);
        for (uint256 c; c < n; ++c) {
            bytes memory ch = new bytes(1024);
            for (uint256 i; i < 1024 && c * 1024 + i < data.length; ++i) {
                ch[i] = data[c * 1024 + i];
            }
            chunks[c] = ch;
        }
    }

    function chunkLeaves(bytes[] memory chunks) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](chunks.length);
        for (uint256 i; i < chunks.length; ++i) {
            leaves[i] = refChunkLeaf(chunks[i]);
        }
    }

    function dims4(uint32 a, uint32 b, uint32 c, uint32 d) internal pure returns (uint32[4] memory r) {
        r[0] = a;
        r[1] = b;
        r[2] = c;
        r[3] = d;
    }

    function programHeader(uint32 nSlots, uint32 nOps) internal pure returns (bytes16) {
        return bytes16(abi.encodePacked(bytes4("CRXP"), uint16(1), uint16(0), nSlots, nOps));
    }

    // ------------------------------------------------------------------
    // Constants and hashes
    // ------------------------------------------------------------------

    function test_zeroLeaves() public pure {
        assertEq(CruxMerkle.ZERO_CHUNK_LEAF, keccak256(abi.encodePacked(uint8(0), new bytes(1024))), "zero chunk leaf");
        assertEq(CruxMerkle.ZERO_OP_LEAF, keccak256(abi.encodePacked(uint8(4), new bytes(64))), "zero op leaf");
        assertEq(CruxMerkle.ZERO_SLOT_LEAF, bytes32(0), "zero slot leaf");
    }

    function test_knownAnswers() public view {
        // Computed with node + js-sha3 from the byte layouts of docs/compute.md 3.
        bytes memory c = new bytes(1024);
        for (uint256 i; i < 1024; ++i) {
            c[i] = bytes1(uint8(i));
        }
        bytes32 leafC = 0x6f9593bc61d19782faae8bcca957690e231061ac560fd1f98e0677d808081ec6;
        assertEq(h.chunkLeaf(c), leafC, "chunk leaf");
        (bytes32 hm,) = h.chunkLeafMem(c);
        assertEq(hm, leafC, "chunk leaf (memory)");
        assertEq(
            h.nodeHash(CruxMerkle.ZERO_CHUNK_LEAF, leafC),
            0x517fc7ffb829908808be1bae9d9e24d48cbc7ed7f52aafffdef5b6a7d1ca58a7,
            "node"
        );
        assertEq(
            h.slotRoot(2, 2, dims4(3, 5, 0, 0), leafC),
            0x9787fcb7689780534aad861e711ba9ac2ec959ee7631cf713a3a8e56ba9276ab,
            "slot root"
        );
        bytes32 slotsHash = keccak256("slots");
        // Output slots 1 and 4: the outputs list is 0x0001 0x0004.
        bytes32 outputsHash = h.outputsHash(hex"00010004");
        assertEq(outputsHash, 0x21aeb3ebf0c78615904c11cdcacae02b19658cd7e53bda25f62ca00a1e1dacae, "outputs hash");
        assertEq(
            h.programRoot(programHeader(5, 3), slotsHash, outputsHash, leafC),
            0x889322a8631f0aa8ca5bb7a5b47c8f81905efce978d3ccc352d61f4731bb7af0,
            "program root"
        );
        bytes memory rec = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            rec[i] = bytes1(uint8(i));
        }
        bytes32 opLeafKat = 0xe8e56c14879bd3290d00f8700a963640a7d451969c2293dd811f40aa42a7e128;
        assertEq(h.opLeaf(rec), opLeafKat, "op leaf");
        assertEq(h.opLeafMem(rec), opLeafKat, "op leaf (memory)");
        assertEq(
            h.zeroRoot(CruxMerkle.ZERO_CHUNK_LEAF, 3),
            0x5d10fb20ec235d051e2105f2eff0016fec5eeb437a8966b0affd5ebc1e1ac349,
            "Z_3"
        );
        assertEq(
            h.zeroRoot(CruxMerkle.ZERO_CHUNK_LEAF, 20),
            0xbcb3bc2a825372e0f4937158e9a7cb35093683aaa667b5cc1f692b9b1599db02,
            "Z_20"
        );
    }

    function testFuzz_hashesMatchReference(
        bytes32 seed,
        bytes32 l,
        bytes32 r,
        uint8 dtype,
        uint8 rank,
        uint32[4] memory d
    ) public view {
        bytes memory c = randomBytes(uint256(seed), 1024);
        assertEq(h.chunkLeaf(c), refChunkLeaf(c), "chunk leaf");
        (bytes32 hm, bytes memory after_) = h.chunkLeafMem(c);
        assertEq(hm, refChunkLeaf(c), "chunk leaf mem");
        assertEq(keccak256(after_), keccak256(c), "chunkLeafMem leaves its input intact");
        assertEq(h.nodeHash(l, r), refNode(l, r), "node");
        assertEq(h.slotRoot(dtype, rank, d, l), refSlotRoot(dtype, rank, d, l), "slot root");
        assertEq(h.slotRootPacked(dtype, rank, h.packDims(d), l), refSlotRoot(dtype, rank, d, l), "slot root packed");
        bytes16 hd = bytes16(seed);
        bytes32 oh = keccak256(abi.encode(l, r));
        assertEq(h.programRoot(hd, l, oh, r), refProgramRoot(hd, l, oh, r), "program root");
        bytes memory rec = randomBytes(uint256(keccak256(abi.encode(seed))), 64);
        assertEq(h.opLeaf(rec), refOpLeaf(rec), "op leaf");
        uint32[4] memory back = h.unpackDims(h.packDims(d));
        for (uint256 k; k < 4; ++k) {
            assertEq(back[k], d[k], "unpack(pack(d))");
        }
    }

    function test_hashLengthsChecked() public {
        vm.expectRevert(abi.encodeWithSelector(CruxMerkle.BadLength.selector, 1024, 1023));
        h.chunkLeaf(new bytes(1023));
        vm.expectRevert(abi.encodeWithSelector(CruxMerkle.BadLength.selector, 64, 65));
        h.opLeaf(new bytes(65));
    }

    function test_ceilLog2() public view {
        uint256[12] memory n = [uint256(0), 1, 2, 3, 4, 5, 8, 9, 1023, 1024, 1025, 1 << 20];
        uint256[12] memory want = [uint256(0), 0, 1, 2, 2, 3, 3, 4, 10, 10, 11, 20];
        for (uint256 i; i < n.length; ++i) {
            assertEq(h.ceilLog2(n[i]), want[i], "ceilLog2");
        }
    }

    function test_tensorBytes() public view {
        (bool ok, uint256 n) = h.tensorBytes(1, 0, dims4(0, 0, 0, 0));
        assertTrue(ok && n == 1, "rank 0 int8 is one byte");
        (ok, n) = h.tensorBytes(2, 2, dims4(3, 5, 0, 0));
        assertTrue(ok && n == 60, "int32 [3,5]");
        (ok, n) = h.tensorBytes(1, 4, dims4(1024, 1024, 32, 32));
        assertTrue(ok && n == 1 << 30, "exactly 1 GiB");
        (ok,) = h.tensorBytes(1, 4, dims4(1024, 1024, 32, 33));
        assertFalse(ok, "over 1 GiB");
        (ok,) = h.tensorBytes(2, 1, dims4(268435456, 0, 0, 0));
        assertTrue(ok, "int32 2^28 = 1 GiB");
        (ok,) = h.tensorBytes(2, 1, dims4(type(uint32).max, 0, 0, 0));
        assertFalse(ok, "huge dim");
        (ok,) = h.tensorBytes(3, 1, dims4(1, 0, 0, 0));
        assertFalse(ok, "bad dtype");
        (ok,) = h.tensorBytes(0, 1, dims4(1, 0, 0, 0));
        assertFalse(ok, "dtype 0");
        (ok,) = h.tensorBytes(1, 5, dims4(1, 1, 1, 1));
        assertFalse(ok, "rank 5");
        (ok,) = h.tensorBytes(1, 2, dims4(1, 0, 0, 0));
        assertFalse(ok, "zero dim within rank");
        (ok,) = h.tensorBytes(1, 1, dims4(1, 1, 0, 0));
        assertFalse(ok, "non-zero dim beyond rank");
    }

    // ------------------------------------------------------------------
    // Chunk proofs
    // ------------------------------------------------------------------

    struct Slot {
        uint8 dtype;
        uint8 rank;
        uint32[4] dims;
        bytes data;
        bytes[] chunks;
        bytes32[] leaves;
        bytes32 root;
    }

    function makeSlot(uint8 dtype, uint8 rank, uint32[4] memory dims, uint256 seed)
        internal
        pure
        returns (Slot memory s)
    {
        s.dtype = dtype;
        s.rank = rank;
        s.dims = dims;
        uint256 n = dtype == 1 ? 1 : 4;
        for (uint256 k; k < rank; ++k) {
            n *= dims[k];
        }
        s.data = randomBytes(seed, n);
        s.chunks = chunksOf(s.data);
        s.leaves = chunkLeaves(s.chunks);
        s.root = refSlotRoot(dtype, rank, dims, refRoot(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF));
    }

    function checkAllChunks(Slot memory s) internal view {
        for (uint256 i; i < s.chunks.length; ++i) {
            bytes32[] memory p = refProof(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF, i);
            assertTrue(h.verifyChunk(s.root, s.dtype, s.rank, s.dims, i, s.chunks[i], p), "valid chunk proof");
        }
    }

    function test_chunkProof_shapes() public view {
        checkAllChunks(makeSlot(1, 0, dims4(0, 0, 0, 0), 1)); // rank 0: one byte, one chunk, depth 0
        checkAllChunks(makeSlot(1, 1, dims4(1024, 0, 0, 0), 2)); // exactly one chunk
        checkAllChunks(makeSlot(1, 1, dims4(1025, 0, 0, 0), 3)); // two chunks, depth 1
        checkAllChunks(makeSlot(1, 1, dims4(3000, 0, 0, 0), 4)); // three chunks, zero leaf at 3
        checkAllChunks(makeSlot(2, 2, dims4(5, 300, 0, 0), 5)); // 6000 bytes: 6 chunks, depth 3
        checkAllChunks(makeSlot(2, 4, dims4(2, 3, 4, 45), 6)); // 4320 bytes: 5 chunks, depth 3
    }

    function test_chunkProof_tampered() public view {
        Slot memory s = makeSlot(2, 2, dims4(5, 300, 0, 0), 7); // 6 chunks, depth 3
        uint256 i = 4;
        bytes32[] memory p = refProof(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF, i);
        bytes memory c = s.chunks[i];
        assertTrue(h.verifyChunk(s.root, 2, 2, s.dims, i, c, p), "baseline");

        for (uint256 j; j < p.length; ++j) {
            bytes32 saved = p[j];
            p[j] = bytes32(uint256(saved) ^ 1);
            assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i, c, p), "tampered sibling");
            p[j] = saved;
        }
        c[777] ^= 0x01;
        assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i, c, p), "tampered chunk byte");
        c[777] ^= 0x01;
        for (uint256 j; j < 3; ++j) {
            assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i ^ (uint256(1) << j), c, p), "wrong index");
        }
        assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i + 8, c, p), "index with high bits");
        assertFalse(h.verifyChunk(s.root, 1, 2, s.dims, i, c, p), "wrong dtype");
        assertFalse(h.verifyChunk(s.root, 2, 2, dims4(6, 250, 0, 0), i, c, p), "same size, other shape");
        assertFalse(h.verifyChunk(s.root, 2, 3, dims4(5, 300, 1, 0), i, c, p), "other rank");
        assertFalse(h.verifyChunk(bytes32(uint256(s.root) ^ 1), 2, 2, s.dims, i, c, p), "wrong root");

        bytes32[] memory shortP = new bytes32[](2);
        shortP[0] = p[0];
        shortP[1] = p[1];
        assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i, c, shortP), "proof too short");
        bytes32[] memory longP = new bytes32[](4);
        for (uint256 j; j < 3; ++j) {
            longP[j] = p[j];
        }
        assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i, c, longP), "proof too long");
        assertFalse(h.verifyChunk(s.root, 2, 2, s.dims, i, new bytes(1023), p), "short chunk");
    }

    /// Positions >= nChunks hold the zero leaf: a valid Merkle path to them must
    /// not pass as a chunk of the tensor.
    function test_chunkProof_rejectsPaddingPositions() public view {
        Slot memory s = makeSlot(1, 1, dims4(3000, 0, 0, 0), 8); // 3 chunks, position 3 is padding
        bytes32[] memory p = refProof(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF, 3);
        bytes32 dataRoot = refRoot(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF);
        assertEq(h.computeRoot(CruxMerkle.ZERO_CHUNK_LEAF, 3, p), dataRoot, "the path itself is valid");
        assertFalse(h.verifyChunk(s.root, 1, 1, s.dims, 3, new bytes(1024), p), "padding position rejected");
    }

    function test_zeroSlotRootIsZeroSubtree() public view {
        // An all-zero slot costs nothing to commit: its data root is Z_d.
        Slot memory s = makeSlot(1, 1, dims4(5000, 0, 0, 0), 9);
        bytes[] memory zc = chunksOf(new bytes(5000));
        bytes32 zroot = refRoot(chunkLeaves(zc), CruxMerkle.ZERO_CHUNK_LEAF);
        assertEq(zroot, h.zeroRoot(CruxMerkle.ZERO_CHUNK_LEAF, 3), "Z_3");
        bytes32[] memory p = refProof(chunkLeaves(zc), CruxMerkle.ZERO_CHUNK_LEAF, 2);
        assertTrue(
            h.verifyChunk(refSlotRoot(1, 1, s.dims, zroot), 1, 1, s.dims, 2, new bytes(1024), p),
            "zero chunk of zero slot"
        );
    }

    function test_chunkPadding() public view {
        bytes memory c = new bytes(1024);
        // 3000-byte tensor: chunk 2 holds bytes 2048..2999, so 952 used, 72 padding.
        assertTrue(h.chunkPaddingIsZero(3000, 2, c), "zero padding");
        c[951] = 0xff;
        assertTrue(h.chunkPaddingIsZero(3000, 2, c), "last used byte may be anything");
        c[952] = 0x01;
        assertFalse(h.chunkPaddingIsZero(3000, 2, c), "first padding byte");
        c[952] = 0;
        c[1023] = 0x01;
        assertFalse(h.chunkPaddingIsZero(3000, 2, c), "last padding byte");
        assertTrue(h.chunkPaddingIsZero(3000, 1, c), "full chunk has no padding");
        assertFalse(h.chunkPaddingIsZero(3000, 3, new bytes(1024)), "index beyond the tensor");
        c[1023] = 0;
        c[951] = 0;
        c[0] = 0x01;
        assertTrue(h.chunkPaddingIsZero(1, 0, c), "one-byte tensor, byte 0 used");
        c[1] = 0x01;
        assertFalse(h.chunkPaddingIsZero(1, 0, c), "one-byte tensor, byte 1 is padding");
    }

    function testFuzz_chunkPadding(uint256 nBytes, uint256 pos) public view {
        nBytes = bound(nBytes, 1, 5000);
        uint256 last = (nBytes - 1) / 1024;
        bytes memory c = new bytes(1024);
        assertTrue(h.chunkPaddingIsZero(nBytes, last, c), "zero chunk");
        pos = bound(pos, 0, 1023);
        c[pos] = 0x80;
        bool isPadding = last * 1024 + pos >= nBytes;
        assertTrue(h.chunkPaddingIsZero(nBytes, last, c) == !isPadding, "padding byte detected");
    }

    function testFuzz_chunkProof(uint256 seed, uint256 n, uint256 index, uint256 tamper) public view {
        n = bound(n, 1, 20 * 1024);
        Slot memory s = makeSlot(1, 1, dims4(uint32(n), 0, 0, 0), seed);
        index = bound(index, 0, s.chunks.length - 1);
        bytes32[] memory p = refProof(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF, index);
        bytes memory c = s.chunks[index];
        assertTrue(h.verifyChunk(s.root, 1, 1, s.dims, index, c, p), "valid");
        uint256 what = tamper % 3;
        if (what == 0 && p.length > 0) {
            uint256 j = (tamper >> 8) % p.length;
            p[j] = bytes32(uint256(p[j]) ^ (uint256(1) << ((tamper >> 16) % 256)));
        } else if (what == 1) {
            uint256 b = (tamper >> 8) % 1024;
            c[b] = bytes1(uint8(c[b]) ^ uint8(uint256(1) << ((tamper >> 16) % 8)));
        } else {
            index ^= uint256(1) << ((tamper >> 8) % (p.length + 1));
        }
        assertFalse(h.verifyChunk(s.root, 1, 1, s.dims, index, c, p), "tampered");
    }

    function test_gas_verifyChunk() public view {
        Slot memory s = makeSlot(2, 1, dims4(64 * 256, 0, 0, 0), 10); // 64 KiB: 64 chunks, depth 6
        bytes32[] memory p = refProof(s.leaves, CruxMerkle.ZERO_CHUNK_LEAF, 37);
        (bool ok, uint256 gasUsed) = h.verifyChunkGas(s.root, 2, 1, s.dims, 37, s.chunks[37], p);
        assertTrue(ok, "valid");
        log("verifyChunk gas, depth 6", gasUsed);
    }

    // ------------------------------------------------------------------
    // Slot proofs
    // ------------------------------------------------------------------

    function randomLeaves(uint256 seed, uint256 n) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            leaves[i] = keccak256(abi.encode(seed, i));
        }
    }

    function test_slotProof() public view {
        for (uint256 n = 1; n <= 9; ++n) {
            bytes32[] memory slots = randomLeaves(n, n);
            bytes32 state = refRoot(slots, bytes32(0));
            for (uint256 i; i < n; ++i) {
                bytes32[] memory p = refProof(slots, bytes32(0), i);
                assertTrue(h.verifySlot(state, i, slots[i], p), "valid slot proof");
                assertTrue(h.verifySlotN(state, n, i, slots[i], p), "valid slot proof (nSlots)");
                if (depthOf(n + 1) != depthOf(n)) {
                    assertFalse(h.verifySlotN(state, n + 1, i, slots[i], p), "proof depth must match nSlots");
                }
                assertFalse(h.verifySlot(state, i, bytes32(uint256(slots[i]) ^ 1), p), "tampered slot root");
                assertFalse(
                    h.verifySlotN(state, n, i, bytes32(uint256(slots[i]) ^ 1), p), "tampered slot root (nSlots)"
                );
                for (uint256 j; j < p.length; ++j) {
                    bytes32 saved = p[j];
                    p[j] = keccak256(abi.encode(saved));
                    assertFalse(h.verifySlot(state, i, slots[i], p), "tampered sibling");
                    p[j] = saved;
                    assertFalse(h.verifySlot(state, i ^ (uint256(1) << j), slots[i], p), "wrong index");
                }
                assertFalse(h.verifySlot(state, i + (uint256(1) << p.length), slots[i], p), "index beyond depth");
            }
            // Padding positions verify as paths but are not slots of the table.
            uint256 d = depthOf(n);
            if (n < (uint256(1) << d)) {
                bytes32[] memory p = refProof(slots, bytes32(0), n);
                assertTrue(h.verifySlot(state, n, bytes32(0), p), "zero leaf path (no nSlots)");
                assertFalse(h.verifySlotN(state, n, n, bytes32(0), p), "index >= nSlots rejected");
            }
        }
    }

    function test_slotProof_limits() public view {
        bytes32[] memory p = new bytes32[](13);
        assertFalse(h.verifySlot(bytes32(0), 0, bytes32(0), p), "depth 13 > 12");
        assertFalse(h.verifySlotN(bytes32(0), 0, 0, bytes32(0), new bytes32[](0)), "nSlots 0");
        assertFalse(h.verifySlotN(bytes32(0), 4097, 0, bytes32(0), p), "nSlots > 4096");
    }

    // ------------------------------------------------------------------
    // Op proofs
    // ------------------------------------------------------------------

    struct Program {
        bytes16 header;
        bytes32 slotsHash;
        bytes32 outputsHash;
        bytes[] records;
        bytes32[] leaves;
        bytes32 root;
    }

    function makeProgram(uint256 seed, uint32 nOps) internal pure returns (Program memory pg) {
        pg.header = programHeader(7, nOps);
        pg.slotsHash = keccak256(abi.encode("slot table", seed));
        pg.outputsHash = keccak256(abi.encodePacked(uint16(seed % 7)));
        pg.records = new bytes[](nOps);
        pg.leaves = new bytes32[](nOps);
        for (uint256 i; i < nOps; ++i) {
            pg.records[i] = randomBytes(uint256(keccak256(abi.encode(seed, i))), 64);
            pg.leaves[i] = refOpLeaf(pg.records[i]);
        }
        pg.root = refProgramRoot(pg.header, pg.slotsHash, pg.outputsHash, refRoot(pg.leaves, CruxMerkle.ZERO_OP_LEAF));
    }

    function test_opProof() public view {
        for (uint32 n = 1; n <= 6; ++n) {
            Program memory pg = makeProgram(100 + n, n);
            for (uint256 i; i < n; ++i) {
                bytes32[] memory p = refProof(pg.leaves, CruxMerkle.ZERO_OP_LEAF, i);
                assertTrue(h.verifyOp(pg.root, i, pg.records[i], pg.header, pg.slotsHash, pg.outputsHash, p), "valid op proof");
                bytes memory r = pg.records[i];
                r[13] ^= 0x40;
                assertFalse(h.verifyOp(pg.root, i, r, pg.header, pg.slotsHash, pg.outputsHash, p), "tampered record");
                r[13] ^= 0x40;
                assertFalse(
                    h.verifyOp(pg.root, i, r, pg.header, bytes32(uint256(pg.slotsHash) ^ 1), pg.outputsHash, p),
                    "tampered slotsHash"
                );
                assertFalse(
                    h.verifyOp(pg.root, i, r, pg.header, pg.slotsHash, bytes32(uint256(pg.outputsHash) ^ 1), p),
                    "tampered outputsHash"
                );
                for (uint256 j; j < p.length; ++j) {
                    bytes32 saved = p[j];
                    p[j] = bytes32(uint256(saved) ^ (uint256(1) << 200));
                    assertFalse(h.verifyOp(pg.root, i, r, pg.header, pg.slotsHash, pg.outputsHash, p), "tampered sibling");
                    p[j] = saved;
                    uint256 other = i ^ (uint256(1) << j);
                    if (other < n) {
                        assertFalse(h.verifyOp(pg.root, other, r, pg.header, pg.slotsHash, pg.outputsHash, p), "wrong index");
                    }
                }
            }
        }
    }

    function test_opProof_indexBelowNOps() public view {
        Program memory pg = makeProgram(200, 3); // depth 2, position 3 holds the zero op leaf
        bytes32[] memory p = refProof(pg.leaves, CruxMerkle.ZERO_OP_LEAF, 3);
        bytes32 opsRoot = refRoot(pg.leaves, CruxMerkle.ZERO_OP_LEAF);
        assertEq(h.computeRoot(CruxMerkle.ZERO_OP_LEAF, 3, p), opsRoot, "the zero-leaf path is a valid path");
        assertFalse(h.verifyOp(pg.root, 3, new bytes(64), pg.header, pg.slotsHash, pg.outputsHash, p), "index 3 >= nOps 3");
    }

    function test_opProof_header() public view {
        Program memory pg = makeProgram(300, 5);
        bytes32[] memory p = refProof(pg.leaves, CruxMerkle.ZERO_OP_LEAF, 2);
        assertTrue(h.verifyOp(pg.root, 2, pg.records[2], pg.header, pg.slotsHash, pg.outputsHash, p), "baseline");
        // Any other header gives another program root.
        assertFalse(
            h.verifyOp(pg.root, 2, pg.records[2], programHeader(7, 6), pg.slotsHash, pg.outputsHash, p), "other nOps, same depth"
        );
        assertFalse(h.verifyOp(pg.root, 2, pg.records[2], programHeader(8, 5), pg.slotsHash, pg.outputsHash, p), "other nSlots");
        // A malformed header is refused outright, even with a matching root.
        bytes16 bad = bytes16(abi.encodePacked(bytes4("CRXQ"), uint16(1), uint16(0), uint32(7), uint32(5)));
        bytes32 badRoot = refProgramRoot(bad, pg.slotsHash, pg.outputsHash, refRoot(pg.leaves, CruxMerkle.ZERO_OP_LEAF));
        assertFalse(h.verifyOp(badRoot, 2, pg.records[2], bad, pg.slotsHash, pg.outputsHash, p), "bad magic");
        bad = bytes16(abi.encodePacked(bytes4("CRXP"), uint16(2), uint16(0), uint32(7), uint32(5)));
        badRoot = refProgramRoot(bad, pg.slotsHash, pg.outputsHash, refRoot(pg.leaves, CruxMerkle.ZERO_OP_LEAF));
        assertFalse(h.verifyOp(badRoot, 2, pg.records[2], bad, pg.slotsHash, pg.outputsHash, p), "bad version");
        bad = bytes16(abi.encodePacked(bytes4("CRXP"), uint16(1), uint16(1), uint32(7), uint32(5)));
        badRoot = refProgramRoot(bad, pg.slotsHash, pg.outputsHash, refRoot(pg.leaves, CruxMerkle.ZERO_OP_LEAF));
        assertFalse(h.verifyOp(badRoot, 2, pg.records[2], bad, pg.slotsHash, pg.outputsHash, p), "bad reserved");
        assertFalse(h.verifyOp(pg.root, 2, new bytes(63), pg.header, pg.slotsHash, pg.outputsHash, p), "short record");

        (bool wf, uint256 ns, uint256 no) = h.headerFields(pg.header);
        assertTrue(wf, "well formed");
        assertEq(ns, 7, "nSlots");
        assertEq(no, 5, "nOps");
    }

    function testFuzz_opProof(uint256 seed, uint256 n, uint256 index, uint256 tamper) public view {
        n = bound(n, 1, 40);
        Program memory pg = makeProgram(seed, uint32(n));
        index = bound(index, 0, n - 1);
        bytes32[] memory p = refProof(pg.leaves, CruxMerkle.ZERO_OP_LEAF, index);
        bytes memory r = pg.records[index];
        assertTrue(h.verifyOp(pg.root, index, r, pg.header, pg.slotsHash, pg.outputsHash, p), "valid");
        uint256 what = tamper % 3;
        if (what == 0 && p.length > 0) {
            uint256 j = (tamper >> 8) % p.length;
            p[j] = bytes32(uint256(p[j]) ^ (uint256(1) << ((tamper >> 16) % 256)));
        } else if (what == 1) {
            uint256 b = (tamper >> 8) % 64;
            r[b] = bytes1(uint8(r[b]) ^ uint8(uint256(1) << ((tamper >> 16) % 8)));
        } else {
            index ^= uint256(1) << ((tamper >> 8) % (p.length + 1));
        }
        assertFalse(h.verifyOp(pg.root, index, r, pg.header, pg.slotsHash, pg.outputsHash, p), "tampered");
    }

    function testFuzz_computeRootMatchesMem(bytes32 leaf, uint256 index, bytes32[] memory siblings) public view {
        if (siblings.length > 24) {
            assembly ("memory-safe") {
                mstore(siblings, 24)
            }
        }
        assertEq(h.computeRoot(leaf, index, siblings), h.computeRootMem(leaf, index, siblings), "calldata == memory");
    }

    // ------------------------------------------------------------------
    // Subtrees (descendants in the chunk phase) and the output tree
    // ------------------------------------------------------------------

    function test_subtreeRoot() public view {
        for (uint256 m; m <= 5; ++m) {
            bytes32[] memory nodes = randomLeaves(m + 77, uint256(1) << m);
            bytes32 want = refRoot(nodes, bytes32(0));
            assertEq(h.subtreeRoot(nodes), want, "subtree root");
        }
        assertEq(h.subtreeRoot(new bytes32[](0)), bytes32(0), "empty");
    }

    function testFuzz_subtreeRoot(uint256 seed, uint256 m) public view {
        m = bound(m, 0, 6);
        bytes32[] memory nodes = randomLeaves(seed, uint256(1) << m);
        assertEq(h.subtreeRoot(nodes), refRoot(nodes, bytes32(0)), "subtree root");
    }

    function testFuzz_rootOfLeaves(uint256 seed, uint256 n) public view {
        n = bound(n, 1, 70);
        bytes32[] memory leaves = randomLeaves(seed, n);
        bytes32 want = refRoot(leaves, bytes32(0));
        assertEq(h.rootOfLeaves(leaves, bytes32(0)), want, "output tree root");
        bytes32 want2 = refRoot(leaves, CruxMerkle.ZERO_OP_LEAF);
        assertEq(h.rootOfLeaves(leaves, CruxMerkle.ZERO_OP_LEAF), want2, "other zero leaf");
    }
}
