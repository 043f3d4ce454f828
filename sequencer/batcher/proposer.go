package batcher

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/sequencer/l2"
)

// ProposerConfig configures the Proposer.
type ProposerConfig struct {
	// Oracle is the OutputOracle.
	Oracle common.Address
	// Interval: an output is posted once the safe head is this many L2
	// blocks past the last output.
	Interval uint64
	// PollInterval is how often the proposer looks.
	PollInterval time.Duration
	// Logger receives the logs (discarded if nil).
	Logger *slog.Logger
}

// Proposer posts output roots of L2 blocks whose batches are confirmed on
// L1 (Safe) to the OutputOracle.
type Proposer struct {
	cfg    ProposerConfig
	log    *slog.Logger
	src    L2Source
	l1     L1Client
	tm     txmgr.TxManager
	safe   func() uint64
	oracle *bindings.OutputOracle

	mu       sync.Mutex
	inFlight chan txmgr.SendResponse
	proposed uint64 // outputs confirmed since start
}

// NewProposer returns a proposer posting up to safe().
func NewProposer(cfg ProposerConfig, src L2Source, l1 L1Client, tm txmgr.TxManager, safe func() uint64) *Proposer {
	if cfg.Interval == 0 {
		cfg.Interval = 100
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 6 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Proposer{cfg: cfg, log: cfg.Logger, src: src, l1: l1, tm: tm, safe: safe, oracle: bindings.NewOutputOracle()}
}

// Proposed is the number of outputs this proposer got confirmed.
func (p *Proposer) Proposed() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.proposed
}

// Run proposes until ctx ends.
func (p *Proposer) Run(ctx context.Context) error {
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := p.Step(ctx); err != nil && ctx.Err() == nil {
			p.log.Warn("proposer round failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// latest reads the newest output's L2 block from the oracle (ok false if
// none). Reading it each round makes the proposer follow L1 reorgs and
// restarts without state of its own.
func (p *Proposer) latest(ctx context.Context) (uint64, bool, error) {
	call := func(data []byte) ([]byte, error) {
		return p.l1.CallContract(ctx, ethereum.CallMsg{To: &p.cfg.Oracle, Data: data}, nil)
	}
	raw, err := call(p.oracle.PackOutputCount())
	if err != nil {
		return 0, false, fmt.Errorf("oracle outputCount: %w", err)
	}
	count, err := p.oracle.UnpackOutputCount(raw)
	if err != nil {
		return 0, false, err
	}
	if count.Sign() == 0 {
		return 0, false, nil
	}
	raw, err = call(p.oracle.PackOutputBlockNumber(new(big.Int).Sub(count, common.Big1)))
	if err != nil {
		return 0, false, fmt.Errorf("oracle outputBlockNumber: %w", err)
	}
	n, err := p.oracle.UnpackOutputBlockNumber(raw)
	if err != nil {
		return 0, false, err
	}
	return n.Uint64(), true, nil
}

// Step posts one output if one is due and none is in flight.
func (p *Proposer) Step(ctx context.Context) error {
	p.mu.Lock()
	if p.inFlight != nil {
		select {
		case r := <-p.inFlight:
			p.inFlight = nil
			if r.Err != nil {
				p.log.Error("posting an output root failed", "err", r.Err)
			} else if r.Receipt.Status != types.ReceiptStatusSuccessful {
				p.log.Error("output root transaction reverted (is this key the oracle's proposer?)", "tx", r.Receipt.TxHash)
			} else {
				p.proposed++
			}
		default:
			p.mu.Unlock()
			return nil
		}
	}
	p.mu.Unlock()
	last, any, err := p.latest(ctx)
	if err != nil {
		return err
	}
	safe := p.safe()
	if safe == 0 || (any && safe < last+p.cfg.Interval) {
		return nil
	}
	blk, err := p.src.Block(safe)
	if err != nil {
		return fmt.Errorf("L2 block %d: %w", safe, err)
	}
	wr, err := p.src.WithdrawalsRoot(blk.Header())
	if err != nil {
		return fmt.Errorf("withdrawals root of L2 block %d: %w", safe, err)
	}
	root := l2.OutputRoot(blk.Root(), wr, blk.Hash())
	ch := make(chan txmgr.SendResponse, 1)
	p.mu.Lock()
	p.inFlight = ch
	p.mu.Unlock()
	p.log.Info("proposing output root", "l2_block", safe, "output_root", root)
	p.tm.SendAsync(ctx, txmgr.TxCandidate{To: &p.cfg.Oracle, TxData: p.oracle.PackProposeOutput(new(big.Int).SetUint64(safe), root)}, ch)
	return nil
}
