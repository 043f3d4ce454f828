// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {OutputOracle} from "../src/OutputOracle.sol";
import {IOutputOracle} from "../src/interfaces/IOutputOracle.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";

contract OutputOracleTest is CruxTest {
    OutputOracle internal oracle;
    address internal proposer = address(0x9909);
    address internal guardian = address(0x6A6D);
    address internal mallory = address(0xBAD);
    uint256 internal constant DELAY = 1 hours;

    function setUp() public {
        vm.warp(1_700_000_000);
        oracle = new OutputOracle(proposer, guardian, DELAY);
    }

    function propose(uint256 n, bytes32 root) internal {
        vm.prank(proposer);
        oracle.proposeOutput(n, root);
    }

    function test_constructorChecks() public {
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new OutputOracle(address(0), guardian, DELAY);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new OutputOracle(proposer, address(0), DELAY);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "finalizationDelay"));
        new OutputOracle(proposer, guardian, 0);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "finalizationDelay"));
        new OutputOracle(proposer, guardian, 365 days + 1);
        OutputOracle o = new OutputOracle(proposer, guardian, 365 days);
        assertEq(o.finalizationDelay(), 365 days, "max delay accepted");
        assertEq(o.proposer(), proposer, "proposer");
        assertEq(o.guardian(), guardian, "guardian");
    }

    function test_propose() public {
        vm.expectEmit(address(oracle));
        emit IOutputOracle.OutputProposed(0, bytes32(uint256(1)), 0, block.timestamp);
        propose(0, bytes32(uint256(1))); // the genesis output is allowed
        propose(10, bytes32(uint256(2)));
        IOutputOracle.Output memory o = oracle.getOutput(10);
        assertEq(o.root, bytes32(uint256(2)), "root");
        assertEq(uint256(o.proposedAt), block.timestamp, "time");
        assertEq(oracle.outputCount(), 2, "count");
        assertEq(oracle.outputBlockNumber(1), 10, "block number by index");
        assertEq(oracle.getOutput(5).root, bytes32(0), "no output for a skipped block");
    }

    function test_propose_onlyProposer() public {
        vm.prank(mallory);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.NotProposer.selector, mallory));
        oracle.proposeOutput(1, bytes32(uint256(1)));
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.NotProposer.selector, guardian));
        oracle.proposeOutput(1, bytes32(uint256(1)));
    }

    function test_propose_zeroRoot() public {
        vm.prank(proposer);
        vm.expectRevert(IOutputOracle.ZeroOutputRoot.selector);
        oracle.proposeOutput(1, bytes32(0));
    }

    function test_propose_notIncreasing() public {
        propose(7, bytes32(uint256(1)));
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BlockNumberNotIncreasing.selector, 7, 7));
        oracle.proposeOutput(7, bytes32(uint256(2)));
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BlockNumberNotIncreasing.selector, 3, 7));
        oracle.proposeOutput(3, bytes32(uint256(2)));
    }

    function test_finalization() public {
        propose(4, bytes32(uint256(9)));
        assertFalse(oracle.isFinalized(4), "fresh output");
        vm.warp(block.timestamp + DELAY - 1);
        assertFalse(oracle.isFinalized(4), "one second early");
        vm.warp(block.timestamp + 1);
        assertTrue(oracle.isFinalized(4), "after the delay");
        assertFalse(oracle.isFinalized(5), "no output");
    }

    function test_delete() public {
        propose(1, bytes32(uint256(1)));
        propose(2, bytes32(uint256(2)));
        propose(3, bytes32(uint256(3)));
        vm.expectEmit(address(oracle));
        emit IOutputOracle.OutputsDeleted(1, 2);
        vm.prank(guardian);
        oracle.deleteOutputs(1);
        assertEq(oracle.outputCount(), 1, "one left");
        assertEq(oracle.getOutput(2).root, bytes32(0), "deleted");
        assertEq(oracle.getOutput(3).root, bytes32(0), "deleted");
        assertEq(oracle.getOutput(1).root, bytes32(uint256(1)), "kept");
        propose(2, bytes32(uint256(22))); // a corrected output may follow
        assertEq(oracle.getOutput(2).root, bytes32(uint256(22)), "re-proposed");
    }

    function test_delete_onlyGuardian() public {
        propose(1, bytes32(uint256(1)));
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.NotGuardian.selector, proposer));
        oracle.deleteOutputs(0);
    }

    function test_delete_badIndex() public {
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BadOutputIndex.selector, 0, 0));
        oracle.deleteOutputs(0);
        propose(1, bytes32(uint256(1)));
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BadOutputIndex.selector, 1, 1));
        oracle.deleteOutputs(1);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BadOutputIndex.selector, 1, 1));
        oracle.outputBlockNumber(1);
    }

    function test_delete_finalRefused() public {
        propose(1, bytes32(uint256(1)));
        vm.warp(block.timestamp + DELAY);
        propose(2, bytes32(uint256(2)));
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.OutputAlreadyFinal.selector, 1));
        oracle.deleteOutputs(0);
        vm.prank(guardian);
        oracle.deleteOutputs(1); // the young one can go
        assertEq(oracle.outputCount(), 1, "final output kept");
    }

    /// Any increasing sequence is accepted and readable back; any other
    /// caller or order is refused.
    function testFuzz_proposals(uint256 seed, uint8 count, address caller) public {
        uint256 n = bound(count, 1, 24);
        uint256 last;
        for (uint256 i; i < n; ++i) {
            uint256 num = last + 1 + uint256(keccak256(abi.encode(seed, i))) % 1000;
            if (i == 0) num -= 1;
            bytes32 root = keccak256(abi.encode(seed, i, "root"));
            propose(num, root);
            assertEq(oracle.getOutput(num).root, root, "stored");
            assertEq(oracle.outputBlockNumber(i), num, "ordered");
            last = num;
        }
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.BlockNumberNotIncreasing.selector, last, last));
        oracle.proposeOutput(last, bytes32(uint256(1)));
        vm.assume(caller != proposer);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(IOutputOracle.NotProposer.selector, caller));
        oracle.proposeOutput(last + 1, bytes32(uint256(1)));
    }

    /// Finality flips exactly at proposedAt + delay.
    function testFuzz_finalityBoundary(uint256 wait) public {
        wait = bound(wait, 0, 3 * DELAY);
        propose(1, bytes32(uint256(1)));
        vm.warp(block.timestamp + wait);
        assertEq(oracle.isFinalized(1), wait >= DELAY, "finality");
    }
}
