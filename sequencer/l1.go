package sequencer

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// L1Block is an L1 block as the sequencer sees it: the origin fields and
// the parent hash, to detect reorgs below the confirmation depth.
type L1Block struct {
	Origin     l2.L1Origin
	ParentHash common.Hash
}

// L1Source is where the sequencer reads L1: how far it may go, blocks by
// number and the logs the derivation needs.
type L1Source interface {
	// SafeHead is the number of the newest L1 block deep enough to serve
	// as an L1 origin (the confirmation depth is the source's business).
	SafeHead(ctx context.Context) (uint64, error)
	// Block returns L1 block n.
	Block(ctx context.Context, n uint64) (L1Block, error)
	// Logs returns the logs of block b the derivation reads (those of
	// l2.Processor.L1LogFilter; others are skipped anyway).
	Logs(ctx context.Context, b L1Block) ([]types.Log, error)
}

// EthClient is what EthL1 needs of an L1 client (*ethclient.Client, or
// the simulated backend's client in tests).
type EthClient interface {
	ethereum.BlockNumberReader
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

var _ EthClient = (*ethclient.Client)(nil)

// EthL1 reads L1 through a JSON-RPC endpoint.
type EthL1 struct {
	client        EthClient
	confirmations uint64
	addresses     []common.Address
	topic0        []common.Hash
}

// NewEthL1 reads L1 through client, treating blocks confirmations deep as
// safe, and fetching the logs proc derives from.
func NewEthL1(client EthClient, proc *l2.Processor, confirmations uint64) *EthL1 {
	addrs, topics := proc.L1LogFilter()
	return &EthL1{client: client, confirmations: confirmations, addresses: addrs, topic0: topics}
}

// SafeHead implements L1Source.
func (e *EthL1) SafeHead(ctx context.Context) (uint64, error) {
	n, err := e.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("L1 block number: %w", err)
	}
	if n < e.confirmations {
		return 0, nil
	}
	return n - e.confirmations, nil
}

// Block implements L1Source.
func (e *EthL1) Block(ctx context.Context, n uint64) (L1Block, error) {
	h, err := e.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return L1Block{}, fmt.Errorf("L1 header %d: %w", n, err)
	}
	return L1Block{Origin: l2.L1Origin{Number: n, Hash: h.Hash(), Time: h.Time}, ParentHash: h.ParentHash}, nil
}

// Logs implements L1Source.
func (e *EthL1) Logs(ctx context.Context, b L1Block) ([]types.Log, error) {
	h := common.Hash(b.Origin.Hash)
	logs, err := e.client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h, Addresses: e.addresses, Topics: [][]common.Hash{e.topic0}})
	if err != nil {
		return nil, fmt.Errorf("L1 logs of block %d %s: %w", b.Origin.Number, h, err)
	}
	return logs, nil
}

// StaticL1 is an in-memory L1 for tests and devnets: blocks are mined on
// demand with the logs given. It is safe for concurrent use.
type StaticL1 struct {
	mu     sync.Mutex
	blocks []L1Block
	logs   map[common.Hash][]types.Log
}

// NewStaticL1 starts an L1 whose first block is genesis (the L2 genesis's
// L1 origin).
func NewStaticL1(genesis l2.L1Origin) *StaticL1 {
	return &StaticL1{blocks: []L1Block{{Origin: genesis}}, logs: make(map[common.Hash][]types.Log)}
}

// StaticGenesis returns an L1 origin for a StaticL1 genesis at number n and
// time t, with a hash derived from both.
func StaticGenesis(n, t uint64) l2.L1Origin {
	return l2.L1Origin{Number: n, Time: t, Hash: crypto.Keccak256Hash([]byte("crux static L1"), new(big.Int).SetUint64(n).Bytes(), new(big.Int).SetUint64(t).Bytes())}
}

// Mine appends a block at time t (raised to one second after the previous
// block if needed) holding logs, whose block fields and indexes it sets.
func (s *StaticL1) Mine(t uint64, logs ...types.Log) L1Block {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev := s.blocks[len(s.blocks)-1]
	if t <= prev.Origin.Time {
		t = prev.Origin.Time + 1
	}
	n := prev.Origin.Number + 1
	hash := crypto.Keccak256Hash(prev.Origin.Hash[:], new(big.Int).SetUint64(n).Bytes(), new(big.Int).SetUint64(t).Bytes())
	b := L1Block{Origin: l2.L1Origin{Number: n, Hash: hash, Time: t}, ParentHash: prev.Origin.Hash}
	out := make([]types.Log, len(logs))
	for i, l := range logs {
		l.BlockNumber, l.BlockHash, l.Index, l.TxIndex = n, hash, uint(i), 0
		out[i] = l
	}
	s.blocks = append(s.blocks, b)
	s.logs[hash] = out
	return b
}

// SafeHead implements L1Source.
func (s *StaticL1) SafeHead(context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.blocks[len(s.blocks)-1].Origin.Number, nil
}

// Block implements L1Source.
func (s *StaticL1) Block(_ context.Context, n uint64) (L1Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := s.blocks[0].Origin.Number
	if n < first || n-first >= uint64(len(s.blocks)) {
		return L1Block{}, fmt.Errorf("static L1: no block %d", n)
	}
	return s.blocks[n-first], nil
}

// Logs implements L1Source.
func (s *StaticL1) Logs(_ context.Context, b L1Block) ([]types.Log, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]types.Log(nil), s.logs[b.Origin.Hash]...), nil
}
