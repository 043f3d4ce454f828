// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxMerkle} from "../../src/lib/CruxMerkle.sol";

/// Exposes CruxMerkle's internal functions with calldata arguments, the way a
/// dispute contract receives a proof.
contract MerkleHarness {
    function chunkLeaf(bytes calldata chunk) external pure returns (bytes32) {
        return CruxMerkle.chunkLeaf(chunk);
    }

    function chunkLeafMem(bytes memory chunk) external pure returns (bytes32 h, bytes memory after_) {
        h = CruxMerkle.chunkLeafMem(chunk);
        after_ = chunk;
    }

    function nodeHash(bytes32 l, bytes32 r) external pure returns (bytes32) {
        return CruxMerkle.nodeHash(l, r);
    }

    function opLeaf(bytes calldata record) external pure returns (bytes32) {
        return CruxMerkle.opLeaf(record);
    }

    function opLeafMem(bytes memory record) external pure returns (bytes32) {
        return CruxMerkle.opLeafMem(record);
    }

    function slotRoot(uint8 dtype, uint8 rank, uint32[4] memory dims, bytes32 dataRoot)
        external
        pure
        returns (bytes32)
    {
        return CruxMerkle.slotRoot(dtype, rank, dims, dataRoot);
    }

    function slotRootPacked(uint8 dtype, uint8 rank, bytes16 dims, bytes32 dataRoot) external pure returns (bytes32) {
        return CruxMerkle.slotRootPacked(dtype, rank, dims, dataRoot);
    }

    function programRoot(bytes16 header, bytes32 slotsHash, bytes32 outputsHash_, bytes32 opsRoot)
        external
        pure
        returns (bytes32)
    {
        return CruxMerkle.programRoot(header, slotsHash, outputsHash_, opsRoot);
    }

    function outputsHash(bytes calldata outputs) external pure returns (bytes32) {
        return CruxMerkle.outputsHash(outputs);
    }

    function subtreeRoot(bytes32[] calldata nodes) external pure returns (bytes32) {
        return CruxMerkle.subtreeRoot(nodes);
    }

    function rootOfLeaves(bytes32[] memory leaves, bytes32 zeroLeaf) external pure returns (bytes32) {
        return CruxMerkle.rootOfLeaves(leaves, zeroLeaf);
    }

    function zeroRoot(bytes32 zeroLeaf, uint256 depth) external pure returns (bytes32) {
        return CruxMerkle.zeroRoot(zeroLeaf, depth);
    }

    function computeRoot(bytes32 leaf, uint256 index, bytes32[] calldata siblings) external pure returns (bytes32) {
        return CruxMerkle.computeRoot(leaf, index, siblings);
    }

    function computeRootMem(bytes32 leaf, uint256 index, bytes32[] memory siblings) external pure returns (bytes32) {
        return CruxMerkle.computeRootMem(leaf, index, siblings);
    }

    function ceilLog2(uint256 n) external pure returns (uint256) {
        return CruxMerkle.ceilLog2(n);
    }

    function tensorBytes(uint8 dtype, uint8 rank, uint32[4] memory dims) external pure returns (bool, uint256) {
        return CruxMerkle.tensorBytes(dtype, rank, dims);
    }

    function packDims(uint32[4] memory dims) external pure returns (bytes16) {
        return CruxMerkle.packDims(dims);
    }

    function unpackDims(bytes16 packed) external pure returns (uint32[4] memory) {
        return CruxMerkle.unpackDims(packed);
    }

    function verifyChunk(
        bytes32 root,
        uint8 dtype,
        uint8 rank,
        uint32[4] memory dims,
        uint256 index,
        bytes calldata chunk,
        bytes32[] calldata siblings
    ) external pure returns (bool) {
        return CruxMerkle.verifyChunk(root, dtype, rank, dims, index, chunk, siblings);
    }

    function verifyChunkGas(
        bytes32 root,
        uint8 dtype,
        uint8 rank,
        uint32[4] memory dims,
        uint256 index,
        bytes calldata chunk,
        bytes32[] calldata siblings
    ) external view returns (bool ok, uint256 gasUsed) {
        uint256 g = gasleft();
        ok = CruxMerkle.verifyChunk(root, dtype, rank, dims, index, chunk, siblings);
        gasUsed = g - gasleft();
    }

    function chunkPaddingIsZero(uint256 nBytes, uint256 index, bytes calldata chunk) external pure returns (bool) {
        return CruxMerkle.chunkPaddingIsZero(nBytes, index, chunk);
    }

    function verifySlot(bytes32 stateRoot, uint256 index, bytes32 slotRoot_, bytes32[] calldata siblings)
        external
        pure
        returns (bool)
    {
        return CruxMerkle.verifySlot(stateRoot, index, slotRoot_, siblings);
    }

    function verifySlotN(
        bytes32 stateRoot,
        uint256 nSlots,
        uint256 index,
        bytes32 slotRoot_,
        bytes32[] calldata siblings
    ) external pure returns (bool) {
        return CruxMerkle.verifySlot(stateRoot, nSlots, index, slotRoot_, siblings);
    }

    function verifyOp(
        bytes32 programRoot_,
        uint256 index,
        bytes calldata record,
        bytes16 header,
        bytes32 slotsHash,
        bytes32 outputsHash_,
        bytes32[] calldata siblings
    ) external pure returns (bool) {
        return CruxMerkle.verifyOp(programRoot_, index, record, header, slotsHash, outputsHash_, siblings);
    }

    function headerFields(bytes16 header) external pure returns (bool wellFormed, uint256 nSlots, uint256 nOps) {
        return (CruxMerkle.headerWellFormed(header), CruxMerkle.headerNSlots(header), CruxMerkle.headerNOps(header));
    }
}
