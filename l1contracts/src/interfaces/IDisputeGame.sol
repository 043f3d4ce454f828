// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {OpProof, SlotWitness, InputWitness, SlotProof} from "../CruxTypes.sol";

/// @title IDisputeGame
/// @notice The dispute games and direct proofs (docs/dispute.md sections 2, 3, 6, 7).
interface IDisputeGame {
    /// @notice Game phases. Step: bisecting steps. WriteFirst / WriteSecond: the
    /// write phase before / after the first revealWrite. Chunk: descending the
    /// output slot's chunk tree. Element: at a leaf, the executor to reveal its
    /// chunk (or anyone to resolveLeaf beyond the tensor). ElementRevealed: the
    /// challenger to prove an element. ExecutorWon / ChallengerWon: resolved.
    enum Phase {
        None,
        Step,
        WriteFirst,
        WriteSecond,
        Chunk,
        Element,
        ElementRevealed,
        ExecutorWon,
        ChallengerWon
    }

    /// @notice A game's state, as returned by games(gameId). Step phase: [a, b]
    /// with agreedRoot = R_a and the two sides' roots at b. Write phase: i = a,
    /// agreedRoot = S_i; a side's root is its S_{i+1} until it reveals, then its
    /// new data root. Chunk and element phases: the two sides' values at the node
    /// (level, index) of the output slot's chunk tree (depth `depth`, nChunks
    /// leaves inside the tensor). `hash` is the stored dissection hash (step
    /// phase) or the keccak256 of op i's record (from the write phase on).
    /// Clocks are the seconds each side had left at lastMove; only the side to
    /// move (executorToMove) is being charged since then.
    struct GameView {
        uint256 resultId;
        address executor;
        address challenger;
        Phase phase;
        bool executorToMove;
        uint64 lastMove;
        uint64 executorClock;
        uint64 challengerClock;
        uint64 a;
        uint64 b;
        bytes32 agreedRoot;
        bytes32 executorRoot;
        bytes32 challengerRoot;
        bytes32 hash;
        uint8 level;
        uint8 depth;
        uint64 index;
        uint64 nChunks;
        uint16 outSlot;
        uint16 nSlots;
        uint8 outDtype;
        uint8 outRank;
        uint32[4] outDims;
    }

    event GameOpened(
        uint256 indexed gameId, uint256 indexed resultId, address indexed challenger, bytes32 claim, bytes32[] dissection
    );
    event Bisected(uint256 indexed gameId, address indexed mover, uint64 a, uint64 b, bytes32 mine, bytes32[] next);
    event WriteRevealed(uint256 indexed gameId, address indexed mover, uint16 outSlot, bytes32 dataRoot, bytes32[] desc);
    event Descended(uint256 indexed gameId, address indexed mover, uint8 level, uint64 index, bytes32[] next);
    event ChunkRevealed(uint256 indexed gameId, bytes chunk);
    event GameResolved(uint256 indexed gameId, uint256 indexed resultId, bool executorWon, string reason);
    /// @notice A direct proof rejected commitment `resultId`; `kind` is "step count"
    /// or "output root".
    event DirectProof(uint256 indexed resultId, address indexed prover, string kind, uint256 slashed);
    event PayoutWithdrawn(address indexed account, uint256 amount);

    function open(uint256 resultId, bytes32 claim, bytes32[] calldata dissection)
        external
        payable
        returns (uint256 gameId);
    function bisect(uint256 gameId, bytes32[] calldata theirs, uint256 t, bytes32 mine, bytes32[] calldata next)
        external;
    function revealWrite(
        uint256 gameId,
        OpProof calldata op,
        SlotWitness calldata out,
        bytes32 dataRoot,
        bytes32[] calldata desc
    ) external;
    function descend(
        uint256 gameId,
        uint256 j,
        bytes32 theirs,
        bytes32[] calldata theirSiblings,
        bytes32 mine,
        bytes32[] calldata mySiblings,
        bytes32[] calldata next
    ) external;
    function revealChunk(uint256 gameId, bytes calldata chunk) external;
    function proveElement(
        uint256 gameId,
        bytes calldata chunk,
        uint256 j,
        bytes calldata record,
        InputWitness[] calldata inputs
    ) external;
    function resolveLeaf(uint256 gameId) external;
    function timeout(uint256 gameId) external;
    function proveStepCount(
        uint256 resultId,
        bytes calldata header,
        bytes32 slotsHash,
        bytes32 outputsHash,
        bytes32 opsRoot
    ) external;
    function proveOutputRoot(
        uint256 resultId,
        bytes calldata header,
        bytes32 slotsHash,
        bytes calldata outputs,
        bytes32 opsRoot,
        SlotProof[] calldata slots
    ) external;
    function withdrawPayout() external;

    function games(uint256 gameId) external view returns (GameView memory);
    function clockDuration() external view returns (uint256);
}
