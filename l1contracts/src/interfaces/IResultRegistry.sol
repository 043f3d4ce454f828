// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IResultRegistry
/// @notice Result commitments, the challenge window and finalization
/// (docs/dispute.md sections 1 and 7).
interface IResultRegistry {
    /// @notice None: no such id. Pending: in its window or with games open.
    /// Finalized, Rejected: terminal.
    enum Status {
        None,
        Pending,
        Finalized,
        Rejected
    }

    /// @notice A result commitment and its dispute state.
    struct Commitment {
        bytes32 jobId;
        bytes32 programRoot;
        bytes32 inputRoot; // S_0
        bytes32 outputRoot;
        bytes32 finalState; // S_n
        address executor;
        uint64 steps; // n
        uint64 deadline; // end of the challenge window (unix seconds)
        Status status;
        uint16 openGames;
    }

    event ResultPosted(
        uint256 indexed resultId,
        bytes32 indexed jobId,
        address indexed executor,
        bytes32 programRoot,
        bytes32 inputRoot,
        bytes32 outputRoot,
        bytes32 finalState,
        uint64 steps,
        uint64 deadline
    );
    event ResultFinalized(uint256 indexed resultId, bytes32 indexed jobId, address indexed executor);
    event ResultRejected(uint256 indexed resultId, bytes32 indexed jobId, address indexed executor);
    event DisputeGameSet(address indexed disputeGame);

    function postResult(
        bytes32 jobId,
        bytes32 programRoot,
        bytes32 inputRoot,
        bytes32 outputRoot,
        bytes32 finalState,
        uint64 steps
    ) external returns (uint256 resultId);
    function finalize(uint256 resultId) external;

    // Hooks, DisputeGame only.
    function gameOpened(uint256 resultId)
        external
        returns (address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps);
    function gameResolved(uint256 resultId, bool executorWon) external;
    function reject(uint256 resultId) external returns (address executor);

    function challengeWindow() external view returns (uint256);
    function commitment(uint256 resultId) external view returns (Commitment memory);
    function programRootOf(uint256 resultId) external view returns (bytes32);
}
