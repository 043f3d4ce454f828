package gameabi_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

// Accounts of the simulated L1 by role.
const (
	deployer = iota
	executorAcct
	challengerAcct
	challenger2Acct
	bystanderAcct
)

// world is a simulated L1 (a real EVM) with the crux contracts deployed by
// the Go deployer.
type world struct {
	t      testing.TB
	ctx    context.Context
	chain  *l1sim.Chain
	addrs  deploy.Addresses
	params deploy.Params

	game      *bindings.DisputeGame
	results   *bindings.ResultRegistry
	providers *bindings.ProviderRegistry
	verifier  *bindings.KernelVerifier
}

func newWorld(t testing.TB) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	chain := l1sim.New(l1sim.Config{})
	t.Cleanup(func() { chain.Close() })
	p := deploy.DefaultParams()
	addrs, err := deploy.Deploy(ctx, chain.Client(), chain.Transactor(deployer), chain.Wait, p)
	if err != nil {
		t.Fatalf("deploying: %v", err)
	}
	return &world{
		t: t, ctx: ctx, chain: chain, addrs: addrs, params: p,
		game: bindings.NewDisputeGame(), results: bindings.NewResultRegistry(),
		providers: bindings.NewProviderRegistry(), verifier: bindings.NewKernelVerifier(),
	}
}

// send sends calldata from account `from` to `to` with value (nil for none),
// mines it, and returns the receipt and whether it succeeded. Errors before
// mining (gas estimation reverts) count as a failure.
func (w *world) send(from int, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := w.chain.Transactor(from)
	opts.Context = w.ctx
	opts.Value = value
	// The calldata is packed already: the bound contract needs no ABI.
	c := bind.NewBoundContract(to, abi.ABI{}, w.chain.Client(), w.chain.Client(), w.chain.Client())
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, err
	}
	r, err := w.chain.Wait(w.ctx, tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted")
	}
	return r, nil
}

// mustSend is send that fails the test on any error.
func (w *world) mustSend(what string, from int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	w.t.Helper()
	r, err := w.send(from, to, data, value)
	if err != nil {
		w.t.Fatalf("%s: %v", what, err)
	}
	return r
}

// call is an eth_call against the latest block.
func (w *world) call(to common.Address, data []byte) ([]byte, error) {
	return w.chain.Client().CallContract(w.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

func (w *world) mustCall(what string, to common.Address, data []byte) []byte {
	w.t.Helper()
	out, err := w.call(to, data)
	if err != nil {
		w.t.Fatalf("%s: %v", what, err)
	}
	return out
}

func (w *world) balance(acct int) *big.Int {
	b, err := w.chain.Client().BalanceAt(w.ctx, w.chain.Address(acct), nil)
	if err != nil {
		w.t.Fatalf("balance of account %d: %v", acct, err)
	}
	return b
}
