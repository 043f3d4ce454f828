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

/// bisect's arguments (t = 0: the mover has no differing point).
struct BisectMove {
    bytes32[] theirs;
    uint256 t;
    bytes32 mine;
    bytes32[] next;
}

/// revealWrite's arguments.
struct RevealMove {
    OpProof op;
    SlotWitness w;
    bytes32 root;
    bytes32[] desc;
}

/// proveElement's arguments.
struct ProveMove {
    bytes ch;
    uint256 j;
    bytes rec;
    InputWitness[] ins;
}

/// descend's arguments.
struct DescendMove {
    bool found;
    uint256 j;
    bytes32 theirs;
    bytes32[] ts;
    bytes32 mine;
    bytes32[] ms;
    bytes32[] next;
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

    /// bisect's arguments: the first point where the mover differs.
    function bisectArgs(WGame memory g) internal view returns (BisectMove memory mv) {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my, WTrace memory their,) = moverTrace(g, v);
        mv.theirs = world.dissection(their, v.a, v.b);
        uint256 len = v.b - v.a;
        uint256 p = len < 16 ? len : 16;
        bytes32 qAtB = v.executorToMove ? v.challengerRoot : v.executorRoot;
        for (uint256 q = 1; q <= p; ++q) {
            bytes32 theirsAt = q < p ? mv.theirs[q - 1] : qAtB;
            if (world.state(my, v.a + (q * len) / p) != theirsAt) {
                mv.t = q;
                break;
            }
        }
        if (mv.t == 0) return mv;
        uint256 lo = v.a + ((mv.t - 1) * len) / p;
        uint256 hi = v.a + (mv.t * len) / p;
        mv.mine = world.state(my, hi);
        mv.next = hi - lo > 1 ? world.dissection(my, lo, hi) : new bytes32[](0);
    }

    function revealArgs(WGame memory g) internal view returns (RevealMove memory mv) {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my,,) = moverTrace(g, v);
        uint8 var_ = world.variantAt(my, v.a + 1);
        mv.op = world.opProof(g.n, v.a);
        mv.w = world.outWitness(v.a)[0].slot;
        mv.root = world.dataRoot(var_);
        mv.desc = world.leaves(var_);
    }

    /// descend's arguments; found is false if the two sides' children agree.
    function descendArgs(WGame memory g) internal view returns (DescendMove memory d) {
        IDisputeGame.GameView memory v = view_(g);
        (WTrace memory my, WTrace memory their,) = moverTrace(g, v);
        bytes32[] memory myLeaves = world.leaves(world.variantAt(my, v.a + 1));
        bytes32[] memory mineD = Ref.descendants(myLeaves, v.level, v.index);
        bytes32[] memory theirD = Ref.descendants(world.leaves(world.variantAt(their, v.a + 1)), v.level, v.index);
        for (; d.j < mineD.length; ++d.j) {
            if (mineD[d.j] != theirD[d.j]) {
                d.found = true;
                break;
            }
        }
        if (!d.found) d.j = 0;
        d.theirs = theirD[d.j];
        d.ts = Ref.subProof(theirD, d.j);
        d.mine = mineD[d.j];
        d.ms = Ref.subProof(mineD, d.j);
        uint256 m = Ref.depthOf(mineD.length);
        d.next = Ref.descendants(myLeaves, v.level + m, (uint256(v.index) << m) | d.j);
    }

    function revealChunkArg(WGame memory g) internal view returns (bytes memory) {
        IDisputeGame.GameView memory v = view_(g);
        return world.chunk(world.variantAt(g.e, v.a + 1), v.index);
    }

    /// proveElement's arguments: the first byte where E's chunk differs from
    /// C's (element 0 if none: a losing move).
    function proveArgs(WGame memory g) internal view returns (ProveMove memory mv) {
        IDisputeGame.GameView memory v = view_(g);
        mv.ch = world.chunk(world.variantAt(g.e, v.a + 1), v.index);
        bytes memory mine = world.chunk(world.variantAt(g.c, v.a + 1), v.index);
        for (; mv.j < 1024; ++mv.j) {
            if (mv.ch[mv.j] != mine[mv.j]) break;
        }
        if (mv.j == 1024) mv.j = 0;
        mv.rec = world.record();
        mv.ins = world.inputs(v.a, v.index * 1024 + mv.j);
    }

    // ------------------------------------------------------------------
    // Moves
    // ------------------------------------------------------------------

    /// The side to move makes its move (resolveLeaf beyond the tensor). Returns
    /// false with the revert data if it could not.
    function wMove(WGame memory g) internal returns (bool, bytes memory) {
        IDisputeGame.GameView memory v = view_(g);
        IDisputeGame.Phase ph = v.phase;
        address who = v.executorToMove ? g.eAddr : g.cAddr;
        if (ph == IDisputeGame.Phase.Step) return wBisect(g, who);
        if (ph == IDisputeGame.Phase.WriteFirst || ph == IDisputeGame.Phase.WriteSecond) return wReveal(g, who);
        if (ph == IDisputeGame.Phase.Chunk) return wDescend(g, who);
        if (ph == IDisputeGame.Phase.Element) return wElement(g, who, v.index >= v.nChunks);
        if (ph == IDisputeGame.Phase.ElementRevealed) return wProve(g, who);
        return (false, "game over");
    }

    /// E reveals its chunk, or (beyond the tensor) anyone resolves the leaf.
    function wElement(WGame memory g, address who, bool beyond) internal returns (bool, bytes memory) {
        if (beyond) {
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

    function wBisect(WGame memory g, address who) private returns (bool, bytes memory) {
        BisectMove memory mv = bisectArgs(g);
        if (mv.t == 0) return (false, "no differing point");
        vm.prank(who);
        try dg.bisect(g.id, mv.theirs, mv.t, mv.mine, mv.next) {
            return (true, "");
        } catch (bytes memory e) {
            return (false, e);
        }
    }

    function wReveal(WGame memory g, address who) private returns (bool, bytes memory) {
        RevealMove memory mv = revealArgs(g);
        vm.prank(who);
        try dg.revealWrite(g.id, mv.op, mv.w, mv.root, mv.desc) {
            return (true, "");
        } catch (bytes memory e) {
            return (false, e);
        }
    }

    function wDescend(WGame memory g, address who) private returns (bool, bytes memory) {
        DescendMove memory d = descendArgs(g);
        if (!d.found) return (false, "children agree");
        vm.prank(who);
        try dg.descend(g.id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next) {
            return (true, "");
        } catch (bytes memory e) {
            return (false, e);
        }
    }

    function wProve(WGame memory g, address who) private returns (bool, bytes memory) {
        ProveMove memory mv = proveArgs(g);
        vm.prank(who);
        try dg.proveElement(g.id, mv.ch, mv.j, mv.rec, mv.ins) {
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
