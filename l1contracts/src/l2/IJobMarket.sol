// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IJobMarket
/// @notice The crux L2 job market (docs/l2.md section 2). It is not an EVM
/// contract: it is a native module implemented in Go (sequencer/l2) at the fixed
/// L2 address 0x00000000000000000000000000000000000C0001. This interface gives
/// its ABI, so dApps call it with ethers, viem or abigen bindings unchanged and
/// read its events as ordinary logs.
///
/// Jobs escrow `maxPrice` credits and run a reverse auction: bonded providers
/// bid, and at the start of the first L2 block whose time is at least
/// `biddingEnds` the lowest bid wins (ties: the earliest bid). The winner must
/// post its result on L1 (ResultRegistry) by `executionDeadline`; L1 events
/// derived into the L2 as system transactions (the methods marked "system")
/// then pay, re-queue or refund the job.
///
/// Gas is a fixed figure per method (docs/l2.md section 3); a failing call
/// reverts with one of the custom errors below and still pays its gas.
interface IJobMarket {
    /// @notice None: no such job. Open: accepting bids. Assigned: an executor
    /// won and must post a result on L1. Posted: the executor's result is on
    /// L1, waiting to be finalized or rejected there. Completed: paid.
    /// Cancelled: cancelled by its submitter. Refunded: gave up (no executor
    /// could finish before the deadline) and refunded.
    enum JobStatus {
        None,
        Open,
        Assigned,
        Posted,
        Completed,
        Cancelled,
        Refunded
    }

    /// @notice Why a job went back to auction or was refunded.
    /// NoBids: its auction closed without a (still eligible) bid.
    /// DeadlineMissed: the executor posted no result by its execution deadline.
    /// ResultRejected: L1 rejected the executor's result (the executor lost a
    /// dispute and was slashed).
    enum Reason {
        None,
        NoBids,
        DeadlineMissed,
        ResultRejected
    }

    /// @notice Why an L1 result event was ignored by the L2.
    /// UnknownJob: no such job. NotAssigned: the job is not waiting for a result.
    /// WrongExecutor: the poster is not the job's executor. RootsMismatch: the
    /// result's program or input root is not the job's. PostedLate: posted on L1
    /// after the execution deadline. UnknownResult: finalized/rejected for a
    /// result the job did not accept.
    enum IgnoreReason {
        None,
        UnknownJob,
        NotAssigned,
        WrongExecutor,
        RootsMismatch,
        PostedLate,
        UnknownResult
    }

    /// @notice Hardware a job needs. A provider meets it if one of its nodes
    /// registered on L1 has at least `minMemoryBytes` of GPU memory and, unless
    /// `gpuModel` is zero, the GPU model whose keccak256 is `gpuModel`. With
    /// both zero any bonded provider qualifies (CPU included).
    struct HwNeeds {
        uint64 minMemoryBytes;
        bytes32 gpuModel;
    }

    /// @notice A job as returned by getJob. `round` counts auctions (1 for the
    /// first); `executor`, `price` and `executionDeadline` are set while
    /// Assigned or Posted and kept once Completed; `resultId` and `outputRoot`
    /// are the accepted L1 result's (Posted, Completed). `previousExecutor`
    /// (who last lost the job) may not bid on it again.
    struct Job {
        bytes32 id;
        address submitter;
        bytes32 programRoot;
        bytes32 inputRoot;
        uint256 maxPrice;
        uint64 deadline;
        HwNeeds hwNeeds;
        JobStatus status;
        uint32 round;
        uint64 submittedAt;
        uint64 biddingEnds;
        uint32 bidCount;
        address executor;
        uint256 price;
        uint64 executionDeadline;
        uint256 resultId;
        bytes32 outputRoot;
        address previousExecutor;
    }

    /// @notice A bid of the current round. `seq` orders bids of one job
    /// (lower is earlier; replacing a bid gives it a new seq).
    struct Bid {
        address provider;
        uint256 price;
        uint64 seq;
    }

    /// @notice What the L2 knows of an L1 provider (from derived
    /// ProviderRegistry events). `eligible`: stake >= minProviderStake and not
    /// unbonding, so it may bid.
    struct Provider {
        uint256 stake;
        uint64 withdrawableAt;
        uint64 maxMemoryBytes;
        uint32 nodeCount;
        bool eligible;
    }

    /// @notice The market's fixed parameters (chain config).
    struct Params {
        uint64 biddingWindow;
        uint64 executionWindow;
        uint256 minProviderStake;
        uint16 feeBps;
        uint32 maxBidsPerJob;
        address feeVault;
    }

    // ------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------

    event JobSubmitted(
        bytes32 indexed jobId,
        address indexed submitter,
        bytes32 programRoot,
        bytes32 inputRoot,
        uint256 maxPrice,
        uint64 deadline,
        HwNeeds hwNeeds
    );
    /// @notice A round of bidding opened (round 1 at submission, more after a
    /// re-queue); bids are accepted while block time < biddingEnds.
    event AuctionOpened(bytes32 indexed jobId, uint32 round, uint64 biddingEnds);
    event BidPlaced(bytes32 indexed jobId, address indexed provider, uint256 price, uint64 seq);
    event JobAssigned(
        bytes32 indexed jobId, address indexed executor, uint256 price, uint32 round, uint64 executionDeadline
    );
    event JobCancelled(bytes32 indexed jobId, address indexed submitter, uint256 refund);
    /// @notice The job goes back to auction (an AuctionOpened follows).
    event JobRequeued(bytes32 indexed jobId, address indexed previousExecutor, Reason reason);
    event JobRefunded(bytes32 indexed jobId, address indexed submitter, uint256 amount, Reason reason);
    /// @notice The executor's result, posted on L1 in time and for the job's
    /// program and input, now waits for finalization there.
    event ResultAccepted(bytes32 indexed jobId, uint256 indexed resultId, address indexed executor, bytes32 outputRoot);
    event ResultIgnored(bytes32 indexed jobId, uint256 indexed resultId, address indexed executor, IgnoreReason reason);
    /// @notice Paid from escrow: `paid` to the executor, `fee` to the fee vault,
    /// `refund` (maxPrice - price) to the submitter.
    event JobCompleted(
        bytes32 indexed jobId, address indexed executor, uint256 resultId, uint256 paid, uint256 fee, uint256 refund
    );
    event ProviderUpdated(address indexed provider, uint256 stake, uint64 withdrawableAt, bool eligible);
    event NodeRegistered(uint256 indexed nodeId, address indexed provider, bytes32 gpuModel, uint64 memoryBytes);

    // ------------------------------------------------------------------
    // Errors
    // ------------------------------------------------------------------

    /// Value was sent to a method that is not payable.
    error NotPayable();
    /// A system method was called by someone other than the system address.
    error OnlySystem(address caller);
    /// msg.value must equal `want`.
    error WrongValue(uint256 want, uint256 got);
    /// submitJob with maxPrice 0.
    error ZeroMaxPrice();
    /// The deadline leaves no room for one auction plus one execution window.
    error DeadlineTooSoon(uint64 deadline, uint64 earliest);
    error UnknownJob(bytes32 jobId);
    /// The job is not in a status that allows this call.
    error WrongStatus(bytes32 jobId, JobStatus status);
    error NotSubmitter(address caller, address submitter);
    /// Not a bonded provider (unknown, unbonding, stake below the minimum), or
    /// the job's previous executor.
    error NotEligible(address provider);
    error HardwareMismatch(address provider);
    error PriceAboveMax(uint256 price, uint256 maxPrice);
    error TooManyBids(bytes32 jobId, uint256 max);

    // ------------------------------------------------------------------
    // User methods
    // ------------------------------------------------------------------

    /// @notice Submits a job, escrowing msg.value == maxPrice. The deadline must
    /// be at least block time + biddingWindow + executionWindow. Job ids are
    /// bytes32(n) for n = 1, 2, ...
    function submitJob(
        bytes32 programRoot,
        bytes32 inputRoot,
        uint256 maxPrice,
        uint64 deadline,
        HwNeeds calldata hwNeeds
    ) external payable returns (bytes32 jobId);

    /// @notice Places or replaces the caller's bid on an Open job.
    function bid(bytes32 jobId, uint256 price) external;

    /// @notice Cancels an Open job (submitter only) and refunds the escrow.
    function cancel(bytes32 jobId) external;

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    function getJob(bytes32 jobId) external view returns (Job memory);
    /// @notice The bids of the job's current round, in the order they were
    /// first placed (empty once the auction has closed).
    function bids(bytes32 jobId) external view returns (Bid[] memory);
    function provider(address account) external view returns (Provider memory);
    function meetsNeeds(address account, HwNeeds calldata hwNeeds) external view returns (bool);
    function jobCount() external view returns (uint256);
    function params() external view returns (Params memory);

    // ------------------------------------------------------------------
    // System methods: only in deposit transactions from the system address,
    // derived from L1 events (docs/l2.md section 4).
    // ------------------------------------------------------------------

    /// @notice ResultRegistry.ResultPosted, with the L1 block's timestamp.
    function resultPosted(
        uint64 l1Time,
        uint256 resultId,
        bytes32 jobId,
        address executor,
        bytes32 programRoot,
        bytes32 inputRoot,
        bytes32 outputRoot,
        bytes32 finalState,
        uint64 steps
    ) external;
    /// @notice ResultRegistry.ResultFinalized.
    function resultFinalized(uint256 resultId, bytes32 jobId, address executor) external;
    /// @notice ResultRegistry.ResultRejected.
    function resultRejected(uint256 resultId, bytes32 jobId, address executor) external;
    /// @notice ProviderRegistry.Bonded (stake after the bond).
    function providerBonded(address account, uint256 stake) external;
    /// @notice ProviderRegistry.UnbondRequested.
    function providerUnbonding(address account, uint256 withdrawableAt) external;
    /// @notice ProviderRegistry.Slashed (the amount actually slashed).
    function providerSlashed(address account, uint256 slashed) external;
    /// @notice ProviderRegistry.NodeRegistered; gpuModel = keccak256(bytes(model)).
    function nodeRegistered(uint256 nodeId, address account, bytes32 gpuModel, uint64 memoryBytes) external;
}
