package l2

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Transaction validity errors. A transaction failing any of them cannot be
// included in a block (ValidateTx and Builder.AddTx return them wrapped with
// details; test with errors.Is). A valid module call whose checks fail at
// execution is still included, with a failed receipt: see RevertError.
var (
	ErrTxType              = errors.New("transaction type not supported")
	ErrDepositTx           = errors.New("deposit transaction not allowed here")
	ErrUnprotected         = errors.New("legacy transaction without EIP-155 replay protection")
	ErrWrongChainID        = errors.New("wrong chain id")
	ErrInvalidSig          = errors.New("invalid signature")
	ErrOversized           = errors.New("transaction oversized")
	ErrAccessList          = errors.New("access lists not supported")
	ErrContractCreation    = errors.New("contract creation not supported")
	ErrCalldataToNonModule = errors.New("calldata to a non-module address")
	ErrUnknownMethod       = errors.New("unknown module method")
	ErrMalformedCall       = errors.New("malformed module call")
	ErrSystemMethod        = errors.New("system method")
	ErrFeeCapTooHigh       = errors.New("fee cap too high")
	ErrTipAboveFeeCap      = errors.New("max priority fee above max fee")
	ErrUnderpriced         = errors.New("transaction underpriced")
	ErrIntrinsicGas        = errors.New("gas limit below the schedule")
	ErrGasLimit            = errors.New("gas limit above the block gas limit")
	ErrBlockFull           = errors.New("block gas limit reached")
	ErrNonceTooLow         = errors.New("nonce too low")
	ErrNonceTooHigh        = errors.New("nonce too high")
	ErrNonceMax            = errors.New("nonce has max value")
	ErrInsufficientFunds   = errors.New("insufficient funds for gas * price + value")
)

// Block and system transaction errors: the block is invalid.
var (
	ErrBadBlock    = errors.New("invalid block")
	ErrBadSystemTx = errors.New("invalid system transaction")
	ErrDuplicateL1 = errors.New("L1 event already derived")
)

// RevertError is a module call that failed its checks: in a transaction it
// leaves a failed receipt (gas still paid, nothing else changed); from Call
// and EstimateGas it is the error. Data is the ABI-encoded custom error of
// IJobMarket.sol / IBridge.sol. It implements the ErrorCode/ErrorData methods
// go-ethereum's rpc package uses, so a JSON-RPC server returns it as code 3
// with the data, which ethers, viem and abigen v2 bindings decode.
type RevertError struct {
	Data   []byte
	Reason string // the error's name and arguments, for people
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// ErrorCode is the JSON-RPC error code of a revert.
func (e *RevertError) ErrorCode() int { return 3 }

// ErrorData is the revert data, 0x-hex.
func (e *RevertError) ErrorData() interface{} { return hexutil.Encode(e.Data) }

// newRevert encodes custom error name of the given ABI with args.
func newRevert(a *abi.ABI, name string, args ...interface{}) error {
	ae, ok := a.Errors[name]
	if !ok {
		return fmt.Errorf("l2: undeclared custom error %s", name)
	}
	packed, err := ae.Inputs.Pack(args...)
	if err != nil {
		return fmt.Errorf("l2: encode custom error %s: %w", name, err)
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = formatArg(a)
	}
	return &RevertError{
		Data:   append(append([]byte{}, ae.ID[:4]...), packed...),
		Reason: name + "(" + strings.Join(parts, ", ") + ")",
	}
}

// isRevert reports whether err is a module revert (as opposed to a fault).
func isRevert(err error) (*RevertError, bool) {
	var r *RevertError
	ok := errors.As(err, &r)
	return r, ok
}

// formatArg prints an error argument the way Solidity tools do.
func formatArg(v interface{}) string {
	switch v := v.(type) {
	case [32]byte:
		return hexutil.Encode(v[:])
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprint(v)
	}
}
