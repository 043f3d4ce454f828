package rpc_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

var (
	portal   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	results  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	registry = common.HexToAddress("0x1000000000000000000000000000000000000003")
	coinbase = common.HexToAddress("0x00000000000000000000000000000000C0FFEE01")
)

const ether = 1_000_000_000_000_000_000

func credits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(ether)) }

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("crux sequencer test key " + strconv.Itoa(i))))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

const numKeys = 16

// testChain is the chain of every test: numKeys funded accounts, a short
// bidding window.
func testChain(genesisTime uint64) (l2.Config, l2.Genesis) {
	cfg := l2.DefaultConfig(l2.L1Contracts{Portal: portal, ResultRegistry: results, ProviderRegistry: registry})
	cfg.MinProviderStake = credits(1)
	cfg.BiddingWindow = 2
	g := l2.Genesis{Time: genesisTime, L1Origin: sequencer.StaticGenesis(100, genesisTime-5), Alloc: map[common.Address]*big.Int{}}
	for i := 0; i < numKeys; i++ {
		g.Alloc[addrOf(testKey(i))] = credits(1000)
	}
	return cfg, g
}

type node struct {
	t       testing.TB
	dir     string
	l1      *sequencer.StaticL1
	svc     *sequencer.Service
	srv     *seqrpc.Server
	cancel  context.CancelFunc
	runDone chan error
	url     string
	wsURL   string
	client  *ethclient.Client
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("CRUX_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// startNode runs a sequencer with RPC on a free port over dir.
func startNode(t testing.TB, dir string, l1 *sequencer.StaticL1, genesisTime uint64, mod func(*sequencer.Config)) *node {
	t.Helper()
	cfg, g := testChain(genesisTime)
	sc := sequencer.Config{L2: cfg, Genesis: g, DataDir: dir, Coinbase: coinbase, BlockTime: 50 * time.Millisecond, IdleBlockInterval: 200 * time.Millisecond, Logger: testLogger(t)}
	if mod != nil {
		mod(&sc)
	}
	ctx, cancel := context.WithCancel(context.Background())
	svc, err := sequencer.New(ctx, sc, l1)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	srv, err := seqrpc.New(svc, seqrpc.Config{HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0", Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	n := &node{t: t, dir: dir, l1: l1, svc: svc, srv: srv, cancel: cancel, runDone: make(chan error, 1)}
	go func() { n.runDone <- svc.Run(ctx) }()
	addrs := srv.Addrs()
	n.url, n.wsURL = "http://"+addrs[0], "ws://"+addrs[1]
	n.client, err = ethclient.Dial(n.url)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (n *node) stop() {
	n.t.Helper()
	n.client.Close()
	if err := n.srv.Close(); err != nil {
		n.t.Error(err)
	}
	n.cancel()
	if err := <-n.runDone; err != nil {
		n.t.Error(err)
	}
	if err := n.svc.Close(); err != nil {
		n.t.Error(err)
	}
}

func now() uint64 { return uint64(time.Now().Unix()) }

// transfer signs a transfer with the given nonce.
func transfer(chainID *big.Int, k *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	return types.MustSignNewTx(k, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas, To: &to, Value: value,
	})
}

// waitReceipt polls for a receipt.
func waitReceipt(t testing.TB, c *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		if ctx.Err() != nil {
			t.Fatalf("no receipt for %s: %v", h, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// l1Log encodes an L1 event of l2.L1EventsABI.
func l1Log(t testing.TB, src common.Address, name string, args ...any) types.Log {
	t.Helper()
	a, err := l2.L1EventsABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Events[name]
	topics := []common.Hash{ev.ID}
	var data []any
	var nonIndexed abi.Arguments
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			nonIndexed = append(nonIndexed, in)
			continue
		}
		switch v := args[i].(type) {
		case common.Address:
			topics = append(topics, common.BytesToHash(v[:]))
		case *big.Int:
			topics = append(topics, common.BigToHash(v))
		case [32]byte:
			topics = append(topics, v)
		default:
			t.Fatalf("topic of type %T", v)
		}
	}
	packed, err := nonIndexed.Pack(data...)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: src, Topics: topics, Data: packed}
}

// waitFor polls cond.
func waitFor(t testing.TB, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var errNoRevert = errors.New("not a revert")

// revertName decodes a JSON-RPC revert's custom error name.
func revertName(err error) (string, error) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return "", fmt.Errorf("%w: %v", errNoRevert, err)
	}
	s, _ := de.ErrorData().(string)
	b := common.FromHex(s)
	if len(b) < 4 {
		return "", fmt.Errorf("short revert data %q", s)
	}
	for _, a := range []*abi.ABI{l2.JobMarketABI(), l2.BridgeABI()} {
		if e, err := a.ErrorByID([4]byte(b[:4])); err == nil {
			return e.Name, nil
		}
	}
	return "", fmt.Errorf("unknown error %x", b[:4])
}
