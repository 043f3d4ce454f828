// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Vm} from "./CruxTest.sol";
import {Fixture} from "./Fixture.sol";
import {Tensor, Slot, Ref} from "./Ref.sol";
import {Program, Prepared, Fault, Trace, Model} from "./Model.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";
import {OpProof, SlotWitness, InputWitness} from "../../src/CruxTypes.sol";

/// One side of a game: its address and the trace it plays from. An honest side
/// must always be able to move (a failed move fails the test); a dishonest side
/// that cannot move lets its clock run out. strategy 0 plays the first
/// difference, 1 plays a random legal-looking difference, 2 never moves
/// (dishonest sides only).
struct Side {
    address addr;
    bool honest;
    uint8 strategy;
    uint256 seed;
}

/// A game being played, with what the players read from the logs.
struct Play {
    uint256 gameId;
    Program p;
    Prepared pr;
    Trace eTrace;
    Trace cTrace;
    Side e;
    Side c;
    bytes32[] dissection; // the last dissection published
    bytes32[] desc; // the last descendants published
    bytes chunk; // the revealed chunk
    uint256 moves; // transactions made (open included)
    uint256 pause; // seconds each side waits before moving
    uint256 eSpent; // seconds charged to each side's clock
    uint256 cSpent;
}

/// Plays whole games move by move, as the Go players would: reading the
/// opponent's dissections and descendants from the contract's events.
abstract contract GameDriver is Fixture {
    bytes32 internal constant GAME_OPENED = keccak256("GameOpened(uint256,uint256,address,bytes32,bytes32[])");
    bytes32 internal constant BISECTED = keccak256("Bisected(uint256,address,uint64,uint64,bytes32,bytes32[])");
    bytes32 internal constant WRITE_REVEALED = keccak256("WriteRevealed(uint256,address,uint16,bytes32,bytes32[])");
    bytes32 internal constant DESCENDED = keccak256("Descended(uint256,address,uint8,uint64,bytes32[])");
    bytes32 internal constant CHUNK_REVEALED = keccak256("ChunkRevealed(uint256,bytes)");

    /// Opens a game for the challenger side (its claim and dissection from its
    /// own trace) and starts recording logs.
    function openGame(Play memory g, uint256 resultId) internal {
        vm.recordLogs();
        uint256 n = Model.steps(g.cTrace);
        vm.prank(g.c.addr);
        g.gameId = game.open{value: BOND}(resultId, g.cTrace.states[n], dissectionOf(g.cTrace, 0, n));
        g.moves = 1;
        readLogs(g);
    }

    /// The roots at the points p_1..p_{P-1} of [lo, hi].
    function dissectionOf(Trace memory tr, uint256 lo, uint256 hi) internal pure returns (bytes32[] memory d) {
        uint256 len = hi - lo;
        uint256 p = len < 16 ? len : 16;
        d = new bytes32[](p - 1);
        for (uint256 t = 1; t < p; ++t) {
            d[t - 1] = tr.states[lo + (t * len) / p];
        }
    }

    function readLogs(Play memory g) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 k; k < logs.length; ++k) {
            Vm.Log memory l = logs[k];
            if (l.emitter != address(game) || l.topics.length < 2 || uint256(l.topics[1]) != g.gameId) continue;
            bytes32 t0 = l.topics[0];
            if (t0 == GAME_OPENED) {
                (, g.dissection) = abi.decode(l.data, (bytes32, bytes32[]));
            } else if (t0 == BISECTED) {
                (,,, g.dissection) = abi.decode(l.data, (uint64, uint64, bytes32, bytes32[]));
            } else if (t0 == WRITE_REVEALED) {
                (,, g.desc) = abi.decode(l.data, (uint16, bytes32, bytes32[]));
            } else if (t0 == DESCENDED) {
                (,, g.desc) = abi.decode(l.data, (uint8, uint64, bytes32[]));
            } else if (t0 == CHUNK_REVEALED) {
                g.chunk = abi.decode(l.data, (bytes));
            }
        }
    }

    /// Plays the game to the end; returns whether the executor won.
    function playOut(Play memory g) internal returns (bool executorWon) {
        for (uint256 guard; guard < 200; ++guard) {
            IDisputeGame.GameView memory v = game.games(g.gameId);
            if (v.phase == IDisputeGame.Phase.ExecutorWon) return true;
            if (v.phase == IDisputeGame.Phase.ChallengerWon) return false;
            bool eTurn = v.executorToMove;
            Side memory s = eTurn ? g.e : g.c;
            if (v.phase == IDisputeGame.Phase.Element && v.index >= v.nChunks) {
                // Beyond the tensor: anyone resolves on the facts.
                vm.prank(stranger);
                game.resolveLeaf(g.gameId);
                g.moves++;
                continue;
            }
            vm.warp(block.timestamp + g.pause);
            uint256 charge = block.timestamp - v.lastMove; // the mover's clock ran since the last move
            (bool ok, bytes memory err) = tryMove(g, v, s, eTurn ? g.eTrace : g.cTrace);
            if (ok) {
                if (eTurn) g.eSpent += charge;
                else g.cSpent += charge;
                g.moves++;
                readLogs(g);
                checkClocks(g);
                continue;
            }
            if (s.honest) {
                assembly ("memory-safe") {
                    revert(add(err, 32), mload(err))
                }
            }
            // A dishonest side that cannot move: its clock runs out.
            (uint256 eLeft, uint256 cLeft) = game.clocks(g.gameId);
            vm.warp(block.timestamp + (eTurn ? eLeft : cLeft));
            vm.prank(stranger);
            game.timeout(g.gameId);
            g.moves++;
        }
        revert("game did not end");
    }

    /// The clock of each side is what the driver let it spend.
    function checkClocks(Play memory g) internal view {
        IDisputeGame.GameView memory v = game.games(g.gameId);
        if (v.phase >= IDisputeGame.Phase.ExecutorWon) return; // resolution leaves the clocks as they were
        assertEq(v.executorClock, CLOCK - g.eSpent, "executor clock");
        assertEq(v.challengerClock, CLOCK - g.cSpent, "challenger clock");
    }

    function tryMove(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool ok, bytes memory err)
    {
        if (s.strategy == 2) return (false, "silent");
        IDisputeGame.Phase ph = v.phase;
        if (ph == IDisputeGame.Phase.Step) return moveStep(g, v, s, tr);
        if (ph == IDisputeGame.Phase.WriteFirst || ph == IDisputeGame.Phase.WriteSecond) return moveWrite(g, v, s, tr);
        if (ph == IDisputeGame.Phase.Chunk) return moveDescend(g, v, s, tr);
        if (ph == IDisputeGame.Phase.Element) return moveReveal(g, v, s, tr);
        return moveProve(g, v, s, tr);
    }

    function moveStep(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool, bytes memory)
    {
        uint256 pick = pickPoint(g, v, s, tr);
        if (pick == 0) return (false, "no differing point");
        uint256 len = v.b - v.a;
        uint256 p = len < 16 ? len : 16;
        uint256 lo = v.a + ((pick - 1) * len) / p;
        uint256 hi = v.a + (pick * len) / p;
        bytes32[] memory next = hi - lo > 1 ? dissectionOf(tr, lo, hi) : new bytes32[](0);
        return callBisect(g, s.addr, pick, tr.states[hi], next);
    }

    /// The sub-interval t (1..P) to pick: the first (or, strategy 1, a random)
    /// point where our root differs from the opponent's; 0 if none.
    function pickPoint(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        pure
        returns (uint256)
    {
        uint256 a = v.a;
        uint256 len = v.b - a;
        uint256 p = len < 16 ? len : 16;
        bytes32 qAtB = v.executorToMove ? v.challengerRoot : v.executorRoot;
        uint256[] memory cands = new uint256[](p);
        uint256 nc;
        for (uint256 t = 1; t <= p; ++t) {
            bytes32 q = t < p ? g.dissection[t - 1] : qAtB;
            if (tr.states[a + (t * len) / p] != q) cands[nc++] = t;
        }
        if (nc == 0) return 0;
        if (s.strategy == 1) return cands[uint256(keccak256(abi.encode(s.seed, g.moves))) % nc];
        return cands[0];
    }

    function callBisect(Play memory g, address who, uint256 t, bytes32 mine, bytes32[] memory next)
        internal
        returns (bool, bytes memory)
    {
        vm.prank(who);
        try game.bisect(g.gameId, g.dissection, t, mine, next) {
            return (true, "");
        } catch (bytes memory err) {
            return (false, err);
        }
    }

    function moveWrite(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool, bytes memory)
    {
        uint256 i = v.a;
        OpProof memory op = Model.opProof(g.p, g.pr, i);
        uint256 out = Ref.opOut(g.p.ops[i]);
        SlotWitness memory w = Model.slotWitness(g.p, tr, i, out);
        bytes32 dataRoot = Ref.root(tr.leaves[i]);
        bytes32[] memory desc = Ref.descendants(tr.leaves[i], 0, 0);
        vm.prank(s.addr);
        try game.revealWrite(g.gameId, op, w, dataRoot, desc) {
            return (true, "");
        } catch (bytes memory err) {
            return (false, err);
        }
    }

    function moveDescend(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool, bytes memory)
    {
        bytes32[] memory mineD = Ref.descendants(tr.leaves[v.a], v.level, v.index);
        (bool found, uint256 j) = pickChild(g, s, mineD, g.desc);
        if (!found) return (false, "no differing child");
        bytes32[] memory next = nextDesc(tr.leaves[v.a], v, mineD.length, j);
        return callDescend(g.gameId, s.addr, j, g.desc, mineD, next);
    }

    function nextDesc(bytes32[] memory leaves, IDisputeGame.GameView memory v, uint256 width, uint256 j)
        internal
        pure
        returns (bytes32[] memory)
    {
        uint256 m = Ref.depthOf(width);
        return Ref.descendants(leaves, v.level + m, (uint256(v.index) << m) | j);
    }

    function pickChild(Play memory g, Side memory s, bytes32[] memory mineD, bytes32[] memory theirD)
        internal
        pure
        returns (bool, uint256)
    {
        if (theirD.length != mineD.length) return (false, 0);
        uint256[] memory cands = new uint256[](mineD.length);
        uint256 nc;
        for (uint256 j; j < mineD.length; ++j) {
            if (mineD[j] != theirD[j]) cands[nc++] = j;
        }
        if (nc == 0) return (false, 0);
        if (s.strategy == 1) return (true, cands[uint256(keccak256(abi.encode(s.seed, g.moves))) % nc]);
        return (true, cands[0]);
    }

    function callDescend(
        uint256 gameId,
        address who,
        uint256 j,
        bytes32[] memory theirD,
        bytes32[] memory mineD,
        bytes32[] memory next
    ) internal returns (bool, bytes memory) {
        bytes32[] memory ts = Ref.subProof(theirD, j);
        bytes32[] memory ms = Ref.subProof(mineD, j);
        vm.prank(who);
        try game.descend(gameId, j, theirD[j], ts, mineD[j], ms, next) {
            return (true, "");
        } catch (bytes memory err) {
            return (false, err);
        }
    }

    function moveReveal(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool, bytes memory)
    {
        uint256 out = Ref.opOut(g.p.ops[v.a]);
        bytes memory chunk = Model.chunkAt(g.p, tr, v.a + 1, out, v.index);
        vm.prank(s.addr);
        try game.revealChunk(g.gameId, chunk) {
            return (true, "");
        } catch (bytes memory err) {
            return (false, err);
        }
    }

    function moveProve(Play memory g, IDisputeGame.GameView memory v, Side memory s, Trace memory tr)
        internal
        returns (bool, bytes memory)
    {
        (bool found, uint256 j) = pickElement(g, v, tr);
        if (!found) return (false, "chunks agree");
        uint256 e = v.index * (1024 / Ref.elemSize(v.outDtype)) + j;
        InputWitness[] memory ins;
        if (e < Ref.count(v.outRank, v.outDims)) ins = Model.inputWitnesses(g.p, tr, v.a, e);
        return callProve(g, s.addr, j, g.p.ops[v.a], ins);
    }

    /// The first element of the revealed chunk that differs from ours.
    function pickElement(Play memory g, IDisputeGame.GameView memory v, Trace memory tr)
        internal
        pure
        returns (bool, uint256)
    {
        uint256 out = Ref.opOut(g.p.ops[v.a]);
        bytes memory mine = Model.chunkAt(g.p, tr, v.a + 1, out, v.index);
        uint256 es = Ref.elemSize(v.outDtype);
        for (uint256 b; b < 1024; ++b) {
            if (mine[b] != g.chunk[b]) return (true, b / es);
        }
        return (false, 0);
    }

    function callProve(Play memory g, address who, uint256 j, bytes memory rec, InputWitness[] memory ins)
        internal
        returns (bool, bytes memory)
    {
        vm.prank(who);
        try game.proveElement(g.gameId, g.chunk, j, rec, ins) {
            return (true, "");
        } catch (bytes memory err) {
            return (false, err);
        }
    }
}
