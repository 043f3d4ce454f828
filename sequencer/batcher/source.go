package batcher

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
)

// L2Source is the sequencer's chain as the batcher and proposer read it.
type L2Source interface {
	// Head is the newest durable block.
	Head() *types.Header
	// Block returns durable block n.
	Block(n uint64) (*types.Block, error)
	// WithdrawalsRoot is the withdrawals root in the state after h.
	WithdrawalsRoot(h *types.Header) (common.Hash, error)
}

// ServiceSource reads a running sequencer service.
func ServiceSource(s *sequencer.Service) L2Source { return serviceSource{s} }

type serviceSource struct{ s *sequencer.Service }

func (s serviceSource) Head() *types.Header                  { return s.s.Head() }
func (s serviceSource) Block(n uint64) (*types.Block, error) { return s.s.DB().Block(n) }

func (s serviceSource) WithdrawalsRoot(h *types.Header) (common.Hash, error) {
	st, err := s.s.StateAt(h)
	if err != nil {
		return common.Hash{}, err
	}
	return l2.WithdrawalsRoot(st), nil
}
