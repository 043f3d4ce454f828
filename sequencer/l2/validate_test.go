package l2

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestValidateTxErrors(t *testing.T) {
	c := newChain(t, testConfig(), "alice", "poor")
	// poor spends nearly everything so it cannot pay for more.
	c.mustStep(1, nil, c.tx("poor", c.addr("alice"), new(big.Int).Sub(credits(1000), big.NewInt(1e14)), nil))

	k := c.keys["alice"]
	chainID := c.p.ChainID()
	signer := c.p.Signer()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	jm := JobMarketAddress
	dyn := func(mod func(*types.DynamicFeeTx)) *types.Transaction {
		d := &types.DynamicFeeTx{ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9), Gas: TransferGas, To: &to, Value: big.NewInt(1)}
		mod(d)
		return types.MustSignNewTx(k, signer, d)
	}
	bidData, _ := JobMarketABI().Pack("bid", [32]byte{1}, big.NewInt(1))
	sysData, _ := JobMarketABI().Pack("providerBonded", to, big.NewInt(1))

	cases := []struct {
		name string
		tx   *types.Transaction
		want error
	}{
		{"wrong chain id", types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(1)), &types.DynamicFeeTx{ChainID: big.NewInt(1), GasFeeCap: big.NewInt(2e9), Gas: TransferGas, To: &to}), ErrWrongChainID},
		{"wrong chain id legacy", types.MustSignNewTx(k, types.NewEIP155Signer(big.NewInt(5)), &types.LegacyTx{GasPrice: big.NewInt(2e9), Gas: TransferGas, To: &to}), ErrWrongChainID},
		{"unprotected legacy", types.MustSignNewTx(k, types.HomesteadSigner{}, &types.LegacyTx{GasPrice: big.NewInt(2e9), Gas: TransferGas, To: &to}), ErrUnprotected},
		{"nonce too high", dyn(func(d *types.DynamicFeeTx) { d.Nonce = 5 }), ErrNonceTooHigh},
		{"underpriced", dyn(func(d *types.DynamicFeeTx) { d.GasFeeCap, d.GasTipCap = big.NewInt(5e8), big.NewInt(0) }), ErrUnderpriced},
		{"tip above cap", dyn(func(d *types.DynamicFeeTx) { d.GasTipCap = big.NewInt(3e9) }), ErrTipAboveFeeCap},
		{"oversized", dyn(func(d *types.DynamicFeeTx) {
			d.To, d.Data, d.Gas = &jm, append(bidData, make([]byte, 9000)...), 100_000
		}), ErrOversized},
		{"calldata to non-module", dyn(func(d *types.DynamicFeeTx) { d.Data = []byte{1, 2, 3, 4} }), ErrCalldataToNonModule},
		{"unknown method", dyn(func(d *types.DynamicFeeTx) { d.To, d.Data, d.Gas = &jm, []byte{1, 2, 3, 4}, 100_000 }), ErrUnknownMethod},
		{"empty call to module", dyn(func(d *types.DynamicFeeTx) { d.To = &jm }), ErrUnknownMethod},
		{"malformed call", dyn(func(d *types.DynamicFeeTx) { d.To, d.Data, d.Gas = &jm, bidData[:20], 100_000 }), ErrMalformedCall},
		{"non-canonical call", dyn(func(d *types.DynamicFeeTx) { d.To, d.Data, d.Gas = &jm, append(bidData, 0), 100_000 }), ErrMalformedCall},
		{"system method", dyn(func(d *types.DynamicFeeTx) { d.To, d.Data, d.Gas = &jm, sysData, 100_000 }), ErrSystemMethod},
		{"contract creation", dyn(func(d *types.DynamicFeeTx) { d.To = nil }), ErrContractCreation},
		{"gas below schedule", dyn(func(d *types.DynamicFeeTx) { d.To, d.Data, d.Gas = &jm, bidData, TransferGas }), ErrIntrinsicGas},
		{"gas above block limit", dyn(func(d *types.DynamicFeeTx) { d.Gas = DefaultGasLimit + 1 }), ErrGasLimit},
		{"access list", dyn(func(d *types.DynamicFeeTx) { d.AccessList = types.AccessList{{Address: to}} }), ErrAccessList},
		{"access list type", types.MustSignNewTx(k, signer, &types.AccessListTx{ChainID: chainID, GasPrice: big.NewInt(2e9), Gas: TransferGas, To: &to}), ErrTxType},
		{"user deposit", systemTx(common.Hash{1}, to, nil, nil), ErrDepositTx},
		{"insufficient funds", types.MustSignNewTx(c.keys["poor"], signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: 1, GasFeeCap: big.NewInt(2e9), Gas: TransferGas, To: &to, Value: big.NewInt(1e14)}), ErrInsufficientFunds},
		{"nonce too low", types.MustSignNewTx(c.keys["poor"], signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: 0, GasFeeCap: big.NewInt(2e9), Gas: TransferGas, To: &to}), ErrNonceTooLow},
	}
	// Every invalid transaction is refused by ValidateTx and by the block
	// builder, and the builder's state does not change.
	b, err := c.p.NewBuilder(c.st, c.head, BlockEnv{Time: c.head.Time + 1, Coinbase: testCoinbase, L1Origin: c.nextOrigin(c.head.Time + 1)})
	if err != nil {
		t.Fatal(err)
	}
	root := c.st.IntermediateRoot(true)
	for _, tc := range cases {
		err := c.p.ValidateTx(c.st, tc.tx)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: ValidateTx = %v, want %v", tc.name, err, tc.want)
		}
		want := tc.want
		if want == ErrDepositTx {
			want = ErrBadSystemTx // the builder takes deposits as system transactions
		}
		if _, err := b.AddTx(tc.tx); !errors.Is(err, want) {
			t.Errorf("%s: AddTx = %v, want %v", tc.name, err, tc.want)
		}
		if got := c.st.IntermediateRoot(true); got != root {
			t.Fatalf("%s: state root changed", tc.name)
		}
	}
	if b.Len() != 1 {
		t.Errorf("builder holds %d txs, want only the block start", b.Len())
	}
	// A valid one still goes through afterwards.
	ok := dyn(func(*types.DynamicFeeTx) {})
	if err := c.p.ValidateTx(c.st, ok); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddTx(ok); err != nil {
		t.Fatal(err)
	}
}

func TestBlockFull(t *testing.T) {
	cfg := testConfig()
	cfg.GasLimit = 2 * TransferGas
	c := newChain(t, cfg, "alice")
	to := common.HexToAddress("0xbb")
	_, _, errs := c.step(1, nil, c.tx("alice", to, big.NewInt(1), nil), c.tx("alice", to, big.NewInt(1), nil), c.tx("alice", to, big.NewInt(1), nil))
	if errs[0] != nil || errs[1] != nil || !errors.Is(errs[2], ErrBlockFull) {
		t.Fatalf("errs %v", errs)
	}
	if c.head.GasUsed != 2*TransferGas {
		t.Errorf("gas used %d", c.head.GasUsed)
	}
}
