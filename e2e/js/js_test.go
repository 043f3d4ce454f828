package jstest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

// Addresses of the L1 contracts the test chain derives from. Only the
// ProviderRegistry matters: providers bond on L1, and the L2 learns of it
// only through derived Bonded events (the genesis has no provider records).
var (
	portal   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	results  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	registry = common.HexToAddress("0x1000000000000000000000000000000000000003")
	coinbase = common.HexToAddress("0x00000000000000000000000000000000C0FFEE02")
)

const ether = 1_000_000_000_000_000_000

func credits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(ether)) }

// Key roles the JS tests use; each test file touches its own accounts only,
// because node runs the files in parallel.
var roles = []string{"alice", "bob", "dapp", "provider1", "provider2", "outsider"}

// bonded are the roles that bond on L1 before the JS tests start.
var bonded = []string{"provider1", "provider2"}

func roleKey(role string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("crux js e2e key " + role)))
	if err != nil {
		panic(err)
	}
	return k
}

// jsEnv is what the JS tests read from CRUX_E2E (lib.mjs).
type jsEnv struct {
	RPC       string            `json:"rpc"`
	WS        string            `json:"ws"`
	ChainID   string            `json:"chainId"`
	Alloc     string            `json:"alloc"`
	ABIDir    string            `json:"abiDir"`
	JobMarket common.Address    `json:"jobMarket"`
	Keys      map[string]string `json:"keys"`
	Gas       map[string]uint64 `json:"gas"`
	JobStatus map[string]uint8  `json:"jobStatus"`
}

func TestJSClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the JavaScript client tests (ethers v6) need Node.js 20 or later")
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	ensureDeps(t, dir)
	env := startSequencer(t)
	env.ABIDir, err = filepath.Abs(filepath.Join("..", "..", "sequencer", "l2", "abi"))
	if err != nil {
		t.Fatal(err)
	}
	envJSON, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.test.mjs"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no *.test.mjs files in %s (%v)", dir, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := append([]string{"--test", "--test-reporter=spec"}, files...)
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CRUX_E2E="+string(envJSON), "NO_COLOR=1")
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("node --test timed out after %s:\n%s", time.Since(start).Round(time.Second), out.String())
	}
	if err != nil {
		t.Fatalf("node --test failed (%v):\n%s", err, out.String())
	}
	t.Logf("node --test passed in %s:\n%s", time.Since(start).Round(100*time.Millisecond), out.String())
}

// ensureDeps runs `npm ci` when node_modules does not match package.json and
// package-lock.json, as l1contracts/scripts/deps.sh does: a stamp in
// node_modules records the hash of both files as of the last install.
func ensureDeps(t *testing.T, dir string) {
	t.Helper()
	h := sha256.New()
	for _, f := range []string{"package.json", "package-lock.json"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
	}
	want := hex.EncodeToString(h.Sum(nil))
	stamp := filepath.Join(dir, "node_modules", ".crux-deps-stamp")
	have, _ := os.ReadFile(stamp)
	_, ethersErr := os.Stat(filepath.Join(dir, "node_modules", "ethers", "package.json"))
	if string(bytes.TrimSpace(have)) == want && ethersErr == nil {
		return
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatalf("node_modules is missing or stale and npm is not installed: run `npm ci` in %s", dir)
	}
	t.Logf("installing the JS dependencies (npm ci in %s)", dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}
	if err := os.WriteFile(stamp, []byte(want+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func testLogger() *slog.Logger {
	if os.Getenv("CRUX_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// startSequencer runs a sequencer with RPC on free ports until the test
// ends, with every role funded and the bonded roles bonded on L1.
func startSequencer(t *testing.T) jsEnv {
	t.Helper()
	gt := uint64(time.Now().Unix())
	cfg := l2.DefaultConfig(l2.L1Contracts{Portal: portal, ResultRegistry: results, ProviderRegistry: registry})
	cfg.MinProviderStake = credits(1)
	// Long enough for both bids to land after the submission on a busy
	// machine, short enough to keep the test fast.
	cfg.BiddingWindow = 4
	alloc := credits(1000)
	g := l2.Genesis{Time: gt, L1Origin: sequencer.StaticGenesis(100, gt-5), Alloc: map[common.Address]*big.Int{}}
	keys := map[string]string{}
	for _, r := range roles {
		k := roleKey(r)
		g.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = alloc
		keys[r] = "0x" + hex.EncodeToString(crypto.FromECDSA(k))
	}
	l1 := sequencer.NewStaticL1(g.L1Origin)
	sc := sequencer.Config{
		L2: cfg, Genesis: g, DataDir: t.TempDir(), Coinbase: coinbase,
		BlockTime: 50 * time.Millisecond, IdleBlockInterval: 200 * time.Millisecond, Logger: testLogger(),
	}
	// A real node's tip floor, so the JS tests see ethers follow
	// eth_maxPriorityFeePerGas.
	sc.Pool.MinTip = big.NewInt(1e9)
	ctx, cancel := context.WithCancel(context.Background())
	svc, err := sequencer.New(ctx, sc, l1)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	srv, err := seqrpc.New(svc, seqrpc.Config{HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0", Logger: testLogger()})
	if err != nil {
		cancel()
		svc.Close()
		t.Fatal(err)
	}
	runDone := make(chan error, 1)
	go func() { runDone <- svc.Run(ctx) }()
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Error(err)
		}
		cancel()
		if err := <-runDone; err != nil {
			t.Error(err)
		}
		if err := svc.Close(); err != nil {
			t.Error(err)
		}
	})
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}

	// Bond the providers on L1 and wait until an L2 block has derived it.
	var logs []types.Log
	for _, r := range bonded {
		k := roleKey(r)
		logs = append(logs, bondedLog(t, crypto.PubkeyToAddress(k.PublicKey), credits(2)))
	}
	b := l1.Mine(uint64(time.Now().Unix()), logs...)
	deadline := time.Now().Add(20 * time.Second)
	for {
		st, err := svc.StateAt(svc.Head())
		if err != nil {
			t.Fatal(err)
		}
		if l2.ReadL1Origin(st).Number >= b.Origin.Number {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the L2 did not reach the L1 block with the Bonded events in 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}

	addrs := srv.Addrs()
	return jsEnv{
		RPC: "http://" + addrs[0], WS: "ws://" + addrs[1],
		ChainID: strconv.FormatUint(cfg.ChainID, 10), Alloc: alloc.String(),
		JobMarket: l2.JobMarketAddress, Keys: keys,
		Gas: map[string]uint64{
			"transfer": l2.TransferGas, "submitJob": l2.SubmitJobMethodGas, "bid": l2.BidMethodGas,
			"cancel": l2.CancelMethodGas,
		},
		JobStatus: map[string]uint8{
			"None": uint8(l2.JobNone), "Open": uint8(l2.JobOpen), "Assigned": uint8(l2.JobAssigned),
			"Posted": uint8(l2.JobPosted), "Completed": uint8(l2.JobCompleted), "Cancelled": uint8(l2.JobCancelled),
			"Refunded": uint8(l2.JobRefunded),
		},
	}
}

// bondedLog is ProviderRegistry's Bonded(provider, amount, stake) event.
func bondedLog(t *testing.T, provider common.Address, stake *big.Int) types.Log {
	t.Helper()
	a, err := l2.L1EventsABI()
	if err != nil {
		t.Fatal(err)
	}
	ev, ok := a.Events["Bonded"]
	if !ok {
		t.Fatal("no Bonded event in l2.L1EventsABI")
	}
	var nonIndexed abi.Arguments
	for _, in := range ev.Inputs {
		if !in.Indexed {
			nonIndexed = append(nonIndexed, in)
		}
	}
	data, err := nonIndexed.Pack(stake, stake)
	if err != nil {
		t.Fatal(fmt.Errorf("pack Bonded: %w", err))
	}
	return types.Log{Address: registry, Topics: []common.Hash{ev.ID, common.BytesToHash(provider[:])}, Data: data}
}
