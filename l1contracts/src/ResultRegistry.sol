// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IResultRegistry} from "./interfaces/IResultRegistry.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";

/// @title ResultRegistry
/// @notice Result commitments (docs/dispute.md section 1). A bonded provider posts
/// (jobId, programRoot, inputRoot, outputRoot, finalState, steps); the commitment
/// is pending for `challengeWindow` seconds, during which challengers open games
/// (through DisputeGame) or submit direct proofs. It is finalized by anyone once
/// the window has passed with no game open and none lost, and rejected as soon as
/// the executor loses a game or a direct proof.
contract ResultRegistry is Ownable, ICruxErrors, IResultRegistry {
    /// @notice Largest step count (compute.md MaxOps).
    uint64 public constant MAX_STEPS = 1 << 20;

    /// @notice The provider registry that says who may post.
    IProviderRegistry public immutable providers;
    /// @notice Seconds a commitment stays open to challenges.
    uint256 public immutable challengeWindow;
    /// @notice The DisputeGame contract (set once by the owner).
    address public disputeGame;
    /// @notice Number of commitments posted; result ids are 1..resultCount.
    uint256 public resultCount;

    struct Stored {
        bytes32 jobId;
        bytes32 programRoot;
        bytes32 inputRoot;
        bytes32 outputRoot;
        bytes32 finalState;
        // one slot: executor, steps, deadline, status, open games
        address executor;
        uint32 steps;
        uint40 deadline;
        Status status;
        uint16 openGames;
    }

    mapping(uint256 => Stored) private _results;

    /// @notice Deploys the registry; the deployer becomes owner.
    /// @param providers_ The ProviderRegistry.
    /// @param challengeWindow_ The challenge window W in seconds (> 0).
    constructor(IProviderRegistry providers_, uint256 challengeWindow_) Ownable(msg.sender) {
        if (address(providers_) == address(0)) revert ZeroAddress();
        if (challengeWindow_ == 0 || challengeWindow_ > type(uint32).max) revert BadParameter("challengeWindow");
        providers = providers_;
        challengeWindow = challengeWindow_;
    }

    modifier onlyDisputeGame() {
        if (msg.sender != disputeGame || msg.sender == address(0)) revert NotDisputeGame(msg.sender);
        _;
    }

    /// @notice Wires in the DisputeGame. Owner only, once.
    /// @param game The DisputeGame contract.
    function setDisputeGame(address game) external onlyOwner {
        if (game == address(0)) revert ZeroAddress();
        if (disputeGame != address(0)) revert DisputeGameAlreadySet();
        disputeGame = game;
        emit DisputeGameSet(game);
    }

    // ------------------------------------------------------------------
    // Commitments
    // ------------------------------------------------------------------

    /// @notice Posts a result commitment. The caller must be a provider that can
    /// post (ProviderRegistry.canPost); it becomes the commitment's executor.
    /// @param jobId The job this result is for.
    /// @param programRoot The program root (compute.md 3.2).
    /// @param inputRoot S_0.
    /// @param outputRoot Root of the output tree over the output slots of S_n.
    /// @param finalState S_n.
    /// @param steps n, the number of steps (1..2^20).
    /// @return resultId The new commitment's id, from 1.
    function postResult(
        bytes32 jobId,
        bytes32 programRoot,
        bytes32 inputRoot,
        bytes32 outputRoot,
        bytes32 finalState,
        uint64 steps
    ) external returns (uint256 resultId) {
        if (disputeGame == address(0)) revert DisputeGameNotSet();
        if (!providers.canPost(msg.sender)) revert CannotPost(msg.sender);
        if (steps == 0 || steps > MAX_STEPS) revert BadSteps(steps);
        resultId = ++resultCount;
        uint64 deadline = uint64(block.timestamp + challengeWindow);
        Stored storage r = _results[resultId];
        r.jobId = jobId;
        r.programRoot = programRoot;
        r.inputRoot = inputRoot;
        r.outputRoot = outputRoot;
        r.finalState = finalState;
        r.executor = msg.sender;
        r.steps = uint32(steps);
        r.deadline = uint40(deadline);
        r.status = Status.Pending;
        emit ResultPosted(resultId, jobId, msg.sender, programRoot, inputRoot, outputRoot, finalState, steps, deadline);
    }

    /// @notice Finalizes a pending commitment once its window has passed, no game
    /// against it is open, and none was lost (a lost game rejects it). Anyone.
    /// @param resultId The commitment.
    function finalize(uint256 resultId) external {
        Stored storage r = _results[resultId];
        Status status = r.status;
        if (status == Status.None) revert UnknownResult(resultId);
        if (status != Status.Pending) revert NotPending(resultId, uint8(status));
        if (block.timestamp < r.deadline) revert WindowOpen(resultId, r.deadline);
        if (r.openGames != 0) revert GamesOpen(resultId, r.openGames);
        r.status = Status.Finalized;
        emit ResultFinalized(resultId, r.jobId, r.executor);
    }

    // ------------------------------------------------------------------
    // DisputeGame hooks
    // ------------------------------------------------------------------

    /// @notice Records a new game against a pending commitment inside its window
    /// and returns what the game needs. DisputeGame only.
    /// @param resultId The commitment challenged.
    /// @return executor The commitment's executor.
    /// @return inputRoot S_0.
    /// @return finalState S_n.
    /// @return steps n.
    function gameOpened(uint256 resultId)
        external
        onlyDisputeGame
        returns (address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps)
    {
        Stored storage r = _requireChallengeable(resultId);
        r.openGames += 1;
        return (r.executor, r.inputRoot, r.finalState, r.steps);
    }

    /// @notice Records the end of a game. A game the executor lost rejects the
    /// commitment (once; later lost games leave it rejected). DisputeGame only.
    /// @param resultId The commitment the game was against.
    /// @param executorWon Whether the executor won.
    function gameResolved(uint256 resultId, bool executorWon) external onlyDisputeGame {
        Stored storage r = _results[resultId];
        r.openGames -= 1;
        if (!executorWon && r.status == Status.Pending) {
            r.status = Status.Rejected;
            emit ResultRejected(resultId, r.jobId, r.executor);
        }
    }

    /// @notice Rejects a pending commitment inside its window after a direct
    /// proof. DisputeGame only.
    /// @param resultId The commitment.
    /// @return executor Its executor (to be slashed).
    function reject(uint256 resultId) external onlyDisputeGame returns (address executor) {
        Stored storage r = _requireChallengeable(resultId);
        r.status = Status.Rejected;
        executor = r.executor;
        emit ResultRejected(resultId, r.jobId, executor);
    }

    function _requireChallengeable(uint256 resultId) private view returns (Stored storage r) {
        r = _results[resultId];
        Status status = r.status;
        if (status == Status.None) revert UnknownResult(resultId);
        if (status != Status.Pending) revert NotPending(resultId, uint8(status));
        if (block.timestamp >= r.deadline) revert WindowClosed(resultId, r.deadline);
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice The commitment `resultId` (all zero, status None, if unknown).
    /// @param resultId The commitment.
    function commitment(uint256 resultId) external view returns (Commitment memory c) {
        Stored storage r = _results[resultId];
        c.jobId = r.jobId;
        c.programRoot = r.programRoot;
        c.inputRoot = r.inputRoot;
        c.outputRoot = r.outputRoot;
        c.finalState = r.finalState;
        c.executor = r.executor;
        c.steps = r.steps;
        c.deadline = r.deadline;
        c.status = r.status;
        c.openGames = r.openGames;
    }

    /// @notice The program root of commitment `resultId`.
    /// @param resultId The commitment.
    function programRootOf(uint256 resultId) external view returns (bytes32) {
        return _results[resultId].programRoot;
    }

    /// @notice The status of commitment `resultId`.
    /// @param resultId The commitment.
    function statusOf(uint256 resultId) external view returns (Status) {
        return _results[resultId].status;
    }
}
