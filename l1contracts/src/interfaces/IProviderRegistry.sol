// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title IProviderRegistry
/// @notice Provider bonds, node NFTs and slashing (docs/dispute.md sections 5, 6).
interface IProviderRegistry {
    /// @notice A provider's bond: `stake` wei, and `withdrawableAt` (0 unless the
    /// provider has requested unbonding; then the time withdrawStake opens).
    struct Provider {
        uint256 stake;
        uint256 withdrawableAt;
    }

    /// @notice A registered GPU node (the data behind node NFT `nodeId`).
    struct NodeInfo {
        address registrant;
        uint64 memoryBytes;
        string gpuModel;
        string uuid;
    }

    event Bonded(address indexed provider, uint256 amount, uint256 stake);
    event UnbondRequested(address indexed provider, uint256 withdrawableAt);
    event StakeWithdrawn(address indexed provider, uint256 amount);
    event Slashed(address indexed provider, uint256 requested, uint256 slashed);
    event NodeRegistered(uint256 indexed nodeId, address indexed provider, string gpuModel, uint64 memoryBytes, string uuid);
    event DisputeGameSet(address indexed disputeGame);

    function bond() external payable;
    function registerNode(string calldata gpuModel, uint64 memoryBytes, string calldata uuid)
        external
        returns (uint256 nodeId);
    function requestUnbond() external;
    function withdrawStake() external;
    function slash(address provider, uint256 amount) external returns (uint256 slashed);

    function canPost(address provider) external view returns (bool);
    function stakeOf(address provider) external view returns (uint256);
    function unbondingDelay() external view returns (uint256);
    function minStake() external view returns (uint256);
}
