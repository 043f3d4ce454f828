// Package sequencer is the crux L2 sequencer service: it admits user
// transactions into the mempool (each one fsync'd to the write-ahead log
// before it is acknowledged), builds a block every BlockTime from the
// mempool and the L1 events of its L1 origin (l2.Processor does the state
// transition), and persists each block with its state root atomically
// (package store). The JSON-RPC front end is package sequencer/rpc; the
// command is `crux sequencer`.
//
// Lifecycle:
//
//	s, err := sequencer.New(ctx, cfg, l1)  // opens or creates the datadir, recovers the WAL
//	go s.Run(ctx)                          // the block loop, until ctx ends
//	...
//	s.Close()
//
// A block is visible (Head, RPC, subscriptions) only once it is on disk, so
// nothing a client has seen can change after a crash. On restart the chain
// resumes at the stored head and the logged transactions that no block
// holds go back into the mempool.
package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/mempool"
	"github.com/crux-rollup/crux/sequencer/store"
	"github.com/crux-rollup/crux/sequencer/wal"
)

// Defaults.
const (
	DefaultBlockTime         = 250 * time.Millisecond
	DefaultIdleBlockInterval = time.Second
	DefaultMaxBlockTxs       = 20_000
	DefaultMaxOriginAdvance  = 32
	DefaultMaxBlobSize       = 1 << 20
)

// Config configures the service.
type Config struct {
	// L2 is the chain configuration (consensus rules). On an existing
	// datadir it must equal the stored one.
	L2 l2.Config
	// Genesis is used only to create a new chain in an empty datadir.
	Genesis l2.Genesis
	// DataDir holds the database (chaindata/) and the WAL (txwal/).
	DataDir string
	// Coinbase receives the priority fees.
	Coinbase common.Address
	// BlockTime is the block building period.
	BlockTime time.Duration
	// IdleBlockInterval: without transactions or new L1 events, a block
	// is still built this often (auctions close at block starts).
	IdleBlockInterval time.Duration
	// MaxBlockTxs bounds the user transactions of one block.
	MaxBlockTxs int
	// MaxOriginAdvance bounds the L1 blocks one L2 block moves its origin.
	MaxOriginAdvance uint64
	// MaxBlobSize bounds crux_putBlob.
	MaxBlobSize int
	// Pool bounds the mempool.
	Pool mempool.Config
	// Logger receives the service's logs (discarded if nil).
	Logger *slog.Logger
	// UnsafeNoSync skips every fsync (WAL and blocks). Only for measuring
	// the rest of the pipeline; acknowledged transactions can be lost.
	UnsafeNoSync bool
}

func (c Config) withDefaults() Config {
	if c.BlockTime <= 0 {
		c.BlockTime = DefaultBlockTime
	}
	if c.IdleBlockInterval <= 0 {
		c.IdleBlockInterval = DefaultIdleBlockInterval
	}
	if c.MaxBlockTxs <= 0 {
		c.MaxBlockTxs = DefaultMaxBlockTxs
	}
	if c.MaxOriginAdvance == 0 {
		c.MaxOriginAdvance = DefaultMaxOriginAdvance
	}
	if c.MaxBlobSize <= 0 {
		c.MaxBlobSize = DefaultMaxBlobSize
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// BlockEvent is a new head, sent once the block is durable.
type BlockEvent struct {
	Block    *types.Block
	Receipts types.Receipts
}

// Service is the sequencer.
type Service struct {
	cfg  Config
	log  *slog.Logger
	proc *l2.Processor
	db   *store.DB
	wal  *wal.Log
	pool *mempool.Pool
	l1   L1Source

	head      atomic.Pointer[types.Header]
	lastBuilt time.Time
	blocks    hub

	closeOnce sync.Once
	closeErr  error
	running   sync.Mutex // held by Run; Close waits for it
}

// chainMeta is what the datadir records about its chain.
type chainMeta struct {
	Config  l2.Config  `json:"config"`
	Genesis l2.Genesis `json:"genesis"`
}

const chainMetaKey = "chain"

// New opens the datadir (creating the chain from cfg.Genesis if it is
// empty), recovers the WAL into the mempool and returns the service, not yet
// building blocks (see Run).
func New(ctx context.Context, cfg Config, l1 L1Source) (*Service, error) {
	cfg = cfg.withDefaults()
	if cfg.DataDir == "" {
		return nil, errors.New("sequencer: no datadir")
	}
	proc, err := l2.New(cfg.L2)
	if err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("sequencer: create datadir: %w", err)
	}
	db, err := store.Open(ctx, filepath.Join(cfg.DataDir, "chaindata"), store.Options{CacheMB: 256, Handles: 256, NoSync: cfg.UnsafeNoSync})
	if err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	s := &Service{cfg: cfg, log: cfg.Logger, proc: proc, db: db, l1: l1}
	if err := s.openChain(); err != nil {
		db.Close()
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	headState, err := db.State().Open(s.head.Load().Root)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sequencer: head state: %w", err)
	}
	s.pool = mempool.New(proc, cfg.Pool, headState)
	if err := s.recoverWAL(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	s.lastBuilt = time.Now()
	return s, nil
}

// openChain loads the head, or writes the genesis into an empty database.
func (s *Service) openChain() error {
	want, err := json.Marshal(s.cfg.L2)
	if err != nil {
		return fmt.Errorf("encode chain config: %w", err)
	}
	raw, err := s.db.ReadMeta(chainMetaKey)
	switch {
	case errors.Is(err, store.ErrNotFound):
		raw, err = json.Marshal(chainMeta{Config: s.proc.Config(), Genesis: s.cfg.Genesis})
		if err != nil {
			return fmt.Errorf("encode chain metadata: %w", err)
		}
		if err := s.db.WriteMeta(chainMetaKey, raw); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	var meta chainMeta
	if err := json.Unmarshal(raw, &meta); err != nil {
		return fmt.Errorf("decode chain metadata: %w", err)
	}
	have, _ := json.Marshal(meta.Config)
	if !bytes.Equal(have, want) {
		return fmt.Errorf("the datadir holds a chain with config %s; the flags give %s", have, want)
	}
	n, ok, err := s.db.Head()
	if err != nil {
		return err
	}
	if ok {
		h, err := s.db.Header(n)
		if err != nil {
			return fmt.Errorf("load head: %w", err)
		}
		s.head.Store(h)
		s.log.Info("resuming chain", "head", n, "hash", h.Hash(), "state_root", h.Root)
		return nil
	}
	st, err := s.db.State().Open(types.EmptyRootHash)
	if err != nil {
		return err
	}
	g, err := s.proc.Genesis(st, meta.Genesis)
	if err != nil {
		return err
	}
	root, err := s.db.State().Commit(st, 0)
	if err != nil {
		return err
	}
	if root != g.Root() {
		return fmt.Errorf("genesis state root %s, committed %s", g.Root(), root)
	}
	if err := s.db.WriteBlock(g, nil); err != nil {
		return err
	}
	s.head.Store(g.Header())
	s.log.Info("created chain", "chain_id", s.cfg.L2.ChainID, "genesis", g.Hash(), "state_root", root)
	return nil
}

// recoverWAL opens the WAL and puts back into the mempool the transactions
// no block holds.
func (s *Service) recoverWAL(ctx context.Context) error {
	w, txs, err := wal.Open(ctx, filepath.Join(s.cfg.DataDir, "txwal"), s.log, wal.Options{NoSync: s.cfg.UnsafeNoSync})
	if err != nil {
		return err
	}
	s.wal = w
	var included, pooled, dropped int
	for _, tx := range txs {
		h := tx.Hash()
		in, err := s.db.HasTx(h)
		if err != nil {
			w.Close()
			return err
		}
		if in {
			included++
			w.Done(h)
			continue
		}
		removed, err := s.pool.Add(tx)
		if err != nil {
			dropped++
			s.log.Debug("dropping logged transaction on recovery", "tx", h, "err", err)
			w.Done(h)
			continue
		}
		s.release(removed)
		if !s.pool.MarkDurable(h) {
			w.Done(h)
		}
		pooled++
	}
	if len(txs) > 0 {
		s.log.Info("recovered transactions from the WAL", "logged", len(txs), "already_included", included, "back_in_mempool", pooled, "dropped", dropped)
	}
	return nil
}

// release frees the WAL records of transactions the pool let go.
func (s *Service) release(removed []mempool.Removed) {
	for _, r := range removed {
		if r.Durable {
			s.wal.Done(r.Hash)
		}
	}
}

// ChainSpec is the chain's configuration and genesis as the datadir
// records them (JSON {"config", "genesis"}): what a replica needs to
// rebuild the chain (`crux replica --chain`).
func (s *Service) ChainSpec() ([]byte, error) { return s.db.ReadMeta(chainMetaKey) }

// Processor is the chain's state transition.
func (s *Service) Processor() *l2.Processor { return s.proc }

// Config returns the service configuration (with defaults applied).
func (s *Service) Config() Config { return s.cfg }

// DB is the chain database (reads only).
func (s *Service) DB() *store.DB { return s.db }

// Head is the newest durable block's header.
func (s *Service) Head() *types.Header { return s.head.Load() }

// SubscribeBlocks delivers every new head, after it is durable, on a
// channel with room for buffer events. A subscriber that falls that far
// behind is dropped: its channel is closed. Call cancel when done.
func (s *Service) SubscribeBlocks(buffer int) (events <-chan BlockEvent, cancel func()) {
	return s.blocks.subscribe(buffer)
}

// StateAt opens the state after block h (for reads; not shared between
// goroutines).
func (s *Service) StateAt(h *types.Header) (*state.StateDB, error) {
	return s.db.State().Open(h.Root)
}

// SendTransaction admits tx into the mempool and returns once it is
// durably logged: an acknowledged transaction survives a crash. Rejections
// wrap l2.Err* and mempool.Err* values.
func (s *Service) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	// Recover the sender outside the pool's lock; errors are reported by
	// Add, in the order of its checks.
	_, _ = types.Sender(s.proc.Signer(), tx)
	removed, err := s.pool.Add(tx)
	if err != nil {
		return err
	}
	s.release(removed)
	// The client going away must not leave a logged but forgotten record.
	if err := s.wal.Append(context.WithoutCancel(ctx), tx); err != nil {
		s.pool.Remove(tx.Hash()) // not durable: no record to release
		return fmt.Errorf("log transaction %s: %w", tx.Hash(), err)
	}
	if !s.pool.MarkDurable(tx.Hash()) {
		s.wal.Done(tx.Hash()) // replaced or evicted while being logged
	}
	return nil
}

// PendingNonce is the sender's next nonce counting pooled transactions.
func (s *Service) PendingNonce(addr common.Address) uint64 { return s.pool.PendingNonce(addr) }

// PoolTx returns a pooled (not yet included) transaction.
func (s *Service) PoolTx(h common.Hash) *types.Transaction { return s.pool.Get(h) }

// MinTip is the lowest priority fee the mempool accepts.
func (s *Service) MinTip() *big.Int { return s.pool.Config().MinTip }

// PoolLen is the number of pooled transactions.
func (s *Service) PoolLen() int { return s.pool.Len() }

// ErrBlobTooLarge rejects a blob above Config.MaxBlobSize.
var ErrBlobTooLarge = errors.New("blob too large")

// PutBlob stores a blob durably under its keccak256 hash.
func (s *Service) PutBlob(data []byte) (common.Hash, error) {
	if len(data) > s.cfg.MaxBlobSize {
		return common.Hash{}, fmt.Errorf("%w: %d bytes, max %d", ErrBlobTooLarge, len(data), s.cfg.MaxBlobSize)
	}
	return s.db.PutBlob(data)
}

// GetBlob returns a stored blob.
func (s *Service) GetBlob(h common.Hash) ([]byte, error) { return s.db.GetBlob(h) }

// Run builds blocks every BlockTime until ctx ends. It returns nil when ctx
// ends, or the error that made building impossible (a database failure).
func (s *Service) Run(ctx context.Context) error {
	s.running.Lock()
	defer s.running.Unlock()
	t := time.NewTicker(s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if _, err := s.BuildBlock(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.log.Error("block building stopped", "err", err)
			return err
		}
	}
}

// BuildBlock builds, persists and publishes the next block if there is
// anything to put in it (or the idle interval has passed). Run calls it;
// tests may call it directly when Run is not running.
func (s *Service) BuildBlock(ctx context.Context) (*types.Block, error) {
	now := time.Now()
	parent := s.head.Load()
	l2Time := max(parent.Time, uint64(now.Unix()))
	cur, err := l2.L1OriginFromExtra(parent.Extra)
	if err != nil {
		return nil, fmt.Errorf("parent origin: %w", err)
	}
	origin, sysTxs := s.nextOrigin(ctx, cur, l2Time)
	txs := s.pool.Executable(s.cfg.MaxBlockTxs)
	if len(txs) == 0 && origin.Number == cur.Number && now.Sub(s.lastBuilt) < s.cfg.IdleBlockInterval {
		return nil, nil
	}
	block, receipts, invalid, err := s.build(parent, l2Time, origin, sysTxs, txs)
	if err != nil && origin.Number != cur.Number {
		// The L1 events do not apply: a derivation defect or bad L1 data.
		// Keep the chain going on the old origin and say so loudly.
		s.log.Error("L1 origin advance failed; building on the previous origin", "from", cur.Number, "to", origin.Number, "err", err)
		block, receipts, invalid, err = s.build(parent, l2Time, cur, nil, txs)
	}
	if err != nil {
		return nil, err
	}
	if err := s.db.WriteBlock(block, receipts); err != nil {
		return nil, err
	}
	s.head.Store(block.Header())
	headState, err := s.db.State().Open(block.Root())
	if err != nil {
		return nil, err
	}
	var included []common.Hash
	var userTxs types.Transactions
	for _, tx := range block.Transactions() {
		if tx.Type() != types.DepositTxType {
			included = append(included, tx.Hash())
			userTxs = append(userTxs, tx)
		}
	}
	removed := s.pool.Reset(headState, userTxs)
	removed = append(removed, s.pool.Remove(invalid...)...)
	s.wal.Done(included...)
	s.release(removed)
	s.lastBuilt = now
	s.blocks.send(BlockEvent{Block: block, Receipts: receipts})
	s.log.Debug("built block", "number", block.NumberU64(), "txs", len(block.Transactions()), "l1_origin", origin.Number, "took", time.Since(now))
	return block, nil
}

// build applies the block and commits its state.
func (s *Service) build(parent *types.Header, l2Time uint64, origin l2.L1Origin, sysTxs, txs types.Transactions) (*types.Block, types.Receipts, []common.Hash, error) {
	st, err := s.db.State().Open(parent.Root)
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := s.proc.NewBuilder(st, parent, l2.BlockEnv{Time: l2Time, Coinbase: s.cfg.Coinbase, L1Origin: origin})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("start block: %w", err)
	}
	for _, tx := range sysTxs {
		if _, err := b.AddTx(tx); err != nil {
			return nil, nil, nil, fmt.Errorf("system transaction: %w", err)
		}
	}
	var invalid []common.Hash
	skip := make(map[common.Address]bool)
	signer := s.proc.Signer()
	for _, tx := range txs {
		from, _ := types.Sender(signer, tx)
		if skip[from] {
			continue
		}
		if _, err := b.AddTx(tx); err != nil {
			// Later nonces of the sender cannot apply in this block.
			skip[from] = true
			if !errors.Is(err, l2.ErrBlockFull) {
				invalid = append(invalid, tx.Hash())
				s.log.Debug("dropping transaction that no longer applies", "tx", tx.Hash(), "err", err)
			}
		}
	}
	block, receipts := b.Finish()
	root, err := s.db.State().Commit(st, block.NumberU64())
	if err != nil {
		return nil, nil, nil, err
	}
	if root != block.Root() {
		return nil, nil, nil, fmt.Errorf("block %d: committed state root %s, header has %s", block.NumberU64(), root, block.Root())
	}
	return block, receipts, invalid, nil
}

// nextOrigin picks the L1 origin of the next block: the next safe L1
// blocks, in order, not newer than the L2 block's time, at most
// MaxOriginAdvance of them; with the system transactions of their events.
// An L1 failure keeps the current origin.
func (s *Service) nextOrigin(ctx context.Context, cur l2.L1Origin, l2Time uint64) (l2.L1Origin, types.Transactions) {
	if s.l1 == nil {
		return cur, nil
	}
	safe, err := s.l1.SafeHead(ctx)
	if err != nil {
		s.log.Warn("cannot read the L1 head; keeping the L1 origin", "origin", cur.Number, "err", err)
		return cur, nil
	}
	origin := cur
	var sys types.Transactions
	for n := cur.Number + 1; n <= safe && n <= cur.Number+s.cfg.MaxOriginAdvance; n++ {
		b, err := s.l1.Block(ctx, n)
		if err != nil {
			s.log.Warn("cannot read an L1 block; keeping the L1 origin", "block", n, "err", err)
			break
		}
		if b.ParentHash != common.Hash(origin.Hash) {
			s.log.Error("L1 reorg below the confirmation depth: the L1 origin stays until the L1 chain agrees again",
				"origin", origin.Number, "origin_hash", common.Hash(origin.Hash), "next", n, "next_parent", b.ParentHash)
			break
		}
		if b.Origin.Time > l2Time || b.Origin.Time <= origin.Time {
			break
		}
		logs, err := s.l1.Logs(ctx, b)
		if err != nil {
			s.log.Warn("cannot read L1 logs; keeping the L1 origin", "block", n, "err", err)
			break
		}
		txs, err := s.proc.DeriveSystemTxs(b.Origin, logs)
		if err != nil {
			s.log.Error("cannot derive L1 block; the L1 origin stays", "block", n, "err", err)
			break
		}
		sys = append(sys, txs...)
		origin = b.Origin
	}
	return origin, sys
}

// Close stops accepting transactions and closes the WAL and the database.
// Cancel Run's context first; Close waits for Run to return.
func (s *Service) Close() error {
	s.closeOnce.Do(func() {
		s.running.Lock()
		defer s.running.Unlock()
		var errs []error
		if err := s.wal.Close(); err != nil {
			errs = append(errs, err)
		}
		if err := s.db.Close(); err != nil {
			errs = append(errs, err)
		}
		s.closeErr = errors.Join(errs...)
	})
	return s.closeErr
}

// ChainID is the L2 chain id.
func (s *Service) ChainID() *big.Int { return s.proc.ChainID() }
