package l2

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
)

// scenario drives a chain through every kind of transaction: deposits,
// provider events, transfers, jobs through to payment, failed calls,
// withdrawals.
func scenario(t *testing.T, c *chain) {
	cfg := c.p.Config()
	p1, p2 := c.addr("p1"), c.addr("p2")
	c.mustStep(1, []types.Log{
		logDeposit(t, 1, common.Address{7}, c.addr("dapp"), credits(50)),
		logBonded(t, p1, credits(2)), logBonded(t, p2, credits(2)),
		logNode(t, 1, p1, "NVIDIA H100 80GB HBM3", 80*gib),
	})
	c.mustStep(1, nil,
		c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}),
		c.submit("dapp", credits(20), c.head.Time+100_000, HwNeeds{MinMemoryBytes: gib}),
		c.tx("p1", c.addr("p2"), credits(1), nil),
	)
	c.mustStep(2, nil, c.bid("p1", JobID(1), credits(5)), c.bid("p2", JobID(1), credits(4)), c.bid("p2", JobID(2), credits(1)), c.bid("p1", JobID(2), credits(15)))
	c.mustStep(cfg.BiddingWindow, nil, c.br("dapp", "withdraw", credits(2), credits(2), common.Address{9}))
	c.mustStep(3, []types.Log{logPosted(t, 1, JobID(1), p2, progRoot, inRoot, outRoot), logPosted(t, 2, JobID(2), p1, progRoot, inRoot, outRoot)})
	c.mustStep(3, []types.Log{logFinalized(t, 1, JobID(1), p2), logRejected(t, 2, JobID(2), p1), logSlashed(t, p1, credits(2))},
		c.br("p2", "withdraw", credits(1), credits(1), common.Address{8}))
	c.mustStep(0, nil, c.jm("dapp", "cancel", nil, [32]byte(JobID(2))))
}

func receiptBytes(t *testing.T, rs types.Receipts) [][]byte {
	var out [][]byte
	for _, r := range rs {
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// The same blocks on fresh databases give the same state roots and
// receipts, whether rebuilt by a second sequencer or verified by a replica.
func TestDeterminism(t *testing.T) {
	names := []string{"dapp", "p1", "p2"}
	a := newChain(t, testConfig(), names...)
	scenario(t, a)
	b := newChain(t, testConfig(), names...)
	scenario(t, b)
	if len(a.blocks) != len(b.blocks) {
		t.Fatal("block counts differ")
	}
	for i := range a.blocks {
		if a.blocks[i].Hash() != b.blocks[i].Hash() {
			t.Fatalf("block %d: %s vs %s", i+1, a.blocks[i].Hash(), b.blocks[i].Hash())
		}
	}

	// Replica: verify a's blocks on a fresh database from genesis.
	p, _ := New(testConfig())
	store := NewStateStore(rawdb.NewMemoryDatabase())
	st, _ := store.Open(types.EmptyRootHash)
	genesis, err := p.Genesis(st, a.g)
	if err != nil || genesis.Hash() != a.genesis.Hash() {
		t.Fatalf("genesis %v", err)
	}
	if _, err := store.Commit(st, 0); err != nil {
		t.Fatal(err)
	}
	parent := genesis.Header()
	for i, blk := range a.blocks {
		st, err := store.Open(parent.Root)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := p.VerifyBlock(context.Background(), st, parent, blk)
		if err != nil {
			t.Fatalf("verify block %d: %v", i+1, err)
		}
		if root, err := store.Commit(st, blk.NumberU64()); err != nil || root != blk.Root() {
			t.Fatalf("commit %s %v", root, err)
		}
		// ApplyBlock + SealBlock is the same path, spelled out.
		st2, _ := store.Open(parent.Root)
		rs2, gas, err := p.ApplyBlock(context.Background(), st2, parent, blk.Header(), blk.Transactions())
		if err != nil || gas != blk.GasUsed() {
			t.Fatalf("apply block %d: %v (gas %d)", i+1, err, gas)
		}
		if sealed := p.SealBlock(st2, blk.Header(), blk.Transactions(), rs2); sealed.Hash() != blk.Hash() {
			t.Fatalf("sealed block %d differs", i+1)
		}
		ra, rb := receiptBytes(t, rs), receiptBytes(t, rs2)
		for j := range ra {
			if !bytes.Equal(ra[j], rb[j]) {
				t.Fatalf("block %d receipt %d differs", i+1, j)
			}
		}
		parent = blk.Header()
	}
}

func TestLogIndices(t *testing.T) {
	c := newChain(t, testConfig(), "dapp", "p1", "p2")
	scenario(t, c)
	_, rs := c.mustStep(1, []types.Log{logDeposit(t, 9, common.Address{1}, c.addr("dapp"), credits(1))},
		c.submit("dapp", credits(1), c.head.Time+100_000, HwNeeds{}), c.submit("dapp", credits(1), c.head.Time+100_000, HwNeeds{}))
	next := uint(0)
	for i, r := range rs {
		for _, l := range r.Logs {
			if l.Index != next || l.TxIndex != uint(i) || l.TxHash != r.TxHash || l.BlockHash != r.BlockHash || l.BlockNumber != r.BlockNumber.Uint64() {
				t.Fatalf("receipt %d log %+v", i, l)
			}
			next++
		}
	}
	if next != 5 { // 1 deposit + 2 x (JobSubmitted, AuctionOpened)
		t.Errorf("%d logs", next)
	}
}

func TestVerifyBlockRejectsTampering(t *testing.T) {
	c := newChain(t, testConfig(), "alice")
	c.mustStep(1, nil, c.tx("alice", common.Address{5}, credits(1), nil))
	blk := c.blocks[0]
	verify := func(b *types.Block) error {
		st, _ := c.store.Open(c.genesis.Root())
		_, err := c.p.VerifyBlock(context.Background(), st, c.genesis.Header(), b)
		return err
	}
	if err := verify(blk); err != nil {
		t.Fatal(err)
	}
	h := blk.Header()
	h.Root = common.Hash{1}
	if err := verify(types.NewBlockWithHeader(h).WithBody(*blk.Body())); !errors.Is(err, ErrBadBlock) {
		t.Errorf("wrong root: %v", err)
	}
	h = blk.Header()
	h.Coinbase = common.Address{3} // the tip went elsewhere: another state root
	if err := verify(types.NewBlockWithHeader(h).WithBody(*blk.Body())); !errors.Is(err, ErrBadBlock) {
		t.Errorf("wrong coinbase: %v", err)
	}
	// Dropping the block start, or starting with a user tx.
	txs := blk.Transactions()
	if err := verify(types.NewBlockWithHeader(blk.Header()).WithBody(types.Body{Transactions: txs[1:]})); !errors.Is(err, ErrBadBlock) {
		t.Errorf("no block start: %v", err)
	}
}

func TestSystemTxRules(t *testing.T) {
	c := newChain(t, testConfig(), "alice")
	next := c.nextOrigin(c.head.Time + 5)
	dep := func(id int64) *types.Transaction {
		l := logDeposit(t, id, common.Address{1}, common.Address{2}, credits(1))
		l.BlockNumber, l.BlockHash, l.Index = next.Number, next.Hash, uint(id)
		txs, err := c.p.DeriveSystemTxs(next, []types.Log{l})
		if err != nil || len(txs) != 1 {
			t.Fatal(err)
		}
		return txs[0]
	}
	newB := func() *Builder {
		b, err := c.p.NewBuilder(c.st, c.head, BlockEnv{Time: c.head.Time + 5, L1Origin: next})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// After a user tx, no system tx.
	b := newB()
	if _, err := b.AddTx(c.tx("alice", common.Address{3}, big.NewInt(1), nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddTx(dep(1)); !errors.Is(err, ErrBadSystemTx) {
		t.Errorf("system after user: %v", err)
	}
	c.reopen()
	c.nonces[c.addr("alice")] = 0

	bad := func(name string, mod func(*types.DepositTx)) {
		t.Helper()
		inner := &types.DepositTx{SourceHash: common.Hash{0x42}, From: SystemAddress, To: &JobMarketAddress, Value: new(big.Int), IsSystemTransaction: true,
			Data: pack(t, JobMarketABI(), "providerBonded", common.Address{1}, big.NewInt(1))}
		mod(inner)
		b := newB()
		if _, err := b.AddTx(types.NewTx(inner)); !errors.Is(err, ErrBadSystemTx) {
			t.Errorf("%s: %v", name, err)
		}
		c.reopen()
	}
	bad("from a user", func(d *types.DepositTx) { d.From = c.addr("alice") })
	bad("with gas", func(d *types.DepositTx) { d.Gas = 1 })
	bad("with value", func(d *types.DepositTx) { d.Value = big.NewInt(1) })
	bad("not flagged", func(d *types.DepositTx) { d.IsSystemTransaction = false })
	bad("user method", func(d *types.DepositTx) { d.Data = pack(t, JobMarketABI(), "jobCount") })
	bad("to a non-module", func(d *types.DepositTx) { d.To = &common.Address{1} })
	bad("mint without deposit", func(d *types.DepositTx) { d.Mint = big.NewInt(1) })
	bad("second block start", func(d *types.DepositTx) {
		d.To = &BridgeAddress
		d.Data = pack(t, BridgeABI(), "blockStart", next.Number, next.Hash, next.Time)
	})
	bad("deposit with wrong mint", func(d *types.DepositTx) {
		d.To = &BridgeAddress
		d.Data = pack(t, BridgeABI(), "finalizeDeposit", big.NewInt(1), common.Address{1}, common.Address{2}, big.NewInt(5))
		d.Mint = big.NewInt(6)
	})

	// L1 origin rules.
	for _, tc := range []struct {
		name string
		env  BlockEnv
	}{
		{"origin backwards", BlockEnv{Time: c.head.Time + 5, L1Origin: L1Origin{Number: c.origin.Number - 1, Hash: l1Hash(c.origin.Number - 1), Time: c.origin.Time - 12}}},
		{"same number, other hash", BlockEnv{Time: c.head.Time + 5, L1Origin: L1Origin{Number: c.origin.Number, Hash: [32]byte{1}, Time: c.origin.Time}}},
		{"origin in the future", BlockEnv{Time: c.head.Time + 5, L1Origin: L1Origin{Number: c.origin.Number + 1, Hash: [32]byte{1}, Time: c.head.Time + 6}}},
		{"time going back", BlockEnv{Time: c.head.Time - 1, L1Origin: c.origin}},
	} {
		if _, err := c.p.NewBuilder(c.st, c.head, tc.env); !errors.Is(err, ErrBadBlock) {
			t.Errorf("%s: %v", tc.name, err)
		}
		c.reopen()
	}
	// Derivation refuses logs of another block or removed ones.
	l := logDeposit(t, 1, common.Address{1}, common.Address{2}, credits(1))
	l.BlockNumber, l.BlockHash = next.Number+1, next.Hash
	if _, err := c.p.DeriveSystemTxs(next, []types.Log{l}); err == nil || !strings.Contains(err.Error(), "is from block") {
		t.Errorf("log of another block: %v", err)
	}
	l.BlockNumber, l.Removed = next.Number, true
	if _, err := c.p.DeriveSystemTxs(next, []types.Log{l}); err == nil {
		t.Error("removed log derived")
	}
	// Logs of other contracts or events are skipped.
	other := logDeposit(t, 1, common.Address{1}, common.Address{2}, credits(1))
	other.Address, other.BlockNumber, other.BlockHash = common.Address{0xee}, next.Number, next.Hash
	if txs, err := c.p.DeriveSystemTxs(next, []types.Log{other}); err != nil || len(txs) != 0 {
		t.Errorf("foreign log: %d txs, %v", len(txs), err)
	}
}

func pack(t *testing.T, a *abi.ABI, method string, args ...interface{}) []byte {
	t.Helper()
	b, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every method of the module ABIs has a handler, and the L1 filter covers
// every derived event.
func TestModulesCoverABI(t *testing.T) {
	p, err := New(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	for addr, m := range p.modules {
		for name, meth := range m.abi.Methods {
			var sel [4]byte
			copy(sel[:], meth.ID)
			if _, ok := m.handlers[sel]; !ok {
				t.Errorf("%s: no handler for %s", addr, name)
			}
		}
	}
	addrs, topics := p.L1LogFilter()
	if len(addrs) != 3 || len(topics) != 8 {
		t.Errorf("filter %d addresses, %d topics", len(addrs), len(topics))
	}
}
