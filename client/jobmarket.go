package client

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// HwNeeds is IJobMarket.HwNeeds: what a node must have to bid.
type HwNeeds struct {
	MinMemoryBytes uint64
	GpuModel       [32]byte
}

// Job is IJobMarket.Job, as getJob returns it.
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

// Job statuses (IJobMarket.JobStatus).
const (
	JobOpen      = 1
	JobAssigned  = 2
	JobPosted    = 3
	JobCompleted = 4
	JobCancelled = 5
	JobRefunded  = 6
)

// JobID is the id of the n-th job (bytes32(n)).
func JobID(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(n)) }

func (c *Client) view(ctx context.Context, method string, out any, args ...any) (err error) {
	a := l2.JobMarketABI()
	data, err := a.Pack(method, args...)
	if err != nil {
		return fmt.Errorf("packing %s: %w", method, err)
	}
	to := l2.JobMarketAddress
	res, err := c.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return fmt.Errorf("calling JobMarket.%s: %w", method, err)
	}
	vals, err := a.Unpack(method, res)
	if err != nil || len(vals) != 1 {
		return fmt.Errorf("decoding JobMarket.%s: %v", method, err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decoding JobMarket.%s: %v", method, r)
		}
	}()
	abi.ConvertType(vals[0], out)
	return nil
}

// JobCount is the number of jobs ever submitted; ids run 1..JobCount.
func (c *Client) JobCount(ctx context.Context) (uint64, error) {
	var n *big.Int
	if err := c.view(ctx, "jobCount", &n); err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Job reads job id.
func (c *Client) Job(ctx context.Context, id common.Hash) (Job, error) {
	var j Job
	err := c.view(ctx, "getJob", &j, [32]byte(id))
	return j, err
}

// SubmitJob submits a job escrowing maxPrice from key's account and returns
// its id.
func (c *Client) SubmitJob(ctx context.Context, key *ecdsa.PrivateKey, programRoot, inputRoot common.Hash, maxPrice *big.Int, deadline time.Time, needs HwNeeds) (common.Hash, error) {
	data, err := l2.JobMarketABI().Pack("submitJob", [32]byte(programRoot), [32]byte(inputRoot), maxPrice, uint64(deadline.Unix()), needs)
	if err != nil {
		return common.Hash{}, fmt.Errorf("packing submitJob: %w", err)
	}
	r, err := c.Send(ctx, key, l2.JobMarketAddress, data, maxPrice)
	if err != nil {
		return common.Hash{}, fmt.Errorf("submitting the job: %w", err)
	}
	ev := l2.JobMarketABI().Events["JobSubmitted"]
	for _, l := range r.Logs {
		if len(l.Topics) > 1 && l.Topics[0] == ev.ID {
			return l.Topics[1], nil
		}
	}
	return common.Hash{}, errors.New("submitJob mined without a JobSubmitted event")
}

// Bid places or replaces key's bid on job id.
func (c *Client) Bid(ctx context.Context, key *ecdsa.PrivateKey, id common.Hash, price *big.Int) error {
	data, err := l2.JobMarketABI().Pack("bid", [32]byte(id), price)
	if err != nil {
		return fmt.Errorf("packing bid: %w", err)
	}
	if _, err := c.Send(ctx, key, l2.JobMarketAddress, data, nil); err != nil {
		return fmt.Errorf("bidding on job %s: %w", id, err)
	}
	return nil
}

// Transfer sends amount credits from key's account to `to`.
func (c *Client) Transfer(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, key, to, nil, amount)
}

// Send signs an EIP-1559 transaction from key to `to`, sends it, and waits
// for its receipt; a failed (status 0) transaction is an error returned with
// its receipt.
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	chainID, err := c.eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the chain id: %w", err)
	}
	nonce, err := c.eth.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("reading the nonce of %s: %w", from, err)
	}
	gas, err := c.eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("estimating gas: %w", err)
	}
	tip, err := c.eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the tip: %w", err)
	}
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	if err := c.eth.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("sending %s: %w", tx.Hash(), err)
	}
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("transaction %s failed", tx.Hash())
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}
