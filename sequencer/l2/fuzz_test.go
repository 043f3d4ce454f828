package l2

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Fuzz targets for the decoding paths that take untrusted bytes: raw
// transactions (eth_sendRawTransaction), module calldata (transactions and
// eth_call) and L1 logs. Seed corpora live in testdata/fuzz; regenerate them
// with CRUX_WRITE_FUZZ_SEEDS=1 go test -run TestWriteFuzzSeeds.

// fuzzChain is a small chain with a job open for bids, built once per target.
func fuzzChain(t testing.TB) *chain {
	c := newChain(t, testConfig(), "dapp", "p1")
	c.mustStep(1, []types.Log{logBonded(t, c.addr("p1"), credits(2))}, c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}))
	return c
}

// seedTxs are valid raw transactions of every kind (for chain fuzzChain).
func seedTxs(c *chain) [][]byte {
	var out [][]byte
	enc := func(tx *types.Transaction) {
		b, err := tx.MarshalBinary()
		if err != nil {
			c.t.Fatal(err)
		}
		out = append(out, b)
	}
	to := common.Address{0xaa}
	enc(c.tx("dapp", to, big.NewInt(1), nil))
	enc(types.MustSignNewTx(c.keys["p1"], types.NewEIP155Signer(c.p.ChainID()), &types.LegacyTx{GasPrice: big.NewInt(2e9), Gas: TransferGas, To: &to, Value: big.NewInt(5)}))
	enc(c.bid("p1", JobID(1), credits(1)))
	enc(c.submit("dapp", credits(1), c.head.Time+100_000, HwNeeds{MinMemoryBytes: 1}))
	enc(c.jm("dapp", "cancel", nil, [32]byte(JobID(1))))
	enc(c.br("dapp", "withdraw", credits(1), credits(1), to))
	return out
}

// FuzzValidateTx: any bytes decode to a transaction or not; ValidateTx never
// panics, a transaction it accepts is accepted by the block builder, and a
// refused one leaves the state untouched.
func FuzzValidateTx(f *testing.F) {
	c := fuzzChain(f)
	for _, s := range seedTxs(c) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			return
		}
		st, err := c.store.Open(c.head.Root)
		if err != nil {
			t.Fatal(err)
		}
		verr := c.p.ValidateTx(st, &tx)
		root := st.IntermediateRoot(true)
		b, err := c.p.NewBuilder(st, c.head, BlockEnv{Time: c.head.Time + 1, L1Origin: c.nextOrigin(c.head.Time + 1)})
		if err != nil {
			t.Fatal(err)
		}
		afterStart := st.IntermediateRoot(true)
		_, aerr := b.AddTx(&tx)
		switch {
		case verr == nil && aerr != nil:
			t.Fatalf("ValidateTx accepted what AddTx refused: %v", aerr)
		case aerr != nil && st.IntermediateRoot(true) != afterStart:
			t.Fatalf("refused tx changed the state: %v", aerr)
		case verr != nil && aerr == nil && tx.Type() != types.DepositTxType:
			t.Fatalf("AddTx accepted what ValidateTx refused: %v", verr)
		}
		_ = root
	})
}

// FuzzModuleCall: arbitrary calldata to either module either fails to
// decode (unknown or malformed: refused before execution) or decodes
// canonically and runs as eth_call without panicking, leaving no trace.
func FuzzModuleCall(f *testing.F) {
	c := fuzzChain(f)
	for _, s := range seedCalls(f, c) {
		f.Add(s.module, s.data)
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		to := JobMarketAddress
		if which%2 == 1 {
			to = BridgeAddress
		}
		m := c.p.modules[to]
		h, args, err := m.decode(data)
		if err != nil {
			if !errors.Is(err, ErrUnknownMethod) && !errors.Is(err, ErrMalformedCall) {
				t.Fatalf("decode error %v", err)
			}
			return
		}
		again, err := h.method.Inputs.Pack(args...)
		if err != nil || !bytes.Equal(again, data[4:]) {
			t.Fatal("accepted a non-canonical encoding")
		}
		st, err := c.store.Open(c.head.Root)
		if err != nil {
			t.Fatal(err)
		}
		root := st.IntermediateRoot(true)
		_, cerr := c.p.Call(st, c.head, Message{From: c.addr("dapp"), To: &to, Data: data})
		if _, ok := isRevert(cerr); cerr != nil && !ok && !errors.Is(cerr, ErrSystemMethod) {
			t.Fatalf("call fault: %v", cerr)
		}
		if st.IntermediateRoot(true) != root {
			t.Fatal("Call changed the state")
		}
		// The same bytes as a system transaction: a system method runs or is
		// refused as a bad system tx; nothing panics.
		b, err := c.p.NewBuilder(st, c.head, BlockEnv{Time: c.head.Time + 1, L1Origin: c.nextOrigin(c.head.Time + 1)})
		if err != nil {
			t.Fatal(err)
		}
		tx := systemTx(common.Hash{0x5e}, to, nil, data)
		if _, err := b.AddTx(tx); err != nil && !errors.Is(err, ErrBadSystemTx) {
			t.Fatalf("system tx error %v", err)
		}
	})
}

type callSeed struct {
	module uint8
	data   []byte
}

func seedCalls(t testing.TB, c *chain) []callSeed {
	jm, br := JobMarketABI(), BridgeABI()
	p := func(mod uint8, a interface {
		Pack(string, ...interface{}) ([]byte, error)
	}, method string, args ...interface{}) callSeed {
		b, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		return callSeed{mod, b}
	}
	id := [32]byte(JobID(1))
	addr := c.addr("p1")
	return []callSeed{
		p(0, jm, "submitJob", [32]byte{1}, [32]byte{2}, credits(1), uint64(1<<40), HwNeeds{MinMemoryBytes: 3, GpuModel: [32]byte{4}}),
		p(0, jm, "bid", id, credits(1)),
		p(0, jm, "cancel", id),
		p(0, jm, "getJob", id),
		p(0, jm, "bids", id),
		p(0, jm, "provider", addr),
		p(0, jm, "meetsNeeds", addr, HwNeeds{}),
		p(0, jm, "jobCount"),
		p(0, jm, "params"),
		p(0, jm, "resultPosted", uint64(5), big.NewInt(1), id, addr, [32]byte{}, [32]byte{}, [32]byte{}, [32]byte{}, uint64(9)),
		p(0, jm, "resultFinalized", big.NewInt(1), id, addr),
		p(0, jm, "resultRejected", big.NewInt(1), id, addr),
		p(0, jm, "providerBonded", addr, credits(3)),
		p(0, jm, "providerUnbonding", addr, big.NewInt(1<<40)),
		p(0, jm, "providerSlashed", addr, credits(1)),
		p(0, jm, "nodeRegistered", big.NewInt(1), addr, [32]byte{7}, uint64(1<<34)),
		p(1, br, "withdraw", credits(1), addr),
		p(1, br, "withdrawalsRoot"),
		p(1, br, "withdrawalCount"),
		p(1, br, "withdrawalLeaf", big.NewInt(0)),
		p(1, br, "depositCount"),
		p(1, br, "l1Origin"),
		p(1, br, "finalizeDeposit", big.NewInt(1), addr, addr, credits(1)),
		{0, []byte{1, 2, 3}},
	}
}

// FuzzDeriveLogs: arbitrary topics and data under each derived event's
// address and signature either fail to derive with an error or give one
// system transaction the builder accepts.
func FuzzDeriveLogs(f *testing.F) {
	c := fuzzChain(f)
	for i, l := range seedLogs(f, c) {
		var topics []byte
		for _, tp := range l.Topics[1:] {
			topics = append(topics, tp[:]...)
		}
		f.Add(uint8(i), topics, l.Data)
	}
	a, err := L1EventsABI()
	if err != nil {
		f.Fatal(err)
	}
	var events []struct {
		src common.Address
		id  common.Hash
	}
	for _, name := range []string{"DepositInitiated", "ResultPosted", "ResultFinalized", "ResultRejected", "Bonded", "UnbondRequested", "Slashed", "NodeRegistered"} {
		src := testRegistry
		switch name {
		case "DepositInitiated":
			src = testPortal
		case "ResultPosted", "ResultFinalized", "ResultRejected":
			src = testResults
		}
		events = append(events, struct {
			src common.Address
			id  common.Hash
		}{src, a.Events[name].ID})
	}
	f.Fuzz(func(t *testing.T, which uint8, topics, data []byte) {
		ev := events[int(which)%len(events)]
		origin := c.nextOrigin(c.head.Time + 1)
		l := types.Log{Address: ev.src, Topics: []common.Hash{ev.id}, Data: data, BlockNumber: origin.Number, BlockHash: origin.Hash}
		for len(topics) >= 32 && len(l.Topics) < 6 {
			l.Topics = append(l.Topics, common.BytesToHash(topics[:32]))
			topics = topics[32:]
		}
		txs, err := c.p.DeriveSystemTxs(origin, []types.Log{l})
		if err != nil {
			return
		}
		st, err := c.store.Open(c.head.Root)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.p.NewBuilder(st, c.head, BlockEnv{Time: c.head.Time + 1, L1Origin: origin})
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range txs {
			if _, err := b.AddTx(tx); err != nil {
				t.Fatalf("derived tx refused: %v", err)
			}
		}
	})
}

func seedLogs(t testing.TB, c *chain) []types.Log {
	p1 := c.addr("p1")
	return []types.Log{
		logDeposit(t, 1, common.Address{1}, p1, credits(1)),
		logPosted(t, 1, JobID(1), p1, progRoot, inRoot, outRoot),
		logFinalized(t, 1, JobID(1), p1),
		logRejected(t, 1, JobID(1), p1),
		logBonded(t, p1, credits(2)),
		logUnbond(t, p1, 12345),
		logSlashed(t, p1, credits(1)),
		logNode(t, 1, p1, "NVIDIA H100 80GB HBM3", 80*gib),
	}
}

// TestWriteFuzzSeeds writes the seed corpora under testdata/fuzz (run with
// CRUX_WRITE_FUZZ_SEEDS=1 after changing a module ABI).
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("CRUX_WRITE_FUZZ_SEEDS") == "" {
		t.Skip("set CRUX_WRITE_FUZZ_SEEDS=1 to rewrite testdata/fuzz")
	}
	c := fuzzChain(t)
	write := func(target string, i int, lines ...string) {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		body := "go test fuzz v1\n"
		for _, l := range lines {
			body += l + "\n"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed%02d", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i, raw := range seedTxs(c) {
		write("FuzzValidateTx", i, fmt.Sprintf("[]byte(%q)", raw))
	}
	for i, s := range seedCalls(t, c) {
		write("FuzzModuleCall", i, fmt.Sprintf("byte(%q)", rune(s.module)), fmt.Sprintf("[]byte(%q)", s.data))
	}
	for i, l := range seedLogs(t, c) {
		var topics []byte
		for _, tp := range l.Topics[1:] {
			topics = append(topics, tp[:]...)
		}
		write("FuzzDeriveLogs", i, fmt.Sprintf("byte(%q)", rune(i)), fmt.Sprintf("[]byte(%q)", topics), fmt.Sprintf("[]byte(%q)", l.Data))
	}
}
