package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// KeySender sends transactions signed by one key and waits for each receipt.
// It sends one at a time, so nonces never collide; services that need fee
// bumping and resubmission plug in a txmgr-backed Sender instead.
type KeySender struct {
	backend bind.ContractBackend
	opts    bind.TransactOpts
	wait    func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
}

// NewKeySender returns a Sender for opts' account; wait returns a sent
// transaction's receipt once mined.
func NewKeySender(backend bind.ContractBackend, opts *bind.TransactOpts, wait func(context.Context, *types.Transaction) (*types.Receipt, error)) *KeySender {
	return &KeySender{backend: backend, opts: *opts, wait: wait}
}

// From is the sending account.
func (s *KeySender) From() common.Address { return s.opts.From }

// Send sends data to `to` with value and returns the receipt; a reverted
// transaction is an error that still returns the receipt.
func (s *KeySender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := s.opts
	opts.Context = ctx
	opts.Value = value
	// The calldata is packed already: the bound contract needs no ABI.
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, s.backend, s.backend, s.backend), &opts, data)
	if err != nil {
		return nil, fmt.Errorf("sending to %s: %w", to, err)
	}
	r, err := s.wait(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction " + tx.Hash().Hex() + " reverted")
	}
	return r, nil
}
