// Package batcher posts the sequencer's L2 blocks to L1 and its output
// roots to the OutputOracle (docs/l2.md section 5).
//
// The Batcher encodes runs of blocks into channels (package batch), cuts
// them into frames and sends each frame as one transaction to the
// BatchInbox through op-service's txmgr (nonces, fee bumps, resubmission,
// confirmation depth). After txmgr confirms a frame, the Batcher keeps
// watching it until it is FinalityDepth deep: a frame whose transaction
// leaves the canonical chain (an L1 reorg) is re-broadcast as the same
// signed transaction, which refills its nonce, and re-sent through txmgr
// if that does not get it mined. Safe() is the newest L2 block all of whose
// frames are confirmed; the Proposer posts output roots only up to it, so
// no output names a block replicas cannot rebuild from L1.
//
// Metrics (L1 bytes and gas per L2 transaction, frames, resubmissions,
// outputs) are served in Prometheus text format by Handler.
package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
)

// L1Client is what the batcher and proposer need from an L1 node:
// *ethclient.Client and the simulated backend's client both qualify.
type L1Client interface {
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.TransactionSender
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, txHash common.Hash) (tx *types.Transaction, isPending bool, err error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// txmgrBackend adapts an L1Client to txmgr.ETHBackend. Close is a no-op:
// the client belongs to the caller, who closes it.
type txmgrBackend struct{ L1Client }

func (b txmgrBackend) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	if f, ok := b.L1Client.(interface {
		BlobBaseFee(context.Context) (*big.Int, error)
	}); ok {
		return f.BlobBaseFee(ctx)
	}
	return nil, errors.New("the L1 client reports no blob base fee")
}

func (txmgrBackend) Close() {}

// TxConfig tunes the transaction manager.
type TxConfig struct {
	// NumConfirmations is how deep a transaction must be before it counts
	// as sent (at least 1).
	NumConfirmations uint64
	// ResubmissionTimeout: an unmined transaction is re-sent with bumped
	// fees this often.
	ResubmissionTimeout time.Duration
	// ReceiptQueryInterval is how often receipts are polled.
	ReceiptQueryInterval time.Duration
	// NetworkTimeout bounds one L1 request.
	NetworkTimeout time.Duration
	// TxNotInMempoolTimeout gives up on a transaction the node never
	// accepted.
	TxNotInMempoolTimeout time.Duration
	// FeeLimitMultiplier caps bumped fees at this multiple of the
	// suggested ones (above FeeLimitThreshold).
	FeeLimitMultiplier uint64
	FeeLimitThreshold  *big.Int
	// MinTipCap and MinBaseFee floor the fee suggestions (wei).
	MinTipCap, MinBaseFee *big.Int
}

// DefaultTxConfig suits a public L1 (12 s blocks).
func DefaultTxConfig() TxConfig {
	return TxConfig{
		NumConfirmations:      4,
		ResubmissionTimeout:   48 * time.Second,
		ReceiptQueryInterval:  6 * time.Second,
		NetworkTimeout:        10 * time.Second,
		TxNotInMempoolTimeout: 2 * time.Minute,
		FeeLimitMultiplier:    5,
		FeeLimitThreshold:     big.NewInt(100 * params.GWei),
		MinTipCap:             big.NewInt(params.GWei / 1000),
		MinBaseFee:            big.NewInt(params.GWei / 1000),
	}
}

// NewTxManager builds the op-service transaction manager that signs with
// key. The batcher and the proposer share one, so one account's nonces are
// managed in one place.
func NewTxManager(ctx context.Context, client L1Client, key *ecdsa.PrivateKey, cfg TxConfig, log *slog.Logger) (txmgr.TxManager, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L1 chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := &txmgr.Config{
		Backend: txmgrBackend{client},
		ChainID: chainID,
		From:    from,
		Signer: func(_ context.Context, addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, fmt.Errorf("no key for %s", addr)
			}
			return types.SignTx(tx, signer, key)
		},
		TxSendTimeout:             0,
		TxNotInMempoolTimeout:     cfg.TxNotInMempoolTimeout,
		NetworkTimeout:            cfg.NetworkTimeout,
		ReceiptQueryInterval:      cfg.ReceiptQueryInterval,
		NumConfirmations:          max(cfg.NumConfirmations, 1),
		SafeAbortNonceTooLowCount: 3,
		RetryInterval:             time.Second,
		MaxRetries:                10,
	}
	c.ResubmissionTimeout.Store(int64(cfg.ResubmissionTimeout))
	c.FeeLimitMultiplier.Store(max(cfg.FeeLimitMultiplier, 1))
	c.FeeLimitThreshold.Store(cfg.FeeLimitThreshold)
	c.MinTipCap.Store(cfg.MinTipCap)
	c.MinBaseFee.Store(cfg.MinBaseFee)
	return txmgr.NewSimpleTxManagerFromConfig("crux-batcher", gethlog.NewLogger(log.Handler()), &metrics.NoopTxMetrics{}, c)
}
