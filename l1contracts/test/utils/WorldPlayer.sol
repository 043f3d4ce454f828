// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./CruxTest.sol";
import {Ref} from "./Ref.sol";
import {World, WTrace} from "./World.sol";
import {DisputeGame} from "../../src/DisputeGame.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";
import {OpProof, SlotWitness, InputWitness} from "../../src/CruxTypes.sol";

/// A game of the World program: who plays which trace.
struct WGame {
    uint256 id;
    uint256 n;
    WTrace e;
    WTrace c;
    address eAddr;
    address cAddr;
}

/// Builds each move of a World game from the mover's own trace (the first point
/// where it differs from its opponent), so tests can make the move, tamper with
/// one argument of it, or play a whole game. Used by the unit tests and by the
/// invariant handler.
abstract contract WorldPlayer is CruxTest {
    World internal world;
    DisputeGame internal dg;

    function view_(WGame memory g) internal view returns (IDisputeGame.GameView memory) {
        return dg.games(g.id);
    }

    function moverTrace(WGame memory g, IDisputeGame.GameView memory v)
        internal
        pure
        returns (WTrace memory mine, WTrace memory theirs, address who)
    {
        return v.executorToMove ? (g.e, g.c, g.eAddr) : (g.c, g.e, g.cAddr);
    }

    // ------------------------------------------------------------------
    // Move arguments
    // ------------------------------------------------------------------

    /// bisect's arguments; t = 0 if the mover has no differing point.
    function bisectArgs(WGame memory g)
        internal
        view
        returns (bytes32[] memory theirs, uint256 t, bytes32 mine, bytes32[] memory next)
    {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my, WTrace memory their,) = moverTrace(g, v);
        theirs = world.dissection(their, v.a, v.b);
        uint256 len = v.b - v.a;
        uint256 p = len < 16 ? len : 16;
        bytes32 qAtB = v.executorToMove ? v.challengerRoot : v.executorRoot;
        for (uint256 q = 1; q <= p; ++q) {
            bytes32 theirsAt = q < p ? theirs[q - 1] : qAtB;
            if (world.state(my, v.a + (q * len) / p) != theirsAt) {
                t = q;
                break;
            }
        }
        if (t == 0) return (theirs, 0, bytes32(0), next);
        uint256 lo = v.a + ((t - 1) * len) / p;
        uint256 hi = v.a + (t * len) / p;
        mine = world.state(my, hi);
        next = hi - lo > 1 ? world.dissection(my, lo, hi) : new bytes32[](0);
    }

    function revealArgs(WGame memory g)
        internal
        view
        returns (OpProof memory op, SlotWitness memory w, bytes32 dataRoot, bytes32[] memory desc)
    {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my,,) = moverTrace(g, v);
        uint8 var_ = world.variantAt(my, v.a + 1);
        op = world.opProof(g.n, v.a);
        w = world.outWitness(v.a);
        dataRoot = world.dataRoot(var_);
        desc = world.leaves(var_);
    }

    /// descend's arguments; found is false if the two sides' children agree.
    function descendArgs(WGame memory g)
        internal
        view
        returns (
            bool found,
            uint256 j,
            bytes32 theirs,
            bytes32[] memory ts,
            bytes32 mine,
            bytes32[] memory ms,
            bytes32[] memory next
        )
    {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my, WTrace memory their,) = moverTrace(g, v);
        bytes32[] memory myLeaves = world.leaves(world.variantAt(my, v.a + 1));
        bytes32[] memory mineD = Ref.descendants(myLeaves, v.level, v.index);
        bytes32[] memory theirD = Ref.descendants(world.leaves(world.variantAt(their, v.a + 1)), v.level, v.index);
        for (; j < mineD.length; ++j) {
            if (mineD[j] != theirD[j]) {
                found = true;
                break;
            }
        }
        if (!found) j = 0;
        theirs = theirD[j];
        ts = Ref.subProof(theirD, j);
        mine = mineD[j];
        ms = Ref.subProof(mineD, j);
        uint256 m = Ref.depthOf(mineD.length);
        next = Ref.descendants(myLeaves, v.level + m, (uint256(v.index) << m) | j);
    }

    function revealChunkArg(WGame memory g) internal view returns (bytes memory) {
        IDisputeGame.GameView memory v = view_(g);
        return world.chunk(world.variantAt(g.e, v.a + 1), v.index);
    }

    /// proveElement's arguments: the first byte where E's chunk differs from
    /// C's (element 0 if none: a losing move).
    function proveArgs(WGame memory g)
        internal
        view
        returns (bytes memory chunk, uint256 j, bytes memory rec, InputWitness[] memory ins)
    {
        IDisputeGame.GameView memory v = view_(g);
        chunk = world.chunk(world.variantAt(g.e, v.a + 1), v.index);
        bytes memory mine = world.chunk(world.variantAt(g.c, v.a + 1), v.index);
        for (; j < 1024; ++j) {
            if (chunk[j] != mine[j]) break;
        }
        if (j == 1024) j = 0;
        rec = world.record();
        ins = world.inputs(v.a, v.index * 1024 + j);
    }

    // ------------------------------------------------------------------
    // Moves
    // ------------------------------------------------------------------

    /// The side to move makes its move (resolveLeaf beyond the tensor). Returns
    /// false with the revert data if it could not.
    function wMove(WGame memory g) internal returns (bool ok, bytes memory err) {
        IDisputeGame.GameView memory v = view_(g);
        IDisputeGame.Phase ph = v.phase;
        (,, address who) = moverTrace(g, v);
        if (ph == IDisputeGame.Phase.Step) {
            (bytes32[] memory theirs, uint256 t, bytes32 mine, bytes32[] memory next) = bisectArgs(g);
            if (t == 0) return (false, "no differing point");
            vm.prank(who);
            try dg.bisect(g.id, theirs, t, mine, next) {
                return (true, "");
            } catch (bytes memory e) {
                return (false, e);
            }
        }
        if (ph == IDisputeGame.Phase.WriteFirst || ph == IDisputeGame.Phase.WriteSecond) {
            (OpProof memory op, SlotWitness memory w, bytes32 root, bytes32[] memory desc) = revealArgs(g);
            vm.prank(who);
            try dg.revealWrite(g.id, op, w, root, desc) {
                return (true, "");
            } catch (bytes memory e) {
                return (false, e);
            }
        }
        if (ph == IDisputeGame.Phase.Chunk) return wDescend(g, who);
        if (ph == IDisputeGame.Phase.Element) {
            if (v.index >= v.nChunks) {
                try dg.resolveLeaf(g.id) {
                    return (true, "");
                } catch (bytes memory e) {
                    return (false, e);
                }
            }
            bytes memory ch = revealChunkArg(g);
            vm.prank(who);
            try dg.revealChunk(g.id, ch) {
                return (true, "");
            } catch (bytes memory e) {
                return (false, e);
            }
        }
        if (ph == IDisputeGame.Phase.ElementRevealed) return wProve(g, who);
        return (false, "game over");
    }

    function wDescend(WGame memory g, address who) private returns (bool, bytes memory) {
        (
            bool found,
            uint256 j,
            bytes32 theirs,
            bytes32[] memory ts,
            bytes32 mine,
            bytes32[] memory ms,
            bytes32[] memory next
        ) = descendArgs(g);
        if (!found) return (false, "children agree");
        vm.prank(who);
        try dg.descend(g.id, j, theirs, ts, mine, ms, next) {
            return (true, "");
        } catch (bytes memory e) {
            return (false, e);
        }
    }

    function wProve(WGame memory g, address who) private returns (bool, bytes memory) {
        (bytes memory ch, uint256 j, bytes memory rec, InputWitness[] memory ins) = proveArgs(g);
        vm.prank(who);
        try dg.proveElement(g.id, ch, j, rec, ins) {
            return (true, "");
        } catch (bytes memory e) {
            return (false, e);
        }
    }

    /// Moves until the game reaches `phase` (or ends); every move must succeed.
    function wPlayTo(WGame memory g, IDisputeGame.Phase phase) internal {
        for (uint256 guard; guard < 64; ++guard) {
            IDisputeGame.Phase ph = view_(g).phase;
            if (ph == phase || ph >= IDisputeGame.Phase.ExecutorWon) return;
            (bool ok, bytes memory err) = wMove(g);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(err, 32), mload(err))
                }
            }
        }
        revert("wPlayTo: no end");
    }
}
