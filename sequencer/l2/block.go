package l2

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
)

// L1OriginExtraSize is the size of a header's Extra: the L1 origin as
// number (8 bytes, big-endian) ‖ hash (32) ‖ time (8, big-endian).
const L1OriginExtraSize = 48

// Extra encodes o for a header's Extra field.
func (o L1Origin) Extra() []byte {
	b := make([]byte, L1OriginExtraSize)
	binary.BigEndian.PutUint64(b[0:8], o.Number)
	copy(b[8:40], o.Hash[:])
	binary.BigEndian.PutUint64(b[40:48], o.Time)
	return b
}

// L1OriginFromExtra decodes a header's Extra field.
func L1OriginFromExtra(extra []byte) (L1Origin, error) {
	if len(extra) != L1OriginExtraSize {
		return L1Origin{}, fmt.Errorf("%w: extra of %d bytes, want the %d-byte L1 origin", ErrBadBlock, len(extra), L1OriginExtraSize)
	}
	var o L1Origin
	o.Number = binary.BigEndian.Uint64(extra[0:8])
	copy(o.Hash[:], extra[8:40])
	o.Time = binary.BigEndian.Uint64(extra[40:48])
	return o, nil
}

// BlockEnv is what the sequencer chooses for a new block.
type BlockEnv struct {
	Time     uint64         // block time, seconds, >= parent's and >= the origin's
	Coinbase common.Address // receives priority fees
	L1Origin L1Origin
}

// Builder applies one block's transactions to a state, one at a time: the
// sequencer adds candidate transactions and keeps those that apply; replicas
// go through ApplyBlock, which uses a Builder too. A Builder is not safe for
// concurrent use; the StateDB belongs to it until Finish.
type Builder struct {
	p        *Processor
	st       StateDB
	header   *types.Header
	txs      types.Transactions
	receipts types.Receipts
	gasLeft  uint64
	logIndex uint
	userTxs  bool // a user transaction was added: no more system ones
	done     bool
}

// NewBuilder starts block parent+1 on st, the post-state of parent, and
// applies its block-start transaction (closing due auctions, expiring
// executors, recording the L1 origin).
func (p *Processor) NewBuilder(st StateDB, parent *types.Header, env BlockEnv) (*Builder, error) {
	h := &types.Header{
		ParentHash: parent.Hash(),
		UncleHash:  types.EmptyUncleHash,
		Coinbase:   env.Coinbase,
		Difficulty: new(big.Int),
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:   p.cfg.GasLimit,
		Time:       env.Time,
		Extra:      env.L1Origin.Extra(),
		BaseFee:    p.BaseFee(),
	}
	return p.newBuilder(st, parent, h)
}

func (p *Processor) newBuilder(st StateDB, parent, h *types.Header) (*Builder, error) {
	switch {
	case h.Number == nil || parent.Number == nil || h.Number.Cmp(new(big.Int).Add(parent.Number, common.Big1)) != 0:
		return nil, fmt.Errorf("%w: number %v after parent %v", ErrBadBlock, h.Number, parent.Number)
	case h.ParentHash != parent.Hash():
		return nil, fmt.Errorf("%w: parent hash %s, parent is %s", ErrBadBlock, h.ParentHash, parent.Hash())
	case h.Time < parent.Time:
		return nil, fmt.Errorf("%w: time %d before parent's %d", ErrBadBlock, h.Time, parent.Time)
	case h.GasLimit != p.cfg.GasLimit:
		return nil, fmt.Errorf("%w: gas limit %d, want %d", ErrBadBlock, h.GasLimit, p.cfg.GasLimit)
	case h.BaseFee == nil || h.BaseFee.Cmp(p.BaseFee()) != 0:
		return nil, fmt.Errorf("%w: base fee %v, want %d", ErrBadBlock, h.BaseFee, p.cfg.BaseFee)
	}
	origin, err := L1OriginFromExtra(h.Extra)
	if err != nil {
		return nil, err
	}
	if err := st.Error(); err != nil {
		return nil, fmt.Errorf("state of block %d: %w", parent.Number, err)
	}
	b := &Builder{p: p, st: st, header: types.CopyHeader(h), gasLeft: h.GasLimit}
	if _, err := b.AddTx(p.BlockStartTx(h.Number.Uint64(), origin)); err != nil {
		return nil, fmt.Errorf("block %d start: %w", h.Number, err)
	}
	return b, nil
}

// Header returns the header being built (roots not yet set).
func (b *Builder) Header() *types.Header { return types.CopyHeader(b.header) }

// GasLeft is the block gas not yet used.
func (b *Builder) GasLeft() uint64 { return b.gasLeft }

// Len is the number of transactions applied so far (block start included).
func (b *Builder) Len() int { return len(b.txs) }

// AddTx applies tx as the next transaction of the block and returns its
// receipt. If tx is invalid here (see the Err* values), AddTx returns the
// error and the state is unchanged: the sequencer drops the transaction, a
// replica rejects the block. System transactions must come before user ones.
// A module call that reverts is valid: its receipt has status 0.
func (b *Builder) AddTx(tx *types.Transaction) (*types.Receipt, error) {
	if b.done {
		return nil, fmt.Errorf("l2: block %d already finished", b.header.Number)
	}
	snap := b.st.Snapshot()
	var (
		r   *types.Receipt
		err error
	)
	if tx.Type() == types.DepositTxType {
		r, err = b.applySystem(tx)
	} else {
		r, err = b.applyUser(tx)
	}
	if err == nil {
		err = b.st.Error()
	}
	if err != nil {
		b.st.RevertToSnapshot(snap)
		return nil, fmt.Errorf("block %d tx %d %s: %w", b.header.Number, len(b.txs), tx.Hash(), err)
	}
	// EIP-161: accounts left empty by the transaction disappear, as in
	// Ethereum, and the journal starts afresh for the next transaction.
	b.st.Finalise(true)
	b.txs = append(b.txs, tx)
	b.receipts = append(b.receipts, r)
	return r, nil
}

// applySystem checks and runs a system transaction.
func (b *Builder) applySystem(tx *types.Transaction) (*types.Receipt, error) {
	index := len(b.txs)
	num := b.header.Number.Uint64()
	switch {
	case b.userTxs:
		return nil, fmt.Errorf("%w: after a user transaction", ErrBadSystemTx)
	case index == 0 && tx.SourceHash() != BlockStartSourceHash(num):
		return nil, fmt.Errorf("%w: the first transaction must be the block start", ErrBadSystemTx)
	case index > 0 && tx.SourceHash() == BlockStartSourceHash(num):
		return nil, fmt.Errorf("%w: second block start", ErrBadSystemTx)
	}
	from, err := types.Sender(b.p.signer, tx)
	if err != nil || from != SystemAddress {
		return nil, fmt.Errorf("%w: from %s, want the system address", ErrBadSystemTx, from)
	}
	if tx.Gas() != 0 || tx.Value().Sign() != 0 || !tx.IsSystemTx() || tx.To() == nil {
		return nil, fmt.Errorf("%w: gas, value, flag or target not those of a system transaction", ErrBadSystemTx)
	}
	m, ok := b.p.modules[*tx.To()]
	if !ok {
		return nil, fmt.Errorf("%w: target %s is not a module", ErrBadSystemTx, tx.To())
	}
	h, args, err := m.decode(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSystemTx, err)
	}
	if h.kind != kindSystem {
		return nil, fmt.Errorf("%w: %s is not a system method", ErrBadSystemTx, h.method.Name)
	}
	isStart := h.method.Name == "blockStart"
	if isStart != (index == 0) {
		return nil, fmt.Errorf("%w: blockStart must be exactly the first transaction", ErrBadSystemTx)
	}
	// Mint is informational (explorers, OP tooling) but must agree with the
	// deposit it describes.
	wantMint := (*big.Int)(nil)
	if h.method.Name == "finalizeDeposit" {
		wantMint = args[3].(*big.Int)
	}
	if mint := tx.Mint(); (mint == nil) != (wantMint == nil) || (mint != nil && mint.Cmp(wantMint) != 0) {
		return nil, fmt.Errorf("%w: mint %v, want %v", ErrBadSystemTx, mint, wantMint)
	}
	if isStart {
		if want := b.p.BlockStartTx(num, mustOrigin(b.header)); tx.Hash() != want.Hash() {
			return nil, fmt.Errorf("%w: block start does not match the header", ErrBadSystemTx)
		}
	} else {
		k := derivedSlot(tx.SourceHash())
		if b.st.GetState(BridgeAddress, k) != (common.Hash{}) {
			return nil, fmt.Errorf("%w: source %s", ErrDuplicateL1, tx.SourceHash())
		}
		b.st.SetState(BridgeAddress, k, slotN(1))
	}
	c := b.callCtx(SystemAddress, new(uint256.Int))
	if _, err := c.invoke(m, h, args); err != nil {
		// System methods never revert: an error means the block is bad.
		return nil, fmt.Errorf("%w: %s: %w", ErrBadSystemTx, h.method.Name, err)
	}
	return b.receipt(tx, types.ReceiptStatusSuccessful, 0, new(big.Int), c.logs), nil
}

func mustOrigin(h *types.Header) L1Origin {
	o, _ := L1OriginFromExtra(h.Extra) // checked by newBuilder
	return o
}

// applyUser checks and runs a user transaction: nonce, fees, then the value
// transfer and module call, which a revert undoes (fees stay paid).
func (b *Builder) applyUser(tx *types.Transaction) (*types.Receipt, error) {
	ct, err := b.p.checkTx(b.st, tx)
	if err != nil {
		return nil, err
	}
	if tx.Gas() > b.gasLeft {
		return nil, fmt.Errorf("%w: tx gas %d, %d left", ErrBlockFull, tx.Gas(), b.gasLeft)
	}
	st := b.st
	st.SetNonce(ct.sender, tx.Nonce()+1, tracing.NonceChangeEoACall)
	st.SubBalance(ct.sender, mulGas(ct.gas, &ct.prices.effective), tracing.BalanceDecreaseGasBuy)
	if fee := mulGas(ct.gas, b.p.baseFee); !fee.IsZero() {
		st.AddBalance(b.p.cfg.FeeVault, fee, tracing.BalanceIncreaseRewardTransactionFee)
	}
	if tip := mulGas(ct.gas, &ct.prices.tip); !tip.IsZero() {
		st.AddBalance(b.header.Coinbase, tip, tracing.BalanceIncreaseRewardTransactionFee)
	}
	b.userTxs = true
	b.gasLeft -= ct.gas

	value, _ := uint256.FromBig(tx.Value()) // checked by checkTx
	status := uint64(types.ReceiptStatusSuccessful)
	var logs []*types.Log
	callSnap := st.Snapshot()
	if !value.IsZero() {
		st.SubBalance(ct.sender, value, tracing.BalanceChangeTransfer)
		st.AddBalance(*tx.To(), value, tracing.BalanceChangeTransfer)
	}
	if ct.mod != nil {
		c := b.callCtx(ct.sender, value)
		_, err := c.invoke(ct.mod, ct.h, ct.args)
		switch _, reverted := isRevert(err); {
		case reverted:
			st.RevertToSnapshot(callSnap)
			status = types.ReceiptStatusFailed
		case err != nil:
			return nil, err
		default:
			logs = c.logs
		}
	}
	return b.receipt(tx, status, ct.gas, ct.prices.effective.ToBig(), logs), nil
}

func (b *Builder) callCtx(sender common.Address, value *uint256.Int) *callCtx {
	return &callCtx{p: b.p, st: b.st, time: b.header.Time, number: b.header.Number.Uint64(), sender: sender, value: value}
}

// receipt builds the receipt of the next transaction, numbering its logs.
func (b *Builder) receipt(tx *types.Transaction, status, gas uint64, price *big.Int, logs []*types.Log) *types.Receipt {
	index := uint(len(b.txs))
	for _, l := range logs {
		l.BlockNumber = b.header.Number.Uint64()
		l.TxHash = tx.Hash()
		l.TxIndex = index
		l.BlockTimestamp = b.header.Time
		l.Index = b.logIndex
		b.logIndex++
	}
	if logs == nil {
		logs = []*types.Log{}
	}
	r := &types.Receipt{
		Type:              tx.Type(),
		Status:            status,
		CumulativeGasUsed: b.header.GasLimit - b.gasLeft,
		Logs:              logs,
		TxHash:            tx.Hash(),
		GasUsed:           gas,
		EffectiveGasPrice: price,
		BlockNumber:       new(big.Int).Set(b.header.Number),
		TransactionIndex:  index,
	}
	r.Bloom = types.CreateBloom(r)
	return r
}

// Finish seals the block: gas used, state root (st.IntermediateRoot),
// transactions and receipts roots, logs bloom. It fills the block hash into
// receipts and logs. The state is left at the block's post-state, not
// committed: commit it (StateStore.Commit) once the block is stored.
func (b *Builder) Finish() (*types.Block, types.Receipts) {
	b.done = true
	h := b.header
	h.GasUsed = h.GasLimit - b.gasLeft
	h.Root = b.st.IntermediateRoot(true)
	h.TxHash = types.DeriveSha(b.txs, trie.NewStackTrie(nil))
	h.ReceiptHash = types.DeriveSha(b.receipts, trie.NewStackTrie(nil))
	h.Bloom = types.MergeBloom(b.receipts)
	block := types.NewBlockWithHeader(h).WithBody(types.Body{Transactions: b.txs})
	hash := block.Hash()
	for _, r := range b.receipts {
		r.BlockHash = hash
		for _, l := range r.Logs {
			l.BlockHash = hash
		}
	}
	return block, b.receipts
}

// ApplyBlock applies the transactions of a block whose header fields
// ParentHash, Number, Time, Coinbase, GasLimit, BaseFee and Extra (the L1
// origin) are set, to st, the post-state of parent. txs[0] must be the
// block-start transaction, then system transactions, then user ones. It
// recovers senders in parallel first. It returns the receipts (block hash
// not yet filled in) and the gas used; the header's roots are neither used
// nor checked (see VerifyBlock and SealBlock). On error st is in an
// undefined state: discard it.
func (p *Processor) ApplyBlock(ctx context.Context, st StateDB, parent, header *types.Header, txs types.Transactions) (types.Receipts, uint64, error) {
	b, err := p.apply(ctx, st, parent, header, txs)
	if err != nil {
		return nil, 0, err
	}
	return b.receipts, b.header.GasLimit - b.gasLeft, nil
}

func (p *Processor) apply(ctx context.Context, st StateDB, parent, header *types.Header, txs types.Transactions) (*Builder, error) {
	if len(txs) == 0 {
		return nil, fmt.Errorf("%w: block %v has no block-start transaction", ErrBadBlock, header.Number)
	}
	_ = p.RecoverSenders(ctx, txs) // warms the cache; AddTx reports bad signatures precisely
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("apply block %v: %w", header.Number, err)
	}
	h := types.CopyHeader(header)
	b, err := p.newBuilder(st, parent, h)
	if err != nil {
		return nil, err
	}
	if b.txs[0].Hash() != txs[0].Hash() {
		return nil, fmt.Errorf("%w: block %v: first transaction is not its block start", ErrBadBlock, header.Number)
	}
	for i, tx := range txs[1:] {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("apply block %v: %w", header.Number, err)
			}
		}
		if _, err := b.AddTx(tx); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadBlock, err)
		}
	}
	return b, nil
}

// SealBlock is Finish for ApplyBlock's caller: it computes the header's
// roots from st (after ApplyBlock), txs and receipts and returns the block.
func (p *Processor) SealBlock(st StateDB, header *types.Header, txs types.Transactions, receipts types.Receipts) *types.Block {
	b := &Builder{p: p, st: st, header: types.CopyHeader(header), txs: txs, receipts: receipts}
	var used uint64
	if n := len(receipts); n > 0 {
		used = receipts[n-1].CumulativeGasUsed
	}
	b.gasLeft = header.GasLimit - used
	block, _ := b.Finish()
	return block
}

// VerifyBlock re-executes block on st (the post-state of parent) and checks
// that the result is exactly block: same header hash, so the same state,
// transactions and receipts roots, bloom and gas used. This is the replica's
// check of the sequencer's blocks. It returns the receipts.
func (p *Processor) VerifyBlock(ctx context.Context, st StateDB, parent *types.Header, block *types.Block) (types.Receipts, error) {
	b, err := p.apply(ctx, st, parent, block.Header(), block.Transactions())
	if err != nil {
		return nil, err
	}
	got, receipts := b.Finish()
	want := block.Header()
	if got.Hash() != want.Hash() {
		g := got.Header()
		return nil, fmt.Errorf("%w: block %d: computed hash %s, block has %s (state root %s vs %s, receipts root %s vs %s, gas %d vs %d)",
			ErrBadBlock, want.Number, got.Hash(), block.Hash(), g.Root, want.Root, g.ReceiptHash, want.ReceiptHash, g.GasUsed, want.GasUsed)
	}
	return receipts, nil
}
