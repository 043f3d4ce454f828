package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxMgrSender sends through op-service's transaction manager: fee
// estimation and bumping, resubmission until confirmed, nonce management
// across concurrent sends. What the executor and challenger services use.
type TxMgrSender struct{ m txmgr.TxManager }

// NewTxMgrSender wraps a transaction manager (sequencer/batcher.NewTxManager
// builds one from a key and an L1 client).
func NewTxMgrSender(m txmgr.TxManager) *TxMgrSender { return &TxMgrSender{m: m} }

// From is the manager's account.
func (s *TxMgrSender) From() common.Address { return s.m.From() }

// Send sends data to `to` with value and returns the confirmed receipt; a
// reverted transaction is an error returned with its receipt.
func (s *TxMgrSender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	r, err := s.m.Send(ctx, txmgr.TxCandidate{TxData: data, To: &to, Value: value})
	if err != nil {
		return nil, fmt.Errorf("sending to %s: %w", to, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction " + r.TxHash.Hex() + " reverted")
	}
	return r, nil
}
