package l2

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Processor is the L2 state transition for one chain configuration. It holds
// no mutable state: one Processor serves any number of goroutines, each with
// its own StateDB.
type Processor struct {
	cfg     Config
	chainID *big.Int
	signer  types.Signer
	baseFee *uint256.Int
	modules map[common.Address]*module
	l1      map[common.Hash]l1Event
}

// New checks cfg and builds the Processor.
func New(cfg Config) (*Processor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.MinProviderStake = new(big.Int).Set(cfg.MinProviderStake)
	p := &Processor{
		cfg:     cfg,
		chainID: new(big.Int).SetUint64(cfg.ChainID),
		baseFee: uint256.NewInt(cfg.BaseFee),
		modules: make(map[common.Address]*module),
	}
	p.signer = types.LatestSignerForChainID(p.chainID)
	jm, err := newJobMarket()
	if err != nil {
		return nil, err
	}
	br, err := newBridge()
	if err != nil {
		return nil, err
	}
	p.modules[JobMarketAddress], p.modules[BridgeAddress] = jm, br
	if p.l1, err = l1Events(cfg.L1); err != nil {
		return nil, err
	}
	return p, nil
}

// Config returns the chain configuration (a copy).
func (p *Processor) Config() Config {
	c := p.cfg
	c.MinProviderStake = new(big.Int).Set(p.cfg.MinProviderStake)
	return c
}

// ChainID is the L2 chain id.
func (p *Processor) ChainID() *big.Int { return new(big.Int).Set(p.chainID) }

// Signer is the transaction signer of the chain (types.LatestSignerForChainID).
// types.Sender(p.Signer(), tx) caches the sender in tx; ValidateTx and block
// processing use the same signer, so a sender recovered once is reused.
func (p *Processor) Signer() types.Signer { return p.signer }

// BaseFee is the fixed base fee per gas.
func (p *Processor) BaseFee() *big.Int { return new(big.Int).SetUint64(p.cfg.BaseFee) }

// checkedTx is a user transaction that passed every validity check.
type checkedTx struct {
	sender common.Address
	gas    uint64 // gas used: the schedule figure
	prices gasPrices
	mod    *module // nil for a plain transfer
	h      *handler
	args   []interface{}
}

// GasFor is the schedule's gas for a call to `to` with data: what
// eth_estimateGas returns when the call succeeds.
func (p *Processor) GasFor(to *common.Address, data []byte) (uint64, error) {
	g, _, _, _, err := p.gasFor(to, data)
	return g, err
}

func (p *Processor) gasFor(to *common.Address, data []byte) (uint64, *module, *handler, []interface{}, error) {
	if to == nil {
		return 0, nil, nil, nil, ErrContractCreation
	}
	m, ok := p.modules[*to]
	if !ok {
		if len(data) > 0 {
			return 0, nil, nil, nil, fmt.Errorf("%w: %d bytes to %s", ErrCalldataToNonModule, len(data), to)
		}
		return TransferGas, nil, nil, nil, nil
	}
	h, args, err := m.decode(data)
	if err != nil {
		return 0, nil, nil, nil, err
	}
	if h.kind == kindSystem {
		return 0, nil, nil, nil, fmt.Errorf("%w: %s can only come from L1", ErrSystemMethod, h.method.Name)
	}
	return h.gas, m, h, args, nil
}

// ValidateTx checks everything about a user transaction that does not
// depend on the block it lands in: type, size, chain id, signature, fees,
// the call's target, method and encoding, gas limit, nonce and balance
// against st. It caches the sender in tx. A mempool admits a transaction
// when it returns nil, and may queue one failing only with ErrNonceTooHigh
// (a nonce gap). Execution can still revert (a failed receipt): those checks
// depend on module state and are made by the block.
func (p *Processor) ValidateTx(st StateReader, tx *types.Transaction) error {
	_, err := p.checkTx(st, tx)
	return err
}

func (p *Processor) checkTx(st StateReader, tx *types.Transaction) (*checkedTx, error) {
	switch tx.Type() {
	case types.LegacyTxType, types.DynamicFeeTxType:
	case types.DepositTxType:
		return nil, fmt.Errorf("%w: only system transactions from L1 are deposits", ErrDepositTx)
	default:
		return nil, fmt.Errorf("%w: type %d", ErrTxType, tx.Type())
	}
	if size := tx.Size(); size > p.cfg.MaxTxSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrOversized, size, p.cfg.MaxTxSize)
	}
	if tx.Type() == types.LegacyTxType && !tx.Protected() {
		return nil, ErrUnprotected
	}
	if id := tx.ChainId(); id.Cmp(p.chainID) != 0 {
		return nil, fmt.Errorf("%w: have %s, want %s", ErrWrongChainID, id, p.chainID)
	}
	if len(tx.AccessList()) > 0 {
		return nil, ErrAccessList
	}
	prices, err := pricesFor(tx, p.baseFee)
	if err != nil {
		return nil, err
	}
	gas, mod, h, args, err := p.gasFor(tx.To(), tx.Data())
	if err != nil {
		return nil, err
	}
	if tx.Gas() < gas {
		return nil, fmt.Errorf("%w: have %d, want %d", ErrIntrinsicGas, tx.Gas(), gas)
	}
	if tx.Gas() > p.cfg.GasLimit {
		return nil, fmt.Errorf("%w: %d > %d", ErrGasLimit, tx.Gas(), p.cfg.GasLimit)
	}
	sender, err := types.Sender(p.signer, tx)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSig, err)
	}
	nonce := st.GetNonce(sender)
	switch {
	case tx.Nonce() < nonce:
		return nil, fmt.Errorf("%w: %s has nonce %d, tx %d", ErrNonceTooLow, sender, nonce, tx.Nonce())
	case tx.Nonce() > nonce:
		return nil, fmt.Errorf("%w: %s has nonce %d, tx %d", ErrNonceTooHigh, sender, nonce, tx.Nonce())
	case nonce == ^uint64(0):
		return nil, fmt.Errorf("%w: %s", ErrNonceMax, sender)
	}
	// Like Ethereum: the whole gas limit at the fee cap plus the value must
	// be covered, though only the schedule gas at the effective price is
	// charged.
	feeCap, _ := uint256.FromBig(tx.GasFeeCap()) // checked by pricesFor
	value, overflow := uint256.FromBig(tx.Value())
	need, over2 := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas()), feeCap)
	if !overflow && !over2 {
		_, over2 = need.AddOverflow(need, value)
	}
	if bal := st.GetBalance(sender); overflow || over2 || bal.Lt(need) {
		return nil, fmt.Errorf("%w: %s has %s, needs %s", ErrInsufficientFunds, sender, bal, need)
	}
	return &checkedTx{sender: sender, gas: gas, prices: prices, mod: mod, h: h, args: args}, nil
}

// RecoverSenders recovers and caches the senders of txs on up to GOMAXPROCS
// goroutines, so that block processing finds them cached. Deposit
// transactions are skipped. It returns the error of the lowest-index
// transaction that fails (wrapping ErrInvalidSig), so the result does not
// depend on scheduling.
func (p *Processor) RecoverSenders(ctx context.Context, txs types.Transactions) error {
	workers := min(runtime.GOMAXPROCS(0), len(txs)/16+1)
	errs := make([]error, len(txs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := len(txs)*w/workers, len(txs)*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				if ctx.Err() != nil {
					return
				}
				if txs[i].Type() == types.DepositTxType {
					continue
				}
				if _, err := types.Sender(p.signer, txs[i]); err != nil {
					errs[i] = fmt.Errorf("tx %d %s: %w: %v", i, txs[i].Hash(), ErrInvalidSig, err)
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("recover senders: %w", err)
	}
	return firstNonNil(errs)
}

func firstNonNil(errs []error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
