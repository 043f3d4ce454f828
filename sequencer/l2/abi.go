package l2

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The module ABIs, extracted from the forge artifacts of
// l1contracts/src/l2/*.sol by scripts/l2abi.sh.
var (
	//go:embed abi/IJobMarket.json
	jobMarketABIJSON []byte
	//go:embed abi/IBridge.json
	bridgeABIJSON []byte
)

// parsedABI parses an embedded ABI; a failure is a build defect, so it panics
// (the tests parse both).
func parsedABI(name string, js []byte) func() *abi.ABI {
	return sync.OnceValue(func() *abi.ABI {
		a, err := abi.JSON(bytes.NewReader(js))
		if err != nil {
			panic(fmt.Sprintf("l2: embedded %s ABI: %v", name, err))
		}
		return &a
	})
}

var (
	jobMarketABI = parsedABI("IJobMarket", jobMarketABIJSON)
	bridgeABI    = parsedABI("IBridge", bridgeABIJSON)
)

// JobMarketABI is the parsed ABI of IJobMarket.sol, shared: do not modify it.
func JobMarketABI() *abi.ABI { return jobMarketABI() }

// BridgeABI is the parsed ABI of IBridge.sol, shared: do not modify it.
func BridgeABI() *abi.ABI { return bridgeABI() }

// JobMarketABIJSON and BridgeABIJSON return copies of the raw ABI JSON (for
// RPC clients and explorers).
func JobMarketABIJSON() []byte { return bytes.Clone(jobMarketABIJSON) }

// BridgeABIJSON returns a copy of the Bridge's raw ABI JSON.
func BridgeABIJSON() []byte { return bytes.Clone(bridgeABIJSON) }

// HwNeeds mirrors IJobMarket.HwNeeds (field names as abigen derives them, so
// the abi package packs and unpacks it).
type HwNeeds struct {
	MinMemoryBytes uint64
	GpuModel       [32]byte
}

// JobStatus mirrors IJobMarket.JobStatus.
type JobStatus uint8

// Job statuses.
const (
	JobNone JobStatus = iota
	JobOpen
	JobAssigned
	JobPosted
	JobCompleted
	JobCancelled
	JobRefunded
)

func (s JobStatus) String() string {
	names := [...]string{"None", "Open", "Assigned", "Posted", "Completed", "Cancelled", "Refunded"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("JobStatus(%d)", uint8(s))
}

// Reason mirrors IJobMarket.Reason: why a job was re-queued or refunded.
type Reason uint8

// Re-queue and refund reasons.
const (
	ReasonNone Reason = iota
	ReasonNoBids
	ReasonDeadlineMissed
	ReasonResultRejected
)

// IgnoreReason mirrors IJobMarket.IgnoreReason: why an L1 result event was
// ignored.
type IgnoreReason uint8

// Ignore reasons.
const (
	IgnoreNone IgnoreReason = iota
	IgnoreUnknownJob
	IgnoreNotAssigned
	IgnoreWrongExecutor
	IgnoreRootsMismatch
	IgnorePostedLate
	IgnoreUnknownResult
)

// Job mirrors IJobMarket.Job (the getJob view).
type Job struct {
	Id                [32]byte
	Submitter         common.Address
	ProgramRoot       [32]byte
	InputRoot         [32]byte
	MaxPrice          *big.Int
	Deadline          uint64
	HwNeeds           HwNeeds
	Status            uint8
	Round             uint32
	SubmittedAt       uint64
	BiddingEnds       uint64
	BidCount          uint32
	Executor          common.Address
	Price             *big.Int
	ExecutionDeadline uint64
	ResultId          *big.Int
	OutputRoot        [32]byte
	PreviousExecutor  common.Address
}

// Bid mirrors IJobMarket.Bid.
type Bid struct {
	Provider common.Address
	Price    *big.Int
	Seq      uint64
}

// Provider mirrors IJobMarket.Provider.
type Provider struct {
	Stake          *big.Int
	WithdrawableAt uint64
	MaxMemoryBytes uint64
	NodeCount      uint32
	Eligible       bool
}

// MarketParams mirrors IJobMarket.Params.
type MarketParams struct {
	BiddingWindow    uint64
	ExecutionWindow  uint64
	MinProviderStake *big.Int
	FeeBps           uint16
	MaxBidsPerJob    uint32
	FeeVault         common.Address
}

// L1Origin is the L1 block an L2 block derives from (IBridge.L1Origin).
type L1Origin struct {
	Number uint64
	Hash   [32]byte
	Time   uint64
}

// JobID is the id of the n-th job (n >= 1): bytes32(uint256(n)).
func JobID(n uint64) common.Hash { return slotN(n) }

// encodeLog builds the log of event name of a with args in the event's input
// order: indexed ones become topics, the rest ABI-encoded data.
func encodeLog(a *abi.ABI, addr common.Address, name string, args ...interface{}) (*types.Log, error) {
	ev, ok := a.Events[name]
	if !ok {
		return nil, fmt.Errorf("l2: undeclared event %s", name)
	}
	if len(args) != len(ev.Inputs) {
		return nil, fmt.Errorf("l2: event %s takes %d arguments, got %d", name, len(ev.Inputs), len(args))
	}
	topics := []common.Hash{ev.ID}
	var data []interface{}
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		t, err := topicOf(args[i])
		if err != nil {
			return nil, fmt.Errorf("l2: event %s topic %s: %w", name, in.Name, err)
		}
		topics = append(topics, t)
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		return nil, fmt.Errorf("l2: encode event %s: %w", name, err)
	}
	return &types.Log{Address: addr, Topics: topics, Data: packed}, nil
}

// topicOf encodes an indexed value type as a topic.
func topicOf(v interface{}) (common.Hash, error) {
	switch v := v.(type) {
	case common.Hash:
		return v, nil
	case [32]byte:
		return v, nil
	case common.Address:
		return addrKey(v), nil
	case *big.Int:
		if v.Sign() < 0 || v.BitLen() > 256 {
			return common.Hash{}, fmt.Errorf("uint256 topic out of range: %s", v)
		}
		return common.BigToHash(v), nil
	case uint64:
		return slotN(v), nil
	default:
		return common.Hash{}, fmt.Errorf("unsupported topic type %T", v)
	}
}
