// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {BatchInbox} from "../src/BatchInbox.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";

contract BatchInboxTest is CruxTest {
    BatchInbox internal inbox;
    address internal batcher = address(0xBA7C);

    function setUp() public {
        inbox = new BatchInbox(batcher);
    }

    function post(address from, bytes memory data) internal returns (bool ok, bytes memory ret) {
        vm.prank(from);
        (ok, ret) = address(inbox).call(data);
    }

    function test_constructor() public {
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new BatchInbox(address(0));
        assertEq(inbox.batcher(), batcher, "batcher");
    }

    function test_accepts() public {
        bytes memory frame = hex"01deadbeef";
        vm.expectEmit(address(inbox));
        emit IBatchInbox.BatchSubmitted(frame.length);
        (bool ok,) = post(batcher, frame);
        assertTrue(ok, "batcher's frame accepted");
    }

    function test_rejectsOthers() public {
        (bool ok, bytes memory ret) = post(address(0xBAD), hex"01");
        assertFalse(ok, "stranger refused");
        assertEq(ret, abi.encodeWithSelector(IBatchInbox.NotBatcher.selector, address(0xBAD)), "error");
    }

    function test_rejectsEmpty() public {
        (bool ok, bytes memory ret) = post(batcher, "");
        assertFalse(ok, "empty refused");
        assertEq(ret, abi.encodeWithSelector(IBatchInbox.EmptyBatch.selector), "error");
    }

    function test_rejectsEther() public {
        vm.deal(batcher, 1 ether);
        vm.prank(batcher);
        (bool ok,) = address(inbox).call{value: 1}(hex"01");
        assertFalse(ok, "ether refused");
        vm.prank(batcher);
        (ok,) = address(inbox).call{value: 1}("");
        assertFalse(ok, "plain transfer refused");
    }

    /// Frames start with 0x01; no view selector may, or a frame could be
    /// answered by a view instead of the fallback.
    function test_frameVersionIsNoSelector() public pure {
        assertTrue(bytes1(IBatchInbox.batcher.selector) != 0x01, "batcher() selector starts like a frame");
    }

    function testFuzz_onlyBatcher(address from, bool asBatcher, bytes calldata tail) public {
        if (asBatcher) from = batcher;
        bytes memory frame = bytes.concat(hex"01", tail);
        (bool ok,) = post(from, frame);
        assertEq(ok, from == batcher, "accepted iff from the batcher");
    }
}
