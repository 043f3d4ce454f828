// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest} from "./utils/CruxTest.sol";
import {Portal} from "../src/Portal.sol";
import {OutputOracle} from "../src/OutputOracle.sol";
import {ComputeCredit} from "../src/ComputeCredit.sol";
import {IPortal} from "../src/interfaces/IPortal.sol";
import {ICruxErrors} from "../src/interfaces/ICruxErrors.sol";
import {IOutputOracle} from "../src/interfaces/IOutputOracle.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract PortalTest is CruxTest {
    ComputeCredit internal credit;
    OutputOracle internal oracle;
    Portal internal portal;
    address internal proposer = address(0x9909);
    address internal guardian = address(0x6A6D);
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);
    uint256 internal constant DELAY = 1 hours;

    function setUp() public {
        vm.warp(1_700_000_000);
        credit = new ComputeCredit();
        oracle = new OutputOracle(proposer, guardian, DELAY);
        portal = new Portal(IERC20(address(credit)), oracle);
        credit.mint(alice, 1_000e18);
        vm.prank(alice);
        credit.approve(address(portal), type(uint256).max);
    }

    // ---- deposits ----

    function test_constructor() public {
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new Portal(IERC20(address(0)), oracle);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        new Portal(IERC20(address(credit)), IOutputOracle(address(0)));
        assertEq(address(portal.credit()), address(credit), "credit");
        assertEq(address(portal.oracle()), address(oracle), "oracle");
    }

    function test_deposit() public {
        vm.expectEmit(address(portal));
        emit IPortal.DepositInitiated(0, alice, bob, 5e18);
        vm.prank(alice);
        assertEq(portal.deposit(bob, 5e18), 0, "first id");
        vm.prank(alice);
        assertEq(portal.deposit(alice, 1), 1, "ids count up");
        assertEq(portal.depositCount(), 2, "count");
        assertEq(credit.balanceOf(address(portal)), 5e18 + 1, "locked");
        assertEq(credit.balanceOf(alice), 1_000e18 - 5e18 - 1, "pulled");
    }

    function test_deposit_zero() public {
        vm.prank(alice);
        vm.expectRevert(ICruxErrors.ZeroValue.selector);
        portal.deposit(bob, 0);
    }

    function test_deposit_zeroRecipient() public {
        vm.prank(alice);
        vm.expectRevert(ICruxErrors.ZeroAddress.selector);
        portal.deposit(address(0), 1);
    }

    function test_deposit_reservedRecipients() public {
        address[3] memory reserved = [
            address(0xC0000),
            address(0xC0001),
            address(0xC0002)
        ];
        for (uint256 i; i < reserved.length; ++i) {
            vm.prank(alice);
            vm.expectRevert(abi.encodeWithSelector(IPortal.ReservedRecipient.selector, reserved[i]));
            portal.deposit(reserved[i], 1);
        }
        assertEq(portal.depositCount(), 0, "nothing counted");
    }

    function test_deposit_noAllowance() public {
        credit.mint(bob, 10);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(portal), 0, 10)
        );
        portal.deposit(bob, 10);
    }

    function test_deposit_noBalance() public {
        vm.prank(bob);
        credit.approve(address(portal), 10);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, 0, 10));
        portal.deposit(bob, 10);
    }

    function test_rejectsEther() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool ok,) = address(portal).call{value: 1}("");
        assertFalse(ok, "ether refused");
    }

    function testFuzz_deposit(address to, uint256 amount) public {
        amount = bound(amount, 1, 1_000e18);
        vm.assume(to != address(0) && uint160(to) > 0xC0002 || uint160(to) < 0xC0000 && to != address(0));
        vm.recordLogs();
        vm.prank(alice);
        portal.deposit(to, amount);
        Vm_Log[] memory logs = _logs();
        // The L2 derives exactly this shape: 4 topics, the amount as data.
        Vm_Log memory l = logs[logs.length - 1];
        assertEq(l.emitter, address(portal), "emitter");
        assertEq(l.topics.length, 4, "topics");
        assertEq(l.topics[0], keccak256("DepositInitiated(uint256,address,address,uint256)"), "signature");
        assertEq(l.topics[1], bytes32(uint256(0)), "id");
        assertEq(l.topics[2], bytes32(uint256(uint160(alice))), "from");
        assertEq(l.topics[3], bytes32(uint256(uint160(to))), "to");
        assertEq(l.data, abi.encode(amount), "amount");
    }

    struct Vm_Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function _logs() internal returns (Vm_Log[] memory out) {
        // Same layout as Vm.Log.
        bytes memory raw = abi.encode(vm.getRecordedLogs());
        out = abi.decode(raw, (Vm_Log[]));
    }

    // ---- withdrawals ----

    /// A withdrawals tree as the L2 Bridge builds it (docs/compute.md 3.1).
    function leafOf(IPortal.Withdrawal memory w) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x10), w.index, w.from, w.recipient, w.amount));
    }

    function node(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(1), l, r));
    }

    function depthOf(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    function rootAndProof(bytes32[] memory leaves, uint256 index)
        internal
        pure
        returns (bytes32 root, bytes32[] memory siblings)
    {
        uint256 d = depthOf(leaves.length);
        bytes32[] memory level = new bytes32[](uint256(1) << d);
        for (uint256 i; i < leaves.length; ++i) level[i] = leaves[i];
        siblings = new bytes32[](d);
        for (uint256 h; h < d; ++h) {
            siblings[h] = level[index ^ 1];
            bytes32[] memory up = new bytes32[](level.length / 2);
            for (uint256 i; i < up.length; ++i) up[i] = node(level[2 * i], level[2 * i + 1]);
            level = up;
            index >>= 1;
        }
        root = level[0];
    }

    struct Setup {
        IPortal.Withdrawal[] ws;
        bytes32[] leaves;
        IPortal.OutputRootProof proof;
        uint256 l2Block;
    }

    /// n withdrawals in one output at L2 block 100, deposits covering them,
    /// the output posted and (if final) aged past the delay.
    function build(uint256 n, uint256 seed, bool makeFinal) internal returns (Setup memory s) {
        s.ws = new IPortal.Withdrawal[](n);
        s.leaves = new bytes32[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            uint256 amount = 1 + uint256(keccak256(abi.encode(seed, i))) % 1e18;
            s.ws[i] = IPortal.Withdrawal({
                index: i,
                from: address(uint160(uint256(keccak256(abi.encode(seed, i, "from"))))),
                recipient: address(uint160(uint256(keccak256(abi.encode(seed, i, "to"))) | 1)),
                amount: amount
            });
            s.leaves[i] = leafOf(s.ws[i]);
            total += amount;
        }
        vm.prank(alice);
        portal.deposit(alice, total);
        (bytes32 wroot,) = rootAndProof(s.leaves, 0);
        s.proof = IPortal.OutputRootProof({stateRoot: keccak256("state"), withdrawalsRoot: wroot, blockHash: keccak256("block")});
        s.l2Block = 100;
        vm.prank(proposer);
        oracle.proposeOutput(s.l2Block, keccak256(abi.encodePacked(uint8(0), s.proof.stateRoot, wroot, s.proof.blockHash)));
        if (makeFinal) vm.warp(block.timestamp + DELAY);
    }

    /// Memory structs assign by reference: tamper with a copy.
    function copyW(IPortal.Withdrawal memory w) internal pure returns (IPortal.Withdrawal memory) {
        return IPortal.Withdrawal({index: w.index, from: w.from, recipient: w.recipient, amount: w.amount});
    }

    function finalize(Setup memory s, uint256 i) internal {
        (, bytes32[] memory sib) = rootAndProof(s.leaves, i);
        portal.finalizeWithdrawal(s.ws[i], s.l2Block, s.proof, sib);
    }

    function test_withdraw() public {
        Setup memory s = build(5, 1, true);
        IPortal.Withdrawal memory w = s.ws[3];
        vm.expectEmit(address(portal));
        emit IPortal.WithdrawalFinalized(3, w.from, w.recipient, w.amount, 100);
        finalize(s, 3);
        assertEq(credit.balanceOf(w.recipient), w.amount, "paid");
        assertTrue(portal.isWithdrawalFinalized(3), "marked");
        assertFalse(portal.isWithdrawalFinalized(2), "others not");
    }

    function test_withdraw_singleLeaf() public {
        Setup memory s = build(1, 2, true);
        finalize(s, 0); // depth 0: the root is the leaf
        assertEq(credit.balanceOf(s.ws[0].recipient), s.ws[0].amount, "paid");
    }

    function test_withdraw_replay() public {
        Setup memory s = build(4, 3, true);
        finalize(s, 1);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 1);
        vm.expectRevert(abi.encodeWithSelector(IPortal.WithdrawalAlreadyFinalized.selector, 1));
        portal.finalizeWithdrawal(s.ws[1], s.l2Block, s.proof, sib);
    }

    function test_withdraw_replayInLaterOutput() public {
        Setup memory s = build(2, 4, true);
        finalize(s, 0);
        // The same tree posted again at a later block does not pay twice.
        vm.prank(proposer);
        oracle.proposeOutput(200, keccak256(abi.encodePacked(uint8(0), s.proof.stateRoot, s.proof.withdrawalsRoot, s.proof.blockHash)));
        vm.warp(block.timestamp + DELAY);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        vm.expectRevert(abi.encodeWithSelector(IPortal.WithdrawalAlreadyFinalized.selector, 0));
        portal.finalizeWithdrawal(s.ws[0], 200, s.proof, sib);
    }

    function test_withdraw_noOutput() public {
        Setup memory s = build(2, 5, true);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        vm.expectRevert(abi.encodeWithSelector(IPortal.OutputNotProposed.selector, 99));
        portal.finalizeWithdrawal(s.ws[0], 99, s.proof, sib);
    }

    function test_withdraw_notFinal() public {
        Setup memory s = build(2, 6, false);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        vm.warp(block.timestamp + DELAY - 1);
        vm.expectRevert(abi.encodeWithSelector(IPortal.OutputNotFinalized.selector, 100, block.timestamp + 1));
        portal.finalizeWithdrawal(s.ws[0], 100, s.proof, sib);
        vm.warp(block.timestamp + 1);
        portal.finalizeWithdrawal(s.ws[0], 100, s.proof, sib);
    }

    function test_withdraw_deletedOutput() public {
        Setup memory s = build(2, 7, false);
        vm.prank(guardian);
        oracle.deleteOutputs(0);
        vm.warp(block.timestamp + DELAY);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        vm.expectRevert(abi.encodeWithSelector(IPortal.OutputNotProposed.selector, 100));
        portal.finalizeWithdrawal(s.ws[0], 100, s.proof, sib);
    }

    function test_withdraw_badOutputRootProof() public {
        Setup memory s = build(2, 8, true);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        IPortal.OutputRootProof memory p = s.proof;
        p.stateRoot = keccak256("other state");
        vm.expectRevert(IPortal.BadOutputRootProof.selector);
        portal.finalizeWithdrawal(s.ws[0], 100, p, sib);
        p = s.proof;
        p.blockHash = bytes32(0);
        vm.expectRevert(IPortal.BadOutputRootProof.selector);
        portal.finalizeWithdrawal(s.ws[0], 100, p, sib);
    }

    function test_withdraw_badProofs() public {
        Setup memory s = build(5, 9, true);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 2);
        // A tampered field changes the leaf.
        IPortal.Withdrawal memory w = copyW(s.ws[2]);
        w.amount += 1;
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        w = copyW(s.ws[2]);
        w.recipient = bob;
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        w = copyW(s.ws[2]);
        w.from = bob;
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        // Another index with the same proof.
        w = copyW(s.ws[2]);
        w.index = 3;
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        // An index beyond the proof's depth (aliasing position 2).
        w = copyW(s.ws[2]);
        w.index = 2 + (1 << sib.length);
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        // A wrong sibling; a short and a long proof.
        bytes32[] memory bad = new bytes32[](sib.length);
        for (uint256 i; i < sib.length; ++i) bad[i] = sib[i];
        bad[1] = bytes32(uint256(bad[1]) ^ 1);
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(s.ws[2], 100, s.proof, bad);
        bytes32[] memory shorter = new bytes32[](sib.length - 1);
        for (uint256 i; i < shorter.length; ++i) shorter[i] = sib[i];
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(s.ws[2], 100, s.proof, shorter);
        bytes32[] memory longer = new bytes32[](41);
        for (uint256 i; i < sib.length; ++i) longer[i] = sib[i];
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(s.ws[2], 100, s.proof, longer);
        assertFalse(portal.isWithdrawalFinalized(2), "nothing paid");
        finalize(s, 2);
    }

    function test_withdraw_innerNodeIsNoLeaf() public {
        Setup memory s = build(4, 10, true);
        // Claiming the inner node over leaves 0 and 1 as a "leaf" at depth 1
        // fails: leaves are recomputed from the withdrawal's fields.
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        bytes32[] memory up = new bytes32[](1);
        up[0] = sib[1];
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(s.ws[0], 100, s.proof, up);
    }

    function test_withdraw_zeroFields() public {
        Setup memory s = build(2, 11, true);
        (, bytes32[] memory sib) = rootAndProof(s.leaves, 0);
        IPortal.Withdrawal memory w = copyW(s.ws[0]);
        w.amount = 0;
        vm.expectRevert(IPortal.BadWithdrawal.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
        w = copyW(s.ws[0]);
        w.recipient = address(0);
        vm.expectRevert(IPortal.BadWithdrawal.selector);
        portal.finalizeWithdrawal(w, 100, s.proof, sib);
    }

    function test_withdraw_insufficientLocked() public {
        // An output (wrongly) proving more than was deposited cannot pay:
        // the transfer fails and the withdrawal stays unpaid.
        IPortal.Withdrawal memory w = IPortal.Withdrawal({index: 0, from: alice, recipient: bob, amount: 1e30});
        bytes32[] memory leaves = new bytes32[](1);
        leaves[0] = leafOf(w);
        IPortal.OutputRootProof memory p =
            IPortal.OutputRootProof({stateRoot: bytes32(uint256(1)), withdrawalsRoot: leaves[0], blockHash: bytes32(uint256(2))});
        vm.prank(proposer);
        oracle.proposeOutput(1, keccak256(abi.encodePacked(uint8(0), p.stateRoot, p.withdrawalsRoot, p.blockHash)));
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(portal), 0, 1e30)
        );
        portal.finalizeWithdrawal(w, 1, p, new bytes32[](0));
        assertFalse(portal.isWithdrawalFinalized(0), "unpaid");
    }

    /// Every withdrawal of a random tree pays exactly once.
    function testFuzz_withdrawAll(uint256 seed, uint8 count) public {
        uint256 n = bound(count, 1, 12);
        Setup memory s = build(n, seed, true);
        for (uint256 i; i < n; ++i) {
            uint256 before = credit.balanceOf(s.ws[i].recipient);
            finalize(s, i);
            assertEq(credit.balanceOf(s.ws[i].recipient), before + s.ws[i].amount, "paid");
        }
        assertEq(credit.balanceOf(address(portal)), 0, "all locked credits paid out");
    }

    /// Flipping any bit of any sibling, or proving a wrong index, fails.
    function testFuzz_tamperedProof(uint256 seed, uint8 count, uint256 which, uint8 bit, uint256 wrongIndex) public {
        uint256 n = bound(count, 2, 12);
        Setup memory s = build(n, seed, true);
        uint256 i = which % n;
        (, bytes32[] memory sib) = rootAndProof(s.leaves, i);
        uint256 k = (which / n) % sib.length;
        sib[k] = sib[k] ^ bytes32(uint256(1) << bit);
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(s.ws[i], s.l2Block, s.proof, sib);
        sib[k] = sib[k] ^ bytes32(uint256(1) << bit);
        IPortal.Withdrawal memory w = copyW(s.ws[i]);
        w.index = wrongIndex;
        vm.assume(wrongIndex != i);
        vm.expectRevert(IPortal.BadWithdrawalProof.selector);
        portal.finalizeWithdrawal(w, s.l2Block, s.proof, sib);
    }
}
