package l2

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
)

func TestTransfersLegacyAndDynamic(t *testing.T) {
	c := newChain(t, testConfig(), "alice", "bob")
	alice, bob := c.addr("alice"), c.addr("bob")
	carol := common.HexToAddress("0x00000000000000000000000000000000000ca401")
	base := big.NewInt(int64(c.p.Config().BaseFee))

	// Legacy EIP-155: gas price base + 2 gwei, so the tip is 2 gwei.
	legacyPrice := new(big.Int).Add(base, big.NewInt(2e9))
	legacy := types.MustSignNewTx(c.keys["alice"], types.NewEIP155Signer(c.p.ChainID()), &types.LegacyTx{
		Nonce: 0, GasPrice: legacyPrice, Gas: 30_000, To: &carol, Value: credits(5),
	})
	// EIP-1559: fee cap 1.5 gwei, tip 1 gwei: the effective price is capped
	// at 1.5 gwei, the tip at 0.5 gwei.
	dynamic := types.MustSignNewTx(c.keys["bob"], types.LatestSignerForChainID(c.p.ChainID()), &types.DynamicFeeTx{
		ChainID: c.p.ChainID(), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(15e8),
		Gas: TransferGas, To: &alice, Value: credits(7),
	})
	vault0 := c.balance(c.p.Config().FeeVault)
	block, receipts := c.mustStep(2, nil, legacy, dynamic)

	gas := new(big.Int).SetUint64(TransferGas)
	mul := func(a, b *big.Int) *big.Int { return new(big.Int).Mul(a, b) }
	add := func(xs ...*big.Int) *big.Int {
		s := new(big.Int)
		for _, x := range xs {
			s.Add(s, x)
		}
		return s
	}
	wantAlice := add(credits(1000), credits(7), new(big.Int).Neg(credits(5)), new(big.Int).Neg(mul(gas, legacyPrice)))
	wantBob := add(credits(1000), new(big.Int).Neg(credits(7)), new(big.Int).Neg(mul(gas, big.NewInt(15e8))))
	for _, tc := range []struct {
		name string
		got  *big.Int
		want *big.Int
	}{
		{"alice", c.balance(alice), wantAlice},
		{"bob", c.balance(bob), wantBob},
		{"carol", c.balance(carol), credits(5)},
		{"vault", new(big.Int).Sub(c.balance(c.p.Config().FeeVault), vault0), mul(big.NewInt(2), mul(gas, base))},
		{"coinbase", c.balance(testCoinbase), add(mul(gas, big.NewInt(2e9)), mul(gas, big.NewInt(5e8)))},
	} {
		if tc.got.Cmp(tc.want) != 0 {
			t.Errorf("%s balance %s, want %s", tc.name, tc.got, tc.want)
		}
	}
	if n := c.st.GetNonce(alice); n != 1 {
		t.Errorf("alice nonce %d", n)
	}

	// Block and receipts as Ethereum computes them.
	h := block.Header()
	if len(receipts) != 3 || len(block.Transactions()) != 3 {
		t.Fatalf("%d receipts, %d txs; want block start + 2", len(receipts), len(block.Transactions()))
	}
	if receipts[0].Type != types.DepositTxType || receipts[0].GasUsed != 0 {
		t.Errorf("block start receipt %+v", receipts[0])
	}
	for i, r := range receipts[1:] {
		if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != TransferGas || r.CumulativeGasUsed != TransferGas*uint64(i+1) {
			t.Errorf("receipt %d: status %d gas %d cumulative %d", i+1, r.Status, r.GasUsed, r.CumulativeGasUsed)
		}
		if r.BlockHash != block.Hash() || r.TransactionIndex != uint(i+1) {
			t.Errorf("receipt %d inclusion fields", i+1)
		}
	}
	if receipts[1].EffectiveGasPrice.Cmp(legacyPrice) != 0 || receipts[2].EffectiveGasPrice.Cmp(big.NewInt(15e8)) != 0 {
		t.Errorf("effective prices %s %s", receipts[1].EffectiveGasPrice, receipts[2].EffectiveGasPrice)
	}
	if h.GasUsed != 2*TransferGas {
		t.Errorf("gas used %d", h.GasUsed)
	}
	if h.TxHash != types.DeriveSha(block.Transactions(), trie.NewStackTrie(nil)) {
		t.Error("tx root")
	}
	if h.ReceiptHash != types.DeriveSha(receipts, trie.NewStackTrie(nil)) {
		t.Error("receipt root")
	}
	if h.Root != c.st.IntermediateRoot(true) {
		t.Error("state root")
	}
	if h.ParentHash != c.genesis.Hash() || h.BaseFee.Cmp(base) != 0 || h.Coinbase != testCoinbase {
		t.Error("header context fields")
	}
	o, err := L1OriginFromExtra(h.Extra)
	if err != nil || o != c.origin {
		t.Errorf("extra origin %+v %v", o, err)
	}
	// The block survives an RLP round trip unchanged (what the store and
	// ethclient see).
	enc, err := block.Header().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back types.Header
	if err := back.UnmarshalJSON(enc); err != nil || back.Hash() != block.Hash() {
		t.Errorf("header JSON round trip: %v", err)
	}
}

func TestFailedTransferDoesNotApply(t *testing.T) {
	// A transfer larger than the balance is invalid: not included, nothing
	// changes.
	c := newChain(t, testConfig(), "alice")
	to := common.HexToAddress("0x1234")
	tx := c.tx("alice", to, credits(2000), nil)
	_, _, errs := c.step(1, nil, tx)
	if !errors.Is(errs[0], ErrInsufficientFunds) {
		t.Fatalf("got %v", errs[0])
	}
	if c.balance(c.addr("alice")).Cmp(credits(1000)) != 0 || c.st.GetNonce(c.addr("alice")) != 0 {
		t.Error("state changed")
	}
}
