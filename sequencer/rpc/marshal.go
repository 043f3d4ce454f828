package rpc

import (
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// The JSON shapes of geth's eth_ API, which tools expect field for field.

func marshalHeader(h *types.Header) map[string]any {
	m := map[string]any{
		"number":           (*hexutil.Big)(h.Number),
		"hash":             h.Hash(),
		"parentHash":       h.ParentHash,
		"nonce":            h.Nonce,
		"mixHash":          h.MixDigest,
		"sha3Uncles":       h.UncleHash,
		"logsBloom":        h.Bloom,
		"stateRoot":        h.Root,
		"miner":            h.Coinbase,
		"difficulty":       (*hexutil.Big)(h.Difficulty),
		"extraData":        hexutil.Bytes(h.Extra),
		"gasLimit":         hexutil.Uint64(h.GasLimit),
		"gasUsed":          hexutil.Uint64(h.GasUsed),
		"timestamp":        hexutil.Uint64(h.Time),
		"transactionsRoot": h.TxHash,
		"receiptsRoot":     h.ReceiptHash,
	}
	if h.BaseFee != nil {
		m["baseFeePerGas"] = (*hexutil.Big)(h.BaseFee)
	}
	return m
}

func marshalBlock(b *types.Block, fullTx bool, signer types.Signer) map[string]any {
	m := marshalHeader(b.Header())
	m["size"] = hexutil.Uint64(b.Size())
	m["uncles"] = []common.Hash{}
	m["totalDifficulty"] = (*hexutil.Big)(new(big.Int))
	txs := make([]any, len(b.Transactions()))
	for i, tx := range b.Transactions() {
		if fullTx {
			txs[i] = marshalTx(tx, b, i, signer)
		} else {
			txs[i] = tx.Hash()
		}
	}
	m["transactions"] = txs
	return m
}

// marshalTx is the transaction's own JSON plus its position and sender;
// block is nil for a pooled transaction.
func marshalTx(tx *types.Transaction, block *types.Block, index int, signer types.Signer) map[string]any {
	m := map[string]any{}
	if raw, err := tx.MarshalJSON(); err == nil {
		_ = json.Unmarshal(raw, &m)
	}
	from, _ := types.Sender(signer, tx)
	m["from"] = from
	m["blockHash"], m["blockNumber"], m["transactionIndex"] = nil, nil, nil
	price := tx.GasPrice()
	if block != nil {
		m["blockHash"] = block.Hash()
		m["blockNumber"] = (*hexutil.Big)(block.Number())
		m["transactionIndex"] = hexutil.Uint64(index)
		if tx.Type() == types.DynamicFeeTxType && block.BaseFee() != nil {
			price = new(big.Int).Add(block.BaseFee(), tx.EffectiveGasTipValue(block.BaseFee()))
		}
	}
	if tx.Type() == types.DepositTxType {
		price = new(big.Int)
		// Zeros, not nulls, as op-geth answers: ethers v6 fails to parse a
		// block with full transactions (and tx.wait() scanning one) otherwise.
		zero := (*hexutil.Big)(new(big.Int))
		m["nonce"], m["v"], m["r"], m["s"] = hexutil.Uint64(0), zero, zero, zero
	}
	m["gasPrice"] = (*hexutil.Big)(price)
	return m
}

func marshalReceipt(r *types.Receipt, tx *types.Transaction, signer types.Signer) map[string]any {
	from, _ := types.Sender(signer, tx)
	logs := r.Logs
	if logs == nil {
		logs = []*types.Log{}
	}
	price := r.EffectiveGasPrice
	if price == nil {
		price = new(big.Int)
	}
	return map[string]any{
		"blockHash":         r.BlockHash,
		"blockNumber":       (*hexutil.Big)(r.BlockNumber),
		"transactionHash":   r.TxHash,
		"transactionIndex":  hexutil.Uint64(r.TransactionIndex),
		"from":              from,
		"to":                tx.To(),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"cumulativeGasUsed": hexutil.Uint64(r.CumulativeGasUsed),
		"contractAddress":   nil,
		"logs":              logs,
		"logsBloom":         r.Bloom,
		"type":              hexutil.Uint(tx.Type()),
		"effectiveGasPrice": (*hexutil.Big)(price),
		"status":            hexutil.Uint(r.Status),
	}
}
