// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ICruxErrors} from "./interfaces/ICruxErrors.sol";

/// @title ComputeCredit
/// @notice The crux compute credit, an ERC-20 ("Crux Compute Credit", "CRUX",
/// 18 decimals) that only its owner (the deployer, until ownership moves) mints.
contract ComputeCredit is ERC20, Ownable, ICruxErrors {
    /// @notice Deploys the token with the deployer as owner and no supply.
    constructor() ERC20("Crux Compute Credit", "CRUX") Ownable(msg.sender) {}

    /// @notice Mints `amount` credits to `to`. Owner only.
    /// @param to The receiver (not the zero address).
    /// @param amount The amount in the smallest unit (18 decimals).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Burns `amount` of the caller's own credits.
    /// @param amount The amount in the smallest unit.
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }
}
