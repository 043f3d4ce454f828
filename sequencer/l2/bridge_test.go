package l2

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The frontier root equals the root of the full tree of docs/compute.md 3.1
// at every size.
func TestWithdrawalsTreeIncremental(t *testing.T) {
	c := newChain(t, testConfig())
	s := store{st: c.st, addr: BridgeAddress}
	var leaves []merkle.Hash
	for i := uint64(0); i < 300; i++ {
		leaf := WithdrawalLeaf(i, common.Address{1}, common.Address{2}, big.NewInt(int64(i+1)))
		leaves = append(leaves, merkle.Hash(leaf))
		index, root := appendWithdrawal(s, leaf)
		if index != i {
			t.Fatalf("index %d, want %d", index, i)
		}
		if want := common.Hash(merkle.Root(leaves, merkle.HashZeros())); root != want {
			t.Fatalf("size %d: root %s, want %s", i+1, root, want)
		}
		if i%37 == 0 || i < 9 {
			for j := uint64(0); j <= i; j += 1 + i/7 {
				p, err := ProveWithdrawal(c.st, j)
				if err != nil {
					t.Fatal(err)
				}
				if !p.Verify() || len(p.Siblings) != merkle.Depth(int(i+1)) {
					t.Fatalf("size %d: proof of %d fails", i+1, j)
				}
				p.Index ^= 1
				if len(p.Siblings) > 0 && p.Verify() {
					t.Fatalf("size %d: proof of %d verifies at the wrong index", i+1, j)
				}
			}
		}
	}
}

func TestWithdrawLeafEncoding(t *testing.T) {
	// keccak256(abi.encodePacked(uint8(0x10), uint256(3), from, to, uint256(5e18))),
	// the preimage spelled out byte by byte.
	from := common.HexToAddress("0x1111111111111111111111111111111111111111")
	to := common.HexToAddress("0x2222222222222222222222222222222222222222")
	pre := []byte{0x10}
	pre = append(pre, common.LeftPadBytes([]byte{3}, 32)...)
	pre = append(pre, from[:]...)
	pre = append(pre, to[:]...)
	pre = append(pre, common.LeftPadBytes(credits(5).Bytes(), 32)...)
	if got, want := WithdrawalLeaf(3, from, to, credits(5)), common.Hash(merkle.Keccak(pre)); got != want {
		t.Fatalf("leaf %s, want %s", got, want)
	}
}

func TestBridgeWithdrawAndOutputRoot(t *testing.T) {
	c := newChain(t, testConfig(), "alice", "bob")
	alice := c.addr("alice")
	l1 := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	supply := func() *big.Int {
		return new(big.Int).Add(new(big.Int).Add(c.balance(alice), c.balance(c.addr("bob"))), new(big.Int).Add(c.balance(c.p.Config().FeeVault), c.balance(testCoinbase)))
	}
	before := supply()
	_, rs := c.mustStep(1, nil,
		c.br("alice", "withdraw", credits(3), credits(3), l1),
		c.br("bob", "withdraw", credits(1), credits(1), l1),
		c.br("alice", "withdraw", credits(2), credits(3), l1),               // WrongValue
		c.br("alice", "withdraw", nil, big.NewInt(0), l1),                   // ZeroAmount
		c.br("alice", "withdraw", credits(1), credits(1), common.Address{}), // ZeroRecipient
	)
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{1, 1, 0, 0, 0}) {
		t.Fatalf("statuses %v", got)
	}
	// Credits were burnt: supply fell by exactly the withdrawals.
	if diff := new(big.Int).Sub(before, supply()); diff.Cmp(credits(4)) != 0 {
		t.Errorf("supply fell by %s", diff)
	}
	if c.balance(BridgeAddress).Sign() != 0 {
		t.Error("bridge holds credits")
	}
	if WithdrawalCount(c.st) != 2 {
		t.Fatalf("count %d", WithdrawalCount(c.st))
	}
	ev := BridgeABI().Events["WithdrawalInitiated"]
	vals, err := ev.Inputs.NonIndexed().Unpack(rs[2].Logs[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	leaf1 := WithdrawalLeaf(1, c.addr("bob"), l1, credits(1))
	if vals[1].([32]byte) != leaf1 || common.Hash(vals[2].([32]byte)) != WithdrawalsRoot(c.st) {
		t.Errorf("event leaf/root %x %x", vals[1], vals[2])
	}
	var index *big.Int
	data, _ := BridgeABI().Pack("withdraw", credits(1), l1)
	out, err := c.p.Call(c.st, c.head, Message{From: alice, To: &BridgeAddress, Value: credits(1), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if index = new(big.Int).SetBytes(out); index.Int64() != 2 {
		t.Errorf("simulated withdraw index %s", index)
	}
	// The views agree with storage; the proof verifies against the output
	// root's withdrawals root.
	var root [32]byte
	c.call(BridgeAddress, BridgeABI(), "withdrawalsRoot", &root)
	var leaf [32]byte
	c.call(BridgeAddress, BridgeABI(), "withdrawalLeaf", &leaf, big.NewInt(1))
	if common.Hash(root) != WithdrawalsRoot(c.st) || common.Hash(leaf) != leaf1 {
		t.Error("views disagree")
	}
	p, err := ProveWithdrawal(c.st, 1)
	if err != nil || !p.Verify() || p.Leaf != leaf1 {
		t.Fatalf("proof %+v %v", p, err)
	}
	want := merkle.Node(merkle.Hash(WithdrawalLeaf(0, alice, l1, credits(3))), merkle.Hash(leaf1))
	if p.Root != common.Hash(want) {
		t.Errorf("root of two leaves %s, want %s", p.Root, common.Hash(want))
	}
	out2 := OutputRoot(c.head.Root, p.Root, c.head.Hash())
	pre := append(append(append([]byte{0}, c.head.Root[:]...), p.Root[:]...), c.head.Hash().Bytes()...)
	if out2 != common.Hash(merkle.Keccak(pre)) {
		t.Error("output root encoding")
	}
	if _, err := ProveWithdrawal(c.st, 2); err == nil {
		t.Error("proof of a missing withdrawal")
	}
	leafCall, _ := BridgeABI().Pack("withdrawalLeaf", big.NewInt(2))
	if _, err := c.p.Call(c.st, c.head, Message{To: &BridgeAddress, Data: leafCall}); revertName(t, err) != "UnknownWithdrawal" {
		t.Errorf("got %v", err)
	}
}

func TestDeposits(t *testing.T) {
	c := newChain(t, testConfig())
	from := common.HexToAddress("0x00000000000000000000000000000000000000f1")
	to := common.HexToAddress("0x00000000000000000000000000000000000000f2")
	block, rs := c.mustStep(1, []types.Log{
		logDeposit(t, 1, from, to, credits(5)),
		logDeposit(t, 2, from, JobMarketAddress, credits(2)), // redirected to the depositor
		logDeposit(t, 3, from, common.Address{}, credits(1)),
	})
	if c.balance(to).Cmp(credits(5)) != 0 || c.balance(from).Cmp(credits(3)) != 0 || c.balance(JobMarketAddress).Sign() != 0 {
		t.Fatalf("balances to %s from %s", c.balance(to), c.balance(from))
	}
	txs := block.Transactions()
	if len(txs) != 4 || txs[1].Mint().Cmp(credits(5)) != 0 || txs[1].SourceHash() != L1SourceHash(c.origin.Hash, 0) || txs[3].SourceHash() != L1SourceHash(c.origin.Hash, 2) {
		t.Fatalf("system txs %d", len(txs))
	}
	if got := eventNames(allLogs(rs)); !reflect.DeepEqual(got, []string{"DepositFinalized", "DepositFinalized", "DepositFinalized"}) {
		t.Errorf("events %v", got)
	}
	var n *big.Int
	c.call(BridgeAddress, BridgeABI(), "depositCount", &n)
	if n.Int64() != 3 {
		t.Errorf("deposit count %s", n)
	}
	var o L1Origin
	c.call(BridgeAddress, BridgeABI(), "l1Origin", &o)
	if o != c.origin || ReadL1Origin(c.st) != c.origin {
		t.Errorf("origin %+v, want %+v", o, c.origin)
	}

	// The same L1 event twice is refused, and changes nothing.
	b, err := c.p.NewBuilder(c.st, c.head, BlockEnv{Time: c.head.Time + 1, L1Origin: c.nextOrigin(c.head.Time + 1)})
	if err != nil {
		t.Fatal(err)
	}
	root := c.st.IntermediateRoot(true)
	if _, err := b.AddTx(txs[1]); !errors.Is(err, ErrDuplicateL1) {
		t.Fatalf("replayed deposit: %v", err)
	}
	if c.st.IntermediateRoot(true) != root {
		t.Error("state changed")
	}
}
