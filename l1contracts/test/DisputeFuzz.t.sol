// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {World, WTrace} from "./utils/World.sol";
import {WorldPlayer, WGame, BisectMove, DescendMove, ProveMove} from "./utils/WorldPlayer.sol";
import {Model} from "./utils/Model.sol";
import {Ref} from "./utils/Ref.sol";
import {InputWitness} from "../src/CruxTypes.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {ProviderRegistry} from "../src/ProviderRegistry.sol";
import {ResultRegistry} from "../src/ResultRegistry.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IKernelVerifier} from "../src/interfaces/IKernelVerifier.sol";

/// Fuzz tests of the game rules on the World program: any step count and
/// fault step, any pause between moves, any bad argument, any parameters.
contract DisputeFuzzTest is Fixture, WorldPlayer {
    function setUp() public {
        deployAll();
        bondAs(exec, 50 ether);
        world = new World();
        dg = game;
    }

    function post(uint256 n, WTrace memory e) internal returns (uint256) {
        bytes32 root = world.programRoot(n);
        bytes32 s0 = world.initState();
        bytes32 outRoot = world.outputRoot(e, n);
        bytes32 fin = world.state(e, n);
        vm.prank(exec);
        return results.postResult(keccak256("job"), root, s0, outRoot, fin, uint64(n));
    }

    function start(uint256 n, WTrace memory e, WTrace memory c) internal returns (WGame memory g) {
        uint256 rid = post(n, e);
        g = WGame(0, n, e, c, exec, chal);
        bytes32 claim = world.state(c, n);
        bytes32[] memory d = world.dissection(c, 0, n);
        vm.prank(chal);
        g.id = game.open{value: BOND}(rid, claim, d);
    }

    function ceilLog16(uint256 n) internal pure returns (uint256 k) {
        uint256 cover = 1;
        while (cover < n) {
            cover *= 16;
            ++k;
        }
    }

    /// Any n, any fault step, either side cheating, any pauses: the step phase
    /// ends at i = fault - 1 within ceil(log16 n) bisections, the clock of the
    /// side not to move never changes, and the honest side wins.
    /// forge-config: default.fuzz.runs = 64
    /// forge-config: deep.fuzz.runs = 1024
    function testFuzz_game_honestSideWins(uint256 n, uint256 f, uint256 seed) public {
        n = bound(n, 1, 600);
        f = bound(f, 1, n);
        bool eCheats = seed % 2 == 0;
        WTrace memory bad = WTrace(uint8(1 + (seed >> 8) % 4), f);
        WGame memory g = eCheats ? start(n, bad, WTrace(0, 0)) : start(n, WTrace(0, 0), bad);
        uint256 bisections;
        for (uint256 guard; guard < 40; ++guard) {
            (bool over, bool bisected) = moveOnce(g, uint256(keccak256(abi.encode(seed, guard))), f);
            if (over) break;
            if (bisected) ++bisections;
        }
        assertLe(bisections, ceilLog16(n), "bisections");
        IDisputeGame.Phase end = game.games(g.id).phase;
        IDisputeGame.Phase want = eCheats ? IDisputeGame.Phase.ChallengerWon : IDisputeGame.Phase.ExecutorWon;
        assertEq(uint256(end), uint256(want), "honest side wins");
    }

    /// The side to move waits a random pause and moves.
    function moveOnce(WGame memory g, uint256 r, uint256 f) internal returns (bool over, bool bisected) {
        IDisputeGame.GameView memory v = game.games(g.id);
        if (v.phase >= IDisputeGame.Phase.ExecutorWon) return (true, false);
        uint256 pause = r % (CLOCK / 12);
        vm.warp(block.timestamp + pause);
        (bool ok, bytes memory err) = wMove(g);
        assertTrue(ok, string(err));
        checkMove(v, game.games(g.id), pause, f);
        return (false, v.phase == IDisputeGame.Phase.Step);
    }

    /// The mover paid exactly the pause, the other side nothing; the step phase
    /// ends at the fault.
    function checkMove(IDisputeGame.GameView memory v, IDisputeGame.GameView memory w, uint256 pause, uint256 f)
        internal
        pure
    {
        if (v.phase == IDisputeGame.Phase.Element && v.index >= v.nChunks) return; // resolveLeaf: no clock
        bool eMoved = v.executorToMove;
        if (w.phase < IDisputeGame.Phase.ExecutorWon) {
            assertEq(
                eMoved ? w.executorClock : w.challengerClock,
                (eMoved ? v.executorClock : v.challengerClock) - pause,
                "mover charged"
            );
        }
        assertEq(
            eMoved ? w.challengerClock : w.executorClock,
            eMoved ? v.challengerClock : v.executorClock,
            "other side not charged"
        );
        if (v.phase == IDisputeGame.Phase.Step && w.phase == IDisputeGame.Phase.WriteFirst) {
            assertEq(w.a, f - 1, "the step phase ends at the fault");
        }
    }

    /// The clock boundary: a side may move while elapsed < left; timeout works
    /// from elapsed == left on, never before.
    function testFuzz_clockBoundary(uint256 pause) public {
        pause = bound(pause, 0, 2 * CLOCK);
        WGame memory g = start(40, WTrace(1, 7), WTrace(0, 0));
        BisectMove memory mv = bisectArgs(g);
        vm.warp(block.timestamp + pause);
        if (pause < CLOCK) {
            vm.expectRevert(abi.encodeWithSelector(ICruxErrors.ClockRunning.selector, g.id, CLOCK - pause));
            game.timeout(g.id);
            vm.prank(exec);
            game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
            assertEq(game.games(g.id).executorClock, CLOCK - pause, "charged");
        } else {
            vm.prank(exec);
            vm.expectRevert(abi.encodeWithSelector(ICruxErrors.ClockExpired.selector, g.id));
            game.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next);
            game.timeout(g.id);
            assertEq(uint256(game.games(g.id).phase), uint256(IDisputeGame.Phase.ChallengerWon), "E timed out");
        }
    }

    function testFuzz_open_wrongBond(uint256 value) public {
        value = bound(value, 0, 100 ether);
        vm.assume(value != BOND);
        uint256 rid = post(40, WTrace(1, 7));
        bytes32 claim = world.state(WTrace(0, 0), 40);
        bytes32[] memory d = world.dissection(WTrace(0, 0), 0, 40);
        vm.prank(chal);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.WrongBond.selector, BOND, value));
        game.open{value: value}(rid, claim, d);
    }

    /// Any change to the opponent's dissection is caught; any t outside 1..P
    /// is refused.
    function testFuzz_bisect_badArguments(uint256 pos, bytes32 junk, uint256 t) public {
        vm.assume(t == 0 || t > 16);
        WGame memory g = start(40, WTrace(1, 7), WTrace(0, 0));
        BisectMove memory mv = bisectArgs(g);
        pos = bound(pos, 0, 14);
        vm.assume(junk != mv.theirs[pos]);
        bytes32[] memory forged = Model.copyRoots(mv.theirs);
        forged[pos] = junk;
        vm.prank(exec);
        vm.expectRevert(ICruxErrors.DissectionMismatch.selector);
        game.bisect(g.id, forged, mv.t, mv.mine, mv.next);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadIndex.selector, t, 16));
        game.bisect(g.id, mv.theirs, t, mv.mine, mv.next);
    }

    /// Any child index beyond 2^m is refused; any other child either differs
    /// or is refused.
    function testFuzz_descend_anyChild(uint256 j) public {
        j = bound(j, 0, 7);
        WGame memory g = start(40, WTrace(2, 7), WTrace(0, 0));
        wPlayTo(g, IDisputeGame.Phase.Chunk);
        DescendMove memory d = descendArgs(g);
        if (j >= 4) {
            vm.prank(exec);
            vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadIndex.selector, j, 4));
            game.descend(g.id, j, d.theirs, d.ts, d.mine, d.ms, d.next);
            return;
        }
        // Children 0, 1 and 3 agree (only chunk 2 differs): the proofs for child
        // j are still valid, so the move fails only because the values agree.
        if (j != 2) {
            bytes32[] memory leaves = world.leaves(0);
            bytes32[] memory mine = world.leaves(2);
            vm.prank(exec);
            vm.expectRevert(ICruxErrors.ValuesAgree.selector);
            game.descend(g.id, j, leaves[j], Ref.subProof(leaves, j), mine[j], Ref.subProof(mine, j), new bytes32[](0));
            return;
        }
        vm.prank(exec);
        game.descend(g.id, j, d.theirs, d.ts, d.mine, d.ms, d.next);
        assertEq(game.games(g.id).index, 2, "leaf 2");
    }

    /// An honest executor's revealed chunk survives a challenge of any of its
    /// elements (inside the tensor and in the padding); a cheating executor's
    /// survives all but the wrong one.
    function testFuzz_proveElement_anyElement(uint256 j, bool eCheats) public {
        j = bound(j, 0, 1023);
        WTrace memory bad = WTrace(2, 40); // byte 2500 = element 452 of chunk 2
        WGame memory g = eCheats ? start(40, bad, WTrace(0, 0)) : start(40, WTrace(0, 0), bad);
        wPlayTo(g, IDisputeGame.Phase.ElementRevealed);
        ProveMove memory mv = proveArgs(g);
        InputWitness[] memory ins = world.inputs(39, 2 * 1024 + j);
        vm.prank(chal);
        game.proveElement(g.id, mv.ch, j, mv.rec, ins);
        bool eWins = !(eCheats && j == 452);
        IDisputeGame.Phase want = eWins ? IDisputeGame.Phase.ExecutorWon : IDisputeGame.Phase.ChallengerWon;
        assertEq(uint256(game.games(g.id).phase), uint256(want), "outcome");
    }

    struct Params {
        uint256 stake;
        uint256 slash;
        uint256 bond;
        uint256 bps;
    }

    /// Bonds, slashes and rewards for any parameters and either outcome: the
    /// winner's share, the burn and the stake left add up to what was deposited.
    /// forge-config: default.fuzz.runs = 128
    /// forge-config: deep.fuzz.runs = 1024
    function testFuzz_payouts(uint96 stake, uint96 slash, uint96 bond, uint16 bps, bool eWins) public {
        Params memory q = Params(
            bound(stake, 1 ether, 1000 ether),
            bound(slash, 1, 2000 ether),
            bound(bond, 1, 1000 ether),
            bound(bps, 0, 10_000)
        );
        ProviderRegistry pr = new ProviderRegistry(1 ether, UNBONDING);
        ResultRegistry rr = new ResultRegistry(IProviderRegistry(address(pr)), WINDOW);
        dg = new DisputeGame(
            IResultRegistry(address(rr)),
            IProviderRegistry(address(pr)),
            IKernelVerifier(address(verifier)),
            q.bond,
            q.slash,
            q.bps,
            CLOCK
        );
        pr.setDisputeGame(address(dg));
        rr.setDisputeGame(address(dg));
        address e = address(0xE9);
        vm.deal(e, q.stake);
        vm.prank(e);
        pr.bond{value: q.stake}();
        // E honest and C cheating, or the other way round.
        WGame memory g = WGame(0, 40, WTrace(0, 0), WTrace(1, 7), e, chal);
        if (!eWins) (g.e, g.c) = (g.c, g.e);
        g.id = openOn(rr, g, q.bond);
        if (eWins) {
            (bool ok,) = wMove(g); // E bisects; then C never answers
            assertTrue(ok, "E's move");
        }
        vm.warp(block.timestamp + CLOCK);
        dg.timeout(g.id);
        checkPayouts(q, pr, e, eWins);
    }

    function openOn(ResultRegistry rr, WGame memory g, uint256 bond) internal returns (uint256) {
        bytes32 root = world.programRoot(40);
        bytes32 s0 = world.initState();
        bytes32 fin = world.state(g.e, 40);
        bytes32 claim = world.state(g.c, 40);
        bytes32[] memory d = world.dissection(g.c, 0, 40);
        vm.prank(g.eAddr);
        uint256 rid = rr.postResult(0, root, s0, 0, fin, 40);
        vm.deal(chal, bond);
        vm.prank(chal);
        return dg.open{value: bond}(rid, claim, d);
    }

    function checkPayouts(Params memory q, ProviderRegistry pr, address e, bool eWins) internal view {
        uint256 burned = dg.totalBurned();
        if (eWins) {
            uint256 reward = q.bond * q.bps / 10_000;
            assertEq(dg.payouts(e), reward, "E's share of the bond");
            assertEq(burned, q.bond - reward, "burned");
            assertEq(pr.stakeOf(e), q.stake, "no slash");
        } else {
            uint256 slashed = q.slash < q.stake ? q.slash : q.stake;
            uint256 reward = slashed * q.bps / 10_000;
            assertEq(dg.payouts(chal), q.bond + reward, "C's bond and reward");
            assertEq(burned, slashed - reward, "burned");
            assertEq(pr.stakeOf(e), q.stake - slashed, "stake left");
        }
        assertEq(address(dg).balance, dg.payouts(e) + dg.payouts(chal), "the game holds exactly what it owes");
        assertEq(address(dg).balance + address(pr).balance + burned, q.stake + q.bond, "conserved");
    }
}
