package l1sim_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crux-rollup/crux/l1contracts/l1sim"
)

// The HTTP relay serves the embedded chain to an ordinary ethclient.
func TestServe(t *testing.T) {
	chain := l1sim.New(l1sim.Config{Accounts: 2})
	defer chain.Close()
	url, stop, err := chain.Serve("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := c.ChainID(ctx)
	if err != nil || id.Cmp(l1sim.ChainID()) != 0 {
		t.Fatalf("chain id %v %v", id, err)
	}
	bal, err := c.BalanceAt(ctx, chain.Address(1), nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))) != 0 {
		t.Fatalf("balance %v %v", bal, err)
	}
	if _, err := c.BlockByNumber(ctx, big.NewInt(1000)); err == nil {
		t.Fatal("a missing block was found")
	}
	// Errors keep their JSON-RPC code.
	var out any
	if err := c.Client().Call(&out, "eth_noSuchMethod"); err == nil {
		t.Fatal("unknown method answered")
	}
}
