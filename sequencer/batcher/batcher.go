package batcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/sequencer/batch"
	"github.com/crux-rollup/crux/sequencer/l2"
)

// Config configures the Batcher.
type Config struct {
	// Inbox is the BatchInbox contract.
	Inbox common.Address
	// ChainID is the L2 chain id.
	ChainID *big.Int
	// MaxFrameSize bounds one frame's calldata (batch.DefaultMaxFrameSize).
	MaxFrameSize int
	// TargetChannelSize: blocks are added to a channel until its encoding
	// would pass this; a single larger block makes a multi-frame channel.
	TargetChannelSize int
	// MaxDelay: a block is posted at most this long after it was built,
	// even if its channel is small.
	MaxDelay time.Duration
	// PollInterval is how often the batcher looks for new blocks, results
	// and reorgs.
	PollInterval time.Duration
	// MaxInFlight bounds the channels sent but not yet confirmed.
	MaxInFlight int
	// FinalityDepth: a confirmed frame is watched for reorgs until this many
	// L1 blocks are on top of it.
	FinalityDepth uint64
	// RebroadcastWait: a reorged-out frame re-broadcast as the same signed
	// transaction is re-sent through txmgr if not mined within this time.
	RebroadcastWait time.Duration
	// StatePath, if set, is a file where the safe block is kept, so that a
	// restarted batcher resumes after it (LoadSafe).
	StatePath string
	// Logger receives the logs (discarded if nil).
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxFrameSize <= 0 {
		c.MaxFrameSize = batch.DefaultMaxFrameSize
	}
	if c.TargetChannelSize <= 0 {
		c.TargetChannelSize = c.MaxFrameSize - batch.FrameHeaderSize
	}
	if c.MaxDelay <= 0 {
		c.MaxDelay = 10 * time.Second
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 8
	}
	if c.FinalityDepth == 0 {
		c.FinalityDepth = 64
	}
	if c.RebroadcastWait <= 0 {
		c.RebroadcastWait = time.Minute
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// frame states.
const (
	frameSending   = iota // in txmgr
	frameConfirmed        // mined NumConfirmations deep, watched for reorgs
	frameReorged          // left the canonical chain: re-broadcast, waiting
	frameFinal            // FinalityDepth deep: forgotten
)

type postedFrame struct {
	data    []byte
	state   int
	result  chan txmgr.SendResponse // nil: (re)send it
	txHash  common.Hash             // the mined transaction
	tx      *types.Transaction      // its signed form, for re-broadcast
	block   uint64                  // its L1 block
	hash    common.Hash             // and that block's hash
	since   time.Time               // when it was re-broadcast
	counted bool                    // metrics recorded
}

type channel struct {
	first, last uint64
	txs         int
	frames      []*postedFrame
	counted     bool
}

func (c *channel) confirmed() bool {
	for _, f := range c.frames {
		if f.state != frameConfirmed && f.state != frameFinal {
			return false
		}
	}
	return true
}

// Batcher posts L2 blocks to the BatchInbox. Run drives it; Step is one
// round, for tests.
type Batcher struct {
	cfg Config
	log *slog.Logger
	src L2Source
	l1  L1Client
	tm  txmgr.TxManager

	mu        sync.Mutex
	next      uint64         // first L2 block not in any channel
	pending   []*types.Block // loaded blocks from next on
	firstSeen time.Time      // when pending[0] was loaded
	channels  []*channel     // oldest first, until all their frames are final
	safe      uint64         // all blocks up to here are confirmed on L1
	saved     uint64         // safe as last written to StatePath
	m         Metrics
}

// Metrics are the batcher's counters since start.
type Metrics struct {
	L2Txs         uint64 // user transactions in confirmed channels
	L2Blocks      uint64 // blocks in confirmed channels
	Frames        uint64 // confirmed frames
	L1Bytes       uint64 // calldata of confirmed frames
	L1Gas         uint64 // gas used by confirmed frames
	L1FeeWei      *big.Int
	Resubmissions uint64 // frames re-sent after an L1 reorg
	SendErrors    uint64
	SafeL2        uint64
}

// New returns a batcher that posts blocks from start on. start is the
// first block no confirmed batch holds (after a restart: the stored safe
// block + 1; blocks posted twice are skipped by replicas).
func New(cfg Config, src L2Source, l1 L1Client, tm txmgr.TxManager, start uint64) (*Batcher, error) {
	cfg = cfg.withDefaults()
	if cfg.ChainID == nil || (cfg.Inbox == common.Address{}) {
		return nil, errors.New("batcher: chain id and inbox are required")
	}
	if start == 0 {
		start = 1 // genesis is not posted: replicas build it from the chain spec
	}
	return &Batcher{cfg: cfg, log: cfg.Logger, src: src, l1: l1, tm: tm, next: start, safe: start - 1, m: Metrics{L1FeeWei: new(big.Int)}}, nil
}

// Safe is the newest L2 block whose batch data is confirmed on L1.
func (b *Batcher) Safe() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.safe
}

// Metrics returns a copy of the counters.
func (b *Batcher) Metrics() Metrics {
	b.mu.Lock()
	defer b.mu.Unlock()
	m := b.m
	m.L1FeeWei = new(big.Int).Set(b.m.L1FeeWei)
	m.SafeL2 = b.safe
	return m
}

// Run posts until ctx ends.
func (b *Batcher) Run(ctx context.Context) error {
	t := time.NewTicker(b.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := b.Step(ctx); err != nil && ctx.Err() == nil {
			b.log.Warn("batcher round failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step collects send results, checks confirmed frames against the L1
// canonical chain, re-sends what needs it and posts a new channel if one
// is due.
func (b *Batcher) Step(ctx context.Context) error {
	b.collect()
	if err := b.watch(ctx); err != nil {
		return err
	}
	if safe := b.Safe(); b.cfg.StatePath != "" && safe > b.saved {
		if err := saveSafe(b.cfg.StatePath, safe); err != nil {
			b.log.Warn("cannot record the safe block", "err", err)
		} else {
			b.saved = safe
		}
	}
	return b.post(ctx)
}

// LoadSafe reads the safe block a batcher recorded in path (0 if none).
func LoadSafe(path string) (uint64, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(raw)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("batcher state %s: %w", path, err)
	}
	return n, nil
}

// saveSafe writes n to path atomically.
func saveSafe(path string, n uint64) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(strconv.FormatUint(n, 10)+"\n"), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// collect takes txmgr's results.
func (b *Batcher) collect() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range b.channels {
		for _, f := range c.frames {
			if f.state != frameSending || f.result == nil {
				continue
			}
			select {
			case r := <-f.result:
				f.result = nil
				if r.Err != nil {
					b.m.SendErrors++
					b.log.Error("sending a batch frame failed; re-sending", "l2_first", c.first, "l2_last", c.last, "err", r.Err)
					continue
				}
				if r.Receipt.Status != types.ReceiptStatusSuccessful {
					b.m.SendErrors++
					b.log.Error("batch frame transaction reverted (is this key the inbox's batcher?); re-sending", "tx", r.Receipt.TxHash)
					continue
				}
				f.state, f.tx, f.txHash = frameConfirmed, nil, r.Receipt.TxHash
				f.block, f.hash = r.Receipt.BlockNumber.Uint64(), r.Receipt.BlockHash
				if !f.counted {
					f.counted = true
					b.m.Frames++
					b.m.L1Bytes += uint64(len(f.data))
					b.m.L1Gas += r.Receipt.GasUsed
					if r.Receipt.EffectiveGasPrice != nil {
						b.m.L1FeeWei.Add(b.m.L1FeeWei, new(big.Int).Mul(r.Receipt.EffectiveGasPrice, new(big.Int).SetUint64(r.Receipt.GasUsed)))
					}
				}
				b.log.Debug("batch frame confirmed", "l2_first", c.first, "l2_last", c.last, "l1_block", f.block, "tx", r.Receipt.TxHash)
			default:
			}
		}
	}
	b.advanceSafe()
}

// advanceSafe recomputes the safe block: the end of the longest prefix of
// confirmed channels (it goes back when a reorg drops a frame).
func (b *Batcher) advanceSafe() {
	if len(b.channels) > 0 {
		safe := b.channels[0].first - 1
		for _, c := range b.channels {
			if !c.confirmed() {
				break
			}
			safe = c.last
			if !c.counted {
				c.counted = true
				b.m.L2Txs += uint64(c.txs)
				b.m.L2Blocks += c.last - c.first + 1
			}
		}
		b.safe = safe
	}
	// Forget channels whose frames are all final (keeping the last one,
	// which anchors safe).
	for len(b.channels) > 1 {
		done := true
		for _, f := range b.channels[0].frames {
			done = done && f.state == frameFinal
		}
		if !done {
			break
		}
		b.channels = b.channels[1:]
	}
}

// watch checks confirmed frames against the canonical chain and handles
// those an L1 reorg removed.
func (b *Batcher) watch(ctx context.Context) error {
	b.mu.Lock()
	var check []*postedFrame
	for _, c := range b.channels {
		for _, f := range c.frames {
			if f.state == frameConfirmed || f.state == frameReorged {
				check = append(check, f)
			}
		}
	}
	b.mu.Unlock()
	if len(check) == 0 {
		return nil
	}
	head, err := b.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("L1 head: %w", err)
	}
	for _, f := range check {
		b.watchFrame(ctx, f, head)
	}
	b.mu.Lock()
	b.advanceSafe()
	b.mu.Unlock()
	return nil
}

func (b *Batcher) watchFrame(ctx context.Context, f *postedFrame, head uint64) {
	b.mu.Lock()
	state, block, hash, tx, txHash, since := f.state, f.block, f.hash, f.tx, f.txHash, f.since
	b.mu.Unlock()
	resend := func(why string, args ...any) {
		b.log.Warn(why, args...)
		b.mu.Lock()
		f.state, f.result = frameSending, nil // post sends it through txmgr
		b.mu.Unlock()
	}
	if state == frameReorged {
		r, err := b.l1.TransactionReceipt(ctx, txHash)
		if err == nil && r != nil && b.canonical(ctx, r.BlockNumber.Uint64(), r.BlockHash) {
			b.mu.Lock()
			f.state, f.block, f.hash = frameConfirmed, r.BlockNumber.Uint64(), r.BlockHash
			b.mu.Unlock()
			b.log.Info("re-broadcast batch frame mined again", "tx", txHash, "l1_block", r.BlockNumber)
		} else if time.Since(since) >= b.cfg.RebroadcastWait {
			resend("re-broadcast batch frame not mined; sending it anew", "tx", txHash)
		}
		return
	}
	if head >= block+b.cfg.FinalityDepth {
		b.mu.Lock()
		f.state = frameFinal
		b.mu.Unlock()
		return
	}
	if !b.canonical(ctx, block, hash) {
		b.mu.Lock()
		b.m.Resubmissions++
		b.mu.Unlock()
		if tx == nil {
			resend("L1 reorg dropped a batch frame before its transaction was read; sending it anew", "tx", txHash, "was_in_block", block)
			return
		}
		b.log.Warn("L1 reorg dropped a batch frame; re-broadcasting it", "tx", txHash, "was_in_block", block)
		if err := b.l1.SendTransaction(ctx, tx); err != nil && !knownTxErr(err) {
			resend("re-broadcast refused; sending the frame anew", "tx", txHash, "err", err)
			return
		}
		b.mu.Lock()
		f.state, f.since = frameReorged, time.Now()
		b.mu.Unlock()
		return
	}
	if tx == nil {
		// Keep the signed transaction while it is canonical, to re-broadcast
		// it unchanged (same nonce) if a reorg drops it.
		if t, _, err := b.l1.TransactionByHash(ctx, txHash); err == nil {
			b.mu.Lock()
			f.tx = t
			b.mu.Unlock()
		}
	}
}

// knownTxErr: the node already holds the transaction.
func knownTxErr(err error) bool {
	s := err.Error()
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

// canonical reports whether L1 block n is h. A read error other than "not
// found" counts as canonical: a flaky node must not trigger re-sends.
func (b *Batcher) canonical(ctx context.Context, n uint64, h common.Hash) bool {
	hdr, err := b.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return false
	}
	if err != nil {
		return true
	}
	return hdr.Hash() == h
}

// post re-sends frames that need it, then opens a channel if blocks are
// due.
func (b *Batcher) post(ctx context.Context) error {
	b.mu.Lock()
	var resend []*postedFrame
	inFlight := 0
	for _, c := range b.channels {
		if !c.confirmed() {
			inFlight++
		}
		for _, f := range c.frames {
			if f.state == frameSending && f.result == nil {
				resend = append(resend, f)
			}
		}
	}
	b.mu.Unlock()
	for _, f := range resend {
		b.send(ctx, f)
	}
	if inFlight >= b.cfg.MaxInFlight {
		return nil
	}
	if err := b.load(); err != nil {
		return err
	}
	b.mu.Lock()
	c, err := b.nextChannel()
	b.mu.Unlock()
	if c == nil || err != nil {
		return err
	}
	for _, f := range c.frames {
		b.send(ctx, f)
	}
	return nil
}

// nextChannel cuts the next channel from the pending blocks if one is due.
func (b *Batcher) nextChannel() (*channel, error) {
	if len(b.pending) == 0 {
		return nil, nil
	}
	size := 0
	for _, blk := range b.pending {
		for _, tx := range blk.Transactions() {
			if tx.Type() != types.DepositTxType {
				size += int(tx.Size())
			}
		}
	}
	// Compressed batches run at about 0.75 of the transactions' RLP size.
	if time.Since(b.firstSeen) < b.cfg.MaxDelay && size*3/4 < b.cfg.TargetChannelSize {
		return nil, nil
	}
	c, data, err := b.buildChannel()
	if err != nil {
		return nil, err
	}
	frames, err := batch.Split(data, b.cfg.MaxFrameSize)
	if err != nil {
		return nil, err
	}
	for _, fr := range frames {
		c.frames = append(c.frames, &postedFrame{data: fr.Marshal(), state: frameSending})
	}
	n := int(c.last - c.first + 1)
	b.pending = b.pending[n:]
	b.next = c.last + 1
	b.firstSeen = time.Now()
	b.channels = append(b.channels, c)
	b.log.Info("posting batch", "l2_first", c.first, "l2_last", c.last, "txs", c.txs, "bytes", len(data), "frames", len(frames))
	return c, nil
}

// load reads the blocks from next up to the head.
func (b *Batcher) load() error {
	head := b.src.Head().Number.Uint64()
	b.mu.Lock()
	from := b.next + uint64(len(b.pending))
	b.mu.Unlock()
	for n := from; n <= head; n++ {
		blk, err := b.src.Block(n)
		if err != nil {
			return fmt.Errorf("L2 block %d: %w", n, err)
		}
		b.mu.Lock()
		if len(b.pending) == 0 {
			b.firstSeen = time.Now()
		}
		b.pending = append(b.pending, blk)
		b.mu.Unlock()
	}
	return nil
}

// buildChannel encodes the longest prefix of the pending blocks that fits
// TargetChannelSize (at least one block).
func (b *Batcher) buildChannel() (*channel, []byte, error) {
	blocks := b.pending
	// Start from the estimate and shrink until the encoding fits.
	n, size := 0, 0
	for n < len(blocks) {
		for _, tx := range blocks[n].Transactions() {
			if tx.Type() != types.DepositTxType {
				size += int(tx.Size())
			}
		}
		if n > 0 && size*3/4 > b.cfg.TargetChannelSize {
			break
		}
		n++
	}
	for {
		bt, txs := b.toBatch(blocks[:n])
		data, err := batch.Encode(b.cfg.ChainID, bt)
		if err != nil {
			return nil, nil, fmt.Errorf("encode L2 blocks %d..%d: %w", bt.First(), bt.Last(), err)
		}
		if len(data) <= b.cfg.TargetChannelSize || n == 1 {
			return &channel{first: bt.First(), last: bt.Last(), txs: txs}, data, nil
		}
		n = max(1, n*b.cfg.TargetChannelSize/len(data)*9/10)
	}
}

func (b *Batcher) toBatch(blocks []*types.Block) (*batch.Batch, int) {
	bt := &batch.Batch{ParentHash: blocks[0].ParentHash()}
	txs := 0
	for _, blk := range blocks {
		origin, _ := l2.L1OriginFromExtra(blk.Extra()) // the sequencer's own blocks
		var user types.Transactions
		for _, tx := range blk.Transactions() {
			if tx.Type() != types.DepositTxType {
				user = append(user, tx)
			}
		}
		txs += len(user)
		bt.Blocks = append(bt.Blocks, batch.Block{Number: blk.NumberU64(), Time: blk.Time(), L1Origin: origin.Number, Coinbase: blk.Coinbase(), Txs: user})
	}
	return bt, txs
}

// send hands a frame to txmgr. SendAsync assigns the nonce before it
// returns, so frames sent in order keep their order on L1.
func (b *Batcher) send(ctx context.Context, f *postedFrame) {
	ch := make(chan txmgr.SendResponse, 1)
	b.mu.Lock()
	f.result = ch
	b.mu.Unlock()
	inbox := b.cfg.Inbox
	b.tm.SendAsync(ctx, txmgr.TxCandidate{To: &inbox, TxData: f.data}, ch)
}
