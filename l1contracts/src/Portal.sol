// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IOutputOracle} from "./interfaces/IOutputOracle.sol";
import {IPortal} from "./interfaces/IPortal.sol";
import {CruxMerkle} from "./lib/CruxMerkle.sol";

/// @title Portal
/// @notice Deposits of ComputeCredit to the crux L2 and payment of L2
/// withdrawals; see IPortal. The Portal holds every credit on the L2: it pays
/// a withdrawal only from what was deposited. It takes no ETH.
contract Portal is ICruxErrors, IPortal {
    using SafeERC20 for IERC20;

    /// Tag of a withdrawal leaf (sequencer/l2 WithdrawalLeafTag).
    uint8 internal constant WITHDRAWAL_LEAF_TAG = 0x10;
    /// Deepest withdrawals tree (2^40 leaves, the L2 Bridge's capacity).
    uint256 internal constant MAX_DEPTH = 40;

    // Addresses the L2 manages itself (sequencer/l2 config.go): credits sent
    // there would be redirected to the depositor, so refuse them up front.
    address internal constant L2_SYSTEM = address(0xC0000);
    address internal constant L2_JOB_MARKET = address(0xC0001);
    address internal constant L2_BRIDGE = address(0xC0002);

    IERC20 public immutable credit;
    IOutputOracle public immutable oracle;

    uint256 public depositCount;
    mapping(uint256 index => bool) private _paid;

    /// @param credit_ The ComputeCredit token.
    /// @param oracle_ The OutputOracle whose final outputs prove withdrawals.
    constructor(IERC20 credit_, IOutputOracle oracle_) {
        if (address(credit_) == address(0) || address(oracle_) == address(0)) revert ZeroAddress();
        credit = credit_;
        oracle = oracle_;
    }

    /// @inheritdoc IPortal
    function deposit(address to, uint256 amount) external returns (uint256 depositId) {
        if (amount == 0) revert ZeroValue();
        if (to == address(0)) revert ZeroAddress();
        if (to == L2_SYSTEM || to == L2_JOB_MARKET || to == L2_BRIDGE) revert ReservedRecipient(to);
        depositId = depositCount++;
        // Pull first: the event must only ever announce credits the Portal holds.
        credit.safeTransferFrom(msg.sender, address(this), amount);
        emit DepositInitiated(depositId, msg.sender, to, amount);
    }

    /// @inheritdoc IPortal
    function finalizeWithdrawal(
        Withdrawal calldata w,
        uint256 l2BlockNumber,
        OutputRootProof calldata proof,
        bytes32[] calldata siblings
    ) external {
        if (_paid[w.index]) revert WithdrawalAlreadyFinalized(w.index);
        if (w.amount == 0 || w.recipient == address(0)) revert BadWithdrawal();

        IOutputOracle.Output memory out = oracle.getOutput(l2BlockNumber);
        if (out.root == bytes32(0)) revert OutputNotProposed(l2BlockNumber);
        uint256 finalizesAt = uint256(out.proposedAt) + oracle.finalizationDelay();
        if (block.timestamp < finalizesAt) revert OutputNotFinalized(l2BlockNumber, finalizesAt);

        bytes32 root = keccak256(abi.encodePacked(uint8(0), proof.stateRoot, proof.withdrawalsRoot, proof.blockHash));
        if (root != out.root) revert BadOutputRootProof();

        // The index must fit the proof's depth, so one leaf has one position.
        if (siblings.length > MAX_DEPTH || w.index >> siblings.length != 0) revert BadWithdrawalProof();
        bytes32 leaf = keccak256(abi.encodePacked(WITHDRAWAL_LEAF_TAG, w.index, w.from, w.recipient, w.amount));
        if (CruxMerkle.computeRoot(leaf, w.index, siblings) != proof.withdrawalsRoot) revert BadWithdrawalProof();

        _paid[w.index] = true;
        credit.safeTransfer(w.recipient, w.amount);
        emit WithdrawalFinalized(w.index, w.from, w.recipient, w.amount, l2BlockNumber);
    }

    /// @inheritdoc IPortal
    function isWithdrawalFinalized(uint256 index) external view returns (bool) {
        return _paid[index];
    }
}
