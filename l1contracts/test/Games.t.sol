// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {GameDriver, Side, Play} from "./utils/GameDriver.sol";
import {Tensor, Slot, Ref} from "./utils/Ref.sol";
import {Program, Prepared, Fault, Trace, Model} from "./utils/Model.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {SlotProof} from "../src/CruxTypes.sol";

/// Whole games, honest against cheating, played move by move to resolution with
/// the reference model (test/utils) computing every trace, witness and move.
///
/// The standard program (Fixture.gameProgram) has 12 + filler ops; steps 1..12
/// run matmul, add (bias), requant, relu, lut, transpose, slice, concat,
/// reshape, argmax, add (bias row, into an 18-chunk slot), then the filler, and
/// the last step adds into the 18-chunk slot again.
contract GamesTest is GameDriver {
    uint256 internal constant FILLER = 28; // n = 40: two bisections

    function setUp() public {
        deployAll();
        bondAs(exec, 5 ether);
        bondAs(exec2, 5 ether);
    }

    function honestRun(uint256 filler) internal pure returns (Program memory p, Prepared memory pr, Trace memory tr) {
        p = gameProgram(filler);
        pr = Model.prepare(p);
        tr = Model.run(p, inputsFor(p, 42), Model.noFault());
    }

    function newPlay(Program memory p, Prepared memory pr, Trace memory eTr, Trace memory cTr, bool eHonest)
        internal
        view
        returns (Play memory g)
    {
        g.p = p;
        g.pr = pr;
        g.eTrace = eTr;
        g.cTrace = cTr;
        g.e = Side(exec, eHonest, 0, 1);
        g.c = Side(chal, !eHonest, 0, 2);
        g.pause = 600;
    }

    /// E posts a trace with fault f; an honest C challenges and must win.
    function cheatingExecutor(Fault memory f, uint256 filler) internal returns (Play memory g, uint256 rid) {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(filler);
        Trace memory bad = Model.run(p, inputsFor(p, 42), f);
        rid = postTrace(exec, pr, bad);
        g = newPlay(p, pr, bad, tr, false);
        openGame(g, rid);
        uint256 stakeBefore = providers.stakeOf(exec);
        uint256 burnedBefore = game.totalBurned();
        assertFalse(playOut(g), "the cheating executor must lose");
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(providers.stakeOf(exec), stakeBefore - SLASH, "executor slashed");
        uint256 reward = SLASH * REWARD_BPS / 10000;
        assertEq(game.payouts(chal), BOND + reward, "challenger gets its bond and the reward");
        assertEq(game.totalBurned() - burnedBefore, SLASH - reward, "the rest is burned");
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, rid, uint8(IResultRegistry.Status.Rejected))
        );
        results.finalize(rid);
    }

    /// C challenges an honest E with a trace with fault f; E must win.
    function cheatingChallenger(Fault memory f, uint8 strategy) internal returns (Play memory g, uint256 rid) {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        Trace memory bad = Model.run(p, inputsFor(p, 42), f);
        rid = postTrace(exec, pr, tr);
        g = newPlay(p, pr, tr, bad, true);
        g.c.strategy = strategy;
        openGame(g, rid);
        assertTrue(playOut(g), "the honest executor must win");
        assertEq(game.payouts(exec), BOND * REWARD_BPS / 10000, "executor reward");
        assertEq(game.payouts(chal), 0, "challenger gets nothing");
        assertEq(providers.stakeOf(exec), 5 ether, "no slash");
        vm.warp(block.timestamp + WINDOW);
        results.finalize(rid);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Finalized), "finalized");
    }

    // ------------------------------------------------------------------
    // A wrong element in each op's output: the challenger proves it
    // ------------------------------------------------------------------

    function test_game_wrongMatmul() public {
        cheatingExecutor(Model.fault(1, 1, 37, 0), FILLER);
    }

    function test_game_wrongAddBias() public {
        cheatingExecutor(Model.fault(2, 1, 77, 0), FILLER);
    }

    function test_game_wrongRequant() public {
        (Play memory g,) = cheatingExecutor(Model.fault(3, 1, 5, 0), FILLER);
        assertEq(g.moves, 7, "open + 2 bisect + 2 revealWrite + revealChunk + proveElement");
    }

    function test_game_wrongRelu() public {
        cheatingExecutor(Model.fault(4, 1, 31, 0), FILLER);
    }

    function test_game_wrongLut() public {
        cheatingExecutor(Model.fault(5, 1, 7, 0), FILLER);
    }

    function test_game_wrongTranspose() public {
        cheatingExecutor(Model.fault(6, 1, 9, 0), FILLER);
    }

    function test_game_wrongSlice() public {
        cheatingExecutor(Model.fault(7, 1, 19, 0), FILLER);
    }

    function test_game_wrongConcat() public {
        cheatingExecutor(Model.fault(8, 1, 12, 0), FILLER); // an element from x
        cheatingExecutor2(Model.fault(8, 1, 10, 0)); // one from y (row 0, column 10)
    }

    function cheatingExecutor2(Fault memory f) internal {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        Trace memory bad = Model.run(p, inputsFor(p, 42), f);
        uint256 rid = postTrace(exec2, pr, bad);
        Play memory g = newPlay(p, pr, bad, tr, false);
        g.e.addr = exec2;
        g.c.addr = chal2;
        openGame(g, rid);
        assertFalse(playOut(g), "the cheating executor must lose");
    }

    function test_game_wrongReshape() public {
        cheatingExecutor(Model.fault(9, 1, 30, 0), FILLER);
    }

    function test_game_wrongArgmax() public {
        cheatingExecutor(Model.fault(10, 1, 8, 0), FILLER);
    }

    /// The 18-chunk slot: the chunk phase descends 4 levels, then 1.
    function test_game_wrongAddIntoBigSlot() public {
        (Play memory g,) = cheatingExecutor(Model.fault(11, 1, 9001, 0), FILLER);
        assertEq(g.moves, 9, "open + 2 bisect + 2 revealWrite + 2 descend + revealChunk + proveElement");
    }

    function test_game_wrongLastStep() public {
        cheatingExecutor(Model.fault(12 + FILLER, 1, 17999, 0), FILLER);
    }

    function test_game_wrongFillerStep() public {
        cheatingExecutor(Model.fault(25, 1, 3, 0), FILLER);
    }

    // ------------------------------------------------------------------
    // Other kinds of cheating
    // ------------------------------------------------------------------

    /// E's S_f changes a slot the op does not write: E cannot make its
    /// revealWrite and loses on time.
    function test_game_timeout_executorChangedAnotherSlot() public {
        (Play memory g,) = cheatingExecutor(Model.fault(3, 3, 1, 0), FILLER);
        assertEq(uint256(game.games(g.gameId).phase), uint256(IDisputeGame.Phase.ChallengerWon), "C won");
    }

    /// A garbage chunk inside the tensor: E reveals it, C proves an element.
    function test_game_garbageChunkInside() public {
        cheatingExecutor(Model.fault(12 + FILLER, 2, 3, 0), FILLER);
    }

    /// A non-zero leaf beyond the tensor (position 20 of the 18-chunk slot's
    /// 32-leaf tree): resolveLeaf decides for C.
    function test_game_resolveLeaf_executorNonzeroBeyondTensor() public {
        (Play memory g,) = cheatingExecutor(Model.fault(12 + FILLER, 2, 20, 0), FILLER);
        IDisputeGame.GameView memory v = game.games(g.gameId);
        assertEq(v.index, 20, "leaf 20");
        assertEq(v.nChunks, 18, "18 chunks");
    }

    /// The same fault in C's trace: resolveLeaf decides for E.
    function test_game_resolveLeaf_challengerNonzeroBeyondTensor() public {
        (Play memory g,) = cheatingChallenger(Model.fault(40, 2, 31, 0), 0);
        assertEq(game.games(g.gameId).index, 31, "leaf 31");
    }

    /// A non-zero padding byte in the last chunk: C proves the padding element 0.
    function test_game_paddingByteInLastChunk() public {
        cheatingExecutor(Model.fault(12 + FILLER, 4, 0, 0), FILLER);
    }

    // ------------------------------------------------------------------
    // Honest executor against cheating challengers
    // ------------------------------------------------------------------

    function test_game_honestExecutorWins_wrongElement() public {
        cheatingChallenger(Model.fault(2, 1, 1, 0), 0);
    }

    function test_game_honestExecutorWins_bigSlot() public {
        cheatingChallenger(Model.fault(11, 1, 12345, 0), 0);
    }

    function test_game_honestExecutorWins_challengerCannotWrite() public {
        cheatingChallenger(Model.fault(30, 3, 9, 4), 0);
    }

    /// C opens and never moves again: E wins on time.
    function test_game_timeout_silentChallenger() public {
        (Play memory g,) = cheatingChallenger(Model.fault(5, 1, 1, 0), 2);
        assertEq(g.moves, 3, "open, E's bisect, timeout");
    }

    /// A move after the mover's clock ran out reverts; timeout then ends it.
    function test_game_moveAfterTimeoutReverts() public {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        Trace memory bad = Model.run(p, inputsFor(p, 42), Model.fault(5, 1, 1, 0));
        uint256 rid = postTrace(exec, pr, bad);
        Play memory g = newPlay(p, pr, bad, tr, false);
        openGame(g, rid);
        vm.warp(block.timestamp + CLOCK);
        IDisputeGame.GameView memory v = game.games(g.gameId);
        (bool ok, bytes memory err) = moveStep(g, v, g.e, bad);
        assertFalse(ok, "late move");
        assertEq(err, abi.encodeWithSelector(ICruxErrors.ClockExpired.selector, g.gameId), "ClockExpired");
        game.timeout(g.gameId);
        assertEq(uint256(game.games(g.gameId).phase), uint256(IDisputeGame.Phase.ChallengerWon), "E timed out");
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.WrongPhase.selector, g.gameId, uint8(8)));
        game.timeout(g.gameId);
    }

    // ------------------------------------------------------------------
    // Several games on one commitment
    // ------------------------------------------------------------------

    /// Two honest challengers against one cheating executor: both win, the
    /// executor is slashed per game (the second time only what is left).
    function test_game_twoChallengers_bothWin() public {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        Trace memory bad = Model.run(p, inputsFor(p, 42), Model.fault(4, 1, 2, 0));
        address poor = address(0xE3);
        vm.deal(poor, 10 ether);
        bondAs(poor, 3 ether);
        uint256 rid = postTrace(poor, pr, bad);
        Play memory g1 = newPlay(p, pr, bad, tr, false);
        g1.e.addr = poor;
        Play memory g2 = newPlay(p, pr, bad, tr, false);
        g2.e.addr = poor;
        g2.c.addr = chal2;
        openGame(g1, rid);
        openGame(g2, rid);
        assertEq(results.commitment(rid).openGames, 2, "two open games");
        assertFalse(playOut(g1), "first game");
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected by the first");
        assertEq(providers.stakeOf(poor), 1 ether, "slashed 2 of 3");
        assertFalse(playOut(g2), "second game");
        assertEq(providers.stakeOf(poor), 0, "slashed the last 1");
        assertEq(game.payouts(chal), BOND + 1 ether, "first reward: half of 2");
        assertEq(game.payouts(chal2), BOND + 0.5 ether, "second reward: half of 1");
        assertEq(results.commitment(rid).openGames, 0, "no open games");
        // A third challenger cannot open against a rejected commitment.
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, rid, uint8(IResultRegistry.Status.Rejected))
        );
        game.open{value: BOND}(rid, bytes32(uint256(1)), new bytes32[](15));
    }

    /// Two cheating challengers against an honest executor, opened near the end
    /// of the window: E wins both; finalize waits for the last one.
    function test_game_twoChallengers_executorWinsBoth() public {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        uint256 rid = postTrace(exec, pr, tr);
        Play memory g1 = newPlay(p, pr, tr, Model.run(p, inputsFor(p, 42), Model.fault(2, 1, 3, 0)), true);
        Play memory g2 = newPlay(p, pr, tr, Model.run(p, inputsFor(p, 42), Model.fault(11, 1, 4000, 0)), true);
        g2.c.addr = chal2;
        vm.warp(block.timestamp + WINDOW - 1 hours);
        openGame(g1, rid);
        openGame(g2, rid);
        assertTrue(playOut(g1), "E wins the first");
        assertLe(results.commitment(rid).deadline, block.timestamp, "window over");
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.GamesOpen.selector, rid, 1));
        results.finalize(rid);
        assertTrue(playOut(g2), "E wins the second");
        results.finalize(rid);
        assertEq(game.payouts(exec), 2 * (BOND * REWARD_BPS / 10000), "two rewards");
    }

    // ------------------------------------------------------------------
    // Shapes of the step phase
    // ------------------------------------------------------------------

    /// One op: the game starts in the write phase.
    function test_game_singleStep() public {
        Program memory p;
        p.slots = new Slot[](3);
        p.slots[0] = Model.slot(1, 2, Ref.d4(3, 20, 0, 0), true, false);
        p.slots[1] = Model.slot(1, 2, Ref.d4(5, 20, 0, 0), true, false);
        p.slots[2] = Model.slot(2, 2, Ref.d4(3, 5, 0, 0), false, true);
        p.ops = new bytes[](1);
        p.ops[0] = Ref.record(Ref.MATMUL, 2, 0, 1, Ref.noParams());
        Prepared memory pr = Model.prepare(p);
        Trace memory tr = Model.run(p, inputsFor(p, 7), Model.noFault());
        Trace memory bad = Model.run(p, inputsFor(p, 7), Model.fault(1, 1, 13, 0));
        uint256 rid = postTrace(exec, pr, bad);
        Play memory g = newPlay(p, pr, bad, tr, false);
        openGame(g, rid);
        assertEq(uint256(game.games(g.gameId).phase), uint256(IDisputeGame.Phase.WriteFirst), "write phase at once");
        assertFalse(playOut(g), "E loses");
        assertEq(g.moves, 5, "open, 2 revealWrite, revealChunk, proveElement");
    }

    /// 302 steps: three bisections (302 -> 18/19 -> 1/2 -> 1).
    function test_game_deepStepPhase() public {
        (Play memory g,) = cheatingExecutor(Model.fault(200, 1, 0, 0), 290);
        assertEq(g.moves, 8, "open + 3 bisect + 2 revealWrite + revealChunk + proveElement");
    }

    // ------------------------------------------------------------------
    // Fuzz: random faults, random sides, random dishonest strategies
    // ------------------------------------------------------------------

    /// forge-config: default.fuzz.runs = 24
    function testFuzz_game_honestSideAlwaysWins(uint256 seed) public {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(10);
        uint256 n = p.ops.length;
        uint256 step = 1 + seed % n;
        uint256 r = uint256(keccak256(abi.encode(seed)));
        Fault memory f = Model.fault(step, 1, r % 100000, 0);
        if ((r >> 40) % 4 == 0) f = Model.fault(n, 2, 18 + (r >> 50) % 14, 0); // beyond the tensor
        Trace memory bad = Model.run(p, inputsFor(p, 42), f);
        bool eHonest = (r >> 8) % 2 == 0;
        uint256 rid = postTrace(exec, pr, eHonest ? tr : bad);
        Play memory g = newPlay(p, pr, eHonest ? tr : bad, eHonest ? bad : tr, eHonest);
        g.pause = (r >> 16) % 1000;
        uint8 strategy = uint8((r >> 24) % 3);
        if (eHonest) g.c.strategy = strategy;
        else g.e.strategy = strategy;
        g.c.seed = r;
        g.e.seed = r >> 1;
        if (bad.states[n] == tr.states[n]) return; // the flip did not change the final state
        openGame(g, rid);
        assertEq(playOut(g), eHonest, "the honest side wins");
        assertLe(g.moves, 24, "transactions");
    }

    // ------------------------------------------------------------------
    // Direct proofs on a whole program
    // ------------------------------------------------------------------

    function test_direct_stepCount() public {
        (, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        uint256 n = Model.steps(tr);
        uint256 rid = postRaw(exec, pr.root, tr.states[0], tr.outputRoot, tr.states[n], uint64(n + 1));
        bytes memory hdr = abi.encodePacked(pr.header);
        vm.prank(stranger);
        game.proveStepCount(rid, hdr, pr.slotsHash, pr.outputsHash, pr.opsRoot);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(game.payouts(stranger), SLASH * REWARD_BPS / 10000, "prover reward");
        // The right count cannot be disproven.
        uint256 rid2 = postTrace(exec2, pr, tr);
        vm.expectRevert(ICruxErrors.StepCountMatches.selector);
        game.proveStepCount(rid2, hdr, pr.slotsHash, pr.outputsHash, pr.opsRoot);
    }

    function test_direct_outputRoot() public {
        (Program memory p, Prepared memory pr, Trace memory tr) = honestRun(FILLER);
        uint256 n = Model.steps(tr);
        uint256 rid = postRaw(exec, pr.root, tr.states[0], keccak256("wrong"), tr.states[n], uint64(n));
        SlotProof[] memory sp = new SlotProof[](3);
        sp[0] = Model.slotProof(tr, n, 8);
        sp[1] = Model.slotProof(tr, n, 9);
        sp[2] = Model.slotProof(tr, n, 12);
        assertEq(pr.outputs, abi.encodePacked(uint16(8), uint16(9), uint16(12)), "outputs list");
        bytes memory hdr = abi.encodePacked(pr.header);
        // The honest commitment's output root cannot be disproven.
        uint256 rid2 = postTrace(exec2, pr, tr);
        vm.expectRevert(ICruxErrors.OutputRootMatches.selector);
        game.proveOutputRoot(rid2, hdr, pr.slotsHash, pr.outputs, pr.opsRoot, sp);
        vm.prank(stranger);
        game.proveOutputRoot(rid, hdr, pr.slotsHash, pr.outputs, pr.opsRoot, sp);
        assertEq(uint256(results.statusOf(rid)), uint256(IResultRegistry.Status.Rejected), "rejected");
        assertEq(providers.stakeOf(exec), 5 ether - SLASH, "slashed");
        p; // the program itself is only needed for its commitments
    }
}
