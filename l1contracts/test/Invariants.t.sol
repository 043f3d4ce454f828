// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {World} from "./utils/World.sol";
import {DisputeHandler} from "./utils/DisputeHandler.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";

/// forge's invariant fuzzer calls the handler's actions in random order and
/// checks these properties after each call (see [invariant] in foundry.toml).
contract InvariantsTest is Fixture {
    /// What forge reads from targetSelectors() (forge-std's StdInvariant shape).
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    DisputeHandler internal handler;
    uint256 internal burnStart;

    function setUp() public {
        deployAll();
        handler = new DisputeHandler(new World(), game, providers, results);
        burnStart = game.BURN_ADDRESS().balance;
    }

    function targetContracts() public view returns (address[] memory t) {
        t = new address[](1);
        t[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory t) {
        bytes4[] memory s = new bytes4[](12);
        s[0] = DisputeHandler.bond.selector;
        s[1] = DisputeHandler.requestUnbond.selector;
        s[2] = DisputeHandler.withdrawStake.selector;
        s[3] = DisputeHandler.postResult.selector;
        s[4] = DisputeHandler.finalize.selector;
        s[5] = DisputeHandler.directProof.selector;
        s[6] = DisputeHandler.openGame.selector;
        s[7] = DisputeHandler.move.selector;
        s[8] = DisputeHandler.timeout.selector;
        s[9] = DisputeHandler.resolveLeaf.selector;
        s[10] = DisputeHandler.withdrawPayout.selector;
        s[11] = DisputeHandler.warp.selector;
        t = new FuzzSelector[](1);
        t[0] = FuzzSelector(address(handler), s);
    }

    /// The handler can drive a game to its end (guards the invariant runs
    /// against a handler that silently stops making progress).
    function test_handlerPlaysGames() public {
        handler.bond(0, 4.9 ether); // bound() maps it to 5 ether
        handler.bond(0, 4.9 ether); // bound() maps it to 5 ether
        // seed 590081: n = 40 (seed % 3 == 2), kind 2 (chunk 2 wrong, (seed >> 8) % 7),
        // from step 1 + (seed >> 16) % 40 = 10
        handler.postResult(0, 590081);
        handler.openGame(0, 0, 0);
        handler.move(0, 7);
        assertEq(handler.reached(8), 1, "C won on the facts");
        // kind 0 (honest) against a challenger with a garbage leaf beyond the tensor
        handler.postResult(0, 2); // n = 40, kind 0
        handler.openGame(1, 1, 3 | (39 << 8));
        handler.move(1, 7);
        assertEq(handler.reached(7), 1, "E won on the facts");
        handler.warp(7 * 8); // days
        handler.finalize(1);
        assertEq(handler.finalized(), 1, "finalized");
        handler.withdrawPayout(0);
        handler.withdrawPayout(3);
        assertGt(handler.withdrawn(), 0, "paid out");
        assertEq(handler.clockViolations() + handler.honestStuck() + handler.factViolations(), 0, "clean");
    }

    /// Every wei deposited (stakes bonded into ProviderRegistry, bonds posted to
    /// DisputeGame) is held by the two contracts, paid out, or burned; and each
    /// contract holds exactly what it accounts for.
    function invariant_valueConserved() public view {
        uint256 held = address(providers).balance + address(game).balance;
        uint256 burned = game.totalBurned();
        assertEq(handler.deposited(), held + handler.withdrawn() + burned, "deposited = held + paid out + burned");
        assertEq(game.BURN_ADDRESS().balance - burnStart, burned, "burned ETH is at the burn address");
        assertEq(providers.totalStake(), address(providers).balance, "ProviderRegistry holds the stakes");
        address[] memory a = handler.actors();
        uint256 owed;
        for (uint256 k; k < a.length; ++k) {
            owed += game.payouts(a[k]);
        }
        uint256 open;
        for (uint256 k; k < handler.gameCount(); ++k) {
            (uint256 id,) = handler.gameAt(k);
            if (game.games(id).phase < IDisputeGame.Phase.ExecutorWon) open++;
        }
        assertEq(address(game).balance, owed + open * BOND, "DisputeGame holds the payouts and open bonds");
    }

    /// No commitment finalizes while a game against it is open or after one was
    /// lost (or a direct proof succeeded); a lost game always rejects; the open
    /// game count matches the games.
    function invariant_noFinalizeWithOpenOrLostGame() public view {
        uint256 nr = handler.resultCount();
        for (uint256 r; r < nr; ++r) {
            uint256 rid = handler.rids(r);
            IResultRegistry.Commitment memory c = results.commitment(rid);
            bool lost = handler.lostOf(rid);
            if (c.status == IResultRegistry.Status.Finalized) {
                assertFalse(lost, "finalized after a lost game");
                assertFalse(handler.directOf(rid), "finalized after a direct proof");
                assertEq(c.openGames, 0, "finalized with a game open");
            }
            if (lost || handler.directOf(rid)) {
                assertEq(uint256(c.status), uint256(IResultRegistry.Status.Rejected), "lost means rejected");
            }
            uint256 open;
            for (uint256 k; k < handler.gameCount(); ++k) {
                (uint256 id, uint256 grid) = handler.gameAt(k);
                if (grid != rid) continue;
                IDisputeGame.Phase ph = game.games(id).phase;
                if (ph < IDisputeGame.Phase.ExecutorWon) open++;
                if (c.status == IResultRegistry.Status.Finalized) {
                    assertEq(uint256(ph), uint256(IDisputeGame.Phase.ExecutorWon), "every game won by E");
                }
            }
            assertEq(c.openGames, open, "open games counted");
        }
    }

    /// Each side's clock runs only while it is to move: the other side's
    /// remaining time never decreases (checked after every handler call).
    function invariant_clocksRunOnlyForTheSideToMove() public view {
        assertEq(handler.clockViolations(), 0, "clock violations");
    }

    /// An honest side can always make its move, and a game decided on the facts
    /// (proveElement, resolveLeaf) goes to the honest side.
    function invariant_honestSideWinsOnTheFacts() public view {
        assertEq(handler.honestStuck(), 0, "honest move failed");
        assertEq(handler.factViolations(), 0, "honest side lost on the facts");
    }
}
