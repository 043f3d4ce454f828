// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {InputWitness} from "../CruxTypes.sol";

/// @title IKernelVerifier
/// @notice One output element of any op, recomputed from witnesses (docs/dispute.md
/// sections 3.4 and 7).
interface IKernelVerifier {
    function element(
        bytes32 stateRoot,
        uint256 nSlots,
        bytes calldata record,
        uint8 outDtype,
        uint8 outRank,
        uint32[4] calldata outDims,
        uint256 e,
        InputWitness[] calldata inputs
    ) external view returns (int256);
}
