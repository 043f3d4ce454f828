// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {CruxMerkle} from "./lib/CruxMerkle.sol";
import {CruxOps} from "./lib/CruxOps.sol";
import {OpProof, SlotWitness, InputWitness, SlotProof} from "./CruxTypes.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IDisputeGame} from "./interfaces/IDisputeGame.sol";
import {IResultRegistry} from "./interfaces/IResultRegistry.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {IKernelVerifier} from "./interfaces/IKernelVerifier.sol";

/// @title DisputeGame
/// @notice All dispute games of crux in one contract, plus the direct proofs
/// (docs/dispute.md). A game is played between a commitment's executor (E) and a
/// challenger (C), one transaction per move by the side to move:
///
/// - step phase: K = 16 dissections of the step interval [a, b] until one step
///   i -> i+1 is left where both agree on S_i and differ on S_{i+1};
/// - write phase: each side proves op i and that its S_{i+1} differs from S_i
///   only in op i's output slot, and publishes its new data root;
/// - chunk phase: descend the output slot's chunk tree 4 levels per move to one
///   leaf where the two sides differ;
/// - element phase: beyond the tensor the true leaf is the zero leaf
///   (resolveLeaf); inside it E reveals its chunk and C proves one element of it
///   wrong with KernelVerifier.
///
/// Each side has a chess clock of clockDuration seconds for the whole game; only
/// the side to move is charged, and timeout() ends a game whose side to move has
/// used up its clock. Only hashes of dissections are stored: the dissections and
/// descendants are in the events. Bonds, slashed stake and payouts follow
/// docs/dispute.md section 6; winners withdraw with withdrawPayout (pull); the
/// burned part goes to BURN_ADDRESS and is counted in totalBurned.
contract DisputeGame is ICruxErrors, IDisputeGame, ReentrancyGuardTransient {
    // ------------------------------------------------------------------
    // Constants and parameters
    // ------------------------------------------------------------------

    /// @notice Dissection arity.
    uint256 public constant K = 16;
    /// @notice Basis points denominator of rewardBps.
    uint256 public constant BPS = 10_000;
    /// @notice Where burned ETH goes (no one holds its key).
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    /// @notice At most this many output slots (compute.md MaxOutputs).
    uint256 public constant MAX_OUTPUTS = 64;

    /// @notice The commitments.
    IResultRegistry public immutable resultRegistry;
    /// @notice The bonds (slashed through it).
    IProviderRegistry public immutable providerRegistry;
    /// @notice The one-element verifier.
    IKernelVerifier public immutable verifier;
    /// @notice ETH a challenger posts per game.
    uint256 public immutable challengerBond;
    /// @notice Stake taken from an executor per lost game or direct proof (at most its stake).
    uint256 public immutable slashAmount;
    /// @notice Winner's share, in basis points, of the loser's bond or slashed stake.
    uint256 public immutable rewardBps;
    /// @notice Seconds on each side's chess clock for a whole game.
    uint256 public immutable clockDuration;

    // ------------------------------------------------------------------
    // State
    // ------------------------------------------------------------------

    /// @notice Number of games opened; game ids are 1..gameCount.
    uint256 public gameCount;
    /// @notice All ETH sent to BURN_ADDRESS so far.
    uint256 public totalBurned;
    /// @notice ETH owed to each account, withdrawn with withdrawPayout.
    mapping(address => uint256) public payouts;

    /// A game in 8 storage slots. `meta` packs the fields every move reads and
    /// writes (see the *_SHIFT constants), so a move costs one warm-up of meta,
    /// one of the mover's address and the root slots it changes.
    struct Game {
        uint256 meta;
        address executor;
        uint64 resultId;
        address challenger;
        bytes32 agreed; // R_a; S_i from the write phase on
        bytes32 rootE; // E's root at b; then its data root / node value
        bytes32 rootC; // C's root at b; then its data root / node value
        bytes32 hash; // hash of the last dissection; then keccak256(op record)
        uint256 outInfo; // output slot's dtype, rank, dims, nSlots, slot (write phase on)
    }

    mapping(uint256 => Game) private _games;

    // meta layout (bit offsets; widths in the mask names)
    uint256 private constant PHASE_SHIFT = 0; // 8 bits
    uint256 private constant TURN_SHIFT = 8; // 8 bits: 0 executor, 1 challenger
    uint256 private constant LAST_SHIFT = 16; // 40 bits: time of the last move
    uint256 private constant CLOCK_E_SHIFT = 56; // 32 bits: E's seconds left at LAST
    uint256 private constant CLOCK_C_SHIFT = 88; // 32 bits: C's seconds left at LAST
    uint256 private constant A_SHIFT = 120; // 24 bits
    uint256 private constant B_SHIFT = 144; // 24 bits
    uint256 private constant LEVEL_SHIFT = 168; // 8 bits
    uint256 private constant DEPTH_SHIFT = 176; // 8 bits
    uint256 private constant INDEX_SHIFT = 184; // 24 bits
    uint256 private constant NCHUNKS_SHIFT = 208; // 24 bits
    uint256 private constant MASK8 = 0xff;
    uint256 private constant MASK24 = 0xffffff;
    uint256 private constant MASK32 = 0xffffffff;
    uint256 private constant MASK40 = 0xffffffffff;

    // outInfo layout
    uint256 private constant OUT_RANK_SHIFT = 8;
    uint256 private constant OUT_DIMS_SHIFT = 16; // 128 bits
    uint256 private constant OUT_NSLOTS_SHIFT = 144; // 16 bits
    uint256 private constant OUT_SLOT_SHIFT = 160; // 16 bits

    uint8 private constant PHASE_NONE = 0;
    uint8 private constant PHASE_STEP = 1;
    uint8 private constant PHASE_WRITE_FIRST = 2;
    uint8 private constant PHASE_WRITE_SECOND = 3;
    uint8 private constant PHASE_CHUNK = 4;
    uint8 private constant PHASE_ELEMENT = 5;
    uint8 private constant PHASE_ELEMENT_REVEALED = 6;
    uint8 private constant PHASE_EXECUTOR_WON = 7;
    uint8 private constant PHASE_CHALLENGER_WON = 8;

    uint256 private constant TURN_E = 0;
    uint256 private constant TURN_C = 1;

    /// @notice Deploys the game contract.
    /// @param results The ResultRegistry.
    /// @param providers The ProviderRegistry.
    /// @param verifier_ The KernelVerifier.
    /// @param challengerBond_ ETH a challenger posts per game (> 0).
    /// @param slashAmount_ Stake taken per lost game or direct proof (> 0).
    /// @param rewardBps_ Winner's share of the loser's bond or slashed stake (<= 10000).
    /// @param clockDuration_ Seconds per side per game (1 .. 2^32-1). The
    /// providers' unbondingDelay must exceed the challenge window plus twice this.
    constructor(
        IResultRegistry results,
        IProviderRegistry providers,
        IKernelVerifier verifier_,
        uint256 challengerBond_,
        uint256 slashAmount_,
        uint256 rewardBps_,
        uint256 clockDuration_
    ) {
        if (address(results) == address(0) || address(providers) == address(0) || address(verifier_) == address(0)) {
            revert ZeroAddress();
        }
        if (challengerBond_ == 0) revert BadParameter("challengerBond");
        if (slashAmount_ == 0) revert BadParameter("slashAmount");
        if (rewardBps_ > BPS) revert BadParameter("rewardBps");
        if (clockDuration_ == 0 || clockDuration_ > MASK32) revert BadParameter("clockDuration");
        uint256 required = results.challengeWindow() + 2 * clockDuration_;
        uint256 delay = providers.unbondingDelay();
        if (delay <= required) revert UnbondingDelayTooShort(delay, required);
        resultRegistry = results;
        providerRegistry = providers;
        verifier = verifier_;
        challengerBond = challengerBond_;
        slashAmount = slashAmount_;
        rewardBps = rewardBps_;
        clockDuration = clockDuration_;
    }

    /// @notice Accepts slashed stake from ProviderRegistry; any other sender reverts.
    receive() external payable {
        if (msg.sender != address(providerRegistry)) revert UnexpectedEther();
    }

    // ------------------------------------------------------------------
    // Step phase
    // ------------------------------------------------------------------

    /// @notice Opens a game against pending commitment `resultId` inside its
    /// challenge window. msg.value must be challengerBond. The interval is
    /// [0, n] with R_0 = inputRoot, E's root at n = finalState and C's root at n
    /// = `claim`; `dissection` is C's roots at the points p_1..p_{P-1} of [0, n]
    /// (P = min(16, n); empty when n = 1, when the game starts in the write
    /// phase). The turn passes to E.
    /// @param resultId The commitment challenged.
    /// @param claim C's S_n (must differ from the commitment's finalState).
    /// @param dissection C's dissection of [0, n].
    /// @return gameId The new game's id, from 1.
    function open(uint256 resultId, bytes32 claim, bytes32[] calldata dissection)
        external
        payable
        returns (uint256 gameId)
    {
        if (msg.value != challengerBond) revert WrongBond(challengerBond, msg.value);
        (address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps) = resultRegistry.gameOpened(resultId);
        if (claim == finalState) revert ClaimMatchesFinalState();
        uint256 p = steps < K ? steps : K;
        if (dissection.length != p - 1) revert BadDissectionLength(p - 1, dissection.length);
        gameId = ++gameCount;
        Game storage g = _games[gameId];
        uint256 phase = steps == 1 ? PHASE_WRITE_FIRST : PHASE_STEP;
        g.meta = phase | (TURN_E << TURN_SHIFT) | (block.timestamp << LAST_SHIFT) | (clockDuration << CLOCK_E_SHIFT)
            | (clockDuration << CLOCK_C_SHIFT) | (uint256(steps) << B_SHIFT);
        g.executor = executor;
        g.resultId = uint64(resultId);
        g.challenger = msg.sender;
        g.agreed = inputRoot;
        g.rootE = finalState;
        g.rootC = claim;
        if (steps > 1) g.hash = keccak256(abi.encodePacked(dissection));
        emit GameOpened(gameId, resultId, msg.sender, claim, dissection);
    }

    /// @notice Step-phase move by the side to move, P; the opponent Q made the
    /// stored dissection of [a, b]. Picks sub-interval t of [a, b] (1..P) and
    /// publishes P's dissection of it. The agreed root becomes R_a (t = 1) or
    /// theirs[t-2]; the roots at the new b are theirs[t-1] (Q) and `mine` (P), or
    /// the stored roots at b when t = P (then `mine` is ignored); they must
    /// differ. When the new interval has length 1 the write phase starts. The
    /// turn passes to Q.
    /// @param gameId The game.
    /// @param theirs Q's dissection of [a, b] (must hash to the stored one).
    /// @param t The sub-interval [p_{t-1}, p_t], 1..P.
    /// @param mine P's root at p_t (ignored when t = P).
    /// @param next P's dissection of [p_{t-1}, p_t] (empty if its length is 1).
    function bisect(uint256 gameId, bytes32[] calldata theirs, uint256 t, bytes32 mine, bytes32[] calldata next)
        external
    {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        _requirePhase(gameId, m, PHASE_STEP);
        bool eMoves = _checkMover(g, m);
        m = _tick(gameId, m);
        (uint256 lo, uint256 hi, uint256 p) = _pick(g, m, theirs, t, next.length);
        if (t < p) {
            bytes32 q = theirs[t - 1];
            if (q == mine) revert RootsAgree();
            if (eMoves) {
                g.rootE = mine;
                g.rootC = q;
            } else {
                g.rootC = mine;
                g.rootE = q;
            }
        } else {
            mine = eMoves ? g.rootE : g.rootC; // unchanged; reported in the event
        }
        if (t > 1) g.agreed = theirs[t - 2];
        if (hi - lo > 1) {
            g.hash = keccak256(abi.encodePacked(next));
        } else {
            m = (m & ~MASK8) | PHASE_WRITE_FIRST;
        }
        m = (m & ~((MASK24 << A_SHIFT) | (MASK24 << B_SHIFT) | (MASK8 << TURN_SHIFT))) | (lo << A_SHIFT)
            | (hi << B_SHIFT) | ((eMoves ? TURN_C : TURN_E) << TURN_SHIFT);
        g.meta = m;
        emit Bisected(gameId, msg.sender, uint64(lo), uint64(hi), mine, next);
    }

    /// Checks Q's dissection and the choice t of [a, b]; returns the chosen
    /// sub-interval [lo, hi] and P = min(K, b - a). `nextLen` must be the length
    /// of a dissection of [lo, hi].
    function _pick(Game storage g, uint256 m, bytes32[] calldata theirs, uint256 t, uint256 nextLen)
        private
        view
        returns (uint256 lo, uint256 hi, uint256 p)
    {
        uint256 a = (m >> A_SHIFT) & MASK24;
        uint256 len = ((m >> B_SHIFT) & MASK24) - a;
        p = len < K ? len : K;
        if (theirs.length != p - 1) revert BadDissectionLength(p - 1, theirs.length);
        if (keccak256(abi.encodePacked(theirs)) != g.hash) revert DissectionMismatch();
        if (t == 0 || t > p) revert BadIndex(t, p);
        lo = a + ((t - 1) * len) / p;
        hi = a + (t * len) / p;
        uint256 newP = hi - lo < K ? hi - lo : K;
        if (nextLen != newP - 1) revert BadDissectionLength(newP - 1, nextLen);
    }

    // ------------------------------------------------------------------
    // Write phase
    // ------------------------------------------------------------------

    /// @notice Write-phase move (each side once, the side to move first): proves
    /// op i (i = a) against the program root, the S_i witness `out` of its output
    /// slot, and that the mover's S_{i+1} is S_i with that slot's root replaced by
    /// slotRoot(out's header, dataRoot). `desc` is the mover's descendants of
    /// dataRoot (2^m nodes, m = min(4, depth); empty if the slot has one chunk).
    /// After the second reveal the chunk phase starts with the first revealer to
    /// move (or the element phase, E to move, if the slot has one chunk).
    /// @param gameId The game.
    /// @param op Op i's proof against the commitment's program root.
    /// @param out The output slot (record.out) in S_i.
    /// @param dataRoot The mover's new data root of the output slot.
    /// @param desc The mover's descendants of dataRoot.
    function revealWrite(
        uint256 gameId,
        OpProof calldata op,
        SlotWitness calldata out,
        bytes32 dataRoot,
        bytes32[] calldata desc
    ) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        uint256 phase = m & MASK8;
        if (phase != PHASE_WRITE_FIRST && phase != PHASE_WRITE_SECOND) _requirePhase(gameId, m, PHASE_WRITE_FIRST);
        bool eMoves = _checkMover(g, m);
        m = _tick(gameId, m);

        (uint256 depth, uint256 nChunks, uint256 outInfo) =
            _checkReveal(g, (m >> A_SHIFT) & MASK24, op, out, dataRoot, eMoves);
        _checkDescendants(desc, depth, 0, dataRoot);

        if (eMoves) g.rootE = dataRoot;
        else g.rootC = dataRoot;
        uint256 nextTurn = eMoves ? TURN_C : TURN_E;
        if (phase == PHASE_WRITE_FIRST) {
            g.hash = keccak256(op.record);
            g.outInfo = outInfo;
            m = (m & ~(MASK8 | (MASK8 << DEPTH_SHIFT) | (MASK24 << NCHUNKS_SHIFT))) | PHASE_WRITE_SECOND
                | (depth << DEPTH_SHIFT) | (nChunks << NCHUNKS_SHIFT);
        } else if (depth == 0) {
            m = (m & ~MASK8) | PHASE_ELEMENT;
            nextTurn = TURN_E;
        } else {
            m = (m & ~MASK8) | PHASE_CHUNK;
        }
        g.meta = (m & ~(MASK8 << TURN_SHIFT)) | (nextTurn << TURN_SHIFT);
        emit WriteRevealed(gameId, msg.sender, uint16(outInfo >> OUT_SLOT_SHIFT), dataRoot, desc);
    }

    /// Checks op i's proof, the S_i witness of its output slot and the mover's
    /// S_{i+1}; returns the slot's chunk-tree depth, chunk count and packed info.
    function _checkReveal(
        Game storage g,
        uint256 i,
        OpProof calldata op,
        SlotWitness calldata out,
        bytes32 dataRoot,
        bool eMoves
    ) private view returns (uint256 depth, uint256 nChunks, uint256 outInfo) {
        (uint256 outSlot, uint256 nSlots) = _checkOp(g, op, i);
        return _checkWrite(g, out, outSlot, nSlots, dataRoot, eMoves);
    }

    /// Checks op i's proof; returns its output slot and the program's nSlots.
    function _checkOp(Game storage g, OpProof calldata op, uint256 i)
        private
        view
        returns (uint256 outSlot, uint256 nSlots)
    {
        if (op.header.length != 16) revert BadHeader();
        bytes16 header = bytes16(op.header);
        bytes32 programRoot = resultRegistry.programRootOf(g.resultId);
        if (!CruxMerkle.verifyOp(programRoot, i, op.record, header, op.slotsHash, op.outputsHash, op.siblings)) {
            revert BadOpProof();
        }
        outSlot = uint16(bytes2(op.record[2:4]));
        nSlots = CruxMerkle.headerNSlots(header);
    }

    /// Checks the S_i witness of the output slot and the mover's S_{i+1}; returns
    /// the slot's chunk-tree depth, chunk count and packed type.
    function _checkWrite(
        Game storage g,
        SlotWitness calldata out,
        uint256 outSlot,
        uint256 nSlots,
        bytes32 dataRoot,
        bool eMoves
    ) private view returns (uint256 depth, uint256 nChunks, uint256 outInfo) {
        uint256 nBytes;
        bytes32 oldRoot;
        bytes32 newRoot;
        (nBytes, outInfo, oldRoot, newRoot) = _outSlot(out, dataRoot);
        if (!CruxMerkle.verifySlot(g.agreed, nSlots, outSlot, oldRoot, out.siblings)) revert BadOutSlotWitness();
        if (CruxMerkle.computeRoot(newRoot, outSlot, out.siblings) != (eMoves ? g.rootE : g.rootC)) {
            revert StateMismatch();
        }
        nChunks = CruxMerkle.chunkCount(nBytes);
        depth = CruxMerkle.ceilLog2(nChunks);
        outInfo |= (nSlots << OUT_NSLOTS_SHIFT) | (outSlot << OUT_SLOT_SHIFT);
    }

    /// The output slot's byte size, packed type, and its slot roots with the old
    /// and the new data root.
    function _outSlot(SlotWitness calldata out, bytes32 dataRoot)
        private
        pure
        returns (uint256 nBytes, uint256 info, bytes32 oldRoot, bytes32 newRoot)
    {
        uint32[4] memory dims = out.dims;
        bool ok;
        (ok, nBytes) = CruxMerkle.tensorBytes(out.dtype, out.rank, dims);
        if (!ok) revert BadOutSlotWitness();
        bytes16 packed = CruxMerkle.packDims(dims);
        oldRoot = CruxMerkle.slotRootPacked(out.dtype, out.rank, packed, out.dataRoot);
        newRoot = CruxMerkle.slotRootPacked(out.dtype, out.rank, packed, dataRoot);
        info = uint256(out.dtype) | (uint256(out.rank) << OUT_RANK_SHIFT) | (uint256(uint128(packed)) << OUT_DIMS_SHIFT);
    }

    // ------------------------------------------------------------------
    // Chunk phase
    // ------------------------------------------------------------------

    /// @notice Chunk-phase move by the side to move, P: the node (level, index)
    /// has values vQ and vP, with Q's descendants published. `theirs`/`mine` are
    /// Q's/P's values at child j (m = min(4, depth - level) levels below), each
    /// with its m siblings inside the subtree (bit h of j: right child at height
    /// h); they must differ. The node becomes child j; `next` is P's descendants
    /// of it (empty at the leaf level). At the leaf level the element phase
    /// starts with E to move; otherwise the turn passes to Q.
    /// @param gameId The game.
    /// @param j The child, 0 .. 2^m - 1.
    /// @param theirs Q's value at child j.
    /// @param theirSiblings Its m siblings (from Q's published descendants).
    /// @param mine P's value at child j.
    /// @param mySiblings Its m siblings.
    /// @param next P's descendants of child j.
    function descend(
        uint256 gameId,
        uint256 j,
        bytes32 theirs,
        bytes32[] calldata theirSiblings,
        bytes32 mine,
        bytes32[] calldata mySiblings,
        bytes32[] calldata next
    ) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        _requirePhase(gameId, m, PHASE_CHUNK);
        bool eMoves = _checkMover(g, m);
        m = _tick(gameId, m);
        _checkSpan(m, j, theirSiblings.length, mySiblings.length);
        if (theirs == mine) revert ValuesAgree();
        if (CruxMerkle.computeRoot(theirs, j, theirSiblings) != (eMoves ? g.rootC : g.rootE)) revert BadTheirProof();
        if (CruxMerkle.computeRoot(mine, j, mySiblings) != (eMoves ? g.rootE : g.rootC)) revert BadMyProof();
        m = _moveDown(m, j, eMoves);
        _checkDescendants(next, (m >> DEPTH_SHIFT) & MASK8, (m >> LEVEL_SHIFT) & MASK8, mine);
        if (eMoves) {
            g.rootE = mine;
            g.rootC = theirs;
        } else {
            g.rootC = mine;
            g.rootE = theirs;
        }
        g.meta = m;
        emit Descended(gameId, msg.sender, uint8(m >> LEVEL_SHIFT), uint64((m >> INDEX_SHIFT) & MASK24), next);
    }

    /// m = min(4, depth - level): j must be below 2^m and both sibling lists m long.
    function _checkSpan(uint256 m, uint256 j, uint256 theirLen, uint256 myLen) private pure {
        uint256 s = _span(m);
        if (j >> s != 0) revert BadIndex(j, uint256(1) << s);
        if (theirLen != s || myLen != s) revert BadSiblings(s);
    }

    function _span(uint256 m) private pure returns (uint256) {
        uint256 left = ((m >> DEPTH_SHIFT) & MASK8) - ((m >> LEVEL_SHIFT) & MASK8);
        return left < 4 ? left : 4;
    }

    /// Moves the node to child j; at the leaf level the element phase starts
    /// with E to move, else the turn passes.
    function _moveDown(uint256 m, uint256 j, bool eMoves) private pure returns (uint256) {
        uint256 s = _span(m);
        uint256 level = ((m >> LEVEL_SHIFT) & MASK8) + s;
        uint256 index = (((m >> INDEX_SHIFT) & MASK24) << s) | j;
        uint256 nextTurn = eMoves ? TURN_C : TURN_E;
        if (level == (m >> DEPTH_SHIFT) & MASK8) {
            m = (m & ~MASK8) | PHASE_ELEMENT;
            nextTurn = TURN_E;
        }
        return (m & ~((MASK8 << TURN_SHIFT) | (MASK8 << LEVEL_SHIFT) | (MASK24 << INDEX_SHIFT)))
            | (nextTurn << TURN_SHIFT) | (level << LEVEL_SHIFT) | (index << INDEX_SHIFT);
    }

    // ------------------------------------------------------------------
    // Element phase
    // ------------------------------------------------------------------

    /// @notice E reveals the 1024-byte chunk whose leaf is E's leaf (chunk index c
    /// inside the tensor). The turn passes to C.
    /// @param gameId The game.
    /// @param chunk The chunk.
    function revealChunk(uint256 gameId, bytes calldata chunk) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        _requirePhase(gameId, m, PHASE_ELEMENT);
        _checkMover(g, m);
        m = _tick(gameId, m);
        uint256 index = (m >> INDEX_SHIFT) & MASK24;
        uint256 nChunks = (m >> NCHUNKS_SHIFT) & MASK24;
        if (index >= nChunks) revert LeafBeyondTensor(index, nChunks);
        if (CruxMerkle.chunkLeaf(chunk) != g.rootE) revert ChunkMismatch();
        g.meta = (m & ~(MASK8 | (MASK8 << TURN_SHIFT))) | PHASE_ELEMENT_REVEALED | (TURN_C << TURN_SHIFT);
        emit ChunkRevealed(gameId, chunk);
    }

    /// @notice C names element j of E's revealed chunk and proves its true value:
    /// 0 for padding beyond the tensor, else what KernelVerifier computes for
    /// flat element e = c * (1024 / elemSize) + j of op i from operands proven
    /// under S_i. E loses if its value differs, else C loses. Ends the game.
    /// @param gameId The game.
    /// @param chunk E's revealed chunk again.
    /// @param j The element within the chunk (byte for int8, 4-byte word for int32).
    /// @param record Op i's 64-byte record (checked against the write phase).
    /// @param inputs One witness per operand of the op.
    function proveElement(
        uint256 gameId,
        bytes calldata chunk,
        uint256 j,
        bytes calldata record,
        InputWitness[] calldata inputs
    ) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        _requirePhase(gameId, m, PHASE_ELEMENT_REVEALED);
        _checkMover(g, m);
        _tick(gameId, m);
        if (CruxMerkle.chunkLeaf(chunk) != g.rootE) revert ChunkMismatch();
        if (keccak256(record) != g.hash) revert RecordMismatch();
        bool executorWon = _elementMatches(g, (m >> INDEX_SHIFT) & MASK24, chunk, j, record, inputs);
        _resolve(gameId, g, m, executorWon, executorWon ? "element correct" : "element wrong");
    }

    /// Whether E's element j of its chunk equals the true element.
    function _elementMatches(
        Game storage g,
        uint256 c,
        bytes calldata chunk,
        uint256 j,
        bytes calldata record,
        InputWitness[] calldata inputs
    ) private view returns (bool) {
        uint256 info = g.outInfo;
        (uint256 e, bool inside) = _elementIndex(info, c, j);
        int256 claimed = CruxOps.elementAt(chunk, uint8(info), j);
        if (!inside) return claimed == 0; // padding beyond the tensor
        return claimed == _trueElement(g.agreed, info, record, e, inputs);
    }

    /// Flat index of element j of chunk c of the output, and whether it lies
    /// inside the tensor. j must be below the elements per chunk.
    function _elementIndex(uint256 info, uint256 c, uint256 j) private pure returns (uint256 e, bool inside) {
        uint8 dtype = uint8(info);
        uint32[4] memory dims = CruxMerkle.unpackDims(bytes16(uint128(info >> OUT_DIMS_SHIFT)));
        uint256 es = CruxMerkle.elementSize(dtype);
        uint256 perChunk = CruxMerkle.CHUNK_SIZE / es;
        if (j >= perChunk) revert BadIndex(j, perChunk);
        (, uint256 nBytes) = CruxMerkle.tensorBytes(dtype, uint8(info >> OUT_RANK_SHIFT), dims);
        e = c * perChunk + j;
        inside = e < nBytes / es;
    }

    /// Arguments of KernelVerifier.element besides the record and the inputs.
    struct ElementQuery {
        bytes32 stateRoot;
        uint256 nSlots;
        uint8 dtype;
        uint8 rank;
        uint32[4] dims;
        uint256 e;
    }

    function _trueElement(
        bytes32 stateRoot,
        uint256 info,
        bytes calldata record,
        uint256 e,
        InputWitness[] calldata inputs
    ) private view returns (int256) {
        ElementQuery memory q = ElementQuery(
            stateRoot,
            (info >> OUT_NSLOTS_SHIFT) & 0xffff,
            uint8(info),
            uint8(info >> OUT_RANK_SHIFT),
            CruxMerkle.unpackDims(bytes16(uint128(info >> OUT_DIMS_SHIFT))),
            e
        );
        return _callVerifier(q, record, inputs);
    }

    function _callVerifier(ElementQuery memory q, bytes calldata record, InputWitness[] calldata inputs)
        private
        view
        returns (int256)
    {
        return verifier.element(q.stateRoot, q.nSlots, record, q.dtype, q.rank, q.dims, q.e, inputs);
    }

    /// @notice Ends a game whose leaf lies beyond the tensor (c >= nChunks): the
    /// true leaf is the zero leaf. E loses if its leaf is not the zero leaf, else
    /// C loses. Anyone may call; clocks do not matter.
    /// @param gameId The game.
    function resolveLeaf(uint256 gameId) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        _requirePhase(gameId, m, PHASE_ELEMENT);
        uint256 index = (m >> INDEX_SHIFT) & MASK24;
        uint256 nChunks = (m >> NCHUNKS_SHIFT) & MASK24;
        if (index < nChunks) revert LeafWithinTensor(index, nChunks);
        bool executorWon = g.rootE == CruxMerkle.ZERO_CHUNK_LEAF;
        _resolve(gameId, g, m, executorWon, executorWon ? "zero leaf beyond tensor" : "nonzero leaf beyond tensor");
    }

    /// @notice Ends a game whose side to move has used up its clock: that side
    /// loses. Anyone may call. Not for a leaf beyond the tensor (resolveLeaf
    /// decides that one on the facts).
    /// @param gameId The game.
    function timeout(uint256 gameId) external {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        uint256 phase = m & MASK8;
        if (phase == PHASE_NONE || phase >= PHASE_EXECUTOR_WON) _requirePhase(gameId, m, PHASE_STEP);
        if (phase == PHASE_ELEMENT && ((m >> INDEX_SHIFT) & MASK24) >= ((m >> NCHUNKS_SHIFT) & MASK24)) {
            revert LeafBeyondTensor((m >> INDEX_SHIFT) & MASK24, (m >> NCHUNKS_SHIFT) & MASK24);
        }
        bool eToMove = ((m >> TURN_SHIFT) & MASK8) == TURN_E;
        uint256 left = (m >> (eToMove ? CLOCK_E_SHIFT : CLOCK_C_SHIFT)) & MASK32;
        uint256 elapsed = block.timestamp - ((m >> LAST_SHIFT) & MASK40);
        if (elapsed < left) revert ClockRunning(gameId, left - elapsed);
        _resolve(gameId, g, m, !eToMove, eToMove ? "executor timed out" : "challenger timed out");
    }

    // ------------------------------------------------------------------
    // Direct proofs
    // ------------------------------------------------------------------

    /// @notice Proves in one transaction that a pending commitment's step count is
    /// wrong: header, slotsHash, outputsHash and opsRoot hash to its program root
    /// and the header's nOps differs from its steps. Rejects the commitment,
    /// slashes the executor and credits the caller the winner's share.
    /// @param resultId The commitment (pending, inside its window).
    /// @param header The 16-byte program header.
    /// @param slotsHash keccak256 of the slot table bytes.
    /// @param outputsHash keccak256 of the outputs list.
    /// @param opsRoot The root of the ops tree.
    function proveStepCount(
        uint256 resultId,
        bytes calldata header,
        bytes32 slotsHash,
        bytes32 outputsHash,
        bytes32 opsRoot
    ) external {
        IResultRegistry.Commitment memory c = resultRegistry.commitment(resultId);
        if (header.length != 16) revert BadHeader();
        if (CruxMerkle.programRoot(bytes16(header), slotsHash, outputsHash, opsRoot) != c.programRoot) {
            revert ProgramRootMismatch();
        }
        if (CruxMerkle.headerNOps(bytes16(header)) == c.steps) revert StepCountMatches();
        _directWin(resultId, "step count");
    }

    /// @notice Proves in one transaction that a pending commitment's output root
    /// is wrong: `outputs` (the output slots' indices, big-endian uint16) hashes
    /// to the program's outputs hash; slot proof k proves output slot k's root
    /// under finalState (depth from the header's nSlots); the output tree over
    /// those roots differs from outputRoot. Rejects, slashes and credits the
    /// caller as proveStepCount.
    /// @param resultId The commitment (pending, inside its window).
    /// @param header The 16-byte program header.
    /// @param slotsHash keccak256 of the slot table bytes.
    /// @param outputs The outputs list (2 bytes per output slot, 1..64 slots).
    /// @param opsRoot The root of the ops tree.
    /// @param slots One slot proof per output slot, in the order of `outputs`.
    function proveOutputRoot(
        uint256 resultId,
        bytes calldata header,
        bytes32 slotsHash,
        bytes calldata outputs,
        bytes32 opsRoot,
        SlotProof[] calldata slots
    ) external {
        IResultRegistry.Commitment memory c = resultRegistry.commitment(resultId);
        if (header.length != 16) revert BadHeader();
        if (
            CruxMerkle.programRoot(bytes16(header), slotsHash, CruxMerkle.outputsHash(outputs), opsRoot)
                != c.programRoot
        ) revert ProgramRootMismatch();
        uint256 count = outputs.length / 2;
        if (count == 0 || outputs.length % 2 != 0 || count > MAX_OUTPUTS || slots.length != count) {
            revert BadOutputs();
        }
        uint256 nSlots = CruxMerkle.headerNSlots(bytes16(header));
        bytes32[] memory leaves = new bytes32[](count);
        for (uint256 k; k < count; ++k) {
            uint256 slot = uint16(bytes2(outputs[2 * k:2 * k + 2]));
            if (!CruxMerkle.verifySlot(c.finalState, nSlots, slot, slots[k].root, slots[k].siblings)) {
                revert BadSlotProof(k);
            }
            leaves[k] = slots[k].root;
        }
        if (CruxMerkle.rootOfLeaves(leaves, CruxMerkle.ZERO_SLOT_LEAF) == c.outputRoot) revert OutputRootMatches();
        _directWin(resultId, "output root");
    }

    // ------------------------------------------------------------------
    // Payouts
    // ------------------------------------------------------------------

    /// @notice Sends the caller everything it is owed (bonds returned, rewards).
    function withdrawPayout() external nonReentrant {
        uint256 amount = payouts[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        payouts[msg.sender] = 0;
        emit PayoutWithdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice The state of game `gameId` (phase None if it does not exist).
    /// @param gameId The game.
    function games(uint256 gameId) external view returns (GameView memory v) {
        Game storage g = _games[gameId];
        uint256 m = g.meta;
        v.resultId = g.resultId;
        v.executor = g.executor;
        v.challenger = g.challenger;
        v.phase = Phase(m & MASK8);
        v.executorToMove = ((m >> TURN_SHIFT) & MASK8) == TURN_E;
        v.lastMove = uint64((m >> LAST_SHIFT) & MASK40);
        v.executorClock = uint64((m >> CLOCK_E_SHIFT) & MASK32);
        v.challengerClock = uint64((m >> CLOCK_C_SHIFT) & MASK32);
        v.a = uint64((m >> A_SHIFT) & MASK24);
        v.b = uint64((m >> B_SHIFT) & MASK24);
        v.agreedRoot = g.agreed;
        v.executorRoot = g.rootE;
        v.challengerRoot = g.rootC;
        v.hash = g.hash;
        v.level = uint8(m >> LEVEL_SHIFT);
        v.depth = uint8(m >> DEPTH_SHIFT);
        v.index = uint64((m >> INDEX_SHIFT) & MASK24);
        v.nChunks = uint64((m >> NCHUNKS_SHIFT) & MASK24);
        uint256 info = g.outInfo;
        v.outDtype = uint8(info);
        v.outRank = uint8(info >> OUT_RANK_SHIFT);
        v.outDims = CruxMerkle.unpackDims(bytes16(uint128(info >> OUT_DIMS_SHIFT)));
        v.nSlots = uint16(info >> OUT_NSLOTS_SHIFT);
        v.outSlot = uint16(info >> OUT_SLOT_SHIFT);
    }

    /// @notice Seconds left now on each side's clock (the side to move is
    /// charged since its opponent's last move; 0 once used up).
    /// @param gameId The game.
    function clocks(uint256 gameId) external view returns (uint256 executorLeft, uint256 challengerLeft) {
        uint256 m = _games[gameId].meta;
        executorLeft = (m >> CLOCK_E_SHIFT) & MASK32;
        challengerLeft = (m >> CLOCK_C_SHIFT) & MASK32;
        uint256 phase = m & MASK8;
        if (phase == PHASE_NONE || phase >= PHASE_EXECUTOR_WON) return (executorLeft, challengerLeft);
        uint256 elapsed = block.timestamp - ((m >> LAST_SHIFT) & MASK40);
        if (((m >> TURN_SHIFT) & MASK8) == TURN_E) {
            executorLeft = elapsed >= executorLeft ? 0 : executorLeft - elapsed;
        } else {
            challengerLeft = elapsed >= challengerLeft ? 0 : challengerLeft - elapsed;
        }
    }

    // ------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------

    function _requirePhase(uint256 gameId, uint256 m, uint256 phase) private pure {
        uint256 got = m & MASK8;
        if (got == phase) return;
        if (got == PHASE_NONE) revert UnknownGame(gameId);
        revert WrongPhase(gameId, uint8(got));
    }

    /// Reverts unless msg.sender is the side to move; true if that is E.
    function _checkMover(Game storage g, uint256 m) private view returns (bool eMoves) {
        eMoves = ((m >> TURN_SHIFT) & MASK8) == TURN_E;
        address expected = eMoves ? g.executor : g.challenger;
        if (msg.sender != expected) revert NotYourTurn(expected);
    }

    /// Charges the side to move for the time since the last move (reverting if
    /// that used up its clock) and restarts the timer.
    function _tick(uint256 gameId, uint256 m) private view returns (uint256) {
        uint256 shift = ((m >> TURN_SHIFT) & MASK8) == TURN_E ? CLOCK_E_SHIFT : CLOCK_C_SHIFT;
        uint256 left = (m >> shift) & MASK32;
        uint256 elapsed = block.timestamp - ((m >> LAST_SHIFT) & MASK40);
        if (elapsed >= left) revert ClockExpired(gameId);
        return (m & ~((MASK32 << shift) | (MASK40 << LAST_SHIFT))) | ((left - elapsed) << shift)
            | (block.timestamp << LAST_SHIFT);
    }

    /// Descendants of a node at `level` of a tree of depth `depth`: none at the
    /// leaf level, else the 2^m nodes m = min(4, depth - level) levels below,
    /// which must hash up to `value`.
    function _checkDescendants(bytes32[] calldata desc, uint256 depth, uint256 level, bytes32 value) private pure {
        if (level == depth) {
            if (desc.length != 0) revert BadDescendants();
            return;
        }
        uint256 s = depth - level < 4 ? depth - level : 4;
        if (desc.length != (uint256(1) << s) || CruxMerkle.subtreeRoot(desc) != value) revert BadDescendants();
    }

    /// Ends a game: records the outcome, tells the ResultRegistry, moves the
    /// bond and (if C won) the slashed stake to payouts and the burn address.
    function _resolve(uint256 gameId, Game storage g, uint256 m, bool executorWon, string memory reason) private {
        g.meta = (m & ~MASK8) | (executorWon ? PHASE_EXECUTOR_WON : PHASE_CHALLENGER_WON);
        uint256 resultId = g.resultId;
        address executor = g.executor;
        resultRegistry.gameResolved(resultId, executorWon);
        uint256 burn;
        if (executorWon) {
            uint256 reward = (challengerBond * rewardBps) / BPS;
            burn = challengerBond - reward;
            payouts[executor] += reward;
        } else {
            uint256 slashed = providerRegistry.slash(executor, slashAmount);
            uint256 reward = (slashed * rewardBps) / BPS;
            burn = slashed - reward;
            payouts[g.challenger] += challengerBond + reward;
        }
        emit GameResolved(gameId, resultId, executorWon, reason);
        _burn(burn);
    }

    /// Rejects the commitment after a direct proof, slashes its executor and
    /// credits the caller.
    function _directWin(uint256 resultId, string memory kind) private {
        address executor = resultRegistry.reject(resultId);
        uint256 slashed = providerRegistry.slash(executor, slashAmount);
        uint256 reward = (slashed * rewardBps) / BPS;
        payouts[msg.sender] += reward;
        emit DirectProof(resultId, msg.sender, kind, slashed);
        _burn(slashed - reward);
    }

    function _burn(uint256 amount) private {
        if (amount == 0) return;
        totalBurned += amount;
        (bool ok,) = BURN_ADDRESS.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
