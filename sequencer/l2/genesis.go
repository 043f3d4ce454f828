package l2

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Genesis describes block 0.
type Genesis struct {
	// Time is the genesis block's time.
	Time uint64 `json:"time"`
	// L1Origin is the L1 block the chain starts from: derivation begins
	// with the L1 block after it.
	L1Origin L1Origin `json:"l1Origin"`
	// Alloc gives initial balances. Credits allocated here are not backed by
	// the L1 Portal's escrow, so a production chain starts with none (every
	// credit arrives as a deposit); devnets and tests fund accounts here.
	Alloc map[common.Address]*big.Int `json:"alloc"`
}

// Genesis writes the genesis state into st (an empty state) and returns
// block 0: the module accounts (code ModuleCode, nonce 1), the L1 origin in
// the Bridge and the allocations.
func (p *Processor) Genesis(st StateDB, g Genesis) (*types.Block, error) {
	for _, m := range []common.Address{JobMarketAddress, BridgeAddress} {
		st.SetNonce(m, 1, tracing.NonceChangeGenesis)
		st.SetCode(m, ModuleCode, tracing.CodeChangeGenesis)
	}
	s := store{st: st, addr: BridgeAddress}
	(bridge{s: s}).setL1Origin(g.L1Origin)
	for addr, bal := range g.Alloc {
		if isReserved(addr) {
			return nil, fmt.Errorf("genesis: allocation to reserved address %s", addr)
		}
		v, overflow := uint256.FromBig(bal)
		if bal == nil || bal.Sign() < 0 || overflow {
			return nil, fmt.Errorf("genesis: balance of %s out of range", addr)
		}
		st.AddBalance(addr, v, tracing.BalanceIncreaseGenesisBalance)
	}
	if err := st.Error(); err != nil {
		return nil, fmt.Errorf("genesis state: %w", err)
	}
	h := &types.Header{
		UncleHash:   types.EmptyUncleHash,
		Difficulty:  new(big.Int),
		Number:      new(big.Int),
		GasLimit:    p.cfg.GasLimit,
		Time:        g.Time,
		Extra:       g.L1Origin.Extra(),
		BaseFee:     p.BaseFee(),
		Root:        st.IntermediateRoot(true),
		TxHash:      types.EmptyTxsHash,
		ReceiptHash: types.EmptyReceiptsHash,
	}
	return types.NewBlockWithHeader(h), nil
}
