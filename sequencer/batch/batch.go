package batch

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ChannelVersion is the first byte of an encoded batch: payload format 1,
// DEFLATE-compressed.
const ChannelVersion = 0x01

// ErrBadBatch wraps every decoding error.
var ErrBadBatch = errors.New("bad batch")

// Block is one L2 block as a batch carries it.
type Block struct {
	Number   uint64
	Time     uint64
	L1Origin uint64 // the L1 origin's number; hash and time come from L1
	Coinbase common.Address
	Txs      types.Transactions // user transactions only, in block order
}

// Batch is a run of consecutive L2 blocks. ParentHash is the hash of the
// block before the first, so that a replica places the batch exactly.
type Batch struct {
	ParentHash common.Hash
	Blocks     []Block
}

// First is the first block's number (0 for an empty batch).
func (b *Batch) First() uint64 {
	if len(b.Blocks) == 0 {
		return 0
	}
	return b.Blocks[0].Number
}

// Last is the last block's number.
func (b *Batch) Last() uint64 {
	if len(b.Blocks) == 0 {
		return 0
	}
	return b.Blocks[len(b.Blocks)-1].Number
}

// TxCount is the number of transactions in the batch.
func (b *Batch) TxCount() int {
	n := 0
	for _, blk := range b.Blocks {
		n += len(blk.Txs)
	}
	return n
}

// Limits bound what Decode accepts.
type Limits struct {
	// MaxChannelSize bounds the encoded (compressed) batch.
	MaxChannelSize int
	// MaxPayloadSize bounds the decompressed payload.
	MaxPayloadSize int
	// MaxBlocks bounds the blocks of one batch.
	MaxBlocks int
	// MaxTxSize bounds one transaction's calldata.
	MaxTxSize int
}

// DefaultLimits are generous for the sequencer's defaults and small enough
// to keep a hostile input's memory bounded (the payload at most, plus the
// transactions built from it).
func DefaultLimits() Limits {
	return Limits{MaxChannelSize: 16 << 20, MaxPayloadSize: 64 << 20, MaxBlocks: 1 << 16, MaxTxSize: 128 << 10}
}

// Transaction flags.
const (
	flagDynamic = 1 << 0 // EIP-1559; otherwise legacy EIP-155
	flagParity  = 1 << 1 // signature y parity
	flagData    = 1 << 2 // has calldata
	flagsKnown  = flagDynamic | flagParity | flagData
)

// Encode encodes b for chain chainID. Every block must follow the previous
// one by number, not go back in time or L1 origin, and hold only legacy
// EIP-155 or EIP-1559 transactions without access lists for chainID with a
// recipient (what the L2 accepts).
func Encode(chainID *big.Int, b *Batch) ([]byte, error) {
	payload, err := encodePayload(chainID, b)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteByte(ChannelVersion)
	w, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("batch: compressor: %w", err)
	}
	if _, err := w.Write(payload); err != nil {
		return nil, fmt.Errorf("batch: compress: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("batch: compress: %w", err)
	}
	return out.Bytes(), nil
}

// PayloadSize is the size of b's uncompressed payload (for sizing batches
// before compressing them).
func PayloadSize(chainID *big.Int, b *Batch) (int, error) {
	p, err := encodePayload(chainID, b)
	return len(p), err
}

type writer struct{ buf []byte }

func (w *writer) uvarint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *writer) bytes(b []byte)   { w.buf = append(w.buf, b...) }

// amount writes v as a byte h then, if h > 0, m in LEB128, where
// v = m * 10^(h-1) and m is not a multiple of 10: round amounts (fees,
// values in whole or milli credits) take two or three bytes.
func (w *writer) amount(v *big.Int) {
	if v.Sign() == 0 {
		w.buf = append(w.buf, 0)
		return
	}
	m := new(big.Int).Set(v)
	e := 0
	q, r := new(big.Int), new(big.Int)
	for {
		q.QuoRem(m, ten, r)
		if r.Sign() != 0 {
			break
		}
		m.Set(q)
		e++
	}
	w.buf = append(w.buf, byte(e+1))
	words := m.Bytes() // big-endian
	// LEB128 of an arbitrary-precision integer, 7 bits at a time from the
	// least significant end.
	var acc uint16
	nbits := 0
	var groups []byte
	for i := len(words) - 1; i >= 0; i-- {
		acc |= uint16(words[i]) << nbits
		nbits += 8
		for nbits >= 7 {
			groups = append(groups, byte(acc&0x7f))
			acc >>= 7
			nbits -= 7
		}
	}
	if nbits > 0 {
		groups = append(groups, byte(acc))
	}
	for len(groups) > 1 && groups[len(groups)-1] == 0 {
		groups = groups[:len(groups)-1]
	}
	for i, g := range groups {
		if i < len(groups)-1 {
			g |= 0x80
		}
		w.buf = append(w.buf, g)
	}
}

var ten = big.NewInt(10)

func encodePayload(chainID *big.Int, b *Batch) ([]byte, error) {
	if len(b.Blocks) == 0 {
		return nil, errors.New("batch: no blocks")
	}
	if chainID == nil || chainID.Sign() <= 0 || !chainID.IsUint64() {
		return nil, errors.New("batch: chain id must be in [1, 2^64)")
	}
	var coinbases []common.Address
	cbIndex := map[common.Address]int{}
	for i, blk := range b.Blocks {
		if i > 0 {
			prev := b.Blocks[i-1]
			switch {
			case blk.Number != prev.Number+1:
				return nil, fmt.Errorf("batch: block %d follows block %d", blk.Number, prev.Number)
			case blk.Time < prev.Time:
				return nil, fmt.Errorf("batch: block %d goes back in time", blk.Number)
			case blk.L1Origin < prev.L1Origin:
				return nil, fmt.Errorf("batch: block %d goes back in L1 origin", blk.Number)
			}
		}
		if _, ok := cbIndex[blk.Coinbase]; !ok {
			cbIndex[blk.Coinbase] = len(coinbases)
			coinbases = append(coinbases, blk.Coinbase)
		}
	}
	w := &writer{buf: make([]byte, 0, 256+len(b.Blocks)*4+b.TxCount()*100)}
	first := b.Blocks[0]
	// The chain id is not in the transactions: it is here once, so a batch
	// read for the wrong chain fails clearly instead of yielding strangers'
	// signatures.
	w.uvarint(chainID.Uint64())
	w.uvarint(first.Number)
	w.bytes(b.ParentHash[:])
	w.uvarint(uint64(len(coinbases)))
	for _, c := range coinbases {
		w.bytes(c[:])
	}
	w.uvarint(uint64(len(b.Blocks)))
	w.uvarint(first.Time)
	w.uvarint(first.L1Origin)
	for i := 1; i < len(b.Blocks); i++ {
		w.uvarint(b.Blocks[i].Time - b.Blocks[i-1].Time)
	}
	for i := 1; i < len(b.Blocks); i++ {
		w.uvarint(b.Blocks[i].L1Origin - b.Blocks[i-1].L1Origin)
	}
	for _, blk := range b.Blocks {
		w.uvarint(uint64(cbIndex[blk.Coinbase]))
	}
	var txs []*types.Transaction
	for _, blk := range b.Blocks {
		w.uvarint(uint64(len(blk.Txs)))
		txs = append(txs, blk.Txs...)
	}
	type sig struct {
		parity byte
		r, s   [32]byte
	}
	sigs := make([]sig, len(txs))
	for i, tx := range txs {
		if err := encodable(chainID, tx); err != nil {
			return nil, fmt.Errorf("batch: tx %s: %w", tx.Hash(), err)
		}
		v, r, s := tx.RawSignatureValues()
		var sg sig
		switch tx.Type() {
		case types.LegacyTxType:
			// v = chainID*2 + 35 + parity
			p := new(big.Int).Sub(v, new(big.Int).Add(new(big.Int).Lsh(chainID, 1), big.NewInt(35)))
			if !p.IsUint64() || p.Uint64() > 1 {
				return nil, fmt.Errorf("batch: tx %s: legacy v %s is not EIP-155 for chain %s", tx.Hash(), v, chainID)
			}
			sg.parity = byte(p.Uint64())
		case types.DynamicFeeTxType:
			if !v.IsUint64() || v.Uint64() > 1 {
				return nil, fmt.Errorf("batch: tx %s: y parity %s", tx.Hash(), v)
			}
			sg.parity = byte(v.Uint64())
		}
		if r.BitLen() > 256 || s.BitLen() > 256 {
			return nil, fmt.Errorf("batch: tx %s: signature values above 2^256", tx.Hash())
		}
		r.FillBytes(sg.r[:])
		s.FillBytes(sg.s[:])
		sigs[i] = sg
		var f byte
		if tx.Type() == types.DynamicFeeTxType {
			f |= flagDynamic
		}
		if sg.parity == 1 {
			f |= flagParity
		}
		if len(tx.Data()) > 0 {
			f |= flagData
		}
		w.buf = append(w.buf, f)
	}
	for _, tx := range txs {
		w.uvarint(tx.Nonce())
	}
	for _, tx := range txs {
		w.uvarint(tx.Gas())
	}
	for _, tx := range txs {
		w.amount(tx.GasTipCap()) // the gas price of a legacy tx
	}
	for _, tx := range txs {
		if tx.Type() == types.DynamicFeeTxType {
			w.amount(tx.GasFeeCap())
		}
	}
	for _, tx := range txs {
		w.amount(tx.Value())
	}
	for _, tx := range txs {
		w.bytes(tx.To()[:])
	}
	for _, tx := range txs {
		if d := tx.Data(); len(d) > 0 {
			w.uvarint(uint64(len(d)))
			w.bytes(d)
		}
	}
	for _, s := range sigs {
		w.bytes(s.r[:])
	}
	for _, s := range sigs {
		w.bytes(s.s[:])
	}
	return w.buf, nil
}

// encodable checks that the format can carry tx exactly.
func encodable(chainID *big.Int, tx *types.Transaction) error {
	switch tx.Type() {
	case types.LegacyTxType:
		if !tx.Protected() {
			return errors.New("legacy transaction without EIP-155 replay protection")
		}
	case types.DynamicFeeTxType:
		if len(tx.AccessList()) > 0 {
			return errors.New("access lists are not carried")
		}
	default:
		return fmt.Errorf("transaction type %d is not carried", tx.Type())
	}
	if tx.ChainId().Cmp(chainID) != 0 {
		return fmt.Errorf("chain id %s, batch is for %s", tx.ChainId(), chainID)
	}
	if tx.To() == nil {
		return errors.New("contract creation is not carried")
	}
	for _, v := range []*big.Int{tx.GasTipCap(), tx.GasFeeCap(), tx.Value()} {
		if v.Sign() < 0 || v.BitLen() > 256 {
			return errors.New("amount outside [0, 2^256)")
		}
	}
	return nil
}

// Decode decodes an encoded batch for chain chainID within lim.
func Decode(chainID *big.Int, data []byte, lim Limits) (*Batch, error) {
	b, err := decode(chainID, data, lim)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadBatch, err)
	}
	return b, nil
}

func decode(chainID *big.Int, data []byte, lim Limits) (*Batch, error) {
	if chainID == nil || chainID.Sign() <= 0 || !chainID.IsUint64() {
		return nil, errors.New("chain id must be in [1, 2^64)")
	}
	switch {
	case len(data) == 0:
		return nil, errors.New("empty")
	case len(data) > lim.MaxChannelSize:
		return nil, fmt.Errorf("%d bytes, limit %d", len(data), lim.MaxChannelSize)
	case data[0] != ChannelVersion:
		return nil, fmt.Errorf("version %#x, want %#x", data[0], ChannelVersion)
	}
	src := bytes.NewReader(data[1:])
	fr := flate.NewReader(src)
	payload, err := io.ReadAll(io.LimitReader(fr, int64(lim.MaxPayloadSize)+1))
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	if len(payload) > lim.MaxPayloadSize {
		return nil, fmt.Errorf("payload above %d bytes", lim.MaxPayloadSize)
	}
	// bytes.Reader is an io.ByteReader, so flate read exactly its stream.
	if src.Len() != 0 {
		return nil, fmt.Errorf("%d bytes after the compressed stream", src.Len())
	}
	b, err := parsePayload(chainID, payload, lim)
	if err != nil {
		return nil, err
	}
	again, err := encodePayload(chainID, b)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, payload) {
		return nil, errors.New("non-canonical encoding")
	}
	return b, nil
}

// reader reads the payload; the first error sticks and later reads return
// zero values, so parsing code checks r.err at its decision points.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("at byte %d: %s", r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) left() int { return len(r.b) - r.off }

func (r *reader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("bad varint (%s)", what)
		return 0
	}
	r.off += n
	return v
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > r.left() {
		r.fail("%s: %d bytes, %d left", what, n, r.left())
		return nil
	}
	out := r.b[r.off : r.off+n]
	r.off += n
	return out
}

func (r *reader) byte1(what string) byte {
	b := r.take(1, what)
	if b == nil {
		return 0
	}
	return b[0]
}

// count reads a count of items of at least minSize bytes each, refusing
// counts the remaining bytes cannot hold (so no allocation exceeds the
// input).
func (r *reader) count(what string, minSize, limit int) int {
	v := r.uvarint(what)
	if r.err != nil {
		return 0
	}
	if v > uint64(limit) || (minSize > 0 && v > uint64(r.left()/minSize)) {
		r.fail("%d %s: too many (limit %d, %d bytes left)", v, what, limit, r.left())
		return 0
	}
	return int(v)
}

func (r *reader) amount(what string) *big.Int {
	h := r.byte1(what)
	if r.err != nil {
		return nil
	}
	if h == 0 {
		return new(big.Int)
	}
	if h > 78 {
		r.fail("%s: exponent %d", what, h-1)
		return nil
	}
	m := new(big.Int)
	var shift uint
	for i := 0; ; i++ {
		g := r.byte1(what)
		if r.err != nil {
			return nil
		}
		if shift > 256 {
			r.fail("%s: mantissa too long", what)
			return nil
		}
		m.Or(m, new(big.Int).Lsh(big.NewInt(int64(g&0x7f)), shift))
		shift += 7
		if g&0x80 == 0 {
			break
		}
	}
	v := m.Mul(m, new(big.Int).Exp(ten, big.NewInt(int64(h-1)), nil))
	if v.BitLen() > 256 {
		r.fail("%s: above 2^256", what)
		return nil
	}
	return v
}

// minTxBytes is the least payload one transaction takes: flags, nonce,
// gas, tip, value (one byte each), recipient, r and s.
const minTxBytes = 5 + 20 + 64

func parsePayload(chainID *big.Int, payload []byte, lim Limits) (*Batch, error) {
	r := &reader{b: payload}
	b := &Batch{}
	if id := r.uvarint("chain id"); r.err == nil && id != chainID.Uint64() {
		return nil, fmt.Errorf("batch for chain %d, want %s", id, chainID)
	}
	first := r.uvarint("first block number")
	copy(b.ParentHash[:], r.take(32, "parent hash"))
	nCb := r.count("coinbases", 20, lim.MaxBlocks)
	coinbases := make([]common.Address, nCb)
	for i := range coinbases {
		copy(coinbases[i][:], r.take(20, "coinbase"))
	}
	nBlocks := r.count("blocks", 3, lim.MaxBlocks)
	if r.err == nil && nBlocks == 0 {
		r.fail("no blocks")
	}
	if r.err == nil && nCb == 0 {
		r.fail("no coinbase")
	}
	if r.err != nil {
		return nil, r.err
	}
	if first > ^uint64(0)-uint64(nBlocks) {
		return nil, fmt.Errorf("block numbers overflow")
	}
	b.Blocks = make([]Block, nBlocks)
	b.Blocks[0].Time = r.uvarint("time")
	b.Blocks[0].L1Origin = r.uvarint("L1 origin")
	for i := range b.Blocks {
		b.Blocks[i].Number = first + uint64(i)
	}
	for i := 1; i < nBlocks; i++ {
		d := r.uvarint("time delta")
		if d > ^uint64(0)-b.Blocks[i-1].Time {
			r.fail("time overflows")
		}
		b.Blocks[i].Time = b.Blocks[i-1].Time + d
	}
	for i := 1; i < nBlocks; i++ {
		d := r.uvarint("L1 origin delta")
		if d > ^uint64(0)-b.Blocks[i-1].L1Origin {
			r.fail("L1 origin overflows")
		}
		b.Blocks[i].L1Origin = b.Blocks[i-1].L1Origin + d
	}
	for i := range b.Blocks {
		idx := r.uvarint("coinbase index")
		if r.err == nil && idx >= uint64(nCb) {
			r.fail("coinbase index %d of %d", idx, nCb)
		}
		if r.err == nil {
			b.Blocks[i].Coinbase = coinbases[idx]
		}
	}
	counts := make([]int, nBlocks)
	total := 0
	for i := range counts {
		counts[i] = r.count("transactions", minTxBytes, r.left())
		total += counts[i]
		if r.err == nil && total > r.left()/minTxBytes {
			r.fail("%d transactions cannot fit %d bytes", total, r.left())
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	flags := r.take(total, "flags")
	nonces := make([]uint64, total)
	for i := range nonces {
		nonces[i] = r.uvarint("nonce")
	}
	gas := make([]uint64, total)
	for i := range gas {
		gas[i] = r.uvarint("gas")
	}
	tips := make([]*big.Int, total)
	for i := range tips {
		tips[i] = r.amount("tip")
	}
	caps := make([]*big.Int, total)
	for i := range caps {
		if r.err == nil && flags[i]&^flagsKnown != 0 {
			r.fail("tx %d: unknown flags %#x", i, flags[i])
		}
		if r.err == nil && flags[i]&flagDynamic != 0 {
			caps[i] = r.amount("fee cap")
		}
	}
	values := make([]*big.Int, total)
	for i := range values {
		values[i] = r.amount("value")
	}
	tos := make([]common.Address, total)
	for i := range tos {
		copy(tos[i][:], r.take(20, "recipient"))
	}
	datas := make([][]byte, total)
	for i := range datas {
		if r.err == nil && flags[i]&flagData != 0 {
			n := r.uvarint("calldata length")
			if r.err == nil && (n == 0 || n > uint64(lim.MaxTxSize)) {
				r.fail("tx %d: calldata of %d bytes (1..%d)", i, n, lim.MaxTxSize)
			}
			datas[i] = r.take(int(n), "calldata")
		}
	}
	rs := r.take(32*total, "signature r")
	ss := r.take(32*total, "signature s")
	if r.err == nil && r.left() != 0 {
		r.fail("%d trailing bytes", r.left())
	}
	if r.err != nil {
		return nil, r.err
	}
	k := 0
	for bi := range b.Blocks {
		txs := make(types.Transactions, counts[bi])
		for j := range txs {
			i := k + j
			to := tos[i]
			rr := new(big.Int).SetBytes(rs[32*i : 32*i+32])
			sv := new(big.Int).SetBytes(ss[32*i : 32*i+32])
			parity := int64(flags[i]>>1) & 1
			var data []byte
			if datas[i] != nil {
				data = bytes.Clone(datas[i])
			}
			if flags[i]&flagDynamic != 0 {
				txs[j] = types.NewTx(&types.DynamicFeeTx{
					ChainID: new(big.Int).Set(chainID), Nonce: nonces[i], GasTipCap: tips[i], GasFeeCap: caps[i],
					Gas: gas[i], To: &to, Value: values[i], Data: data, V: big.NewInt(parity), R: rr, S: sv,
				})
			} else {
				v := new(big.Int).Add(new(big.Int).Lsh(chainID, 1), big.NewInt(35+parity))
				txs[j] = types.NewTx(&types.LegacyTx{
					Nonce: nonces[i], GasPrice: tips[i], Gas: gas[i], To: &to, Value: values[i], Data: data, V: v, R: rr, S: sv,
				})
			}
		}
		b.Blocks[bi].Txs = txs
		k += counts[bi]
	}
	return b, nil
}
