// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {BigDispute} from "./utils/BigDispute.sol";
import {World, WTrace} from "./utils/World.sol";
import {WorldPlayer, WGame} from "./utils/WorldPlayer.sol";
import {Prepared} from "./utils/Model.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {SlotProof} from "../src/CruxTypes.sol";

/// Transaction gas of every L1 entry point of a dispute, and the targets
/// (docs/gas.md). Isolation makes each call from this contract its own
/// transaction, so the figures are receipt gas: 21000 + calldata + execution
/// with cold accounts and storage, minus refunds. scripts/gas.sh prints the
/// table from the "gas-table|" log lines (forge test -vv).
///
/// forge-config: default.isolate = true
/// forge-config: deep.isolate = true
contract GasTest is BigDispute, WorldPlayer {
    uint256 internal constant MOVE_TARGET = 80_000;
    uint256 internal constant ELEMENT_TARGET = 1_000_000;
    uint256 internal constant DISPUTE_TARGET = 3_000_000;
    uint256 internal constant TX_TARGET = 24;
    // Regression bounds for the moves that miss MOVE_TARGET (docs/gas.md says
    // why): open stores a new game, revealWrite carries an op proof and 16
    // descendants.
    uint256 internal constant OPEN_BOUND = 230_000;
    uint256 internal constant REVEAL_BOUND = 120_000;

    uint256 internal txs;
    uint256 internal total;
    uint256 internal totalFloor; // the same under EIP-7623
    uint256 internal lastFloor;
    bool internal quiet; // no table rows (the K = 1024 dispute repeats all but two)
    uint256 internal maxMove; // the largest bisect / descend
    uint256 internal maxReveal; // the largest revealWrite

    function setUp() public {
        deployAll();
        bondAs(exec, 10 ether);
        world = new World();
        dg = game;
        // A live deployment: the burn address holds ETH (else the first burn
        // pays 25000 for creating the account) and the counters gameCount,
        // resultCount and totalBurned are not zero (else the first write of
        // each pays 20000 more), so play one game to its end first.
        vm.deal(game.BURN_ADDRESS(), 1);
        WGame memory g = worldGame(WTrace(1, 7), WTrace(0, 0));
        vm.warp(block.timestamp + CLOCK);
        game.timeout(g.id);
    }

    // ------------------------------------------------------------------
    // Transactions
    // ------------------------------------------------------------------

    /// Sends one transaction from `who` and returns its receipt gas; logs a
    /// table row with the calldata size, its intrinsic cost (4 gas per zero
    /// byte, 16 per other byte) and the gas under EIP-7623's calldata floor
    /// (Prague: at least 21000 + 10 per zero byte + 40 per other byte).
    function txn(address who, address to, uint256 value, bytes memory cd, string memory row)
        internal
        returns (uint256 gas)
    {
        vm.prank(who);
        (bool ok, bytes memory err) = to.call{value: value}(cd);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
        gas = vm.lastCallGas().gasTotalUsed;
        assertGt(gas, 21_000, "run with isolation on (each call a transaction)");
        uint256 cdGas;
        for (uint256 b; b < cd.length; ++b) {
            cdGas += cd[b] == 0 ? 4 : 16;
        }
        uint256 floor = 21_000 + cdGas * 10 / 4;
        lastFloor = floor > gas ? floor : gas;
        if (!quiet) logRow(row, gas, vm.toString(cd.length), vm.toString(cdGas), lastFloor);
    }

    function logRow(string memory row, uint256 gas, string memory cdBytes, string memory cdGas, uint256 floorGas)
        internal
        view
    {
        log(
            string.concat(
                "gas-table|", row, "|", vm.toString(gas), "|", cdBytes, "|", cdGas, "|", vm.toString(floorGas)
            )
        );
    }

    /// A transaction of the dispute: counted and summed.
    function move(address who, bytes memory cd, string memory row) internal returns (uint256 gas) {
        return move(who, 0, cd, row);
    }

    function move(address who, uint256 value, bytes memory cd, string memory row) internal returns (uint256 gas) {
        gas = txn(who, address(game), value, cd, row);
        txs++;
        total += gas;
        totalFloor += lastFloor;
    }

    function mover(IDisputeGame.GameView memory v) internal view returns (address) {
        return v.executorToMove ? exec : chal;
    }

    // ------------------------------------------------------------------
    // The 2^16-step, 1 GiB dispute
    // ------------------------------------------------------------------

    /// Plays the whole dispute (E's matmul element is wrong) and returns the
    /// gas of proveElement. Table rows: all (allRows) or just proveElement and
    /// the total.
    function bigDispute(uint256 k, bool allRows) internal returns (uint256 element) {
        buildBig(k);
        quiet = !allRows;
        string memory tag = string.concat(" [K=", vm.toString(k), "]");
        txn(
            exec,
            address(results),
            0,
            abi.encodeCall(
                results.postResult,
                (
                    keccak256("job"),
                    big.programRoot,
                    bigState(true, 0),
                    keccak256("outputs"),
                    bigState(true, BIG_N),
                    uint64(BIG_N)
                )
            ),
            string.concat("postResult", tag)
        );
        uint256 rid = results.resultCount();
        txs = 0;
        total = 0;
        totalFloor = 0;
        bytes memory cd = abi.encodeCall(game.open, (rid, bigState(false, BIG_N), bigDissection(false, 0, BIG_N)));
        uint256 gas = move(chal, BOND, cd, string.concat("open (15-root dissection)", tag));
        assertLe(gas, OPEN_BOUND, "open");
        uint256 id = game.gameCount();

        IDisputeGame.GameView memory v = game.games(id);
        for (uint256 q = 1; v.phase == IDisputeGame.Phase.Step; ++q) {
            BigBisect memory b = bigBisectArgs(v);
            cd = abi.encodeCall(game.bisect, (id, b.theirs, b.t, b.mine, b.next));
            noteMove(move(mover(v), cd, string.concat("bisect ", vm.toString(q), " of 4", tag)));
            v = game.games(id);
        }
        assertEq(v.a, BIG_I, "the step phase found the disputed step");
        cd = abi.encodeCall(
            game.revealWrite, (id, bigOpProof(), bigOutWitness(), big.ePath[BIG_DEPTH], bigDesc(true, 0, 0))
        );
        noteReveal(move(exec, cd, string.concat("revealWrite, first", tag)));
        cd = abi.encodeCall(
            game.revealWrite, (id, bigOpProof(), bigOutWitness(), big.cPath[BIG_DEPTH], bigDesc(false, 0, 0))
        );
        noteReveal(move(chal, cd, string.concat("revealWrite, second", tag)));
        v = game.games(id);
        assertEq(v.depth, BIG_DEPTH, "20 levels");
        for (uint256 q = 1; v.phase == IDisputeGame.Phase.Chunk; ++q) {
            BigDescend memory d = bigDescendArgs(v);
            cd = abi.encodeCall(game.descend, (id, d.j, d.theirs, d.ts, d.mine, d.ms, d.next));
            noteMove(move(mover(v), cd, string.concat("descend ", vm.toString(q), " of 5", tag)));
            v = game.games(id);
        }
        assertEq(v.index, big.c, "the disputed chunk");
        move(exec, abi.encodeCall(game.revealChunk, (id, big.eChunk)), string.concat("revealChunk", tag));
        cd = abi.encodeCall(game.proveElement, (id, big.eChunk, big.j, big.record, bigInputs()));
        quiet = false;
        element = move(chal, cd, string.concat("proveElement, matmul", tag));
        assertEq(uint256(game.games(id).phase), uint256(IDisputeGame.Phase.ChallengerWon), "C proved the element wrong");

        logRow(string.concat("whole dispute: ", vm.toString(txs), " transactions", tag), total, "-", "-", totalFloor);
        assertEq(txs, 1 + 4 + 2 + 5 + 2, "open + 4 bisect + 2 revealWrite + 5 descend + revealChunk + proveElement");
        assertLe(txs, TX_TARGET, "transactions");
        assertLe(total, DISPUTE_TARGET, "gas of the whole dispute");
        quiet = !allRows;
        txn(chal, address(game), 0, abi.encodeCall(game.withdrawPayout, ()), "withdrawPayout (the winner)");
        quiet = false;
    }

    function noteMove(uint256 gas) internal {
        if (gas > maxMove) maxMove = gas;
    }

    function noteReveal(uint256 gas) internal {
        if (gas > maxReveal) maxReveal = gas;
    }

    function test_gas1_dispute_K4096() public {
        uint256 element = bigDispute(4096, true);
        assertLe(element, ELEMENT_TARGET, "matmul element step, K = 4096");
        assertLe(maxMove, MOVE_TARGET, "every bisect and descend");
        assertLe(maxReveal, REVEAL_BOUND, "revealWrite");
    }

    function test_gas2_dispute_K1024() public {
        bigDispute(1024, false);
        assertLe(maxMove, MOVE_TARGET, "every bisect and descend");
        assertLe(maxReveal, REVEAL_BOUND, "revealWrite");
    }

    // ------------------------------------------------------------------
    // The other entry points (World games: their gas does not depend on size)
    // ------------------------------------------------------------------

    /// A World game of 40 steps against a new challenger (so every credit
    /// to a payouts entry is a first one, like a new winner's).
    function worldGame(WTrace memory e, WTrace memory c) internal returns (WGame memory g) {
        bytes32 root = world.programRoot(40);
        bytes32 s0 = world.initState();
        bytes32 outRoot = world.outputRoot(e, 40);
        bytes32 fin = world.state(e, 40);
        vm.prank(exec);
        uint256 rid = results.postResult(keccak256("job"), root, s0, outRoot, fin, 40);
        address ch = address(uint160(0xC100 + results.resultCount()));
        vm.deal(ch, 10 ether);
        g = WGame(0, 40, e, c, exec, ch);
        bytes32 claim = world.state(c, 40);
        bytes32[] memory d = world.dissection(c, 0, 40);
        vm.prank(ch);
        g.id = game.open{value: BOND}(rid, claim, d);
        if (game.payouts(exec) != 0) {
            vm.prank(exec);
            game.withdrawPayout(); // E's next credit is a first one too
        }
    }

    /// Gas of a call that reverts (isolated: a failed transaction's gas).
    function failedTxn(address who, address to, bytes memory cd) internal returns (uint256) {
        vm.prank(who);
        (bool ok,) = to.call(cd);
        assertFalse(ok, "expected to revert");
        return vm.lastCallGas().gasTotalUsed;
    }

    function test_gas3_endings() public {
        bondAs(exec, 20 ether); // E loses two games here
        // timeout, both outcomes; a timeout refused while the clock runs costs
        // what every ending move pays before it settles, so the difference is
        // the settlement ("resolve": registry update, slash, payouts, burn).
        WGame memory g = worldGame(WTrace(1, 7), WTrace(0, 0));
        uint256 checks = failedTxn(stranger, address(game), abi.encodeCall(game.timeout, (g.id)));
        vm.warp(block.timestamp + CLOCK);
        uint256 eLoses = txn(
            stranger, address(game), 0, abi.encodeCall(game.timeout, (g.id)), "timeout (E loses: slash, reward, burn)"
        );
        g = worldGame(WTrace(0, 0), WTrace(1, 7));
        (bool ok,) = wMove(g); // E bisects: C to move
        assertTrue(ok, "E's move");
        vm.warp(block.timestamp + CLOCK);
        uint256 cLoses = txn(
            stranger, address(game), 0, abi.encodeCall(game.timeout, (g.id)), "timeout (C loses: bond split, burn)"
        );
        logRow("resolve: settlement part of an ending move, E loses", eLoses - checks, "-", "-", eLoses - checks);
        logRow("resolve: settlement part of an ending move, C loses", cLoses - checks, "-", "-", cLoses - checks);
        // resolveLeaf, both outcomes
        g = worldGame(WTrace(4, 40), WTrace(0, 0));
        wPlayTo(g, IDisputeGame.Phase.Element);
        txn(stranger, address(game), 0, abi.encodeCall(game.resolveLeaf, (g.id)), "resolveLeaf (E loses)");
        g = worldGame(WTrace(0, 0), WTrace(4, 40));
        wPlayTo(g, IDisputeGame.Phase.Element);
        txn(stranger, address(game), 0, abi.encodeCall(game.resolveLeaf, (g.id)), "resolveLeaf (C loses)");
        // finalize after the window, with a game won by E
        uint256 rid = game.games(g.id).resultId;
        vm.warp(block.timestamp + WINDOW);
        txn(stranger, address(results), 0, abi.encodeCall(results.finalize, (rid)), "finalize");
        txn(exec, address(game), 0, abi.encodeCall(game.withdrawPayout, ()), "withdrawPayout (E's reward)");
    }

    function test_gas4_commitments() public {
        txn(exec2, address(providers), 5 ether, abi.encodeCall(providers.bond, ()), "bond (first)");
        bytes32 root = world.programRoot(40);
        bytes32 s0 = world.initState();
        bytes32 fin = world.state(WTrace(0, 0), 40);
        bytes32 outRoot = world.outputRoot(WTrace(0, 0), 40);
        bytes memory cd = abi.encodeCall(results.postResult, (keccak256("job"), root, s0, outRoot, fin, 41));
        txn(exec2, address(results), 0, cd, "postResult (40-step World job)");
        uint256 rid = results.resultCount();
        Prepared memory p = world.prepared(40);
        bytes memory hdr = abi.encodePacked(p.header);
        cd = abi.encodeCall(game.proveStepCount, (rid, hdr, p.slotsHash, p.outputsHash, p.opsRoot));
        txn(stranger, address(game), 0, cd, "proveStepCount (slash, reward, burn)");
        vm.prank(exec2);
        rid = results.postResult(keccak256("job"), root, s0, keccak256("wrong"), fin, 40);
        SlotProof[] memory sp = world.finalSlotProof(0);
        cd = abi.encodeCall(game.proveOutputRoot, (rid, hdr, p.slotsHash, p.outputs, p.opsRoot, sp));
        txn(stranger, address(game), 0, cd, "proveOutputRoot (1 output slot)");
        txn(exec2, address(providers), 0, abi.encodeCall(providers.requestUnbond, ()), "requestUnbond");
        vm.warp(block.timestamp + UNBONDING);
        txn(exec2, address(providers), 0, abi.encodeCall(providers.withdrawStake, ()), "withdrawStake");
    }
}
