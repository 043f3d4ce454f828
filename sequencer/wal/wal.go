// Package wal is the sequencer's write-ahead log of acknowledged
// transactions: eth_sendRawTransaction answers only after Append has the
// transaction fsync'd here, so killing the process loses no acknowledged
// transaction; on restart the transactions not yet in a block go back into
// the mempool.
//
// The log is a directory of segment files (%016x.wal), each a sequence of
// records
//
//	uint32 length (big-endian) ‖ uint32 CRC-32C of payload ‖ payload
//
// where payload is the transaction's binary encoding (tx.MarshalBinary).
// Appends from many goroutines are group-committed: one write and one fsync
// per batch. A segment is deleted once every transaction in it is released
// (Done: included in a durable block, replaced or dropped). A record torn by
// a crash mid-write can only be the tail of the newest segment: Open logs it
// and truncates it; a bad record anywhere else is corruption, and Open
// refuses to continue rather than lose acknowledged transactions silently.
package wal

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// MaxRecordSize bounds one record's payload; a larger length field marks a
// torn or corrupt record.
const MaxRecordSize = 1 << 20

// DefaultSegmentSize is the size after which the log starts a new segment.
const DefaultSegmentSize = 64 << 20

const headerSize = 8

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrCorrupt marks a log that cannot be read back safely.
var ErrCorrupt = errors.New("wal: corrupt")

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("wal: closed")

// AppendRecord appends the record framing payload to dst.
func AppendRecord(dst, payload []byte) []byte {
	var h [headerSize]byte
	binary.BigEndian.PutUint32(h[0:4], uint32(len(payload)))
	binary.BigEndian.PutUint32(h[4:8], crc32.Checksum(payload, castagnoli))
	return append(append(dst, h[:]...), payload...)
}

// DecodeRecords splits data into record payloads. It returns the payloads of
// the leading well-formed records and the offset just after them; if that
// is not len(data), the rest is a torn or corrupt record (err says which).
// Payloads alias data.
func DecodeRecords(data []byte) (payloads [][]byte, valid int, err error) {
	off := 0
	for off < len(data) {
		rest := data[off:]
		if len(rest) < headerSize {
			return payloads, off, fmt.Errorf("%d-byte partial header at offset %d", len(rest), off)
		}
		n := binary.BigEndian.Uint32(rest[0:4])
		sum := binary.BigEndian.Uint32(rest[4:8])
		if n == 0 || n > MaxRecordSize {
			return payloads, off, fmt.Errorf("bad record length %d at offset %d", n, off)
		}
		if uint64(len(rest)-headerSize) < uint64(n) {
			return payloads, off, fmt.Errorf("record of %d bytes at offset %d cut after %d", n, off, len(rest)-headerSize)
		}
		p := rest[headerSize : headerSize+int(n)]
		if crc32.Checksum(p, castagnoli) != sum {
			return payloads, off, fmt.Errorf("checksum mismatch in record at offset %d", off)
		}
		payloads = append(payloads, p)
		off += headerSize + int(n)
	}
	return payloads, off, nil
}

// Options tune the log.
type Options struct {
	// SegmentSize is the size after which a new segment starts
	// (DefaultSegmentSize if 0).
	SegmentSize int64
	// NoSync skips fsync (benchmarks of everything else only; never in
	// production: acknowledged transactions could be lost).
	NoSync bool
}

// Log is an open write-ahead log. It is safe for concurrent use.
type Log struct {
	dir  string
	log  *slog.Logger
	opts Options

	reqs chan *appendReq
	quit chan struct{}
	done chan struct{}

	mu     sync.Mutex
	closed bool
	cur    *os.File
	curID  uint64
	size   int64
	live   map[uint64]int         // segment -> records not yet released
	where  map[common.Hash]uint64 // tx -> segment of its (first) record
	failed error                  // a write or sync failed: the log is unusable
}

type appendReq struct {
	data   []byte
	hashes []common.Hash
	done   chan error
}

// Open opens (creating if needed) the log in dir and returns the
// transactions it holds, oldest first; they all count as live until
// released with Done.
func Open(ctx context.Context, dir string, logger *slog.Logger, opts Options) (*Log, []*types.Transaction, error) {
	if opts.SegmentSize <= 0 {
		opts.SegmentSize = DefaultSegmentSize
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("create wal dir: %w", err)
	}
	ids, err := segments(dir)
	if err != nil {
		return nil, nil, err
	}
	l := &Log{
		dir: dir, log: logger, opts: opts,
		reqs: make(chan *appendReq, 1024), quit: make(chan struct{}), done: make(chan struct{}),
		live: make(map[uint64]int), where: make(map[common.Hash]uint64),
	}
	var txs []*types.Transaction
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("open wal: %w", err)
		}
		got, err := l.recover(id, i == len(ids)-1)
		if err != nil {
			return nil, nil, err
		}
		txs = append(txs, got...)
		if l.live[id] == 0 {
			if err := os.Remove(l.path(id)); err != nil {
				return nil, nil, fmt.Errorf("remove empty wal segment: %w", err)
			}
			delete(l.live, id)
		}
	}
	next := uint64(1)
	if len(ids) > 0 {
		next = ids[len(ids)-1] + 1
	}
	if err := l.startSegment(next); err != nil {
		return nil, nil, err
	}
	go l.writer()
	return l, txs, nil
}

func (l *Log) path(id uint64) string { return filepath.Join(l.dir, fmt.Sprintf("%016x.wal", id)) }

func segments(dir string) ([]uint64, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read wal dir: %w", err)
	}
	var ids []uint64
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".wal")
		if !ok || e.IsDir() {
			continue
		}
		id, err := strconv.ParseUint(name, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("wal dir: unexpected file %s", e.Name())
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, nil
}

// recover reads one segment. A bad tail of the last segment is a torn write:
// it is logged and cut off. Anywhere else it is corruption.
func (l *Log) recover(id uint64, last bool) ([]*types.Transaction, error) {
	p := l.path(id)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read wal segment %s: %w", p, err)
	}
	payloads, valid, derr := DecodeRecords(data)
	if derr != nil {
		if !last {
			return nil, fmt.Errorf("%w: segment %s (not the newest): %v; refusing to drop acknowledged transactions", ErrCorrupt, p, derr)
		}
		l.log.Warn("wal: torn record at the end of the newest segment (process stopped mid-write); truncating it",
			"segment", p, "valid_bytes", valid, "dropped_bytes", len(data)-valid, "reason", derr.Error())
		if err := os.Truncate(p, int64(valid)); err != nil {
			return nil, fmt.Errorf("truncate torn wal segment %s: %w", p, err)
		}
		if err := syncPath(p); err != nil {
			return nil, err
		}
	}
	var txs []*types.Transaction
	for i, pl := range payloads {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(pl); err != nil {
			// The checksum matched, so this is what was written: a defect,
			// not a torn write.
			return nil, fmt.Errorf("%w: segment %s record %d: decode transaction: %v", ErrCorrupt, p, i, err)
		}
		h := tx.Hash()
		if _, dup := l.where[h]; dup {
			continue
		}
		l.where[h] = id
		l.live[id]++
		txs = append(txs, tx)
	}
	return txs, nil
}

func syncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("open %s for sync: %w", p, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", p, err)
	}
	return nil
}

// startSegment makes id the current segment. Caller holds mu or is Open.
func (l *Log) startSegment(id uint64) error {
	f, err := os.OpenFile(l.path(id), os.O_CREATE|os.O_WRONLY|os.O_APPEND|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("create wal segment: %w", err)
	}
	if !l.opts.NoSync {
		if err := syncPath(l.dir); err != nil { // the new file's directory entry
			f.Close()
			return err
		}
	}
	old, oldID := l.cur, l.curID
	l.cur, l.curID, l.size = f, id, 0
	if _, ok := l.live[id]; !ok {
		l.live[id] = 0
	}
	if old != nil {
		if err := old.Close(); err != nil {
			return fmt.Errorf("close wal segment: %w", err)
		}
		l.maybeDelete(oldID)
	}
	return nil
}

// maybeDelete removes a released, non-current segment. Caller holds mu.
func (l *Log) maybeDelete(id uint64) {
	if id == l.curID || l.live[id] > 0 {
		return
	}
	delete(l.live, id)
	if err := os.Remove(l.path(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		l.log.Warn("wal: cannot remove released segment", "segment", l.path(id), "err", err)
	}
}

// Append logs txs and returns once they are on disk (fsync'd), or ctx ends
// (the transactions may then still become durable).
func (l *Log) Append(ctx context.Context, txs ...*types.Transaction) error {
	req := &appendReq{done: make(chan error, 1)}
	for _, tx := range txs {
		b, err := tx.MarshalBinary()
		if err != nil {
			return fmt.Errorf("wal: encode tx %s: %w", tx.Hash(), err)
		}
		if len(b) > MaxRecordSize {
			return fmt.Errorf("wal: tx %s of %d bytes above the record limit", tx.Hash(), len(b))
		}
		req.data = AppendRecord(req.data, b)
		req.hashes = append(req.hashes, tx.Hash())
	}
	select {
	case l.reqs <- req:
	case <-l.quit:
		return ErrClosed
	case <-ctx.Done():
		return fmt.Errorf("wal append: %w", ctx.Err())
	}
	select {
	case err := <-req.done:
		return err
	case <-l.done:
		select {
		case err := <-req.done:
			return err
		default:
			return ErrClosed
		}
	case <-ctx.Done():
		return fmt.Errorf("wal append: %w", ctx.Err())
	}
}

// writer group-commits appends: it takes every request waiting, writes them
// with one write, fsyncs once and answers them all.
func (l *Log) writer() {
	defer close(l.done)
	var batch []*appendReq
	var buf []byte
	for {
		batch, buf = batch[:0], buf[:0]
		select {
		case r := <-l.reqs:
			batch = append(batch, r)
		case <-l.quit:
			l.drain()
			return
		}
	more:
		for len(buf) < 4<<20 {
			select {
			case r := <-l.reqs:
				batch = append(batch, r)
			default:
				break more
			}
		}
		for _, r := range batch {
			buf = append(buf, r.data...)
		}
		err := l.write(buf, batch)
		for _, r := range batch {
			r.done <- err
		}
	}
}

// drain fails the requests still queued at Close.
func (l *Log) drain() {
	for {
		select {
		case r := <-l.reqs:
			r.done <- ErrClosed
		default:
			return
		}
	}
}

func (l *Log) write(buf []byte, batch []*appendReq) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failed != nil {
		return l.failed
	}
	if l.size > 0 && l.size+int64(len(buf)) > l.opts.SegmentSize {
		if err := l.startSegment(l.curID + 1); err != nil {
			l.failed = fmt.Errorf("wal: rotate: %w", err)
			return l.failed
		}
	}
	if _, err := l.cur.Write(buf); err != nil {
		l.failed = fmt.Errorf("wal: write: %w", err)
		return l.failed
	}
	l.size += int64(len(buf))
	if !l.opts.NoSync {
		if err := l.cur.Sync(); err != nil {
			// After a failed fsync the page cache state is unknown: stop.
			l.failed = fmt.Errorf("wal: fsync: %w", err)
			return l.failed
		}
	}
	for _, r := range batch {
		for _, h := range r.hashes {
			if _, dup := l.where[h]; dup {
				continue
			}
			l.where[h] = l.curID
			l.live[l.curID]++
		}
	}
	return nil
}

// Done releases transactions: they are in a durable block, or were replaced
// or dropped. A segment whose transactions are all released is deleted.
// Unknown hashes are ignored.
func (l *Log) Done(hashes ...common.Hash) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, h := range hashes {
		id, ok := l.where[h]
		if !ok {
			continue
		}
		delete(l.where, h)
		l.live[id]--
		l.maybeDelete(id)
	}
}

// Stats reports the number of live transactions and segments.
func (l *Log) Stats() (liveTxs, segments int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.where), len(l.live)
}

// Close stops the writer and closes the current segment. Appends waiting
// get ErrClosed.
func (l *Log) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	l.mu.Unlock()
	close(l.quit)
	<-l.done
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.cur.Close(); err != nil {
		return fmt.Errorf("close wal: %w", err)
	}
	return nil
}
