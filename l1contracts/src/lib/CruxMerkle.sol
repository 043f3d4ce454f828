// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title CruxMerkle
/// @notice Hashes and proof checks for crux commitments, exactly as specified in
/// docs/compute.md section 3 (the Go package compute/ is the reference).
///
/// Every preimage starts with a one-byte domain tag:
///
///   0x00  chunk leaf     0x00 ‖ chunk (1024 bytes)
///   0x01  inner node     0x01 ‖ left ‖ right
///   0x02  slot root      0x02 ‖ dtype u8 ‖ rank u8 ‖ dims 4 x u32 BE ‖ dataRoot
///   0x04  op leaf        0x04 ‖ op record (64 bytes)
///   0x05  program root   0x05 ‖ header (16 bytes) ‖ H(slot table bytes) ‖ H(outputs) ‖ opsRoot
///
/// where `outputs` lists the output slots' indices as big-endian uint16, in slot
/// order (the outputs hash tells a verifier which slots form the output root
/// without the slot table).
///
/// Trees: a tree over L leaves has depth d = ceil(log2 L) and 2^d leaf positions;
/// a proof for leaf i is the d siblings from the leaf up, and bit j of i says
/// whether the node at height j is a right child.
///
/// Shapes are passed as (rank, dims[4]) with dims[k] >= 1 for k < rank and
/// dims[k] == 0 for k >= rank: the same 16 bytes the slot table stores, which is
/// also what the slot root hashes. `packDims` gives that 16-byte form.
///
/// Proof checks return false on any malformed input (wrong lengths, indices out
/// of range, invalid shapes) instead of reverting; callers `require` the result.
/// Hashing helpers with a fixed-size input revert on a wrong length.
library CruxMerkle {
    // ---------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------

    uint8 internal constant TAG_CHUNK = 0x00;
    uint8 internal constant TAG_NODE = 0x01;
    uint8 internal constant TAG_SLOT = 0x02;
    uint8 internal constant TAG_OP = 0x04;
    uint8 internal constant TAG_PROGRAM = 0x05;

    uint8 internal constant DTYPE_INT8 = 1;
    uint8 internal constant DTYPE_INT32 = 2;

    uint256 internal constant CHUNK_SIZE = 1024;
    uint256 internal constant OP_RECORD_SIZE = 64;
    uint256 internal constant MAX_RANK = 4;
    uint256 internal constant MAX_SLOTS = 4096;
    uint256 internal constant MAX_OPS = 1 << 20;
    uint256 internal constant MAX_SLOT_BYTES = 1 << 30;

    /// Deepest trees the limits allow: chunk tree 20 (1 GiB / 1 KiB), slot table
    /// 12 (4096 slots), ops tree 20 (2^20 ops).
    uint256 internal constant MAX_CHUNK_DEPTH = 20;
    uint256 internal constant MAX_SLOT_DEPTH = 12;
    uint256 internal constant MAX_OP_DEPTH = 20;

    /// Zero leaf of a chunk tree: H(0x00 ‖ 1024 zero bytes).
    bytes32 internal constant ZERO_CHUNK_LEAF = 0xb451172d921688ddb03855417ff6024f993372ebfb24728857dac6402ae6575d;
    /// Zero leaf of the slot table and output trees: 32 zero bytes.
    bytes32 internal constant ZERO_SLOT_LEAF = bytes32(0);
    /// Zero leaf of the program ops tree: H(0x04 ‖ 64 zero bytes).
    bytes32 internal constant ZERO_OP_LEAF = 0xbc819d373d3538c3aa26a26d34120f2c678e22642b28a1a4811b0a5892b00da7;

    /// Program header: "CRXP" | version u16 (=1) | reserved u16 (=0) | nSlots u32 | nOps u32.
    bytes4 internal constant PROGRAM_MAGIC = "CRXP";
    uint16 internal constant PROGRAM_VERSION = 1;

    error BadLength(uint256 want, uint256 got);

    // ---------------------------------------------------------------------
    // Hashes
    // ---------------------------------------------------------------------

    /// @notice H(0x00 ‖ chunk) for a 1024-byte chunk in calldata.
    function chunkLeaf(bytes calldata chunk) internal pure returns (bytes32 h) {
        if (chunk.length != CHUNK_SIZE) revert BadLength(CHUNK_SIZE, chunk.length);
        assembly ("memory-safe") {
            // Scratch beyond the free memory pointer: a word whose last byte is
            // the tag, then the chunk; hash from the tag on.
            let p := mload(0x40)
            mstore(p, TAG_CHUNK)
            calldatacopy(add(p, 0x20), chunk.offset, CHUNK_SIZE)
            h := keccak256(add(p, 31), 1025)
        }
    }

    /// @notice H(0x00 ‖ chunk) for a 1024-byte chunk in memory.
    function chunkLeafMem(bytes memory chunk) internal pure returns (bytes32 h) {
        if (chunk.length != CHUNK_SIZE) revert BadLength(CHUNK_SIZE, chunk.length);
        assembly ("memory-safe") {
            // The length word sits right before the data: borrow its last byte
            // for the tag and put the length back afterwards.
            let tagAt := add(chunk, 31)
            let saved := mload(chunk)
            mstore8(tagAt, TAG_CHUNK)
            h := keccak256(tagAt, 1025)
            mstore(chunk, saved)
        }
    }

    /// @notice Inner node H(0x01 ‖ left ‖ right).
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, TAG_NODE)
            mstore(add(p, 0x20), left)
            mstore(add(p, 0x40), right)
            h := keccak256(add(p, 31), 65)
        }
    }

    /// @notice Op leaf H(0x04 ‖ record) for a 64-byte op record in calldata.
    function opLeaf(bytes calldata record) internal pure returns (bytes32 h) {
        if (record.length != OP_RECORD_SIZE) revert BadLength(OP_RECORD_SIZE, record.length);
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, TAG_OP)
            calldatacopy(add(p, 0x20), record.offset, 64)
            h := keccak256(add(p, 31), 65)
        }
    }

    /// @notice Op leaf H(0x04 ‖ record) for a 64-byte op record in memory.
    function opLeafMem(bytes memory record) internal pure returns (bytes32) {
        if (record.length != OP_RECORD_SIZE) revert BadLength(OP_RECORD_SIZE, record.length);
        return keccak256(abi.encodePacked(TAG_OP, record));
    }

    /// @notice Slot root H(0x02 ‖ dtype ‖ rank ‖ dims (4 x u32 BE) ‖ dataRoot).
    function slotRoot(uint8 dtype, uint8 rank, uint32[4] memory dims, bytes32 dataRoot)
        internal
        pure
        returns (bytes32)
    {
        return slotRootPacked(dtype, rank, packDims(dims), dataRoot);
    }

    /// @notice Slot root with the dims already in their 16-byte big-endian form
    /// (as stored in a slot table record).
    function slotRootPacked(uint8 dtype, uint8 rank, bytes16 dims, bytes32 dataRoot) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            // bytes 0..18: tag, dtype, rank, dims; bytes 19..50: dataRoot.
            // (Short types may carry dirty low bits in assembly: mask them.)
            let d := and(dims, not(sub(shl(128, 1), 1)))
            mstore(p, or(or(shl(248, TAG_SLOT), shl(240, and(dtype, 0xff))), or(shl(232, and(rank, 0xff)), shr(24, d))))
            mstore(add(p, 19), dataRoot)
            h := keccak256(p, 51)
        }
    }

    /// @notice Program root H(0x05 ‖ header ‖ slotsHash ‖ outputsHash ‖ opsRoot),
    /// where slotsHash is keccak256 of the slot table bytes and outputsHash is
    /// keccak256 of the output slots' indices as big-endian uint16 in slot order.
    function programRoot(bytes16 header, bytes32 slotsHash, bytes32 outputsHash_, bytes32 opsRoot)
        internal
        pure
        returns (bytes32 h)
    {
        assembly ("memory-safe") {
            let p := mload(0x40)
            // bytes 0..16: tag, header; 17..48: slotsHash; 49..80: outputsHash;
            // 81..112: opsRoot.
            let hdr := and(header, not(sub(shl(128, 1), 1))) // clean low bits
            mstore(p, or(shl(248, TAG_PROGRAM), shr(8, hdr)))
            mstore(add(p, 17), slotsHash)
            mstore(add(p, 49), outputsHash_)
            mstore(add(p, 81), opsRoot)
            h := keccak256(p, 113)
        }
    }

    /// @notice keccak256 of the outputs list (big-endian uint16 slot indices).
    function outputsHash(bytes calldata outputs) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, outputs.offset, outputs.length)
            h := keccak256(p, outputs.length)
        }
    }

    /// @notice Z_depth: the root of a subtree of 2^depth zero leaves.
    function zeroRoot(bytes32 zeroLeaf, uint256 depth) internal pure returns (bytes32 z) {
        z = zeroLeaf;
        for (uint256 j; j < depth; ++j) {
            z = nodeHash(z, z);
        }
    }

    /// @notice Root reached from `leaf` at position `index` with `siblings` (leaf
    /// level first). Only the low siblings.length bits of index are used; the
    /// verify functions check that index has no others.
    function computeRoot(bytes32 leaf, uint256 index, bytes32[] calldata siblings)
        internal
        pure
        returns (bytes32 node)
    {
        assembly ("memory-safe") {
            node := leaf
            let p := mload(0x40)
            mstore(p, TAG_NODE) // tag byte at p+31; left at p+32, right at p+64
            let base := add(p, 0x20)
            let s := siblings.offset
            let end := add(s, shl(5, siblings.length))
            for {} lt(s, end) { s := add(s, 0x20) } {
                let isRight := and(index, 1)
                mstore(add(base, shl(5, isRight)), node)
                mstore(add(base, shl(5, xor(isRight, 1))), calldataload(s))
                node := keccak256(add(p, 31), 65)
                index := shr(1, index)
            }
        }
    }

    /// @notice Same as computeRoot, siblings in memory.
    function computeRootMem(bytes32 leaf, uint256 index, bytes32[] memory siblings)
        internal
        pure
        returns (bytes32 node)
    {
        node = leaf;
        for (uint256 j; j < siblings.length; ++j) {
            node = (index >> j) & 1 == 0 ? nodeHash(node, siblings[j]) : nodeHash(siblings[j], node);
        }
    }

    // ---------------------------------------------------------------------
    // Shapes and tree sizes
    // ---------------------------------------------------------------------

    /// @notice ceil(log2 n) for n >= 1 (0 for n <= 1): the depth of a tree over n leaves.
    function ceilLog2(uint256 n) internal pure returns (uint256 d) {
        unchecked {
            if (n <= 1) return 0;
            uint256 m = n - 1;
            while (m != 0) {
                ++d;
                m >>= 1;
            }
        }
    }

    /// @notice Size in bytes of one element of dtype, 0 for an unknown dtype.
    function elementSize(uint8 dtype) internal pure returns (uint256) {
        if (dtype == DTYPE_INT8) return 1;
        if (dtype == DTYPE_INT32) return 4;
        return 0;
    }

    /// @notice The 16-byte big-endian form of dims, as in slot table records and
    /// slot roots.
    function packDims(uint32[4] memory dims) internal pure returns (bytes16) {
        return
            bytes16((uint128(dims[0]) << 96) | (uint128(dims[1]) << 64) | (uint128(dims[2]) << 32) | uint128(dims[3]));
    }

    /// @notice Inverse of packDims.
    function unpackDims(bytes16 packed) internal pure returns (uint32[4] memory dims) {
        uint128 v = uint128(packed);
        dims[0] = uint32(v >> 96);
        dims[1] = uint32(v >> 64);
        dims[2] = uint32(v >> 32);
        dims[3] = uint32(v);
    }

    /// @notice Byte size of a tensor; ok is false unless dtype is known, rank <= 4,
    /// dims within the rank are >= 1, dims beyond it are 0 and the size is at most
    /// MaxSlotBytes.
    function tensorBytes(uint8 dtype, uint8 rank, uint32[4] memory dims)
        internal
        pure
        returns (bool ok, uint256 nBytes)
    {
        nBytes = elementSize(dtype);
        if (nBytes == 0 || rank > MAX_RANK) return (false, 0);
        for (uint256 k; k < MAX_RANK; ++k) {
            uint256 d = dims[k];
            if (k < rank) {
                if (d == 0) return (false, 0);
                nBytes *= d; // <= 2^30 * 2^32 before the check below: no overflow
                if (nBytes > MAX_SLOT_BYTES) return (false, 0);
            } else if (d != 0) {
                return (false, 0);
            }
        }
        ok = true;
    }

    /// @notice Number of 1024-byte chunks of a tensor of nBytes bytes.
    function chunkCount(uint256 nBytes) internal pure returns (uint256) {
        return (nBytes + (CHUNK_SIZE - 1)) / CHUNK_SIZE;
    }

    // ---------------------------------------------------------------------
    // Proofs (docs/compute.md section 3.3)
    // ---------------------------------------------------------------------

    /// @notice Checks that `chunk` is chunk number `index` of the slot whose root is
    /// `slotRoot_`, given the slot's dtype and shape and the chunk-tree siblings.
    /// The proof must have exactly the depth the shape implies and index must be
    /// below the chunk count. Padding beyond the tensor's bytes in the last chunk
    /// is not checked here (see chunkPaddingIsZero).
    function verifyChunk(
        bytes32 slotRoot_,
        uint8 dtype,
        uint8 rank,
        uint32[4] memory dims,
        uint256 index,
        bytes calldata chunk,
        bytes32[] calldata siblings
    ) internal pure returns (bool) {
        (bool ok, uint256 nBytes) = tensorBytes(dtype, rank, dims);
        if (!ok || chunk.length != CHUNK_SIZE) return false;
        uint256 nChunks = chunkCount(nBytes);
        if (index >= nChunks || siblings.length != ceilLog2(nChunks)) return false;
        bytes32 dataRoot = computeRoot(chunkLeaf(chunk), index, siblings);
        return slotRoot(dtype, rank, dims, dataRoot) == slotRoot_;
    }

    /// @notice True if the bytes of `chunk` (chunk number `index` of a tensor of
    /// nBytes bytes) past the end of the tensor are all zero, as the canonical
    /// encoding requires. Only the last chunk can have such bytes.
    function chunkPaddingIsZero(uint256 nBytes, uint256 index, bytes calldata chunk) internal pure returns (bool) {
        if (chunk.length != CHUNK_SIZE || index >= chunkCount(nBytes)) return false;
        uint256 start = index * CHUNK_SIZE;
        if (start + CHUNK_SIZE <= nBytes) return true; // a full chunk
        uint256 used = nBytes > start ? nBytes - start : 0;
        bool zero = true;
        assembly ("memory-safe") {
            let p := add(chunk.offset, used)
            let end := add(chunk.offset, CHUNK_SIZE)
            // Whole words first, then the last partial word masked to the chunk end.
            for {} lt(add(p, 31), end) { p := add(p, 0x20) } {
                if calldataload(p) { zero := 0 }
            }
            if lt(p, end) {
                let keep := shl(3, sub(end, p)) // bits that belong to the chunk
                if shr(sub(256, keep), calldataload(p)) { zero := 0 }
            }
        }
        return zero;
    }

    /// @notice Checks that `slotRoot_` is the root of slot `index` in the slot table
    /// tree with root `stateRoot` (or the output tree, which has the same form).
    /// Without the slot count, the proof's depth is taken as given (at most 12)
    /// and index must fit in it. Prefer the overload taking nSlots.
    function verifySlot(bytes32 stateRoot, uint256 index, bytes32 slotRoot_, bytes32[] calldata siblings)
        internal
        pure
        returns (bool)
    {
        uint256 depth = siblings.length;
        if (depth > MAX_SLOT_DEPTH || index >> depth != 0) return false;
        return computeRoot(slotRoot_, index, siblings) == stateRoot;
    }

    /// @notice verifySlot for a table of nSlots slots (from the program header):
    /// index < nSlots and the proof has exactly ceil(log2 nSlots) siblings.
    function verifySlot(
        bytes32 stateRoot,
        uint256 nSlots,
        uint256 index,
        bytes32 slotRoot_,
        bytes32[] calldata siblings
    ) internal pure returns (bool) {
        if (nSlots == 0 || nSlots > MAX_SLOTS || index >= nSlots) return false;
        if (siblings.length != ceilLog2(nSlots)) return false;
        return computeRoot(slotRoot_, index, siblings) == stateRoot;
    }

    /// @notice Checks that `record` is op number `index` of the program with root
    /// `programRoot_`, given the 16-byte program header, the slot table hash, the
    /// outputs hash and the ops-tree siblings. Also checks the header's magic and
    /// version, and index < nOps (positions >= nOps hold the zero leaf, which
    /// must never pass for an op), with exactly ceil(log2 nOps) siblings.
    function verifyOp(
        bytes32 programRoot_,
        uint256 index,
        bytes calldata record,
        bytes16 header,
        bytes32 slotsHash,
        bytes32 outputsHash_,
        bytes32[] calldata siblings
    ) internal pure returns (bool) {
        if (record.length != OP_RECORD_SIZE || !headerWellFormed(header)) return false;
        uint256 nOps = headerNOps(header);
        if (nOps == 0 || nOps > MAX_OPS || index >= nOps) return false;
        if (siblings.length != ceilLog2(nOps)) return false;
        bytes32 opsRoot = computeRoot(opLeaf(record), index, siblings);
        return programRoot(header, slotsHash, outputsHash_, opsRoot) == programRoot_;
    }

    /// @notice Root of a complete subtree given its 2^m bottom nodes, left to
    /// right (m = log2 nodes.length, nodes.length a power of two >= 1): the
    /// 2^m - 1 inner node hashes, computed in place in memory.
    function subtreeRoot(bytes32[] calldata nodes) internal pure returns (bytes32 root) {
        uint256 n = nodes.length;
        assembly ("memory-safe") {
            // Scratch beyond the free memory pointer: [p, p+96) holds the tag
            // (last byte of the first word) and the pair being hashed; the
            // level being reduced starts at p+96 and shrinks in place.
            let p := mload(0x40)
            let base := add(p, 0x60)
            calldatacopy(base, nodes.offset, shl(5, n))
            mstore(p, TAG_NODE)
            for {} gt(n, 1) { n := shr(1, n) } {
                for { let i := 0 } lt(i, shr(1, n)) { i := add(i, 1) } {
                    mstore(add(p, 0x20), mload(add(base, shl(6, i))))
                    mstore(add(p, 0x40), mload(add(base, add(shl(6, i), 0x20))))
                    mstore(add(base, shl(5, i)), keccak256(add(p, 31), 65))
                }
            }
            root := mload(base)
            if iszero(nodes.length) { root := 0 }
        }
    }

    /// @notice Root of the tree over `leaves`, padded with `zeroLeaf` to 2^d
    /// positions, d = ceil(log2 leaves.length) (the output root uses zeroLeaf 0).
    /// Overwrites `leaves`. An empty list gives bytes32(0) (no tree has one).
    function rootOfLeaves(bytes32[] memory leaves, bytes32 zeroLeaf) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return bytes32(0);
        bytes32 z = zeroLeaf; // Z_level
        while (n > 1) {
            uint256 half = (n + 1) >> 1;
            for (uint256 i; i < half; ++i) {
                bytes32 l = leaves[2 * i];
                bytes32 r = 2 * i + 1 < n ? leaves[2 * i + 1] : z;
                leaves[i] = nodeHash(l, r);
            }
            z = nodeHash(z, z);
            n = half;
        }
        return leaves[0];
    }

    // ---------------------------------------------------------------------
    // Program header fields
    // ---------------------------------------------------------------------

    /// @notice Magic "CRXP", version 1, reserved 0.
    function headerWellFormed(bytes16 header) internal pure returns (bool) {
        return bytes4(header) == PROGRAM_MAGIC && uint16(uint128(header) >> 80) == PROGRAM_VERSION
            && uint16(uint128(header) >> 64) == 0;
    }

    function headerNSlots(bytes16 header) internal pure returns (uint256) {
        return uint32(uint128(header) >> 32);
    }

    function headerNOps(bytes16 header) internal pure returns (uint256) {
        return uint32(uint128(header));
    }
}
