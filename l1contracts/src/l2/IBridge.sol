// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IBridge
/// @notice The crux L2 bridge (docs/l2.md sections 2, 4 and 5). Like the job
/// market it is a native Go module (sequencer/l2), at the fixed L2 address
/// 0x00000000000000000000000000000000000C0002; this interface is its ABI.
///
/// Deposits made on L1 through the Portal arrive as system transactions
/// (finalizeDeposit) and mint credits. `withdraw` burns credits and appends the
/// withdrawal to an append-only binary Merkle tree; the Portal pays it on L1
/// against an output root whose withdrawalsRoot contains it:
///
///   leaf  = keccak256(abi.encodePacked(uint8(0x10), uint256 index, address from,
///                                      address l1Recipient, uint256 amount))
///   node  = keccak256(abi.encodePacked(uint8(0x01), left, right))
///
/// over `withdrawalCount` leaves with depth ceil(log2 count), padded with
/// 32 zero bytes (docs/compute.md 3.1). The root of the empty tree is zero.
///
/// The bridge also records the L2 block's L1 origin (blockStart, the first
/// transaction of every block).
interface IBridge {
    /// @notice An L1 block an L2 block derives from.
    struct L1Origin {
        uint64 number;
        bytes32 hash;
        uint64 time;
    }

    event DepositFinalized(uint256 indexed depositId, address indexed from, address indexed to, uint256 amount);
    /// @notice `root` is the withdrawals root after appending `leaf` at `index`.
    event WithdrawalInitiated(
        uint256 indexed index, address indexed from, address indexed l1Recipient, uint256 amount, bytes32 leaf, bytes32 root
    );

    /// Value was sent to a method that is not payable.
    error NotPayable();
    /// A system method was called by someone other than the system address.
    error OnlySystem(address caller);
    /// msg.value must equal `want`.
    error WrongValue(uint256 want, uint256 got);
    error ZeroAmount();
    error ZeroRecipient();
    /// The withdrawals tree holds 2^40 leaves, its maximum.
    error TreeFull();
    error UnknownWithdrawal(uint256 index);

    /// @notice Burns msg.value == amount credits and queues their withdrawal to
    /// l1Recipient on L1. Returns the withdrawal's leaf index.
    function withdraw(uint256 amount, address l1Recipient) external payable returns (uint256 index);

    function withdrawalsRoot() external view returns (bytes32);
    function withdrawalCount() external view returns (uint256);
    function withdrawalLeaf(uint256 index) external view returns (bytes32);
    function depositCount() external view returns (uint256);
    function l1Origin() external view returns (L1Origin memory);

    // ------------------------------------------------------------------
    // System methods: only in deposit transactions from the system address.
    // ------------------------------------------------------------------

    /// @notice First transaction of every L2 block: records the block's L1
    /// origin, then closes due auctions and re-queues jobs whose executor
    /// missed its deadline (their JobMarket events are this transaction's logs).
    function blockStart(uint64 l1Number, bytes32 l1Hash, uint64 l1Time) external;

    /// @notice Portal.DepositInitiated: mints `amount` to `to` (to `from` when
    /// `to` is zero or a system/module address).
    function finalizeDeposit(uint256 depositId, address from, address to, uint256 amount) external;
}
