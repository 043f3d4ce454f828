// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";

/// @notice What ProviderRegistry needs to know about the DisputeGame it trusts.
interface IDisputeGameClock {
    function clockDuration() external view returns (uint256);
    function resultRegistry() external view returns (address);
}

/// @notice What ProviderRegistry needs to know about the ResultRegistry.
interface IChallengeWindow {
    function challengeWindow() external view returns (uint256);
}

/// @title ProviderRegistry
/// @notice Providers bond ETH, register their GPU nodes as ERC-721 NFTs, and may
/// post results while their stake is at least `minStake` and they have not asked
/// to unbond. After requestUnbond they can no longer post, and withdrawStake
/// opens `unbondingDelay` seconds later. The delay exceeds the challenge window
/// plus both game clocks (checked when the DisputeGame is wired in), so every
/// game against a result posted before the request has ended by then. Only the
/// DisputeGame may slash; the slashed ETH goes to it.
contract ProviderRegistry is ERC721, Ownable, ReentrancyGuardTransient, ICruxErrors, IProviderRegistry {
    /// @notice Longest gpuModel or uuid string accepted, in bytes.
    uint256 public constant MAX_STRING_BYTES = 256;

    /// @inheritdoc IProviderRegistry
    uint256 public immutable minStake;
    /// @inheritdoc IProviderRegistry
    uint256 public immutable unbondingDelay;

    /// @notice The DisputeGame contract allowed to slash (set once by the owner).
    address public disputeGame;
    /// @notice Number of nodes registered; node ids are 1..nodeCount.
    uint256 public nodeCount;
    /// @notice Sum of all providers' stakes (ETH this contract holds).
    uint256 public totalStake;

    struct StoredProvider {
        uint128 stake;
        uint64 withdrawableAt; // 0: bonded; else unbonding, withdrawable from then
    }

    struct StoredNode {
        address registrant;
        uint64 memoryBytes;
        string gpuModel;
        string uuid;
    }

    mapping(address => StoredProvider) private _providers;
    mapping(uint256 => StoredNode) private _nodes;

    /// @notice Deploys the registry; the deployer becomes owner.
    /// @param minStake_ Minimum stake (wei) to post results; must be > 0.
    /// @param unbondingDelay_ Seconds from requestUnbond to withdrawStake; must
    /// exceed challengeWindow + 2 * clockDuration (checked in setDisputeGame).
    constructor(uint256 minStake_, uint256 unbondingDelay_)
        ERC721("Crux Compute Node", "CRUXNODE")
        Ownable(msg.sender)
    {
        if (minStake_ == 0 || minStake_ > type(uint128).max) revert BadParameter("minStake");
        if (unbondingDelay_ == 0 || unbondingDelay_ > type(uint32).max) revert BadParameter("unbondingDelay");
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
    }

    // ------------------------------------------------------------------
    // Setup
    // ------------------------------------------------------------------

    /// @notice Wires in the DisputeGame (the only contract allowed to slash).
    /// Owner only, once. Checks unbondingDelay > challengeWindow + 2 *
    /// clockDuration with the game's clock and its ResultRegistry's window.
    /// @param game The DisputeGame contract.
    function setDisputeGame(address game) external onlyOwner {
        if (game == address(0)) revert ZeroAddress();
        if (disputeGame != address(0)) revert DisputeGameAlreadySet();
        uint256 required = IChallengeWindow(IDisputeGameClock(game).resultRegistry()).challengeWindow()
            + 2 * IDisputeGameClock(game).clockDuration();
        if (unbondingDelay <= required) revert UnbondingDelayTooShort(unbondingDelay, required);
        disputeGame = game;
        emit DisputeGameSet(game);
    }

    // ------------------------------------------------------------------
    // Bonds
    // ------------------------------------------------------------------

    /// @notice Adds msg.value to the caller's stake. Not while unbonding.
    function bond() external payable {
        if (msg.value == 0) revert ZeroValue();
        StoredProvider storage p = _providers[msg.sender];
        if (p.withdrawableAt != 0) revert ProviderUnbonding(msg.sender);
        uint256 stake = p.stake + msg.value;
        if (stake > type(uint128).max) revert BadParameter("stake");
        p.stake = uint128(stake);
        totalStake += msg.value;
        emit Bonded(msg.sender, msg.value, stake);
    }

    /// @notice Starts unbonding the caller's whole stake: from now on the caller
    /// cannot post results, and withdrawStake opens after unbondingDelay.
    function requestUnbond() external {
        StoredProvider storage p = _providers[msg.sender];
        if (p.stake == 0) revert NoStake(msg.sender);
        if (p.withdrawableAt != 0) revert ProviderUnbonding(msg.sender);
        uint256 readyAt = block.timestamp + unbondingDelay;
        p.withdrawableAt = uint64(readyAt);
        emit UnbondRequested(msg.sender, readyAt);
    }

    /// @notice Sends the caller its remaining stake once the unbonding delay has
    /// passed. The caller may bond again afterwards.
    function withdrawStake() external nonReentrant {
        StoredProvider storage p = _providers[msg.sender];
        uint256 readyAt = p.withdrawableAt;
        if (readyAt == 0) revert NotUnbonding(msg.sender);
        if (block.timestamp < readyAt) revert UnbondingNotElapsed(readyAt);
        uint256 amount = p.stake;
        delete _providers[msg.sender];
        totalStake -= amount;
        emit StakeWithdrawn(msg.sender, amount);
        if (amount != 0) {
            (bool ok,) = payable(msg.sender).call{value: amount}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice Takes min(amount, stake) from `provider`'s stake and sends it to
    /// the caller. DisputeGame only.
    /// @param provider The executor that lost a game or a direct proof.
    /// @param amount The amount to slash (wei).
    /// @return slashed The amount actually taken and sent to the caller.
    function slash(address provider, uint256 amount) external returns (uint256 slashed) {
        if (msg.sender != disputeGame || msg.sender == address(0)) revert NotDisputeGame(msg.sender);
        StoredProvider storage p = _providers[provider];
        uint256 stake = p.stake;
        slashed = amount < stake ? amount : stake;
        p.stake = uint128(stake - slashed);
        totalStake -= slashed;
        emit Slashed(provider, amount, slashed);
        if (slashed != 0) {
            (bool ok,) = payable(msg.sender).call{value: slashed}("");
            if (!ok) revert TransferFailed();
        }
    }

    // ------------------------------------------------------------------
    // Nodes
    // ------------------------------------------------------------------

    /// @notice Registers a GPU node of the caller and mints its NFT to the
    /// caller. The caller must be a provider that can post.
    /// @param gpuModel The GPU model name (at most MAX_STRING_BYTES bytes).
    /// @param memoryBytes The GPU memory in bytes.
    /// @param uuid The GPU's UUID (at most MAX_STRING_BYTES bytes).
    /// @return nodeId The new node's id (also the NFT token id), from 1.
    function registerNode(string calldata gpuModel, uint64 memoryBytes, string calldata uuid)
        external
        returns (uint256 nodeId)
    {
        if (!canPost(msg.sender)) revert CannotPost(msg.sender);
        if (bytes(gpuModel).length > MAX_STRING_BYTES) revert StringTooLong(bytes(gpuModel).length, MAX_STRING_BYTES);
        if (bytes(uuid).length > MAX_STRING_BYTES) revert StringTooLong(bytes(uuid).length, MAX_STRING_BYTES);
        nodeId = ++nodeCount;
        _nodes[nodeId] = StoredNode(msg.sender, memoryBytes, gpuModel, uuid);
        emit NodeRegistered(nodeId, msg.sender, gpuModel, memoryBytes, uuid);
        _mint(msg.sender, nodeId);
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice Whether `provider` may post results: stake >= minStake and not
    /// unbonding.
    /// @param provider The account to check.
    function canPost(address provider) public view returns (bool) {
        StoredProvider storage p = _providers[provider];
        return p.withdrawableAt == 0 && p.stake >= minStake;
    }

    /// @notice The stake of `provider` (wei).
    /// @param provider The account to look up.
    function stakeOf(address provider) external view returns (uint256) {
        return _providers[provider].stake;
    }

    /// @notice The bond of `provider`: stake and, if unbonding, when it can be
    /// withdrawn (0 otherwise).
    /// @param provider The account to look up.
    function providers(address provider) external view returns (Provider memory) {
        StoredProvider storage p = _providers[provider];
        return Provider(p.stake, p.withdrawableAt);
    }

    /// @notice The data of node `nodeId` (reverts if it does not exist). The
    /// current owner of the node is ownerOf(nodeId).
    /// @param nodeId The node (token) id.
    function nodeInfo(uint256 nodeId) external view returns (NodeInfo memory) {
        _requireOwned(nodeId);
        StoredNode storage n = _nodes[nodeId];
        return NodeInfo(n.registrant, n.memoryBytes, n.gpuModel, n.uuid);
    }
}
