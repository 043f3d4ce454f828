package l2

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Fixed L2 addresses (docs/l2.md section 2). They are never assigned.
var (
	// SystemAddress is the sender of every system (deposit) transaction. No
	// key is known for it, so no user transaction can come from it.
	SystemAddress = common.HexToAddress("0x00000000000000000000000000000000000C0000")
	// JobMarketAddress is the native JobMarket module (IJobMarket.sol).
	JobMarketAddress = common.HexToAddress("0x00000000000000000000000000000000000C0001")
	// BridgeAddress is the native Bridge module (IBridge.sol).
	BridgeAddress = common.HexToAddress("0x00000000000000000000000000000000000C0002")
	// DefaultFeeVault receives base fees and job fees unless the config names
	// another account.
	DefaultFeeVault = common.HexToAddress("0x00000000000000000000000000000000000C00FE")
)

// ModuleCode is the code stored at module addresses: a single INVALID opcode.
// It marks them as contracts for eth_getCode and keeps them from ever being
// "empty" accounts that EIP-161 state clearing would delete with their storage.
var ModuleCode = []byte{0xfe}

// IsModule reports whether addr is a native module.
func IsModule(addr common.Address) bool {
	return addr == JobMarketAddress || addr == BridgeAddress
}

// isReserved reports whether addr is a module or the system address: accounts
// whose balances the state transition alone manages.
func isReserved(addr common.Address) bool {
	return IsModule(addr) || addr == SystemAddress
}

// L1Contracts are the L1 contracts whose events become system transactions.
type L1Contracts struct {
	Portal           common.Address `json:"portal"`
	ResultRegistry   common.Address `json:"resultRegistry"`
	ProviderRegistry common.Address `json:"providerRegistry"`
}

// Config is the L2 chain configuration. Every node of one chain (sequencer,
// replicas, tools) must use the same values: they are consensus rules.
type Config struct {
	// ChainID is the L2 chain id transactions are signed for (EIP-155).
	ChainID uint64 `json:"chainId"`
	// BaseFee is the fixed base fee per gas, in credit wei.
	BaseFee uint64 `json:"baseFee"`
	// GasLimit is every block's gas limit.
	GasLimit uint64 `json:"gasLimit"`
	// FeeVault receives base fees and the job market's fees.
	FeeVault common.Address `json:"feeVault"`
	// BiddingWindow is how long (seconds of L2 block time) an auction round
	// stays open.
	BiddingWindow uint64 `json:"biddingWindow"`
	// ExecutionWindow is how long (seconds) an executor has, from the end of
	// the auction it won, to post its result on L1 (L1 block time).
	ExecutionWindow uint64 `json:"executionWindow"`
	// MinProviderStake mirrors L1 ProviderRegistry.minStake (wei): providers
	// with less may not bid.
	MinProviderStake *big.Int `json:"minProviderStake"`
	// JobFeeBps is the share of a job's price that goes to the fee vault
	// when its result is finalized, in basis points.
	JobFeeBps uint16 `json:"jobFeeBps"`
	// MaxBidsPerJob bounds the bids of one auction round, so closing an
	// auction reads a bounded number of slots.
	MaxBidsPerJob uint32 `json:"maxBidsPerJob"`
	// MaxTxSize is the largest encoded user transaction, in bytes.
	MaxTxSize uint64 `json:"maxTxSize"`
	// Confirmations is how deep an L1 block must be to serve as an L1
	// origin. The state transition does not use it; the sequencer and the
	// derivation do.
	Confirmations uint64 `json:"confirmations"`
	// L1 names the L1 contracts whose events are derived into the L2.
	L1 L1Contracts `json:"l1"`
}

// Defaults (docs/l2.md section 3).
const (
	DefaultChainID         = 0x63727578 // "crux"
	DefaultBaseFee         = 1_000_000_000
	DefaultGasLimit        = 500_000_000
	DefaultBiddingWindow   = 10
	DefaultExecutionWindow = 3600
	DefaultJobFeeBps       = 100
	DefaultMaxBidsPerJob   = 64
	DefaultMaxTxSize       = 8 * 1024
	DefaultConfirmations   = 4
)

// DefaultConfig returns the default configuration with the given L1
// contracts. MinProviderStake defaults to 1 (wei); set it to the L1 registry's
// minStake.
func DefaultConfig(l1 L1Contracts) Config {
	return Config{
		ChainID:          DefaultChainID,
		BaseFee:          DefaultBaseFee,
		GasLimit:         DefaultGasLimit,
		FeeVault:         DefaultFeeVault,
		BiddingWindow:    DefaultBiddingWindow,
		ExecutionWindow:  DefaultExecutionWindow,
		MinProviderStake: big.NewInt(1),
		JobFeeBps:        DefaultJobFeeBps,
		MaxBidsPerJob:    DefaultMaxBidsPerJob,
		MaxTxSize:        DefaultMaxTxSize,
		Confirmations:    DefaultConfirmations,
		L1:               l1,
	}
}

// Validate checks that the configuration is usable.
func (c *Config) Validate() error {
	var errs []error
	if c.ChainID == 0 {
		errs = append(errs, errors.New("chainId must be non-zero"))
	}
	if c.GasLimit < TransferGas {
		errs = append(errs, fmt.Errorf("gasLimit %d below one transfer (%d)", c.GasLimit, TransferGas))
	}
	if c.BiddingWindow == 0 {
		errs = append(errs, errors.New("biddingWindow must be non-zero"))
	}
	if c.ExecutionWindow == 0 {
		errs = append(errs, errors.New("executionWindow must be non-zero"))
	}
	if c.MinProviderStake == nil || c.MinProviderStake.Sign() <= 0 || c.MinProviderStake.BitLen() > 256 {
		errs = append(errs, errors.New("minProviderStake must be in [1, 2^256)"))
	}
	if c.JobFeeBps > 10_000 {
		errs = append(errs, fmt.Errorf("jobFeeBps %d above 10000", c.JobFeeBps))
	}
	if c.MaxBidsPerJob == 0 {
		errs = append(errs, errors.New("maxBidsPerJob must be non-zero"))
	}
	if c.MaxTxSize < 256 {
		errs = append(errs, fmt.Errorf("maxTxSize %d too small", c.MaxTxSize))
	}
	if isReserved(c.FeeVault) {
		errs = append(errs, fmt.Errorf("feeVault %s is a reserved address", c.FeeVault))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("l2 config: %w", err)
	}
	return nil
}
