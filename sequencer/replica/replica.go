// Package replica rebuilds the crux L2 chain from L1 data alone and checks
// it against the sequencer and the OutputOracle (docs/l2.md section 5).
//
// It reads L1 block by block (Confirmations deep): frames posted to the
// BatchInbox (the input of each transaction that emitted BatchSubmitted)
// are assembled into channels and decoded into batches (package batch);
// each batch's blocks are rebuilt in order: the block-start transaction and
// the system transactions the L1 events of the block's new L1 origins
// derive (l2.Processor.DeriveSystemTxs), then the batch's user
// transactions. With a sequencer to compare with, the sequencer's header
// of each block is fetched, its execution inputs (parent, number, time,
// coinbase, L1 origin, gas limit, base fee) must equal the L1-derived ones,
// and l2.Processor.VerifyBlock re-executes the L1-derived transactions
// under it: a different state root (or any other root) is a *MismatchError.
// Every OutputProposed of the OutputOracle is checked against the rebuilt
// state the same way. A mismatch is logged at error level and stops Run
// with the error: replicas are the alarm of the rollup's trust model.
package replica

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/sequencer/batch"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/store"
)

// L1Client is what the replica reads L1 with.
type L1Client interface {
	ethereum.BlockNumberReader
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error)
}

// Sequencer is the sequencer's RPC as the replica checks it
// (*ethclient.Client dialled to the sequencer).
type Sequencer interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Chain is what defines an L2 chain: its consensus rules and its genesis
// (the sequencer's datadir records the same pair).
type Chain struct {
	Config  l2.Config  `json:"config"`
	Genesis l2.Genesis `json:"genesis"`
}

// LoadChain reads a Chain from a JSON file.
func LoadChain(path string) (Chain, error) {
	var c Chain
	raw, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("read chain spec: %w", err)
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return c, fmt.Errorf("parse chain spec %s: %w", path, err)
	}
	return c, nil
}

// Config configures a Replica.
type Config struct {
	Chain Chain
	// Inbox is the BatchInbox; Oracle the OutputOracle (zero: outputs are
	// not checked).
	Inbox, Oracle common.Address
	// Confirmations: only L1 blocks this deep are read.
	Confirmations uint64
	// DataDir holds the rebuilt chain (chaindata/, pebble).
	DataDir string
	// PollInterval is how often Run looks for new L1 blocks.
	PollInterval time.Duration
	// Limits bound decoding; Assembler bounds frame assembly.
	Limits    batch.Limits
	Assembler batch.AssemblerConfig
	// Logger receives the logs (discarded if nil).
	Logger *slog.Logger
}

// MismatchError is a disagreement between the chain rebuilt from L1 and
// the sequencer or the OutputOracle.
type MismatchError struct {
	Block  uint64
	Source string // "sequencer" or "output oracle" or "batch"
	Field  string
	Ours   string
	Theirs string
	Err    error
}

func (e *MismatchError) Error() string {
	s := fmt.Sprintf("L2 block %d: %s disagrees with the chain rebuilt from L1: %s is %s, L1 data gives %s", e.Block, e.Source, e.Field, e.Theirs, e.Ours)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *MismatchError) Unwrap() error { return e.Err }

// Replica rebuilds the chain. Not safe for concurrent Steps; Head and
// Stats may be called from anywhere.
type Replica struct {
	cfg  Config
	log  *slog.Logger
	proc *l2.Processor
	db   *store.DB
	l1   L1Client
	seq  Sequencer

	batchTopic, outputTopic common.Hash
	derivAddrs              []common.Address
	derivTopics             []common.Hash
	asm                     *batch.Assembler
	cursor                  uint64      // next L1 block to read
	prevL1                  common.Hash // hash of cursor-1
	pending                 map[uint64]*batchAt
	outputs                 []output
	l1cache                 map[uint64]*types.Header

	mu    sync.Mutex
	head  *types.Header
	stats Stats
}

type batchAt struct {
	b       *batch.Batch
	firstL1 uint64 // L1 block of its first frame
}

type output struct {
	block uint64
	root  common.Hash
}

// Stats count what the replica checked.
type Stats struct {
	Blocks          uint64 // blocks rebuilt
	VerifiedBlocks  uint64 // of them, checked against the sequencer
	Txs             uint64 // user transactions rebuilt
	Batches         uint64
	CheckedOutputs  uint64
	DuplicateBlocks uint64 // blocks of batches seen twice, checked equal
	L1Block         uint64 // last L1 block read
}

const cursorKey = "replica:l1cursor"

// New opens (or creates, from the chain spec's genesis) the replica's
// datadir. seq may be nil: the chain is then rebuilt and checked against
// output roots only.
func New(ctx context.Context, cfg Config, l1 L1Client, seq Sequencer) (*Replica, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.Limits == (batch.Limits{}) {
		cfg.Limits = batch.DefaultLimits()
	}
	if cfg.Assembler == (batch.AssemblerConfig{}) {
		cfg.Assembler = batch.DefaultAssemblerConfig()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if (cfg.Inbox == common.Address{}) {
		return nil, errors.New("replica: no BatchInbox address")
	}
	proc, err := l2.New(cfg.Chain.Config)
	if err != nil {
		return nil, fmt.Errorf("replica: %w", err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("replica: %w", err)
	}
	db, err := store.Open(ctx, filepath.Join(cfg.DataDir, "chaindata"), store.Options{CacheMB: 64, Handles: 64})
	if err != nil {
		return nil, fmt.Errorf("replica: %w", err)
	}
	r := &Replica{
		cfg: cfg, log: cfg.Logger, proc: proc, db: db, l1: l1, seq: seq,
		asm: batch.NewAssembler(cfg.Assembler), pending: map[uint64]*batchAt{}, l1cache: map[uint64]*types.Header{},
	}
	ia, err := bindings.BatchInboxMetaData.ParseABI()
	if err != nil {
		db.Close()
		return nil, err
	}
	oa, err := bindings.OutputOracleMetaData.ParseABI()
	if err != nil {
		db.Close()
		return nil, err
	}
	r.batchTopic, r.outputTopic = ia.Events["BatchSubmitted"].ID, oa.Events["OutputProposed"].ID
	r.derivAddrs, r.derivTopics = proc.L1LogFilter()
	if err := r.open(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("replica: %w", err)
	}
	return r, nil
}

// open loads the head or writes the genesis, and the L1 cursor.
func (r *Replica) open(ctx context.Context) error {
	n, ok, err := r.db.Head()
	if err != nil {
		return err
	}
	if ok {
		h, err := r.db.Header(n)
		if err != nil {
			return err
		}
		r.head = h
	} else {
		st, err := r.db.State().Open(types.EmptyRootHash)
		if err != nil {
			return err
		}
		g, err := r.proc.Genesis(st, r.cfg.Chain.Genesis)
		if err != nil {
			return err
		}
		if _, err := r.db.State().Commit(st, 0); err != nil {
			return err
		}
		if err := r.db.WriteBlock(g, nil); err != nil {
			return err
		}
		r.head = g.Header()
	}
	if r.seq != nil {
		sh, err := r.seq.HeaderByNumber(ctx, common.Big0)
		if err != nil {
			return fmt.Errorf("sequencer genesis: %w", err)
		}
		g, _ := r.db.Header(0)
		if sh.Hash() != g.Hash() {
			return &MismatchError{Block: 0, Source: "sequencer", Field: "genesis hash", Ours: g.Hash().Hex(), Theirs: sh.Hash().Hex()}
		}
	}
	r.cursor = r.cfg.Chain.Genesis.L1Origin.Number + 1
	if raw, err := r.db.ReadMeta(cursorKey); err == nil && len(raw) == 8 {
		r.cursor = binary.BigEndian.Uint64(raw)
	}
	return nil
}

// Close closes the database.
func (r *Replica) Close() error { return r.db.Close() }

// DB is the rebuilt chain.
func (r *Replica) DB() *store.DB { return r.db }

// Head is the newest rebuilt block.
func (r *Replica) Head() *types.Header {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.head
}

// Stats returns the counters.
func (r *Replica) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// Run follows L1 until ctx ends (nil) or the chain cannot be rebuilt or
// disagrees with the sequencer or the oracle (the error; a *MismatchError
// for a disagreement).
func (r *Replica) Run(ctx context.Context) error {
	t := time.NewTicker(r.cfg.PollInterval)
	defer t.Stop()
	for {
		err := r.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var mm *MismatchError
		if errors.As(err, &mm) || errors.Is(err, batch.ErrBadBatch) || errors.Is(err, l2.ErrBadBlock) || errors.Is(err, errFatal) {
			r.log.Error("REPLICA DISAGREES: the chain rebuilt from L1 does not match", "err", err)
			return err
		}
		if err != nil {
			r.log.Warn("replica round failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// errFatal marks errors a retry cannot fix.
var errFatal = errors.New("fatal")

// Step reads every L1 block up to the confirmed head and applies what
// became complete.
func (r *Replica) Step(ctx context.Context) error {
	top, err := r.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("L1 head: %w", err)
	}
	if top < r.cfg.Confirmations {
		return nil
	}
	top -= r.cfg.Confirmations
	// Blocks are applied after each L1 block is read, so batches complete
	// in order; a failed apply is retried without reading L1 again.
	for {
		if err := r.apply(ctx); err != nil {
			return err
		}
		if err := r.checkOutputs(); err != nil {
			return err
		}
		if r.cursor > top {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readL1(ctx, r.cursor); err != nil {
			return err
		}
		r.mu.Lock()
		r.stats.L1Block = r.cursor
		r.mu.Unlock()
		r.cursor++
		if err := r.saveCursor(); err != nil {
			return err
		}
	}
}

// saveCursor records where a restart must read L1 from: the oldest frame
// not yet applied.
func (r *Replica) saveCursor() error {
	resume := r.cursor
	if l1, ok := r.asm.OldestL1(); ok {
		resume = min(resume, l1)
	}
	for _, p := range r.pending {
		resume = min(resume, p.firstL1)
	}
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], resume)
	return r.db.WriteMeta(cursorKey, buf[:])
}

func (r *Replica) l1Header(ctx context.Context, n uint64) (*types.Header, error) {
	if h, ok := r.l1cache[n]; ok {
		return h, nil
	}
	h, err := r.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("L1 header %d: %w", n, err)
	}
	if len(r.l1cache) > 4096 {
		clear(r.l1cache)
	}
	r.l1cache[n] = h
	return h, nil
}

// readL1 takes the frames and output proposals of L1 block n.
func (r *Replica) readL1(ctx context.Context, n uint64) error {
	h, err := r.l1Header(ctx, n)
	if err != nil {
		return err
	}
	if r.prevL1 != (common.Hash{}) && h.ParentHash != r.prevL1 {
		clear(r.l1cache)
		return fmt.Errorf("%w: L1 reorg deeper than %d confirmations at block %d: restart the replica with more confirmations", errFatal, r.cfg.Confirmations, n)
	}
	hash := h.Hash()
	addrs := []common.Address{r.cfg.Inbox}
	if (r.cfg.Oracle != common.Address{}) {
		addrs = append(addrs, r.cfg.Oracle)
	}
	logs, err := r.l1.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: addrs, Topics: [][]common.Hash{{r.batchTopic, r.outputTopic}}})
	if err != nil {
		return fmt.Errorf("L1 logs of block %d: %w", n, err)
	}
	slices.SortFunc(logs, func(a, b types.Log) int { return int(a.Index) - int(b.Index) })
	for _, l := range logs {
		switch {
		case l.Address == r.cfg.Inbox && l.Topics[0] == r.batchTopic:
			if err := r.takeFrame(ctx, n, l); err != nil {
				return err
			}
		case l.Address == r.cfg.Oracle && l.Topics[0] == r.outputTopic && len(l.Topics) == 3:
			r.outputs = append(r.outputs, output{block: new(big.Int).SetBytes(l.Topics[1][:]).Uint64(), root: l.Topics[2]})
		}
	}
	for _, id := range r.asm.Expire(n) {
		r.log.Warn("dropping an incomplete batch channel that timed out", "channel", fmt.Sprintf("%x", id))
	}
	r.prevL1 = hash
	return nil
}

func (r *Replica) takeFrame(ctx context.Context, n uint64, l types.Log) error {
	tx, err := r.l1.TransactionInBlock(ctx, l.BlockHash, l.TxIndex)
	if err != nil {
		return fmt.Errorf("L1 block %d tx %d: %w", n, l.TxIndex, err)
	}
	// The log proves the inbox accepted the call from the batcher; only a
	// direct call makes the transaction's input the frame.
	if tx.To() == nil || *tx.To() != r.cfg.Inbox {
		r.log.Warn("ignoring a batch not sent directly to the inbox", "l1_block", n, "tx", tx.Hash())
		return nil
	}
	f, err := batch.ParseFrame(tx.Data())
	if err != nil {
		return fmt.Errorf("%w: L1 tx %s: %w", errFatal, tx.Hash(), err)
	}
	data, err := r.asm.Add(f, n)
	if err != nil {
		return fmt.Errorf("%w: L1 tx %s: %w", errFatal, tx.Hash(), err)
	}
	if data == nil {
		return nil
	}
	b, err := batch.Decode(r.proc.ChainID(), data, r.cfg.Limits)
	if err != nil {
		return fmt.Errorf("channel completed by L1 tx %s: %w", tx.Hash(), err)
	}
	r.mu.Lock()
	r.stats.Batches++
	r.mu.Unlock()
	if p, ok := r.pending[b.First()]; ok && p.b.Last() >= b.Last() {
		return nil // a repeat
	}
	r.pending[b.First()] = &batchAt{b: b, firstL1: n}
	r.log.Debug("batch read", "l2_first", b.First(), "l2_last", b.Last(), "txs", b.TxCount(), "l1_block", n)
	return nil
}

// apply rebuilds the blocks of every batch that continues the head. A
// batch leaves the pending set only once all its blocks are in, so a
// failure (the sequencer unreachable) is retried.
func (r *Replica) apply(ctx context.Context) error {
	for {
		next := r.head.Number.Uint64() + 1
		var pick *batch.Batch
		for first, p := range r.pending {
			if p.b.Last() < next {
				if err := r.checkDuplicate(p.b, p.b.First(), p.b.Last()); err != nil {
					return err
				}
				delete(r.pending, first)
				continue
			}
			if first <= next {
				pick = p.b
				break
			}
		}
		if pick == nil {
			return nil
		}
		if pick.First() < next {
			if err := r.checkDuplicate(pick, pick.First(), next-1); err != nil {
				return err
			}
		} else if pick.ParentHash != r.head.Hash() {
			return &MismatchError{Block: next, Source: "batch", Field: "parent hash", Ours: r.head.Hash().Hex(), Theirs: pick.ParentHash.Hex()}
		}
		for _, blk := range pick.Blocks {
			if blk.Number < next {
				continue
			}
			if err := r.applyBlock(ctx, blk); err != nil {
				return err
			}
			next++
		}
		delete(r.pending, pick.First())
	}
}

// checkDuplicate compares the blocks first..last of a batch seen again with
// the rebuilt ones: the batcher may repeat itself, never contradict itself.
func (r *Replica) checkDuplicate(b *batch.Batch, first, last uint64) error {
	if b.First() > 0 {
		if h, err := r.db.Header(b.First() - 1); err == nil && h.Hash() != b.ParentHash {
			return &MismatchError{Block: b.First(), Source: "batch", Field: "parent hash of a repeated batch", Ours: h.Hash().Hex(), Theirs: b.ParentHash.Hex()}
		}
	}
	for _, blk := range b.Blocks {
		if blk.Number < first || blk.Number > last {
			continue
		}
		have, err := r.db.Block(blk.Number)
		if err != nil {
			return fmt.Errorf("rebuilt block %d: %w", blk.Number, err)
		}
		var user []common.Hash
		for _, tx := range have.Transactions() {
			if tx.Type() != types.DepositTxType {
				user = append(user, tx.Hash())
			}
		}
		same := have.Time() == blk.Time && have.Coinbase() == blk.Coinbase && len(user) == len(blk.Txs)
		if o, err := l2.L1OriginFromExtra(have.Extra()); err != nil || o.Number != blk.L1Origin {
			same = false
		}
		for i := 0; same && i < len(user); i++ {
			same = user[i] == blk.Txs[i].Hash()
		}
		if !same {
			return &MismatchError{Block: blk.Number, Source: "batch", Field: "repeated block contents", Ours: have.Hash().Hex(), Theirs: "a different block"}
		}
		r.mu.Lock()
		r.stats.DuplicateBlocks++
		r.mu.Unlock()
	}
	return nil
}

func l1OriginOf(h *types.Header) l2.L1Origin {
	return l2.L1Origin{Number: h.Number.Uint64(), Hash: h.Hash(), Time: h.Time}
}

// applyBlock rebuilds one block from its batch entry and L1.
func (r *Replica) applyBlock(ctx context.Context, blk batch.Block) error {
	parent := r.head
	prev, err := l2.L1OriginFromExtra(parent.Extra)
	if err != nil {
		return err
	}
	if blk.L1Origin < prev.Number {
		return &MismatchError{Block: blk.Number, Source: "batch", Field: "L1 origin", Ours: fmt.Sprintf(">= %d", prev.Number), Theirs: fmt.Sprint(blk.L1Origin)}
	}
	oh, err := r.l1Header(ctx, blk.L1Origin)
	if err != nil {
		return err
	}
	origin := l1OriginOf(oh)
	if blk.L1Origin == prev.Number && origin != prev {
		return fmt.Errorf("%w: L1 block %d changed since the parent block used it as origin (L1 reorg below the confirmation depth)", errFatal, prev.Number)
	}
	txs := types.Transactions{r.proc.BlockStartTx(blk.Number, origin)}
	for n := prev.Number + 1; n <= blk.L1Origin; n++ {
		h, err := r.l1Header(ctx, n)
		if err != nil {
			return err
		}
		hash := h.Hash()
		logs, err := r.l1.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: r.derivAddrs, Topics: [][]common.Hash{r.derivTopics}})
		if err != nil {
			return fmt.Errorf("L1 logs of block %d: %w", n, err)
		}
		sys, err := r.proc.DeriveSystemTxs(l1OriginOf(h), logs)
		if err != nil {
			return fmt.Errorf("%w: derive L1 block %d: %w", errFatal, n, err)
		}
		txs = append(txs, sys...)
	}
	txs = append(txs, blk.Txs...)
	header := &types.Header{
		ParentHash: parent.Hash(),
		UncleHash:  types.EmptyUncleHash,
		Coinbase:   blk.Coinbase,
		Difficulty: new(big.Int),
		Number:     new(big.Int).SetUint64(blk.Number),
		GasLimit:   r.cfg.Chain.Config.GasLimit,
		Time:       blk.Time,
		Extra:      origin.Extra(),
		BaseFee:    r.proc.BaseFee(),
	}
	st, err := r.db.State().Open(parent.Root)
	if err != nil {
		return err
	}
	var block *types.Block
	var receipts types.Receipts
	verified := false
	if r.seq != nil {
		sh, err := r.seq.HeaderByNumber(ctx, header.Number)
		if err != nil {
			return fmt.Errorf("sequencer header %d: %w", blk.Number, err)
		}
		if err := compareInputs(header, sh); err != nil {
			return err
		}
		block = types.NewBlockWithHeader(sh).WithBody(types.Body{Transactions: txs})
		receipts, err = r.proc.VerifyBlock(ctx, st, parent, block)
		if err != nil {
			mm := &MismatchError{Block: blk.Number, Source: "sequencer", Field: "block", Ours: "the re-executed block", Theirs: sh.Hash().Hex(), Err: err}
			if errors.Is(err, l2.ErrBadBlock) {
				if got := st.IntermediateRoot(true); got != sh.Root {
					mm.Field, mm.Ours, mm.Theirs = "state root", got.Hex(), sh.Root.Hex()
				}
			}
			return mm
		}
		verified = true
	} else {
		receipts, _, err = r.proc.ApplyBlock(ctx, st, parent, header, txs)
		if err != nil {
			return fmt.Errorf("L2 block %d from L1 data: %w", blk.Number, err)
		}
		block = r.proc.SealBlock(st, header, txs, receipts)
	}
	root, err := r.db.State().Commit(st, blk.Number)
	if err != nil {
		return err
	}
	if root != block.Root() {
		return fmt.Errorf("%w: block %d: committed state root %s, header has %s", errFatal, blk.Number, root, block.Root())
	}
	if err := r.db.WriteBlock(block, receipts); err != nil {
		return err
	}
	r.mu.Lock()
	r.head = block.Header()
	r.stats.Blocks++
	r.stats.Txs += uint64(len(blk.Txs))
	if verified {
		r.stats.VerifiedBlocks++
	}
	r.mu.Unlock()
	return nil
}

// compareInputs checks that the sequencer's header was built from the same
// inputs as the L1-derived one.
func compareInputs(ours, theirs *types.Header) error {
	n := ours.Number.Uint64()
	mm := func(field string, o, t any) error {
		return &MismatchError{Block: n, Source: "sequencer", Field: field, Ours: fmt.Sprint(o), Theirs: fmt.Sprint(t)}
	}
	switch {
	case theirs.Number == nil || theirs.Number.Cmp(ours.Number) != 0:
		return mm("number", ours.Number, theirs.Number)
	case theirs.ParentHash != ours.ParentHash:
		return mm("parent hash", ours.ParentHash, theirs.ParentHash)
	case theirs.Time != ours.Time:
		return mm("time", ours.Time, theirs.Time)
	case theirs.Coinbase != ours.Coinbase:
		return mm("coinbase", ours.Coinbase, theirs.Coinbase)
	case string(theirs.Extra) != string(ours.Extra):
		return mm("L1 origin (extra)", common.Bytes2Hex(ours.Extra), common.Bytes2Hex(theirs.Extra))
	case theirs.GasLimit != ours.GasLimit:
		return mm("gas limit", ours.GasLimit, theirs.GasLimit)
	case theirs.BaseFee == nil || theirs.BaseFee.Cmp(ours.BaseFee) != 0:
		return mm("base fee", ours.BaseFee, theirs.BaseFee)
	}
	return nil
}

// checkOutputs compares proposed output roots of rebuilt blocks.
func (r *Replica) checkOutputs() error {
	head := r.head.Number.Uint64()
	keep := r.outputs[:0]
	for _, o := range r.outputs {
		if o.block > head {
			keep = append(keep, o)
			continue
		}
		h, err := r.db.Header(o.block)
		if err != nil {
			return fmt.Errorf("rebuilt header %d: %w", o.block, err)
		}
		st, err := r.db.State().Open(h.Root)
		if err != nil {
			return err
		}
		ours := l2.OutputRoot(h.Root, l2.WithdrawalsRoot(st), h.Hash())
		if ours != o.root {
			return &MismatchError{Block: o.block, Source: "output oracle", Field: "output root", Ours: ours.Hex(), Theirs: o.root.Hex()}
		}
		r.mu.Lock()
		r.stats.CheckedOutputs++
		r.mu.Unlock()
	}
	r.outputs = keep
	return nil
}
