// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IBatchInbox
/// @notice Where the sequencer's batcher posts L2 batch data (docs/l2.md
/// section 5). Any call from the batcher is accepted as raw calldata by the
/// fallback, which stores nothing and emits BatchSubmitted, so replicas find
/// batch transactions with a log filter and then read the transaction's input.
/// Calls from anyone else revert, so every BatchSubmitted log is the batcher's.
///
/// The batcher must be an externally owned account calling the inbox directly:
/// replicas read the data as the input of the transaction that emitted the log
/// and ignore transactions not addressed to the inbox. Batch data must not
/// begin with the selector of batcher() (0x025a3a29); crux frames begin with
/// 0x01.
interface IBatchInbox {
    /// @notice `size` is the calldata length.
    event BatchSubmitted(uint256 size);

    /// Only the batcher may post.
    error NotBatcher(address caller);
    /// Empty calldata carries no batch.
    error EmptyBatch();

    function batcher() external view returns (address);
}
