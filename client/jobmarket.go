package client

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/sequencer/l2"
)

// HwNeeds is IJobMarket.HwNeeds: what a node must have to bid.
type HwNeeds = bindings.IJobMarketHwNeeds

// Job is IJobMarket.Job, as getJob returns it.
type Job = bindings.IJobMarketJob

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

// jobMarket is the JobMarket module's generated binding.
var jobMarket = bindings.NewIJobMarket()

func (c *Client) call(ctx context.Context, data []byte) ([]byte, error) {
	to := l2.JobMarketAddress
	return c.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// JobCount is the number of jobs ever submitted; ids run 1..JobCount.
func (c *Client) JobCount(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, jobMarket.PackJobCount())
	if err != nil {
		return 0, fmt.Errorf("calling JobMarket.jobCount: %w", err)
	}
	n, err := jobMarket.UnpackJobCount(out)
	if err != nil {
		return 0, fmt.Errorf("decoding JobMarket.jobCount: %w", err)
	}
	return n.Uint64(), nil
}

// Job reads job id.
func (c *Client) Job(ctx context.Context, id common.Hash) (Job, error) {
	out, err := c.call(ctx, jobMarket.PackGetJob(id))
	if err != nil {
		return Job{}, fmt.Errorf("calling JobMarket.getJob: %w", err)
	}
	j, err := jobMarket.UnpackGetJob(out)
	if err != nil {
		return Job{}, fmt.Errorf("decoding JobMarket.getJob: %w", err)
	}
	return j, nil
}

// SubmitJob submits a job escrowing maxPrice from key's account and returns
// its id.
func (c *Client) SubmitJob(ctx context.Context, key *ecdsa.PrivateKey, programRoot, inputRoot common.Hash, maxPrice *big.Int, deadline time.Time, needs HwNeeds) (common.Hash, error) {
	data, err := jobMarket.TryPackSubmitJob(programRoot, inputRoot, maxPrice, uint64(deadline.Unix()), needs)
	if err != nil {
		return common.Hash{}, fmt.Errorf("packing submitJob: %w", err)
	}
	r, err := c.Send(ctx, key, l2.JobMarketAddress, data, maxPrice)
	if err != nil {
		return common.Hash{}, fmt.Errorf("submitting the job: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := jobMarket.UnpackJobSubmittedEvent(l); err == nil {
			return ev.JobId, nil
		}
	}
	return common.Hash{}, errors.New("submitJob mined without a JobSubmitted event")
}

// Bid places or replaces key's bid on job id.
func (c *Client) Bid(ctx context.Context, key *ecdsa.PrivateKey, id common.Hash, price *big.Int) error {
	data, err := jobMarket.TryPackBid(id, price)
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
