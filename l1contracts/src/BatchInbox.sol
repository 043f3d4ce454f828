// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ICruxErrors} from "./interfaces/ICruxErrors.sol";
import {IBatchInbox} from "./interfaces/IBatchInbox.sol";

/// @title BatchInbox
/// @notice Accepts L2 batch data from the batcher as raw calldata; see
/// IBatchInbox. It keeps no state: the data lives in L1 transaction inputs,
/// and the log only marks which transactions carry authentic batches (a
/// contract rather than a bare inbox address, so replicas need not scan
/// every L1 transaction nor check senders themselves).
contract BatchInbox is ICruxErrors, IBatchInbox {
    address public immutable batcher;

    /// @param batcher_ The only account whose calls are accepted (an EOA).
    constructor(address batcher_) {
        if (batcher_ == address(0)) revert ZeroAddress();
        batcher = batcher_;
    }

    /// @notice Takes the whole calldata as one batch frame. Not payable.
    fallback() external {
        if (msg.sender != batcher) revert NotBatcher(msg.sender);
        if (msg.data.length == 0) revert EmptyBatch();
        emit BatchSubmitted(msg.data.length);
    }
}
