// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ProviderRegistry} from "../src/ProviderRegistry.sol";
import {ResultRegistry} from "../src/ResultRegistry.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IResultRegistry} from "../src/interfaces/IResultRegistry.sol";
import {IKernelVerifier} from "../src/interfaces/IKernelVerifier.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// Re-enters withdrawStake from its receive hook.
contract StakeReentrant {
    ProviderRegistry internal reg;
    bool internal armed;
    bytes public innerError;

    constructor(ProviderRegistry r) payable {
        reg = r;
    }

    function bondAndUnbond(uint256 amount) external {
        reg.bond{value: amount}();
        reg.requestUnbond();
    }

    function withdraw() external {
        armed = true;
        reg.withdrawStake();
    }

    receive() external payable {
        if (!armed) return;
        armed = false;
        try reg.withdrawStake() {
            innerError = "reentered";
        } catch (bytes memory err) {
            innerError = err;
        }
    }
}

/// Refuses ETH.
contract Refuser {
    function bondAndUnbond(ProviderRegistry reg) external payable {
        reg.bond{value: msg.value}();
        reg.requestUnbond();
    }

    function withdraw(ProviderRegistry reg) external {
        reg.withdrawStake();
    }
}

contract ProviderRegistryTest is Fixture {
    function setUp() public {
        deployAll();
    }

    // ---- constructor and wiring ----

    function test_constructor_params() public {
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "minStake"));
        new ProviderRegistry(0, UNBONDING);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.BadParameter.selector, "unbondingDelay"));
        new ProviderRegistry(1, 0);
        ProviderRegistry r = new ProviderRegistry(7, 9);
        assertEq(r.minStake(), 7, "minStake");
        assertEq(r.unbondingDelay(), 9, "delay");
        assertEq(r.owner(), address(this), "owner");
    }

    function test_setDisputeGame_checksDelay() public {
        // delay 1 day + 12 h is not more than window + 2 * clock.
        ProviderRegistry r = new ProviderRegistry(1 ether, WINDOW + 2 * CLOCK);
        ResultRegistry rr = new ResultRegistry(IProviderRegistry(address(r)), WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.UnbondingDelayTooShort.selector, WINDOW + 2 * CLOCK, WINDOW + 2 * CLOCK)
        );
        new DisputeGame(
            IResultRegistry(address(rr)), IProviderRegistry(address(r)), IKernelVerifier(address(verifier)), 1, 1, 0, CLOCK
        );
        // The registry checks it too, against an existing game.
        vm.expectRevert(
            abi.encodeWithSelector(ICruxErrors.UnbondingDelayTooShort.selector, WINDOW + 2 * CLOCK, WINDOW + 2 * CLOCK)
        );
        r.setDisputeGame(address(game));
    }

    function test_setDisputeGame_onceAndOwnerOnly() public {
        vm.expectRevert(ICruxErrors.DisputeGameAlreadySet.selector);
        providers.setDisputeGame(address(game));
        ProviderRegistry r = new ProviderRegistry(1 ether, UNBONDING);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        r.setDisputeGame(address(game));
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        r.setDisputeGame(address(0));
        r.setDisputeGame(address(game));
        assertEq(r.disputeGame(), address(game), "set");
    }

    // ---- bonds ----

    function test_bond() public {
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Bonded(exec, 0.4 ether, 0.4 ether);
        bondAs(exec, 0.4 ether);
        assertFalse(providers.canPost(exec), "below minStake");
        bondAs(exec, 0.6 ether);
        assertTrue(providers.canPost(exec), "at minStake");
        assertEq(providers.stakeOf(exec), 1 ether, "stake");
        assertEq(providers.totalStake(), 1 ether, "total");
        assertEq(address(providers).balance, 1 ether, "held");
        vm.prank(exec);
        vm.expectRevert(ICruxErrors.ZeroValue.selector);
        providers.bond();
    }

    function test_unbondFlow() public {
        bondAs(exec, 2 ether);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotUnbonding.selector, exec));
        providers.withdrawStake();
        vm.prank(exec);
        providers.requestUnbond();
        assertFalse(providers.canPost(exec), "cannot post while unbonding");
        assertEq(providers.providers(exec).withdrawableAt, block.timestamp + UNBONDING, "withdrawableAt");
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.ProviderUnbonding.selector, exec));
        providers.requestUnbond();
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.ProviderUnbonding.selector, exec));
        providers.bond{value: 1}();
        // cannot post results
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.CannotPost.selector, exec));
        results.postResult(bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes32(0), 1);
        vm.warp(block.timestamp + UNBONDING - 1);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.UnbondingNotElapsed.selector, block.timestamp + 1));
        providers.withdrawStake();
        vm.warp(block.timestamp + 1);
        uint256 before = exec.balance;
        vm.prank(exec);
        providers.withdrawStake();
        assertEq(exec.balance - before, 2 ether, "paid out");
        assertEq(providers.stakeOf(exec), 0, "no stake");
        assertEq(providers.totalStake(), 0, "total");
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotUnbonding.selector, exec));
        providers.withdrawStake();
        bondAs(exec, 1 ether);
        assertTrue(providers.canPost(exec), "can bond again");
    }

    function test_requestUnbond_noStake() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NoStake.selector, stranger));
        providers.requestUnbond();
    }

    function test_withdrawStake_reentrancy() public {
        StakeReentrant a = new StakeReentrant{value: 3 ether}(providers);
        a.bondAndUnbond(3 ether);
        vm.warp(block.timestamp + UNBONDING);
        a.withdraw();
        assertEq(address(a).balance, 3 ether, "paid once");
        assertEq(address(providers).balance, 0, "registry empty");
        assertEq(bytes4(a.innerError()), bytes4(keccak256("ReentrancyGuardReentrantCall()")), "re-entry refused");
    }

    function test_withdrawStake_refusingReceiver() public {
        Refuser r = new Refuser();
        r.bondAndUnbond{value: 1 ether}(providers);
        vm.warp(block.timestamp + UNBONDING);
        vm.expectRevert(ICruxErrors.TransferFailed.selector);
        r.withdraw(providers);
        assertEq(providers.stakeOf(address(r)), 1 ether, "stake kept");
    }

    // ---- slashing ----

    function test_slash_onlyDisputeGame() public {
        bondAs(exec, 1 ether);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.NotDisputeGame.selector, stranger));
        providers.slash(exec, 1);
    }

    function test_slash_capsAtStake() public {
        bondAs(exec, 1.5 ether);
        vm.prank(address(game));
        uint256 s = providers.slash(exec, 1 ether);
        assertEq(s, 1 ether, "full amount");
        vm.prank(address(game));
        s = providers.slash(exec, 1 ether);
        assertEq(s, 0.5 ether, "what is left");
        vm.prank(address(game));
        s = providers.slash(exec, 1 ether);
        assertEq(s, 0, "nothing left");
        assertEq(address(game).balance, 1.5 ether, "sent to the game");
        assertEq(providers.totalStake(), 0, "total");
    }

    function test_slash_unbondingProvider() public {
        bondAs(exec, 2 ether);
        vm.prank(exec);
        providers.requestUnbond();
        vm.prank(address(game));
        assertEq(providers.slash(exec, 1 ether), 1 ether, "unbonding stake can be slashed");
        vm.warp(block.timestamp + UNBONDING);
        vm.prank(exec);
        providers.withdrawStake();
        assertEq(providers.stakeOf(exec), 0, "rest withdrawn");
    }

    function testFuzz_slash(uint96 stake, uint96 amount) public {
        vm.assume(stake > 0);
        vm.deal(exec, stake);
        bondAs(exec, stake);
        vm.prank(address(game));
        uint256 s = providers.slash(exec, amount);
        assertEq(s, amount < stake ? amount : stake, "min");
        assertEq(providers.stakeOf(exec) + s, stake, "conserved");
        assertEq(address(game).balance, s, "sent");
    }

    // ---- nodes ----

    function test_registerNode() public {
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.CannotPost.selector, exec));
        providers.registerNode("H100", 80 << 30, "GPU-1");
        bondAs(exec, 1 ether);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.NodeRegistered(1, exec, "NVIDIA H100 80GB HBM3", 85899345920, "GPU-7f3e");
        vm.prank(exec);
        uint256 id = providers.registerNode("NVIDIA H100 80GB HBM3", 85899345920, "GPU-7f3e");
        assertEq(id, 1, "first id");
        assertEq(providers.ownerOf(1), exec, "NFT owner");
        assertEq(providers.balanceOf(exec), 1, "NFT balance");
        IProviderRegistry.NodeInfo memory n = providers.nodeInfo(1);
        assertEq(keccak256(bytes(n.gpuModel)), keccak256("NVIDIA H100 80GB HBM3"), "model");
        assertEq(n.memoryBytes, 85899345920, "memory");
        assertEq(keccak256(bytes(n.uuid)), keccak256("GPU-7f3e"), "uuid");
        assertEq(n.registrant, exec, "registrant");
        vm.prank(exec);
        assertEq(providers.registerNode("L4", 24 << 30, "GPU-2"), 2, "second id");
        assertEq(providers.nodeCount(), 2, "count");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 3));
        providers.nodeInfo(3);
        assertEq(keccak256(bytes(providers.name())), keccak256("Crux Compute Node"), "nft name");
    }

    function test_registerNode_stringLimits() public {
        bondAs(exec, 1 ether);
        bytes memory big = new bytes(257);
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.StringTooLong.selector, 257, 256));
        providers.registerNode(string(big), 1, "u");
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.StringTooLong.selector, 257, 256));
        providers.registerNode("m", 1, string(big));
    }

    function test_registerNode_whileUnbonding() public {
        bondAs(exec, 1 ether);
        vm.prank(exec);
        providers.requestUnbond();
        vm.prank(exec);
        vm.expectRevert(abi.encodeWithSelector(ICruxErrors.CannotPost.selector, exec));
        providers.registerNode("m", 1, "u");
    }
}
