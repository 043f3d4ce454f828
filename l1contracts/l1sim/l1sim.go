// Package l1sim runs an in-process L1 for tests and the devnet: go-ethereum's
// simulated backend (a real EVM) with funded development accounts, optional
// mining on a timer, and a receipt wait that does not poll once a second.
//
// The development keys are derived from a public string. They exist to make
// tests and the devnet reproducible and must never hold value anywhere else.
package l1sim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID returns the simulated backend's chain id.
func ChainID() *big.Int { return new(big.Int).Set(params.AllDevChainProtocolChanges.ChainID) }

// Config tunes New. The zero value gives 10 accounts of 10,000 ETH each.
type Config struct {
	Accounts  int      // funded development accounts (default 10)
	Balance   *big.Int // wei per account (default 10,000 ETH)
	GasLimit  uint64   // block gas limit (default 60,000,000)
	MineEvery time.Duration
}

// Chain is a running simulated L1.
type Chain struct {
	backend *simulated.Backend
	client  simulated.Client
	keys    []*ecdsa.PrivateKey

	mu   sync.Mutex // serialises Commit with the miner goroutine
	stop chan struct{}
	done chan struct{}
}

// DevKey returns development key i: the first valid secp256k1 scalar among
// keccak256("crux devnet key i/salt") for salt = 0, 1, ...
func DevKey(i int) *ecdsa.PrivateKey {
	for salt := 0; ; salt++ {
		seed := crypto.Keccak256([]byte(fmt.Sprintf("crux devnet key %d/%d", i, salt)))
		if k, err := crypto.ToECDSA(seed); err == nil {
			return k
		}
	}
}

// New starts a simulated L1. With MineEvery set, a block is mined on that
// period until Close; otherwise the caller mines with Commit.
func New(cfg Config) *Chain {
	if cfg.Accounts <= 0 {
		cfg.Accounts = 10
	}
	if cfg.Balance == nil {
		cfg.Balance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 60_000_000
	}
	c := &Chain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < cfg.Accounts; i++ {
		k := DevKey(i)
		c.keys = append(c.keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	c.backend = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(cfg.GasLimit), simulated.WithCallGasLimit(cfg.GasLimit), fastRecommit)
	c.client = c.backend.Client()
	if cfg.MineEvery > 0 {
		c.stop, c.done = make(chan struct{}), make(chan struct{})
		go c.mine(cfg.MineEvery)
	}
	return c
}

// fastRecommit works around a missed wakeup in go-ethereum's simulated
// beacon: Commit waits (Payload.WaitFull, a bare sync.Cond.Wait) for a
// broadcast that the payload builder sends after each build, and if the
// first build finishes before Commit starts waiting (a busy machine), the
// default 2 s recommit ends the builder before it broadcasts again, and
// Commit waits forever. Rebuilding every 25 ms keeps broadcasting until
// Commit has its block; the builder stops as soon as the block is taken.
func fastRecommit(_ *node.Config, ec *ethconfig.Config) { ec.Miner.Recommit = 25 * time.Millisecond }

func (c *Chain) mine(every time.Duration) {
	defer close(c.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.Commit()
		}
	}
}

// Client is the chain's RPC client (ethclient-compatible).
func (c *Chain) Client() simulated.Client { return c.client }

// Backend exposes the simulated backend (Fork, Rollback, AdjustTime).
func (c *Chain) Backend() *simulated.Backend { return c.backend }

// Key returns development key i.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.keys[i] }

// Address returns the address of development account i.
func (c *Chain) Address(i int) common.Address { return crypto.PubkeyToAddress(c.keys[i].PublicKey) }

// Transactor returns transaction options signing with development key i.
func (c *Chain) Transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[i], ChainID())
}

// Commit mines a block with the pending transactions.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// AdjustTime moves the clock of the next block forward and mines it. The
// simulated backend refuses while its pool holds transactions; the pool
// drops mined ones asynchronously after a block, so a refusal is retried
// briefly (mining what is really pending) before it is an error.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	for try := 0; try < 50; try++ {
		if err = c.backend.AdjustTime(d); err == nil {
			c.backend.Commit()
			return nil
		}
		time.Sleep(10 * time.Millisecond)
		if try%10 == 9 {
			c.backend.Commit() // the pool really holds something: mine it first
		}
	}
	return fmt.Errorf("adjusting L1 time: %w", err)
}

// WaitMined waits for a transaction's receipt, checking every 5 ms (the
// bindings' own wait polls once a second). Without a miner running, the
// caller must Commit.
func (c *Chain) WaitMined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}

// Wait is a deploy.Waiter-shaped receipt wait: without a miner running it
// mines a block first, so a caller can send, wait and go on.
func (c *Chain) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if c.stop == nil {
		c.Commit()
	}
	return c.WaitMined(ctx, tx)
}

// Mine commits a block and returns the transaction's receipt, failing if the
// transaction reverted: for tests that drive the chain by hand.
func (c *Chain) Mine(ctx context.Context, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	c.Commit()
	r, err := c.WaitMined(ctx, tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted")
	}
	return r, nil
}

// Reorg replaces every block after block n with a longer branch of empty
// blocks, dropping their transactions (they do not come back from the
// pool): an L1 reorganisation, for tests. A running miner waits meanwhile.
func (c *Chain) Reorg(ctx context.Context, n uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if n >= head {
		return fmt.Errorf("reorg to block %d: the head is %d", n, head)
	}
	parent, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return err
	}
	if err := c.backend.Fork(parent.Hash()); err != nil {
		return fmt.Errorf("forking at block %d: %w", n, err)
	}
	// The pool takes the dropped blocks' transactions back asynchronously;
	// wait for them, then discard them.
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if p, _ := c.client.PendingTransactionCount(ctx); p > 0 {
			break
		}
	}
	c.backend.Rollback()
	for i := n; i <= head; i++ {
		c.backend.Commit()
	}
	return nil
}

// Close stops the miner and the backend.
func (c *Chain) Close() error {
	if c.stop != nil {
		close(c.stop)
		<-c.done
	}
	return c.backend.Close()
}
