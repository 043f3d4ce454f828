// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {CruxTest, Vm} from "./CruxTest.sol";
import {Tensor, Slot, Ref} from "./Ref.sol";
import {Program, Prepared, Fault, Trace, Model} from "./Model.sol";
import {ComputeCredit} from "../../src/ComputeCredit.sol";
import {ProviderRegistry} from "../../src/ProviderRegistry.sol";
import {ResultRegistry} from "../../src/ResultRegistry.sol";
import {DisputeGame} from "../../src/DisputeGame.sol";
import {KernelVerifier} from "../../src/KernelVerifier.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";
import {IResultRegistry} from "../../src/interfaces/IResultRegistry.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {IKernelVerifier} from "../../src/interfaces/IKernelVerifier.sol";
import {OpProof, SlotWitness, ChunkWitness, InputWitness, SlotProof} from "../../src/CruxTypes.sol";

/// Deploys the contracts and builds the standard test programs.
abstract contract Fixture is CruxTest {
    uint256 internal constant MIN_STAKE = 1 ether;
    uint256 internal constant WINDOW = 1 days;
    uint256 internal constant CLOCK = 6 hours;
    uint256 internal constant UNBONDING = 2 days;
    uint256 internal constant BOND = 0.5 ether;
    uint256 internal constant SLASH = 2 ether;
    uint256 internal constant REWARD_BPS = 5000;

    ComputeCredit internal credit;
    ProviderRegistry internal providers;
    ResultRegistry internal results;
    KernelVerifier internal verifier;
    DisputeGame internal game;

    address internal owner = address(this);
    address internal exec = address(0xE1);
    address internal exec2 = address(0xE2);
    address internal chal = address(0xC1);
    address internal chal2 = address(0xC2);
    address internal stranger = address(0x5757);

    function deployAll() internal {
        vm.warp(1_700_000_000);
        credit = new ComputeCredit();
        providers = new ProviderRegistry(MIN_STAKE, UNBONDING);
        results = new ResultRegistry(IProviderRegistry(address(providers)), WINDOW);
        verifier = new KernelVerifier();
        game = new DisputeGame(
            IResultRegistry(address(results)),
            IProviderRegistry(address(providers)),
            IKernelVerifier(address(verifier)),
            BOND,
            SLASH,
            REWARD_BPS,
            CLOCK
        );
        providers.setDisputeGame(address(game));
        results.setDisputeGame(address(game));
        vm.label(address(providers), "ProviderRegistry");
        vm.label(address(results), "ResultRegistry");
        vm.label(address(game), "DisputeGame");
        vm.label(address(verifier), "KernelVerifier");
        vm.deal(exec, 100 ether);
        vm.deal(exec2, 100 ether);
        vm.deal(chal, 100 ether);
        vm.deal(chal2, 100 ether);
        vm.deal(stranger, 100 ether);
    }

    function bondAs(address who, uint256 amount) internal {
        vm.prank(who);
        providers.bond{value: amount}();
    }

    /// Posts trace tr of program pr as `who`'s commitment (steps, roots from tr).
    function postTrace(address who, Prepared memory pr, Trace memory tr) internal returns (uint256) {
        vm.prank(who);
        return results.postResult(
            keccak256("job"), pr.root, tr.states[0], tr.outputRoot, tr.states[tr.states.length - 1], uint64(Model.steps(tr))
        );
    }

    function postRaw(address who, bytes32 programRoot, bytes32 inputRoot, bytes32 outRoot, bytes32 fin, uint64 n)
        internal
        returns (uint256)
    {
        vm.prank(who);
        return results.postResult(keccak256("job"), programRoot, inputRoot, outRoot, fin, n);
    }

    // ------------------------------------------------------------------
    // Programs
    // ------------------------------------------------------------------

    /// The standard game program: every op once on small tensors, one slot of 18
    /// chunks (chunk tree depth 5) written twice, and `filler` cheap ops so that
    /// the step phase has several levels. n = 12 + filler.
    ///
    ///   0 x  int8  [4,64]  in      8 y    int32 [4]      out
    ///   1 w  int8  [8,64]  in      9 big2 int32 [5,900]  out
    ///   2 b  int32 [8]     in     10 tq   int8  [8,4]
    ///   3 h  int32 [4,8]          11 sl   int8  [4,5]
    ///   4 q  int8  [4,8]          12 cc   int8  [4,13]   out
    ///   5 t  int8  [256]   in     13 rs   int8  [32]
    ///   6 big int32 [5,900] in    14 lu   int8  [4,8]
    ///   7 bias int32 [900] in     15 acc  int32 [8]      (the filler: acc += b)
    function gameProgram(uint256 filler) internal pure returns (Program memory p) {
        p.slots = new Slot[](16);
        p.slots[0] = Model.slot(1, 2, Ref.d4(4, 64, 0, 0), true, false);
        p.slots[1] = Model.slot(1, 2, Ref.d4(8, 64, 0, 0), true, false);
        p.slots[2] = Model.slot(2, 1, Ref.d4(8, 0, 0, 0), true, false);
        p.slots[3] = Model.slot(2, 2, Ref.d4(4, 8, 0, 0), false, false);
        p.slots[4] = Model.slot(1, 2, Ref.d4(4, 8, 0, 0), false, false);
        p.slots[5] = Model.slot(1, 1, Ref.d4(256, 0, 0, 0), true, false);
        p.slots[6] = Model.slot(2, 2, Ref.d4(5, 900, 0, 0), true, false);
        p.slots[7] = Model.slot(2, 1, Ref.d4(900, 0, 0, 0), true, false);
        p.slots[8] = Model.slot(2, 1, Ref.d4(4, 0, 0, 0), false, true);
        p.slots[9] = Model.slot(2, 2, Ref.d4(5, 900, 0, 0), false, true);
        p.slots[10] = Model.slot(1, 2, Ref.d4(8, 4, 0, 0), false, false);
        p.slots[11] = Model.slot(1, 2, Ref.d4(4, 5, 0, 0), false, false);
        p.slots[12] = Model.slot(1, 2, Ref.d4(4, 13, 0, 0), false, true);
        p.slots[13] = Model.slot(1, 1, Ref.d4(32, 0, 0, 0), false, false);
        p.slots[14] = Model.slot(1, 2, Ref.d4(4, 8, 0, 0), false, false);
        p.slots[15] = Model.slot(2, 1, Ref.d4(8, 0, 0, 0), false, false);

        p.ops = new bytes[](12 + filler);
        int32[14] memory none;
        p.ops[0] = Ref.record(Ref.MATMUL, 3, 0, 1, none);
        p.ops[1] = Ref.record(Ref.ADD, 3, 3, 2, none); // bias row
        p.ops[2] = Ref.record(Ref.REQUANT, 4, 3, 0, Ref.params(1234567, 31, 3, -100, 120));
        p.ops[3] = Ref.record(Ref.RELU, 4, 4, 0, none);
        p.ops[4] = Ref.record(Ref.LUT, 14, 4, 5, none);
        p.ops[5] = Ref.record(Ref.TRANSPOSE, 10, 4, 0, Ref.params(1, 0, 0, 0, 0));
        p.ops[6] = Ref.record(Ref.SLICE, 11, 14, 0, Ref.params(0, 3, 0, 0, 0));
        p.ops[7] = Ref.record(Ref.CONCAT, 12, 14, 11, Ref.params(1, 0, 0, 0, 0));
        p.ops[8] = Ref.record(Ref.RESHAPE, 13, 4, 0, none);
        p.ops[9] = Ref.record(Ref.ARGMAX, 8, 3, 0, none);
        p.ops[10] = Ref.record(Ref.ADD, 9, 6, 7, none); // big2 = big + bias row
        for (uint256 f; f < filler; ++f) {
            p.ops[11 + f] = Ref.record(Ref.ADD, 15, 15, 2, none);
        }
        p.ops[11 + filler] = Ref.record(Ref.ADD, 9, 9, 6, none); // big2 += big (same shape)
    }

    /// Random inputs for the input slots of p.
    function inputsFor(Program memory p, uint256 seed) internal pure returns (Tensor[] memory ins) {
        ins = new Tensor[](p.slots.length);
        for (uint256 s; s < p.slots.length; ++s) {
            Slot memory d = p.slots[s];
            if (d.input) ins[s] = Ref.random(d.dtype, d.rank, d.dims, uint256(keccak256(abi.encode(seed, s))), false);
        }
    }
}
