// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IPortal
/// @notice The L1 end of the crux bridge (docs/l2.md sections 4 and 5).
/// Deposits lock ComputeCredit here and emit DepositInitiated, which the L2
/// derives into a system transaction minting the credits (sequencer/l2,
/// systx.go: this event's signature and indexing must stay exactly as they
/// are). Withdrawals burned on the L2 are paid here against an output root of
/// the OutputOracle that is final, with a Merkle proof of the withdrawal leaf
///
///   keccak256(abi.encodePacked(uint8(0x10), index, from, recipient, amount))
///
/// under that output's withdrawalsRoot (docs/compute.md 3.1 tree rules).
interface IPortal {
    /// @notice The preimage of an output root.
    struct OutputRootProof {
        bytes32 stateRoot;
        bytes32 withdrawalsRoot;
        bytes32 blockHash;
    }

    /// @notice A withdrawal as the L2 Bridge recorded it.
    struct Withdrawal {
        uint256 index;
        address from;
        address recipient;
        uint256 amount;
    }

    event DepositInitiated(uint256 indexed depositId, address indexed from, address indexed to, uint256 amount);
    event WithdrawalFinalized(
        uint256 indexed index, address indexed from, address indexed recipient, uint256 amount, uint256 l2BlockNumber
    );

    /// The deposit recipient is an address the L2 reserves (system, modules).
    error ReservedRecipient(address to);
    /// No output is posted for this L2 block.
    error OutputNotProposed(uint256 l2BlockNumber);
    /// The output is younger than the finalization delay.
    error OutputNotFinalized(uint256 l2BlockNumber, uint256 finalizesAt);
    /// The output root preimage does not hash to the posted output root.
    error BadOutputRootProof();
    /// The Merkle proof does not place the withdrawal under withdrawalsRoot.
    error BadWithdrawalProof();
    /// The withdrawal was paid already.
    error WithdrawalAlreadyFinalized(uint256 index);
    /// A withdrawal of nothing, or to the zero address, cannot exist on the L2.
    error BadWithdrawal();

    /// @notice Locks `amount` credits of the caller (approved beforehand) and
    /// credits them to `to` on the L2. Returns the deposit id.
    function deposit(address to, uint256 amount) external returns (uint256 depositId);

    /// @notice Pays withdrawal `w` to its recipient, proven in the output of
    /// L2 block `l2BlockNumber` (final) by `proof` and `siblings` (leaf level
    /// first; bit h of w.index says whether the node at height h is a right
    /// child). Anyone may call it; each withdrawal index is paid once.
    function finalizeWithdrawal(
        Withdrawal calldata w,
        uint256 l2BlockNumber,
        OutputRootProof calldata proof,
        bytes32[] calldata siblings
    ) external;

    function depositCount() external view returns (uint256);
    function isWithdrawalFinalized(uint256 index) external view returns (bool);
}
