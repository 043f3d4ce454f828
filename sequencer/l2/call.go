package l2

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Message is an unsigned call, as eth_call and eth_estimateGas receive it.
// Gas and gas prices are not needed: gas is the schedule's figure.
type Message struct {
	From  common.Address
	To    *common.Address
	Value *big.Int // nil means 0
	Data  []byte
}

// Call runs msg against st as if it were a transaction in a block with
// header's number and time, and returns the method's ABI-encoded result
// (nil for a plain transfer). st is left unchanged (the call runs under a
// snapshot that is reverted), so one StateDB may serve many calls, though
// not concurrently. A module revert is returned as a *RevertError; calls that
// could never be a valid transaction (unknown method, calldata to a
// non-module, system methods, value above the balance) return the Err* of
// ValidateTx. Nonces and fees are not checked.
func (p *Processor) Call(st StateDB, header *types.Header, msg Message) ([]byte, error) {
	out, _, err := p.call(st, header, msg)
	return out, err
}

// EstimateGas returns the gas msg uses as a transaction (the schedule's
// figure), or the error Call would return.
func (p *Processor) EstimateGas(st StateDB, header *types.Header, msg Message) (uint64, error) {
	_, gas, err := p.call(st, header, msg)
	return gas, err
}

func (p *Processor) call(st StateDB, header *types.Header, msg Message) ([]byte, uint64, error) {
	gas, mod, h, args, err := p.gasFor(msg.To, msg.Data)
	if err != nil {
		return nil, 0, err
	}
	value := new(uint256.Int)
	if msg.Value != nil {
		v, overflow := uint256.FromBig(msg.Value)
		if overflow || msg.Value.Sign() < 0 {
			return nil, 0, fmt.Errorf("%w: value %s out of range", ErrInsufficientFunds, msg.Value)
		}
		value = v
	}
	if bal := st.GetBalance(msg.From); bal.Lt(value) {
		return nil, 0, fmt.Errorf("%w: %s has %s, sends %s", ErrInsufficientFunds, msg.From, bal, value)
	}
	snap := st.Snapshot()
	defer st.RevertToSnapshot(snap)
	if !value.IsZero() {
		st.SubBalance(msg.From, value, tracing.BalanceChangeTransfer)
		st.AddBalance(*msg.To, value, tracing.BalanceChangeTransfer)
	}
	if mod == nil {
		return nil, gas, nil
	}
	c := &callCtx{p: p, st: st, time: header.Time, number: header.Number.Uint64(), sender: msg.From, value: value}
	out, err := c.invoke(mod, h, args)
	if err != nil {
		return nil, 0, err
	}
	if err := st.Error(); err != nil {
		return nil, 0, fmt.Errorf("call %s: state: %w", h.method.Name, err)
	}
	return out, gas, nil
}
