// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IOutputOracle
/// @notice L2 output roots posted by the sequencer's proposer (docs/l2.md
/// section 5). An output root is
///
///   keccak256(abi.encodePacked(uint8(0), stateRoot, withdrawalsRoot, blockHash))
///
/// of one L2 block. Outputs are trusted once `finalizationDelay` seconds old:
/// no fault proof of the L2 state transition exists, so during the delay the
/// guardian may delete outputs that replicas have shown to be wrong.
interface IOutputOracle {
    /// @notice A posted output: its root and when it was posted (L1 time).
    struct Output {
        bytes32 root;
        uint64 proposedAt;
    }

    /// @notice `index` is the output's position in proposal order.
    event OutputProposed(uint256 indexed l2BlockNumber, bytes32 indexed outputRoot, uint256 index, uint256 proposedAt);
    /// @notice The guardian deleted the outputs at positions fromIndex.. (count of them).
    event OutputsDeleted(uint256 indexed fromIndex, uint256 count);

    /// Only the proposer may post outputs.
    error NotProposer(address caller);
    /// Only the guardian may delete outputs.
    error NotGuardian(address caller);
    /// An output root of zero is reserved for "no output".
    error ZeroOutputRoot();
    /// Outputs go in strictly increasing L2 block number order.
    error BlockNumberNotIncreasing(uint256 l2BlockNumber, uint256 latest);
    /// deleteOutputs: fromIndex is not below the number of outputs.
    error BadOutputIndex(uint256 index, uint256 count);
    /// deleteOutputs would delete an output that is already final.
    error OutputAlreadyFinal(uint256 l2BlockNumber);

    function proposer() external view returns (address);
    function guardian() external view returns (address);
    function finalizationDelay() external view returns (uint256);

    /// @notice Posts the output root of L2 block `l2BlockNumber`. Proposer only;
    /// block numbers strictly increase.
    function proposeOutput(uint256 l2BlockNumber, bytes32 outputRoot) external;

    /// @notice Deletes the outputs at positions fromIndex and later, none of
    /// which may be final yet. Guardian only.
    function deleteOutputs(uint256 fromIndex) external;

    /// @notice The output of `l2BlockNumber`; a zero root if none was posted.
    function getOutput(uint256 l2BlockNumber) external view returns (Output memory);

    /// @notice Whether `l2BlockNumber` has an output that is `finalizationDelay` old.
    function isFinalized(uint256 l2BlockNumber) external view returns (bool);

    /// @notice The number of outputs posted (and not deleted).
    function outputCount() external view returns (uint256);

    /// @notice The L2 block number of the output at position `index`.
    function outputBlockNumber(uint256 index) external view returns (uint256);
}
