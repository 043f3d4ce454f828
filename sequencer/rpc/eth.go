package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/store"
)

// EthAPI is the eth_ namespace.
type EthAPI struct {
	s   *sequencer.Service
	cfg Config
}

// invalidParams is a JSON-RPC -32602 error.
type invalidParams struct{ msg string }

func (e *invalidParams) Error() string  { return e.msg }
func (e *invalidParams) ErrorCode() int { return -32602 }

// txRejected is a transaction the sequencer refused: -32000 like geth,
// with geth's messages (the l2 and mempool texts follow them).
type txRejected struct{ err error }

func (e *txRejected) Error() string  { return e.err.Error() }
func (e *txRejected) ErrorCode() int { return -32000 }
func (e *txRejected) Unwrap() error  { return e.err }

// visible hides blocks written but not yet published as the head, so a
// client never sees a receipt before the state it belongs to.
func (api *EthAPI) visible(n uint64) bool { return n <= api.s.Head().Number.Uint64() }

// errHeaderNotFound is geth's answer for an unknown block.
var errHeaderNotFound = errors.New("header not found")

// ChainId returns the L2 chain id.
func (api *EthAPI) ChainId() *hexutil.Big { return (*hexutil.Big)(api.s.ChainID()) }

// BlockNumber returns the head's number.
func (api *EthAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(api.s.Head().Number.Uint64()) }

// Syncing is always false: the sequencer is the chain's source.
func (api *EthAPI) Syncing() bool { return false }

// Accounts is empty: the sequencer holds no user keys.
func (api *EthAPI) Accounts() []common.Address { return []common.Address{} }

// header resolves a block tag, number or hash. "pending", "safe" and
// "finalized" are the head: the sequencer has no separate pending block,
// and batches to L1 are another component's business.
func (api *EthAPI) header(bnh gethrpc.BlockNumberOrHash) (*types.Header, error) {
	if h, ok := bnh.Hash(); ok {
		n, err := api.s.DB().BlockNumber(h)
		if errors.Is(err, store.ErrNotFound) || err == nil && !api.visible(n) {
			return nil, errHeaderNotFound
		}
		if err != nil {
			return nil, err
		}
		return api.s.DB().Header(n)
	}
	n, _ := bnh.Number()
	return api.headerByNumber(n)
}

func (api *EthAPI) headerByNumber(n gethrpc.BlockNumber) (*types.Header, error) {
	head := api.s.Head()
	switch {
	case n == gethrpc.EarliestBlockNumber:
		return api.s.DB().Header(0)
	case n < 0:
		return head, nil
	case uint64(n) > head.Number.Uint64():
		return nil, errHeaderNotFound
	}
	h, err := api.s.DB().Header(uint64(n))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errHeaderNotFound
	}
	return h, err
}

func latest() gethrpc.BlockNumberOrHash {
	return gethrpc.BlockNumberOrHashWithNumber(gethrpc.LatestBlockNumber)
}

func orLatest(b *gethrpc.BlockNumberOrHash) gethrpc.BlockNumberOrHash {
	if b == nil {
		return latest()
	}
	return *b
}

func (api *EthAPI) stateAt(bnh gethrpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	h, err := api.header(bnh)
	if err != nil {
		return nil, nil, err
	}
	st, err := api.s.StateAt(h)
	if err != nil {
		return nil, nil, err
	}
	return st, h, nil
}

// GetBalance returns an account's balance.
func (api *EthAPI) GetBalance(addr common.Address, bnh gethrpc.BlockNumberOrHash) (*hexutil.Big, error) {
	st, _, err := api.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(st.GetBalance(addr).ToBig()), nil
}

// GetTransactionCount returns an account's nonce; "pending" counts its
// executable pooled transactions.
func (api *EthAPI) GetTransactionCount(addr common.Address, bnh gethrpc.BlockNumberOrHash) (*hexutil.Uint64, error) {
	if n, ok := bnh.Number(); ok && n == gethrpc.PendingBlockNumber {
		v := hexutil.Uint64(api.s.PendingNonce(addr))
		return &v, nil
	}
	st, _, err := api.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	v := hexutil.Uint64(st.GetNonce(addr))
	return &v, nil
}

// GetCode returns an account's code: l2.ModuleCode for the native modules,
// so tools treat them as contracts.
func (api *EthAPI) GetCode(addr common.Address, bnh gethrpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := api.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	return st.GetCode(addr), nil
}

// GetStorageAt returns a storage slot (module state follows Solidity's
// layout).
func (api *EthAPI) GetStorageAt(addr common.Address, slot string, bnh gethrpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	key, err := hexutil.Decode(slot)
	if err != nil || len(key) > 32 {
		return nil, &invalidParams{fmt.Sprintf("invalid storage slot %q", slot)}
	}
	st, _, err := api.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	v := st.GetState(addr, common.BytesToHash(key))
	return v[:], nil
}

// SendRawTransaction admits a signed transaction; it answers once the
// transaction is durably logged.
func (api *EthAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	if max := api.s.Processor().Config().MaxTxSize; uint64(len(input)) > max {
		return common.Hash{}, &txRejected{fmt.Errorf("%w: %d bytes, max %d", l2.ErrOversized, len(input), max)}
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, &invalidParams{fmt.Sprintf("invalid transaction encoding: %v", err)}
	}
	if err := api.s.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, &txRejected{err}
	}
	return tx.Hash(), nil
}

// TransactionArgs are eth_call and eth_estimateGas arguments. Gas and
// prices are accepted and ignored: gas is the schedule's figure.
type TransactionArgs struct {
	From                 *common.Address `json:"from"`
	To                   *common.Address `json:"to"`
	Gas                  *hexutil.Uint64 `json:"gas"`
	GasPrice             *hexutil.Big    `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big    `json:"value"`
	Nonce                *hexutil.Uint64 `json:"nonce"`
	Data                 *hexutil.Bytes  `json:"data"`
	Input                *hexutil.Bytes  `json:"input"`
	ChainID              *hexutil.Big    `json:"chainId"`
}

func (a *TransactionArgs) message() (l2.Message, error) {
	var m l2.Message
	if a.From != nil {
		m.From = *a.From
	}
	m.To = a.To
	if a.Value != nil {
		m.Value = a.Value.ToInt()
	}
	switch {
	case a.Data != nil && a.Input != nil && !slices.Equal(*a.Data, *a.Input):
		return m, &invalidParams{`both "data" and "input" are set and differ`}
	case a.Input != nil:
		m.Data = *a.Input
	case a.Data != nil:
		m.Data = *a.Data
	}
	return m, nil
}

// callEnv is the state and header a call runs against: for the head, the
// next block (number + 1, time now), where a transaction sent now lands.
func (api *EthAPI) callEnv(bnh *gethrpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	b := orLatest(bnh)
	st, h, err := api.stateAt(b)
	if err != nil {
		return nil, nil, err
	}
	if h.Hash() == api.s.Head().Hash() {
		h = types.CopyHeader(h)
		h.Number = new(big.Int).Add(h.Number, common.Big1)
		h.Time = max(h.Time, uint64(time.Now().Unix()))
	}
	return st, h, nil
}

func noOverrides(p *json.RawMessage) error {
	if p == nil {
		return nil
	}
	if o := *p; len(o) == 0 || string(o) == "null" || string(o) == "{}" {
		return nil
	}
	return &invalidParams{"state overrides are not supported"}
}

// Call runs a module call (views included) without a transaction.
func (api *EthAPI) Call(args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides *json.RawMessage) (hexutil.Bytes, error) {
	if err := noOverrides(overrides); err != nil {
		return nil, err
	}
	msg, err := args.message()
	if err != nil {
		return nil, err
	}
	st, h, err := api.callEnv(bnh)
	if err != nil {
		return nil, err
	}
	out, err := api.s.Processor().Call(st, h, msg)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EstimateGas returns the schedule's gas of the call, or why it fails.
func (api *EthAPI) EstimateGas(args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides *json.RawMessage) (hexutil.Uint64, error) {
	if err := noOverrides(overrides); err != nil {
		return 0, err
	}
	msg, err := args.message()
	if err != nil {
		return 0, err
	}
	st, h, err := api.callEnv(bnh)
	if err != nil {
		return 0, err
	}
	g, err := api.s.Processor().EstimateGas(st, h, msg)
	return hexutil.Uint64(g), err
}

// tip is the suggested priority fee: the pool's minimum.
func (api *EthAPI) tip() *big.Int { return api.s.MinTip() }

// GasPrice is the base fee plus the suggested tip.
func (api *EthAPI) GasPrice() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).Add(api.s.Processor().BaseFee(), api.tip()))
}

// MaxPriorityFeePerGas is the suggested tip.
func (api *EthAPI) MaxPriorityFeePerGas() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).Set(api.tip()))
}

type feeHistory struct {
	OldestBlock  *hexutil.Big     `json:"oldestBlock"`
	Reward       [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee      []*hexutil.Big   `json:"baseFeePerGas"`
	GasUsedRatio []float64        `json:"gasUsedRatio"`
}

// FeeHistory reports fees of recent blocks as EIP-1559 tools expect: the
// base fee is fixed; rewards are the gas-weighted tip percentiles.
func (api *EthAPI) FeeHistory(ctx context.Context, count math.HexOrDecimal64, last gethrpc.BlockNumber, percentiles []float64) (*feeHistory, error) {
	if count == 0 {
		return &feeHistory{OldestBlock: (*hexutil.Big)(new(big.Int)), BaseFee: []*hexutil.Big{}, GasUsedRatio: []float64{}}, nil
	}
	count = min(count, 1024)
	if len(percentiles) > 100 {
		return nil, &invalidParams{"at most 100 reward percentiles"}
	}
	for i, p := range percentiles {
		if p < 0 || p > 100 || (i > 0 && p < percentiles[i-1]) {
			return nil, &invalidParams{fmt.Sprintf("invalid reward percentile %v", p)}
		}
	}
	lastH, err := api.headerByNumber(last)
	if err != nil {
		return nil, err
	}
	lastN := lastH.Number.Uint64()
	oldest := uint64(0)
	if lastN+1 > uint64(count) {
		oldest = lastN + 1 - uint64(count)
	}
	base := (*hexutil.Big)(api.s.Processor().BaseFee())
	out := &feeHistory{OldestBlock: (*hexutil.Big)(new(big.Int).SetUint64(oldest))}
	for n := oldest; n <= lastN; n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h, err := api.s.DB().Header(n)
		if err != nil {
			return nil, err
		}
		out.BaseFee = append(out.BaseFee, base)
		out.GasUsedRatio = append(out.GasUsedRatio, float64(h.GasUsed)/float64(h.GasLimit))
		if len(percentiles) > 0 {
			r, err := api.rewards(h, percentiles)
			if err != nil {
				return nil, err
			}
			out.Reward = append(out.Reward, r)
		}
	}
	out.BaseFee = append(out.BaseFee, base) // the next block's
	return out, nil
}

func (api *EthAPI) rewards(h *types.Header, percentiles []float64) ([]*hexutil.Big, error) {
	out := make([]*hexutil.Big, len(percentiles))
	for i := range out {
		out[i] = (*hexutil.Big)(new(big.Int))
	}
	if h.GasUsed == 0 {
		return out, nil
	}
	block, err := api.s.DB().Block(h.Number.Uint64())
	if err != nil {
		return nil, err
	}
	receipts, err := api.s.DB().Receipts(block)
	if err != nil {
		return nil, err
	}
	type gt struct {
		gas uint64
		tip *big.Int
	}
	var txs []gt
	for _, r := range receipts {
		if r.GasUsed == 0 {
			continue
		}
		txs = append(txs, gt{r.GasUsed, new(big.Int).Sub(r.EffectiveGasPrice, h.BaseFee)})
	}
	slices.SortStableFunc(txs, func(a, b gt) int { return a.tip.Cmp(b.tip) })
	var i int
	sum := txs[0].gas
	for j, p := range percentiles {
		threshold := uint64(float64(h.GasUsed) * p / 100)
		for sum < threshold && i < len(txs)-1 {
			i++
			sum += txs[i].gas
		}
		out[j] = (*hexutil.Big)(txs[i].tip)
	}
	return out, nil
}

// GetBlockByNumber returns a block (null if unknown).
func (api *EthAPI) GetBlockByNumber(n gethrpc.BlockNumber, fullTx bool) (map[string]any, error) {
	h, err := api.headerByNumber(n)
	if errors.Is(err, errHeaderNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return api.blockJSON(h.Number.Uint64(), fullTx)
}

// GetBlockByHash returns a block (null if unknown).
func (api *EthAPI) GetBlockByHash(hash common.Hash, fullTx bool) (map[string]any, error) {
	n, err := api.s.DB().BlockNumber(hash)
	if errors.Is(err, store.ErrNotFound) || err == nil && !api.visible(n) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return api.blockJSON(n, fullTx)
}

// GetBlockTransactionCountByNumber returns the number of transactions in a
// block.
func (api *EthAPI) GetBlockTransactionCountByNumber(n gethrpc.BlockNumber) (*hexutil.Uint, error) {
	h, err := api.headerByNumber(n)
	if errors.Is(err, errHeaderNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	b, err := api.s.DB().Block(h.Number.Uint64())
	if err != nil {
		return nil, err
	}
	c := hexutil.Uint(len(b.Transactions()))
	return &c, nil
}

func (api *EthAPI) blockJSON(n uint64, fullTx bool) (map[string]any, error) {
	b, err := api.s.DB().Block(n)
	if err != nil {
		return nil, err
	}
	return marshalBlock(b, fullTx, api.s.Processor().Signer()), nil
}

// GetTransactionByHash returns a transaction from a block or the pool
// (null if unknown).
func (api *EthAPI) GetTransactionByHash(hash common.Hash) (map[string]any, error) {
	n, i, err := api.s.DB().TxLookup(hash)
	if errors.Is(err, store.ErrNotFound) || err == nil && !api.visible(n) {
		if tx := api.s.PoolTx(hash); tx != nil {
			return marshalTx(tx, nil, 0, api.s.Processor().Signer()), nil
		}
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	b, err := api.s.DB().Block(n)
	if err != nil {
		return nil, err
	}
	return marshalTx(b.Transactions()[i], b, i, api.s.Processor().Signer()), nil
}

// GetTransactionReceipt returns the receipt of an included transaction
// (null if not included).
func (api *EthAPI) GetTransactionReceipt(hash common.Hash) (map[string]any, error) {
	n, i, err := api.s.DB().TxLookup(hash)
	if errors.Is(err, store.ErrNotFound) || err == nil && !api.visible(n) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	b, err := api.s.DB().Block(n)
	if err != nil {
		return nil, err
	}
	rs, err := api.s.DB().Receipts(b)
	if err != nil {
		return nil, err
	}
	if i >= len(rs) {
		return nil, fmt.Errorf("transaction %s: index %d beyond the %d receipts of block %d", hash, i, len(rs), n)
	}
	return marshalReceipt(rs[i], b.Transactions()[i], api.s.Processor().Signer()), nil
}

// NewHeads streams new block headers.
func (api *EthAPI) NewHeads(ctx context.Context) (*gethrpc.Subscription, error) {
	return api.subscribe(ctx, func(ev sequencer.BlockEvent) []any {
		return []any{marshalHeader(ev.Block.Header())}
	})
}

// Logs streams the logs of new blocks that match crit (its block range is
// ignored).
func (api *EthAPI) Logs(ctx context.Context, crit FilterCriteria) (*gethrpc.Subscription, error) {
	return api.subscribe(ctx, func(ev sequencer.BlockEvent) []any {
		var out []any
		for _, r := range ev.Receipts {
			for _, l := range r.Logs {
				if crit.matches(l) {
					out = append(out, l)
				}
			}
		}
		return out
	})
}

func (api *EthAPI) subscribe(ctx context.Context, items func(sequencer.BlockEvent) []any) (*gethrpc.Subscription, error) {
	n, ok := gethrpc.NotifierFromContext(ctx)
	if !ok {
		return nil, gethrpc.ErrNotificationsUnsupported
	}
	sub := n.CreateSubscription()
	events, cancel := api.s.SubscribeBlocks(256)
	go func() {
		defer cancel()
		for {
			select {
			case ev, ok := <-events:
				if !ok {
					return // fell behind: the client sees no more notifications
				}
				for _, it := range items(ev) {
					if err := n.Notify(sub.ID, it); err != nil {
						return
					}
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// GetLogs returns the logs matching crit.
func (api *EthAPI) GetLogs(ctx context.Context, crit FilterCriteria) ([]*types.Log, error) {
	var from, to uint64
	if crit.BlockHash != nil {
		n, err := api.s.DB().BlockNumber(*crit.BlockHash)
		if errors.Is(err, store.ErrNotFound) || err == nil && !api.visible(n) {
			return nil, errors.New("unknown block")
		}
		if err != nil {
			return nil, err
		}
		from, to = n, n
	} else {
		head := api.s.Head().Number.Uint64()
		resolve := func(b *gethrpc.BlockNumber) (uint64, error) {
			switch {
			case b == nil || *b < 0 && *b != gethrpc.EarliestBlockNumber:
				return head, nil
			case *b == gethrpc.EarliestBlockNumber:
				return 0, nil
			}
			return uint64(*b), nil
		}
		var err error
		if from, err = resolve(crit.FromBlock); err != nil {
			return nil, err
		}
		if to, err = resolve(crit.ToBlock); err != nil {
			return nil, err
		}
		if from > to {
			return nil, &invalidParams{"invalid block range params"}
		}
		to = min(to, head)
		if from > to {
			return []*types.Log{}, nil
		}
	}
	var topics []common.Hash
	for _, pos := range crit.Topics {
		if len(pos) > 0 {
			topics = pos
			break
		}
	}
	blocks, all, err := api.s.DB().LogBlocks(ctx, crit.Addresses, topics, from, to)
	if err != nil {
		return nil, err
	}
	if all {
		if to-from >= api.cfg.MaxLogBlocks {
			return nil, &invalidParams{fmt.Sprintf("block range of %d exceeds %d without an address or topic", to-from+1, api.cfg.MaxLogBlocks)}
		}
		for n := from; n <= to; n++ {
			blocks = append(blocks, n)
		}
	}
	out := []*types.Log{}
	for _, n := range blocks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h, err := api.s.DB().Header(n)
		if err != nil {
			return nil, err
		}
		if !crit.mayMatch(h.Bloom) {
			continue
		}
		b, err := api.s.DB().Block(n)
		if err != nil {
			return nil, err
		}
		rs, err := api.s.DB().Receipts(b)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			for _, l := range r.Logs {
				if crit.matches(l) {
					out = append(out, l)
					if len(out) > api.cfg.MaxLogs {
						return nil, fmt.Errorf("query returned more than %d results", api.cfg.MaxLogs)
					}
				}
			}
		}
	}
	return out, nil
}

// NetAPI is the net_ namespace.
type NetAPI struct{ s *sequencer.Service }

// Version is the chain id in decimal.
func (api *NetAPI) Version() string { return api.s.ChainID().String() }

// Listening is true.
func (api *NetAPI) Listening() bool { return true }

// PeerCount is 0: the sequencer has no peers.
func (api *NetAPI) PeerCount() hexutil.Uint { return 0 }

// Web3API is the web3_ namespace.
type Web3API struct{ version string }

// ClientVersion names the software.
func (api *Web3API) ClientVersion() string { return api.version }

// Sha3 is keccak256.
func (api *Web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }
