// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ProviderRegistry} from "../src/ProviderRegistry.sol";
import {ResultRegistry} from "../src/ResultRegistry.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract ResultRegistryTest is Fixture {
    function setUp() public {
        deployAll();
        bondAs(exec, 5 ether);
    }

    function post() internal returns (uint256) {
        return postRaw(exec, keccak256("p"), keccak256("in"), keccak256("out"), keccak256("fin"), 7);
    }

    function test_constructor() public {
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new ResultRegistry(IProviderRegistry(address(0)), 1);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "challengeWindow"));
        new ResultRegistry(IProviderRegistry(address(providers)), 0);
        assertEq(results.challengeWindow(), WINDOW, "window");
    }

    function test_setDisputeGame() public {
        vm.expectRevert(ICruxErrors.DisputeGameAlreadySet.selector);
        results.setDisputeGame(address(game));
        ResultRegistry r = new ResultRegistry(IProviderRegistry(address(providers)), WINDOW);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        r.setDisputeGame(address(game));
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        r.setDisputeGame(address(0));
        // Not wired yet: no one can post.
        vm.prank(exec);
        vm.expectRevert(ICruxErrors.DisputeGameNotSet.selector);
        r.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), 1);
    }

    function test_postResult() public {
        uint64 deadline = uint64(block.timestamp + WINDOW);
        vm.expectEmit(address(results));
        emit IResultRegistry.ResultPosted(
            1, keccak256("job"), exec, keccak256("p"), keccak256("in"), keccak256("out"), keccak256("fin"), 7, deadline
        );
        uint256 id = post();
        assertEq(id, 1, "first id");
        IResultRegistry.Commitment memory c = results.commitment(id);
        assertEq(c.jobId, keccak256("job"), "job");
        assertEq(c.programRoot, keccak256("p"), "program");
        assertEq(c.inputRoot, keccak256("in"), "input");
        assertEq(c.outputRoot, keccak256("out"), "output");
        assertEq(c.finalState, keccak256("fin"), "final");
        assertEq(c.executor, exec, "executor");
        assertEq(c.steps, 7, "steps");
        assertEq(c.deadline, deadline, "deadline");
        assertEq(uint256(c.status), uint256(IResultRegistry.Status.Pending), "pending");
        assertEq(c.openGames, 0, "no games");
        assertEq(results.programRootOf(id), keccak256("p"), "programRootOf");
        assertEq(post(), 2, "second id");
    }

    function test_postResult_rejects() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.CannotPost.selector, stranger));
        results.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), 1);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadSteps.selector, 0));
        results.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), 0);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadSteps.selector, (1 << 20) + 1));
        results.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), (1 << 20) + 1);
        vm.prank(exec);
        results.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), 1 << 20);
    }

    function test_finalize() public {
        uint256 id = post();
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.UnknownResult.selector, 99));
        results.finalize(99);
        vm.warp(block.timestamp + WINDOW - 1);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.WindowOpen.selector, id, block.timestamp + 1));
        results.finalize(id);
        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(results));
        emit IResultRegistry.ResultFinalized(id, keccak256("job"), exec);
        vm.prank(stranger);
        results.finalize(id);
        assertEq(uint256(results.statusOf(id)), uint256(IResultRegistry.Status.Finalized), "finalized");
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, id, uint8(IResultRegistry.Status.Finalized))
        );
        results.finalize(id);
        // No game after finalization (nor after the window).
        vm.prank(chal);
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, id, uint8(IResultRegistry.Status.Finalized))
        );
        game.open{value: BOND}(id, bytes32(uint256(1)), new bytes32[](6));
    }

    function test_finalize_withOpenGame() public {
        uint256 id = post();
        vm.prank(chal);
        game.open{value: BOND}(id, bytes32(uint256(1)), new bytes32[](6));
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.GamesOpen.selector, id, 1));
        results.finalize(id);
    }

    function test_finalize_afterLostGame() public {
        uint256 id = post();
        vm.prank(chal);
        uint256 g = game.open{value: BOND}(id, bytes32(uint256(1)), new bytes32[](6));
        vm.warp(block.timestamp + CLOCK); // E never answers
        game.timeout(g);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, id, uint8(IResultRegistry.Status.Rejected))
        );
        results.finalize(id);
    }

    function test_hooks_onlyDisputeGame() public {
        uint256 id = post();
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotDisputeGame.selector, stranger));
        results.gameOpened(id);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotDisputeGame.selector, stranger));
        results.gameResolved(id, false);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotDisputeGame.selector, stranger));
        results.reject(id);
        vm.stopPrank();
    }

    function test_hooks_windowAndStatus() public {
        uint256 id = post();
        vm.startPrank(address(game));
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.UnknownResult.selector, 5));
        results.gameOpened(5);
        (address e, bytes32 inRoot, bytes32 fin, uint64 n) = results.gameOpened(id);
        assertEq(e, exec, "executor");
        assertEq(inRoot, keccak256("in"), "input root");
        assertEq(fin, keccak256("fin"), "final state");
        assertEq(n, 7, "steps");
        assertEq(results.commitment(id).openGames, 1, "counted");
        results.gameResolved(id, true);
        assertEq(results.commitment(id).openGames, 0, "resolved");
        assertEq(uint256(results.statusOf(id)), uint256(IResultRegistry.Status.Pending), "still pending");
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.WindowClosed.selector, id, block.timestamp));
        results.gameOpened(id);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.WindowClosed.selector, id, block.timestamp));
        results.reject(id);
        vm.stopPrank();
    }

    function test_reject_once() public {
        uint256 id = post();
        vm.startPrank(address(game));
        vm.expectEmit(address(results));
        emit IResultRegistry.ResultRejected(id, keccak256("job"), exec);
        assertEq(results.reject(id), exec, "executor returned");
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.NotPending.selector, id, uint8(IResultRegistry.Status.Rejected))
        );
        results.reject(id);
        vm.stopPrank();
    }
}
