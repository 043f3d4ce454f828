// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IOutputOracle} from "./interfaces/IOutputOracle.sol";

/// @title OutputOracle
/// @notice L2 output roots posted by the sequencer's proposer; see
/// IOutputOracle. Trust assumption (docs/l2.md section 5): a posted root is
/// believed once finalizationDelay has passed; nothing on L1 checks it against
/// the L2 state transition. The guardian is the only brake: it can delete
/// outputs that are not final yet when replicas raise the alarm.
contract OutputOracle is ICruxErrors, IOutputOracle {
    /// @notice Longest accepted delay (one year): longer is surely a units mistake.
    uint256 public constant MAX_FINALIZATION_DELAY = 365 days;

    address public immutable proposer;
    address public immutable guardian;
    uint256 public immutable finalizationDelay;

    mapping(uint256 l2BlockNumber => Output) private _outputs;
    /// L2 block numbers of the outputs, in proposal (and so block) order.
    uint256[] private _blockNumbers;

    /// @param proposer_ The only account that may post outputs.
    /// @param guardian_ The only account that may delete outputs before they are final.
    /// @param finalizationDelay_ Seconds before an output is trusted (1 .. MAX_FINALIZATION_DELAY).
    constructor(address proposer_, address guardian_, uint256 finalizationDelay_) {
        if (proposer_ == address(0) || guardian_ == address(0)) revert ZeroAddress();
        if (finalizationDelay_ == 0 || finalizationDelay_ > MAX_FINALIZATION_DELAY) {
            revert BadParameter("finalizationDelay");
        }
        proposer = proposer_;
        guardian = guardian_;
        finalizationDelay = finalizationDelay_;
    }

    /// @inheritdoc IOutputOracle
    function proposeOutput(uint256 l2BlockNumber, bytes32 outputRoot) external {
        if (msg.sender != proposer) revert NotProposer(msg.sender);
        if (outputRoot == bytes32(0)) revert ZeroOutputRoot();
        uint256 n = _blockNumbers.length;
        if (n > 0 && l2BlockNumber <= _blockNumbers[n - 1]) {
            revert BlockNumberNotIncreasing(l2BlockNumber, _blockNumbers[n - 1]);
        }
        _outputs[l2BlockNumber] = Output({root: outputRoot, proposedAt: uint64(block.timestamp)});
        _blockNumbers.push(l2BlockNumber);
        emit OutputProposed(l2BlockNumber, outputRoot, n, block.timestamp);
    }

    /// @inheritdoc IOutputOracle
    function deleteOutputs(uint256 fromIndex) external {
        if (msg.sender != guardian) revert NotGuardian(msg.sender);
        uint256 n = _blockNumbers.length;
        if (fromIndex >= n) revert BadOutputIndex(fromIndex, n);
        // Outputs are in time order: if the first to go is not final, none is.
        uint256 first = _blockNumbers[fromIndex];
        if (_final(_outputs[first])) revert OutputAlreadyFinal(first);
        for (uint256 i = n; i > fromIndex; --i) {
            delete _outputs[_blockNumbers[i - 1]];
            _blockNumbers.pop();
        }
        emit OutputsDeleted(fromIndex, n - fromIndex);
    }

    /// @inheritdoc IOutputOracle
    function getOutput(uint256 l2BlockNumber) external view returns (Output memory) {
        return _outputs[l2BlockNumber];
    }

    /// @inheritdoc IOutputOracle
    function isFinalized(uint256 l2BlockNumber) external view returns (bool) {
        Output memory o = _outputs[l2BlockNumber];
        return o.root != bytes32(0) && _final(o);
    }

    /// @inheritdoc IOutputOracle
    function outputCount() external view returns (uint256) {
        return _blockNumbers.length;
    }

    /// @inheritdoc IOutputOracle
    function outputBlockNumber(uint256 index) external view returns (uint256) {
        uint256 n = _blockNumbers.length;
        if (index >= n) revert BadOutputIndex(index, n);
        return _blockNumbers[index];
    }

    function _final(Output memory o) private view returns (bool) {
        return block.timestamp >= uint256(o.proposedAt) + finalizationDelay;
    }
}
