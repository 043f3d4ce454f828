package l2

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"
)

// bridge is the Bridge's view of one call.
type bridge struct {
	c *callCtx
	s store
}

func (c *callCtx) bridge() bridge { return bridge{c: c, s: store{st: c.st, addr: BridgeAddress}} }

func (b bridge) emit(name string, args ...interface{}) error {
	return b.c.emit(BridgeABI(), BridgeAddress, name, args...)
}

func (b bridge) revert(name string, args ...interface{}) error {
	return newRevert(BridgeABI(), name, args...)
}

// readL1Origin returns the L1 origin recorded in a state.
func readL1Origin(st StorageReader) L1Origin {
	get := func(n uint64) common.Hash { return st.GetState(BridgeAddress, slotN(n)) }
	num, t := get(brOriginNumber), get(brOriginTime)
	return L1Origin{Number: new(big.Int).SetBytes(num[:]).Uint64(), Hash: get(brOriginHash), Time: new(big.Int).SetBytes(t[:]).Uint64()}
}

// ReadL1Origin is the L1 origin of the block whose post-state st is.
func ReadL1Origin(st StorageReader) L1Origin { return readL1Origin(st) }

func (b bridge) setL1Origin(o L1Origin) {
	b.s.setU64(slotN(brOriginNumber), o.Number)
	b.s.setHash(slotN(brOriginHash), o.Hash)
	b.s.setU64(slotN(brOriginTime), o.Time)
}

// checkOrigin enforces the L1 origin rules of docs/l2.md section 4 against
// the previous block's origin: never backwards, the same number means the
// same block, and the L2 block is not older than its origin.
func checkOrigin(prev, next L1Origin, l2Time uint64) error {
	switch {
	case next.Number < prev.Number:
		return fmt.Errorf("%w: L1 origin %d before the previous %d", ErrBadBlock, next.Number, prev.Number)
	case next.Number == prev.Number && (next.Hash != prev.Hash || next.Time != prev.Time):
		return fmt.Errorf("%w: L1 origin %d changed hash or time", ErrBadBlock, next.Number)
	case next.Number > prev.Number && next.Time <= prev.Time:
		return fmt.Errorf("%w: L1 origin %d time %d not after %d", ErrBadBlock, next.Number, next.Time, prev.Time)
	case l2Time < next.Time:
		return fmt.Errorf("%w: block time %d before its L1 origin's %d", ErrBadBlock, l2Time, next.Time)
	}
	return nil
}

// blockStart is the first transaction of every block: job market
// housekeeping, then the new L1 origin.
func (b bridge) blockStart(args []interface{}) ([]interface{}, error) {
	next := L1Origin{Number: args[0].(uint64), Hash: args[1].([32]byte), Time: args[2].(uint64)}
	prev := readL1Origin(b.c.st)
	if err := checkOrigin(prev, next, b.c.time); err != nil {
		return nil, err
	}
	if err := b.c.market().blockStart(prev.Time); err != nil {
		return nil, err
	}
	b.setL1Origin(next)
	return nil, nil
}

// finalizeDeposit mints a Portal deposit. Credits must never land on a
// module or system address (they would corrupt escrow accounting), so such
// deposits go to the depositor's own address.
func (b bridge) finalizeDeposit(args []interface{}) ([]interface{}, error) {
	depositID := args[0].(*big.Int)
	from := args[1].(common.Address)
	to := args[2].(common.Address)
	amount, _ := uint256.FromBig(args[3].(*big.Int))
	if to == (common.Address{}) || isReserved(to) {
		to = from
	}
	if to == (common.Address{}) || isReserved(to) {
		to = b.c.p.cfg.FeeVault
	}
	b.c.st.AddBalance(to, amount, tracing.BalanceMint)
	b.s.setU64(slotN(brDepositCount), b.s.u64(slotN(brDepositCount))+1)
	return nil, b.emit("DepositFinalized", depositID, from, to, amount.ToBig())
}

// withdraw burns msg.value and appends the withdrawal to the tree.
func (b bridge) withdraw(args []interface{}) ([]interface{}, error) {
	amountBig := args[0].(*big.Int)
	recipient := args[1].(common.Address)
	amount, _ := uint256.FromBig(amountBig)
	switch {
	case !b.c.value.Eq(amount):
		return nil, b.revert("WrongValue", amountBig, b.c.value.ToBig())
	case amount.IsZero():
		return nil, b.revert("ZeroAmount")
	case recipient == (common.Address{}):
		return nil, b.revert("ZeroRecipient")
	case b.s.u64(slotN(brWithdrawalCount)) >= MaxWithdrawals:
		return nil, b.revert("TreeFull")
	}
	// The value reached the Bridge with the call; burning it there takes it
	// out of the L2 supply until the Portal pays it on L1.
	b.c.st.SubBalance(BridgeAddress, amount, tracing.BalanceDecreaseSelfdestructBurn)
	count := b.s.u64(slotN(brWithdrawalCount))
	leaf := WithdrawalLeaf(count, b.c.sender, recipient, amountBig)
	index, root := appendWithdrawal(b.s, leaf)
	idx := new(big.Int).SetUint64(index)
	if err := b.emit("WithdrawalInitiated", idx, b.c.sender, recipient, amountBig, leaf, root); err != nil {
		return nil, err
	}
	return []interface{}{idx}, nil
}

func (b bridge) withdrawalsRoot([]interface{}) ([]interface{}, error) {
	return []interface{}{[32]byte(b.s.hash(slotN(brWithdrawalsRoot)))}, nil
}

func (b bridge) withdrawalCount([]interface{}) ([]interface{}, error) {
	return []interface{}{new(big.Int).SetUint64(b.s.u64(slotN(brWithdrawalCount)))}, nil
}

func (b bridge) withdrawalLeaf(args []interface{}) ([]interface{}, error) {
	i := args[0].(*big.Int)
	if !i.IsUint64() || i.Uint64() >= b.s.u64(slotN(brWithdrawalCount)) {
		return nil, b.revert("UnknownWithdrawal", i)
	}
	return []interface{}{[32]byte(b.s.hash(mapSlot(u64Key(i.Uint64()), slotN(brLeaves))))}, nil
}

func (b bridge) depositCount([]interface{}) ([]interface{}, error) {
	return []interface{}{new(big.Int).SetUint64(b.s.u64(slotN(brDepositCount)))}, nil
}

func (b bridge) l1Origin([]interface{}) ([]interface{}, error) {
	return []interface{}{readL1Origin(b.c.st)}, nil
}

// derivedSlot marks an L1-derived system transaction's source hash as used.
func derivedSlot(source common.Hash) common.Hash { return mapSlot(source, slotN(brDerived)) }

// newBridge builds the Bridge module's method table.
func newBridge() (*module, error) {
	mod := newModule(BridgeAddress, BridgeABI())
	type fn = func(bridge, []interface{}) ([]interface{}, error)
	wrap := func(f fn) func(*callCtx, []interface{}) ([]interface{}, error) {
		return func(c *callCtx, args []interface{}) ([]interface{}, error) { return f(c.bridge(), args) }
	}
	for _, r := range []struct {
		name string
		kind methodKind
		gas  uint64
		f    fn
	}{
		{"withdraw", kindUser, WithdrawMethodGas, bridge.withdraw},
		{"withdrawalsRoot", kindView, ViewMethodGas, bridge.withdrawalsRoot},
		{"withdrawalCount", kindView, ViewMethodGas, bridge.withdrawalCount},
		{"withdrawalLeaf", kindView, ViewMethodGas, bridge.withdrawalLeaf},
		{"depositCount", kindView, ViewMethodGas, bridge.depositCount},
		{"l1Origin", kindView, ViewMethodGas, bridge.l1Origin},
		{"blockStart", kindSystem, 0, bridge.blockStart},
		{"finalizeDeposit", kindSystem, 0, bridge.finalizeDeposit},
	} {
		if err := mod.add(r.name, r.kind, r.gas, wrap(r.f)); err != nil {
			return nil, err
		}
	}
	return mod, nil
}
