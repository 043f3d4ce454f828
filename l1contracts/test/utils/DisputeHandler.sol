// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {World, WTrace} from "./World.sol";
import {WorldPlayer, WGame} from "./WorldPlayer.sol";
import {Prepared} from "./Model.sol";
import {ProviderRegistry} from "../../src/ProviderRegistry.sol";
import {ResultRegistry} from "../../src/ResultRegistry.sol";
import {DisputeGame} from "../../src/DisputeGame.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../../src/interfaces/IResultRegistry.sol";
import {SlotProof} from "../../src/CruxTypes.sol";

/// The invariant tests' handler: random providers bond, post World results
/// (honest, faulty, or with a wrong step count or output root), challengers
/// open games, both sides move from their traces, time passes, anyone calls
/// timeout, resolveLeaf, finalize and the direct proofs, winners withdraw and
/// providers unbond. It never reverts: calls that may fail are tried.
///
/// Ghost state for the invariants: ETH deposited (stakes bonded, bonds posted)
/// and ETH that left the contracts to the actors; per commitment whether a game
/// against it was lost; and, after every action, a check of every game's clocks
/// against the last snapshot (clockViolations) and of every game decided on the
/// facts (factViolations: the honest side must win those).
contract DisputeHandler is WorldPlayer {
    ProviderRegistry public providers;
    ResultRegistry public results;
    uint256 public immutable bondAmount;
    uint256 public immutable clock;

    address[3] internal execs = [address(0xAE1), address(0xAE2), address(0xAE3)];
    address[3] internal chals = [address(0xAC1), address(0xAC2), address(0xAC3)];
    address internal constant PROVER = address(0xA99);

    uint256 public deposited;
    uint256 public withdrawn;
    uint256 public clockViolations;
    uint256 public factViolations;
    uint256 public honestStuck;
    mapping(bytes32 => uint256) public calls;
    /// How often a move led to each phase (coverage, for the summary).
    mapping(uint8 => uint256) public reached;
    uint256 public timeouts;
    uint256 public finalized;
    uint256 public directWins;

    /// kind 0: honest; 1-4: faulty (World variant); 5: wrong step count; 6:
    /// wrong output root.
    struct Res {
        uint256 n;
        WTrace e;
        uint8 kind;
        bool lost;
        bool direct;
    }

    uint256[] public rids;
    mapping(uint256 => Res) internal res;

    struct Snap {
        IDisputeGame.Phase phase;
        bool eToMove;
        uint64 eClock;
        uint64 cClock;
        uint64 last;
    }

    WGame[] internal _games;
    mapping(uint256 => uint256) public ridOf;
    mapping(uint256 => bool) public challengerHonest;
    mapping(uint256 => Snap) internal _snaps;

    uint256 internal constant MAX_RESULTS = 12;
    uint256 internal constant MAX_GAMES = 12;

    constructor(World w, DisputeGame g, ProviderRegistry p, ResultRegistry r) {
        world = w;
        dg = g;
        providers = p;
        results = r;
        bondAmount = g.challengerBond();
        clock = g.clockDuration();
        for (uint256 k; k < 3; ++k) {
            vm.deal(execs[k], 1000 ether);
            vm.deal(chals[k], 1000 ether);
        }
    }

    modifier checked(bytes32 name) {
        calls[name]++;
        _;
        _afterAction();
    }

    // ------------------------------------------------------------------
    // Views for the invariants
    // ------------------------------------------------------------------

    function gameCount() external view returns (uint256) {
        return _games.length;
    }

    function gameAt(uint256 k) external view returns (uint256 id, uint256 rid) {
        return (_games[k].id, ridOf[_games[k].id]);
    }

    function resultCount() external view returns (uint256) {
        return rids.length;
    }

    function lostOf(uint256 rid) external view returns (bool) {
        return res[rid].lost;
    }

    function directOf(uint256 rid) external view returns (bool) {
        return res[rid].direct;
    }

    function actors() external view returns (address[] memory a) {
        a = new address[](7);
        for (uint256 k; k < 3; ++k) {
            a[k] = execs[k];
            a[3 + k] = chals[k];
        }
        a[6] = PROVER;
    }

    // ------------------------------------------------------------------
    // Providers
    // ------------------------------------------------------------------

    function bond(uint256 who, uint256 amount) external checked("bond") {
        address e = execs[who % 3];
        if (providers.providers(e).withdrawableAt != 0) return;
        amount = bound(amount, 0.1 ether, 5 ether);
        vm.prank(e);
        providers.bond{value: amount}();
        deposited += amount;
    }

    function requestUnbond(uint256 who) external checked("requestUnbond") {
        address e = execs[who % 3];
        vm.prank(e);
        try providers.requestUnbond() {} catch {}
    }

    function withdrawStake(uint256 who) external checked("withdrawStake") {
        address e = execs[who % 3];
        uint256 before = e.balance;
        vm.prank(e);
        try providers.withdrawStake() {} catch {}
        withdrawn += e.balance - before;
    }

    // ------------------------------------------------------------------
    // Commitments
    // ------------------------------------------------------------------

    function postResult(uint256 who, uint256 seed) external checked("postResult") {
        if (rids.length >= MAX_RESULTS) return;
        address e = execs[who % 3];
        if (!providers.canPost(e)) return;
        uint256[3] memory ns = [uint256(1), 5, 40];
        uint256 n = ns[seed % 3];
        uint8 kind = uint8((seed >> 8) % 7);
        WTrace memory t;
        if (kind >= 1 && kind <= 4) t = WTrace(kind, 1 + (seed >> 16) % n);
        bytes32 root = world.programRoot(n);
        bytes32 s0 = world.initState();
        bytes32 outRoot = kind == 6 ? keccak256(abi.encode("wrong output", seed)) : world.outputRoot(t, n);
        bytes32 fin = world.state(t, n);
        uint64 steps = kind == 5 ? uint64(n + 1) : uint64(n);
        vm.prank(e);
        uint256 rid = results.postResult(keccak256(abi.encode(seed)), root, s0, outRoot, fin, steps);
        rids.push(rid);
        res[rid] = Res(n, t, kind, false, false);
    }

    function finalize(uint256 ri) external checked("finalize") {
        if (rids.length == 0) return;
        try results.finalize(rids[ri % rids.length]) {
            finalized++;
        } catch {}
    }

    function directProof(uint256 ri) external checked("directProof") {
        if (rids.length == 0) return;
        uint256 rid = rids[ri % rids.length];
        Res storage r = res[rid];
        if (r.kind != 5 && r.kind != 6) return;
        Prepared memory p = world.prepared(r.n);
        SlotProof[] memory sp = world.finalSlotProof(0);
        vm.prank(PROVER);
        if (r.kind == 5) {
            try dg.proveStepCount(rid, abi.encodePacked(p.header), p.slotsHash, p.outputsHash, p.opsRoot) {
                r.direct = true;
                directWins++;
            } catch {}
        } else {
            try dg.proveOutputRoot(rid, abi.encodePacked(p.header), p.slotsHash, p.outputs, p.opsRoot, sp) {
                r.direct = true;
                directWins++;
            } catch {}
        }
    }

    // ------------------------------------------------------------------
    // Games
    // ------------------------------------------------------------------

    /// A challenger opens a game: honest against a faulty result, faulty
    /// against an honest one. Results with a wrong step count or output root
    /// are left to the direct proofs.
    function openGame(uint256 ri, uint256 who, uint256 seed) external checked("openGame") {
        if (rids.length == 0 || _games.length >= MAX_GAMES) return;
        uint256 rid = rids[ri % rids.length];
        Res memory r = res[rid];
        if (r.kind >= 5) return;
        IResultRegistry.Commitment memory c = results.commitment(rid);
        if (c.status != IResultRegistry.Status.Pending || block.timestamp >= c.deadline) return;
        bool cHonest = r.kind != 0;
        WTrace memory ct = cHonest ? WTrace(0, 0) : WTrace(uint8(1 + seed % 4), 1 + (seed >> 8) % r.n);
        bytes32 claim = world.state(ct, r.n);
        bytes32[] memory d = world.dissection(ct, 0, r.n);
        address ch = chals[who % 3];
        vm.prank(ch);
        uint256 id = dg.open{value: bondAmount}(rid, claim, d);
        deposited += bondAmount;
        _games.push(WGame(id, r.n, r.e, ct, c.executor, ch));
        ridOf[id] = rid;
        challengerHonest[id] = cHonest;
        IDisputeGame.GameView memory v = dg.games(id);
        _snaps[id] = Snap(v.phase, v.executorToMove, v.executorClock, v.challengerClock, v.lastMove);
    }

    /// Up to `count` moves (1..8) in one game, each by the side to move, if its
    /// clock has time left. An honest side must always manage to; a game
    /// decided on the facts must go to the honest side.
    function move(uint256 gi, uint256 count) external checked("move") {
        if (_games.length == 0) return;
        WGame memory g = _games[gi % _games.length];
        count = 1 + count % 8;
        for (uint256 k; k < count; ++k) {
            if (!_moveOnce(g)) return;
            _afterAction(); // the clock check compares one move at a time
        }
    }

    function _moveOnce(WGame memory g) internal returns (bool) {
        IDisputeGame.GameView memory v = dg.games(g.id);
        if (v.phase >= IDisputeGame.Phase.ExecutorWon) return false;
        (uint256 eLeft, uint256 cLeft) = dg.clocks(g.id);
        bool beyond = v.phase == IDisputeGame.Phase.Element && v.index >= v.nChunks;
        if (!beyond && (v.executorToMove ? eLeft : cLeft) == 0) return false;
        bool moverHonest = v.executorToMove ? !challengerHonest[g.id] : challengerHonest[g.id];
        (bool ok,) = wMove(g);
        if (!ok) {
            if (moverHonest) honestStuck++;
            return false;
        }
        IDisputeGame.Phase ph = dg.games(g.id).phase;
        reached[uint8(ph)]++;
        if (ph >= IDisputeGame.Phase.ExecutorWon) {
            bool eHonest = !challengerHonest[g.id];
            if ((ph == IDisputeGame.Phase.ExecutorWon) != eHonest) factViolations++;
            return false;
        }
        return true;
    }

    function timeout(uint256 gi) external checked("timeout") {
        if (_games.length == 0) return;
        try dg.timeout(_games[gi % _games.length].id) {
            timeouts++;
        } catch {}
    }

    function resolveLeaf(uint256 gi) external checked("resolveLeaf") {
        if (_games.length == 0) return;
        try dg.resolveLeaf(_games[gi % _games.length].id) {} catch {}
    }

    function withdrawPayout(uint256 who) external checked("withdrawPayout") {
        address a = who % 7 < 3 ? execs[who % 7] : who % 7 < 6 ? chals[who % 7 - 3] : PROVER;
        uint256 before = a.balance;
        vm.prank(a);
        try dg.withdrawPayout() {} catch {}
        withdrawn += a.balance - before;
    }

    /// Time passes: mostly minutes to hours, sometimes days (windows close,
    /// clocks run out, unbonding completes).
    function warp(uint256 secs) external checked("warp") {
        secs = secs % 8 == 0 ? bound(secs, 1 days, 3 days) : bound(secs, 1, 4 hours);
        vm.warp(block.timestamp + secs);
    }

    // ------------------------------------------------------------------
    // After every action
    // ------------------------------------------------------------------

    /// Clocks: a side's stored clock changes only when it moves, by exactly the
    /// time since the previous move; the side not to move is never charged.
    /// Outcomes: a lost game marks its commitment.
    function _afterAction() internal {
        for (uint256 k; k < _games.length; ++k) {
            uint256 id = _games[k].id;
            IDisputeGame.GameView memory v = dg.games(id);
            Snap memory s = _snaps[id];
            if (s.phase < IDisputeGame.Phase.ExecutorWon) _checkClocks(id, v, s);
            if (v.phase == IDisputeGame.Phase.ChallengerWon) res[ridOf[id]].lost = true;
            _snaps[id] = Snap(v.phase, v.executorToMove, v.executorClock, v.challengerClock, v.lastMove);
        }
    }

    function _checkClocks(uint256 id, IDisputeGame.GameView memory v, Snap memory s) internal {
        bool moved = v.lastMove != s.last;
        if (!moved) {
            // No move (nothing, a warp, or a resolution): both stored clocks stand.
            if (v.executorClock != s.eClock || v.challengerClock != s.cClock) clockViolations++;
        } else {
            uint64 spent = v.lastMove - s.last;
            if (v.lastMove != block.timestamp) clockViolations++;
            if (s.eToMove) {
                if (v.executorClock != s.eClock - spent || v.challengerClock != s.cClock) clockViolations++;
            } else {
                if (v.challengerClock != s.cClock - spent || v.executorClock != s.eClock) clockViolations++;
            }
        }
        if (v.phase < IDisputeGame.Phase.ExecutorWon) {
            // The side not to move sees its stored time, undiminished.
            (uint256 eLeft, uint256 cLeft) = dg.clocks(id);
            if (v.executorToMove ? cLeft != v.challengerClock : eLeft != v.executorClock) clockViolations++;
            if (v.executorClock > clock || v.challengerClock > clock) clockViolations++;
        }
    }
}
