package l2

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// The gas schedule (docs/l2.md section 3). Gas used by a transaction is
// exactly its figure here, whatever the call does (success or revert), so
// eth_estimateGas is exact and fees are known before execution. A
// transaction's gas limit must be at least its figure; unused gas is not
// charged.
const (
	// TransferGas is the intrinsic gas of every transaction and the whole
	// cost of a plain credit transfer.
	TransferGas uint64 = 21_000

	// Module method gas, charged on top of TransferGas.
	SubmitJobMethodGas uint64 = 120_000 // JobMarket.submitJob
	BidMethodGas       uint64 = 50_000  // JobMarket.bid
	CancelMethodGas    uint64 = 30_000  // JobMarket.cancel
	WithdrawMethodGas  uint64 = 80_000  // Bridge.withdraw
	ViewMethodGas      uint64 = 5_000   // any view method sent as a transaction
)

// gasPrices are the per-gas prices of one user transaction under a fixed base
// fee: what the sender pays (effective) and the tip the coinbase gets.
type gasPrices struct {
	effective uint256.Int // min(feeCap, baseFee + tipCap), or gasPrice (legacy)
	tip       uint256.Int // effective - baseFee
}

// pricesFor computes the effective price and tip of tx, or why it is
// underpriced.
func pricesFor(tx *types.Transaction, baseFee *uint256.Int) (gasPrices, error) {
	var gp gasPrices
	feeCap, overflow := uint256.FromBig(tx.GasFeeCap())
	if overflow {
		return gp, fmt.Errorf("%w: fee cap above 2^256", ErrFeeCapTooHigh)
	}
	tipCap, overflow := uint256.FromBig(tx.GasTipCap())
	if overflow {
		return gp, fmt.Errorf("%w: tip cap above 2^256", ErrFeeCapTooHigh)
	}
	if tipCap.Gt(feeCap) {
		return gp, fmt.Errorf("%w: tip %s, fee cap %s", ErrTipAboveFeeCap, tipCap, feeCap)
	}
	if feeCap.Lt(baseFee) {
		return gp, fmt.Errorf("%w: fee cap %s below base fee %s", ErrUnderpriced, feeCap, baseFee)
	}
	// effective = min(feeCap, baseFee + tipCap); for legacy txs feeCap == tipCap.
	if _, over := gp.effective.AddOverflow(baseFee, tipCap); over || gp.effective.Gt(feeCap) {
		gp.effective.Set(feeCap)
	}
	gp.tip.Sub(&gp.effective, baseFee)
	return gp, nil
}

// mulGas returns gas * price, which cannot overflow 2^256 for a price below
// 2^192 (about 6e57 credit wei per gas); larger products are capped, and
// balance checks fail first.
func mulGas(gas uint64, price *uint256.Int) *uint256.Int {
	out, overflow := new(uint256.Int).MulOverflow(uint256.NewInt(gas), price)
	if overflow {
		return new(uint256.Int).SetAllOne()
	}
	return out
}

// bigOf converts a uint256 to a new big.Int.
func bigOf(u *uint256.Int) *big.Int { return u.ToBig() }
