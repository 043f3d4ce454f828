// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

// Witness types of the dispute protocol (docs/dispute.md section 7), shared by
// DisputeGame and KernelVerifier. They are declared at file level so that the ABI
// names them `struct OpProof` etc., as the Go engine's bindings expect.

/// @notice Op i against a program root (docs/compute.md 3.3).
struct OpProof {
    bytes record; // the 64-byte op record
    bytes header; // the 16-byte program header (nSlots, nOps)
    bytes32 slotsHash; // keccak256 of the slot table bytes
    bytes32 outputsHash; // keccak256 of the output slot indices (big-endian uint16, slot order)
    bytes32[] siblings; // ops tree, depth ceil(log2 nOps)
}

/// @notice One slot of a state, with its slot root's preimage.
struct SlotWitness {
    uint8 dtype;
    uint8 rank;
    uint32[4] dims; // dims beyond rank are 0
    bytes32 dataRoot;
    bytes32[] siblings; // slot table tree, depth ceil(log2 nSlots)
}

/// @notice One chunk of a tensor under its data root.
struct ChunkWitness {
    uint256 index;
    bytes data; // 1024 bytes
    bytes32[] siblings; // chunk tree, depth ceil(log2 nChunks)
}

/// @notice Operand k of an op (slot record.in_k) in S_i, with every chunk holding
/// an element the op reads, in ascending chunk order.
struct InputWitness {
    SlotWitness slot;
    ChunkWitness[] chunks;
}

/// @notice A slot root under a state root.
struct SlotProof {
    bytes32 root;
    bytes32[] siblings;
}
