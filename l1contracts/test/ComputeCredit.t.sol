// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {ComputeCredit} from "../src/ComputeCredit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract ComputeCreditTest is CruxTest {
    ComputeCredit internal c;
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);

    function setUp() public {
        c = new ComputeCredit();
    }

    function test_metadata() public view {
        assertEq(keccak256(bytes(c.name())), keccak256("Crux Compute Credit"), "name");
        assertEq(keccak256(bytes(c.symbol())), keccak256("CRUX"), "symbol");
        assertEq(c.decimals(), 18, "decimals");
        assertEq(c.totalSupply(), 0, "no supply");
        assertEq(c.owner(), address(this), "owner is the deployer");
    }

    function test_ownerMints() public {
        c.mint(alice, 100e18);
        assertEq(c.balanceOf(alice), 100e18, "minted");
        assertEq(c.totalSupply(), 100e18, "supply");
    }

    function test_mint_onlyOwner() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        c.mint(alice, 1);
    }

    function test_mint_toZeroReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        c.mint(address(0), 1);
    }

    function test_transferAndBurn() public {
        c.mint(alice, 10);
        vm.prank(alice);
        c.transfer(bob, 4);
        assertEq(c.balanceOf(bob), 4, "transferred");
        vm.prank(bob);
        c.burn(3);
        assertEq(c.balanceOf(bob), 1, "burned");
        assertEq(c.totalSupply(), 7, "supply after burn");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, 1, 2));
        c.burn(2);
    }

    function test_ownershipTransfer() public {
        c.transferOwnership(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        c.mint(bob, 1);
        vm.prank(alice);
        c.mint(bob, 1);
        assertEq(c.balanceOf(bob), 1, "new owner mints");
    }

    function testFuzz_mintTransfer(uint128 a, uint128 b) public {
        c.mint(alice, a);
        uint256 t = bound(b, 0, a);
        vm.prank(alice);
        c.transfer(bob, t);
        assertEq(c.balanceOf(alice) + c.balanceOf(bob), a, "conserved");
    }
}
