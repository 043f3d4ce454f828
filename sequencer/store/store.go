// Package store is the sequencer's on-disk database: one pebble instance
// (go-ethereum's ethdb/pebble) holding the L2 state (go-ethereum's trie
// database, hash scheme, through l2.StateStore) and the chain: headers,
// bodies, receipts, transaction lookups, a log index by address and topic,
// the head pointer, content-addressed blobs and the chain's metadata.
//
// Atomicity: the sequencer commits a block's state first (trie nodes are
// content-addressed, so nodes without a block are harmless garbage), then
// WriteBlock puts the header, body, receipts, lookups, log index entries and
// the new head pointer in one pebble batch and fsyncs it. A crash therefore
// leaves either the old head or the new one, each with its state.
//
// Every value the package encodes starts with a version byte; the decoders
// (DecodeHeader, DecodeBody, DecodeReceipts) reject anything else and are
// fuzzed.
package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	gethpebble "github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// ErrNotFound is returned for a block, receipt, transaction or blob the
// database does not hold.
var ErrNotFound = errors.New("not found")

// Key layout. Every key starts with "cx:" and is never 32 bytes long, so
// none collides with go-ethereum's keys (hash-scheme trie nodes are bare
// 32-byte hashes; rawdb's prefixes are single letters and fixed words).
var (
	headKey     = []byte("cx:head")
	metaPrefix  = []byte("cx:m:")
	headerPfx   = []byte("cx:H")
	bodyPfx     = []byte("cx:B")
	receiptsPfx = []byte("cx:R")
	hashPfx     = []byte("cx:N")
	txPfx       = []byte("cx:T")
	logAddrPfx  = []byte("cx:A")
	logTopicPfx = []byte("cx:G")
	blobPfx     = []byte("cx:O")
	jobPfx      = []byte("cx:J")
	outputsPfx  = []byte("cx:U")
)

func numKey(prefix []byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64(slices.Clone(prefix), n)
}

func hashKey(prefix []byte, h common.Hash) []byte { return append(slices.Clone(prefix), h[:]...) }

// Options tune the database.
type Options struct {
	CacheMB int // pebble cache (minimum 16)
	Handles int // open files (minimum 16)
	// NoSync skips the fsync of each block (benchmarks of everything else
	// only).
	NoSync bool
}

// DB is the sequencer database. Reads are safe for concurrent use; writes
// (WriteBlock, WriteMeta) come from one goroutine, the block builder.
type DB struct {
	kv      *gethpebble.Database
	eth     ethdb.Database
	state   *l2.StateStore
	noSync  bool
	headers *lru.Cache[uint64, *types.Header]
}

// Open opens or creates the database in dir.
func Open(ctx context.Context, dir string, opts Options) (*DB, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	kv, err := gethpebble.New(dir, max(opts.CacheMB, 16), max(opts.Handles, 16), "crux/", false)
	if err != nil {
		return nil, fmt.Errorf("open pebble database %s: %w", dir, err)
	}
	eth := rawdb.NewDatabase(kv)
	return &DB{kv: kv, eth: eth, state: l2.NewStateStore(eth), noSync: opts.NoSync, headers: lru.NewCache[uint64, *types.Header](8192)}, nil
}

// Close closes the database (state included).
func (d *DB) Close() error {
	if err := d.state.TrieDB.Close(); err != nil {
		d.kv.Close()
		return fmt.Errorf("close trie database: %w", err)
	}
	if err := d.kv.Close(); err != nil {
		return fmt.Errorf("close pebble: %w", err)
	}
	return nil
}

// State is the L2 state database.
func (d *DB) State() *l2.StateStore { return d.state }

// Sync fsyncs every write so far.
func (d *DB) Sync() error {
	if err := d.kv.SyncKeyValue(); err != nil {
		return fmt.Errorf("sync pebble: %w", err)
	}
	return nil
}

// Head is the number of the newest block; ok is false in an empty database.
func (d *DB) Head() (n uint64, ok bool, err error) {
	v, err := d.kv.Get(headKey)
	if err != nil {
		if has, herr := d.kv.Has(headKey); herr == nil && !has {
			return 0, false, nil
		}
		return 0, false, fmt.Errorf("read head: %w", err)
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("read head: %d-byte value", len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// WriteMeta stores a metadata value (the chain configuration), durably.
func (d *DB) WriteMeta(key string, value []byte) error {
	if err := d.kv.Put(append(slices.Clone(metaPrefix), key...), value); err != nil {
		return fmt.Errorf("write meta %s: %w", key, err)
	}
	return d.Sync()
}

// ReadMeta reads a metadata value (ErrNotFound if absent).
func (d *DB) ReadMeta(key string) ([]byte, error) {
	return d.get(append(slices.Clone(metaPrefix), key...), "meta "+key)
}

func (d *DB) get(key []byte, what string) ([]byte, error) {
	has, err := d.kv.Has(key)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	if !has {
		return nil, fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	v, err := d.kv.Get(key)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return v, nil
}

// WriteBlock stores block with its receipts and makes it the head, in one
// batch, fsync'd. The block's state must have been committed before.
func (d *DB) WriteBlock(block *types.Block, receipts types.Receipts) error {
	n := block.NumberU64()
	if len(receipts) != len(block.Transactions()) {
		return fmt.Errorf("write block %d: %d receipts for %d transactions", n, len(receipts), len(block.Transactions()))
	}
	b := d.kv.NewBatchWithSize(len(block.Transactions())*200 + 4096)
	put := func(k, v []byte) error {
		if err := b.Put(k, v); err != nil {
			return fmt.Errorf("write block %d: %w", n, err)
		}
		return nil
	}
	hv, err := EncodeHeader(block.Header())
	if err != nil {
		return fmt.Errorf("write block %d: %w", n, err)
	}
	bv, err := EncodeBody(block.Transactions())
	if err != nil {
		return fmt.Errorf("write block %d: %w", n, err)
	}
	rv, err := EncodeReceipts(receipts)
	if err != nil {
		return fmt.Errorf("write block %d: %w", n, err)
	}
	num := binary.BigEndian.AppendUint64(nil, n)
	for _, kv := range [][2][]byte{
		{numKey(headerPfx, n), hv}, {numKey(bodyPfx, n), bv}, {numKey(receiptsPfx, n), rv},
		{hashKey(hashPfx, block.Hash()), num},
	} {
		if err := put(kv[0], kv[1]); err != nil {
			return err
		}
	}
	for i, tx := range block.Transactions() {
		if err := put(hashKey(txPfx, tx.Hash()), binary.BigEndian.AppendUint32(slices.Clone(num), uint32(i))); err != nil {
			return err
		}
	}
	seen := make(map[string]bool)
	for _, r := range receipts {
		for _, l := range r.Logs {
			keys := [][]byte{append(append(slices.Clone(logAddrPfx), l.Address[:]...), num...)}
			for _, t := range l.Topics {
				keys = append(keys, append(append(slices.Clone(logTopicPfx), t[:]...), num...))
			}
			for _, k := range keys {
				if !seen[string(k)] {
					seen[string(k)] = true
					if err := put(k, nil); err != nil {
						return err
					}
				}
			}
		}
	}
	if err := put(headKey, num); err != nil {
		return err
	}
	if err := b.Write(); err != nil {
		return fmt.Errorf("write block %d: %w", n, err)
	}
	if !d.noSync {
		if err := d.Sync(); err != nil {
			return fmt.Errorf("write block %d: %w", n, err)
		}
	}
	d.headers.Add(n, block.Header())
	return nil
}

// Header returns the header of block n.
func (d *DB) Header(n uint64) (*types.Header, error) {
	if h, ok := d.headers.Get(n); ok {
		return h, nil
	}
	v, err := d.get(numKey(headerPfx, n), fmt.Sprintf("header %d", n))
	if err != nil {
		return nil, err
	}
	h, err := DecodeHeader(v)
	if err != nil {
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	d.headers.Add(n, h)
	return h, nil
}

// Block returns block n.
func (d *DB) Block(n uint64) (*types.Block, error) {
	h, err := d.Header(n)
	if err != nil {
		return nil, err
	}
	v, err := d.get(numKey(bodyPfx, n), fmt.Sprintf("body %d", n))
	if err != nil {
		return nil, err
	}
	txs, err := DecodeBody(v)
	if err != nil {
		return nil, fmt.Errorf("body %d: %w", n, err)
	}
	return types.NewBlockWithHeader(h).WithBody(types.Body{Transactions: txs}), nil
}

// BlockNumber returns the number of the block with hash h.
func (d *DB) BlockNumber(h common.Hash) (uint64, error) {
	v, err := d.get(hashKey(hashPfx, h), "block "+h.Hex())
	if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("block %s: %d-byte number", h, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// TxLookup returns the block number and index of a transaction.
func (d *DB) TxLookup(h common.Hash) (uint64, int, error) {
	v, err := d.get(hashKey(txPfx, h), "transaction "+h.Hex())
	if err != nil {
		return 0, 0, err
	}
	if len(v) != 12 {
		return 0, 0, fmt.Errorf("transaction %s: %d-byte lookup", h, len(v))
	}
	return binary.BigEndian.Uint64(v[:8]), int(binary.BigEndian.Uint32(v[8:])), nil
}

// HasTx reports whether a transaction is in a stored block.
func (d *DB) HasTx(h common.Hash) (bool, error) {
	ok, err := d.kv.Has(hashKey(txPfx, h))
	if err != nil {
		return false, fmt.Errorf("look up transaction %s: %w", h, err)
	}
	return ok, nil
}

// Receipts returns the receipts of block (all fields derived).
func (d *DB) Receipts(block *types.Block) (types.Receipts, error) {
	n := block.NumberU64()
	v, err := d.get(numKey(receiptsPfx, n), fmt.Sprintf("receipts %d", n))
	if err != nil {
		return nil, err
	}
	rs, err := DecodeReceipts(v)
	if err != nil {
		return nil, fmt.Errorf("receipts %d: %w", n, err)
	}
	if err := DeriveReceipts(rs, block); err != nil {
		return nil, fmt.Errorf("receipts %d: %w", n, err)
	}
	return rs, nil
}

// LogBlocks returns the blocks in [from, to] that hold a log of one of
// addrs, or when addrs is empty, a log with one of topics as any topic.
// all is true when both are empty: the index cannot narrow the range.
func (d *DB) LogBlocks(ctx context.Context, addrs []common.Address, topics []common.Hash, from, to uint64) (blocks []uint64, all bool, err error) {
	var keys [][]byte
	switch {
	case len(addrs) > 0:
		for _, a := range addrs {
			keys = append(keys, append(slices.Clone(logAddrPfx), a[:]...))
		}
	case len(topics) > 0:
		for _, t := range topics {
			keys = append(keys, append(slices.Clone(logTopicPfx), t[:]...))
		}
	default:
		return nil, true, nil
	}
	set := make(map[uint64]bool)
	for _, pfx := range keys {
		it := d.kv.NewIterator(pfx, binary.BigEndian.AppendUint64(nil, from))
		for it.Next() {
			if err := ctx.Err(); err != nil {
				it.Release()
				return nil, false, fmt.Errorf("scan log index: %w", err)
			}
			k := it.Key()
			if len(k) != len(pfx)+8 {
				continue
			}
			n := binary.BigEndian.Uint64(k[len(pfx):])
			if n > to {
				break
			}
			set[n] = true
		}
		err := it.Error()
		it.Release()
		if err != nil {
			return nil, false, fmt.Errorf("scan log index: %w", err)
		}
	}
	for n := range set {
		blocks = append(blocks, n)
	}
	slices.Sort(blocks)
	return blocks, false, nil
}

// PutBlob stores data under its keccak256 hash, durably, and returns the
// hash.
func (d *DB) PutBlob(data []byte) (common.Hash, error) {
	h := crypto.Keccak256Hash(data)
	if err := d.kv.Put(hashKey(blobPfx, h), data); err != nil {
		return common.Hash{}, fmt.Errorf("store blob %s: %w", h, err)
	}
	if err := d.Sync(); err != nil {
		return common.Hash{}, fmt.Errorf("store blob %s: %w", h, err)
	}
	return h, nil
}

// GetBlob returns the blob with hash h.
func (d *DB) GetBlob(h common.Hash) ([]byte, error) {
	v, err := d.get(hashKey(blobPfx, h), "blob "+h.Hex())
	if err != nil {
		return nil, err
	}
	if crypto.Keccak256Hash(v) != h {
		return nil, fmt.Errorf("blob %s: stored content does not match its hash", h)
	}
	return v, nil
}

// jobKey is keccak256(programRoot || inputRoot): a job bundle is found by
// the two roots a job and its result commitments carry.
func jobKey(programRoot, inputRoot common.Hash) common.Hash {
	return crypto.Keccak256Hash(programRoot[:], inputRoot[:])
}

// PutJob stores a job bundle under its program and input roots, durably.
// The caller has checked that the bundle has those roots (rpc does, with
// jobs.Decode); readers check again.
func (d *DB) PutJob(programRoot, inputRoot common.Hash, bundle []byte) error {
	k := hashKey(jobPfx, jobKey(programRoot, inputRoot))
	if err := d.kv.Put(k, bundle); err != nil {
		return fmt.Errorf("store job bundle %s/%s: %w", programRoot, inputRoot, err)
	}
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store job bundle %s/%s: %w", programRoot, inputRoot, err)
	}
	return nil
}

// GetJob returns the job bundle stored under the two roots.
func (d *DB) GetJob(programRoot, inputRoot common.Hash) ([]byte, error) {
	return d.get(hashKey(jobPfx, jobKey(programRoot, inputRoot)), "job bundle "+programRoot.Hex()+"/"+inputRoot.Hex())
}

// PutOutputs stores a job's published outputs under the job's roots and
// their output root (the caller has checked that root).
func (d *DB) PutOutputs(programRoot, inputRoot, outputRoot common.Hash, outputs []byte) error {
	k := hashKey(outputsPfx, crypto.Keccak256Hash(programRoot[:], inputRoot[:], outputRoot[:]))
	if err := d.kv.Put(k, outputs); err != nil {
		return fmt.Errorf("store outputs %s: %w", outputRoot, err)
	}
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store outputs %s: %w", outputRoot, err)
	}
	return nil
}

// GetOutputs returns the published outputs with the given roots.
func (d *DB) GetOutputs(programRoot, inputRoot, outputRoot common.Hash) ([]byte, error) {
	k := hashKey(outputsPfx, crypto.Keccak256Hash(programRoot[:], inputRoot[:], outputRoot[:]))
	return d.get(k, "outputs "+outputRoot.Hex())
}

// ---- encodings ----

const encodingV1 = 1

func versioned(payload []byte) []byte { return append([]byte{encodingV1}, payload...) }

func unversion(v []byte, what string) ([]byte, error) {
	if len(v) == 0 || v[0] != encodingV1 {
		return nil, fmt.Errorf("%s: unknown encoding version", what)
	}
	return v[1:], nil
}

// EncodeHeader encodes a stored header: version ‖ RLP(header).
func EncodeHeader(h *types.Header) ([]byte, error) {
	b, err := rlp.EncodeToBytes(h)
	if err != nil {
		return nil, fmt.Errorf("encode header: %w", err)
	}
	return versioned(b), nil
}

// DecodeHeader decodes EncodeHeader's output.
func DecodeHeader(v []byte) (*types.Header, error) {
	b, err := unversion(v, "header")
	if err != nil {
		return nil, err
	}
	h := new(types.Header)
	if err := rlp.DecodeBytes(b, h); err != nil {
		return nil, fmt.Errorf("decode header: %w", err)
	}
	if h.Number == nil || h.Difficulty == nil {
		return nil, errors.New("decode header: missing number or difficulty")
	}
	return h, nil
}

// EncodeBody encodes a stored body: version ‖ RLP(transactions).
func EncodeBody(txs types.Transactions) ([]byte, error) {
	b, err := rlp.EncodeToBytes(txs)
	if err != nil {
		return nil, fmt.Errorf("encode body: %w", err)
	}
	return versioned(b), nil
}

// DecodeBody decodes EncodeBody's output.
func DecodeBody(v []byte) (types.Transactions, error) {
	b, err := unversion(v, "body")
	if err != nil {
		return nil, err
	}
	var txs types.Transactions
	if err := rlp.DecodeBytes(b, &txs); err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	return txs, nil
}

// storedReceipt is what a receipt needs beyond its block: the rest (hashes,
// indexes, bloom) is derived.
type storedReceipt struct {
	Type              uint8
	Status            uint64
	CumulativeGasUsed uint64
	GasUsed           uint64
	EffectiveGasPrice *big.Int
	Logs              []storedLog
}

type storedLog struct {
	Address common.Address
	Topics  []common.Hash
	Data    []byte
}

// EncodeReceipts encodes a block's stored receipts: version ‖
// RLP([type, status, cumulativeGas, gasUsed, price, [[address, topics,
// data]...]]...).
func EncodeReceipts(rs types.Receipts) ([]byte, error) {
	out := make([]storedReceipt, len(rs))
	for i, r := range rs {
		s := storedReceipt{Type: r.Type, Status: r.Status, CumulativeGasUsed: r.CumulativeGasUsed, GasUsed: r.GasUsed, EffectiveGasPrice: r.EffectiveGasPrice}
		if s.EffectiveGasPrice == nil {
			s.EffectiveGasPrice = new(big.Int)
		}
		for _, l := range r.Logs {
			s.Logs = append(s.Logs, storedLog{Address: l.Address, Topics: l.Topics, Data: l.Data})
		}
		out[i] = s
	}
	b, err := rlp.EncodeToBytes(out)
	if err != nil {
		return nil, fmt.Errorf("encode receipts: %w", err)
	}
	return versioned(b), nil
}

// DecodeReceipts decodes EncodeReceipts's output into receipts holding the
// stored fields only; DeriveReceipts fills in the rest.
func DecodeReceipts(v []byte) (types.Receipts, error) {
	b, err := unversion(v, "receipts")
	if err != nil {
		return nil, err
	}
	var stored []storedReceipt
	if err := rlp.DecodeBytes(b, &stored); err != nil {
		return nil, fmt.Errorf("decode receipts: %w", err)
	}
	rs := make(types.Receipts, len(stored))
	for i, s := range stored {
		if s.Status > 1 {
			return nil, fmt.Errorf("decode receipts: receipt %d has status %d", i, s.Status)
		}
		r := &types.Receipt{Type: s.Type, Status: s.Status, CumulativeGasUsed: s.CumulativeGasUsed, GasUsed: s.GasUsed, EffectiveGasPrice: s.EffectiveGasPrice, Logs: []*types.Log{}}
		for _, l := range s.Logs {
			r.Logs = append(r.Logs, &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
		}
		rs[i] = r
	}
	return rs, nil
}

// DeriveReceipts fills in the fields of decoded receipts that come from
// their block: hashes, numbers, indexes, log positions and blooms.
func DeriveReceipts(rs types.Receipts, block *types.Block) error {
	txs := block.Transactions()
	if len(rs) != len(txs) {
		return fmt.Errorf("%d receipts for %d transactions", len(rs), len(txs))
	}
	hash, num := block.Hash(), block.Number()
	var logIndex uint
	for i, r := range rs {
		if r.Type != txs[i].Type() {
			return fmt.Errorf("receipt %d of type %d for a transaction of type %d", i, r.Type, txs[i].Type())
		}
		r.TxHash = txs[i].Hash()
		r.BlockHash = hash
		r.BlockNumber = new(big.Int).Set(num)
		r.TransactionIndex = uint(i)
		for _, l := range r.Logs {
			l.BlockNumber = num.Uint64()
			l.BlockHash = hash
			l.TxHash = r.TxHash
			l.TxIndex = uint(i)
			l.Index = logIndex
			l.BlockTimestamp = block.Time()
			logIndex++
		}
		r.Bloom = types.CreateBloom(r)
	}
	return nil
}
