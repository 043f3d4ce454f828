package rpc

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// maxTopics is the number of topic positions a log can have.
const maxTopics = 4

// FilterCriteria is the eth_getLogs / eth_subscribe("logs") filter.
type FilterCriteria struct {
	BlockHash *common.Hash
	FromBlock *gethrpc.BlockNumber
	ToBlock   *gethrpc.BlockNumber
	Addresses []common.Address
	// Topics[i] lists the accepted values at position i; empty: any.
	Topics [][]common.Hash
}

// UnmarshalJSON decodes the standard filter object: address is one
// address or a list; each topic is null, a hash or a list of hashes.
func (f *FilterCriteria) UnmarshalJSON(data []byte) error {
	var raw struct {
		BlockHash *common.Hash         `json:"blockHash"`
		FromBlock *gethrpc.BlockNumber `json:"fromBlock"`
		ToBlock   *gethrpc.BlockNumber `json:"toBlock"`
		Address   json.RawMessage      `json:"address"`
		Topics    []json.RawMessage    `json:"topics"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if raw.BlockHash != nil && (raw.FromBlock != nil || raw.ToBlock != nil) {
		return errors.New("filter: blockHash excludes fromBlock and toBlock")
	}
	*f = FilterCriteria{BlockHash: raw.BlockHash, FromBlock: raw.FromBlock, ToBlock: raw.ToBlock}
	var err error
	if f.Addresses, err = oneOrMany[common.Address](raw.Address); err != nil {
		return fmt.Errorf("filter address: %w", err)
	}
	if len(raw.Topics) > maxTopics {
		return fmt.Errorf("filter: %d topic positions, at most %d", len(raw.Topics), maxTopics)
	}
	for i, t := range raw.Topics {
		hs, err := oneOrMany[common.Hash](t)
		if err != nil {
			return fmt.Errorf("filter topic %d: %w", i, err)
		}
		f.Topics = append(f.Topics, hs)
	}
	return nil
}

// oneOrMany decodes null, a single value or a list of values.
func oneOrMany[T any](raw json.RawMessage) ([]T, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var one T
	if err := json.Unmarshal(raw, &one); err == nil {
		return []T{one}, nil
	}
	var many []T
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, err
	}
	return many, nil
}

// matches applies the address and topic criteria.
func (f *FilterCriteria) matches(l *types.Log) bool {
	if len(f.Addresses) > 0 && !slices.Contains(f.Addresses, l.Address) {
		return false
	}
	for i, want := range f.Topics {
		if len(want) == 0 {
			continue
		}
		if i >= len(l.Topics) || !slices.Contains(want, l.Topics[i]) {
			return false
		}
	}
	return true
}

// mayMatch checks a block's bloom: false means no log of the block matches.
func (f *FilterCriteria) mayMatch(bloom types.Bloom) bool {
	if len(f.Addresses) > 0 && !slices.ContainsFunc(f.Addresses, func(a common.Address) bool { return bloom.Test(a[:]) }) {
		return false
	}
	for _, want := range f.Topics {
		if len(want) > 0 && !slices.ContainsFunc(want, func(t common.Hash) bool { return bloom.Test(t[:]) }) {
			return false
		}
	}
	return true
}
