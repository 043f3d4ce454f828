// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {Model, Prepared} from "./utils/Model.sol";
import {World, WTrace} from "./utils/World.sol";
import {WorldPlayer, WGame, DescendMove, BisectMove, RevealMove, ProveMove} from "./utils/WorldPlayer.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IKernelVerifier} from "../src/interfaces/IKernelVerifier.sol";
import {OpProof, SlotWitness, InputWitness, SlotProof} from "../src/CruxTypes.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// A challenger contract that re-enters withdrawPayout from its receive hook.
contract PayoutReentrant {
    DisputeGame internal g;
    bool internal armed;
    bytes public innerError;

    constructor(DisputeGame g_) payable {
        g = g_;
    }

    function open(uint256 rid, bytes32 claim, bytes32[] calldata d) external returns (uint256) {
        return g.open{value: g.challengerBond()}(rid, claim, d);
    }

    function withdraw() external {
        armed = true;
        g.withdrawPayout();
    }

    receive() external payable {
        if (!armed) return;
        armed = false;
        try g.withdrawPayout() {
            innerError = "reentered";
        } catch (bytes memory err) {
            innerError = err;
        }
    }
}

/// A challenger contract that refuses ETH.
contract PayoutRefuser {
    function open(DisputeGame g, uint256 rid, bytes32 claim, bytes32[] calldata d) external payable returns (uint256) {
        return g.open{value: msg.value}(rid, claim, d);
    }

    function withdraw(DisputeGame g) external {
        g.withdrawPayout();
    }
}

/// Unit tests of every DisputeGame entry point, with every way to misuse it:
/// unknown game or result, wrong phase, wrong caller or turn, expired or still
/// running clock, bad witnesses, double resolution, wrong bond. Games are played
/// on the World program (test/utils/World.sol), whose traces are cheap.
contract DisputeGameUnitTest is Fixture, WorldPlayer {
    uint256 internal constant N = 40; // two bisections: 40 -> 2/3 -> 1

    function setUp() public {
        deployAll();
        bondAs(exec, 5 ether);
        world = new World();
        dg = game;
    }

    // ------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------

    function honest() internal pure returns (WTrace memory) {
        return WTrace(0, 0);
    }

    function bad(uint8 variant, uint256 step) internal pure returns (WTrace memory) {
        return WTrace(variant, step);
    }

    function post(uint256 n, WTrace memory e) internal returns (uint256) {
        bytes32 root = world.programRoot(n);
        bytes32 s0 = world.initState();
        bytes32 outRoot = world.outputRoot(e, n);
        bytes32 fin = world.state(e, n);
        vm.prank(exec);
        return results.postResult(keccak256("job"), root, s0, outRoot, fin, uint64(n));
    }

    function openAs(address who, uint256 rid, uint256 n, WTrace memory c) internal returns (uint256 id) {
        bytes32 claim = world.state(c, n);
        bytes32[] memory d = world.dissection(c, 0, n);
        vm.prank(who);
        id = game.open{value: BOND}(rid, claim, d);
    }

    function start(uint256 n, WTrace memory e, WTrace memory c) internal returns (WGame memory g) {
        uint256 rid = post(n, e);
        g = WGame(0, n, e, c, exec, chal);
        g.id = openAs(chal, rid, n, c);
    }

    /// E cheats (y wrong from step 7 on, inside chunk 0), C is honest.
    function cheatE() internal returns (WGame memory) {
        return start(N, bad(1, 7), honest());
    }

    /// C cheats the same way, E is honest.
    function cheatC() internal returns (WGame memory) {
        return start(N, honest(), bad(1, 7));
    }

    function phase(WGame memory g) internal view returns (uint256) {
        return uint256(game.games(g.id).phase);
    }

    function move(WGame memory g) internal {
        (bool ok, bytes memory err) = wMove(g);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
    }

    function err1(bytes4 sel, uint256 a) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(sel, a);
    }

    function err2(bytes4 sel, uint256 a, uint256 b) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(sel, a, b);
    }

    function wrongPhase(uint256 id, IDisputeGame.Phase p) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ICruxErrors.WrongPhase.selector, id, uint8(p));
    }

    function notYourTurn(address expected) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ICruxErrors.NotYourTurn.selector, expected);
    }

    // ------------------------------------------------------------------
    // Constructor and receive
    // ------------------------------------------------------------------

    struct Params {
        address r;
        address p;
        address v;
        uint256 bond;
        uint256 slash;
        uint256 bps;
        uint256 clock;
    }

    function params() internal view returns (Params memory) {
        return Params(address(results), address(providers), address(verifier), 1, 1, 0, CLOCK);
    }

    function deployGame(Params memory q) internal returns (DisputeGame) {
        return new DisputeGame(
            IResultRegistry(q.r), IProviderRegistry(q.p), IKernelVerifier(q.v), q.bond, q.slash, q.bps, q.clock
        );
    }

    function test_constructor_rejectsBadParameters() public {
        Params memory q = params();
        q.r = address(0);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        deployGame(q);
        q = params();
        q.p = address(0);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        deployGame(q);
        q = params();
        q.v = address(0);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        deployGame(q);
        q = params();
        q.bond = 0;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "challengerBond"));
        deployGame(q);
        q = params();
        q.slash = 0;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "slashAmount"));
        deployGame(q);
        q = params();
        q.bps = 10_001;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "rewardBps"));
        deployGame(q);
        q = params();
        q.clock = 0;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "clockDuration"));
        deployGame(q);
        q.clock = uint256(type(uint32).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "clockDuration"));
        deployGame(q);
        // 1 day + 2 * 12 h is not less than the 2-day unbonding delay.
        q.clock = 12 hours;
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.UnbondingDelayTooShort.selector, UNBONDING, UNBONDING));
        deployGame(q);
        q = Params(address(results), address(providers), address(verifier), 3, 4, 10_000, 12 hours - 1);
        DisputeGame ok = deployGame(q);
        assertEq(ok.challengerBond(), 3, "bond");
        assertEq(ok.slashAmount(), 4, "slash");
        assertEq(ok.rewardBps(), 10_000, "bps");
        assertEq(ok.clockDuration(), 12 hours - 1, "clock");
        assertEq(ok.gameCount(), 0, "no games");
    }

    function test_receive_onlyFromProviderRegistry() public {
        vm.prank(stranger);
        (bool ok, bytes memory err) = address(game).call{value: 1}("");
        assertFalse(ok, "stranger's ETH refused");
        assertEq(err, abi.encodeWithSelector(ICruxErrors.UnexpectedEther.selector), "UnexpectedEther");
        vm.deal(address(providers), 1);
        vm.prank(address(providers));
        (ok,) = address(game).call{value: 1}("");
        assertTrue(ok, "ProviderRegistry's ETH accepted");
    }

    // ------------------------------------------------------------------
    // open
    // ------------------------------------------------------------------

    function test_open() public {
        uint256 rid = post(N, bad(1, 7));
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        vm.expectEmit(address(game));
        emit IDisputeGame.GameOpened(1, rid, chal, claim, d);
        vm.prank(chal);
        uint256 id = game.open{value: BOND}(rid, claim, d);
        assertEq(id, 1, "first id");
        assertEq(game.gameCount(), 1, "count");
        assertEq(address(game).balance, BOND, "bond held");
        assertEq(results.commitment(rid).openGames, 1, "counted as open");
        IDisputeGame.GameView memory v = game.games(id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.Step), "step phase");
        assertEq(v.resultId, rid, "result");
        assertEq(v.executor, exec, "executor");
        assertEq(v.challenger, chal, "challenger");
        assertTrue(v.executorToMove, "E to move");
        assertEq(v.lastMove, block.timestamp, "last move");
        assertEq(v.executorClock, CLOCK, "E clock");
        assertEq(v.challengerClock, CLOCK, "C clock");
        assertEq(v.a, 0, "a");
        assertEq(v.b, N, "b");
        assertEq(v.agreedRoot, world.initState(), "R_0");
        assertEq(v.executorRoot, world.state(bad(1, 7), N), "E's S_n");
        assertEq(v.challengerRoot, claim, "C's S_n");
        assertEq(v.hash, keccak256(abi.encodePacked(d)), "dissection hash");
        // A second challenger opens its own game on the same commitment.
        uint256 id2 = openAs(chal2, rid, N, honest());
        assertEq(id2, 2, "second id");
        assertEq(results.commitment(rid).openGames, 2, "two open");
    }

    function test_open_wrongBond() public {
        uint256 rid = post(N, bad(1, 7));
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        uint256[3] memory wrong = [uint256(0), BOND - 1, BOND + 1];
        for (uint256 k; k < 3; ++k) {
            vm.prank(chal);
            vm.expectRevert(err2(ICruxErrors.WrongBond.selector, BOND, wrong[k]));
            game.open{value: wrong[k]}(rid, claim, d);
        }
    }

    function test_open_unknownResult() public {
        vm.prank(chal);
        vm.expectRevert(err1(ICruxErrors.UnknownResult.selector, 99));
        game.open{value: BOND}(99, bytes32(uint256(1)), new bytes32[](0));
        vm.prank(chal);
        vm.expectRevert(err1(ICruxErrors.UnknownResult.selector, 0));
        game.open{value: BOND}(0, bytes32(uint256(1)), new bytes32[](0));
    }

    function test_open_finalizedOrRejectedResult() public {
        uint256 rid = post(N, honest());
        vm.warp(block.timestamp + WINDOW);
        results.finalize(rid);
        bytes32 claim = world.state(bad(1, 7), N);
        bytes32[] memory d = world.dissection(bad(1, 7), 0, N);
        vm.prank(chal);
        vm.expectRevert(err2(ICruxErrors.NotPending.selector, rid, uint8(IResultRegistry.Status.Finalized)));
        game.open{value: BOND}(rid, claim, d);

        WGame memory g = cheatE();
        vm.warp(block.timestamp + CLOCK);
        game.timeout(g.id);
        uint256 rid2 = game.games(g.id).resultId;
        claim = world.state(honest(), N);
        d = world.dissection(honest(), 0, N);
        vm.prank(chal2);
        vm.expectRevert(err2(ICruxErrors.NotPending.selector, rid2, uint8(IResultRegistry.Status.Rejected)));
        game.open{value: BOND}(rid2, claim, d);
    }

    function test_open_afterWindow() public {
        uint256 rid = post(N, bad(1, 7));
        uint256 deadline = results.commitment(rid).deadline;
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        vm.warp(deadline);
        vm.prank(chal);
        vm.expectRevert(err2(ICruxErrors.WindowClosed.selector, rid, deadline));
        game.open{value: BOND}(rid, claim, d);
        vm.warp(deadline - 1);
        vm.prank(chal);
        game.open{value: BOND}(rid, claim, d); // the last second of the window
    }

    function test_open_claimMatchesFinalState() public {
        uint256 rid = post(N, honest());
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        vm.prank(chal);
        vm.expectRevert(ICruxErrors.ClaimMatchesFinalState.selector);
        game.open{value: BOND}(rid, claim, d);
    }

    function test_open_badDissectionLength() public {
        uint256 rid = post(N, bad(1, 7));
        bytes32 claim = world.state(honest(), N);
        vm.startPrank(chal);
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 15, 14));
        game.open{value: BOND}(rid, claim, new bytes32[](14));
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 15, 16));
        game.open{value: BOND}(rid, claim, new bytes32[](16));
        vm.stopPrank();
        // n = 5: P = 5, four roots; n = 1: none.
        uint256 rid5 = post(5, bad(1, 2));
        uint256 rid1 = post(1, bad(1, 1));
        vm.startPrank(chal);
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 4, 15));
        game.open{value: BOND}(rid5, claim, new bytes32[](15));
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 0, 1));
        game.open{value: BOND}(rid1, claim, new bytes32[](1));
        vm.stopPrank();
    }

    /// n = 1: the game starts in the write phase with no dissection stored.
    function test_open_singleStep() public {
        WGame memory g = start(1, bad(1, 1), honest());
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.WriteFirst), "write phase");
        assertEq(v.hash, bytes32(0), "no dissection");
        assertEq(v.b, 1, "b");
        wPlayTo(g, IDisputeGame.Phase.ChallengerWon);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ChallengerWon), "E loses");
    }

    // ------------------------------------------------------------------
    // bisect
    // ------------------------------------------------------------------

    function test_bisect() public {
        WGame memory g = cheatE();
        vm.warp(block.timestamp + 100);
        BisectMove memory mv = bisectArgs(g);
        // 40 steps, P = 16: points a + floor(t * 40 / 16); E's fault is at step 7,
        // so the first differing point is p_3 = 7 and the interval [5, 7].
        assertEq(mv.t, 3, "t");
        vm.expectEmit(address(game));
        emit IDisputeGame.Bisected(g.id, exec, 5, 7, mv.mine, mv.next);
        vm.prank(exec);
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(v.a, 5, "a");
        assertEq(v.b, 7, "b");
        assertEq(v.agreedRoot, mv.theirs[1], "agreed = C's root at p_2");
        assertEq(v.executorRoot, mv.mine, "E's root at 7");
        assertEq(v.challengerRoot, mv.theirs[2], "C's root at 7");
        assertEq(v.hash, keccak256(abi.encodePacked(mv.next)), "E's dissection");
        assertFalse(v.executorToMove, "C to move");
        assertEq(v.executorClock, CLOCK - 100, "E charged");
        assertEq(v.challengerClock, CLOCK, "C not charged");
        assertEq(v.lastMove, block.timestamp, "timer restarted");
        // C: [5, 7] has P = 2 and E's one root at 6 agrees with C's: C picks t = 2
        // (its root at 7 is the stored one), [6, 7] has length 1: the write phase.
        mv = bisectArgs(g);
        assertEq(mv.t, 2, "t = P");
        vm.prank(chal);
        game.bisect(g.id, mv.theirs, mv.t, bytes32(uint256(0xbeef)), mv.next); // `mine` is ignored when t = P
        v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.WriteFirst), "write phase");
        assertEq(v.a, 6, "i = 6");
        assertEq(v.b, 7, "b");
        assertEq(v.agreedRoot, mv.theirs[0], "agreed = E's root at 6");
        assertEq(v.challengerRoot, world.state(honest(), 7), "C's root at b unchanged");
        assertTrue(v.executorToMove, "E to move");
        assertEq(mv.next.length, 0, "no dissection of a length-1 interval");
    }

    /// Picking t = 1 keeps the agreed root R_a.
    function test_bisect_firstInterval() public {
        WGame memory g = start(N, bad(1, 1), honest());
        BisectMove memory mv = bisectArgs(g);
        assertEq(mv.t, 1, "t");
        vm.prank(exec);
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(v.agreedRoot, world.initState(), "R_0 kept");
        assertEq(v.a, 0, "a");
        assertEq(v.b, 2, "b");
    }

    function test_bisect_misuse() public {
        WGame memory g = cheatE();
        BisectMove memory mv = bisectArgs(g);
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 77));
        game.bisect(77, mv.theirs, mv.t, mv.mine, mv.next);
        // not your turn: C, a stranger
        vm.prank(chal);
        vm.expectRevert(notYourTurn(exec));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        vm.prank(stranger);
        vm.expectRevert(notYourTurn(exec));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        vm.startPrank(exec);
        // the opponent's dissection: wrong length, wrong content
        bytes32[] memory shortD = new bytes32[](14);
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 15, 14));
        game.bisect(g.id, shortD, mv.t, mv.mine, mv.next);
        bytes32[] memory forged = Model.copyRoots(mv.theirs);
        forged[9] = keccak256("forged");
        vm.expectRevert(ICruxErrors.DissectionMismatch.selector);
        game.bisect(g.id, forged, mv.t, mv.mine, mv.next);
        // t out of 1..P
        vm.expectRevert(err2(ICruxErrors.BadIndex.selector, 0, 16));
        game.bisect(g.id, mv.theirs, 0, mv.mine, mv.next);
        vm.expectRevert(err2(ICruxErrors.BadIndex.selector, 17, 16));
        game.bisect(g.id, mv.theirs, 17, mv.mine, mv.next);
        // agreeing with the opponent at p_t
        vm.expectRevert(ICruxErrors.RootsAgree.selector);
        game.bisect(g.id, mv.theirs, mv.t, mv.theirs[mv.t - 1], mv.next);
        // next: [5, 7] needs one root
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 1, 2));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, new bytes32[](2));
        vm.expectRevert(err2(ICruxErrors.BadDissectionLength.selector, 1, 0));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, new bytes32[](0));
        vm.stopPrank();
        // the clock: the last second is usable, then it has run out
        uint256 snap = block.timestamp;
        vm.warp(snap + CLOCK);
        vm.prank(exec);
        vm.expectRevert(err1(ICruxErrors.ClockExpired.selector, g.id));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        vm.warp(snap + CLOCK - 1);
        vm.prank(exec);
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        assertEq(game.games(g.id).executorClock, 1, "one second left");
        // a second move by the same side
        vm.prank(exec);
        vm.expectRevert(notYourTurn(chal));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
    }

    function test_bisect_wrongPhase() public {
        WGame memory g = start(1, bad(1, 1), honest()); // write phase
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.WriteFirst));
        game.bisect(g.id, new bytes32[](0), 1, bytes32(0), new bytes32[](0));
        WGame memory h = cheatE();
        BisectMove memory mv = bisectArgs(h);
        vm.warp(block.timestamp + CLOCK);
        game.timeout(h.id);
        vm.prank(exec);
        vm.expectRevert(wrongPhase(h.id, IDisputeGame.Phase.ChallengerWon));
        game.bisect(h.id, mv.theirs, mv.t, mv.mine, mv.next);
    }

    // ------------------------------------------------------------------
    // revealWrite
    // ------------------------------------------------------------------

    function toWrite(WGame memory g) internal {
        wPlayTo(g, IDisputeGame.Phase.WriteFirst);
    }

    function test_revealWrite() public {
        WGame memory g = cheatE();
        toWrite(g);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(v.a, 6, "i");
        assertTrue(v.executorToMove, "E first");
        RevealMove memory mv = revealArgs(g);
        vm.expectEmit(address(game));
        emit IDisputeGame.WriteRevealed(g.id, exec, 1, mv.root, mv.desc);
        vm.prank(exec);
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
        v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.WriteSecond), "second reveal due");
        assertEq(v.executorRoot, mv.root, "E's data root");
        assertEq(v.hash, keccak256(mv.op.record), "record hash");
        assertEq(v.outSlot, 1, "out slot");
        assertEq(v.nSlots, 2, "nSlots");
        assertEq(v.outDtype, 1, "dtype");
        assertEq(v.outRank, 1, "rank");
        assertEq(v.outDims[0], 3000, "dims");
        assertEq(v.depth, 2, "depth");
        assertEq(v.nChunks, 3, "nChunks");
        assertFalse(v.executorToMove, "C next");
        // the same side again
        vm.prank(exec);
        vm.expectRevert(notYourTurn(chal));
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
        move(g); // C reveals
        v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.Chunk), "chunk phase");
        assertTrue(v.executorToMove, "the first revealer moves first");
        assertEq(v.challengerRoot, world.dataRoot(0), "C's data root");
        // a third reveal
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Chunk));
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
    }

    function test_revealWrite_misuse() public {
        WGame memory g = cheatE();
        RevealMove memory mv = revealArgs(g);
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Step));
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 5));
        game.revealWrite(5, mv.op, mv.w, mv.root, mv.desc);
        toWrite(g);
        mv = revealArgs(g);
        vm.prank(chal);
        vm.expectRevert(notYourTurn(exec));
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);

        vm.startPrank(exec);
        OpProof memory badOp = cloneOp(mv.op);
        badOp.header = bytes.concat(bytes15(bytes16(mv.op.header)));
        vm.expectRevert(ICruxErrors.BadHeader.selector);
        game.revealWrite(g.id, badOp, mv.w, mv.root, mv.desc);
        badOp = cloneOp(mv.op);
        badOp.siblings[2] = keccak256("x");
        vm.expectRevert(ICruxErrors.BadOpProof.selector);
        game.revealWrite(g.id, badOp, mv.w, mv.root, mv.desc);
        badOp = cloneOp(mv.op);
        badOp.record[8] = 0x01; // a relu with a parameter is another op
        vm.expectRevert(ICruxErrors.BadOpProof.selector);
        game.revealWrite(g.id, badOp, mv.w, mv.root, mv.desc);
        OpProof memory other = world.opProof(N, 39); // another position's proof (i = 6)
        vm.expectRevert(ICruxErrors.BadOpProof.selector);
        game.revealWrite(g.id, other, mv.w, mv.root, mv.desc);
        badOp = cloneOp(mv.op);
        badOp.siblings = new bytes32[](5); // depth 6 expected
        vm.expectRevert(ICruxErrors.BadOpProof.selector);
        game.revealWrite(g.id, badOp, mv.w, mv.root, mv.desc);

        SlotWitness memory badW = cloneW(mv.w);
        badW.dataRoot = keccak256("old");
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, badW, mv.root, mv.desc);
        badW = cloneW(mv.w);
        badW.dims[0] = 3001;
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, badW, mv.root, mv.desc);
        badW = cloneW(mv.w);
        badW.dtype = 3; // no such dtype
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, badW, mv.root, mv.desc);
        badW = cloneW(mv.w);
        badW.siblings[0] = keccak256("sib");
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, badW, mv.root, mv.desc);
        badW = cloneW(mv.w);
        badW.siblings = new bytes32[](2);
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, badW, mv.root, mv.desc);

        // C's (true) data root is not what E's S_{i+1} holds.
        bytes32 cRoot = world.dataRoot(0);
        bytes32[] memory cDesc = world.leaves(0);
        vm.expectRevert(ICruxErrors.StateMismatch.selector);
        game.revealWrite(g.id, mv.op, mv.w, cRoot, cDesc);

        bytes32[] memory badDesc = Model.copyRoots(mv.desc);
        badDesc[3] = keccak256("leaf");
        vm.expectRevert(ICruxErrors.BadDescendants.selector);
        game.revealWrite(g.id, mv.op, mv.w, mv.root, badDesc);
        vm.expectRevert(ICruxErrors.BadDescendants.selector);
        game.revealWrite(g.id, mv.op, mv.w, mv.root, new bytes32[](2));
        vm.expectRevert(ICruxErrors.BadDescendants.selector);
        game.revealWrite(g.id, mv.op, mv.w, mv.root, new bytes32[](0));
        vm.stopPrank();

        vm.warp(block.timestamp + CLOCK);
        vm.prank(exec);
        vm.expectRevert(err1(ICruxErrors.ClockExpired.selector, g.id));
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
    }

    /// A side that cannot make a valid reveal (here: a slot witness not in S_i)
    /// loses on time.
    function test_revealWrite_cannotAnswerLosesOnTime() public {
        WGame memory g = cheatC();
        toWrite(g);
        move(g); // E reveals
        RevealMove memory mv = revealArgs(g);
        mv.w.siblings[0] = keccak256("C also changed x");
        vm.prank(chal);
        vm.expectRevert(ICruxErrors.BadOutSlotWitness.selector);
        game.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc);
        vm.warp(block.timestamp + CLOCK);
        game.timeout(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "C timed out");
    }

    function cloneOp(OpProof memory op) internal pure returns (OpProof memory c) {
        c.record = bytes.concat(op.record);
        c.header = bytes.concat(op.header);
        c.slotsHash = op.slotsHash;
        c.outputsHash = op.outputsHash;
        c.siblings = Model.copyRoots(op.siblings);
    }

    function cloneW(SlotWitness memory w) internal pure returns (SlotWitness memory c) {
        c.dtype = w.dtype;
        c.rank = w.rank;
        for (uint256 k; k < 4; ++k) {
            c.dims[k] = w.dims[k]; // memory arrays assign by reference
        }
        c.dataRoot = w.dataRoot;
        c.siblings = Model.copyRoots(w.siblings);
    }

    // ------------------------------------------------------------------
    // descend
    // ------------------------------------------------------------------

    function test_descend() public {
        WGame memory g = cheatE();
        wPlayTo(g, IDisputeGame.Phase.Chunk);
        DescendMove memory d = descendArgs(g);
        assertEq(d.j, 0, "chunk 0 differs");
        vm.expectEmit(address(game));
        emit IDisputeGame.Descended(g.id, exec, 2, 0, d.next);
        vm.prank(exec);
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.Element), "leaf reached");
        assertEq(v.level, 2, "level");
        assertEq(v.index, 0, "index");
        assertEq(v.executorRoot, d.mine, "E's leaf");
        assertEq(v.challengerRoot, d.theirs, "C's leaf");
        assertTrue(v.executorToMove, "E reveals");
    }

    function test_descend_misuse() public {
        WGame memory g = start(N, bad(2, 7), honest()); // differs in chunk 2
        DescendMove memory d = descendArgs(g);
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Step));
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next);
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 9));
        game.descend(9, d.j, d.theirs, d.ts, d.mine, d.ms, d.next);
        wPlayTo(g, IDisputeGame.Phase.Chunk);
        d = descendArgs(g);
        assertEq(d.j, 2, "chunk 2");
        vm.prank(chal);
        vm.expectRevert(notYourTurn(exec));
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next);
        vm.startPrank(exec);
        vm.expectRevert(err2(ICruxErrors.BadIndex.selector, 4, 4));
        game.descend(g.id, 4, d.theirs, d.ts, d.mine, d.ms, d.next);
        vm.expectRevert(err1(ICruxErrors.BadSiblings.selector, 2));
        game.descend(g.id, d.j, d.theirs, new bytes32[](1), d.mine, d.ms, d.next);
        vm.expectRevert(err1(ICruxErrors.BadSiblings.selector, 2));
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, new bytes32[](3), d.next);
        vm.expectRevert(ICruxErrors.ValuesAgree.selector);
        game.descend(g.id, d.j, d.mine, d.ms, d.mine, d.ms, d.next);
        vm.expectRevert(ICruxErrors.BadTheirProof.selector);
        game.descend(g.id, d.j, keccak256("t"), d.ts, d.mine, d.ms, d.next);
        vm.expectRevert(ICruxErrors.BadTheirProof.selector);
        game.descend(g.id, 0, d.theirs, d.ts, d.mine, d.ms, d.next); // right values, wrong position
        vm.expectRevert(ICruxErrors.BadMyProof.selector);
        game.descend(g.id, d.j, d.theirs, d.ts, keccak256("m"), d.ms, d.next);
        bytes32[] memory badMs = Model.copyRoots(d.ms);
        badMs[1] = keccak256("s");
        vm.expectRevert(ICruxErrors.BadMyProof.selector);
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, badMs, d.next);
        vm.expectRevert(ICruxErrors.BadDescendants.selector);
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, new bytes32[](1)); // nothing below a leaf
        vm.stopPrank();
        vm.warp(block.timestamp + CLOCK);
        vm.prank(exec);
        vm.expectRevert(err1(ICruxErrors.ClockExpired.selector, g.id));
        game.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next);
    }

    // ------------------------------------------------------------------
    // revealChunk, proveElement
    // ------------------------------------------------------------------

    function test_revealChunk() public {
        WGame memory g = start(N, bad(2, 7), honest());
        wPlayTo(g, IDisputeGame.Phase.Element);
        bytes memory ch = revealChunkArg(g);
        bytes memory trueChunk = world.chunk(0, 2);
        vm.prank(exec);
        vm.expectRevert(ICruxErrors.ChunkMismatch.selector);
        game.revealChunk(g.id, trueChunk); // the true chunk is not E's leaf
        bytes memory short = new bytes(1023);
        vm.prank(exec);
        vm.expectRevert(err2(ICruxErrors.BadLength.selector, 1024, 1023));
        game.revealChunk(g.id, short);
        vm.prank(chal);
        vm.expectRevert(notYourTurn(exec));
        game.revealChunk(g.id, ch);
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 3));
        game.revealChunk(3, ch);
        uint256 t0 = block.timestamp;
        vm.warp(t0 + CLOCK);
        vm.prank(exec);
        vm.expectRevert(err1(ICruxErrors.ClockExpired.selector, g.id));
        game.revealChunk(g.id, ch);
        vm.warp(t0);
        vm.expectEmit(address(game));
        emit IDisputeGame.ChunkRevealed(g.id, ch);
        vm.prank(exec);
        game.revealChunk(g.id, ch);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.ElementRevealed), "revealed");
        assertFalse(v.executorToMove, "C to prove");
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ElementRevealed));
        game.revealChunk(g.id, ch);
    }

    function test_revealChunk_wrongPhase() public {
        WGame memory g = cheatE();
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Step));
        game.revealChunk(g.id, new bytes(1024));
    }

    function test_proveElement_challengerWins() public {
        WGame memory g = start(N, bad(2, 7), honest());
        wPlayTo(g, IDisputeGame.Phase.ElementRevealed);
        ProveMove memory mv = proveArgs(g);
        assertEq(mv.j, 2500 - 2048, "the flipped byte");
        vm.warp(block.timestamp + 77);
        vm.expectEmit(address(game));
        emit IDisputeGame.GameResolved(g.id, game.games(g.id).resultId, false, "element wrong");
        vm.prank(chal);
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(uint256(v.phase), uint256(IDisputeGame.Phase.ChallengerWon), "C won");
        assertEq(v.challengerClock, CLOCK, "resolution leaves the stored clocks");
        assertEq(game.payouts(chal), BOND + SLASH / 2, "bond back and half the slash");
        assertEq(providers.stakeOf(exec), 5 ether - SLASH, "slashed");
        assertEq(game.totalBurned(), SLASH / 2, "burned");
        assertEq(uint256(results.statusOf(v.resultId)), uint256(IResultRegistry.Status.Rejected), "rejected");
        // resolved once
        vm.prank(chal);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.timeout(g.id);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.resolveLeaf(g.id);
    }

    function test_proveElement_executorWins() public {
        WGame memory g = cheatC();
        wPlayTo(g, IDisputeGame.Phase.ElementRevealed);
        ProveMove memory mv = proveArgs(g);
        vm.prank(chal);
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins); // a correct element
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "E won");
        assertEq(game.payouts(exec), BOND / 2, "E's share of the bond");
        assertEq(game.payouts(chal), 0, "nothing for C");
        assertEq(game.totalBurned(), BOND / 2, "rest burned");
        assertEq(providers.stakeOf(exec), 5 ether, "no slash");
    }

    /// A non-zero padding byte: the element lies beyond the tensor, its true
    /// value is 0 and no operand witness is needed.
    function test_proveElement_padding() public {
        WGame memory g = start(N, bad(3, 40), honest());
        wPlayTo(g, IDisputeGame.Phase.ElementRevealed);
        ProveMove memory mv = proveArgs(g);
        assertEq(mv.j, 1023, "padding byte");
        assertEq(mv.ins.length, 0, "no witness");
        vm.prank(chal);
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ChallengerWon), "C won");
    }

    function test_proveElement_misuse() public {
        WGame memory g = cheatE();
        wPlayTo(g, IDisputeGame.Phase.Element);
        bytes memory rec = world.record();
        bytes memory e0 = revealChunkArg(g);
        vm.prank(chal);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Element));
        game.proveElement(g.id, e0, 5, rec, new InputWitness[](0));
        move(g); // E reveals
        ProveMove memory mv = proveArgs(g);
        assertEq(mv.j, 5, "byte 5");
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 42));
        game.proveElement(42, mv.ch, mv.j, mv.rec, mv.ins);
        vm.prank(exec);
        vm.expectRevert(notYourTurn(chal));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        vm.prank(stranger);
        vm.expectRevert(notYourTurn(chal));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        vm.startPrank(chal);
        bytes memory other = world.chunk(0, 0); // C's own chunk, not E's
        vm.expectRevert(ICruxErrors.ChunkMismatch.selector);
        game.proveElement(g.id, other, mv.j, mv.rec, mv.ins);
        bytes memory badRec = bytes.concat(mv.rec);
        badRec[0] = 0x02;
        vm.expectRevert(ICruxErrors.RecordMismatch.selector);
        game.proveElement(g.id, mv.ch, mv.j, badRec, mv.ins);
        vm.expectRevert(err2(ICruxErrors.BadIndex.selector, 1024, 1024));
        game.proveElement(g.id, mv.ch, 1024, mv.rec, mv.ins);
        // the verifier's errors come through
        vm.expectRevert(err2(ICruxErrors.WrongInputCount.selector, 1, 0));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, new InputWitness[](0));
        InputWitness[] memory badIns = world.inputs(6, 5);
        badIns[0].slot.siblings[0] = keccak256("y");
        vm.expectRevert(err1(ICruxErrors.BadSlotWitness.selector, 0));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, badIns);
        badIns = world.inputs(6, 5);
        badIns[0].chunks[0].data[0] ^= 0x01;
        vm.expectRevert(err2(ICruxErrors.BadChunkWitness.selector, 0, 0));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, badIns);
        badIns = world.inputs(6, 1500); // chunk 1, but element 5 is in chunk 0
        vm.expectRevert(err2(ICruxErrors.BadChunkWitness.selector, 0, 0));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, badIns);
        vm.stopPrank();
        vm.warp(block.timestamp + CLOCK);
        vm.prank(chal);
        vm.expectRevert(err1(ICruxErrors.ClockExpired.selector, g.id));
        game.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins);
        game.timeout(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "C ran out of time");
    }

    // ------------------------------------------------------------------
    // resolveLeaf
    // ------------------------------------------------------------------

    function test_resolveLeaf() public {
        WGame memory g = start(N, bad(4, 40), honest()); // garbage leaf 3
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 8));
        game.resolveLeaf(8);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.Step));
        game.resolveLeaf(g.id);
        wPlayTo(g, IDisputeGame.Phase.Element);
        IDisputeGame.GameView memory v = game.games(g.id);
        assertEq(v.index, 3, "leaf 3");
        assertEq(v.nChunks, 3, "three chunks");
        // Beyond the tensor neither side can reveal or time out: the facts decide.
        bytes memory garbage = world.chunk(4, 3);
        vm.prank(exec);
        vm.expectRevert(err2(ICruxErrors.LeafBeyondTensor.selector, 3, 3));
        game.revealChunk(g.id, garbage);
        vm.warp(block.timestamp + CLOCK);
        vm.expectRevert(err2(ICruxErrors.LeafBeyondTensor.selector, 3, 3));
        game.timeout(g.id);
        vm.prank(stranger);
        game.resolveLeaf(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ChallengerWon), "non-zero leaf beyond the tensor");
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.resolveLeaf(g.id);
    }

    function test_resolveLeaf_executorWins() public {
        WGame memory g = start(N, honest(), bad(4, 40));
        wPlayTo(g, IDisputeGame.Phase.Element);
        vm.expectEmit(address(game));
        emit IDisputeGame.GameResolved(g.id, game.games(g.id).resultId, true, "zero leaf beyond tensor");
        game.resolveLeaf(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "zero leaf");
    }

    function test_resolveLeaf_withinTensor() public {
        WGame memory g = cheatE();
        wPlayTo(g, IDisputeGame.Phase.Element);
        vm.expectRevert(err2(ICruxErrors.LeafWithinTensor.selector, 0, 3));
        game.resolveLeaf(g.id);
    }

    // ------------------------------------------------------------------
    // timeout and clocks
    // ------------------------------------------------------------------

    function test_timeout_misuse() public {
        vm.expectRevert(err1(ICruxErrors.UnknownGame.selector, 1));
        game.timeout(1);
        WGame memory g = cheatE();
        uint256 t0 = block.timestamp;
        vm.warp(t0 + CLOCK - 1);
        vm.expectRevert(err2(ICruxErrors.ClockRunning.selector, g.id, 1));
        game.timeout(g.id);
        vm.warp(t0 + CLOCK);
        vm.expectEmit(address(game));
        emit IDisputeGame.GameResolved(g.id, game.games(g.id).resultId, false, "executor timed out");
        vm.prank(stranger);
        game.timeout(g.id);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.timeout(g.id);
        // a move after the timeout
        BisectMove memory mv = bisectArgs(g);
        vm.prank(exec);
        vm.expectRevert(wrongPhase(g.id, IDisputeGame.Phase.ChallengerWon));
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
    }

    /// Time used earlier counts: each side has one clock for the whole game.
    function test_timeout_clockAccumulates() public {
        WGame memory g = cheatE();
        vm.warp(block.timestamp + 2 hours);
        move(g); // E used 2 h
        vm.warp(block.timestamp + 5 hours);
        move(g); // C used 5 h
        uint256 t0 = block.timestamp;
        (uint256 eLeft, uint256 cLeft) = game.clocks(g.id);
        assertEq(eLeft, CLOCK - 2 hours, "E left");
        assertEq(cLeft, CLOCK - 5 hours, "C left");
        vm.warp(t0 + CLOCK - 2 hours - 1);
        vm.expectRevert(err2(ICruxErrors.ClockRunning.selector, g.id, 1));
        game.timeout(g.id);
        (eLeft, cLeft) = game.clocks(g.id);
        assertEq(eLeft, 1, "E's last second");
        assertEq(cLeft, CLOCK - 5 hours, "C's clock stands still");
        vm.warp(t0 + CLOCK);
        (eLeft,) = game.clocks(g.id);
        assertEq(eLeft, 0, "used up (clamped)");
        game.timeout(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ChallengerWon), "E timed out");
    }

    /// In every phase the side to move loses on time, whoever it is.
    function test_timeout_everyPhase() public {
        IDisputeGame.Phase[6] memory phases = [
            IDisputeGame.Phase.Step,
            IDisputeGame.Phase.WriteFirst,
            IDisputeGame.Phase.WriteSecond,
            IDisputeGame.Phase.Chunk,
            IDisputeGame.Phase.Element,
            IDisputeGame.Phase.ElementRevealed
        ];
        bondAs(exec, 20 ether); // E loses four of the six games
        for (uint256 k; k < phases.length; ++k) {
            WGame memory g = cheatE();
            wPlayTo(g, phases[k]);
            IDisputeGame.GameView memory v = game.games(g.id);
            assertEq(uint256(v.phase), uint256(phases[k]), "reached");
            (uint256 eLeft, uint256 cLeft) = game.clocks(g.id);
            vm.warp(block.timestamp + (v.executorToMove ? eLeft : cLeft));
            game.timeout(g.id);
            assertEq(
                phase(g),
                uint256(v.executorToMove ? IDisputeGame.Phase.ChallengerWon : IDisputeGame.Phase.ExecutorWon),
                "side to move lost"
            );
        }
    }

    function test_timeout_payouts() public {
        WGame memory g = cheatC();
        BisectMove memory mv = bisectArgs(g);
        vm.prank(exec);
        game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
        vm.warp(block.timestamp + CLOCK);
        game.timeout(g.id);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "C timed out");
        assertEq(game.payouts(exec), BOND / 2, "E's reward");
        assertEq(game.totalBurned(), BOND / 2, "burned");
        assertEq(address(game).balance, BOND / 2, "held until withdrawn");
        assertEq(address(0xdEaD).balance, BOND / 2, "sent to the burn address");
    }

    function test_views_unknownGame() public view {
        IDisputeGame.GameView memory v = game.games(123);
        assertEq(uint256(v.phase), 0, "None");
        assertEq(v.executor, address(0), "no executor");
        (uint256 e, uint256 c) = game.clocks(123);
        assertEq(e + c, 0, "no clocks");
    }

    // ------------------------------------------------------------------
    // Direct proofs
    // ------------------------------------------------------------------

    function postSteps(uint256 realN, uint64 claimedN) internal returns (uint256) {
        bytes32 root = world.programRoot(realN);
        bytes32 s0 = world.initState();
        bytes32 outRoot = world.outputRoot(honest(), realN);
        bytes32 fin = world.state(honest(), realN);
        vm.prank(exec);
        return results.postResult(keccak256("job"), root, s0, outRoot, fin, claimedN);
    }

    function test_proveStepCount() public {
        uint256 rid = postSteps(N, uint64(N + 1));
        Prepared memory p = world.prepared(N);
        vm.expectRevert(ICruxErrors.BadHeader.selector);
        game.proveStepCount(rid, bytes.concat(bytes15(p.header)), p.slotsHash, p.outputsHash, p.opsRoot);
        vm.expectRevert(ICruxErrors.ProgramRootMismatch.selector);
        game.proveStepCount(rid, abi.encodePacked(p.header), keccak256("slots"), p.outputsHash, p.opsRoot);
        vm.expectRevert(ICruxErrors.ProgramRootMismatch.selector); // unknown result: its program root is 0
        game.proveStepCount(99, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
        vm.expectEmit(address(game));
        emit IDisputeGame.DirectProof(rid, stranger, "step count", SLASH);
        vm.prank(stranger);
        game.proveStepCount(rid, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(game.payouts(stranger), SLASH / 2, "prover's share");
        assertEq(game.totalBurned(), SLASH / 2, "burned");
        assertEq(providers.stakeOf(exec), 5 ether - SLASH, "slashed");
        vm.expectRevert(err2(ICruxErrors.NotPending.selector, rid, uint8(IResultRegistry.Status.Rejected)));
        game.proveStepCount(rid, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
        // a right count
        uint256 ok = postSteps(N, uint64(N));
        vm.expectRevert(ICruxErrors.StepCountMatches.selector);
        game.proveStepCount(ok, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
        // after the window, and once finalized
        uint256 late = postSteps(N, uint64(N - 1));
        vm.warp(block.timestamp + WINDOW);
        uint256 deadline = results.commitment(late).deadline;
        vm.expectRevert(err2(ICruxErrors.WindowClosed.selector, late, deadline));
        game.proveStepCount(late, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
        results.finalize(late);
        vm.expectRevert(err2(ICruxErrors.NotPending.selector, late, uint8(IResultRegistry.Status.Finalized)));
        game.proveStepCount(late, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot);
    }

    function test_proveOutputRoot() public {
        Prepared memory p = world.prepared(N);
        bytes32 root = world.programRoot(N);
        bytes32 s0 = world.initState();
        bytes32 fin = world.state(honest(), N);
        vm.prank(exec);
        uint256 rid = results.postResult(keccak256("job"), root, s0, keccak256("wrong"), fin, uint64(N));
        SlotProof[] memory sp = world.finalSlotProof(0);
        bytes memory hdr = abi.encodePacked(p.header);
        vm.expectRevert(ICruxErrors.BadHeader.selector);
        game.proveOutputRoot(rid, new bytes(17), p.slotsHash, p.outputs, p.opsRoot, sp);
        vm.expectRevert(ICruxErrors.ProgramRootMismatch.selector);
        game.proveOutputRoot(rid, hdr, p.slotsHash, hex"0000", p.opsRoot, sp); // outputs: slot 0
        vm.expectRevert(ICruxErrors.BadOutputs.selector);
        game.proveOutputRoot(rid, hdr, p.slotsHash, p.outputs, p.opsRoot, new SlotProof[](2));
        SlotProof[] memory badSp = world.finalSlotProof(0);
        badSp[0].siblings[0] = keccak256("x");
        vm.expectRevert(err1(ICruxErrors.BadSlotProof.selector, 0));
        game.proveOutputRoot(rid, hdr, p.slotsHash, p.outputs, p.opsRoot, badSp);
        badSp = world.finalSlotProof(1); // a slot root that is not in S_n
        vm.expectRevert(err1(ICruxErrors.BadSlotProof.selector, 0));
        game.proveOutputRoot(rid, hdr, p.slotsHash, p.outputs, p.opsRoot, badSp);
        vm.prank(stranger);
        game.proveOutputRoot(rid, hdr, p.slotsHash, p.outputs, p.opsRoot, sp);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(game.payouts(stranger), SLASH / 2, "prover's share");
        // the honest output root stands
        uint256 ok = post(N, honest());
        vm.expectRevert(ICruxErrors.OutputRootMatches.selector);
        game.proveOutputRoot(ok, hdr, p.slotsHash, p.outputs, p.opsRoot, sp);
    }

    /// Output lists that hash to the program's outputs hash but are malformed:
    /// empty, odd, more than 64 slots.
    function test_proveOutputRoot_badOutputLists() public {
        bytes[3] memory lists = [new bytes(0), new bytes(3), new bytes(130)];
        for (uint256 k; k < 3; ++k) {
            badOutputList(lists[k]);
        }
    }

    function badOutputList(bytes memory outputs) internal {
        bytes16 h = Model.header(100, 1);
        bytes32 pr = keccak256(abi.encodePacked(uint8(5), h, bytes32(0), keccak256(outputs), bytes32(0)));
        vm.prank(exec);
        uint256 rid = results.postResult(bytes32(0), pr, bytes32(0), bytes32(0), bytes32(0), 1);
        SlotProof[] memory sp = new SlotProof[](outputs.length / 2);
        vm.expectRevert(ICruxErrors.BadOutputs.selector);
        game.proveOutputRoot(rid, abi.encodePacked(h), bytes32(0), outputs, bytes32(0), sp);
    }

    // ------------------------------------------------------------------
    // withdrawPayout
    // ------------------------------------------------------------------

    function test_withdrawPayout() public {
        vm.prank(chal);
        vm.expectRevert(ICruxErrors.NothingToWithdraw.selector);
        game.withdrawPayout();
        WGame memory g = cheatE();
        vm.warp(block.timestamp + CLOCK);
        game.timeout(g.id);
        uint256 owed = BOND + SLASH / 2;
        uint256 before = chal.balance;
        vm.expectEmit(address(game));
        emit IDisputeGame.PayoutWithdrawn(chal, owed);
        vm.prank(chal);
        game.withdrawPayout();
        assertEq(chal.balance - before, owed, "paid");
        assertEq(game.payouts(chal), 0, "cleared");
        assertEq(address(game).balance, 0, "nothing left in the game");
        vm.prank(chal);
        vm.expectRevert(ICruxErrors.NothingToWithdraw.selector);
        game.withdrawPayout();
        vm.prank(exec); // the loser is owed nothing
        vm.expectRevert(ICruxErrors.NothingToWithdraw.selector);
        game.withdrawPayout();
    }

    function test_withdrawPayout_reentrancy() public {
        uint256 rid = post(N, bad(1, 7));
        PayoutReentrant a = new PayoutReentrant{value: BOND}(game);
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        uint256 id = a.open(rid, claim, d);
        vm.warp(block.timestamp + CLOCK);
        game.timeout(id);
        a.withdraw();
        assertEq(address(a).balance, BOND + SLASH / 2, "paid once");
        assertEq(address(game).balance, 0, "game empty");
        assertEq(
            bytes4(a.innerError()), ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "re-entry refused"
        );
    }

    function test_withdrawPayout_refusingReceiver() public {
        uint256 rid = post(N, bad(1, 7));
        PayoutRefuser r = new PayoutRefuser();
        bytes32 claim = world.state(honest(), N);
        bytes32[] memory d = world.dissection(honest(), 0, N);
        uint256 id = r.open{value: BOND}(game, rid, claim, d);
        vm.warp(block.timestamp + CLOCK);
        game.timeout(id);
        vm.expectRevert(ICruxErrors.TransferFailed.selector);
        r.withdraw(game);
        assertEq(game.payouts(address(r)), BOND + SLASH / 2, "still owed");
    }

    // ------------------------------------------------------------------
    // Registries: the misuses their own tests do not cover
    // ------------------------------------------------------------------

    function test_bond_overflow() public {
        vm.deal(exec2, type(uint256).max);
        bondAs(exec2, type(uint128).max);
        vm.prank(exec2);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "stake"));
        providers.bond{value: 1}();
    }

    /// finalize: exactly at the deadline, after a won game; never twice.
    function test_finalize_afterWonGame() public {
        WGame memory g = cheatC();
        uint256 rid = game.games(g.id).resultId;
        wPlayTo(g, IDisputeGame.Phase.ExecutorWon);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "E won");
        uint256 deadline = results.commitment(rid).deadline;
        vm.warp(deadline - 1);
        vm.expectRevert(err2(ICruxErrors.WindowOpen.selector, rid, deadline));
        results.finalize(rid);
        vm.warp(deadline);
        results.finalize(rid);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Finalized), "finalized");
        vm.expectRevert(err2(ICruxErrors.NotPending.selector, rid, uint8(IResultRegistry.Status.Finalized)));
        results.finalize(rid);
    }

    /// A direct proof while a game is open rejects the commitment at once; the
    /// game goes on, the executor can still win it, and the status stays.
    function test_directProofDuringGame() public {
        Prepared memory p = world.prepared(N);
        bytes32 root = world.programRoot(N);
        bytes32 s0 = world.initState();
        bytes32 fin = world.state(honest(), N);
        vm.prank(exec);
        uint256 rid = results.postResult(keccak256("job"), root, s0, keccak256("wrong"), fin, uint64(N));
        WGame memory g = WGame(0, N, honest(), bad(1, 7), exec, chal);
        g.id = openAs(chal, rid, N, bad(1, 7));
        SlotProof[] memory sp = world.finalSlotProof(0);
        vm.prank(stranger);
        game.proveOutputRoot(rid, abi.encodePacked(p.header), p.slotsHash, p.outputs, p.opsRoot, sp);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(results.commitment(rid).openGames, 1, "the game is still open");
        wPlayTo(g, IDisputeGame.Phase.ExecutorWon);
        assertEq(phase(g), uint256(IDisputeGame.Phase.ExecutorWon), "E won the game");
        assertEq(results.commitment(rid).openGames, 0, "closed");
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "still rejected");
        assertEq(game.payouts(exec), BOND / 2, "E's reward");
    }
}
