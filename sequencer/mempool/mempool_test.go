package mempool

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crux-rollup/crux/sequencer/l2"
)

type fixture struct {
	t    *testing.T
	proc *l2.Processor
	st   *state.StateDB
	keys []*ecdsa.PrivateKey
}

func newFixture(t *testing.T, n int) *fixture {
	proc, err := l2.New(l2.DefaultConfig(l2.L1Contracts{}))
	if err != nil {
		t.Fatal(err)
	}
	st, err := l2.NewStateStore(rawdb.NewMemoryDatabase()).Open(types.EmptyRootHash)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, proc: proc, st: st}
	for i := 0; i < n; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("pool key " + strconv.Itoa(i))))
		f.keys = append(f.keys, k)
		st.AddBalance(crypto.PubkeyToAddress(k.PublicKey), uint256.NewInt(1e18), tracing.BalanceChangeUnspecified)
	}
	return f
}

func (f *fixture) addr(i int) common.Address { return crypto.PubkeyToAddress(f.keys[i].PublicKey) }

// tx signs a transfer from key i with the given nonce and tip (gwei).
func (f *fixture) tx(i int, nonce uint64, tipGwei int64) *types.Transaction {
	to := common.HexToAddress("0xaa")
	tip := big.NewInt(tipGwei * 1e9)
	return types.MustSignNewTx(f.keys[i], f.proc.Signer(), &types.DynamicFeeTx{
		ChainID: f.proc.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, big.NewInt(1e9)),
		Gas: l2.TransferGas, To: &to, Value: big.NewInt(1),
	})
}

func (f *fixture) add(p *Pool, tx *types.Transaction) []Removed {
	f.t.Helper()
	r, err := p.Add(tx)
	if err != nil {
		f.t.Fatal(err)
	}
	p.MarkDurable(tx.Hash())
	return r
}

func TestOrderingNonceAndTip(t *testing.T) {
	f := newFixture(t, 3)
	p := New(f.proc, Config{}, f.st)
	// Sender 0: tips 1, 5 (nonce 0 first anyway); sender 1: tip 3; sender
	// 2: tip 2, but only nonce 1 (a gap: not executable).
	a0, a1 := f.tx(0, 0, 1), f.tx(0, 1, 5)
	b0 := f.tx(1, 0, 3)
	c1 := f.tx(2, 1, 2)
	for _, tx := range []*types.Transaction{a1, c1, b0, a0} {
		f.add(p, tx)
	}
	got := p.Executable(10)
	want := []common.Hash{b0.Hash(), a0.Hash(), a1.Hash()}
	if len(got) != len(want) {
		t.Fatalf("got %d txs", len(got))
	}
	for i := range want {
		if got[i].Hash() != want[i] {
			t.Fatalf("position %d: got %s", i, got[i].Hash())
		}
	}
	if n := p.PendingNonce(f.addr(0)); n != 2 {
		t.Fatalf("pending nonce %d", n)
	}
	if n := p.PendingNonce(f.addr(2)); n != 0 {
		t.Fatalf("pending nonce with a gap %d", n)
	}
}

func TestDurableGate(t *testing.T) {
	f := newFixture(t, 1)
	p := New(f.proc, Config{}, f.st)
	tx := f.tx(0, 0, 1)
	if _, err := p.Add(tx); err != nil {
		t.Fatal(err)
	}
	if len(p.Executable(10)) != 0 {
		t.Fatal("a transaction not yet durable is executable")
	}
	if !p.MarkDurable(tx.Hash()) || len(p.Executable(10)) != 1 {
		t.Fatal("durable transaction not executable")
	}
}

func TestReplacement(t *testing.T) {
	f := newFixture(t, 1)
	p := New(f.proc, Config{}, f.st)
	f.add(p, f.tx(0, 0, 10))
	if _, err := p.Add(f.tx(0, 0, 10)); !errors.Is(err, ErrAlreadyKnown) {
		t.Fatalf("same tx: %v", err)
	}
	if _, err := p.Add(f.tx(0, 0, 10)); !errors.Is(err, ErrAlreadyKnown) {
		t.Fatalf("same tx: %v", err)
	}
	low := f.tx(0, 0, 10)
	to := common.HexToAddress("0xbb")
	low = types.MustSignNewTx(f.keys[0], f.proc.Signer(), &types.DynamicFeeTx{ChainID: f.proc.ChainID(), Nonce: 0, GasTipCap: big.NewInt(105e8), GasFeeCap: big.NewInt(115e8), Gas: l2.TransferGas, To: &to})
	if _, err := p.Add(low); !errors.Is(err, ErrReplaceUnderpriced) {
		t.Fatalf("5%% bump: %v", err)
	}
	high := f.tx(0, 0, 20)
	r := f.add(p, high)
	if len(r) != 1 || !r[0].Durable || p.Len() != 1 || p.Get(high.Hash()) == nil {
		t.Fatalf("replacement: %v", r)
	}
}

func TestLimits(t *testing.T) {
	f := newFixture(t, 3)
	p := New(f.proc, Config{MaxTxs: 4, MaxPerSender: 3, MaxNonceGap: 2, MinTip: big.NewInt(1e9)}, f.st)
	for n := uint64(0); n < 3; n++ {
		f.add(p, f.tx(0, n, 2))
	}
	if _, err := p.Add(f.tx(0, 3, 2)); !errors.Is(err, ErrSenderFull) {
		t.Fatalf("per sender: %v", err)
	}
	// Gap: next executable nonce for sender 1 is 0; 0+2 is the limit.
	if _, err := p.Add(f.tx(1, 3, 2)); !errors.Is(err, ErrNonceGap) || !errors.Is(err, l2.ErrNonceTooHigh) {
		t.Fatalf("gap: %v", err)
	}
	f.add(p, f.tx(1, 2, 2)) // queued within the gap
	// Full: a better-paying tx evicts the lowest tip at a sender's tail.
	if _, err := p.Add(f.tx(2, 0, 2)); !errors.Is(err, ErrPoolFull) {
		t.Fatalf("full, equal tip: %v", err)
	}
	r := f.add(p, f.tx(2, 0, 9))
	if len(r) != 1 || p.Len() != 4 {
		t.Fatalf("eviction: %v, %d pooled", r, p.Len())
	}
	if _, err := p.Add(f.tx(2, 1, 0)); !errors.Is(err, ErrTipTooLow) || !errors.Is(err, l2.ErrUnderpriced) {
		t.Fatalf("min tip: %v", err)
	}
}

func TestValidationAndReset(t *testing.T) {
	f := newFixture(t, 2)
	p := New(f.proc, Config{}, f.st)
	// Insufficient funds counts what pooled txs reserve.
	to := common.HexToAddress("0xaa")
	big1 := types.MustSignNewTx(f.keys[0], f.proc.Signer(), &types.DynamicFeeTx{ChainID: f.proc.ChainID(), Nonce: 0, GasFeeCap: big.NewInt(1e9), Gas: l2.TransferGas, To: &to, Value: big.NewInt(6e17)})
	f.add(p, big1)
	big2 := types.MustSignNewTx(f.keys[0], f.proc.Signer(), &types.DynamicFeeTx{ChainID: f.proc.ChainID(), Nonce: 1, GasFeeCap: big.NewInt(1e9), Gas: l2.TransferGas, To: &to, Value: big.NewInt(6e17)})
	if _, err := p.Add(big2); !errors.Is(err, l2.ErrInsufficientFunds) {
		t.Fatalf("reserved funds: %v", err)
	}
	other := f.tx(1, 0, 1)
	f.add(p, other)
	f.add(p, f.tx(1, 1, 1))
	// A block includes sender 1's nonce 0 and a replacement of sender 0's
	// nonce 0 (so big1 is stale).
	f.st.SetNonce(f.addr(0), 1, tracing.NonceChangeUnspecified)
	f.st.SetNonce(f.addr(1), 1, tracing.NonceChangeUnspecified)
	replacement := f.tx(0, 0, 7)
	removed := p.Reset(f.st, types.Transactions{other, replacement})
	if len(removed) != 2 || p.Len() != 1 {
		t.Fatalf("reset removed %v, %d left", removed, p.Len())
	}
	if got := p.Executable(10); len(got) != 1 || got[0].Nonce() != 1 {
		t.Fatalf("executable after reset: %v", got)
	}
	if _, err := p.Add(f.tx(1, 0, 5)); !errors.Is(err, l2.ErrNonceTooLow) {
		t.Fatalf("stale nonce: %v", err)
	}
}
