package l2

import (
	"bytes"
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// methodKind says who may call a module method and how.
type methodKind uint8

const (
	kindUser   methodKind = iota // transactions and eth_call
	kindView                     // read-only; transactions allowed (they change nothing)
	kindSystem                   // only system transactions from SystemAddress
)

// handler runs one module method. args are the decoded inputs; the returned
// values are packed with the method's outputs. A *RevertError undoes the
// call; any other error is a fault that invalidates the block.
type handler struct {
	method  *abi.Method
	kind    methodKind
	gas     uint64 // total gas of a transaction calling it (user and view methods)
	payable bool
	run     func(c *callCtx, args []interface{}) ([]interface{}, error)
}

// module is a native module: an address, its ABI and its method handlers.
type module struct {
	addr     common.Address
	abi      *abi.ABI
	handlers map[[4]byte]*handler
}

func newModule(addr common.Address, a *abi.ABI) *module {
	return &module{addr: addr, abi: a, handlers: make(map[[4]byte]*handler)}
}

// add registers the handler of method name, which must be in the ABI with
// the matching mutability.
func (m *module) add(name string, kind methodKind, methodGas uint64, run func(*callCtx, []interface{}) ([]interface{}, error)) error {
	meth, ok := m.abi.Methods[name]
	if !ok {
		return fmt.Errorf("module %s: ABI has no method %s", m.addr, name)
	}
	if (kind == kindView) != meth.IsConstant() {
		return fmt.Errorf("module %s: method %s: view mismatch with the ABI", m.addr, name)
	}
	h := &handler{method: &meth, kind: kind, payable: meth.IsPayable(), run: run}
	if kind != kindSystem {
		h.gas = TransferGas + methodGas
	}
	var sel [4]byte
	copy(sel[:], meth.ID)
	m.handlers[sel] = h
	return nil
}

// decode finds the method of data and decodes its arguments. Only the
// canonical ABI encoding is accepted (re-encoding must give the same bytes),
// so one call has one encoding and one transaction hash.
func (m *module) decode(data []byte) (*handler, []interface{}, error) {
	if len(data) < 4 {
		return nil, nil, fmt.Errorf("%w: %d bytes of calldata to %s", ErrUnknownMethod, len(data), m.addr)
	}
	var sel [4]byte
	copy(sel[:], data)
	h, ok := m.handlers[sel]
	if !ok {
		return nil, nil, fmt.Errorf("%w: selector %x at %s", ErrUnknownMethod, sel, m.addr)
	}
	args, err := h.method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrMalformedCall, h.method.Name, err)
	}
	again, err := h.method.Inputs.Pack(args...)
	if err != nil || !bytes.Equal(again, data[4:]) {
		return nil, nil, fmt.Errorf("%w: %s: not the canonical ABI encoding", ErrMalformedCall, h.method.Name)
	}
	return h, args, nil
}

// callCtx is one module call's environment.
type callCtx struct {
	p      *Processor
	st     StateDB
	time   uint64 // L2 block time
	number uint64 // L2 block number
	sender common.Address
	value  *uint256.Int
	logs   []*types.Log // logs of this call, kept only if it succeeds
}

// invoke runs h: the caller has moved c.value to the module already and
// undoes everything on error.
func (c *callCtx) invoke(m *module, h *handler, args []interface{}) ([]byte, error) {
	if h.kind == kindSystem && c.sender != SystemAddress {
		return nil, newRevert(m.abi, "OnlySystem", c.sender)
	}
	if !h.payable && !c.value.IsZero() {
		return nil, newRevert(m.abi, "NotPayable")
	}
	out, err := h.run(c, args)
	if err != nil {
		return nil, err
	}
	ret, err := h.method.Outputs.Pack(out...)
	if err != nil {
		return nil, fmt.Errorf("l2: encode result of %s: %w", h.method.Name, err)
	}
	return ret, nil
}

// emit appends an event of module m.
func (c *callCtx) emit(m *abi.ABI, addr common.Address, name string, args ...interface{}) error {
	l, err := encodeLog(m, addr, name, args...)
	if err != nil {
		return err
	}
	c.logs = append(c.logs, l)
	return nil
}

// pay moves amount from a module's balance to an account. The module's
// balance always covers what it owes (escrow invariant); a shortfall is a
// fault, never silently clamped.
func (c *callCtx) pay(from, to common.Address, amount *uint256.Int) error {
	if amount.IsZero() {
		return nil
	}
	if bal := c.st.GetBalance(from); bal.Lt(amount) {
		return fmt.Errorf("l2: module %s holds %s, owes %s", from, bal, amount)
	}
	c.st.SubBalance(from, amount, tracing.BalanceChangeTransfer)
	c.st.AddBalance(to, amount, tracing.BalanceChangeTransfer)
	return nil
}

// addSat adds without wrapping past 2^64-1 (times far in the future).
func addSat(a, b uint64) uint64 {
	if s := a + b; s >= a {
		return s
	}
	return ^uint64(0)
}

// convertTuple copies a decoded ABI tuple (an anonymous struct) into out, a
// pointer to the named mirror struct with the same field names.
func convertTuple(in interface{}, out interface{}) (err error) {
	defer func() {
		// abi.ConvertType panics on a shape mismatch: a defect, reported as
		// an error rather than a crash of the node.
		if r := recover(); r != nil {
			err = fmt.Errorf("l2: decoded %T does not convert to %T: %v", in, out, r)
		}
	}()
	if reflect.ValueOf(out).Kind() != reflect.Pointer {
		return fmt.Errorf("l2: convertTuple into non-pointer %T", out)
	}
	abi.ConvertType(in, out)
	return nil
}
